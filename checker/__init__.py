"""checker: a cross-document fact-consistency checker for Vietnamese news."""

__version__ = "0.2.0"


def compiled() -> bool:
    """Whether the grammar runs compiled: installed from a wheel built with mypyc (setup.py),
    not from the sources (an editable install, a checkout on sys.path, or CHECKER_PURE=1)."""
    from importlib.machinery import ExtensionFileLoader

    from checker.grammar import figures

    return isinstance(figures.__loader__, ExtensionFileLoader)

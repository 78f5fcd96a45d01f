"""checker: a cross-document fact-consistency checker for Vietnamese news."""

__version__ = "0.1.0"

"""Gates on a report: the baseline of known findings, and a git diff."""

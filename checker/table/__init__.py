"""claims.csv: the table of claims, read and written."""

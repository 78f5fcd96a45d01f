"""The grammar of Vietnamese figures, one document at a time: text -> sentences -> figures
-> mentions (what each figure is, and what it is about).

`normalize` (NFC, folding), `tokens`, `numerals` (a numeral's value and precision, `is_year`),
`sentences`, `figures` (hedge, numeral, scale, unit), `about` (metric, period, subject),
`extract` (the stage: sentences -> mentions), and `lexicon`: every Vietnamese word the
grammar and linking look up, as tables. Pure functions; compiled with mypyc in a wheel.

May import: checker.config, checker.models.
"""

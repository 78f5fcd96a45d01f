"""The grammar of Vietnamese figures: text -> sentences -> figures -> mentions (one document at a time)."""

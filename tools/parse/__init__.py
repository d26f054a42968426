"""Bytes from a vendor to a document: one parse (JSON, YAML, a docs page's blocks) with limits."""

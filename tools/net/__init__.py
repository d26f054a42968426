"""Reading a vendor's source: the one careful fetch, and files."""

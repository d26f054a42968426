"""`nox -s vendor`: write a vendor's new upstream spec and manifest, and say what changed."""

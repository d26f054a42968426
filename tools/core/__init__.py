"""What every tool shares: the repository's layout, one-line errors, safe file writes."""

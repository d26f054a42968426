"""auth-overlay."""

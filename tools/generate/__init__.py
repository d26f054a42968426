"""From upstream + overlay to a validated spec and a generated client."""

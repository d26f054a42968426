"""The drift check's parts: specs against their manifests, generated trees against a fresh generation."""

"""Developer tooling behind the nox sessions: vendoring, regeneration and the drift check."""

"""End-to-end tests: the real app, in-process or as a subprocess."""

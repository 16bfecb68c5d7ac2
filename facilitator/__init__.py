"""Facilitator: run a workshop live from a YAML agenda, on a presenter and a projector window."""

__version__ = "0.1.0"

"""The agenda format: models, loading and validation. Pure Python: no Qt here."""

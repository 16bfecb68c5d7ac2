"""Reports built from journals (pure) and their exporters."""

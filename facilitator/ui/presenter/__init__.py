"""The trainer's window: the presenter console."""

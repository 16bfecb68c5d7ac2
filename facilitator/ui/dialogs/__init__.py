"""Dialogs of the presenter window."""

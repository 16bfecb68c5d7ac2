"""The session editor: the trainer changes a session in forms, never in YAML.

Only :mod:`facilitator.ui.editor.window` is imported by the app, and only when the
trainer opens the editor, so that starting the app costs nothing for it.
"""

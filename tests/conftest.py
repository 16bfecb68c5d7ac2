"""Test set-up shared by every layer: Qt runs headless, offscreen."""

from __future__ import annotations

import os

# Must be set before any QApplication exists; pytest-qt creates it lazily.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the trainer's real settings and data out of tests.
os.environ.setdefault("FACILITATOR_TESTING", "1")

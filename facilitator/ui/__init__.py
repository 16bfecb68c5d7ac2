"""The Qt user interface: controller, presenter and projector windows, actions."""

from facilitator.ui.pyside_import_hook import read_sources_once

# Before any other module of the interface is imported: PySide's import hook would
# otherwise keep the source lines of every module imported from here on (issue 14).
read_sources_once()

"""Pure models of the trainer's console: what the presenter window shows and the rules behind it.

Widgets in ``facilitator/ui/presenter`` render these models and write back
through their methods; no rule lives in a widget (as napari's ``components``
and ``_qt``). No Qt here.
"""

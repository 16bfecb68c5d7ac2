"""Pure models of what the room sees on the projector: the projection, its state, the themes.

``facilitator/ui/projector`` draws these; no Qt here.
"""

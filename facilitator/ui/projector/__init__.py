"""The participants' window on the projector."""

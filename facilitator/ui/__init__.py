"""The Qt user interface: controller, presenter and projector windows, actions."""

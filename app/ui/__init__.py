"""Windows, dialogs and the models behind their views."""

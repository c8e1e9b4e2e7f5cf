"""The Help menu and its windows."""

"""Creating a token: the dialog, its rules and its fields."""

"""What several features use: widgets, dialogs, form feedback, words and formats, accessibility."""

"""The main window: the token table, its model, filter, columns, pages, menus and reminders."""

"""The pages of the main window, keyed by name; areas add theirs to PAGES."""

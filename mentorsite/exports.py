"""Helpers for files people download and open in spreadsheets."""

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """The value as text that a spreadsheet shows as text, never runs as a formula."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text

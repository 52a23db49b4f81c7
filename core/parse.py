"""Lenient parsing of posted values: bad input becomes None, for the caller to report clearly."""

import uuid

# Long enough for any level, choice or score we ask for; int() of a huge digit string is slow.
MAX_INT_DIGITS = 6


def uuid_or_none(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def int_or_none(value) -> int | None:
    """An ASCII whole number, or None (also for '²', '٣' and other digits int() refuses or we do not want)."""
    text = str(value or "").strip()
    if not text or len(text) > MAX_INT_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def nul_line(text: str) -> int | None:
    """The line number of the first NUL character in a text (PostgreSQL cannot store one), or None."""
    position = text.find("\x00")
    return None if position < 0 else text.count("\n", 0, position) + 1

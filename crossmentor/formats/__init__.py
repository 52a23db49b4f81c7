"""One way to write a date per language (FORMAT_MODULE_PATH): templates name a format, never spell
one. A 24-hour clock everywhere; times are in the reader's zone (accounts.middleware)."""

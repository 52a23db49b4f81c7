"""Helpers for forms shown in pages."""


def form_errors_text(form) -> str:
    """A bound form's errors in one line ("Field: error, error …"), for a message above the page."""
    return " ".join(
        f"{form.fields[name].label if name in form.fields else ''}: {', '.join(errors)}".lstrip(": ")
        for name, errors in form.errors.items()
    )

"""Answering the screening widget as a reader does, in either edition."""

from __future__ import annotations


def choose(page, label: str, next_button: str = "Next") -> None:
    """Pick ``label``: from the list of states when the question is one, otherwise a radio button."""
    options = page.locator(".pcr-screener__options")
    if options.locator("select").count():
        options.locator("select").select_option(label=label)
    else:
        options.get_by_label(label, exact=True).check()
    page.get_by_role("button", name=next_button).click()

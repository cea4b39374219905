"""Answering the screening widget as a reader does, in either edition."""

from __future__ import annotations


def choose(page, given: str | list | dict, next_button: str = "Next") -> None:
    """Answer the step on screen as ``macros.screening.walk`` takes it: a label (from the list of
    states when the question is one, otherwise a radio button), a list of labels to tick, or
    {fact: value} to type into a details step (blank where not given)."""
    options = page.locator(".pcr-screener__options")
    if isinstance(given, dict):
        for fact, value in given.items():
            options.locator(f"#pcr-field-{fact}").fill(str(value))
    elif isinstance(given, list):
        for label in given:
            options.get_by_label(label, exact=True).check()
    elif options.locator("select").count():
        options.locator("select").select_option(label=given)
    else:
        options.get_by_label(given, exact=True).check()
    page.get_by_role("button", name=next_button).click()

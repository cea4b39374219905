"""Record what a page asks the network for, and what goes wrong in its console."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

LOCAL_SCHEMES = {"file", "data", "blob", "about"}


@dataclass
class Recorder:
    """Attached to a Playwright page: every request, failed request and console error."""

    allowed_origin: str = ""
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page) -> Recorder:
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("requestfailed", self._failed)
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return self

    def _failed(self, request) -> None:
        # ERR_ABORTED is the browser dropping a request because the test moved to the next page
        # (typically the favicon), not a resource that could not be loaded.
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.url} ({request.failure})")

    def off_machine(self) -> list[str]:
        """Requests that would leave this machine (anything not file:, data:, or our own server)."""
        return [url for url in self.requests if not self._local(url)]

    def _local(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in LOCAL_SCHEMES:
            return True
        return bool(self.allowed_origin) and url.startswith(self.allowed_origin)


@contextmanager
def watched_page(browser, origin: str, path: str = "", **context_options) -> Iterator:
    """A fresh page at ``origin + path``; on leaving, it must have logged no error and asked
    nothing of any other machine."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    recorder = Recorder(allowed_origin=origin).attach(page)
    if path:
        page.goto(origin + path)
    yield page
    assert recorder.errors == []
    assert recorder.off_machine() == []
    context.close()

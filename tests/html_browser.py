"""Headless Chromium driven over the DevTools protocol on a pipe: open a page, run JavaScript, time the load.

Chromium started with `--remote-debugging-pipe` reads protocol commands on its file descriptor 3 and
writes answers and events on 4, each a JSON object ended by a NUL byte. That is all the browser test
and `bench/bench_html.py` need (open a file, click, read the DOM, read the page's timings), so no
browser-driver package is installed for it. Runtime.evaluate comes from the protocol, not from the
page, so the page's Content-Security-Policy stays as strict as it ships.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-pipe",
)
# Waits for two animation frames after the load event: by then the page has been laid out and painted.
RENDERED = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))"


def find_browser() -> str | None:
    """The Chromium named by CHECKER_CHROMIUM, else the first of the usual names on PATH."""
    named = os.environ.get("CHECKER_CHROMIUM", "")
    if named:
        return shutil.which(named)
    return next((found for name in BROWSER_NAMES if (found := shutil.which(name))), None)


class BrowserError(RuntimeError):
    """The browser died, timed out or answered a command with an error."""


class Browser:
    """One headless Chromium with one page; `open`, `evaluate`, then `close` (or use `with`)."""

    def __init__(self, executable: str, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="checker-chromium-")
        # The browser's messages, shown when it fails (a pipe could fill up and stall it); closed by close().
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        to_browser, self._commands = os.pipe()
        self._answers, from_browser = os.pipe()

        def plug_pipes() -> None:  # in the child: the pipes become its fds 3 and 4 (dup2 clears close-on-exec)
            high_in, high_out = os.dup(to_browser), os.dup(from_browser)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self._process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
            close_fds=False, preexec_fn=plug_pipes,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(BrowserError, OSError):
            self._call("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._commands, self._answers):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._log.close()
        self._profile.cleanup()

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A protocol command on the page's session; its result."""
        return self._call(method, params, self._session)

    def open(self, url: str, scripts: bool = True) -> float:
        """Load `url` and wait until it has rendered; seconds from the navigation to the rendered frame.

        With `scripts=False` the page's JavaScript is off (and so are animation frames): the wait ends
        at the load event.
        """
        self.call("Emulation.setScriptExecutionDisabled", {"value": not scripts})
        self._events.clear()
        start = time.perf_counter()
        self.call("Page.navigate", {"url": url})
        self._wait_for("Page.loadEventFired")
        if scripts:
            self.evaluate(RENDERED)
        return time.perf_counter() - start

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited), as JSON brings it back."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:80]!r} threw: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def _call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self._events.append(answer)

    def _wait_for(self, event: str) -> dict[str, Any]:
        while True:
            for index, seen in enumerate(self._events):
                if seen["method"] == event:
                    return self._events.pop(index)
            self._events.append(self._read())

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise BrowserError(f"no answer from the browser in {self.timeout:.0f} s")
            ready, _, _ = select.select([self._answers], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                continue
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                self._log.seek(0)
                stderr = self._log.read().decode("utf-8", "replace")
                raise BrowserError(f"the browser closed its pipe (exit {self._process.poll()}):\n{stderr[-2000:]}")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed


def file_url(path: Path, fragment: str = "") -> str:
    return path.resolve().as_uri() + fragment

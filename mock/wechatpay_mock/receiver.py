"""A notify URL for tests: it records what it is sent and answers as it is told.

    with NotificationReceiver() as receiver:
        receiver.answer(500, times=2)          # the next two deliveries get a 500
        ...                                    # set receiver.url as the notify URL, cause an event
        first, second, third = receiver.wait_for(3)
        assert first.notification_id == third.notification_id
        assert [r.answered for r in (first, second, third)] == [500, 500, 200]

The ``wechatpay_receiver`` pytest fixture is one of these per test. It needs only the standard
library (a threading HTTP server on a free loopback port).
"""

import json
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .background import Background


@dataclass(frozen=True)
class Received:
    """One request the receiver got, and what it answered."""

    method: str
    path: str
    headers: Mapping[str, str] = field(repr=False)
    body: bytes = field(repr=False)
    answered: int
    delay: float
    at: float

    def header(self, name: str) -> str | None:
        """A header, whatever its case."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def notification_id(self) -> str | None:
        """The envelope's ``id`` (what a receiver deduplicates by), if the body has one."""
        try:
            found = self.json().get("id")
        except (ValueError, AttributeError):
            return None
        return found if isinstance(found, str) else None


@dataclass(frozen=True)
class _Answer:
    status: int
    delay: float
    body: bytes


class NotificationReceiver(Background):
    """An HTTP server on a free loopback port that records requests and answers as scripted."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, path: str = "/notify") -> None:
        self._condition = threading.Condition()
        self._received: list[Received] = []
        self._script: deque[_Answer] = deque()
        self._default = _Answer(200, 0.0, b"")
        self._closing = threading.Event()
        self._server = ThreadingHTTPServer((host, port), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        self.path = path

    @property
    def url(self) -> str:
        """The notify URL to give the mock (http, loopback)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self.path}"

    def answer(
        self, status: int = 200, *, times: int | None = 1, delay: float = 0.0, body: bytes = b""
    ) -> None:
        """Answer the next ``times`` requests with ``status`` after ``delay`` seconds (then as
        before); ``times=None``: every request from now on. Scripted answers queue up in order."""
        chosen = _Answer(status, delay, body)
        with self._condition:
            if times is None:
                self._script.clear()
                self._default = chosen
            else:
                self._script.extend([chosen] * times)

    @property
    def received(self) -> list[Received]:
        """What arrived so far, in order."""
        with self._condition:
            return list(self._received)

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        """The first ``count`` requests, once that many have arrived; ``TimeoutError`` (saying
        what did arrive) after ``timeout`` seconds."""
        with self._condition:
            arrived = self._condition.wait_for(lambda: len(self._received) >= count, timeout)
            if not arrived:
                got = [(r.answered, r.notification_id) for r in self._received]
                raise TimeoutError(
                    f"{count} requests expected at {self.url}, got {len(got)}: {got}"
                )
            return self._received[:count]

    def clear(self) -> None:
        """Forget what arrived and what was scripted; answer 200 at once again."""
        with self._condition:
            self._received.clear()
            self._script.clear()
            self._default = _Answer(200, 0.0, b"")

    def start(self) -> "NotificationReceiver":
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="wechatpay-mock-receiver", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()  # delayed answers stop waiting
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _next_answer(self) -> _Answer:
        with self._condition:
            return self._script.popleft() if self._script else self._default

    def _record(self, received: Received) -> None:
        with self._condition:
            self._received.append(received)
            self._condition.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                chosen = receiver._next_answer()
                receiver._record(
                    Received(
                        method=self.command,
                        path=self.path,
                        headers=dict(self.headers.items()),
                        body=body,
                        answered=chosen.status,
                        delay=chosen.delay,
                        at=time.time(),
                    )
                )
                if chosen.delay and receiver._closing.wait(chosen.delay):
                    return
                try:
                    self.send_response(chosen.status)
                    self.send_header("Content-Length", str(len(chosen.body)))
                    self.end_headers()
                    self.wfile.write(chosen.body)
                except OSError:
                    pass  # the sender gave up waiting (a delay past its timeout)

            def log_message(self, format: str, *args: Any) -> None:
                return  # quiet: the test reads ``received``

        return Handler

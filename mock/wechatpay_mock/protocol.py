"""uvicorn's HTTP protocol, except that what its parser refuses still gets a signed WeChat answer,
and that the app can close a connection without answering (the ``lost_answer`` fault).

uvicorn answers a request its parser cannot read (a NUL byte or a raw space in the target, a
target of 64 KiB or more, which httptools' URL parser cannot index) with a bare ``400 Invalid
HTTP request received.``, before any app runs. WeChat Pay answers every request in its own
shape, signed; so does the mock when served with this protocol (``MockServer`` and the
``wechatpay-mock`` command use it): a signed 400 ``INVALID_REQUEST`` that names what the parser
found. Served by another server, those requests get that server's own answer.
"""

import sys
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .app import CLOSE_CONNECTION, MockApp


def find_mock(app: Any) -> MockApp | None:
    """The ``MockApp`` inside uvicorn's middleware wrappers, if there is one."""
    for _ in range(8):
        if isinstance(app, MockApp):
            return app
        app = getattr(app, "app", None)
    return None


class SignedErrorsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` whose parser errors are answered by the mock, signed, and whose
    requests carry a way to close the connection unanswered."""

    def on_message_begin(self) -> None:
        super().on_message_begin()
        extensions: dict[str, Any] = {
            **self.scope.get("extensions", {}),
            CLOSE_CONNECTION: self.transport.close,
        }
        self.scope["extensions"] = extensions

    def send_400_response(self, msg: str) -> None:
        mock = find_mock(self.app)
        if mock is None:
            super().send_400_response(msg)
            return
        # Called from uvicorn's `except httptools.HttpParserError`: that error says what is wrong.
        failure = sys.exc_info()[1]
        if isinstance(failure, httptools.HttpParserCallbackError) and failure.__context__:
            failure = failure.__context__  # what uvicorn's own callback (the URL parser) raised
        found = str(failure) if isinstance(failure, httptools.HttpParserError) else msg
        status, headers, body = mock.gateway_error(f"not a valid HTTP/1.1 request: {found}")
        head = [f"HTTP/1.1 {status} Bad Request\r\n".encode("ascii")]
        for raw_name, raw_value in self.server_state.default_headers:
            head.append(raw_name + b": " + raw_value + b"\r\n")
        for name, value in headers.items():
            if name.lower() not in ("content-length", "connection"):
                head.append(f"{name}: {value}\r\n".encode("latin-1"))
        head.append(f"content-length: {len(body)}\r\nconnection: close\r\n\r\n".encode("ascii"))
        self.transport.write(b"".join(head) + body)
        self.transport.close()

"""A neutral loopback server for the client benchmarks: canned, pre-signed WeChat Pay answers.

It never verifies a request and never signs on the request path: every answer's bytes are built
(and signed with the platform key) ahead of time, and re-signed once a minute in the background
so that their timestamps stay inside the client's 5-minute window. Serving an answer is a dict
look-up and one ``write``, so the server costs a few microseconds per request and is never the
bottleneck, unlike the mock, which verifies and signs every request.

Run as ``python -m bench.canned_server KEY_PEM PORT``; it prints ``ready`` once listening.
Answers are chosen by the request path's prefix (``ANSWERS`` in bench.support).
"""

import asyncio
import sys
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from wechatpay_auth import load_private_key
from wechatpay_auth.primitives import sign_response_headers

from .support import KEY_ID, answers

RESIGN_SECONDS = 60.0


def render(body: bytes, key: RSAPrivateKey) -> bytes:
    headers = sign_response_headers(key, KEY_ID, body, timestamp=int(time.time()))
    headers.update(
        {
            "Request-ID": "BENCH-0",
            "Content-Type": "application/json; charset=utf-8",
            "Content-Length": str(len(body)),
        }
    )
    head = "HTTP/1.1 200 OK\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("latin-1") + body


class Canned:
    def __init__(self, key: RSAPrivateKey) -> None:
        self.key = key
        self.bodies = answers()
        self.wire: dict[bytes, bytes] = {}
        self.resign()

    def resign(self) -> None:
        self.wire = {prefix: render(body, self.key) for prefix, body in self.bodies.items()}

    def answer(self, target: bytes) -> bytes:
        for prefix, wire in self.wire.items():
            if target.startswith(prefix):
                return wire
        return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


class Connection(asyncio.Protocol):
    """HTTP/1.1 keep-alive, just enough of it: request line, headers, Content-Length body."""

    def __init__(self, canned: Canned) -> None:
        self.canned = canned
        self.buffer = b""
        self.transport: asyncio.WriteTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses; they do write.
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            target = head.split(b" ", 2)[1]
            assert self.transport is not None
            self.transport.write(self.canned.answer(target))


async def serve(key_path: Path, port: int) -> None:
    canned = Canned(load_private_key(key_path))
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(canned), "127.0.0.1", port, backlog=1024)
    print("ready", flush=True)
    async with server:
        while True:
            await asyncio.sleep(RESIGN_SECONDS)
            canned.resign()


def main() -> None:
    key_path, port = Path(sys.argv[1]), int(sys.argv[2])
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(key_path, port))
    else:
        uvloop.run(serve(key_path, port))


if __name__ == "__main__":
    main()

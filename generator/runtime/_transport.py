"""The async client's default transport: aiohttp under httpx, when the ``aiohttp`` extra is there.

httpx's own async connection pool is slow under concurrency (encode/httpx#3215); measured in
docs/benchmarks.md, aiohttp's pool serves the same calls several times faster. The transport
sits *under* httpx, so the auth plugin (an ``httpx.Auth``) still signs and verifies every
attempt, and the retries above it still sign afresh.

Why not the ``httpx-aiohttp`` package: it hands aiohttp the URL as text, and aiohttp (yarl)
re-quotes the path, turning ``%27`` into ``'`` and ``%7E`` into ``~``. The request would then
differ from the bytes the auth signed, and WeChat Pay would answer 401 SIGN_ERROR. This
transport passes the URL as already encoded, so what is sent is exactly what was signed.
"""

import ssl
import urllib.request
from typing import Any

import httpx

try:
    import aiohttp
    from yarl import URL
except ImportError:  # the extra is not installed: httpx's own transport is used
    aiohttp = None  # type: ignore[assignment]

# Connection and protocol errors from aiohttp, as the httpx exceptions the client retries.
_CONNECT_ERRORS: tuple[type[BaseException], ...] = ()
_READ_ERRORS: tuple[type[BaseException], ...] = ()
if aiohttp is not None:
    _CONNECT_ERRORS = (aiohttp.ClientConnectorError,)
    _READ_ERRORS = (
        aiohttp.ClientPayloadError,
        aiohttp.ServerDisconnectedError,
        aiohttp.ClientOSError,
    )


def default_async_transport(
    *, verify: ssl.SSLContext | str | bool, limits: httpx.Limits | None, trust_env: bool
) -> httpx.AsyncBaseTransport | None:
    """An ``AiohttpTransport`` when aiohttp is installed, else None (httpx's default)."""
    if aiohttp is None:
        return None
    return AiohttpTransport(verify=verify, limits=limits, trust_env=trust_env)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx async transport that sends through an ``aiohttp.ClientSession``.

    The session is made on first use, inside the running event loop it belongs to (the client
    keeps one transport per loop). The body is read whole before the response is handed back:
    every WeChat Pay answer is a small JSON document that must be verified in full anyway.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        limits: httpx.Limits | None = None,
        trust_env: bool = True,
    ) -> None:
        if aiohttp is None:
            raise RuntimeError(
                "AiohttpTransport needs aiohttp: pip install 'wechatpay-coupons[aiohttp]'"
            )
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._ssl = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry
        # aiohttp with trust_env reads the proxy variables again on every request (about half a
        # millisecond each, more than the rest of the request); they do not change while the
        # process runs, so read them once and trust the environment only when it names a proxy.
        self._trust_env = trust_env and bool(urllib.request.getproxies())
        self._session: Any = None

    def _open(self) -> Any:
        connector = aiohttp.TCPConnector(
            limit=self._limit,
            ssl=self._ssl,
            keepalive_timeout=self._keepalive if self._keepalive is not None else 15.0,
        )
        # No auto_decompress: httpx decodes the body as it does for its own transports, so the
        # response looks the same whichever transport carried it.
        return aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,
            trust_env=self._trust_env,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._session is None:
            self._session = self._open()
        timeout = request.extensions.get("timeout", {})
        connect = _sum(timeout.get("pool"), timeout.get("connect"))
        body = await request.aread()
        try:
            async with self._session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=request.headers.multi_items(),
                data=body or None,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=connect,
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            ) as answer:
                content = await answer.read()
                return httpx.Response(
                    answer.status,
                    headers=list(answer.raw_headers),
                    stream=httpx.ByteStream(content),
                    request=request,
                    extensions={
                        "http_version": b"HTTP/1.1",
                        "reason_phrase": (answer.reason or "").encode("latin-1", "replace"),
                    },
                )
        except aiohttp.ConnectionTimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "connect timed out", request=request) from exc
        except TimeoutError as exc:  # aiohttp's read timeouts are TimeoutErrors too
            raise httpx.ReadTimeout(str(exc) or "read timed out", request=request) from exc
        except _CONNECT_ERRORS as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        except _READ_ERRORS as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__, request=request) from exc
        except aiohttp.ClientError as exc:
            raise httpx.NetworkError(str(exc) or type(exc).__name__, request=request) from exc

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    def abandon(self) -> None:
        """Forget the session of an event loop that is gone, quietly.

        A closed loop can no longer close its connections; aiohttp would then report an
        "Unclosed client session" through that loop at garbage collection. Detaching the
        connector marks the session closed, and closing the connector (which, with its loop
        closed, only records that it is closed) keeps it from reporting too; the sockets go
        with their transports.
        """
        session, self._session = self._session, None
        if session is None or session.closed:
            return
        connector = session.connector
        session.detach()
        close_quietly = getattr(connector, "_close", None)  # aiohttp 3.x; harmless if absent
        if callable(close_quietly):
            close_quietly()


def _sum(*seconds: float | None) -> float | None:
    given = [s for s in seconds if s is not None]
    return sum(given) if given else None

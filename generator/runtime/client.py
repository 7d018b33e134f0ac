"""The client: where requests go, how long they may take, how they are retried and logged.

Retries live here, above httpx and so above the auth plugin: every attempt is a new request that
the auth signs again with a fresh timestamp and nonce. A retry inside an httpx transport would
resend the first attempt's (stale) signature.

Requests are built here rather than by ``httpx.Client.request``: the operation already knows its
path and parameters, and httpx's URL, parameter, header and cookie merging cost more per call
than the rest of the client together (docs/benchmarks.md). ``httpx.Client.send`` still carries
them, so event hooks, mounts, proxies and a caller's own ``httpx.Client`` keep working.
"""

import asyncio
import contextlib
import datetime
import json
import logging
import platform
import random
import ssl
import time
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping
from importlib import metadata
from typing import Any, Self, TypedDict, Unpack
from urllib.parse import quote_plus

import httpx
from attrs import define, evolve, field

import wechatpay_auth
from wechatpay_auth.certificates import FAILOVER_EXTENSION

from . import errors
from ._logging import log_attempt, loggable_path, logger, setup_from_environment
from ._settings import (
    check_auth,
    check_base_url,
    check_deadline,
    check_retries,
    check_seconds,
    check_timeout,
)
from ._spec_facts import BACKUP_BASE_URL, IDEMPOTENCY_KEYS, PRIMARY_BASE_URL
from ._transport import default_async_transport
from .types import UNSET, Unset

DEFAULT_TIMEOUT = httpx.Timeout(10.0)
DEFAULT_MAX_RETRIES = 2
# A call, its retries and their waits included, ends within this many seconds by default.
DEFAULT_DEADLINE = 30.0


def _package_version() -> str:
    try:
        return metadata.version("wechatpay-coupons")
    except metadata.PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


__version__ = _package_version()
USER_AGENT = (
    f"wechatpay-coupons/{__version__} Python/{platform.python_version()} httpx/{httpx.__version__}"
)


setup_from_environment()


def _is_retryable_status(status_code: int) -> bool:
    return status_code == 429 or status_code >= 500


def _safe_to_repeat(method: str, operation_id: str) -> bool:
    # A repeated POST could act twice, unless the spec names its idempotency key.
    return method.upper() in {"GET", "HEAD", "OPTIONS"} or operation_id in IDEMPOTENCY_KEYS


@define(slots=False)
class _Pools:
    """The httpx clients behind a ``Client``; shared by the copies ``with_options`` makes.

    The async clients are kept per event loop: an ``httpx.AsyncClient``'s connections belong to
    the loop that opened them, and one ``Client`` is routinely used from several loops in turn
    (``asyncio.run`` twice, or pytest-asyncio's loop per test).
    """

    sync: httpx.Client | None = None
    by_loop: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient]" = field(
        factory=weakref.WeakKeyDictionary
    )
    outside_loop: httpx.AsyncClient | None = None
    # A caller's own clients (set_httpx_client / set_async_httpx_client): used as they are.
    custom_sync: httpx.Client | None = None
    custom_async: httpx.AsyncClient | None = None
    # Closed for good (close() / aclose()): a closed client never reopens a pool by itself.
    sync_closed: bool = False
    async_closed: bool = False

    def sync_open(self) -> None:
        if self.sync_closed:
            raise errors.ClientClosedError(
                "this client was closed (close() or the end of its with block) and does not "
                "reopen its connections; make a new client"
            )

    def async_open(self) -> None:
        if self.async_closed:
            raise errors.ClientClosedError(
                "this client was closed (aclose() or the end of its async with block) and does "
                "not reopen its connections; make a new client"
            )


class _AnswersSetNoCookies(httpx.Cookies):
    """WeChat Pay's answers set no cookies; httpx would still parse every response for them
    (about a fifth of its per-call cost), so the client's own pools skip that."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _SetsNoCookies:
    """The client's own httpx clients: answers are not parsed for cookies (see above)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._no_cookies = _AnswersSetNoCookies()
        self.request_headers: dict[str, str] | None = None

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        raise AttributeError("wechatpay_coupons.Client(cookies=…) sets the cookies to send")


class _HttpxClient(_SetsNoCookies, httpx.Client):
    pass


class _AsyncHttpxClient(_SetsNoCookies, httpx.AsyncClient):
    pass


# Settings that shape the connection pools; the others apply per request.
_POOL_SETTINGS = frozenset({"verify_ssl", "cookies", "follow_redirects", "httpx_args"})


class ClientOptions(TypedDict, total=False):
    """The settings ``Client.with_options`` (and the resource clients') can change: typed, so
    that a misspelt one fails the type check instead of the call. See ``Client``."""

    base_url: str
    auth: httpx.Auth | None
    timeout: httpx.Timeout | float | None
    deadline: float | None
    max_retries: int
    initial_retry_delay: float
    max_retry_delay: float
    max_retry_after: float
    backup_base_url: str | None
    headers: dict[str, str]
    cookies: dict[str, str]
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: dict[str, Any]
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    clock: Callable[[], float]


@define
class Client:
    """Connection settings shared by every operation.

    Pass the auth plugin to sign requests and verify responses::

        from wechatpay_auth import MerchantAuth
        client = Client(auth=MerchantAuth(...))

    Attributes:
        base_url: ``PRIMARY_BASE_URL`` by default, ``BACKUP_BASE_URL``, or a mock's URL.
        auth: an ``httpx.Auth``, normally ``wechatpay_auth.MerchantAuth`` or ``BrandAuth``.
        timeout: per attempt; seconds or an ``httpx.Timeout``. ``None``: no limit.
        deadline: seconds a whole call may take, every attempt and wait included (30 by
            default; ``None``: no limit). A wait that would not fit is not started: the call
            ends with its last answer (a 429 as ``RateLimitError``, with ``retry_after``) or
            error; each attempt's timeout is cut to what is left.
        max_retries: extra attempts after a 429, a 5xx, a connection error or a timeout.
        initial_retry_delay / max_retry_delay: exponential backoff bounds, in seconds (jittered).
        max_retry_after: the longest ``Retry-After`` the client waits; a longer one ends the
            call at once with its ``RateLimitError``.
        backup_base_url: opt-in failover, e.g. ``BACKUP_BASE_URL``: when a connection to
            ``base_url`` cannot be made (the request surely never arrived), the call goes on
            there at once, signed afresh; answers and read errors are not failed over.
        headers: sent with every request (``User-Agent`` and ``Accept`` have defaults).
        cookies: sent with every request (answers' cookies are not kept: WeChat Pay sets none).
        verify_ssl, follow_redirects: passed to the httpx clients.
        httpx_args: any other ``httpx.Client`` / ``httpx.AsyncClient`` arguments
            (``transport``, ``event_hooks``, ``limits``, ``proxy`` …). Without a ``transport``
            or ``proxy`` here, the async client sends through aiohttp when the ``aiohttp``
            extra is installed (several times the throughput of httpx's own async pool).
        sleep / async_sleep / clock: how the client waits between attempts and reads the time
            for its deadline (``time.monotonic``); replace them in tests.
    """

    base_url: str = field(default=PRIMARY_BASE_URL)
    auth: httpx.Auth | None = field(default=None, kw_only=True)
    timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True)
    deadline: float | None = field(default=DEFAULT_DEADLINE, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    initial_retry_delay: float = field(default=0.5, kw_only=True)
    max_retry_delay: float = field(default=8.0, kw_only=True)
    max_retry_after: float = field(default=60.0, kw_only=True)
    backup_base_url: str | None = field(default=None, kw_only=True)
    headers: dict[str, str] = field(factory=dict, kw_only=True)
    cookies: dict[str, str] = field(factory=dict, kw_only=True)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True)
    follow_redirects: bool = field(default=False, kw_only=True)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=asyncio.sleep, kw_only=True, repr=False
    )
    clock: Callable[[], float] = field(default=time.monotonic, kw_only=True, repr=False)
    _pools: _Pools = field(factory=_Pools, init=False, repr=False, eq=False)
    # ``timeout`` as each request carries it, with its longest part: worked out once, not per call.
    _timeouts: "_Timeouts" = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        check_base_url(self.base_url)
        check_auth(self.auth, "auth")
        check_timeout(self.timeout)
        check_deadline(self.deadline)
        check_retries(self.max_retries)
        for setting in ("initial_retry_delay", "max_retry_delay", "max_retry_after"):
            check_seconds(getattr(self, setting), setting)
        if self.backup_base_url is not None:
            check_base_url(self.backup_base_url, "backup_base_url")
        self._timeouts = _Timeouts.of(self.timeout)
        _tell_auth_its_origin(self.auth, self.base_url)

    def with_options(self, **changes: Unpack[ClientOptions]) -> Self:
        """A copy with some settings changed, e.g. ``client.with_options(max_retries=0)``.

        The copy shares this client's connection pools, and a caller's own httpx clients
        (``set_httpx_client``), unless a setting that shapes the pools changes
        (``verify_ssl``, ``cookies``, ``follow_redirects``, ``httpx_args``): then it opens its
        own, but still uses the caller's httpx clients, which replace those settings anyway.
        """
        copy = evolve(self, **changes)
        if _POOL_SETTINGS.isdisjoint(changes):
            copy._pools = self._pools
        else:
            copy._pools.custom_sync = self._pools.custom_sync
            copy._pools.custom_async = self._pools.custom_async
            copy._pools.sync_closed = self._pools.sync_closed
            copy._pools.async_closed = self._pools.async_closed
        return copy

    def _httpx_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "base_url": self.base_url,
            "headers": self.headers,
            "timeout": self.timeout,
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
        }
        kwargs.update(self.httpx_args)
        # The auth goes with each request instead (see _plan): copies made by with_options
        # share these pools but may sign with another credential.
        kwargs.pop("auth", None)
        return kwargs

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send through this ``httpx.Client``: its base URL, auth, timeout, transport and
        proxies replace this object's connection settings (``auth`` applies only when that
        client has none)."""
        self._pools.custom_sync = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        pools = self._pools
        pools.sync_open()
        if pools.custom_sync is not None:
            return pools.custom_sync
        if pools.sync is None:
            pools.sync = _HttpxClient(**self._httpx_kwargs())
        return pools.sync

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """``set_httpx_client`` for the async operations."""
        self._pools.custom_async = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` for the running event loop (one per loop)."""
        pools = self._pools
        pools.async_open()
        if pools.custom_async is not None:
            return pools.custom_async
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            if pools.outside_loop is None:
                pools.outside_loop = self._new_async_client()
            return pools.outside_loop
        found = pools.by_loop.get(loop)
        if found is None:
            if pools.outside_loop is not None:
                # Made before any loop ran (e.g. ``get_async_httpx_client()`` at import time):
                # it has no connections yet, so the first loop adopts it.
                found, pools.outside_loop = pools.outside_loop, None
            else:
                found = self._new_async_client(loop)
            _forget_closed_loops(pools.by_loop)
            pools.by_loop[loop] = found
        return found

    def _new_async_client(self, loop: asyncio.AbstractEventLoop | None = None) -> httpx.AsyncClient:
        kwargs = self._httpx_kwargs()
        if "transport" not in kwargs and "proxy" not in kwargs and "mounts" not in kwargs:
            transport = default_async_transport(
                verify=self.verify_ssl,
                limits=kwargs.get("limits"),
                trust_env=kwargs.get("trust_env", True),
            )
            if transport is not None:
                kwargs["transport"] = transport
                abandon = getattr(transport, "abandon", None)
                if loop is not None and callable(abandon):
                    # When the loop is gone, so are its connections: say nothing about them.
                    weakref.finalize(loop, abandon)
        return _AsyncHttpxClient(**kwargs)

    def close(self) -> None:
        """Close the connection pool of the sync operations (a caller's own client included).

        For good: a sync call afterwards raises ``errors.ClientClosedError``."""
        pools = self._pools
        pools.sync_closed = True
        if pools.custom_sync is not None:
            pools.custom_sync.close()
        if pools.sync is not None:
            pools.sync.close()
            pools.sync = None

    async def aclose(self) -> None:
        """Close the async connection pool of the running event loop.

        For good: an async call afterwards raises ``errors.ClientClosedError``."""
        pools = self._pools
        pools.async_closed = True
        if pools.custom_async is not None:
            await pools.custom_async.aclose()
            return
        loop = asyncio.get_running_loop()
        found = pools.by_loop.pop(loop, None)
        if found is None:
            found, pools.outside_loop = pools.outside_loop, None
        if found is not None:
            await found.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.aclose()

    # --- sending, with retries ------------------------------------------------------------------

    def send(
        self,
        request: dict[str, Any],
        *,
        operation_id: str = "",
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | Unset | None = UNSET,
        deadline: float | Unset | None = UNSET,
    ) -> httpx.Response:
        """Send one operation's request, retrying transient failures; returns the last response.

        ``request`` is what an operation's ``_get_kwargs`` returns: ``method``, ``url`` (the
        path), and optionally ``params``, ``json`` and ``headers``. Only requests that are safe
        to repeat are retried: GETs, and operations with an ``x-idempotency-key`` in the spec
        (``IDEMPOTENCY_KEYS``). Every attempt, waits included, ends by the call's ``deadline``.
        The response carries ``extensions["wechatpay_attempts"]`` and
        ``extensions["wechatpay_elapsed"]`` (the whole call, waits included).
        """
        client = self.get_httpx_client()
        call = self._call(request, operation_id, max_retries, timeout, deadline, client)
        while True:
            http_request = call.next_request()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                with _auth_errors_as_ours(http_request):
                    response = _send_once(client, http_request, call.auth)
            except httpx.TransportError as exc:
                error = exc
            delay = self._after_attempt(call, http_request, response, error)
            if delay is None:
                assert response is not None  # _after_attempt raised for an error
                return call.finish(response)
            if response is not None:
                response.close()
            if delay:
                self.sleep(delay)

    async def send_async(
        self,
        request: dict[str, Any],
        *,
        operation_id: str = "",
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | Unset | None = UNSET,
        deadline: float | Unset | None = UNSET,
    ) -> httpx.Response:
        """``send`` for the async client."""
        client = self.get_async_httpx_client()
        call = self._call(request, operation_id, max_retries, timeout, deadline, client)
        while True:
            http_request = call.next_request()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                with _auth_errors_as_ours(http_request):
                    response = await _asend_once(client, http_request, call.auth)
            except httpx.TransportError as exc:
                error = exc
            delay = self._after_attempt(call, http_request, response, error)
            if delay is None:
                assert response is not None  # _after_attempt raised for an error
                return call.finish(response)
            if response is not None:
                await response.aclose()
            if delay:
                await self.async_sleep(delay)

    def _call(
        self,
        request: dict[str, Any],
        operation_id: str,
        per_call_retries: int | None,
        timeout: httpx.Timeout | float | Unset | None,
        deadline: float | Unset | None,
        client: httpx.Client | httpx.AsyncClient,
    ) -> "_Call":
        started = self.clock()
        method = str(request.get("method", "GET")).upper()
        retries = self.max_retries if per_call_retries is None else check_retries(per_call_retries)
        if not isinstance(timeout, Unset):
            check_timeout(timeout)
        if isinstance(deadline, Unset):
            deadline = self.deadline
        else:
            check_deadline(deadline)
        if not _safe_to_repeat(method, operation_id):
            retries = 0
        custom = client is self._pools.custom_sync or client is self._pools.custom_async
        if custom:
            # A caller's own client: its base URL, timeout and auth, unless this call says so.
            base = str(client.base_url) or self.base_url
            timeouts = _Timeouts.of(client.timeout)
            auth: Any = (
                self.auth
                if client.auth is None and self.auth is not None
                else httpx.USE_CLIENT_DEFAULT
            )
        else:
            base, timeouts = self.base_url, self._timeouts
            auth = self.auth if self.auth is not None else self.httpx_args.get("auth")
        if not isinstance(timeout, Unset):
            timeouts = _Timeouts.of(timeout)
        headers = dict(_client_headers(client))
        if not custom and self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        headers.update(request.get("headers") or {})
        content = None
        if "json" in request:
            headers.setdefault("Content-Type", "application/json")
            content = _json_bytes(request["json"])
        path_and_query = request["url"] + _query_string(request.get("params"))
        backup = self.backup_base_url
        return _Call(
            method=method,
            url=base.rstrip("/") + path_and_query,
            backup_url=backup.rstrip("/") + path_and_query if backup else None,
            backup_base=backup,
            headers=headers,
            content=content,
            timeout=timeouts.parts,
            longest=timeouts.longest,
            auth=auth,
            retries=retries,
            route=request.get("route", ""),
            path=request["url"],
            clock=self.clock,
            started=started,
            deadline=deadline,
        )

    def _after_attempt(
        self,
        call: "_Call",
        request: httpx.Request,
        response: httpx.Response | None,
        error: httpx.TransportError | None,
    ) -> float | None:
        """Seconds to wait before the next attempt; None to hand ``response`` back; raises for
        a failure that is not retried. Shared by the sync and async loops, which differ only in
        how they send and sleep."""
        _log_attempt(call, request, response, error)
        if error is not None:
            if call.fail_over(error):
                logger.info(
                    "%s %s: %s on %s; trying %s",
                    call.method,
                    loggable_path(call.route, call.path),
                    type(error).__name__,
                    request.url.host,
                    httpx.URL(call.url).host,
                )
                return 0.0
            if call.retries_used >= call.retries:
                raise _connection_error(error, call, request) from error
            delay, why = self._backoff(call.retries_used), type(error).__name__
        else:
            assert response is not None
            if call.retries_used >= call.retries or not _is_retryable_status(response.status_code):
                return None
            retry_after = errors.parse_retry_after(response.headers.get("Retry-After"))
            delay, why = self._backoff(call.retries_used), str(response.status_code)
            if retry_after is not None:
                delay = retry_after
                if retry_after > self.max_retry_after:
                    _give_up(call, f"Retry-After {retry_after:g} s > max_retry_after")
                    return None
        if not call.fits(delay):
            reason = f"the deadline of {call.deadline:g} s leaves no time for a wait of {delay:g} s"
            if error is not None:
                raise _connection_error(error, call, request, reason) from error
            _give_up(call, reason)
            return None
        call.retries_used += 1
        logger.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            call.method,
            loggable_path(call.route, call.path),
            why,
            delay,
            call.retries_used,
            call.retries,
        )
        return delay

    def _backoff(self, retries_used: int) -> float:
        backoff = min(self.max_retry_delay, self.initial_retry_delay * 2.0**retries_used)
        # Full jitter would allow zero waits; keep at least three quarters of the backoff.
        return backoff * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not a secret


@define(slots=True, frozen=True)
class _Timeouts:
    """A timeout as each request carries it (``extensions["timeout"]``), and its longest part
    (None when a part has no limit), which a call's deadline is held against."""

    parts: dict[str, float | None]
    longest: float | None

    @classmethod
    def of(cls, timeout: httpx.Timeout | float | None) -> "_Timeouts":
        parts = httpx.Timeout(timeout).as_dict()
        values = list(parts.values())
        return cls(parts, None if None in values else max(v for v in values if v is not None))


# Sent with every attempt: 0 on the first, 1 on the first retry (or failover) and so on, so that
# a server's log, a proxy or the mock's journal can tell a retry from a new request (as
# openai-python's x-stainless-retry-count). Not part of WeChat Pay's signature.
RETRY_COUNT_HEADER = "X-Wechatpay-Coupons-Retry-Count"
_RETRY_COUNTS = tuple(str(count) for count in range(16))
# The failures after which the request surely never reached the server, so that sending it to
# the backup domain cannot apply it twice, whatever the operation.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


@define(slots=True)
class _Call:
    """One call: its request, built afresh for every attempt, and where its attempts stand."""

    method: str
    url: str
    backup_url: str | None
    # ``backup_url``'s base URL: once the call moves there, every attempt names it to the auth,
    # whose certificate download inside the call then goes there too (not to the primary).
    backup_base: str | None
    headers: dict[str, str]
    content: bytes | None
    timeout: dict[str, float | None]
    auth: Any
    retries: int
    # The operation's path template (``/users/{openid}/…``) and the path it made, for the log.
    route: str
    path: str
    clock: Callable[[], float]
    started: float
    deadline: float | None
    # The longest of the timeout's parts (None: one has no limit), against what is left.
    longest: float | None
    attempt: int = -1
    retries_used: int = 0
    capped: bool = False  # whether this attempt's timeout is what was left of the deadline
    began: float = field(factory=time.perf_counter)
    sent: float = 0.0  # when the last attempt began
    failed_over: bool = False

    def next_request(self) -> httpx.Request:
        # A new request per attempt, so that no header the auth set on one attempt (its
        # signature) is carried into the next: httpx.Request copies ``headers``, which stays
        # this call's own.
        self.attempt += 1
        self.sent = time.perf_counter()
        attempt = self.attempt
        self.headers[RETRY_COUNT_HEADER] = (
            _RETRY_COUNTS[attempt] if attempt < len(_RETRY_COUNTS) else str(attempt)
        )
        extensions: dict[str, Any] = {"timeout": self._attempt_timeout()}
        if self.failed_over:
            extensions[FAILOVER_EXTENSION] = self.backup_base
        return httpx.Request(
            self.method, self.url, headers=self.headers, content=self.content, extensions=extensions
        )

    def _attempt_timeout(self) -> dict[str, float | None]:
        if self.deadline is None:
            return self.timeout
        left = self.deadline - (self.clock() - self.started)
        if left <= 0:
            raise errors.ApiTimeoutError(
                f"{self.method} {httpx.URL(self.url).host}: the call's deadline of "
                f"{self.deadline:g} s ran out after {_attempts_text(self.attempt)}"
            )
        self.capped = self.longest is None or self.longest > left
        if not self.capped:
            return self.timeout
        return {
            phase: left if value is None else min(value, left)
            for phase, value in self.timeout.items()
        }

    def fits(self, delay: float) -> bool:
        """Whether a wait of ``delay`` seconds leaves time for another attempt."""
        return self.deadline is None or self.clock() - self.started + delay < self.deadline

    def fail_over(self, error: httpx.TransportError) -> bool:
        """Move the call to the backup domain if ``error`` allows it; whether it moved."""
        if self.backup_url is None or not isinstance(error, _NEVER_SENT) or not self.fits(0.0):
            return False
        self.url, self.backup_url = self.backup_url, None
        self.failed_over = True
        return True

    def finish(self, response: httpx.Response) -> httpx.Response:
        try:
            # Set by httpx when it closes the stream it read; httpx2 keeps it on the stream,
            # which _unbind_stream replaces, so it is stored on the response either way.
            elapsed = response.elapsed
        except RuntimeError:
            # A response whose transport built it whole (httpx.MockTransport) is never
            # streamed, so httpx leaves elapsed unset: the attempt's own time stands in.
            elapsed = datetime.timedelta(seconds=time.perf_counter() - self.sent)
        response.elapsed = elapsed
        response.extensions["wechatpay_attempts"] = self.attempt + 1
        response.extensions["wechatpay_elapsed"] = datetime.timedelta(
            seconds=time.perf_counter() - self.began
        )
        return _unbind_stream(response)


def _give_up(call: _Call, reason: str) -> None:
    logger.info("not retrying %s %s: %s", call.method, loggable_path(call.route, call.path), reason)


def _log_attempt(
    call: _Call,
    request: httpx.Request,
    response: httpx.Response | None,
    error: httpx.TransportError | None,
) -> None:
    if logger.isEnabledFor(logging.INFO):
        milliseconds = (time.perf_counter() - call.sent) * 1000
        path = loggable_path(call.route, call.path)
        log_attempt(call.method, path, response, error, milliseconds, call.attempt, request)


def _send_once(client: httpx.Client, request: httpx.Request, auth: Any) -> httpx.Response:
    # Every request goes through httpx.Client.send: its auth flow (however many requests the
    # auth yields: a certificate download, a digest challenge), event hooks, mounts, proxies
    # and redirects. Driving the transport directly measured about 2 % faster in memory and
    # was a second path to keep equal to this one (docs/benchmarks.md, "The send path").
    return client.send(request, auth=auth)


async def _asend_once(
    client: httpx.AsyncClient, request: httpx.Request, auth: Any
) -> httpx.Response:
    return await client.send(request, auth=auth)


@contextlib.contextmanager
def _auth_errors_as_ours(request: httpx.Request) -> Iterator[None]:
    """The auth plugin's failures as this client's errors (the auth knows nothing of ours)."""
    try:
        yield
    except wechatpay_auth.WechatPayAuthError as exc:
        bridged = errors.from_auth_error(exc, request)
        if bridged is None:
            raise  # a configuration mistake: the auth's own error, unchanged
        raise bridged from exc


# The User-Agent httpx sends by default, and httpx2's (pydantic's fork, which can stand in for
# httpx: ``httpx2.alias_httpx()``).
_HTTPX_USER_AGENTS = ("python-httpx/", "python-httpx2/")


def _client_headers(client: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
    """What every request through ``client`` carries: its headers (a caller's, ``headers=``,
    ``httpx_args``), with this client's User-Agent and ``Accept: application/json`` in place of
    httpx's defaults. Requests are built here rather than by ``build_request``, which would
    have merged them. Kept on the client's own httpx clients, whose headers nobody changes."""
    cached: dict[str, str] | None = getattr(client, "request_headers", None)
    if cached is not None:
        return cached
    found = {"user-agent": USER_AGENT, "accept": "application/json"}  # httpx.Headers lower-cases
    for name, value in client.headers.items():
        if (name == "user-agent" and value.startswith(_HTTPX_USER_AGENTS)) or (
            name == "accept" and value == "*/*"
        ):
            continue  # httpx's defaults, not a choice
        found[name] = value
    if client.cookies:
        found["cookie"] = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    if isinstance(client, _SetsNoCookies):
        client.request_headers = found
    return found


def _query_string(params: Mapping[str, Any] | None) -> str:
    # Encoded as httpx encodes a query (urlencode: a space as "+"), byte for byte; the request
    # parity test (tests/client/test_request_parity.py) holds the two together.
    if not params:
        return ""
    pairs = []
    for name, value in params.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            pairs.append(f"{quote_plus(name, safe='')}={quote_plus(_query_value(item), safe='')}")
    return "?" + "&".join(pairs)


def _query_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _json_bytes(value: Any) -> bytes:
    try:
        return json.dumps(
            value, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode()
    except ValueError as exc:
        # NaN and Infinity are not JSON; WeChat Pay would refuse the body.
        raise errors.RequestValidationError("body", str(exc)) from exc


def _unbind_stream(response: httpx.Response) -> httpx.Response:
    # httpx ties every response to its stream in a reference cycle (Bound*Stream), so a response
    # is freed only by a full garbage collection and a long page walk grows until one runs. Once
    # the body is read, the cycle carries nothing; replacing the stream lets refcounting free it.
    if response.is_closed and response.is_stream_consumed:
        response.stream = httpx.ByteStream(response.content)
    return response


def _forget_closed_loops(
    by_loop: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient]",
) -> None:
    # A closed loop's connections can no longer be closed politely; drop the client so that
    # its sockets go with it instead of lingering for as long as the loop object lives.
    for loop in [loop for loop in by_loop if loop.is_closed()]:
        del by_loop[loop]


def _connection_error(
    exc: httpx.TransportError, call: _Call, request: httpx.Request, why_not_again: str = ""
) -> errors.ApiConnectionError:
    host = request.url.netloc.decode("ascii", "replace")
    after = f" after {_retries_text(call.retries_used)}" if call.retries_used else ""
    if why_not_again:
        after += f" ({why_not_again})"
    if isinstance(exc, httpx.TimeoutException):
        phase = _TIMEOUT_PHASES.get(type(exc), "pool")
        seconds = request.extensions.get("timeout", {}).get(phase)
        limit = f"the {phase} timeout of {seconds:g} s" if seconds is not None else "a timeout"
        if call.capped:
            limit += f", what was left of the call's deadline of {call.deadline:g} s"
        return errors.ApiTimeoutError(
            f"{request.method} {host}: no answer within {limit}{after} ({type(exc).__name__})",
            request=request,
        )
    return errors.ApiConnectionError(
        f"{request.method} {host}: connection failed{after}: {type(exc).__name__}: {exc}",
        request=request,
    )


_TIMEOUT_PHASES: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


def _retries_text(count: int) -> str:
    return "1 retry" if count == 1 else f"{count} retries"


def _attempts_text(count: int) -> str:
    return "1 attempt" if count == 1 else f"{count} attempts"


def _tell_auth_its_origin(auth: httpx.Auth | None, base_url: str) -> None:
    # An auth that downloads what it verifies with (a certificate merchant's platform
    # certificates) fetches it from where its requests go, unless it was told otherwise;
    # wechatpay_auth's MerchantAuth has use_origin for that, a foreign auth need not.
    use_origin = getattr(auth, "use_origin", None)
    if callable(use_origin):
        use_origin(base_url)


__all__ = [
    "BACKUP_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "PRIMARY_BASE_URL",
    "RETRY_COUNT_HEADER",
    "USER_AGENT",
    "Client",
    "ClientOptions",
]

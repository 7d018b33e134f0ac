"""The client: where requests go, how long they may take, and how they are retried.

Retries live here, above httpx and so above the auth plugin: every attempt goes through
``httpx.Client.request`` again, so the auth signs it again with a fresh timestamp and nonce.
A retry inside an httpx transport would resend the first attempt's (stale) signature.
"""

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._spec_facts import BACKUP_BASE_URL, IDEMPOTENCY_KEYS, PRIMARY_BASE_URL
from .errors import ApiConnectionError, ApiTimeoutError, parse_retry_after
from .types import UNSET, Unset

DEFAULT_TIMEOUT = httpx.Timeout(10.0)
DEFAULT_MAX_RETRIES = 2

logger = logging.getLogger("wechatpay_coupons")


def _is_retryable_status(status_code: int) -> bool:
    return status_code == 429 or status_code >= 500


def _safe_to_repeat(method: str, operation_id: str) -> bool:
    # A repeated POST could act twice, unless the spec names its idempotency key.
    return method.upper() in {"GET", "HEAD", "OPTIONS"} or operation_id in IDEMPOTENCY_KEYS


@define
class Client:
    """Connection settings shared by every operation.

    Pass the auth plugin to sign requests and verify responses::

        from wechatpay_auth import MerchantAuth
        client = Client(auth=MerchantAuth(...))

    Attributes:
        base_url: ``PRIMARY_BASE_URL`` by default; ``BACKUP_BASE_URL`` for failover, or a mock.
        auth: an ``httpx.Auth``, normally ``wechatpay_auth.MerchantAuth`` or ``BrandAuth``.
        timeout: per attempt; seconds or an ``httpx.Timeout``. ``None`` waits forever.
        max_retries: extra attempts after a 429, a 5xx, a connection error or a timeout.
        initial_retry_delay / max_retry_delay: exponential backoff bounds, in seconds (jittered).
        max_retry_after: the longest ``Retry-After`` the client honours; longer ones are capped.
        headers, cookies, verify_ssl, follow_redirects: passed to the httpx clients.
        httpx_args: any other ``httpx.Client`` / ``httpx.AsyncClient`` arguments
            (``transport``, ``event_hooks``, ``auth`` …).
        sleep / async_sleep: how the client waits between attempts; replace them in tests.
    """

    base_url: str = field(default=PRIMARY_BASE_URL)
    auth: httpx.Auth | None = field(default=None, kw_only=True)
    timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    initial_retry_delay: float = field(default=0.5, kw_only=True)
    max_retry_delay: float = field(default=8.0, kw_only=True)
    max_retry_after: float = field(default=60.0, kw_only=True)
    headers: dict[str, str] = field(factory=dict, kw_only=True)
    cookies: dict[str, str] = field(factory=dict, kw_only=True)
    verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True)
    follow_redirects: bool = field(default=False, kw_only=True)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True)
    sleep: Callable[[float], None] = field(default=time.sleep, kw_only=True, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=asyncio.sleep, kw_only=True, repr=False
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")

    def with_options(self, **changes: Any) -> Self:
        """A copy with some settings changed (and its own connection pools)."""
        return evolve(self, **changes)

    def _httpx_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "base_url": self.base_url,
            "cookies": self.cookies,
            "headers": self.headers,
            "timeout": self.timeout,
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
        }
        if self.auth is not None:
            kwargs["auth"] = self.auth
        kwargs.update(self.httpx_args)
        return kwargs

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client``; it replaces every connection setting of this object."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; it replaces every connection setting of this object."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    # --- sending, with retries ------------------------------------------------------------------

    def send(
        self,
        request: dict[str, Any],
        *,
        operation_id: str = "",
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
    ) -> httpx.Response:
        """Send one operation's request, retrying transient failures; returns the last response.

        Only requests that are safe to repeat are retried: GETs, and operations with an
        ``x-idempotency-key`` in the spec (``IDEMPOTENCY_KEYS``).
        """
        retries = self._budget(request, operation_id, max_retries)
        options = _timeout_option(timeout)
        attempt = 0
        while True:
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                response = self.get_httpx_client().request(**request, **options)
            except httpx.TransportError as exc:
                error = exc
            delay = self._next_delay(request, attempt, retries, response, error)
            if delay is None:
                assert response is not None  # _next_delay raised for an error
                return _unbind_stream(response)
            if response is not None:
                response.close()
            self.sleep(delay)
            attempt += 1

    async def send_async(
        self,
        request: dict[str, Any],
        *,
        operation_id: str = "",
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None | Unset = UNSET,
    ) -> httpx.Response:
        """``send`` for the async client."""
        retries = self._budget(request, operation_id, max_retries)
        options = _timeout_option(timeout)
        attempt = 0
        while True:
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                response = await self.get_async_httpx_client().request(**request, **options)
            except httpx.TransportError as exc:
                error = exc
            delay = self._next_delay(request, attempt, retries, response, error)
            if delay is None:
                assert response is not None  # _next_delay raised for an error
                return _unbind_stream(response)
            if response is not None:
                await response.aclose()
            await self.async_sleep(delay)
            attempt += 1

    def _budget(self, request: dict[str, Any], operation_id: str, per_call: int | None) -> int:
        retries = self._retries(per_call)
        return retries if _safe_to_repeat(str(request.get("method", "")), operation_id) else 0

    def _next_delay(
        self,
        request: dict[str, Any],
        attempt: int,
        retries: int,
        response: httpx.Response | None,
        error: httpx.TransportError | None,
    ) -> float | None:
        """Seconds to wait before the next attempt; None to hand ``response`` back. Shared by
        the sync and async loops, which differ only in how they send and sleep."""
        if error is not None:
            if attempt >= retries:
                raise _connection_error(error, attempt) from error
            delay, why = self._delay(attempt, None), type(error).__name__
        else:
            assert response is not None
            if attempt >= retries or not _is_retryable_status(response.status_code):
                return None
            delay, why = self._delay(attempt, response), str(response.status_code)
        self._log_retry(request, attempt, retries, delay, why)
        return delay

    def _retries(self, per_call: int | None) -> int:
        retries = self.max_retries if per_call is None else per_call
        if retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {retries}")
        return retries

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        backoff = min(self.max_retry_delay, self.initial_retry_delay * 2.0**attempt)
        # Full jitter would allow zero waits; keep at least three quarters of the backoff.
        return backoff * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not a secret

    @staticmethod
    def _log_retry(
        request: dict[str, Any], attempt: int, retries: int, delay: float, why: str
    ) -> None:
        logger.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            str(request.get("method", "")).upper(),
            request.get("url", ""),
            why,
            delay,
            attempt + 1,
            retries,
        )


def _unbind_stream(response: httpx.Response) -> httpx.Response:
    # httpx ties every response to its stream in a reference cycle (Bound*Stream), so a response
    # is freed only by a full garbage collection and a long page walk grows until one runs. Once
    # the body is read, the cycle carries nothing; replacing the stream lets refcounting free it.
    if response.is_closed and response.is_stream_consumed:
        response.stream = httpx.ByteStream(response.content)
    return response


def _timeout_option(timeout: httpx.Timeout | float | None | Unset) -> dict[str, Any]:
    return {} if isinstance(timeout, Unset) else {"timeout": timeout}


def _connection_error(exc: httpx.TransportError, retries: int) -> ApiConnectionError:
    suffix = f" after {retries} retries" if retries else ""
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"request timed out{suffix}: {type(exc).__name__}")
    return ApiConnectionError(f"connection failed{suffix}: {type(exc).__name__}: {exc}")


__all__ = [
    "BACKUP_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "PRIMARY_BASE_URL",
    "Client",
]

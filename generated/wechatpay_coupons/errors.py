"""The exceptions the client raises.

    WechatPayCouponsError
    ├── ApiError                      the server answered with a non-2xx status
    │   ├── BadRequestError           400  (PARAM_ERROR, INVALID_REQUEST, …)
    │   ├── AuthenticationError       401  (SIGN_ERROR)
    │   ├── PermissionDeniedError     403  (NO_AUTH, …)
    │   ├── NotFoundError             404  (RESOURCE_NOT_EXISTS, …)
    │   ├── RateLimitError            429  (FREQUENCY_LIMITED, …)
    │   └── InternalServerError       5xx  (SYSTEM_ERROR, …)
    ├── ApiConnectionError            no response: DNS, refused, reset …
    │   └── ApiTimeoutError           no response within the client's timeout
    ├── ApiResponseValidationError    a 2xx whose body does not match the spec
    ├── SignatureVerificationError    an answer's or a notification's signature did not verify
    │   ├── MissingSignatureHeaderError   a Wechatpay-* header is absent
    │   ├── StaleSignatureError           signed outside the 5-minute window (or replayed)
    │   ├── ProbeSignatureError           a WECHATPAY/SIGNTEST/ probe: checked, refused
    │   ├── BadSignatureError             does not verify with the key its serial names
    │   └── UnsupportedSignatureTypeError a Wechatpay-Signature-Type that is not RSA
    ├── NotificationError             a verified notification that cannot be opened or typed
    │   ├── MalformedNotificationError    not an envelope, or a resource that is not JSON
    │   ├── UnsupportedAlgorithmError     resource.algorithm is not AEAD_AES_256_GCM
    │   ├── NotificationDecryptionError   a wrong API key, or a ciphertext altered on the way
    │   └── NotificationValidationError   decrypted, but does not match the spec's schema
    ├── CertificateDownloadError      WeChat Pay's platform certificates could not be had
    ├── RequestValidationError        refused before sending (e.g. a naive datetime)
    ├── ConfigurationError            a setting of the wrong type or value, or a call the
    │                                 client is not set up for (e.g. no brand credential)
    └── ClientClosedError             the client was closed (close(), the end of its with block)

Signature, certificate and notification failures are detected by the auth plugin
(``wechatpay_auth``), which knows nothing of this package; the client re-raises each as the class
of the same name here (``from_auth_error``), a subclass of both this tree's base and the auth
plugin's class, so either ``except`` works. None is retried: a forged or replayed response is
not a transient fault, and the downloader retries (and rate-limits) on its own.
"""

import json
from http import HTTPStatus
from typing import Any, NamedTuple

import httpx

import wechatpay_auth


class WechatPayCouponsError(Exception):
    """Base of every error this client raises."""


class IdempotencyConflict(NamedTuple):
    """What an operation answers when its idempotency key is reused with a different request
    (the spec's ``x-idempotency-conflict``): that request did nothing."""

    status: int
    code: str
    message: str
    key: str


class ApiError(WechatPayCouponsError):
    """WeChat Pay answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        code: WeChat Pay's error code, an ``ErrorCode`` (a ``str``: ``error.code ==
            "RULELIMIT"`` holds); a code the spec does not list is kept as an ``UNKNOWN``
            member; ``None`` when the body had none.
        message: WeChat Pay's message, in Chinese as sent.
        detail: the structured ``detail`` object, when present (e.g. the offending field).
        request_id: the ``Request-ID`` header; quote it to WeChat Pay support.
        operation: the operation's module name (``use_busifavor_coupon``), when known.
        response: the raw ``httpx.Response``.
    """

    status_code: int
    code: "ErrorCode | None"
    message: str
    detail: dict[str, Any] | None
    request_id: str | None
    operation: str
    response: httpx.Response

    def __init__(self, response: httpx.Response, operation: str = "") -> None:
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("Request-ID")
        self.operation = operation
        code, self.message, self.detail = _read_error_body(response)
        self.code = None if code is None else ErrorCode(code)
        super().__init__(self._describe())

    @property
    def numeric_code(self) -> int | None:
        """The number WeChat Pay puts after the last ``-`` of the Request-ID, e.g. 268578776
        (用户券已过期) in ``08E6…CF05-268578776``: its own finer error number, which WeChat
        Pay's troubleshooting guides (排障手册) are indexed by. ``None`` when there is none."""
        if not self.request_id or "-" not in self.request_id:
            return None
        suffix = self.request_id.rsplit("-", 1)[1]
        return int(suffix) if suffix.isascii() and suffix.isdigit() else None

    @property
    def numeric_meaning(self) -> str | None:
        """What ``numeric_code`` stands for, where the spec documents the number
        (``x-wechatpay-error-number``): its message, e.g. 用户券已过期; else ``None``."""
        number = self.numeric_code
        documented = ERROR_NUMBERS.get(number) if number is not None else None
        return documented[1] if documented else None

    @property
    def is_idempotency_conflict(self) -> bool:
        """True when the operation's idempotency key (``use_request_no``) was reused with a
        request that differs from the first: that request did nothing, unlike a replay, and
        unlike a coupon redeemed by another order, which shares the code.

        Told by the answer the spec names in ``x-idempotency-conflict``: its status and code,
        and its message or a ``detail.field`` that names the key."""
        conflict = IDEMPOTENCY_CONFLICTS.get(self.operation)
        if conflict is None or (self.status_code, self.code) != (conflict.status, conflict.code):
            return False
        field = (self.detail or {}).get("field")
        return self.message == conflict.message or field in (conflict.key, f"/{conflict.key}")

    def _describe(self) -> str:
        label = _status_label(self.status_code)
        head = f"{label}: {self.code}" if self.code else label
        text = f"{head}: {self.message}" if self.message else head
        if self.detail:
            text += f" (detail: {json.dumps(self.detail, ensure_ascii=False)})"
        if self.request_id:
            text += f" [Request-ID: {self.request_id}]"
        if self.numeric_meaning:
            text += f" ({self.numeric_code}: {self.numeric_meaning})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class BadRequestError(ApiError):
    """400: the request was rejected as invalid (``PARAM_ERROR``, ``INVALID_REQUEST``, …)."""


class AuthenticationError(ApiError):
    """401: WeChat Pay could not verify the request signature (``SIGN_ERROR``)."""


class PermissionDeniedError(ApiError):
    """403: the merchant may not do this (``NO_AUTH``, …)."""


class NotFoundError(ApiError):
    """404: the coupon, user or stock does not exist (``RESOURCE_NOT_EXISTS``, …)."""


class RateLimitError(ApiError):
    """429: too many requests (``FREQUENCY_LIMITED``). Retried automatically before it is raised,
    unless its ``Retry-After`` asks for a wait the call's deadline (or ``max_retry_after``) does
    not allow: then it is raised at once, ``retry_after`` saying how long to wait."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (``Retry-After``), when it said so."""
        return parse_retry_after(self.response.headers.get("Retry-After"))


class InternalServerError(ApiError):
    """5xx: WeChat Pay failed (``SYSTEM_ERROR``). Retried automatically before it is raised."""


class ApiConnectionError(WechatPayCouponsError):
    """No response arrived (connection refused, reset, DNS, TLS …), after every retry.

    Attributes:
        request: the last attempt's ``httpx.Request`` (method, URL and headers as sent), or
            ``None`` when the failure came before a request existed.
    """

    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """No response arrived within the client's timeout, after every retry."""


class ApiResponseValidationError(WechatPayCouponsError):
    """A 2xx response whose body is not what the spec describes (not JSON, or wrong shape)."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, response: httpx.Response, problem: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("Request-ID")
        super().__init__(
            f"HTTP {response.status_code} response does not match the spec: {problem}"
            + (f" [Request-ID: {self.request_id}]" if self.request_id else "")
        )


class SignatureVerificationError(WechatPayCouponsError, wechatpay_auth.SignatureVerificationError):
    """The answer was not signed by WeChat Pay (bad, missing, stale or unknown signature).

    The request went out: on a call that changes state (a redemption), WeChat Pay may have
    applied it. Find out (query the coupon, or repeat the call with the same idempotency key and
    body) before acting on the failure.

    Raised in place of ``wechatpay_auth.SignatureVerificationError``, which it subclasses.

    Attributes:
        reason: why, in words. request_id: the answer's ``Request-ID``.
        request: the ``httpx.Request`` whose answer was refused.
    """

    request: httpx.Request | None

    def __init__(
        self, reason: str, *, request_id: str | None = None, request: httpx.Request | None = None
    ) -> None:
        wechatpay_auth.SignatureVerificationError.__init__(self, reason, request_id=request_id)
        self.request = request


class MissingSignatureHeaderError(
    SignatureVerificationError, wechatpay_auth.MissingSignatureHeaderError
):
    """A ``Wechatpay-Timestamp``, ``-Nonce``, ``-Signature`` or ``-Serial`` header is absent."""


class StaleSignatureError(SignatureVerificationError, wechatpay_auth.StaleSignatureError):
    """The ``Wechatpay-Timestamp`` is outside the 5-minute window: late, or replayed."""


class ProbeSignatureError(SignatureVerificationError, wechatpay_auth.ProbeSignatureError):
    """A ``WECHATPAY/SIGNTEST/`` signature: WeChat Pay probing that signatures are checked.

    Checked like any signature, then refused: answer a probe notification as a failed
    verification (a 4xx), never as accepted."""


class BadSignatureError(SignatureVerificationError, wechatpay_auth.BadSignatureError):
    """The signature does not verify with the key its ``Wechatpay-Serial`` names."""


class UnsupportedSignatureTypeError(
    SignatureVerificationError, wechatpay_auth.UnsupportedSignatureTypeError
):
    """A ``Wechatpay-Signature-Type`` the verifier cannot check (e.g. an SM2 scheme)."""


class NotificationError(WechatPayCouponsError, wechatpay_auth.NotificationError):
    """A notification whose signature verified but which cannot be opened or typed.

    Answer WeChat Pay with a 4xx or 5xx (it delivers the notification again later) and look into
    it: the same notification keeps failing until the cause is fixed.
    """


class MalformedNotificationError(NotificationError, wechatpay_auth.MalformedNotificationError):
    """The body is not a notification envelope, or its decrypted resource is not a JSON object."""


class UnsupportedAlgorithmError(NotificationError, wechatpay_auth.UnsupportedAlgorithmError):
    """``resource.algorithm`` is not ``AEAD_AES_256_GCM``."""


class NotificationDecryptionError(NotificationError, wechatpay_auth.NotificationDecryptionError):
    """AES-256-GCM refused the resource: a wrong API key (the brand's 品牌API密钥 for brand
    notifications), or a ciphertext altered on the way."""


class NotificationValidationError(NotificationError):
    """A verified, decrypted notification whose envelope or resource does not match the spec's
    schema for its event type (a field of the wrong type, a required one missing).

    Nothing is lost: ``notification`` is the auth plugin's ``wechatpay_auth.Notification``,
    with its ``id``, ``event_type`` and the decrypted ``resource`` as JSON.
    """

    notification: wechatpay_auth.Notification

    def __init__(self, message: str, notification: wechatpay_auth.Notification) -> None:
        super().__init__(message)
        self.notification = notification


class CertificateDownloadError(WechatPayCouponsError, wechatpay_auth.CertificateDownloadError):
    """The platform certificates an answer needed could not be downloaded, decrypted or trusted.

    As for ``SignatureVerificationError``: the request went out, and a state-changing one may
    have been applied.

    Raised in place of ``wechatpay_auth.CertificateDownloadError``, which it subclasses; its
    message says what to do (e.g. configure ``public_keys=`` for a public-key merchant).

    Attributes:
        reason, request_id, status_code, code: as on the auth plugin's error.
        request: the ``httpx.Request`` whose answer needed the certificates.
    """

    request: httpx.Request | None

    def __init__(
        self,
        reason: str,
        *,
        request_id: str | None = None,
        status_code: int | None = None,
        code: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        wechatpay_auth.CertificateDownloadError.__init__(
            self, reason, request_id=request_id, status_code=status_code, code=code
        )
        self.request = request


class RequestValidationError(WechatPayCouponsError, ValueError):
    """A request value that WeChat Pay would refuse, caught before anything was sent.

    Attributes:
        field: the request field at fault (its name on the wire). problem: what is wrong.
    """

    field: str
    problem: str

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class ConfigurationError(WechatPayCouponsError, ValueError, TypeError):
    """A setting of the wrong type or value (``timeout=0``, ``merchant="x"``), or a call the
    client is not set up for (a brand operation without brand credentials).

    Both a ``ValueError`` and a ``TypeError``, so that either ``except`` a caller already has
    for bad arguments catches it.
    """


class ClientClosedError(WechatPayCouponsError, RuntimeError):
    """The client was closed (``close()``, ``aclose()``, or the end of its ``with`` block).

    A closed client does not reopen its connections behind the caller's back: nobody would
    close them again. Make a new client instead.
    """


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response, operation: str = "") -> ApiError:
    """The typed error for a non-2xx response (any status, registered or not): the class of
    its documented code (``CODE_CLASSES``) where it has one, else its status's."""
    status = response.status_code
    error_class = _BY_STATUS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else ApiError
    code, _, _ = _read_error_body(response)
    error_class = CODE_CLASSES.get((status, code or ""), error_class)
    return error_class(response, operation)


# The auth plugin's classes and this tree's, most specific first: a subclass the auth plugin adds
# later still finds its nearest parent here.
_SIGNATURE_ERRORS: tuple[
    tuple[type[wechatpay_auth.SignatureVerificationError], type[SignatureVerificationError]], ...
] = (
    (wechatpay_auth.MissingSignatureHeaderError, MissingSignatureHeaderError),
    (wechatpay_auth.StaleSignatureError, StaleSignatureError),
    (wechatpay_auth.ProbeSignatureError, ProbeSignatureError),
    (wechatpay_auth.BadSignatureError, BadSignatureError),
    (wechatpay_auth.UnsupportedSignatureTypeError, UnsupportedSignatureTypeError),
    (wechatpay_auth.SignatureVerificationError, SignatureVerificationError),
)
_NOTIFICATION_ERRORS: tuple[
    tuple[type[wechatpay_auth.NotificationError], type[NotificationError]], ...
] = (
    (wechatpay_auth.MalformedNotificationError, MalformedNotificationError),
    (wechatpay_auth.UnsupportedAlgorithmError, UnsupportedAlgorithmError),
    (wechatpay_auth.NotificationDecryptionError, NotificationDecryptionError),
    (wechatpay_auth.NotificationError, NotificationError),
)


def from_auth_error(
    exc: wechatpay_auth.WechatPayAuthError, request: httpx.Request | None = None
) -> WechatPayCouponsError | None:
    """This tree's error for a failure the auth plugin detected (a signature, a certificate
    download, a notification), with the same reason; ``None`` for the auth's configuration
    errors, which the caller decides about. ``request`` is the call whose answer failed."""
    if isinstance(exc, wechatpay_auth.SignatureVerificationError):
        signature_class = next(
            ours for theirs, ours in _SIGNATURE_ERRORS if isinstance(exc, theirs)
        )
        return signature_class(exc.reason, request_id=exc.request_id, request=request)
    if isinstance(exc, wechatpay_auth.NotificationError):
        notification_class = next(
            ours for theirs, ours in _NOTIFICATION_ERRORS if isinstance(exc, theirs)
        )
        return notification_class(str(exc))
    if isinstance(exc, wechatpay_auth.CertificateDownloadError):
        return CertificateDownloadError(
            exc.reason,
            request_id=exc.request_id,
            status_code=exc.status_code,
            code=exc.code,
            request=request,
        )
    return None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header given as delta-seconds; ``None`` when absent or odd."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        # An HTTP-date form is legal but WeChat Pay does not send it; fall back to backoff.
        return None
    return seconds if seconds >= 0 else None


def _read_error_body(response: httpx.Response) -> tuple[str | None, str, dict[str, Any] | None]:
    # Error bodies come from gateways and proxies too: empty, HTML, or JSON of another shape.
    # Whatever arrives, the caller gets a typed error, never a decoding exception.
    raw = response.content
    try:
        body = json.loads(raw)
    except ValueError:
        text = raw.decode("utf-8", errors="replace").strip()
        return None, text[:200], None
    if not isinstance(body, dict):
        return None, str(body)[:200], None
    code = body.get("code")
    message = body.get("message")
    detail = body.get("detail")
    return (
        code if isinstance(code, str) else None,
        message if isinstance(message, str) else "",
        detail if isinstance(detail, dict) else None,
    )


def _status_label(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


__all__: list[str] = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseValidationError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BadSignatureError",
    "CertificateDownloadError",
    "ClientClosedError",
    "ConfigurationError",
    "IdempotencyConflict",
    "InternalServerError",
    "MalformedNotificationError",
    "MissingSignatureHeaderError",
    "NotFoundError",
    "NotificationDecryptionError",
    "NotificationError",
    "NotificationValidationError",
    "PermissionDeniedError",
    "ProbeSignatureError",
    "RateLimitError",
    "RequestValidationError",
    "SignatureVerificationError",
    "StaleSignatureError",
    "UnsupportedAlgorithmError",
    "UnsupportedSignatureTypeError",
    "WechatPayCouponsError",
    "error_for_response",
    "from_auth_error",
    "parse_retry_after",
]

# Every error code the spec documents (ErrorCode), and a class for each business outcome,
# generated from the spec. Imported last: those classes subclass the ones above.
from . import _error_codes  # noqa: E402
from ._error_codes import *  # noqa: E402, F403
from ._error_codes import (  # noqa: E402
    CODE_CLASSES,
    ERROR_NUMBERS,
    IDEMPOTENCY_CONFLICTS,
    ErrorCode,
)

__all__ += _error_codes.__all__

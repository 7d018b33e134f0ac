"""Typed notifications: a callback that the spec's ``webhooks`` describe, verified, decrypted and
turned into the generated models.

The auth plugin does the cryptography (``wechatpay_auth.parse_notification``: the signature
against WeChat Pay's key within the 5-minute window, a ``WECHATPAY/SIGNTEST/`` probe refused,
then AES-256-GCM with the API key); this module types what it returns with the webhook's models
(``WebhookModels``: the envelope's, and the decrypted resource's that ``x-event-types`` names for
each event type), and raises this client's errors. It needs no web framework, and no network
when the verifier holds WeChat Pay's public key.

An event type the spec does not list is kept, not refused: its ``event_type`` is an ``UNKNOWN``
member holding the text, its ``resource`` is ``None`` and ``raw_resource`` holds the decrypted
JSON. Unknown fields are kept by the models, as in answers.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from attrs import define, field

import wechatpay_auth

from . import errors
from ._enums import TolerantStrEnum

E = TypeVar("E", bound=TolerantStrEnum)
R = TypeVar("R")
V = TypeVar("V")
N = TypeVar("N", bound="Notification[Any, Any, Any]")
# What notifications are encrypted with: 32 bytes (AES-256).
API_KEY_BYTES = 32


@dataclass(frozen=True)
class WebhookModels(Generic[E, R, V]):
    """What a webhook's notifications are typed with, from the spec (generated)."""

    name: str
    event_types: type[E]
    envelope: Callable[[Mapping[str, Any]], V]
    # The decrypted resource's model for each listed event type.
    resources: Mapping[str, Callable[[Mapping[str, Any]], R]]


@define(frozen=True, repr=False)
class Notification(Generic[E, R, V]):
    """A verified, decrypted, typed notification.

    Attributes:
        id: the notification's id, the same on every delivery of it: deduplicate by it.
        event_type: what happened, a tolerant enum (an unlisted type is kept, ``is_known``
            false).
        create_time: when WeChat Pay created the notification.
        resource: the decrypted resource as the model its event type names; ``None`` for an
            event type the spec does not list (``raw_resource`` holds it).
        raw_resource: the decrypted resource as JSON, whatever its event type.
        envelope: the body as received (its ``resource`` still encrypted), as the envelope model.

    Its ``repr`` names the id, the event type and the time only: the resource holds personal
    data (openids).
    """

    webhook: ClassVar[WebhookModels[Any, Any, Any]]

    id: str
    event_type: E
    create_time: datetime.datetime
    resource: R | None
    raw_resource: dict[str, Any] = field(eq=False)
    envelope: V = field(eq=False)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, event_type={str(self.event_type)!r}, "
            f"create_time={self.create_time.isoformat()!r})"
        )


def check_api_key(value: object, setting: str) -> bytes:
    """The API key a notification's resource is encrypted with, as bytes; the error names the
    setting and the length, never the value."""
    if isinstance(value, str):
        key = value.encode()
    elif isinstance(value, bytes):
        key = value
    else:
        raise errors.ConfigurationError(
            f"{setting} must be the {API_KEY_BYTES}-character key as str, got "
            f"{type(value).__name__}"
        )
    if len(key) != API_KEY_BYTES:
        raise errors.ConfigurationError(
            f"{setting} must be {API_KEY_BYTES} bytes: the key WeChat Pay encrypts the "
            "notifications with (a brand's API key, 品牌API密钥, is in 品牌经营平台 → 账户管理 → "
            "安全中心; it is neither the private key nor a merchant's APIv3 key); "
            f"got {len(key)}"
        )
    return key


def open_notification(
    kind: type[N],
    headers: Mapping[str, str],
    body: bytes | str,
    api_key: str | bytes,
    verifier: wechatpay_auth.WechatPayVerifier,
) -> N:
    """Verify, decrypt and type one notification of ``kind``'s webhook."""
    _check_headers(headers)
    try:
        opened = wechatpay_auth.parse_notification(headers, body, api_key, verifier)
    except wechatpay_auth.WechatPayAuthError as exc:
        raise _ours(exc) from None
    return _typed(kind, opened)


async def aopen_notification(
    kind: type[N],
    headers: Mapping[str, str],
    body: bytes | str,
    api_key: str | bytes,
    verifier: wechatpay_auth.WechatPayVerifier,
) -> N:
    """``open_notification`` for a coroutine: a certificate download never blocks the loop."""
    _check_headers(headers)
    try:
        opened = await wechatpay_auth.aparse_notification(headers, body, api_key, verifier)
    except wechatpay_auth.WechatPayAuthError as exc:
        raise _ours(exc) from None
    return _typed(kind, opened)


def _check_headers(headers: object) -> None:
    # A framework's header object (Starlette's, Django's, Flask's) or a dict; what is read of it
    # is its items, whatever the case of the names.
    if not callable(getattr(headers, "items", None)):
        raise errors.ConfigurationError(
            "headers must be the request's headers, a mapping of names to values such as "
            f"request.headers, got {type(headers).__name__}"
        )


def _ours(exc: wechatpay_auth.WechatPayAuthError) -> errors.WechatPayCouponsError:
    bridged = errors.from_auth_error(exc)
    # What remains is a mistake of configuration: a key of the wrong length or type, a body that
    # is not bytes, a certificate merchant's verifier that knows no origin to download from.
    return bridged or errors.ConfigurationError(str(exc))


def _typed(kind: type[N], opened: wechatpay_auth.Notification) -> N:
    webhook = kind.webhook
    event_type = webhook.event_types(opened.event_type)
    parse_resource = webhook.resources.get(opened.event_type)
    try:
        envelope = webhook.envelope(opened.envelope)
        create_time = datetime.datetime.fromisoformat(opened.create_time)
        resource = None if parse_resource is None else parse_resource(opened.resource)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # Verified and decrypted, so WeChat Pay sent it: a schema this client does not match.
        problem = f"missing field {exc}" if isinstance(exc, KeyError) else f"{exc}"
        raise errors.NotificationValidationError(
            f"{webhook.name} {opened.event_type} (notification {opened.id}) does not match the "
            f"spec: {type(exc).__name__}: {problem}"[:400],
            opened,
        ) from None
    return kind(
        id=opened.id,
        event_type=event_type,
        create_time=create_time,
        resource=resource,
        raw_resource=opened.resource,
        envelope=envelope,
    )


__all__ = [
    "API_KEY_BYTES",
    "Notification",
    "WebhookModels",
    "aopen_notification",
    "check_api_key",
    "open_notification",
]

"""WeChat Pay callback notifications: verify the signature, then decrypt the resource.

Framework-free: give the raw body bytes exactly as received and the request's headers in any
case (Starlette lower-cases them, Flask and Django's ``request.headers`` look them up in any
case). Each failure has its own error, so a handler can answer and log it precisely:

========================================  =================================================
``ConfigurationError``                    the key is not 32 bytes (a mistake of ours)
``MissingSignatureHeaderError``           a ``Wechatpay-*`` header is absent
``StaleSignatureError``                   signed outside the 5-minute window (or replayed)
``UnsupportedSignatureTypeError``         a ``Wechatpay-Signature-Type`` not RSA-SHA256
``ProbeSignatureError``                   a ``WECHATPAY/SIGNTEST/`` probe: checked, refused
``BadSignatureError``                     does not verify with the key its serial names
``SignatureVerificationError``            any of the five above, or an unknown serial
``MalformedNotificationError``            not JSON, not an envelope, or a resource not JSON
``UnsupportedAlgorithmError``             ``resource.algorithm`` not AEAD_AES_256_GCM
``NotificationDecryptionError``           a wrong key, or a ciphertext altered on the way
========================================  =================================================

Answer WeChat Pay with a 4xx or 5xx when any of these is raised (it sends the notification
again later), and with a 2xx within 5 seconds otherwise. With a verifier that holds WeChat Pay's
public key (every brand, public-key merchants) nothing here touches the network.
"""

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import (
    ConfigurationError,
    MalformedNotificationError,
    NotificationDecryptionError,
    UnsupportedAlgorithmError,
)
from .verifier import WechatPayVerifier

ALGORITHM = "AEAD_AES_256_GCM"
KEY_BYTES = 32


@dataclass(frozen=True)
class Notification:
    """A verified, decrypted notification.

    ``id`` is the notification's own id, the same on every delivery of it: deduplicate by it
    (or by what the resource identifies, e.g. a coupon code with the event type).
    """

    id: str
    event_type: str
    create_time: str
    resource_type: str
    summary: str
    original_type: str
    # The decrypted plaintext, parsed. It can hold personal data (openids, phone numbers), so it
    # stays out of the repr like the envelope.
    resource: dict[str, Any] = field(repr=False)
    envelope: dict[str, Any] = field(repr=False)  # the body as received (still encrypted)


def parse_notification(
    headers: Mapping[str, str],
    body: bytes | str,
    key: str | bytes,
    verifier: WechatPayVerifier,
) -> Notification:
    """Verify a callback's signature, then decrypt its resource with ``key``.

    Args:
        headers: the request's headers, names in any case.
        body: the raw body, exactly as received (the signature covers these bytes).
        key: the 32-character key the resource is encrypted with: a brand's API key
            (品牌API密钥) for brand notifications, a merchant's APIv3 key for merchant ones.
        verifier: WeChat Pay's public key (or, for a certificate merchant, its certificates).

    With downloaded certificates, a new serial makes this thread wait for a download: in an
    async web framework use ``aparse_notification``.
    """
    raw, cipher = _prepare(body, key)
    verifier.verify(headers, raw, request_id=_request_id(headers))
    return _open(raw, cipher)


async def aparse_notification(
    headers: Mapping[str, str],
    body: bytes | str,
    key: str | bytes,
    verifier: WechatPayVerifier,
) -> Notification:
    """``parse_notification`` for a coroutine: a certificate download never blocks the loop."""
    raw, cipher = _prepare(body, key)
    await verifier.averify(headers, raw, request_id=_request_id(headers))
    return _open(raw, cipher)


def decrypt_resource(
    api_v3_key: str | bytes, nonce: str, ciphertext_b64: str, associated_data: str
) -> bytes:
    """AEAD_AES_256_GCM decryption; the tag is the ciphertext's last 16 bytes.

    A primitive (``wechatpay_auth.primitives``): it takes 16- and 24-byte keys too, as the Go
    SDK's test vectors use them; ``parse_notification`` wants the real 32.
    """
    key = api_v3_key.encode() if isinstance(api_v3_key, str) else api_v3_key
    if len(key) not in (16, 24, 32):
        raise ConfigurationError(f"the key must be 32 bytes, got {len(key)}")
    return _decrypt(AESGCM(key), nonce, ciphertext_b64, associated_data)


def _prepare(body: bytes | str, key: object) -> tuple[bytes, AESGCM]:
    if isinstance(key, str):
        key_bytes = key.encode()
    elif isinstance(key, bytes):
        key_bytes = key
    else:
        raise ConfigurationError(f"key must be str or bytes, got {type(key).__name__}")
    if len(key_bytes) != KEY_BYTES:
        # The length only: the value is a secret.
        raise ConfigurationError(
            f"key must be {KEY_BYTES} bytes: a brand's API key (品牌API密钥, 品牌经营平台 → "
            "账户管理 → 安全中心) or a merchant's APIv3 key (商户平台 → 账户中心 → API安全); "
            f"got {len(key_bytes)}"
        )
    if isinstance(body, str):
        body = body.encode()
    if not isinstance(body, bytes):
        raise ConfigurationError(f"body must be the raw bytes received, got {type(body).__name__}")
    return body, AESGCM(key_bytes)


def _request_id(headers: Mapping[str, str]) -> str | None:
    # Frameworks hand over headers in any case (Starlette lower-cases them).
    return next((v for k, v in headers.items() if k.lower() == "request-id"), None)


def _open(raw: bytes, cipher: AESGCM) -> Notification:
    try:
        envelope = json.loads(raw)
    except ValueError:
        raise MalformedNotificationError("the body is not JSON") from None
    if not isinstance(envelope, dict):
        raise MalformedNotificationError("the body is not a JSON object")
    resource = envelope.get("resource")
    if not isinstance(resource, dict):
        raise MalformedNotificationError("resource is missing or not an object")
    texts = {name: _text(envelope, name, "") for name in ("id", "event_type")}
    fields = {name: _text(resource, name, "resource.") for name in ("algorithm", "nonce")}
    ciphertext = _text(resource, "ciphertext", "resource.")
    associated_data = resource.get("associated_data", "")
    if not isinstance(associated_data, str):
        raise MalformedNotificationError("resource.associated_data is not a string")
    if fields["algorithm"] != ALGORITHM:
        raise UnsupportedAlgorithmError(
            f"unsupported resource.algorithm {fields['algorithm'][:48]!r}; expected {ALGORITHM}"
        )
    plaintext = _decrypt(cipher, fields["nonce"], ciphertext, associated_data)
    try:
        decrypted = json.loads(plaintext)
    except ValueError:
        raise MalformedNotificationError("the decrypted resource is not JSON") from None
    if not isinstance(decrypted, dict):
        raise MalformedNotificationError("the decrypted resource is not a JSON object")
    return Notification(
        id=texts["id"],
        event_type=texts["event_type"],
        create_time=str(envelope.get("create_time", "")),
        resource_type=str(envelope.get("resource_type", "")),
        summary=str(envelope.get("summary", "")),
        original_type=str(resource.get("original_type", "")),
        resource=decrypted,
        envelope=envelope,
    )


def _text(parent: dict[str, Any], name: str, where: str) -> str:
    value = parent.get(name)
    if not isinstance(value, str) or not value:
        raise MalformedNotificationError(f"{where}{name} is missing or not a non-empty string")
    return value


def _decrypt(cipher: AESGCM, nonce: str, ciphertext_b64: str, associated_data: str) -> bytes:
    try:
        ciphertext = base64.b64decode(ciphertext_b64, validate=True)
    except (binascii.Error, ValueError):
        raise MalformedNotificationError("resource.ciphertext is not Base64") from None
    try:
        return cipher.decrypt(nonce.encode(), ciphertext, associated_data.encode())
    except InvalidTag:
        raise NotificationDecryptionError(
            "the resource could not be decrypted: a wrong key (the brand's API key for brand "
            "notifications, the APIv3 key for merchant ones), or a ciphertext altered on the way"
        ) from None
    except ValueError as exc:  # e.g. a nonce of the wrong size
        raise MalformedNotificationError(f"the resource could not be decrypted: {exc}") from None

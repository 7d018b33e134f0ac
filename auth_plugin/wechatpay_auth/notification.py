"""WeChat Pay callback notifications: verify the signature, then decrypt the resource."""

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import NotificationError
from .verifier import WechatPayVerifier

ALGORITHM = "AEAD_AES_256_GCM"


@dataclass(frozen=True)
class Notification:
    """A verified, decrypted notification."""

    id: str
    event_type: str
    create_time: str
    resource_type: str
    summary: str
    # The decrypted plaintext, parsed. It can hold personal data (openids, phone numbers), so it
    # stays out of the repr like the envelope.
    resource: dict[str, Any] = field(repr=False)
    envelope: dict[str, Any] = field(repr=False)  # the body as received (still encrypted)


def decrypt_resource(
    api_v3_key: str | bytes, nonce: str, ciphertext_b64: str, associated_data: str
) -> bytes:
    """AEAD_AES_256_GCM decryption with the APIv3 key; the tag is the ciphertext's last 16 bytes."""
    key = api_v3_key.encode() if isinstance(api_v3_key, str) else api_v3_key
    if len(key) not in (16, 24, 32):
        # Real APIv3 keys are 32 bytes; 16 is accepted because the Go SDK's vectors use it.
        raise NotificationError(f"the APIv3 key must be 32 bytes, got {len(key)}")
    try:
        ciphertext = base64.b64decode(ciphertext_b64, validate=True)
    except (binascii.Error, ValueError):
        raise NotificationError("resource.ciphertext is not Base64") from None
    try:
        return AESGCM(key).decrypt(nonce.encode(), ciphertext, associated_data.encode())
    except InvalidTag:
        raise NotificationError(
            "resource could not be decrypted: wrong APIv3 key, or tampered ciphertext"
        ) from None
    except ValueError as exc:
        raise NotificationError(f"resource could not be decrypted: {exc}") from None


def parse_notification(
    headers: Mapping[str, str],
    body: bytes | str,
    api_v3_key: str | bytes,
    verifier: WechatPayVerifier,
) -> Notification:
    """Verify a callback's signature (raises ``SignatureVerificationError``), then decrypt it.

    Answer WeChat Pay with a 4xx/5xx when this raises: it resends the notification later. With
    downloaded certificates, a new serial makes this wait for a download: in an async web
    framework use ``aparse_notification``.
    """
    raw = body.encode() if isinstance(body, str) else body
    verifier.verify(headers, raw, request_id=_request_id(headers))
    return _open(raw, api_v3_key)


async def aparse_notification(
    headers: Mapping[str, str],
    body: bytes | str,
    api_v3_key: str | bytes,
    verifier: WechatPayVerifier,
) -> Notification:
    """``parse_notification`` for a coroutine: a certificate download never blocks the loop."""
    raw = body.encode() if isinstance(body, str) else body
    await verifier.averify(headers, raw, request_id=_request_id(headers))
    return _open(raw, api_v3_key)


def _request_id(headers: Mapping[str, str]) -> str | None:
    # Frameworks hand over headers in any case (Starlette lower-cases them).
    return next((v for k, v in headers.items() if k.lower() == "request-id"), None)


def _open(raw: bytes, api_v3_key: str | bytes) -> Notification:
    try:
        envelope = json.loads(raw)
        resource = envelope["resource"]
        algorithm = resource["algorithm"]
        parts = (resource["nonce"], resource["ciphertext"], resource.get("associated_data", ""))
    except (ValueError, KeyError, TypeError) as exc:
        raise NotificationError(
            f"notification body is not a WeChat Pay envelope: {exc!r}"
        ) from None
    if algorithm != ALGORITHM:
        raise NotificationError(
            f"unsupported resource.algorithm {algorithm!r}; expected {ALGORITHM}"
        )
    plaintext = decrypt_resource(api_v3_key, *parts)
    try:
        decrypted = json.loads(plaintext)
    except ValueError:
        raise NotificationError("the decrypted resource is not JSON") from None
    return Notification(
        id=str(envelope.get("id", "")),
        event_type=str(envelope.get("event_type", "")),
        create_time=str(envelope.get("create_time", "")),
        resource_type=str(envelope.get("resource_type", "")),
        summary=str(envelope.get("summary", "")),
        resource=decrypted if isinstance(decrypted, dict) else {"value": decrypted},
        envelope=envelope,
    )

"""Verifying a request's ``Authorization`` exactly as WeChat Pay does, over the raw bytes."""

import time
from typing import TYPE_CHECKING, Any

from wechatpay_auth import WechatPayAuthError
from wechatpay_auth.primitives import build_request_message, parse_authorization, verify

from .context import Caller

if TYPE_CHECKING:
    from .world import MockSettings


class SignatureRejected(Exception):
    """401 SIGN_ERROR, with a ``detail`` shaped like WeChat's."""

    def __init__(self, issue: str, sign_information: dict[str, Any] | None = None) -> None:
        super().__init__(issue)
        self.detail: dict[str, Any] = {
            "field": "signature",
            "location": "authorization",
            "issue": issue,
        }
        if sign_information:
            self.detail["sign_information"] = sign_information


def claimed_signature_type(authorization: str | None) -> str | None:
    """The signature type an ``Authorization`` header names, verified or not."""
    if not authorization:
        return None
    scheme = authorization.strip().split(" ", 1)[0]
    return scheme or None


def authenticate(
    settings: "MockSettings",
    signature_types: tuple[str, ...],
    method: str,
    raw_path: bytes,
    raw_query: bytes,
    authorization: str | None,
    body: bytes,
) -> tuple[Caller, str]:
    """The verified caller and the request's nonce, or ``SignatureRejected``.

    ``signature_types`` are those the operation's ``security`` accepts.
    """
    expected = " or ".join(signature_types)
    if not authorization:
        raise SignatureRejected(f"the Authorization header ({expected}) is missing")
    try:
        params = parse_authorization(authorization)
    except WechatPayAuthError as exc:
        raise SignatureRejected(str(exc)) from None
    if params.scheme not in signature_types:
        raise SignatureRejected(f"this API uses {expected}, not {params.scheme}")
    key = settings.caller_public_key(params.scheme, params.principal, params.serial_no)
    if key is None:
        raise SignatureRejected(
            f"no API certificate with serial_no {params.serial_no[:64]} is registered for "
            f"{settings.principal_name(params.scheme)} {params.principal[:64]}"
        )
    try:
        stamp = int(params.timestamp)
    except ValueError:
        raise SignatureRejected("timestamp is not Unix seconds") from None
    if abs(time.time() - stamp) > settings.max_skew:
        raise SignatureRejected(
            f"timestamp {stamp} is more than {settings.max_skew} s away from the server's clock"
        )
    target = raw_path.decode("latin-1") + ("?" + raw_query.decode("latin-1") if raw_query else "")
    message = build_request_message(method, target, params.timestamp, params.nonce_str, body)
    if not verify(key, message, params.signature):
        raise SignatureRejected(
            "signature does not verify",
            {
                "method": method,
                "url": target[:256],
                "sign_message_length": len(message),
                "truncated_sign_message": message[:128].decode("utf-8", errors="replace"),
            },
        )
    return Caller(params.scheme, params.principal), params.nonce_str

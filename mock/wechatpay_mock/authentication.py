"""Verifying a request's ``Authorization`` exactly as WeChat Pay does, over the raw bytes."""

import time
from typing import Any

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from wechatpay_auth import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    WechatPayAuthError,
    build_request_message,
    parse_authorization,
    verify,
)

from .operations import Caller
from .spec import Operation
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


def authenticate(
    settings: MockSettings,
    operation: Operation,
    method: str,
    raw_path: bytes,
    raw_query: bytes,
    authorization: str | None,
    body: bytes,
) -> tuple[Caller, str]:
    """The verified caller and the request's nonce, or ``SignatureRejected``."""
    expected = BRAND_SCHEME if operation.signature_scheme == "brand" else MERCHANT_SCHEME
    if not authorization:
        raise SignatureRejected(f"the Authorization header ({expected}) is missing")
    try:
        params = parse_authorization(authorization)
    except WechatPayAuthError as exc:
        raise SignatureRejected(str(exc)) from None
    if params.scheme != expected:
        raise SignatureRejected(
            f"{operation.path.split('/')[1]} APIs use {expected}, not {params.scheme}"
        )
    key: RSAPublicKey | None
    if expected == BRAND_SCHEME:
        key = settings.brand_public_key(params.principal, params.serial_no)
        who = f"brand_id {params.principal}"
    else:
        key = settings.merchant_public_key(params.principal, params.serial_no)
        who = f"mchid {params.principal}"
    if key is None:
        raise SignatureRejected(
            f"no API certificate with serial_no {params.serial_no[:64]} is registered for {who}"
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
    scheme = "brand" if expected == BRAND_SCHEME else "merchant"
    return Caller(scheme, params.principal), params.nonce_str

"""Verifying a request's ``Authorization`` exactly as WeChat Pay does, over the raw bytes."""

import time
from dataclasses import dataclass, field
from typing import Any

from wechatpay_auth import WechatPayAuthError
from wechatpay_auth.primitives import build_request_message, parse_authorization, verify

from .settings import Caller, MockSettings


@dataclass(frozen=True)
class Verified:
    """A request whose signature verifies: who signed it, and its nonce (for the journal)."""

    caller: Caller
    nonce: str


@dataclass(frozen=True)
class SignatureProblem:
    """Why a signature does not verify: what 401 SIGN_ERROR answers, shaped like WeChat's."""

    issue: str
    sign_information: dict[str, Any] | None = field(default=None)

    def detail(self) -> dict[str, Any]:
        detail: dict[str, Any] = {
            "field": "signature",
            "location": "authorization",
            "issue": self.issue,
        }
        if self.sign_information:
            detail["sign_information"] = self.sign_information
        return detail


def claimed_signature_type(authorization: str | None) -> str | None:
    """The signature type an ``Authorization`` header names, verified or not."""
    if not authorization:
        return None
    scheme = authorization.strip().split(" ", 1)[0]
    return scheme or None


def claimed_caller(authorization: str | None) -> Caller | None:
    """Who an ``Authorization`` header says signed, verified or not (an answer given before the
    signature is checked is signed for that caller)."""
    if not authorization:
        return None
    try:
        params = parse_authorization(authorization)
    except WechatPayAuthError:
        return None
    return Caller(params.scheme, params.principal)


def authenticate(
    settings: MockSettings,
    signature_types: tuple[str, ...],
    method: str,
    raw_path: bytes,
    raw_query: bytes,
    authorization: str | None,
    body: bytes,
) -> Verified | SignatureProblem:
    """The verified caller and the request's nonce, or why the signature is refused.

    ``signature_types`` are those the operation's ``security`` accepts.
    """
    expected = " or ".join(signature_types)
    if not authorization:
        return SignatureProblem(f"the Authorization header ({expected}) is missing")
    try:
        params = parse_authorization(authorization)
    except WechatPayAuthError as exc:
        return SignatureProblem(str(exc))
    if params.scheme not in signature_types:
        return SignatureProblem(f"this API uses {expected}, not {params.scheme}")
    key = settings.caller_public_key(params.scheme, params.principal, params.serial_no)
    if key is None:
        return SignatureProblem(
            f"no API certificate with serial_no {params.serial_no[:64]} is registered for "
            f"{settings.principal_name(params.scheme)} {params.principal[:64]}"
        )
    try:
        stamp = int(params.timestamp)
    except ValueError:
        return SignatureProblem("timestamp is not Unix seconds")
    if abs(time.time() - stamp) > settings.max_skew:
        return SignatureProblem(
            f"timestamp {stamp} is more than {settings.max_skew} s away from the server's clock"
        )
    target = raw_path.decode("latin-1") + ("?" + raw_query.decode("latin-1") if raw_query else "")
    message = build_request_message(method, target, params.timestamp, params.nonce_str, body)
    if not verify(key, message, params.signature):
        return SignatureProblem(
            "signature does not verify",
            {
                "method": method,
                "url": target[:256],
                "sign_message_length": len(message),
                "truncated_sign_message": message[:128].decode("utf-8", errors="replace"),
            },
        )
    return Verified(Caller(params.scheme, params.principal), params.nonce_str)

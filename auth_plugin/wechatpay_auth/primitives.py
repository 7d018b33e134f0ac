"""The APIv3 signature primitives, for servers and tools: what a WeChat Pay server does.

The mock server and the benchmarks build and check signatures with these; a client needs none
of them (``MerchantAuth``, ``BrandAuth`` and the notification functions use them for you).
"""

from ._signed import PROBE_PREFIX
from .notification import decrypt_resource
from .signing import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    build_response_message,
    format_authorization,
    new_nonce,
    parse_authorization,
    sign,
    sign_response_headers,
    verify,
)

__all__ = [
    "BRAND_SCHEME",
    "MERCHANT_SCHEME",
    "PROBE_PREFIX",
    "AuthorizationParams",
    "build_request_message",
    "build_response_message",
    "decrypt_resource",
    "format_authorization",
    "new_nonce",
    "parse_authorization",
    "sign",
    "sign_response_headers",
    "verify",
]

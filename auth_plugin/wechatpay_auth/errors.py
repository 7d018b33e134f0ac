"""Exceptions of the auth plugin, under one base so callers can catch them all at once."""


class WechatPayAuthError(Exception):
    """Base of every error raised by ``wechatpay_auth``."""


class ConfigurationError(WechatPayAuthError, ValueError):
    """An argument to ``MerchantAuth``, ``BrandAuth`` or ``WechatPayVerifier`` cannot work.

    Also a ``ValueError``, so code written against plain argument checks keeps working.
    """


class KeyLoadError(WechatPayAuthError, ValueError):
    """A key or certificate could not be loaded, or is not fit for WeChat Pay (e.g. < 2048 bits)."""


class SignatureVerificationError(WechatPayAuthError):
    """A WeChat Pay signature (response or notification) did not verify.

    Attributes:
        reason: why, in words (bad signature, unknown serial, stale timestamp …).
        request_id: the response's ``Request-ID``, to quote to WeChat Pay support.
    """

    def __init__(self, reason: str, *, request_id: str | None = None) -> None:
        self.reason = reason
        self.request_id = request_id
        suffix = f" [Request-ID: {request_id}]" if request_id else ""
        super().__init__(f"WeChat Pay signature rejected: {reason}{suffix}")


class NotificationError(WechatPayAuthError):
    """A callback notification is malformed or cannot be decrypted."""

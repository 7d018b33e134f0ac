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


class MissingSignatureHeaderError(SignatureVerificationError):
    """A ``Wechatpay-Timestamp``, ``-Nonce``, ``-Signature`` or ``-Serial`` header is absent."""


class StaleSignatureError(SignatureVerificationError):
    """The ``Wechatpay-Timestamp`` is outside the clock window (5 minutes): late or replayed."""


class ProbeSignatureError(SignatureVerificationError):
    """A ``WECHATPAY/SIGNTEST/`` probe: WeChat Pay checks that signatures are verified.

    Checked like any signature, then refused: answer it as a failed verification (a 4xx for a
    notification), never as accepted.
    """


class UnsupportedSignatureTypeError(SignatureVerificationError):
    """A ``Wechatpay-Signature-Type`` this verifier cannot check (e.g. an SM2 scheme)."""


class BadSignatureError(SignatureVerificationError):
    """The signature does not verify with the key its ``Wechatpay-Serial`` names."""


class NotificationError(WechatPayAuthError):
    """A callback notification is malformed or cannot be decrypted."""


class MalformedNotificationError(NotificationError):
    """The body is not a WeChat Pay notification envelope (``reason`` names what is wrong)."""


class NotificationDecryptionError(NotificationError):
    """AES-256-GCM refused the resource: a wrong key, or a ciphertext altered on the way."""


class UnsupportedAlgorithmError(NotificationError):
    """``resource.algorithm`` is not ``AEAD_AES_256_GCM``."""


class CertificateDownloadError(WechatPayAuthError):
    """WeChat Pay's platform certificates could not be downloaded, decrypted or trusted.

    Raised to the call whose answer needed them (and by an explicit refresh). The message says
    what to do: configure ``public_keys=`` instead (a public-key merchant), check the APIv3 key,
    and so on. It never contains the APIv3 key or a private key.

    Attributes:
        reason: why, in words.
        request_id: the ``Request-ID`` of the ``/v3/certificates`` answer, if there was one.
        status_code: that answer's HTTP status, if there was one.
        code: WeChat Pay's error code in that answer (``RESOURCE_NOT_EXISTS`` …), if any.
    """

    def __init__(
        self,
        reason: str,
        *,
        request_id: str | None = None,
        status_code: int | None = None,
        code: str | None = None,
    ) -> None:
        self.reason = reason
        self.request_id = request_id
        self.status_code = status_code
        self.code = code
        suffix = f" [Request-ID: {request_id}]" if request_id else ""
        super().__init__(f"WeChat Pay platform certificates: {reason}{suffix}")

    def _again(self, note: str = "") -> "CertificateDownloadError":
        """A fresh copy (for another waiter), with ``note`` appended to the reason."""
        return CertificateDownloadError(
            self.reason + note,
            request_id=self.request_id,
            status_code=self.status_code,
            code=self.code,
        )

"""One request signer, shared by the auths and the certificate downloader.

The message and the header are split from the RSA signature itself so that the async flow can
make the signature in a worker thread; everything else about signing lives here once.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .signing import (
    PRINCIPAL_FIELD,
    AuthorizationParams,
    build_request_message,
    check_header_value,
    format_authorization,
    new_nonce,
    now,
    sign,
)


@dataclass(frozen=True)
class Unsigned:
    """A request's signature message with the timestamp and nonce it was built with."""

    timestamp: str
    nonce: str
    message: bytes


@dataclass(frozen=True)
class RequestSigner:
    """Signs requests as ``principal`` (mchid or brand_id) with one API certificate's key."""

    scheme: str
    principal: str
    serial_no: str
    private_key: RSAPrivateKey = field(repr=False)
    clock: Callable[[], float] = field(default=now, repr=False)
    nonce: Callable[[], str] = field(default=new_nonce, repr=False)

    def __post_init__(self) -> None:
        check_header_value(PRINCIPAL_FIELD[self.scheme], self.principal)
        check_header_value("serial_no (your API certificate serial)", self.serial_no)

    def prepare(self, method: str, path_and_query: str, body: bytes) -> Unsigned:
        """The message to sign for this request, with a fresh timestamp and nonce."""
        timestamp = str(int(self.clock()))
        nonce = self.nonce()
        message = build_request_message(method, path_and_query, timestamp, nonce, body)
        return Unsigned(timestamp, nonce, message)

    def header(self, unsigned: Unsigned, signature: str) -> str:
        """The ``Authorization`` value for ``unsigned`` and its signature."""
        return format_authorization(
            AuthorizationParams(
                scheme=self.scheme,
                principal=self.principal,
                serial_no=self.serial_no,
                nonce_str=unsigned.nonce,
                timestamp=unsigned.timestamp,
                signature=signature,
            )
        )

    def authorization(self, method: str, path_and_query: str, body: bytes) -> str:
        """Sign in this thread: the ``Authorization`` value for one request."""
        unsigned = self.prepare(method, path_and_query, body)
        return self.header(unsigned, sign(self.private_key, unsigned.message))

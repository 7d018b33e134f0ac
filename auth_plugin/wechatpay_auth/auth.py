"""httpx auth for WeChat Pay APIv3: signs each request, verifies each response.

The signature covers the exact bytes on the wire: the percent-encoded path and query of the
request as httpx will send them, and the body bytes httpx has already encoded. httpx runs the
flow once per attempt, so a retry above httpx gets a fresh timestamp, nonce and signature.
"""

import re
from collections.abc import Callable, Generator

import httpx

from .errors import ConfigurationError, SignatureVerificationError
from .keys import PrivateKeySource, load_private_key
from .signing import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    format_authorization,
    new_nonce,
    now,
    sign,
)
from .verifier import WechatPayVerifier

# Visible ASCII except the quote and comma that delimit Authorization parameters: a value with
# those would change the header's meaning, and WeChat Pay's ids are digits and hex anyway.
_HEADER_SAFE = re.compile(r"[\x21\x23-\x2b\x2d-\x7e]+")


def _check_header_value(name: str, value: str) -> None:
    if not isinstance(value, str) or not _HEADER_SAFE.fullmatch(value):
        raise ConfigurationError(
            f"{name} must be a non-empty string of visible ASCII without quotes or commas"
        )


class _WechatPayAuth(httpx.Auth):
    requires_request_body = True
    requires_response_body = True
    _scheme: str
    _principal_name: str

    def __init__(
        self,
        principal: str,
        serial_no: str,
        private_key: PrivateKeySource,
        verifier: WechatPayVerifier,
        *,
        clock: Callable[[], float] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        _check_header_value(self._principal_name, principal)
        _check_header_value("serial_no (your API certificate serial)", serial_no)
        self._principal = principal
        self.serial_no = serial_no
        self._private_key = load_private_key(private_key)
        self.verifier = verifier
        self._clock = clock or now
        self._nonce = nonce or new_nonce

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self._principal_name}={self._principal!r}, "
            f"serial_no={self.serial_no!r}, verifier={self.verifier!r})"
        )

    def authorization(self, request: httpx.Request) -> str:
        """The Authorization header value for ``request`` as it stands now."""
        timestamp = str(int(self._clock()))
        nonce = self._nonce()
        message = build_request_message(
            request.method, request.url.raw_path.decode("ascii"), timestamp, nonce, request.content
        )
        return format_authorization(
            AuthorizationParams(
                scheme=self._scheme,
                principal=self._principal,
                serial_no=self.serial_no,
                nonce_str=nonce,
                timestamp=timestamp,
                signature=sign(self._private_key, message),
            )
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if "Wechatpay-Serial" not in request.headers and self.verifier.public_key_ids:
            # WeChat Pay signs its answer with the key named here.
            request.headers["Wechatpay-Serial"] = self.verifier.public_key_ids[0]
        request.headers["Authorization"] = self.authorization(request)
        if request.headers.get("Accept", "*/*") == "*/*":
            # httpx sends */* by default; WeChat Pay asks for JSON. A caller's choice stands.
            request.headers["Accept"] = "application/json"
        response = yield request
        self._verify(response)

    def _verify(self, response: httpx.Response) -> None:
        request_id = response.headers.get("Request-ID")
        if "Wechatpay-Signature" in response.headers:
            self.verifier.verify(response.headers, response.content, request_id=request_id)
        elif response.is_success:
            # An unsigned success could come from anyone on the path: never hand it over.
            raise SignatureVerificationError(
                "missing header Wechatpay-Signature on a 2xx response", request_id=request_id
            )
        # An unsigned error (a gateway's 502, say) passes through: it carries no data to trust.


class MerchantAuth(_WechatPayAuth):
    """Merchant scheme ``WECHATPAY2-SHA256-RSA2048`` (``/v3/…`` APIs).

    Args:
        mchid: your merchant id.
        serial_no: the serial of your merchant API certificate.
        private_key: its private key (object, PEM text, PEM bytes or path).
        verifier: WeChat Pay's public keys / platform certificates for the responses.
        clock / nonce: for deterministic tests.
    """

    _scheme = MERCHANT_SCHEME
    _principal_name = "mchid"

    def __init__(
        self,
        mchid: str,
        serial_no: str,
        private_key: PrivateKeySource,
        verifier: WechatPayVerifier,
        *,
        clock: Callable[[], float] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(mchid, serial_no, private_key, verifier, clock=clock, nonce=nonce)

    @property
    def mchid(self) -> str:
        return self._principal


class BrandAuth(_WechatPayAuth):
    """Brand scheme ``WECHATPAY-BRAND-SHA256-RSA2048`` (``/brand/…`` APIs).

    The brand APIs require ``Wechatpay-Serial`` on every request: configure the verifier with
    WeChat Pay's public key (``public_keys={"PUB_KEY_ID_…": …}``) and it is set for you.
    """

    _scheme = BRAND_SCHEME
    _principal_name = "brand_id"

    def __init__(
        self,
        brand_id: str,
        serial_no: str,
        private_key: PrivateKeySource,
        verifier: WechatPayVerifier,
        *,
        clock: Callable[[], float] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(brand_id, serial_no, private_key, verifier, clock=clock, nonce=nonce)

    @property
    def brand_id(self) -> str:
        return self._principal

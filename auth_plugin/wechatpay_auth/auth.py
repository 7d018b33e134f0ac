"""httpx auth for WeChat Pay APIv3: signs each request, verifies each response.

The signature covers the exact bytes on the wire: the percent-encoded path and query of the
request as httpx will send them, and the body bytes httpx has already encoded. httpx runs the
flow once per attempt, so a retry above httpx gets a fresh timestamp, nonce and signature.

The sync and async flows differ in two waits, both kept off the event loop in the async one:

- signing: ``auth_flow`` (``httpx.Client``) signs in the caller's thread; ``async_auth_flow``
  (``httpx.AsyncClient``) signs in a small pool of worker threads. An RSA-2048 signature is most
  of a call's cost, and cryptography releases the GIL while it computes, so the event loop
  serves other calls meanwhile and a second core signs too (docs/benchmarks.md);
- a certificate download, when an answer names a platform certificate the verifier has not got
  yet: the sync flow waits for it in its thread, the async one awaits it (a worker thread runs
  it). Verification itself (one RSA public-key operation, some tens of microseconds) runs inline.
"""

import asyncio
import os
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from concurrent.futures import ThreadPoolExecutor

import httpx

from .certificates import CertificateDownloader
from .errors import ConfigurationError, SignatureVerificationError
from .keys import PrivateKeySource, PublicKeySource, load_private_key
from .signing import (
    BRAND_SCHEME,
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    check_header_value,
    format_authorization,
    new_nonce,
    now,
    sign,
)
from .verifier import WechatPayVerifier


class _WechatPayAuth(httpx.Auth):
    """What both schemes share: sign each request, verify each answer."""

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
        check_header_value(self._principal_name, principal)
        check_header_value("serial_no (your API certificate serial)", serial_no)
        self._principal = principal
        self.serial_no = serial_no
        self._private_key = load_private_key(private_key)
        if not isinstance(verifier, WechatPayVerifier):
            raise ConfigurationError(
                f"verifier must be a WechatPayVerifier, got {type(verifier).__name__}"
            )
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
        timestamp, nonce, message = self._message(request)
        return self._header(timestamp, nonce, sign(self._private_key, message))

    def _message(self, request: httpx.Request) -> tuple[str, str, bytes]:
        timestamp = str(int(self._clock()))
        nonce = self._nonce()
        message = build_request_message(
            request.method, request.url.raw_path.decode("ascii"), timestamp, nonce, request.content
        )
        return timestamp, nonce, message

    def _header(self, timestamp: str, nonce: str, signature: str) -> str:
        return format_authorization(
            AuthorizationParams(
                scheme=self._scheme,
                principal=self._principal,
                serial_no=self.serial_no,
                nonce_str=nonce,
                timestamp=timestamp,
                signature=signature,
            )
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign, send, verify (``httpx.Client``); may wait in this thread for a download."""
        self._prepare(request)
        response = yield request
        self._verify(response)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign, send, verify (``httpx.AsyncClient``); neither signing nor a certificate
        download blocks the event loop."""
        await request.aread()
        self._label(request)
        timestamp, nonce, message = self._message(request)
        # Only the signature itself goes to a worker: it holds the GIL for microseconds around
        # the C call, so the loop gets the GIL straight back whenever it lets go of it.
        signature = await asyncio.get_running_loop().run_in_executor(
            _signing_pool(), sign, self._private_key, message
        )
        request.headers["Authorization"] = self._header(timestamp, nonce, signature)
        response = yield request
        await response.aread()
        await self._averify(response)

    def _prepare(self, request: httpx.Request) -> None:
        self._label(request)
        request.headers["Authorization"] = self.authorization(request)

    def _label(self, request: httpx.Request) -> None:
        if "Wechatpay-Serial" not in request.headers and self.verifier.public_key_ids:
            # WeChat Pay signs its answer with the key named here.
            request.headers["Wechatpay-Serial"] = self.verifier.public_key_ids[0]
        if request.headers.get("Accept", "*/*") == "*/*":
            # httpx sends */* by default; WeChat Pay asks for JSON. A caller's choice stands.
            request.headers["Accept"] = "application/json"

    def _verify(self, response: httpx.Response) -> None:
        if self._must_verify(response):
            self.verifier.verify(
                response.headers,
                response.content,
                request_id=response.headers.get("Request-ID"),
                origin=self._origin(response),
            )

    async def _averify(self, response: httpx.Response) -> None:
        if self._must_verify(response):
            await self.verifier.averify(
                response.headers,
                response.content,
                request_id=response.headers.get("Request-ID"),
                origin=self._origin(response),
            )

    def _origin(self, response: httpx.Response) -> str | None:
        # Only a certificate download needs it: no string building on every answer otherwise.
        return _origin(response) if self.verifier.certificate_downloader is not None else None

    @staticmethod
    def _must_verify(response: httpx.Response) -> bool:
        if "Wechatpay-Signature" in response.headers:
            return True
        if response.is_success:
            # An unsigned success could come from anyone on the path: never hand it over.
            raise SignatureVerificationError(
                "missing header Wechatpay-Signature on a 2xx response",
                request_id=response.headers.get("Request-ID"),
            )
        # An unsigned error (a gateway's 502, say) passes through: it carries no data to trust.
        return False


_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _signing_pool() -> ThreadPoolExecutor:
    """One pool per process, a thread per core: more threads than cores would only take turns.

    Its own pool rather than the loop's default executor, which an application may fill with
    blocking work of its own; not tied to any event loop, so one client serves several loops.
    """
    global _pool
    if _pool is None:
        with _pool_lock:
            if _pool is None:
                _pool = ThreadPoolExecutor(
                    max_workers=os.cpu_count() or 2, thread_name_prefix="wechatpay-sign"
                )
    return _pool


def _origin(response: httpx.Response) -> str:
    """Scheme, host and port the answer came from: where its certificates are downloaded."""
    url = response.request.url
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


class MerchantAuth(_WechatPayAuth):
    """Merchant scheme ``WECHATPAY2-SHA256-RSA2048`` (``/v3/…`` APIs).

    Give either a ``verifier`` or what to build one from:

    - a certificate merchant: ``MerchantAuth(mchid, serial_no, private_key, api_v3_key=…)``;
      the platform certificates are downloaded, decrypted and refreshed for you;
    - a public-key merchant: ``public_keys={"PUB_KEY_ID_…": "wechatpay_public_key.pem"}``;
    - in the middle of the migration from one to the other: both.

    Args:
        mchid: your merchant id.
        serial_no: the serial of your merchant API certificate.
        private_key: its private key (object, PEM text, PEM bytes or path).
        verifier: WeChat Pay's public keys / platform certificates for the responses.
        api_v3_key: your APIv3 key, to download WeChat Pay's platform certificates.
        public_keys: WeChat Pay public keys by id (``PUB_KEY_ID_…``).
        download_transport: an httpx transport for the certificate download (tests, proxies);
            for more control build a ``CertificateDownloader`` and a ``WechatPayVerifier``.
        clock / nonce: for deterministic tests (the clock is also the verifier's).
    """

    _scheme = MERCHANT_SCHEME
    _principal_name = "mchid"

    def __init__(
        self,
        mchid: str,
        serial_no: str,
        private_key: PrivateKeySource,
        verifier: WechatPayVerifier | None = None,
        *,
        api_v3_key: str | bytes | None = None,
        public_keys: Mapping[str, PublicKeySource] | None = None,
        download_transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        if verifier is None:
            verifier = _build_verifier(
                mchid, serial_no, private_key, api_v3_key, public_keys, download_transport, clock
            )
        elif api_v3_key is not None or public_keys is not None or download_transport is not None:
            raise ConfigurationError(
                "give either verifier= or api_v3_key=/public_keys= (from which MerchantAuth "
                "builds the verifier), not both"
            )
        elif isinstance(verifier, str | bytes):
            # Most likely the APIv3 key passed in the verifier's place; never echo it.
            raise ConfigurationError(
                "the fourth argument is the verifier; pass the APIv3 key by name: "
                "MerchantAuth(mchid, serial_no, private_key, api_v3_key=...)"
            )
        super().__init__(mchid, serial_no, private_key, verifier, clock=clock, nonce=nonce)

    @property
    def mchid(self) -> str:
        return self._principal


def _build_verifier(
    mchid: str,
    serial_no: str,
    private_key: PrivateKeySource,
    api_v3_key: str | bytes | None,
    public_keys: Mapping[str, PublicKeySource] | None,
    download_transport: httpx.BaseTransport | None,
    clock: Callable[[], float] | None,
) -> WechatPayVerifier:
    if api_v3_key is None and public_keys is None:
        raise ConfigurationError(
            "MerchantAuth needs WeChat Pay's keys to verify its answers: api_v3_key=... (a "
            'certificate merchant), public_keys={"PUB_KEY_ID_...": "wechatpay_public_key.pem"} '
            "(a public-key merchant), both (mid-migration), or verifier=..."
        )
    if api_v3_key is None and download_transport is not None:
        raise ConfigurationError("download_transport needs api_v3_key= (it downloads certificates)")
    downloader = None
    if api_v3_key is not None:
        # The downloader signs its own request with the merchant's credentials, so it needs
        # nothing from this auth: no cycle between the auth, the verifier and the downloader.
        downloader = CertificateDownloader(
            mchid,
            serial_no,
            load_private_key(private_key),
            api_v3_key,
            transport=download_transport,
            clock=clock,
        )
    return WechatPayVerifier(public_keys, certificate_downloader=downloader, clock=clock)


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

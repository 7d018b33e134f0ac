"""httpx auth for WeChat Pay APIv3: signs each request, verifies each response.

The signature covers the exact bytes on the wire: the percent-encoded path and query of the
request as httpx will send them, and the body bytes httpx has already encoded. httpx runs the
flow once per attempt, so a retry above httpx gets a fresh timestamp, nonce and signature.

One sequence of steps (``_steps``) holds the whole policy: download first when the certificate
set is needed or due, sign, send, verify, download after the answer when it names a new serial.
A certificate download is one more request the flow yields, so it goes through the client that
sends the call, with its transport, proxy, timeout and hooks. The sync and async flows carry the
steps out and differ only in how they wait, both kept off the event loop in the async one:

- signing: ``auth_flow`` (``httpx.Client``) signs in the caller's thread; ``async_auth_flow``
  (``httpx.AsyncClient``) signs in a small pool of worker threads. An RSA-2048 signature is most
  of a call's cost, and cryptography releases the GIL while it computes, so the event loop
  serves other calls meanwhile and a second core signs too (docs/benchmarks.md);
- another caller's certificate download: the sync flow waits for it in its thread, the async one
  awaits it. Verification itself (one RSA public-key operation, some tens of microseconds) runs
  inline.
"""

import asyncio
import os
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .certificates import CertificateDownloader, Lead, Outcome, Wait, check_base_url
from .errors import ConfigurationError, SignatureVerificationError
from .keys import PrivateKeySource, PublicKeySource, load_private_key
from .request_signer import RequestSigner, Unsigned
from .signing import BRAND_SCHEME, MERCHANT_SCHEME, new_nonce, now, sign
from .verifier import WechatPayVerifier, worth_a_download


@dataclass(frozen=True)
class _Send:
    request: Any  # an httpx.Request (or httpx2's): the answer comes back


@dataclass(frozen=True)
class _Sign:
    unsigned: Unsigned  # the signature (Base64) comes back


@dataclass(frozen=True)
class _Await:
    """Another caller's download, waited for at most ``limit`` seconds (the call's timeout)."""

    flight: "Future[Outcome]"
    limit: float


_Action = _Send | _Sign | _Await


def _auth_base() -> type[httpx.Auth]:
    """httpx's ``Auth``, and httpx2's beside it when httpx2 is installed.

    httpx2 (pydantic's fork of httpx 0.28.1) accepts only its own ``Auth`` subclasses; the two
    classes are the same code, so one auth can serve ``httpx.Client`` and ``httpx2.Client``.
    Under ``httpx2.alias_httpx()`` they are one class, and one base is enough.
    """
    try:
        import httpx2
    except ImportError:
        return httpx.Auth
    if issubclass(httpx.Auth, httpx2.Auth):  # aliased: one class
        return httpx.Auth
    return type("Auth", (httpx.Auth, httpx2.Auth), {"__module__": __name__})


if TYPE_CHECKING:
    _AuthBase = httpx.Auth
else:
    _AuthBase = _auth_base()


class _WechatPayAuth(_AuthBase):
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
        self._signer = RequestSigner(
            self._scheme,
            principal,
            serial_no,
            load_private_key(private_key),
            clock=clock or now,
            nonce=nonce or new_nonce,
        )
        if not isinstance(verifier, WechatPayVerifier):
            raise ConfigurationError(
                f"verifier must be a WechatPayVerifier, got {type(verifier).__name__}"
            )
        self.verifier = verifier

    @property
    def serial_no(self) -> str:
        return self._signer.serial_no

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self._principal_name}={self._signer.principal!r}, "
            f"serial_no={self.serial_no!r}, verifier={self.verifier!r})"
        )

    def authorization(self, request: httpx.Request) -> str:
        """The Authorization header value for ``request`` as it stands now."""
        return self._signer.authorization(
            request.method, request.url.raw_path.decode("ascii"), request.content
        )

    def use_origin(self, base_url: str) -> None:
        """Tell the auth the base URL of the client it serves (the client calls this).

        A certificate merchant's downloads with no call in flight (a notification, an explicit
        refresh) go there, unless ``origin=`` was given; nothing else uses it.
        """
        downloader = self.verifier.certificate_downloader
        if downloader is not None:
            downloader.use_origin(base_url)

    # --- the flows: one sequence of steps, two ways of waiting -------------------------------

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign, send, verify (``httpx.Client``); a download, when one is needed, goes through
        the same client, and a wait for another caller's download blocks this thread."""
        steps = self._steps(request)
        try:
            action = next(steps)
            while True:
                reply: Any
                if isinstance(action, _Send):
                    reply = yield action.request
                elif isinstance(action, _Sign):
                    reply = sign(self._signer.private_key, action.unsigned.message)
                else:
                    reply = self._downloader().wait(action.flight, action.limit)
                action = steps.send(reply)
        except StopIteration:
            return
        finally:
            steps.close()  # a flow closed early (an error, a cancellation) lets go of a download

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign, send, verify (``httpx.AsyncClient``); neither signing nor a wait for a
        download blocks the event loop."""
        await request.aread()
        steps = self._steps(request)
        try:
            action = next(steps)
            while True:
                reply: Any
                if isinstance(action, _Send):
                    reply = yield action.request
                    await reply.aread()
                elif isinstance(action, _Sign):
                    # Only the signature itself goes to a worker: it holds the GIL for
                    # microseconds around the C call, so the loop gets the GIL straight back.
                    reply = await asyncio.get_running_loop().run_in_executor(
                        _signing_pool(), sign, self._signer.private_key, action.unsigned.message
                    )
                else:
                    reply = await self._downloader().await_flight(action.flight, action.limit)
                action = steps.send(reply)
        except StopIteration:
            return
        finally:
            steps.close()

    def _steps(self, request: Any) -> Generator[_Action, Any, None]:
        """The whole trust policy of one call, free of I/O: the flows carry out its actions."""
        downloader = self.verifier.certificate_downloader
        if downloader is not None:
            # Before the first call, when nothing else can verify its answer, and when the
            # scheduled refresh is due: the download comes first.
            yield from self._download(
                downloader, request, lambda: downloader.before_call(initial=self._needs_set())
            )
        self._label(request)
        unsigned = self._signer.prepare(
            request.method, request.url.raw_path.decode("ascii"), request.content
        )
        signature = yield _Sign(unsigned)
        request.headers["Authorization"] = self._signer.header(unsigned, signature)
        response = yield _Send(request)
        if not self._must_verify(response):
            return
        verifier = self.verifier
        request_id = response.headers.get("Request-ID")
        signed = verifier.signed_answer(response.headers, request_id)
        key = verifier.key_for(signed.serial)
        if key is None and downloader is not None and worth_a_download(signed):
            # A serial the set lacks (a rotation): a download after the answer.
            download = yield from self._download(
                downloader, request, lambda: downloader.for_serial(signed.serial)
            )
            key = verifier.key_for(signed.serial)
            verifier.check(signed, key, response.content)
            if download is not None:
                _hand_back(download, response)
            return
        verifier.check(signed, key, response.content)

    def _download(
        self,
        downloader: CertificateDownloader,
        call: Any,
        plan: Callable[[], Lead | Wait | None],
    ) -> Generator[_Action, Any, Any]:
        """Lead the download, or wait for another caller's, until ``plan`` says nothing more.

        Returns the download's answer if this caller sent one, else None.
        """
        while (step := plan()) is not None:
            if isinstance(step, Wait):
                outcome: Outcome = yield _Await(step.flight, downloader.wait_limit_for(call))
                if outcome.abandoned:
                    continue  # its leader went away: plan again, maybe to lead
                outcome.raise_error()
                return None
            try:
                answer = yield _Send(downloader.download_request(step, call))
                downloader.accept(step, answer, self.verifier.configured_key)
            finally:
                downloader.abandon(step)  # only if nothing settled it
            return answer
        return None

    def _needs_set(self) -> bool:
        # A verifier with public keys of its own (mid-migration) may never need a certificate:
        # it downloads when an answer names one.
        return not self.verifier.public_key_ids

    def _downloader(self) -> CertificateDownloader:
        downloader = self.verifier.certificate_downloader
        assert downloader is not None  # an _Await comes only from a downloader
        return downloader

    def _label(self, request: httpx.Request) -> None:
        if "Wechatpay-Serial" not in request.headers and self.verifier.public_key_ids:
            # WeChat Pay signs its answer with the key named here.
            request.headers["Wechatpay-Serial"] = self.verifier.public_key_ids[0]
        if request.headers.get("Accept", "*/*") == "*/*":
            # httpx sends */* by default; WeChat Pay asks for JSON. A caller's choice stands.
            request.headers["Accept"] = "application/json"

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


def _hand_back(download: Any, answer: Any) -> None:
    """Make the object httpx will hand the caller, the download's answer, the call's answer.

    Forced by httpx's auth protocol (httpx2's is the same): a flow yields requests and is sent
    their answers, and ``Client.send`` returns the last answer it sent the flow, whatever the
    flow does. After a rotation that is the certificate download, which had to follow the
    call's answer (only that answer names the new serial) and had to go through the caller's
    client (its proxy, transport and hooks). No flow can yield a response, and sending the call
    again would apply it twice. So the object httpx returns takes over the call's answer whole:
    its state is cleared first, so that nothing of the download survives on it (a ``text``
    a hook read from the listing, say). A response hook that kept the download's object sees it
    change too; nothing else holds it.
    """
    state = vars(download)
    state.clear()
    state.update(vars(answer))


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
        origin: the base URL platform certificates are downloaded from (e.g.
            ``https://api.mch.weixin.qq.com``), except inside a call that the client moved to its
            backup domain (``backup_base_url``): that call's download goes to the backup too.
            Without it a call's download goes to the host of that call, and a download with no call
            in flight (a notification, an explicit refresh) to the base URL of the client this auth
            serves (``use_origin``, which the generated clients call), else to where the last set
            came from; with none of these it fails and says how to set it: it never guesses
            production.
        download_transport: an httpx transport for the downloads with no call in flight (a
            webhook-only process behind a proxy, tests); a call's download goes through the
            client that sends the call. For more control build a ``CertificateDownloader``.
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
        origin: str | None = None,
        download_transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        if verifier is None:
            verifier = _build_verifier(
                mchid,
                serial_no,
                private_key,
                api_v3_key,
                public_keys,
                _Download(origin, download_transport),
                clock,
            )
        elif (
            api_v3_key is not None
            or public_keys is not None
            or download_transport is not None
            or origin is not None
        ):
            raise ConfigurationError(
                "give either verifier= or api_v3_key=/public_keys=/origin=/download_transport= "
                "(from which MerchantAuth builds the verifier), not both; a CertificateDownloader "
                "of your own takes base_url= and transport="
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
        return self._signer.principal


@dataclass(frozen=True)
class _Download:
    """Where and how a certificate merchant's downloads with no call in flight go."""

    origin: str | None
    transport: httpx.BaseTransport | None


def _build_verifier(
    mchid: str,
    serial_no: str,
    private_key: PrivateKeySource,
    api_v3_key: str | bytes | None,
    public_keys: Mapping[str, PublicKeySource] | None,
    download: _Download,
    clock: Callable[[], float] | None,
) -> WechatPayVerifier:
    if api_v3_key is None and public_keys is None:
        raise ConfigurationError(
            "MerchantAuth needs WeChat Pay's keys to verify its answers: api_v3_key=... (a "
            'certificate merchant), public_keys={"PUB_KEY_ID_...": "wechatpay_public_key.pem"} '
            "(a public-key merchant), both (mid-migration), or verifier=..."
        )
    if api_v3_key is None and download.transport is not None:
        raise ConfigurationError("download_transport needs api_v3_key= (it downloads certificates)")
    if api_v3_key is None and download.origin is not None:
        raise ConfigurationError(
            "origin= is where platform certificates are downloaded from: it needs api_v3_key="
        )
    downloader = None
    if api_v3_key is not None:
        # The downloader signs its own request with the merchant's credentials, so it needs
        # nothing from this auth: no cycle between the auth, the verifier and the downloader.
        downloader = CertificateDownloader(
            mchid,
            serial_no,
            load_private_key(private_key),
            api_v3_key,
            base_url=check_base_url(download.origin, "origin") if download.origin else None,
            transport=download.transport,
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
        return self._signer.principal

    def use_origin(self, base_url: str) -> None:
        """Nothing to do: brands verify with WeChat Pay's public key and download nothing."""

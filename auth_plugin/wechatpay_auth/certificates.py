"""Platform certificates: downloaded from ``GET /v3/certificates``, decrypted, checked, refreshed.

Certificate merchants (those without a ``PUB_KEY_ID_…``) get answers signed with *platform
certificates*, which WeChat Pay renews every few years with an overlap during which both serials
sign. A ``CertificateDownloader`` keeps the current set for a ``WechatPayVerifier``.

Why trusting the first download is safe
---------------------------------------
The first download cannot be checked against a certificate we do not have yet, and need not be.
Each certificate arrives encrypted with AEAD_AES_256_GCM under the merchant's APIv3 key, which only
WeChat Pay and the merchant know; GCM authenticates the ciphertext and its associated data, so a
certificate that decrypts was encrypted by a holder of that key, and any change in transit fails
the tag. Someone in the middle can withhold the answer but can neither forge nor alter a
certificate in it. On top of that, as the official tools do (wechatpay-apiv3/CertificateDownloader,
"报文验签"), the answer's own signature must verify with a certificate it carries or with a key
already trusted, each certificate's serial must be the one listed beside it, and its validity
window must contain now. The listed ``effective_time``/``expire_time`` sit outside the AEAD, so
the certificate's own dates are the ones that count.

When the set is refreshed
-------------------------
- On use, every ``refresh_interval`` (12 h): the first verification after that starts a download
  in a background thread and carries on with the key it already has, so nobody waits. No timer
  thread: an idle client needs no fresh certificates, and nothing has to be stopped.
- At once, when an answer names a serial that the set lacks (a rotation): the callers wait for a
  single download (single flight), then verify. Such refreshes happen at most once per
  ``min_refresh_interval`` (60 s), so a forged serial cannot make the client hammer the endpoint;
  a failed download is remembered for as long, so a wrong APIv3 key does not either.

Threads and event loops
-----------------------
One ``threading.Lock`` guards only the choice of who downloads; it is never held during I/O nor
across an ``await``. A download in flight is a ``concurrent.futures.Future``: threads wait with
``result()``, coroutines with ``asyncio.wrap_future``, and an async caller's download runs in a
worker thread. Nothing is bound to an event loop, so one client may serve several loops in turn.
The sync and async paths differ only in how they wait (``refresh_for_serial`` / its ``a``-twin).
"""

import asyncio
import base64
import binascii
import datetime
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ._signed import is_hex_serial, parse_signed_answer
from .errors import (
    CertificateDownloadError,
    ConfigurationError,
    KeyLoadError,
    SignatureVerificationError,
)
from .keys import PrivateKeySource, certificate_public_key, load_certificate, load_private_key
from .signing import (
    MERCHANT_SCHEME,
    AuthorizationParams,
    build_request_message,
    check_header_value,
    format_authorization,
    new_nonce,
    sign,
)

DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com"
CERTIFICATES_PATH = "/v3/certificates"
ALGORITHM = "AEAD_AES_256_GCM"
# wechatpay-go refreshes daily, wechatpay-java hourly; Go's docs advise between 1 h and 2 days
# so that the overlap of a rotation is never missed.
REFRESH_INTERVAL = 12 * 60 * 60
MIN_REFRESH_INTERVAL = 60
API_V3_KEY_BYTES = 32
MAX_ANSWER_BYTES = 1 << 20
DOWNLOAD_DEADLINE_TIMEOUTS = 3  # the whole download may take this many ``timeout``s
PUBLIC_KEY_HINT = 'public_keys={"PUB_KEY_ID_…": "wechatpay_public_key.pem"}'

KeyLookup = Callable[[str], RSAPublicKey | None]
"""Finds an already trusted key by ``Wechatpay-Serial`` (the verifier's configured keys)."""

_log = logging.getLogger(__name__)
_monotonic = time.monotonic  # for the download's deadline; tests replace it


@dataclass(frozen=True)
class PlatformCertificate:
    """One downloaded platform certificate: public material only, safe to print."""

    serial_no: str
    not_before: datetime.datetime
    not_after: datetime.datetime
    certificate: x509.Certificate = field(repr=False, compare=False)
    public_key: RSAPublicKey = field(repr=False, compare=False)

    def valid_at(self, when: float) -> bool:
        """Whether ``when`` (Unix seconds) lies in the certificate's validity window."""
        return self.not_before.timestamp() <= when <= self.not_after.timestamp()


@dataclass(frozen=True)
class _Snapshot:
    """One download's result; replaced whole, never changed, so readers need no lock."""

    certificates: Mapping[int, PlatformCertificate]  # by serial number
    refused: Mapping[int, str]  # listed but not trusted, and why (expired, not yet valid)
    downloaded_at: float
    origin: str
    # The hot path: the serial as WeChat Pay spells it -> (key, valid from, valid until).
    by_serial: Mapping[str, tuple[RSAPublicKey, float, float]] = field(init=False)

    def __post_init__(self) -> None:
        by_serial = {
            c.serial_no: (c.public_key, c.not_before.timestamp(), c.not_after.timestamp())
            for c in self.certificates.values()
        }
        object.__setattr__(self, "by_serial", by_serial)


@dataclass(frozen=True)
class _Outcome:
    error: CertificateDownloadError | None


class CertificateDownloader:
    """Downloads, decrypts, checks and refreshes one merchant's platform certificates.

    Normally built for you: ``MerchantAuth(mchid, serial_no, private_key, api_v3_key=…)``. Build
    it yourself to choose where and how it downloads, then pass it to
    ``WechatPayVerifier(certificate_downloader=…)``.

    Args:
        mchid / serial_no / private_key: the merchant's API credentials, to sign the download.
        api_v3_key: the merchant's APIv3 key (32 characters), to decrypt the certificates.
        base_url: where to download from. By default, the origin of the request whose answer
            needs a certificate (so it follows the client's base URL: a mock in tests, WeChat
            Pay in production); with no request (a notification), where the last set came
            from, else ``https://api.mch.weixin.qq.com``.
        transport: an httpx transport for the download (tests, proxies); httpx's default if None.
        timeout: seconds for the download.
        refresh_interval: seconds between scheduled refreshes (12 h).
        min_refresh_interval: at most one refresh per this many seconds for an unknown serial,
            and how long a failed download is remembered before the next attempt (60 s).
        max_skew: the clock window for the download's own signature, as for any answer.
        clock: Unix seconds, for tests.
    """

    def __init__(
        self,
        mchid: str,
        serial_no: str,
        private_key: PrivateKeySource,
        api_v3_key: str | bytes,
        *,
        base_url: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10.0,
        refresh_interval: float = REFRESH_INTERVAL,
        min_refresh_interval: float = MIN_REFRESH_INTERVAL,
        max_skew: int = 300,
        clock: Callable[[], float] | None = None,
    ) -> None:
        check_header_value("mchid", mchid)
        check_header_value("serial_no (your API certificate serial)", serial_no)
        self.mchid = mchid
        self.serial_no = serial_no
        self._private_key = load_private_key(private_key)
        # Only the cipher is kept: the key itself is in no attribute that vars() or a debugger
        # would print.
        self._cipher = _api_v3_cipher(api_v3_key)
        self._base_url = _check_base_url(base_url) if base_url is not None else None
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.BaseTransport, got {type(transport).__name__}"
            )
        self._transport = transport
        for name, value in (("timeout", timeout), ("refresh_interval", refresh_interval)):
            if not value > 0:
                raise ConfigurationError(f"{name} must be > 0 seconds, got {value}")
        if not min_refresh_interval >= 0:
            raise ConfigurationError(
                f"min_refresh_interval must be >= 0 seconds, got {min_refresh_interval}"
            )
        if max_skew < 0:
            raise ConfigurationError(f"max_skew must be >= 0, got {max_skew}")
        self._timeout = timeout
        self.refresh_interval = refresh_interval
        self.min_refresh_interval = min_refresh_interval
        self.max_skew = max_skew
        self._clock = clock or time.time
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._flight: Future[_Outcome] | None = None
        # The latest download, finished or not: wait_for_refresh waits on it even in the moment
        # between _settle letting go of _flight and resolving it (after its log line).
        self._last_flight: Future[_Outcome] | None = None
        self._next_refresh: float | None = None
        self._last_unknown_refresh: float | None = None
        self._failure: tuple[float, CertificateDownloadError] | None = None

    # --- what a user can inspect -------------------------------------------------------------

    @property
    def certificates(self) -> tuple[PlatformCertificate, ...]:
        """The certificates downloaded last (empty before the first download)."""
        snapshot = self._snapshot
        return tuple(snapshot.certificates.values()) if snapshot else ()

    @property
    def serials(self) -> tuple[str, ...]:
        """The serials of the certificates downloaded last."""
        return tuple(certificate.serial_no for certificate in self.certificates)

    @property
    def downloaded_at(self) -> datetime.datetime | None:
        """When the current set was downloaded (UTC), or None before the first download."""
        snapshot = self._snapshot
        return _utc(snapshot.downloaded_at) if snapshot else None

    @property
    def next_refresh_at(self) -> datetime.datetime | None:
        """When the next scheduled refresh is due (UTC), or None before the first download."""
        due = self._next_refresh
        return _utc(due) if due is not None else None

    def __repr__(self) -> str:
        downloaded = self.downloaded_at
        due = self.next_refresh_at
        return (
            f"CertificateDownloader(mchid={self.mchid!r}, serials={list(self.serials)!r}, "
            f"downloaded_at={_iso(downloaded) if downloaded else None!r}, "
            f"next_refresh_at={_iso(due) if due else None!r})"
        )

    # --- used by the verifier ----------------------------------------------------------------

    def lookup(self, serial: str) -> RSAPublicKey | None:
        """The key of the downloaded certificate ``serial`` names, if valid now; never downloads.

        Serials are compared as numbers: the SDKs print them without leading zeros, openssl pads
        them to whole bytes.
        """
        snapshot = self._snapshot
        if snapshot is None:
            return None
        entry = snapshot.by_serial.get(serial)
        if entry is None:
            if not is_hex_serial(serial):
                return None
            certificate = snapshot.certificates.get(int(serial, 16))
            if certificate is None:
                return None
            entry = snapshot.by_serial[certificate.serial_no]
        key, not_before, not_after = entry
        return key if not_before <= self._clock() <= not_after else None

    def refresh_if_due(
        self, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """Start the scheduled refresh in a background thread if it is due; never waits."""
        due = self._next_refresh
        if due is None or self._clock() < due or self._flight is not None:
            return  # the common case, decided without the lock
        with self._lock:
            due = self._next_refresh
            if due is None or self._clock() < due or self._flight is not None:
                return
            flight = self._new_flight()
        age = self._clock() - self._snapshot.downloaded_at if self._snapshot else 0.0
        self._spawn(flight, f"scheduled refresh, set {age:.0f} s old", origin, trusted)

    def refresh_for_serial(
        self, serial: str, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """Make sure a download has had its chance to bring ``serial``; blocks this thread.

        Joins the download in flight, or starts one unless the rate limit forbids it. Raises
        ``CertificateDownloadError`` if the download it waited for failed; returns quietly
        otherwise, whether or not ``serial`` is now known (``lookup`` tells).
        """
        plan = self._plan_for_serial(serial)
        if plan is None:
            return
        flight, leader, reason = plan
        if leader:
            self._fly(flight, reason, origin, trusted)
        else:
            _log.debug("waiting for the certificate download in flight (serial %.64s)", serial)
        _raise_failure(flight.result())

    async def arefresh_for_serial(
        self, serial: str, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """``refresh_for_serial`` for a coroutine: the download runs in a worker thread."""
        plan = self._plan_for_serial(serial)
        if plan is None:
            return
        flight, leader, reason = plan
        if leader:
            self._spawn(flight, reason, origin, trusted)
        else:
            _log.debug("waiting for the certificate download in flight (serial %.64s)", serial)
        _raise_failure(await asyncio.wrap_future(flight))

    def explain_missing(self, serial: str) -> str:
        """Why ``serial`` has no usable downloaded certificate, for the caller's error."""
        shown = repr(serial[:64])
        snapshot = self._snapshot
        if snapshot is None:
            return f"unknown serial {shown}: no platform certificate downloaded yet"
        now = self._clock()
        ago = f"certificates were refreshed {max(0, int(now - snapshot.downloaded_at))} s ago"
        failure = self._failure
        if failure is not None and failure[0] >= snapshot.downloaded_at:
            ago += f" (a later download failed {max(0, int(now - failure[0]))} s ago: "
            ago += f"{failure[1].reason})"
        if not is_hex_serial(serial):
            return f"unknown serial {shown}; {ago}"
        number = int(serial, 16)
        certificate = snapshot.certificates.get(number)
        if certificate is not None:
            if now > certificate.not_after.timestamp():
                why = f"expired at {_iso(certificate.not_after)}"
            else:
                why = f"not valid before {_iso(certificate.not_before)}"
            return f"platform certificate {certificate.serial_no} {why}: refused; {ago}"
        if number in snapshot.refused:
            return f"platform certificate {shown} refused: {snapshot.refused[number]}; {ago}"
        return (
            f"unknown serial {shown}: not among the downloaded platform certificates "
            f"({', '.join(self.serials)}); {ago}, and an unknown serial refreshes them at most "
            f"once per {self.min_refresh_interval:g} s"
        )

    # --- explicit refresh --------------------------------------------------------------------

    def refresh(self, *, origin: str | None = None, trusted: KeyLookup | None = None) -> None:
        """Download now (or join the download in flight) and wait; no rate limit.

        E.g. at start-up, to fail fast on a wrong APIv3 key. Raises ``CertificateDownloadError``.
        """
        flight, leader = self._join_or_start()
        if leader:
            self._fly(flight, "requested", origin, trusted)
        _raise_failure(flight.result())

    async def arefresh(
        self, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """``refresh`` for a coroutine: the download runs in a worker thread."""
        flight, leader = self._join_or_start()
        if leader:
            self._spawn(flight, "requested", origin, trusted)
        _raise_failure(await asyncio.wrap_future(flight))

    def wait_for_refresh(self, timeout: float | None = None) -> bool:
        """Wait for the download in flight, if any; False if ``timeout`` ran out first."""
        flight = self._flight or self._last_flight
        if flight is None:
            return True
        try:
            flight.result(timeout)
        except TimeoutError:
            return False
        return True

    # --- who downloads -----------------------------------------------------------------------

    def _new_flight(self) -> Future[_Outcome]:
        """A download in flight (call with the lock held)."""
        flight: Future[_Outcome] = Future()
        # Running from the start, so that a waiter's cancellation (asyncio.wrap_future passes
        # it on) cannot cancel the download that other callers wait for.
        flight.set_running_or_notify_cancel()
        self._flight = self._last_flight = flight
        return flight

    def _join_or_start(self) -> tuple[Future[_Outcome], bool]:
        with self._lock:
            if self._flight is not None:
                return self._flight, False
            return self._new_flight(), True

    def _plan_for_serial(self, serial: str) -> tuple[Future[_Outcome], bool, str] | None:
        """Join the flight, start one, or nothing (known by now, or rate-limited)."""
        now = self._clock()
        with self._lock:
            if self.lookup(serial) is not None:
                return None  # a download that finished meanwhile brought it
            if self._flight is not None:
                return self._flight, False, ""
            if self._snapshot is None:
                failure = self._failure
                if failure is not None and now - failure[0] < self.min_refresh_interval:
                    wait = self.min_refresh_interval - (now - failure[0])
                    raise failure[1]._again(
                        f" (download failed {now - failure[0]:.0f} s ago; next attempt in "
                        f"{wait:.0f} s)"
                    )
                return self._new_flight(), True, "initial download"
            last = self._last_unknown_refresh
            if last is not None and now - last < self.min_refresh_interval:
                return None
            self._last_unknown_refresh = now
            return self._new_flight(), True, f"unknown serial {serial[:64]}"

    def _spawn(
        self,
        flight: Future[_Outcome],
        reason: str,
        origin: str | None,
        trusted: KeyLookup | None,
    ) -> None:
        # A thread per download: downloads are rare (every 12 h, or one a minute at most), and a
        # thread of our own belongs to no event loop and no executor that a loop may shut down.
        thread = threading.Thread(
            target=self._fly,
            args=(flight, reason, origin, trusted),
            name=f"wechatpay-certificates-{self.mchid}",
            daemon=True,
        )
        try:
            thread.start()
        except RuntimeError as exc:  # no thread to be had: the waiters must not hang
            error = CertificateDownloadError(f"could not start the download thread: {exc}")
            self._settle(flight, reason, None, error)

    def _fly(
        self,
        flight: Future[_Outcome],
        reason: str,
        origin: str | None,
        trusted: KeyLookup | None,
    ) -> None:
        """Download and settle ``flight``, whatever happens: its waiters must never hang."""
        try:
            snapshot = self._download(origin, trusted)
        except CertificateDownloadError as exc:
            self._settle(flight, reason, None, exc)
        except Exception as exc:
            # A bug of ours; its message is not shown in case it quotes something it should not.
            _log.error("unexpected error while downloading platform certificates", exc_info=True)
            error = CertificateDownloadError(
                f"unexpected {type(exc).__name__} while downloading (logged)"
            )
            self._settle(flight, reason, None, error)
        except BaseException:
            self._settle(flight, reason, None, CertificateDownloadError("download interrupted"))
            raise
        else:
            self._settle(flight, reason, snapshot, None)

    def _settle(
        self,
        flight: Future[_Outcome],
        reason: str,
        snapshot: _Snapshot | None,
        error: CertificateDownloadError | None,
    ) -> None:
        now = self._clock()
        with self._lock:
            old = self._snapshot
            if snapshot is not None:
                self._snapshot = snapshot
                self._failure = None
                self._next_refresh = now + self.refresh_interval
            elif error is not None:
                self._failure = (now, error)
                if old is not None:
                    # Keep the set and try again a little later, not on every call.
                    retry = now + self.min_refresh_interval
                    self._next_refresh = max(self._next_refresh or retry, retry)
            self._flight = None
            due = self._next_refresh
        if snapshot is not None:
            before = set(old.certificates.values()) if old else set()
            after = set(snapshot.certificates.values())
            _log.info(
                "platform certificates of merchant %s downloaded from %s (%s): added %s; "
                "removed %s; now %s; next refresh at %s",
                self.mchid,
                snapshot.origin,
                reason,
                _serial_list(after - before),
                _serial_list(before - after),
                _serial_list(after),
                _iso(_utc(due)) if due is not None else "-",
                extra={"wechatpay_serials": sorted(c.serial_no for c in after)},
            )
        elif error is not None:
            kept = f"keeping {_serial_list(set(old.certificates.values()))}" if old else "none yet"
            _log.warning(
                "platform certificate download for merchant %s failed (%s): %s; %s; "
                "next attempt not before %s",
                self.mchid,
                reason,
                error.reason,
                kept,
                _iso(_utc(now + self.min_refresh_interval)),
            )
        flight.set_result(_Outcome(error))

    # --- the download itself -----------------------------------------------------------------

    def _download(self, origin: str | None, trusted: KeyLookup | None) -> _Snapshot:
        # With no answer to follow (a notification), the place the last set came from.
        last = self._snapshot.origin if self._snapshot else None
        base = self._base_url or origin or last or DEFAULT_BASE_URL
        url = base + CERTIFICATES_PATH
        request = httpx.Request("GET", url, headers={"Accept": "application/json"})
        request.headers["Authorization"] = self._authorization(request)
        # httpx's timeout bounds each read, not the whole answer; a server trickling bytes
        # would otherwise hold the single flight, and with it every refresh, for ever.
        limit = DOWNLOAD_DEADLINE_TIMEOUTS * self._timeout
        deadline = _monotonic() + limit
        client = httpx.Client(transport=self._transport, timeout=self._timeout)
        try:
            # The request sent is the one signed, byte for byte.
            response = client.send(request, stream=True)
            body = bytearray()
            try:
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER_BYTES:
                        raise CertificateDownloadError(
                            f"the {CERTIFICATES_PATH} answer is larger than {MAX_ANSWER_BYTES} "
                            "bytes; a certificate list is a few kilobytes"
                        )
                    if _monotonic() > deadline:
                        raise CertificateDownloadError(
                            f"GET {url} took more than {limit:g} s; gave up"
                        )
            finally:
                response.close()
        except httpx.HTTPError as exc:
            raise CertificateDownloadError(
                f"GET {url} failed: {type(exc).__name__}: {exc}"
            ) from None
        finally:
            if self._transport is None:
                client.close()  # an injected transport is the caller's to close
        return self._read_answer(response, bytes(body), base, trusted)

    def _authorization(self, request: httpx.Request) -> str:
        timestamp = str(int(self._clock()))
        nonce = new_nonce()
        message = build_request_message(
            "GET", request.url.raw_path.decode("ascii"), timestamp, nonce, b""
        )
        return format_authorization(
            AuthorizationParams(
                scheme=MERCHANT_SCHEME,
                principal=self.mchid,
                serial_no=self.serial_no,
                nonce_str=nonce,
                timestamp=timestamp,
                signature=sign(self._private_key, message),
            )
        )

    def _read_answer(
        self, response: httpx.Response, body: bytes, origin: str, trusted: KeyLookup | None
    ) -> _Snapshot:
        request_id = response.headers.get("Request-ID")

        def fail(reason: str) -> CertificateDownloadError:
            return CertificateDownloadError(
                reason, request_id=request_id, status_code=response.status_code
            )

        if response.status_code != 200:
            raise _error_answer(response.status_code, body, request_id)
        try:
            listing = json.loads(body)
        except ValueError:
            raise fail(f"the {CERTIFICATES_PATH} answer is not JSON") from None
        data = listing.get("data") if isinstance(listing, dict) else None
        if not isinstance(data, list):
            raise fail(f'the {CERTIFICATES_PATH} answer has no "data" list')
        if not data:
            raise fail(f"the {CERTIFICATES_PATH} answer lists no certificate")
        now = self._clock()
        downloaded = self._decrypt_all(data, fail)
        usable: dict[int, PlatformCertificate] = {}
        refused: dict[int, str] = {}
        for certificate in downloaded:
            number = certificate.certificate.serial_number
            if now > certificate.not_after.timestamp():
                refused[number] = f"expired at {_iso(certificate.not_after)}"
            elif now < certificate.not_before.timestamp():
                refused[number] = f"not valid before {_iso(certificate.not_before)}"
            else:
                usable[number] = certificate
        if refused:
            _log.warning(
                "platform certificates of merchant %s refused: %s",
                self.mchid,
                "; ".join(f"{number:X} {why}" for number, why in refused.items()),
            )
        if not usable:
            raise fail(
                "no usable platform certificate: "
                + "; ".join(f"{number:X} {why}" for number, why in refused.items())
            )
        self._check_signature(response.headers, body, usable, refused, trusted, fail)
        return _Snapshot(usable, refused, now, origin)

    def _decrypt_all(
        self, data: list[Any], fail: Callable[[str], CertificateDownloadError]
    ) -> list[PlatformCertificate]:
        opened: list[tuple[str, str, bytes]] = []
        refused_by_aead: list[str] = []
        for index, item in enumerate(data):
            where = f"data[{index}]"
            listed = _text(item, "serial_no", where, fail)
            if not is_hex_serial(listed):
                raise fail(f"{where}.serial_no is not a hex serial: {listed[:64]!r}")
            sealed = _object(item, "encrypt_certificate", where, fail)
            where = f"{where}.encrypt_certificate"
            algorithm = _text(sealed, "algorithm", where, fail)
            if algorithm != ALGORITHM:
                raise fail(
                    f"{where}.algorithm {algorithm[:48]!r} is not supported (only {ALGORITHM})"
                )
            nonce = _text(sealed, "nonce", where, fail)
            associated_data = sealed.get("associated_data", "")
            if not isinstance(associated_data, str):
                raise fail(f"{where}.associated_data must be a string")
            try:
                ciphertext = base64.b64decode(
                    _text(sealed, "ciphertext", where, fail), validate=True
                )
            except (binascii.Error, ValueError):
                raise fail(f"{where}.ciphertext is not Base64") from None
            try:
                plaintext = self._cipher.decrypt(
                    nonce.encode(), ciphertext, associated_data.encode()
                )
            except InvalidTag:
                refused_by_aead.append(listed)
                continue
            except ValueError as exc:  # e.g. a nonce of the wrong size
                raise fail(f"{where} cannot be decrypted: {exc}") from None
            opened.append((where, listed, plaintext))
        if refused_by_aead:
            serials = ", ".join(refused_by_aead)
            if opened:
                # The same key opened the others, so the key is right and these were changed.
                raise fail(
                    f"decryption failed for {serials} although the same APIv3 key decrypted the "
                    "other certificates: the answer was altered in transit (AEAD tag mismatch); "
                    "nothing from it is trusted"
                )
            raise fail(
                "decryption failed: check the APIv3 key (商户平台 → 账户中心 → API安全 → APIv3密钥)"
                f"; AEAD_AES_256_GCM refused the certificate ciphertext for {serials} (a wrong "
                "key, or an answer altered in transit)"
            )
        certificates = []
        for where, listed, plaintext in opened:
            try:
                certificate = load_certificate(plaintext)
            except KeyLoadError as exc:
                raise fail(
                    f"{where}: the decrypted content is not a usable certificate ({exc})"
                ) from None
            if certificate.serial_number != int(listed, 16):
                raise fail(
                    f"{where}: the certificate decrypted there has serial "
                    f"{certificate.serial_number:X}, but its entry's serial_no lists {listed}; "
                    "nothing from this answer is trusted"
                )
            certificates.append(
                PlatformCertificate(
                    serial_no=f"{certificate.serial_number:X}",
                    not_before=certificate.not_valid_before_utc,
                    not_after=certificate.not_valid_after_utc,
                    certificate=certificate,
                    public_key=certificate_public_key(certificate),
                )
            )
        return certificates

    def _check_signature(
        self,
        headers: httpx.Headers,
        body: bytes,
        usable: Mapping[int, PlatformCertificate],
        refused: Mapping[int, str],
        trusted: KeyLookup | None,
        fail: Callable[[str], CertificateDownloadError],
    ) -> None:
        """The answer must be signed by a certificate it carries or by a key already trusted."""
        what = f"the {CERTIFICATES_PATH} answer's signature"
        try:
            signed = parse_signed_answer(
                headers,
                now=int(self._clock()),
                max_skew=self.max_skew,
                request_id=headers.get("Request-ID"),
            )
        except SignatureVerificationError as exc:
            raise fail(f"{what} was rejected: {exc.reason}") from None
        serial = signed.serial
        key = None
        if is_hex_serial(serial) and int(serial, 16) in usable:
            key = usable[int(serial, 16)].public_key
        key = key or self.lookup(serial) or (trusted(serial) if trusted else None)
        if key is None:
            if is_hex_serial(serial) and int(serial, 16) in refused:
                # Carried, but expired or not yet valid: say so, not that it is missing.
                raise fail(
                    f"{what} names serial {serial[:64]!r}, a certificate it carries that is "
                    f"refused: {refused[int(serial, 16)]}"
                )
            raise fail(
                f"{what} names serial {serial[:64]!r}, which is neither among the certificates "
                f"it carries ({_serial_list(set(usable.values()))}) nor already trusted"
            )
        try:
            signed.check(key, body)
        except SignatureVerificationError as exc:
            raise fail(f"{what} was rejected: {exc.reason}") from None


def _api_v3_cipher(api_v3_key: object) -> AESGCM:
    if isinstance(api_v3_key, str):
        key = api_v3_key.encode()
    elif isinstance(api_v3_key, bytes):
        key = api_v3_key
    else:
        raise ConfigurationError(
            f"api_v3_key must be the APIv3 key as str or bytes, got {type(api_v3_key).__name__}"
        )
    if len(key) != API_V3_KEY_BYTES:
        # The length only: the value is a secret.
        raise ConfigurationError(
            f"api_v3_key must be {API_V3_KEY_BYTES} bytes (the APIv3 key set in 商户平台 → "
            f"账户中心 → API安全), got {len(key)}"
        )
    return AESGCM(key)


def _check_base_url(base_url: object) -> str:
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a str, got {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host or url.query:
        raise ConfigurationError(
            f"base_url must be an http(s) URL without a query, e.g. {DEFAULT_BASE_URL}"
        )
    return base_url.rstrip("/")


def _error_answer(status: int, body: bytes, request_id: str | None) -> CertificateDownloadError:
    code = message = ""
    try:
        error = json.loads(body)
        if isinstance(error, dict):
            code, message = str(error.get("code", "")), str(error.get("message", ""))
    except ValueError:
        pass
    said = f"{status} {code}".rstrip() + (f": {message[:200]}" if message else "")
    if status == 404 and code == "RESOURCE_NOT_EXISTS":
        # A public-key merchant (since late 2024) has no platform certificate at all.
        reason = (
            f"this merchant has no platform certificate (GET {CERTIFICATES_PATH} answered "
            f"{said}): it is a public-key merchant. Configure WeChat Pay's public key instead of "
            f"api_v3_key: {PUBLIC_KEY_HINT} (商户平台 → 账户中心 → API安全 → 微信支付公钥)"
        )
    elif status == 401:
        reason = (
            f"GET {CERTIFICATES_PATH} answered {said}: WeChat Pay refused the request's "
            "signature; check mchid, serial_no and private_key"
        )
    else:
        reason = f"GET {CERTIFICATES_PATH} answered {said}"
    return CertificateDownloadError(
        reason, request_id=request_id, status_code=status, code=code or None
    )


def _object(
    parent: object, name: str, where: str, fail: Callable[[str], CertificateDownloadError]
) -> dict[str, Any]:
    value = parent.get(name) if isinstance(parent, dict) else None
    if not isinstance(value, dict):
        raise fail(f"{where}.{name} is missing or not an object")
    return value


def _text(
    parent: object, name: str, where: str, fail: Callable[[str], CertificateDownloadError]
) -> str:
    value = parent.get(name) if isinstance(parent, dict) else None
    if not isinstance(value, str) or not value:
        raise fail(f"{where}.{name} is missing or not a non-empty string")
    return value


def _raise_failure(outcome: _Outcome) -> None:
    if outcome.error is not None:
        # A copy for each waiter: one exception raised in many threads would share a traceback.
        raise outcome.error._again()


def _serial_list(certificates: set[PlatformCertificate]) -> str:
    return ", ".join(sorted(c.serial_no for c in certificates)) or "none"


def _utc(timestamp: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(timestamp, datetime.UTC)


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

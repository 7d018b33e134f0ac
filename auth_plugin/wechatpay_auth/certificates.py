"""Platform certificates: when to download them, who downloads, and what the others do meanwhile.

Certificate merchants (those without a ``PUB_KEY_ID_…``) get answers signed with *platform
certificates*, which WeChat Pay renews every few years with an overlap during which both serials
sign. A ``CertificateDownloader`` keeps the current set for a ``WechatPayVerifier``. Reading an
answer (decrypting, checking) is ``certificate_listing``'s; the words for what happened are
``certificate_messages``'.

Who sends the download
----------------------
The client that sends the call. The auth flow yields the signed ``GET /v3/certificates`` as one
more request (httpx's ``DigestAuth`` sends two the same way), so the client's transport, proxy,
TLS settings, timeout and event hooks apply to it as to the call: ``download_request`` and
``accept`` below. Only where no call is in flight, for a notification or an explicit
``refresh_certificates()``, does the downloader send it with an httpx client of its own
(``transport=``, ``MerchantAuth(download_transport=…)``).

When the set is refreshed
-------------------------
- Before the first call, when the verifier has nothing else to trust: the call waits for the
  download (and the calls that arrive meanwhile wait for the same one), so a wrong APIv3 key,
  a proxy that refuses the download or a public-key merchant configured with an APIv3 key fail
  the call before it reaches WeChat Pay.
- Every ``refresh_interval`` (12 h), before the call that finds the set due: that one call
  downloads first; the others go on with the set they have. A failed refresh keeps the set and
  is retried a ``min_refresh_interval`` later. No timer thread: an idle client needs no fresh
  certificates, and nothing has to be stopped.
- At once, when an answer names a serial that the set lacks (a rotation): one call downloads
  (single flight), the others that need it wait, then verify. Such refreshes happen at most once
  per ``min_refresh_interval`` (60 s), so a forged serial cannot make the client hammer the
  endpoint; a failed download is remembered for as long, so a wrong APIv3 key does not either.

Threads and event loops
-----------------------
One ``threading.Lock`` guards only the choice of who downloads; it is never held during I/O nor
across an ``await``. A download in flight is a ``concurrent.futures.Future``: threads wait with
``result()``, coroutines with ``asyncio.wrap_future``. Nothing is bound to an event loop, so one
client may serve several loops in turn. A caller that leads a download and then goes away (its
request failed, or it was cancelled) settles the flight as abandoned, and a waiter takes over.
"""

import asyncio
import datetime
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from ._signed import is_hex_serial
from .certificate_listing import (
    CERTIFICATES_PATH,
    MAX_ANSWER_BYTES,
    PUBLIC_KEY_HINT,
    KeyLookup,
    PlatformCertificate,
    api_v3_cipher,
    iso,
    read_listing,
)
from .certificate_messages import (
    ORIGIN_HINT,
    explain_missing,
    log,
    log_abandoned,
    log_downloaded,
    log_failed,
    log_refused,
    utc,
)
from .errors import CertificateDownloadError, ConfigurationError
from .keys import PrivateKeySource, load_private_key
from .request_signer import RequestSigner
from .signing import MERCHANT_SCHEME

__all__ = [
    "CERTIFICATES_PATH",
    "FAILOVER_EXTENSION",
    "MIN_REFRESH_INTERVAL",
    "PUBLIC_KEY_HINT",
    "REFRESH_INTERVAL",
    "CertificateDownloader",
    "KeyLookup",
    "Lead",
    "PlatformCertificate",
    "Wait",
]

# wechatpay-go refreshes daily, wechatpay-java hourly; Go's docs advise between 1 h and 2 days
# so that the overlap of a rotation is never missed.
REFRESH_INTERVAL = 12 * 60 * 60
MIN_REFRESH_INTERVAL = 60
# The request extension by which a client says that it moved a call to a backup domain (its
# value: the base URL the call now goes to). A download inside that call goes there as well,
# even from a merchant with an explicit origin: the origin being down is why the call moved.
FAILOVER_EXTENSION = "wechatpay_failover"
DOWNLOAD_DEADLINE_TIMEOUTS = 3  # a download, or a wait for one, may take this many ``timeout``s

_monotonic = time.monotonic  # for the download's deadline; tests replace it


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
class Outcome:
    """How a download in flight ended, for those who waited for it."""

    error: CertificateDownloadError | None = None
    abandoned: bool = False  # its leader went away without an answer: plan again

    def raise_error(self) -> None:
        if self.error is not None:
            # A copy for each waiter: one exception raised in many threads would share a traceback.
            raise self.error._again()


@dataclass(frozen=True)
class Lead:
    """This caller downloads: it sends ``download_request`` and hands the answer to ``accept``.

    ``required``: the caller cannot go on without the result (an initial download, an unknown
    serial); a scheduled refresh is not, and its failure is only logged.
    """

    flight: "Future[Outcome]"
    reason: str
    kind: Literal["initial", "scheduled", "unknown serial"]
    required: bool
    previous_unknown_refresh: float | None = None


@dataclass(frozen=True)
class Wait:
    """Another caller is downloading: wait for ``flight``, then look again."""

    flight: "Future[Outcome]"


Step = Lead | Wait


class CertificateDownloader:
    """Keeps one merchant's platform certificates: downloads, checks and refreshes them.

    Normally built for you: ``MerchantAuth(mchid, serial_no, private_key, api_v3_key=…)``. Build
    it yourself to tune it, then pass it to ``WechatPayVerifier(certificate_downloader=…)``.

    Args:
        mchid / serial_no / private_key: the merchant's API credentials, to sign the download.
        api_v3_key: the merchant's APIv3 key (32 characters), to decrypt the certificates.
        base_url: where to download from, except inside a call that its client moved to a backup
            domain (``FAILOVER_EXTENSION``), which downloads from there. Without it, a call's
            download goes to the origin of the call (or to the base URL given to ``use_origin`` on
            that host, path prefix included), and a download with no call in flight (a notification,
            an explicit refresh) to ``use_origin``'s base URL, else to where the last set came from;
            with none of these it is a ``ConfigurationError``, never a guess.
        transport: the httpx transport of the downloader's own client, used only where no call
            is in flight (tests, proxies); httpx's default if None.
        timeout: seconds for that client, and for waiting on another caller's download where
            no call is in flight; inside a call, the call's own timeout bounds the wait.
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
        self._clock = clock or time.time
        self._signer = RequestSigner(
            MERCHANT_SCHEME, mchid, serial_no, load_private_key(private_key), clock=self._clock
        )
        self.mchid = mchid
        self.serial_no = serial_no
        # Only the cipher is kept: the key itself is in no attribute that vars() or a debugger
        # would print.
        self._cipher = api_v3_cipher(api_v3_key)
        self._base_url = check_base_url(base_url, "base_url") if base_url is not None else None
        self._used_origin: str | None = None
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
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._flight: Future[Outcome] | None = None
        # The latest download, finished or not: wait_for_refresh waits on it even in the moment
        # between _settle letting go of _flight and resolving it (after its log line).
        self._last_flight: Future[Outcome] | None = None
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
        return utc(snapshot.downloaded_at) if snapshot else None

    @property
    def next_refresh_at(self) -> datetime.datetime | None:
        """When the next scheduled refresh is due (UTC), or None before the first download."""
        due = self._next_refresh
        return utc(due) if due is not None else None

    @property
    def origin(self) -> str | None:
        """Where a download with no call in flight would go now, or None if nowhere is known."""
        snapshot = self._snapshot
        return self._base_url or self._used_origin or (snapshot.origin if snapshot else None)

    def __repr__(self) -> str:
        downloaded = self.downloaded_at
        due = self.next_refresh_at
        return (
            f"CertificateDownloader(mchid={self.mchid!r}, serials={list(self.serials)!r}, "
            f"downloaded_at={iso(downloaded) if downloaded else None!r}, "
            f"next_refresh_at={iso(due) if due else None!r})"
        )

    # --- where from ---------------------------------------------------------------------------

    def use_origin(self, base_url: str) -> None:
        """Download from ``base_url`` (the client's) unless ``base_url=`` was given explicitly."""
        checked = check_base_url(base_url, "base_url")
        if self._base_url is None:
            self._used_origin = checked

    def _origin_for(self, call: Any) -> str:
        """The base URL of a download for the request ``call`` (httpx's or httpx2's)."""
        failover = call.extensions.get(FAILOVER_EXTENSION)
        if failover is not None:
            return check_base_url(failover, FAILOVER_EXTENSION)
        if self._base_url is not None:
            return self._base_url
        url = call.url
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        used = self._used_origin
        # The client's base URL, path prefix included, when the call goes to its host; the
        # call's own host otherwise (a failover to the backup domain downloads from there).
        if used is not None and (used == origin or used.startswith(origin + "/")):
            return used
        return origin

    def _origin_without_call(self, origin: str | None) -> str:
        if origin is not None:
            return check_base_url(origin, "origin")
        known = self.origin
        if known is None:
            raise ConfigurationError(
                f"no origin to download the platform certificates from: {ORIGIN_HINT}. Nothing "
                "is downloaded from a guessed host"
            )
        return known

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

    def explain_missing(self, serial: str) -> str:
        """Why ``serial`` has no usable downloaded certificate, for the caller's error."""
        snapshot = self._snapshot
        return explain_missing(
            serial,
            certificates=snapshot.certificates if snapshot else None,
            refused=snapshot.refused if snapshot else {},
            downloaded_at=snapshot.downloaded_at if snapshot else None,
            failure=self._failure,
            now=self._clock(),
            min_refresh_interval=self.min_refresh_interval,
            is_hex=is_hex_serial(serial),
        )

    # --- a call in flight downloads: the auth flow drives these ------------------------------

    def before_call(self, *, initial: bool) -> Step | None:
        """What a call must do before it is sent: lead a download, wait for one, or nothing.

        ``initial``: whether the call's answer will surely need a certificate (the verifier
        trusts nothing else), so that the first download comes before the first call.
        """
        snapshot = self._snapshot
        if snapshot is not None:
            due = self._next_refresh
            if due is None or self._clock() < due or self._flight is not None:
                return None  # the common case, decided without the lock
            with self._lock:
                due = self._next_refresh
                if due is None or self._clock() < due or self._flight is not None:
                    return None
                age = self._clock() - snapshot.downloaded_at
                return Lead(
                    self._new_flight(),
                    f"scheduled refresh, set {age:.0f} s old",
                    "scheduled",
                    False,
                )
        if not initial:
            return None
        with self._lock:
            if self._snapshot is not None:
                return None
            return self._initial_step()

    def for_serial(self, serial: str) -> Step | None:
        """What a call whose answer names ``serial`` must do: lead, wait, or nothing.

        Nothing when the key is known by now, and when the rate limit forbids a refresh (then
        ``explain_missing`` says why). Raises the remembered failure of a recent initial
        download.
        """
        with self._lock:
            if self.lookup(serial) is not None:
                return None  # a download that finished meanwhile brought it
            if self._snapshot is None:
                return self._initial_step()
            if self._flight is not None:
                return self._join(self._flight)
            last = self._last_unknown_refresh
            now = self._clock()
            if last is not None and now - last < self.min_refresh_interval:
                return None
            self._last_unknown_refresh = now
            return Lead(
                self._new_flight(), f"unknown serial {serial[:64]}", "unknown serial", True, last
            )

    def download_request(self, lead: Lead, call: Any) -> Any:
        """The signed ``GET …/v3/certificates`` for the call ``call``, of the same class.

        An ``httpx.Request`` for httpx, an ``httpx2.Request`` for httpx2: the client sending
        the call sends this too. It carries the call's timeout and User-Agent.
        """
        del lead  # the flight is settled by accept or abandon, whoever sent this
        url = self._origin_for(call) + CERTIFICATES_PATH
        request = type(call)("GET", url, headers={"Accept": "application/json"})
        request.headers["Authorization"] = self._signer.authorization(
            "GET", request.url.raw_path.decode("ascii"), b""
        )
        user_agent = call.headers.get("User-Agent")
        if user_agent:
            request.headers["User-Agent"] = user_agent
        if "timeout" in call.extensions:
            request.extensions["timeout"] = call.extensions["timeout"]
        return request

    def accept(self, lead: Lead, response: Any, trusted: KeyLookup) -> None:
        """Read the answer to ``download_request`` and settle the flight.

        Raises its ``CertificateDownloadError`` if the lead was ``required``; a failed
        scheduled refresh is only logged, and the set is kept.
        """
        url = str(response.request.url)
        origin = url.removesuffix(CERTIFICATES_PATH)
        try:
            snapshot = self._read(
                response.status_code, response.headers, response.content, url, origin, trusted
            )
        except CertificateDownloadError as exc:
            self._settle(lead.flight, lead.reason, None, exc)
            if lead.required:
                raise exc._again() from None
        else:
            self._settle(lead.flight, lead.reason, snapshot, None)

    def abandon(self, lead: Lead) -> None:
        """The leader got no answer (its request failed, or it was cancelled): let go.

        Does nothing once the flight is settled, so a leader may call it on every way out.
        """
        if lead.flight.done():
            return
        now = self._clock()
        with self._lock:
            if lead.kind == "scheduled":
                # Not on every call while the network is down: a little later.
                self._next_refresh = now + self.min_refresh_interval
            elif lead.kind == "unknown serial":
                # The refresh did not happen: a waiter may take it over.
                self._last_unknown_refresh = lead.previous_unknown_refresh
            if self._flight is lead.flight:
                self._flight = None
        log_abandoned(self.mchid, lead.reason)
        lead.flight.set_result(Outcome(abandoned=True))

    def wait(self, flight: "Future[Outcome]", limit: float | None = None) -> Outcome:
        """Wait in this thread for another caller's download, for ``limit`` seconds (by
        default ``DOWNLOAD_DEADLINE_TIMEOUTS`` of this downloader's ``timeout``)."""
        limit = self._wait_limit if limit is None else limit
        try:
            return flight.result(limit)
        except TimeoutError:
            raise self._too_slow(limit) from None

    async def await_flight(self, flight: "Future[Outcome]", limit: float | None = None) -> Outcome:
        """``wait`` for a coroutine."""
        limit = self._wait_limit if limit is None else limit
        try:
            return await asyncio.wait_for(asyncio.wrap_future(flight), limit)
        except TimeoutError:
            raise self._too_slow(limit) from None

    def wait_limit_for(self, call: Any) -> float:
        """How long the request ``call`` waits for another caller's download: as long as a
        download of its own, with its timeout, could take (``DOWNLOAD_DEADLINE_TIMEOUTS`` of
        its longest part); this downloader's own bound when a part of it has no limit."""
        parts = call.extensions.get("timeout")
        values: list[float | None] = list(parts.values()) if isinstance(parts, Mapping) else []
        limits = [value for value in values if value is not None]
        if not limits or len(limits) < len(values):
            return self._wait_limit
        return DOWNLOAD_DEADLINE_TIMEOUTS * max(limits)

    @property
    def _wait_limit(self) -> float:
        return DOWNLOAD_DEADLINE_TIMEOUTS * self._timeout

    def _too_slow(self, limit: float) -> CertificateDownloadError:
        return CertificateDownloadError(
            f"the platform certificate download in flight did not finish within {limit:g} s"
        )

    # --- no call in flight (notifications, explicit refreshes): the downloader's own client ----

    def refresh_if_due(
        self, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """Start the scheduled refresh in a background thread if it is due; never waits."""
        step = self.before_call(initial=False)
        if isinstance(step, Lead):
            self._spawn(step, self._origin_without_call(origin), trusted)

    def refresh_for_serial(
        self, serial: str, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """Make sure a download has had its chance to bring ``serial``; blocks this thread.

        Joins the download in flight, or starts one unless the rate limit forbids it. Raises
        ``CertificateDownloadError`` if the download it waited for failed, and
        ``ConfigurationError`` when it does not know where to download from; returns quietly
        otherwise, whether or not ``serial`` is now known (``lookup`` tells).
        """
        where = self._origin_without_call(origin)
        self._until_settled(lambda: self.for_serial(serial), where, trusted)

    async def arefresh_for_serial(
        self, serial: str, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """``refresh_for_serial`` for a coroutine: the download runs in a worker thread."""
        where = self._origin_without_call(origin)
        await self._auntil_settled(lambda: self.for_serial(serial), where, trusted)

    def refresh(self, *, origin: str | None = None, trusted: KeyLookup | None = None) -> None:
        """Download now (or join the download in flight) and wait; no rate limit.

        E.g. at start-up, to fail fast on a wrong APIv3 key. Raises ``CertificateDownloadError``,
        or ``ConfigurationError`` when it does not know where to download from.
        """
        self._until_settled(self._join_or_lead, self._origin_without_call(origin), trusted)

    async def arefresh(
        self, *, origin: str | None = None, trusted: KeyLookup | None = None
    ) -> None:
        """``refresh`` for a coroutine: the download runs in a worker thread."""
        where = self._origin_without_call(origin)
        await self._auntil_settled(self._join_or_lead, where, trusted)

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

    def _until_settled(
        self, plan: Callable[[], Step | None], origin: str, trusted: KeyLookup | None
    ) -> None:
        """Lead (in this thread) or wait, until a download settles or ``plan`` needs none."""
        while (step := plan()) is not None:
            if isinstance(step, Lead):
                self._fly(step, origin, trusted)
            outcome = self.wait(step.flight)
            if not outcome.abandoned:
                outcome.raise_error()
                return

    async def _auntil_settled(
        self, plan: Callable[[], Step | None], origin: str, trusted: KeyLookup | None
    ) -> None:
        """``_until_settled`` for a coroutine: a download it leads runs in a worker thread."""
        while (step := plan()) is not None:
            if isinstance(step, Lead):
                self._spawn(step, origin, trusted)
            outcome = await self.await_flight(step.flight)
            if not outcome.abandoned:
                outcome.raise_error()
                return

    # --- who downloads -----------------------------------------------------------------------

    def _new_flight(self) -> "Future[Outcome]":
        """A download in flight (call with the lock held)."""
        flight: Future[Outcome] = Future()
        # Running from the start, so that a waiter's cancellation (asyncio.wrap_future passes
        # it on) cannot cancel the download that other callers wait for.
        flight.set_running_or_notify_cancel()
        self._flight = self._last_flight = flight
        return flight

    def _join(self, flight: "Future[Outcome]") -> Wait:
        log.debug("waiting for the certificate download in flight (merchant %s)", self.mchid)
        return Wait(flight)

    def _initial_step(self) -> Step:
        """Before any set: join the flight, start one, or raise a recent failure (lock held)."""
        if self._flight is not None:
            return self._join(self._flight)
        failure = self._failure
        now = self._clock()
        if failure is not None and now - failure[0] < self.min_refresh_interval:
            wait = self.min_refresh_interval - (now - failure[0])
            raise failure[1]._again(
                f" (download failed {now - failure[0]:.0f} s ago; next attempt in {wait:.0f} s)"
            )
        return Lead(self._new_flight(), "initial download", "initial", True)

    def _join_or_lead(self) -> Step:
        with self._lock:
            if self._flight is not None:
                return self._join(self._flight)
            return Lead(self._new_flight(), "requested", "initial", True)

    def _spawn(self, lead: Lead, origin: str, trusted: KeyLookup | None) -> None:
        # A thread per download: downloads are rare (every 12 h, or one a minute at most), and a
        # thread of our own belongs to no event loop and no executor that a loop may shut down.
        thread = threading.Thread(
            target=self._fly,
            args=(lead, origin, trusted),
            name=f"wechatpay-certificates-{self.mchid}",
            daemon=True,
        )
        try:
            thread.start()
        except RuntimeError as exc:  # no thread to be had: the waiters must not hang
            error = CertificateDownloadError(f"could not start the download thread: {exc}")
            self._settle(lead.flight, lead.reason, None, error)

    def _fly(self, lead: Lead, origin: str, trusted: KeyLookup | None) -> None:
        """Download with our own client and settle the flight, whatever happens."""
        try:
            snapshot = self._download(origin, trusted)
        except CertificateDownloadError as exc:
            self._settle(lead.flight, lead.reason, None, exc)
        except Exception as exc:
            # A bug of ours; its message is not shown in case it quotes something it should not.
            log.error("unexpected error while downloading platform certificates", exc_info=True)
            error = CertificateDownloadError(
                f"unexpected {type(exc).__name__} while downloading (logged)"
            )
            self._settle(lead.flight, lead.reason, None, error)
        except BaseException:
            self._settle(
                lead.flight, lead.reason, None, CertificateDownloadError("download interrupted")
            )
            raise
        else:
            self._settle(lead.flight, lead.reason, snapshot, None)

    def _settle(
        self,
        flight: "Future[Outcome]",
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
            if self._flight is flight:
                self._flight = None
            due = self._next_refresh
        if snapshot is not None:
            before = old.certificates.values() if old else ()
            log_downloaded(
                self.mchid, snapshot.origin, reason, before, snapshot.certificates.values(), due
            )
        elif error is not None:
            kept = old.certificates.values() if old else None
            log_failed(self.mchid, reason, error, kept, now + self.min_refresh_interval)
        flight.set_result(Outcome(error))

    # --- reading and sending ------------------------------------------------------------------

    def _read(
        self,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        url: str,
        origin: str,
        trusted: KeyLookup | None,
    ) -> _Snapshot:
        def known(serial: str) -> RSAPublicKey | None:
            return self.lookup(serial) or (trusted(serial) if trusted else None)

        now = self._clock()
        listing = read_listing(
            status,
            headers,
            body,
            url=url,
            cipher=self._cipher,
            now=now,
            max_skew=self.max_skew,
            trusted=known,
        )
        log_refused(self.mchid, listing.refused)
        return _Snapshot(listing.usable, listing.refused, now, origin)

    def _download(self, origin: str, trusted: KeyLookup | None) -> _Snapshot:
        url = origin + CERTIFICATES_PATH
        request = httpx.Request("GET", url, headers={"Accept": "application/json"})
        request.headers["Authorization"] = self._signer.authorization(
            "GET", request.url.raw_path.decode("ascii"), b""
        )
        # httpx's timeout bounds each read, not the whole answer; a server trickling bytes
        # would otherwise hold the single flight, and with it every refresh, for ever.
        limit = self._wait_limit
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
                            f"GET {url}: the answer is larger than {MAX_ANSWER_BYTES} bytes; a "
                            "certificate list is a few kilobytes"
                        )
                    if _monotonic() > deadline:
                        raise CertificateDownloadError(f"GET {url} took more than {limit:g} s")
            finally:
                response.close()
        except httpx.HTTPError as exc:
            raise CertificateDownloadError(
                f"GET {url} failed: {type(exc).__name__}: {exc}"
            ) from None
        finally:
            if self._transport is None:
                client.close()  # an injected transport is the caller's to close
        return self._read(response.status_code, response.headers, bytes(body), url, origin, trusted)


def check_base_url(base_url: object, name: str) -> str:
    """An http(s) URL without a query, with no trailing slash; ``ConfigurationError`` if not."""
    if not isinstance(base_url, str):
        raise ConfigurationError(f"{name} must be a str, got {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host or url.query:
        raise ConfigurationError(
            f"{name} must be an http(s) URL without a query, e.g. https://api.mch.weixin.qq.com; "
            f"got {base_url[:100]!r}"
        )
    return base_url.rstrip("/")

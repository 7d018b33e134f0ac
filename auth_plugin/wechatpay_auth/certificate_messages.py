"""What the certificate downloader tells people: why a serial has no key, what a download did.

Kept apart from the scheduling, which decides when to download, and from the answer reading,
which decides what to trust: these functions only put what happened into words.
"""

import datetime
import logging
from collections.abc import Iterable, Mapping

from .certificate_listing import PlatformCertificate, iso, serial_list
from .errors import CertificateDownloadError

log: logging.Logger = logging.getLogger("wechatpay_auth.certificates")

ORIGIN_HINT = (
    'set where certificates come from: MerchantAuth(..., origin="https://api.mch.weixin.qq.com") '
    "(or the base URL your client uses), auth.use_origin(base_url), or "
    "verifier.refresh_certificates(origin=...); a client built with the auth sets it for you"
)


def utc(timestamp: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(timestamp, datetime.UTC)


def explain_missing(
    serial: str,
    *,
    certificates: Mapping[int, PlatformCertificate] | None,
    refused: Mapping[int, str],
    downloaded_at: float | None,
    failure: tuple[float, CertificateDownloadError] | None,
    now: float,
    min_refresh_interval: float,
    is_hex: bool,
) -> str:
    """Why ``serial`` has no usable downloaded certificate, for the caller's error."""
    shown = repr(serial[:64])
    if certificates is None or downloaded_at is None:
        return f"unknown serial {shown}: no platform certificate downloaded yet"
    ago = f"certificates were refreshed {max(0, int(now - downloaded_at))} s ago"
    if failure is not None and failure[0] >= downloaded_at:
        ago += f" (a later download failed {max(0, int(now - failure[0]))} s ago: "
        ago += f"{failure[1].reason})"
    if not is_hex:
        return f"unknown serial {shown}; {ago}"
    number = int(serial, 16)
    certificate = certificates.get(number)
    if certificate is not None:
        if now > certificate.not_after.timestamp():
            why = f"expired at {iso(certificate.not_after)}"
        else:
            why = f"not valid before {iso(certificate.not_before)}"
        return f"platform certificate {certificate.serial_no} {why}: refused; {ago}"
    if number in refused:
        return f"platform certificate {shown} refused: {refused[number]}; {ago}"
    return (
        f"unknown serial {shown}: not among the downloaded platform certificates "
        f"({', '.join(c.serial_no for c in certificates.values())}); {ago}, and an unknown "
        f"serial refreshes them at most once per {min_refresh_interval:g} s"
    )


def log_refused(mchid: str, refused: Mapping[int, str]) -> None:
    if refused:
        log.warning(
            "platform certificates of merchant %s refused: %s",
            mchid,
            "; ".join(f"{number:X} {why}" for number, why in refused.items()),
        )


def log_downloaded(
    mchid: str,
    origin: str,
    reason: str,
    before: Iterable[PlatformCertificate],
    after: Iterable[PlatformCertificate],
    due: float | None,
) -> None:
    old, new = set(before), set(after)
    log.info(
        "platform certificates of merchant %s downloaded from %s (%s): added %s; removed %s; "
        "now %s; next refresh at %s",
        mchid,
        origin,
        reason,
        serial_list(new - old),
        serial_list(old - new),
        serial_list(new),
        iso(utc(due)) if due is not None else "-",
        extra={"wechatpay_serials": sorted(c.serial_no for c in new)},
    )


def log_failed(
    mchid: str,
    reason: str,
    error: CertificateDownloadError,
    kept: Iterable[PlatformCertificate] | None,
    next_attempt: float,
) -> None:
    log.warning(
        "platform certificate download for merchant %s failed (%s): %s; %s; next attempt not "
        "before %s",
        mchid,
        reason,
        error.reason,
        f"keeping {serial_list(kept)}" if kept is not None else "none yet",
        iso(utc(next_attempt)),
    )


def log_abandoned(mchid: str, reason: str) -> None:
    # The request itself failed (its error goes to the call that sent it) or was cancelled.
    log.warning(
        "platform certificate download for merchant %s (%s) got no answer: the request failed "
        "or was cancelled; the next call that needs it tries again",
        mchid,
        reason,
    )

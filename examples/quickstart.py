"""End-to-end demo: the generated client and the auth plugin against wechatpay-mock.

Starts ``wechatpay-mock`` (its embedded demo world) on a free loopback port, then does what a
merchant's code does: list a user's coupons page by page, read coupon details, redeem a coupon
(twice, idempotently), meet a documented error, and ride out a rate limit. Every request is
signed and every response's WeChat Pay signature is verified before the data is used.

Then a merchant in certificate mode, which configures only its mchid, API certificate serial,
private key and APIv3 key: the client downloads WeChat Pay's platform certificates by itself,
verifies an answer with one of them, and follows a certificate rotation with no action.

    python examples/quickstart.py          (or: make demo)
"""

import datetime
import logging
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx

from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client, errors
from wechatpay_coupons.api.brand_product_coupon import get_user_product_coupon
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter, use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import BusifavorCouponState, UseBusifavorCouponRequest
from wechatpay_coupons.pagination import iter_busifavor_coupons_by_filter
from wechatpay_mock import DemoCredentials, ensure_demo_world

OPENID, APPID = "2323dfsdf342342", "wx233544546545989"
BRAND_OPENID = "oh-394z-6CGkNoJrsDLTTUKiAnp4"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_mock(data_dir: Path, port: int) -> subprocess.Popen[str]:
    # As a user would in another terminal: the installed command, on a loopback port.
    process = subprocess.Popen(  # noqa: S603 - our own command line, no shell
        [
            sys.executable,
            "-m",
            "wechatpay_mock.cli",
            "--data-dir",
            str(data_dir),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/_mock/health").raise_for_status()
            return process
        except httpx.HTTPError:
            if process.poll() is not None:
                raise SystemExit(f"wechatpay-mock failed to start:\n{process.stderr}") from None
            time.sleep(0.1)
    process.kill()
    raise SystemExit("wechatpay-mock did not start within 30 s")


class Report:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def add(self, step: str, result: str, *, ok: bool = True) -> None:
        """One line of the demo; ``ok=False`` marks a step that did not behave as documented."""
        if not ok:
            self.failed.append(step)
        print(f"  {step:<34} {result}")

    def section(self, title: str) -> None:
        print(f"\n{title}")


def run(base_url: str, world: DemoCredentials, report: Report) -> None:
    # 1. Clients from the credentials, exactly as with production keys (only the URL differs).
    verifier = WechatPayVerifier(public_keys={world.public_key_id: world.platform_public_key})
    responses = Counter[str]()

    def count(response: httpx.Response) -> None:
        responses["signed" if "Wechatpay-Signature" in response.headers else "unsigned"] += 1

    merchant = Client(
        base_url,
        auth=MerchantAuth(
            world.mchid, world.merchant_serial_no, world.merchant_private_key, verifier
        ),
        initial_retry_delay=0.2,
        httpx_args={"event_hooks": {"response": [count]}},
    )
    brand = Client(
        base_url,
        auth=BrandAuth(world.brand_id, world.brand_serial_no, world.brand_private_key, verifier),
    )
    report.add("clients", f"merchant {world.mchid}, brand {world.brand_id}")

    # 2. Every page of the user's coupons, one page in memory at a time.
    states = Counter(
        str(coupon.coupon_state)
        for coupon in iter_busifavor_coupons_by_filter(
            OPENID, client=merchant, appid=APPID, belong_merchant=world.mchid, limit=10
        )
    )
    report.add(
        "list (all pages, limit=10)",
        f"{sum(states.values())} coupons: "
        + ", ".join(f"{s} {n}" for s, n in sorted(states.items())),
    )

    # 3. A cash coupon and a brand product coupon.
    favor = query_favor_coupon.sync(OPENID, "9856888", client=merchant, appid=APPID)
    report.add(
        "favor coupon 9856888", f"{favor.coupon_name} · {favor.status} · {favor.coupon_type}"
    )
    product = get_user_product_coupon.sync(
        BRAND_OPENID,
        "Code_123456",
        client=brand,
        appid=APPID,
        product_coupon_id="1000000013",
        stock_id="1000000013001",
        wechatpay_serial=world.public_key_id,
    )
    report.add("brand product coupon Code_123456", f"{product.coupon_state}")

    # 4. Redeem, redeem again with the same use_request_no, list again.
    page = list_busifavor_coupons_by_filter.sync(
        OPENID, client=merchant, appid=APPID, coupon_state=BusifavorCouponState.SENDED, limit=1
    )
    code = page.data[0].coupon_code if page.data else None
    if not isinstance(code, str):
        raise SystemExit("the demo world has no SENDED coupon left; delete its data dir")
    request_no = f"DEMO-{uuid.uuid4().hex[:12].upper()}"
    body = UseBusifavorCouponRequest(
        coupon_code=code,
        appid=APPID,
        use_request_no=request_no,
        use_time=datetime.datetime.now(datetime.UTC),
    )
    first = use_busifavor_coupon.sync(client=merchant, body=body)
    again = use_busifavor_coupon.sync(client=merchant, body=body)
    same = first.wechatpay_use_time == again.wechatpay_use_time
    report.add(f"redeem {code}", f"used at {first.wechatpay_use_time.isoformat()}")
    report.add(
        "redeem again (same use_request_no)",
        "same answer, redeemed once" if same else "DIFFERENT ANSWER",
        ok=same,
    )
    used = [
        c
        for c in iter_busifavor_coupons_by_filter(
            OPENID, client=merchant, appid=APPID, coupon_state=BusifavorCouponState.USED, limit=10
        )
        if c.coupon_code == code
    ]
    report.add(
        "list USED",
        f"{code} USED, use_request_no={used[0].use_request_no}" if used else "NOT FOUND",
        ok=bool(used),
    )

    # 5. A documented error, as a typed exception.
    expired = UseBusifavorCouponRequest(
        coupon_code="8800000000000102",
        appid=APPID,
        use_request_no=f"{request_no}-X",
        use_time=datetime.datetime.now(datetime.UTC),
    )
    try:
        use_busifavor_coupon.sync(client=merchant, body=expired)
        report.add("redeem an expired coupon", "UNEXPECTEDLY ACCEPTED", ok=False)
    except errors.PermissionDeniedError as error:
        report.add(
            "redeem an expired coupon",
            f"{type(error).__name__}: {error.code} {error.message} [Request-ID {error.request_id}]",
        )

    # 6. The mock answers the next call 429 + Retry-After; the client waits and retries.
    httpx.post(
        f"{base_url}/_mock/faults",
        json={"operation": "queryFavorCoupon", "kind": "rate_limit", "seconds": 1},
    )
    started = time.monotonic()
    query_favor_coupon.sync(OPENID, "9856888", client=merchant, appid=APPID)
    journal = httpx.get(f"{base_url}/_mock/journal", params={"limit": 2}).json()["requests"]
    nonces = {entry["nonce"] for entry in journal}
    report.add(
        "429 + Retry-After: 1, then retry",
        f"{[e['status'] for e in journal]} after {time.monotonic() - started:.1f} s, "
        f"{'fresh' if len(nonces) == 2 else 'REUSED'} signature",
        ok=len(nonces) == 2,
    )
    report.add(
        "responses verified",
        f"{responses['signed']} signed, {responses['unsigned']} "
        "unsigned (an unsigned 2xx would have raised)",
    )


def run_certificate_merchant(base_url: str, world: DemoCredentials, report: Report) -> None:
    report.section(
        "A merchant in certificate mode (platform certificates, no WeChat Pay public key)"
    )
    # 7. Four settings, nothing else: the platform certificates that verify WeChat Pay's answers
    #    are downloaded from /v3/certificates, decrypted with the APIv3 key and refreshed for you.
    #    (The demo world's APIv3 key is TEST-ONLY; yours comes from 商户平台 → API安全.)
    auth = MerchantAuth(
        world.certificate_mchid,
        world.certificate_merchant_serial_no,
        world.certificate_merchant_private_key,
        api_v3_key=world.apiv3_key,
    )
    downloader = auth.verifier.certificate_downloader
    if downloader is None:
        raise SystemExit("MerchantAuth(..., api_v3_key=...) built no certificate downloader")
    merchant = Client(base_url, auth=auth)
    report.add(
        "certificate merchant",
        f"{world.certificate_mchid}, configured with mchid, serial, private key, APIv3 key",
    )

    def favor_call(step: str) -> str:
        # Returned only once verified: the serial it names is a certificate the client trusts.
        answer = query_favor_coupon.sync_detailed(
            world.openid, world.favor_coupon_id, client=merchant, appid=world.appid
        )
        serial = answer.headers["Wechatpay-Serial"]
        trusted = serial in downloader.serials
        report.add(
            step,
            f"{answer.parsed.coupon_name} · verified with certificate {serial}"
            if trusted
            else f"signed by {serial}, NOT A DOWNLOADED CERTIFICATE",
            ok=trusted,
        )
        return serial

    def show_certificates() -> None:
        for certificate in downloader.certificates:
            report.add(
                "  platform certificate",
                f"{certificate.serial_no} valid {certificate.not_before:%Y-%m-%d} to "
                f"{certificate.not_after:%Y-%m-%d}",
            )

    def downloads() -> int:
        journal = httpx.get(f"{base_url}/_mock/journal", params={"limit": 1000}).json()
        return sum(entry["target"].startswith("/v3/certificates") for entry in journal["requests"])

    with merchant:
        old = favor_call("favor coupon (first call)")
        first = downloads()
        report.add("certificates downloaded", f"{first} download, by the first call", ok=first == 1)
        show_certificates()

        # 8. WeChat Pay rotates its certificate: the new one is listed, then signs. Here the mock's
        #    control API does both; the client notices the unknown serial and downloads once.
        control = f"{base_url}/_mock/certificates"
        new = httpx.post(control).raise_for_status().json()["serial_no"]
        httpx.post(f"{control}/{new}/activate").raise_for_status()
        report.add("rotation (mock control API)", f"{old} -> {new}")
        rotated = favor_call("favor coupon (after the rotation)")
        refreshed = downloads()
        report.add(
            "certificates refreshed",
            f"{refreshed} downloads in all, none asked for by the caller",
            ok=rotated == new and refreshed == 2,
        )
        show_certificates()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="  · %(message)s", stream=sys.stdout)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="wechatpay-demo-") as tmp:
        data_dir = Path(tmp) / "world"
        world = ensure_demo_world(data_dir)
        port = free_port()
        mock = start_mock(data_dir, port)
        print(f"wechatpay-mock on http://127.0.0.1:{port} (demo world in {data_dir})\n")
        report = Report()
        try:
            run(f"http://127.0.0.1:{port}", world, report)
            run_certificate_merchant(f"http://127.0.0.1:{port}", world, report)
        finally:
            mock.terminate()
            mock.wait(timeout=10)
    failed = report.failed
    print("\nall steps behaved as documented" if not failed else f"\nFAILED: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""End-to-end demo: the generated client and the auth plugin against wechatpay-mock.

Starts ``wechatpay-mock`` (its embedded demo world) on a free loopback port, then does what a
merchant's code does: list a user's coupons page by page, read coupon details, redeem a coupon
(twice, idempotently), meet a documented error, and ride out a rate limit. Every request is
signed and every response's WeChat Pay signature is verified before the data is used.

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
        self.rows: list[tuple[str, str]] = []

    def add(self, step: str, result: str) -> None:
        self.rows.append((step, result))
        print(f"  {step:<34} {result}")


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
        report.add("redeem an expired coupon", "UNEXPECTEDLY ACCEPTED")
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
    )
    report.add(
        "responses verified",
        f"{responses['signed']} signed, {responses['unsigned']} "
        "unsigned (an unsigned 2xx would have raised)",
    )


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
        finally:
            mock.terminate()
            mock.wait(timeout=10)
    failed = [
        step
        for step, result in report.rows
        if "UNEXPECTED" in result
        or "NOT FOUND" in result
        or "DIFFERENT" in result
        or "REUSED" in result
    ]
    print("\nall steps behaved as documented" if not failed else f"\nFAILED: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

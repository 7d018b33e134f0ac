"""End-to-end demo: the generated client and the auth plugin against wechatpay-mock.

Starts ``wechatpay-mock`` (its embedded demo world) on a free loopback port, then does what a
merchant's code does: list a user's coupons page by page, read coupon details, redeem a coupon
(twice, idempotently), meet a documented error, and ride out a rate limit. Every request is
signed and every response's WeChat Pay signature is verified before the data is used.

Then a merchant in certificate mode, which configures only its mchid, API certificate serial,
private key and APIv3 key: the client downloads WeChat Pay's platform certificates by itself,
verifies an answer with one of them, and follows a certificate rotation with no action.

Then a brand running a product-coupon campaign (商品券): it serves its notify URL on loopback and
sets it through the API, creates a product coupon, sends one to a user, and confirms it when the
SEND callback arrives (verified with WeChat Pay's public key, decrypted with the brand API key);
the coupon is used (a USE callback), and a second one is sent, used and returned (a RETURN
callback).

    python examples/quickstart.py          (or: make demo)
"""

import copy
import datetime
import logging
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import httpx

from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier
from wechatpay_coupons import Client, WechatPay, errors
from wechatpay_coupons.api.brand_product_coupon import get_user_product_coupon
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter, use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import (
    BusifavorCouponState,
    ConfirmSendUserProductCouponRequest,
    CreateProductCouponRequest,
    ProductCouponStockState,
    ReturnUserProductCouponRequest,
    SendUserProductCouponRequest,
    SetNotifyConfigRequest,
    UseBusifavorCouponRequest,
    UserProductCoupon,
    UserProductCouponState,
    UseUserProductCouponRequest,
)
from wechatpay_coupons.notifications import ProductCouponNotificationEvent
from wechatpay_coupons.notifications import ProductCouponNotificationEventType as Event
from wechatpay_coupons.pagination import iter_busifavor_coupons_by_filter
from wechatpay_coupons.types import Unset
from wechatpay_mock import DemoCredentials, ensure_demo_world
from wechatpay_mock.spec_reader import OpenAPI

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


# --- A brand running a product-coupon campaign (商品券) ------------------------------------------

SPEC = OpenAPI.load()  # the spec the mock serves: the demo's request values are its examples
CHINA = datetime.timezone(datetime.timedelta(hours=8))
NOTIFY_PATH = "/wechatpay/notify"
# How long the demo waits for a callback. The mock delivers at once; a first delivery that
# fails is sent again 15 s later (WeChat's schedule), which this covers.
CALLBACK_WAIT = 20.0
CONFIRMING, EFFECTIVE = UserProductCouponState.CONFIRMING, UserProductCouponState.EFFECTIVE
T = TypeVar("T")


def example(operation_id: str, name: str, **values: Any) -> dict[str, Any]:
    """The spec's request example ``name`` of ``operation_id``, with ``values`` set."""
    media = SPEC.body_media(SPEC.by_id()[operation_id]) or {}
    body: dict[str, Any] = copy.deepcopy(SPEC.mapping(media["examples"][name])["value"])
    return {**body, **values}


def given(value: T | Unset, what: str) -> T:
    """``value``, a field the spec does not mark required and the demo cannot go on without."""
    if isinstance(value, Unset):
        raise SystemExit(f"{what} is missing from WeChat Pay's (the mock's) answer")
    return value


def campaign(request_no: str) -> CreateProductCouponRequest:
    """The spec's whole-store 8折 example, usable from now for 30 days (its August 2025 is over)
    on every day of the week (its weekdays-only rule would stop the demo at weekends), two
    coupons a user (the demo sends the user two)."""
    body = example("createProductCoupon", "allDiscount", out_request_no=request_no)
    stock = body["stock"]
    period = stock["single_usage_rule"]["coupon_available_period"]
    begins = datetime.datetime.now(CHINA).replace(second=0, microsecond=0)
    period["available_begin_time"] = begins.isoformat()
    period["available_end_time"] = (begins + datetime.timedelta(days=30)).isoformat()
    del period["weekly_available_period"]
    stock["stock_send_rule"]["max_count_per_user"] = 2
    return CreateProductCouponRequest.from_dict(body)


@dataclass(frozen=True)
class Callback:
    """A notification the endpoint took: verified, decrypted and typed; for a SEND, the coupon
    as the endpoint's confirmation left it."""

    event: ProductCouponNotificationEvent
    coupon_code: str
    confirmed: UserProductCoupon | None


class MissingCallbackError(Exception):
    """A callback the demo waited for did not arrive in time."""


class NotifyEndpoint:
    """The brand's notify URL, on loopback (the standard library's threading HTTP server). What a
    brand's webhook does (the README's recipe): verify and decrypt with the typed API, refuse
    what does not verify, deduplicate by notification id, confirm a SEND (idempotently: one
    out_request_no per coupon) and answer 2xx within WeChat's 5 s."""

    def __init__(self, pay: WechatPay, appid: str, deliveries_url: str) -> None:
        self._pay, self._appid, self._deliveries_url = pay, appid, deliveries_url
        self._condition = threading.Condition()
        self._callbacks: list[Callback] = []
        self._refused: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="demo-notify-endpoint", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{NOTIFY_PATH}"

    def __enter__(self) -> "NotifyEndpoint":
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def confirm(self, openid: str, coupon_code: str, ids: Mapping[str, str]) -> UserProductCoupon:
        """确认发放用户商品券, under the one out_request_no of this coupon: sent again, it confirms
        nothing twice and answers as the first time."""
        body = example(
            "confirmSendUserProductCoupon",
            "confirm",
            appid=self._appid,
            out_request_no=f"CONFIRM-{coupon_code}",
            **ids,
        )
        return self._pay.brand_product_coupon.confirm_send_user_product_coupon(
            openid,
            coupon_code,
            body=ConfirmSendUserProductCouponRequest.from_dict(body),
            deadline=3.0,  # the answer to WeChat Pay is due within 5 s
        )

    def answer(self, headers: Mapping[str, str], body: bytes) -> int:
        """The status to answer a callback with, once it is handled."""
        try:
            event = self._pay.brand_product_coupon.parse_product_coupon_notification(headers, body)
        except (errors.SignatureVerificationError, errors.NotificationError) as refused:
            # Forged, stale, a SIGNTEST probe, or not opened by our brand API key.
            return self._refuse(401, f"{type(refused).__name__}: {refused}")
        with self._condition:
            if any(taken.event.id == event.id for taken in self._callbacks):
                return 204  # delivered again: handled already
        coupon = event.resource
        if coupon is None:  # an event type this client does not know: kept, nothing to do
            return 204
        # No source marks a field of the resource required: each is str | Unset.
        openid, code = coupon.openid, coupon.coupon_code
        product_coupon_id, stock_id = coupon.product_coupon_id, coupon.stock_id
        if not (
            isinstance(openid, str)
            and isinstance(code, str)
            and isinstance(product_coupon_id, str)
            and isinstance(stock_id, str)
        ):
            need = "openid, coupon_code, product_coupon_id and stock_id"
            return self._refuse(400, f"notification {event.id} lacks one of {need}")
        confirmed = None
        if event.event_type == Event.PRODUCT_COUPON_SEND:
            ids = {"product_coupon_id": product_coupon_id, "stock_id": stock_id}
            try:
                confirmed = self.confirm(openid, code, ids)
            except errors.WechatPayCouponsError as failed:
                # WeChat Pay delivers it again, and the confirm is made then.
                return self._refuse(503, f"the confirm of {code} failed: {failed}")
        with self._condition:
            if all(taken.event.id != event.id for taken in self._callbacks):
                self._callbacks.append(Callback(event, code, confirmed))
                self._condition.notify_all()
        return 204

    def _refuse(self, status: int, why: str) -> int:
        with self._condition:
            self._refused.append(f"{status} ({why})")
        return status

    def wait_for(
        self, event_type: Event, coupon_code: str, timeout: float = CALLBACK_WAIT
    ) -> Callback:
        """The ``event_type`` callback of coupon ``coupon_code``, once it has arrived; waits
        ``timeout`` seconds at most."""

        def arrived() -> Callback | None:
            return next(
                (
                    taken
                    for taken in self._callbacks
                    if taken.event.event_type == event_type and taken.coupon_code == coupon_code
                ),
                None,
            )

        with self._condition:
            found = self._condition.wait_for(arrived, timeout)
            refused = list(self._refused)
        if found is None:
            why = f"; the endpoint answered {', '.join(refused)}" if refused else ""
            raise MissingCallbackError(
                f"the {event_type} callback of coupon {coupon_code} did not arrive at "
                f"{self.url} within {timeout:g} s{why}. The mock's deliveries and their "
                f"attempts: GET {self._deliveries_url}"
            )
        return found

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                # The raw bytes, exactly as sent: the signature covers them.
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = endpoint.answer(dict(self.headers.items()), body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return  # the demo prints what arrived, step by step

        return Handler


def run_brand_campaign(base_url: str, world: DemoCredentials, report: Report) -> None:
    report.section("A brand running a product-coupon campaign (商品券), with its callbacks")
    verifier = WechatPayVerifier(public_keys={world.public_key_id: world.platform_public_key})
    # The brand API key (品牌API密钥) opens the callbacks. The demo world's is TEST-ONLY; yours
    # comes from 品牌经营平台 → 账户管理 → 安全中心, and stays out of your code and logs.
    pay = WechatPay(
        brand=BrandAuth(world.brand_id, world.brand_serial_no, world.brand_private_key, verifier),
        brand_api_key=world.brand_api_key,
        base_url=base_url,
    )
    openid, appid = world.brand_openid, world.appid
    run = uuid.uuid4().hex[:8].upper()
    deliveries = f"{base_url}/_mock/notifications"
    with pay, NotifyEndpoint(pay, appid, deliveries) as endpoint:
        coupons = pay.brand_product_coupon

        # 1. The notify URL, set through the API (one per brand; creating a coupon needs it).
        config = coupons.set_notify_config(body=SetNotifyConfigRequest(notify_url=endpoint.url))
        report.add(
            "1. notify endpoint set",
            f"{config.notify_url} (setNotifyConfig)",
            ok=config.notify_url == endpoint.url,
        )

        # 2. A product coupon, and the stock it comes with.
        created = coupons.create_product_coupon(body=campaign(f"DEMO_CREATE_{run}"))
        stock = given(created.stock, "the created coupon's stock")
        ids = {
            "product_coupon_id": given(created.product_coupon_id, "product_coupon_id"),
            "stock_id": given(stock.stock_id, "stock_id"),
        }
        name = given(created.display_info, "display_info").name
        report.add(
            "2. product coupon created",
            f"{ids['product_coupon_id']} {name}, stock {ids['stock_id']} {stock.state}",
            ok=stock.state == ProductCouponStockState.SENDING,
        )

        def send(n: int) -> UserProductCoupon:
            body = example(
                "sendUserProductCoupon",
                "send",
                appid=appid,
                send_request_no=f"DEMO_SEND_{run}_{n}",
                **ids,
            )
            return coupons.send_user_product_coupon(
                openid, body=SendUserProductCouponRequest.from_dict(body)
            )

        def reported(
            step: str, coupon: UserProductCoupon, expected: UserProductCouponState, more: str = ""
        ) -> str:
            report.add(
                step,
                f"{coupon.coupon_code} {coupon.coupon_state}{more}",
                ok=coupon.coupon_state == expected,
            )
            return coupon.coupon_code

        def arrived(step: str, event_type: Event, code: str) -> Callback:
            callback = endpoint.wait_for(event_type, code)
            report.add(step, f"notification {callback.event.id}: verified, decrypted, {code}")
            return callback

        def confirmed_on_send(step: str, code: str) -> UserProductCoupon | None:
            confirmed = arrived(step, Event.PRODUCT_COUPON_SEND, code).confirmed
            if confirmed is None:
                report.add("   confirmed by the endpoint", "NOT CONFIRMED", ok=False)
            else:
                more = f" (out_request_no {confirmed.confirm_request_no})"
                reported("   confirmed by the endpoint", confirmed, EFFECTIVE, more)
            return confirmed

        def use(step: str, code: str, n: int) -> None:
            """Used at the till: USED, and a USE callback."""
            body = example(
                "useUserProductCoupon",
                "use",
                appid=appid,
                out_request_no=f"DEMO_USE_{run}_{n}",
                use_time=datetime.datetime.now(CHINA).isoformat(timespec="seconds"),
                **ids,
            )
            used = coupons.use_user_product_coupon(
                openid, code, body=UseUserProductCouponRequest.from_dict(body)
            )
            reported(step, used, UserProductCouponState.USED)
            arrived("   USE callback", Event.PRODUCT_COUPON_USE, code)

        # 3. A coupon for the user: CONFIRMING until the brand confirms it.
        code = reported("3. sent to a user", send(1), CONFIRMING)

        # 4. The SEND callback: the endpoint verified, decrypted and confirmed it. Confirming
        #    again under the same out_request_no (a callback delivered twice) changes nothing.
        confirmed = confirmed_on_send("4. SEND callback", code)
        again = endpoint.confirm(openid, code, ids)
        report.add(
            "   confirm again (same number)",
            "same answer, confirmed once" if again == confirmed else "DIFFERENT ANSWER",
            ok=again == confirmed,
        )

        # 5. Confirmed, the coupon is usable.
        read = coupons.get_user_product_coupon(
            openid,
            code,
            appid=appid,
            product_coupon_id=ids["product_coupon_id"],
            stock_id=ids["stock_id"],
        )
        report.add(
            "5. the coupon reads",
            f"{read.coupon_state}, valid {read.valid_begin_time:%Y-%m-%d} to "
            f"{read.valid_end_time:%Y-%m-%d}",
            ok=read.coupon_state == EFFECTIVE,
        )

        # 6. Used, and the USE callback.
        use("6. used", code, 1)

        # 7. A second coupon, confirmed on its SEND and used, is returned (退券 gives a used
        #    coupon back to the user, so only a used one can be): EFFECTIVE again, and a RETURN.
        second = reported("7. a second coupon sent", send(2), CONFIRMING)
        confirmed_on_send("   SEND callback", second)
        use("   used", second, 2)
        body = example(
            "returnUserProductCoupon",
            "return",
            appid=appid,
            out_request_no=f"DEMO_RETURN_{run}",
            **ids,
        )
        returned = coupons.return_user_product_coupon(
            openid, second, body=ReturnUserProductCouponRequest.from_dict(body)
        )
        reported("   returned", returned, EFFECTIVE, " again")
        arrived("   RETURN callback", Event.PRODUCT_COUPON_RETURN, second)


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
            run_brand_campaign(f"http://127.0.0.1:{port}", world, report)
        except MissingCallbackError as missing:
            report.add("callback", str(missing), ok=False)
        finally:
            mock.terminate()
            mock.wait(timeout=10)
    failed = report.failed
    print("\nall steps behaved as documented" if not failed else f"\nFAILED: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

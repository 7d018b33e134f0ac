"""What a certificate merchant's auth flow sends besides the call: the download's timeout (and
how long a call waits for another caller's download), its origin after a failover, and, after a
rotation, which answer the caller is handed.

Through the client as a user drives it (``WechatPay``, sync and async), against a fake WeChat
Pay behind the client's own transport.
"""

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from wechatpay_auth import MerchantAuth
from wechatpay_coupons import AsyncWechatPay, WechatPay
from wechatpay_coupons.errors import CertificateDownloadError
from wechatpay_mock.spec_reader import OpenAPI

from .certificate_fake import API_V3_KEY, MCHID, MERCHANT_SERIAL, platform

PRIMARY = "http://primary.wechatpay.invalid"
BACKUP = "http://backup.wechatpay.invalid"
OPENID, COUPON, APPID = "openid-1", "9856888", "wx233544546545989"


def favor_coupon_example() -> bytes:
    spec = OpenAPI.load()
    operation = spec.by_id()["queryFavorCoupon"]
    examples = spec.response(operation, "200")["content"]["application/json"]["examples"]
    return json.dumps(spec.mapping(next(iter(examples.values())))["value"]).encode()


@pytest.fixture(autouse=True)
def answers_a_cash_coupon(fake):
    fake.answer_body = favor_coupon_example()


class Recorder:
    """The client's transport: the fake WeChat Pay, with every request recorded, and a host
    that refuses connections (one that is down)."""

    def __init__(self, fake, *, down=()):
        self.fake = fake
        self.down = set(down)
        self.sent: list[httpx.Request] = []

    def __call__(self, request):
        self.sent.append(request)
        if f"{request.url.scheme}://{request.url.host}" in self.down:
            raise httpx.ConnectError("connection refused", request=request)
        return self.fake.handle(request)

    def downloads(self):
        return [r for r in self.sent if r.url.path.endswith("/v3/certificates")]


def query(pay, **options):
    return pay.favor.with_raw_response.query_favor_coupon(OPENID, COUPON, appid=APPID, **options)


async def aquery(pay, **options):
    return await pay.favor.with_raw_response.query_favor_coupon(
        OPENID, COUPON, appid=APPID, **options
    )


@pytest.fixture
def auth(merchant_key, clock):
    return MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, api_v3_key=API_V3_KEY, clock=clock)


# --- 1. the download carries the call's timeout --------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_every_download_carries_the_timeout_of_the_call_it_serves(
    auth, fake, other_key, mode
):
    recorder = Recorder(fake)
    transport = httpx.MockTransport(recorder)
    per_call = httpx.Timeout(2.5).as_dict()
    second = platform(other_key, 0x7A3C2E5B4D1F00112233445566778899AABBCCDD)
    options = {"base_url": PRIMARY, "merchant": auth, "timeout": 9.0}
    if mode == "sync":
        with WechatPay(**options, httpx_args={"transport": transport}) as pay:
            query(pay, timeout=2.5)  # the first call downloads before it is sent
            fake.rotate(second)
            query(pay, timeout=2.5)  # a new serial: the download comes after the answer
    else:
        async with AsyncWechatPay(**options, httpx_args={"transport": transport}) as pay:
            await aquery(pay, timeout=2.5)
            fake.rotate(second)
            await aquery(pay, timeout=2.5)
    assert len(recorder.downloads()) == 2
    assert [r.extensions["timeout"] for r in recorder.sent] == [per_call] * 4


def test_a_wait_for_another_callers_download_lasts_as_long_as_the_calls_timeout_allows(auth, fake):
    fake.gate = threading.Event()  # the first caller's download is held until the end
    with (
        WechatPay(
            base_url=PRIMARY, merchant=auth, httpx_args={"transport": fake.transport()}
        ) as pay,
        ThreadPoolExecutor(1) as pool,
    ):
        leader = pool.submit(query, pay)
        assert fake.arrived.wait(30)
        try:
            # Bounded by this call's timeout (three of them, like a download of its own),
            # not by the downloader's default of 3 x 10 s.
            with pytest.raises(CertificateDownloadError, match=r"within 0\.03 s"):
                query(pay, timeout=0.01)
        finally:
            fake.gate.set()
        assert leader.result().status_code == 200
    assert fake.downloads == 1


async def test_an_async_wait_for_another_callers_download_lasts_as_long_as_the_calls_timeout(
    auth, fake
):
    fake.gate = threading.Event()
    transport = fake.async_transport()
    async with AsyncWechatPay(
        base_url=PRIMARY, merchant=auth, httpx_args={"transport": transport}
    ) as pay:
        leader = asyncio.create_task(aquery(pay))
        assert await asyncio.to_thread(fake.arrived.wait, 30)
        try:
            with pytest.raises(CertificateDownloadError, match=r"within 0\.03 s"):
                await aquery(pay, timeout=0.01)
        finally:
            fake.gate.set()
        assert (await leader).status_code == 200
    assert fake.downloads == 1


@pytest.mark.parametrize(
    ("timeout", "limit"),
    [(httpx.Timeout(2.0, read=5.0), 15.0), (httpx.Timeout(None), 30.0), (None, 30.0)],
    ids=["longest-part", "no-limit", "no-timeout-extension"],
)
def test_how_long_a_call_waits_for_another_callers_download(auth, timeout, limit):
    # Three of the call's longest timeout part; without a limit of its own, the downloader's
    # (three of its default 10 s): a wait for another caller's request is never unbounded.
    extensions = {"timeout": timeout.as_dict()} if timeout is not None else {}
    call = httpx.Request("GET", f"{PRIMARY}/v3/x", extensions=extensions)
    assert auth.verifier.certificate_downloader.wait_limit_for(call) == limit


# --- 2. after a failover, the download goes where the call went ----------------------------------


@pytest.mark.parametrize("origin", [None, PRIMARY], ids=["client-origin", "explicit-origin"])
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_after_a_failover_the_download_goes_where_the_call_went(
    merchant_key, clock, fake, origin, mode
):
    auth = MerchantAuth(
        MCHID, MERCHANT_SERIAL, merchant_key, api_v3_key=API_V3_KEY, clock=clock, origin=origin
    )
    recorder = Recorder(fake, down=[PRIMARY])
    options = {
        "base_url": PRIMARY,
        "backup_base_url": BACKUP,
        "merchant": auth,
        "httpx_args": {"transport": httpx.MockTransport(recorder)},
    }
    if mode == "sync":
        with WechatPay(**options) as pay:
            answer = query(pay)
    else:
        async with AsyncWechatPay(**options) as pay:
            answer = await aquery(pay)
    assert answer.status_code == 200
    assert str(answer.http_response.request.url).startswith(BACKUP)
    assert [str(r.url).removesuffix("/v3/certificates") for r in recorder.downloads()] == [
        PRIMARY,  # the first attempt's, refused: the call fails over
        BACKUP,
    ]


# --- 3. after a rotation, the caller holds the call's answer and nothing of the download's -------


class ListingLog:
    """A response hook that keeps the text of each certificate listing, as a debugging aid
    would; it reads nothing else."""

    def __init__(self):
        self.listings: list[str] = []

    def __call__(self, response):
        if response.request.url.path.endswith("/v3/certificates"):
            response.read()
            self.listings.append(response.text)

    async def hook(self, response):
        if response.request.url.path.endswith("/v3/certificates"):
            await response.aread()
            self.listings.append(response.text)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_after_a_rotation_the_caller_holds_only_the_calls_answer(auth, fake, other_key, mode):
    second = platform(other_key, 0x7A3C2E5B4D1F00112233445566778899AABBCCDD)
    log = ListingLog()
    recorder = Recorder(fake)
    hooks = {"response": [log if mode == "sync" else log.hook]}
    options = {
        "base_url": PRIMARY,
        "merchant": auth,
        "httpx_args": {"transport": httpx.MockTransport(recorder), "event_hooks": hooks},
    }
    if mode == "sync":
        with WechatPay(**options) as pay:
            query(pay)
            fake.rotate(second)
            answer = query(pay)
    else:
        async with AsyncWechatPay(**options) as pay:
            await aquery(pay)
            fake.rotate(second)
            answer = await aquery(pay)
    call_path = f"/v3/marketing/favor/users/{OPENID}/coupons/{COUPON}"
    # On the wire the download came after the call's answer; the hook read it as text.
    assert recorder.sent[-1].url.path == "/v3/certificates"
    assert len(log.listings) == 2
    response = answer.http_response
    assert response.request.url.path == call_path
    assert response.headers["Wechatpay-Serial"] == second.serial
    assert response.content == fake.answer_body
    assert response.text == fake.answer_body.decode()  # not the listing the hook read
    assert response.json() == json.loads(fake.answer_body)
    assert answer.parsed.coupon_id == json.loads(fake.answer_body)["coupon_id"]
    assert response.history == []  # the call's own: the download came after it
    assert answer.attempts == 1

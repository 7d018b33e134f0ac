"""Issue 20 D2: the platform-certificate download goes through the client that sends the call.

A proxy, a transport, a timeout or an event hook given to the client applies to
``GET /v3/certificates`` as to the call itself: the auth flow yields the signed download as one
more request, so whatever client drives the flow sends it (httpx's ``DigestAuth`` sends two
requests the same way). No ``download_transport`` is given anywhere here: before the fix the
download went to httpx's default transport, i.e. to the network, and failed.
"""

import asyncio
import http.server
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import yaml

from wechatpay_auth import CertificateDownloadError, MerchantAuth
from wechatpay_coupons import AsyncWechatPay, Client, WechatPay
from wechatpay_coupons.api.favor import query_favor_coupon

from .certificate_fake import API_V3_KEY, MCHID, MERCHANT_SERIAL, FakeWechatPay, platform

SPEC = Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"
# A host nobody can reach: only a proxy or a transport of the client's can answer for it.
ORIGIN = "http://wechatpay.invalid"


@pytest.fixture
def coupon_fake(fake):
    """The fake answering every call with the spec's example of a cash coupon."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    answer = spec["paths"]["/v3/marketing/favor/users/{openid}/coupons/{coupon_id}"]["get"]
    examples = answer["responses"]["200"]["content"]["application/json"]["examples"]
    fake.answer_body = json.dumps(next(iter(examples.values()))["value"]).encode()
    return fake


@pytest.fixture
def auth(merchant_key, clock):
    return MerchantAuth(MCHID, MERCHANT_SERIAL, merchant_key, api_v3_key=API_V3_KEY, clock=clock)


class Seen:
    """An event hook pair that records every request and answer the client saw."""

    def __init__(self):
        self.requests = []
        self.statuses = []

    def request(self, request):
        self.requests.append(f"{request.method} {request.url}")

    def response(self, response):
        self.statuses.append((response.request.url.path, response.status_code))

    async def arequest(self, request):
        self.request(request)

    async def aresponse(self, response):
        self.response(response)


def test_the_download_uses_the_clients_transport_and_hooks(auth, fake):
    seen = Seen()
    with httpx.Client(
        transport=fake.transport(),
        auth=auth,
        event_hooks={"request": [seen.request], "response": [seen.response]},
    ) as client:
        response = client.get(f"{ORIGIN}/v3/marketing/favor/stocks")
    assert response.status_code == 200
    assert response.json() == {"path": "/v3/marketing/favor/stocks", "ok": True}
    assert fake.downloads == 1
    assert f"GET {ORIGIN}/v3/certificates" in seen.requests
    assert ("/v3/certificates", 200) in seen.statuses
    # What the caller gets is the call's own answer, whichever request came last on the wire.
    assert response.request.url.path == "/v3/marketing/favor/stocks"


async def test_the_async_download_uses_the_clients_transport_and_hooks(auth, fake):
    seen = Seen()
    async with httpx.AsyncClient(
        transport=fake.transport(),
        auth=auth,
        event_hooks={"request": [seen.arequest], "response": [seen.aresponse]},
    ) as client:
        response = await client.get(f"{ORIGIN}/v3/marketing/favor/stocks")
    assert response.status_code == 200
    assert response.json()["path"] == "/v3/marketing/favor/stocks"
    assert fake.downloads == 1
    assert f"GET {ORIGIN}/v3/certificates" in seen.requests


def test_the_download_carries_the_clients_timeout(auth, fake):
    timeouts = {}

    def handler(request):
        timeouts[request.url.path] = request.extensions.get("timeout")
        return fake.handle(request)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth, timeout=3.5) as client:
        client.get(f"{ORIGIN}/v3/x")
    expected = httpx.Timeout(3.5).as_dict()
    assert timeouts == {"/v3/certificates": expected, "/v3/x": expected}


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    """A forward proxy for plain HTTP that answers as WeChat Pay itself and records the URLs."""

    fake: FakeWechatPay
    urls: list

    def do_GET(self):
        self.urls.append(self.path)  # absolute-form: the proxy sees the whole URL
        headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
        answer = self.fake.handle(httpx.Request("GET", self.path, headers=headers))
        body = answer.read()
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(fake):
    urls = []
    handler = type("Handler", (_ProxyHandler,), {"fake": fake, "urls": urls})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", urls
    finally:
        server.shutdown()
        server.server_close()


def test_the_download_goes_through_the_clients_proxy(auth, fake, proxy):
    address, urls = proxy
    with httpx.Client(proxy=address, auth=auth, trust_env=False) as client:
        assert client.get(f"{ORIGIN}/v3/x").status_code == 200
    assert urls == [f"{ORIGIN}/v3/certificates", f"{ORIGIN}/v3/x"]


async def test_the_async_download_goes_through_the_clients_proxy(auth, fake, proxy):
    address, urls = proxy
    async with httpx.AsyncClient(proxy=address, auth=auth, trust_env=False) as client:
        assert (await client.get(f"{ORIGIN}/v3/x")).status_code == 200
    assert urls == [f"{ORIGIN}/v3/certificates", f"{ORIGIN}/v3/x"]


# --- the generated client: its own send path, httpx_args and set_httpx_client ----------------


def test_the_generated_client_downloads_through_its_httpx_args(auth, coupon_fake):
    seen = Seen()
    client = Client(
        ORIGIN,
        auth=auth,
        httpx_args={
            "transport": coupon_fake.transport(),
            "event_hooks": {"request": [seen.request]},
        },
    )
    response = query_favor_coupon.sync_detailed(
        "2323dfsdf342342", "9856888", client=client, appid="wx233544546545989"
    )
    assert response.status_code == 200
    assert coupon_fake.downloads == 1
    assert f"GET {ORIGIN}/v3/certificates" in seen.requests


def test_the_resource_client_downloads_through_its_transport(auth, coupon_fake):
    client = WechatPay(
        merchant=auth, base_url=ORIGIN, httpx_args={"transport": coupon_fake.transport()}
    )
    raw = client.favor.with_raw_response.query_favor_coupon(
        "2323dfsdf342342", "9856888", appid="wx233544546545989"
    )
    assert raw.status_code == 200
    assert coupon_fake.downloads == 1
    assert raw.http_response.request.url.path.endswith("/coupons/9856888")


async def test_the_async_resource_client_downloads_through_its_transport(auth, coupon_fake):
    client = AsyncWechatPay(
        merchant=auth, base_url=ORIGIN, httpx_args={"transport": coupon_fake.transport()}
    )
    async with client:
        raw = await client.favor.with_raw_response.query_favor_coupon(
            "2323dfsdf342342", "9856888", appid="wx233544546545989"
        )
    assert raw.status_code == 200
    assert coupon_fake.downloads == 1


def test_the_generated_client_downloads_through_a_client_set_on_it(auth, coupon_fake):
    seen = Seen()
    client = Client(ORIGIN, auth=auth)
    client.set_httpx_client(
        httpx.Client(
            base_url=ORIGIN,
            auth=auth,
            transport=coupon_fake.transport(),
            event_hooks={"request": [seen.request]},
        )
    )
    query_favor_coupon.sync_detailed(
        "2323dfsdf342342", "9856888", client=client, appid="wx233544546545989"
    )
    assert f"GET {ORIGIN}/v3/certificates" in seen.requests


# --- many calls at once: one download ---------------------------------------------------------


def test_concurrent_first_calls_share_one_download(auth, fake):
    fake.gate = threading.Event()
    with (
        httpx.Client(transport=fake.transport(), auth=auth) as client,
        ThreadPoolExecutor(8) as pool,
    ):
        futures = [pool.submit(client.get, f"{ORIGIN}/v3/x") for _ in range(8)]
        assert fake.arrived.wait(30)
        fake.gate.set()
        statuses = [future.result().status_code for future in futures]
    assert statuses == [200] * 8
    assert fake.downloads == 1


async def test_concurrent_first_async_calls_share_one_download(auth, fake):
    async with httpx.AsyncClient(transport=fake.async_transport(), auth=auth) as client:
        responses = await asyncio.gather(*(client.get(f"{ORIGIN}/v3/x") for _ in range(16)))
    assert [r.status_code for r in responses] == [200] * 16
    assert fake.downloads == 1


def test_a_download_the_client_cannot_send_fails_before_the_call(auth, fake):
    calls = []

    def handler(request):
        calls.append(request.url.path)
        if request.url.path == "/v3/certificates":
            raise httpx.ConnectError("connection refused")
        return fake.handle(request)

    with (
        httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.post(f"{ORIGIN}/v3/marketing/busifavor/coupons/use", json={"a": 1})
    # Nothing reached the API: the call that would have needed the certificates was not sent.
    assert calls == ["/v3/certificates"]
    with httpx.Client(transport=fake.transport(), auth=auth) as client:
        assert client.get(f"{ORIGIN}/v3/x").status_code == 200  # the next call leads afresh


def test_a_refused_download_fails_before_the_call(merchant_key, fake, clock):
    auth = MerchantAuth(
        MCHID,
        MERCHANT_SERIAL,
        merchant_key,
        api_v3_key="TEST-ONLY-wrong-apiv3-key-456789",
        clock=clock,
    )
    with (
        httpx.Client(transport=fake.transport(), auth=auth) as client,
        pytest.raises(CertificateDownloadError, match="check the APIv3 key"),
    ):
        client.post(f"{ORIGIN}/v3/marketing/busifavor/coupons/use", json={"a": 1})
    assert fake.downloads == 1


# --- a rotation: the download comes after the answer, and the caller still gets the answer ------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_after_a_rotation_the_caller_gets_the_calls_answer(auth, fake, other_key, mode):
    second = platform(other_key, 0x7A3C2E5B4D1F00112233445566778899AABBCCDD)
    seen = Seen()
    hooks = {"request": [seen.request]} if mode == "sync" else {"request": [seen.arequest]}
    urls = [f"{ORIGIN}/v3/first", f"{ORIGIN}/v3/second"]
    if mode == "sync":
        with httpx.Client(transport=fake.transport(), auth=auth, event_hooks=hooks) as client:
            client.get(urls[0])
            fake.rotate(second)
            response = client.get(urls[1])
    else:
        async with httpx.AsyncClient(
            transport=fake.async_transport(), auth=auth, event_hooks=hooks
        ) as client:
            await client.get(urls[0])
            fake.rotate(second)
            response = await client.get(urls[1])
    # On the wire the download came last; what the caller holds is the call's answer.
    assert seen.requests[-2:] == [f"GET {urls[1]}", f"GET {ORIGIN}/v3/certificates"]
    assert response.json() == {"path": "/v3/second", "ok": True}
    assert response.request.url == urls[1]
    assert response.headers["Wechatpay-Serial"] == second.serial
    assert fake.downloads == 2

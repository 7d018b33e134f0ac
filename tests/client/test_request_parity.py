"""The client builds each request itself (not with ``httpx.Client.build_request``, which costs
more than the rest of the call) and sends it through ``httpx.Client.send``. What reaches the wire
must be what httpx's own front door would have sent for the same request and settings.

Each case sends one operation's request (the dict its ``_get_kwargs`` returns) both ways, to a
recording HTTP server on loopback, and compares the request line, the headers and the body as
the server read them. The only differences allowed are the client's by design: its User-Agent and
``Accept: application/json`` in place of httpx's defaults, and its retry-count header.
"""

import asyncio
import contextlib
import datetime
import http.server
import json
import threading

import httpx
import pytest

from wechatpay_coupons import RETRY_COUNT_HEADER, Client, errors
from wechatpay_coupons import client as client_module
from wechatpay_coupons.api.brand_product_coupon import get_user_product_coupon
from wechatpay_coupons.api.busifavor import list_busifavor_coupons_by_filter, use_busifavor_coupon
from wechatpay_coupons.api.favor import query_favor_coupon
from wechatpay_coupons.models import BusifavorCouponState, UseBusifavorCouponRequest

from .conftest import DownloadingAuth

OURS_BY_DESIGN = {"user-agent", "accept", RETRY_COUNT_HEADER.lower()}


class Recorder(http.server.ThreadingHTTPServer):
    """Records what each request put on the wire; answers WeChat Pay's unsigned 404 (or the
    certificate list, for an auth flow that downloads first)."""

    daemon_threads = True

    def __init__(self):
        self.seen = []
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append((self.requestline, list(self.headers.items()), body))
        if self.path.split("?")[0].endswith("/v3/certificates"):
            status, answer = 200, {"data": [{"serial_no": "NEW"}]}
        else:
            status, answer = 404, {"code": "RESOURCE_NOT_EXISTS", "message": "none"}
        content = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def recorder():
    server = Recorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class ConstantAuth(httpx.Auth):
    def auth_flow(self, request):
        request.headers["Authorization"] = "WECHATPAY2-SHA256-RSA2048 test"
        yield request


USE = UseBusifavorCouponRequest(
    coupon_code="8800000000000001",
    appid="wx233544546545989",
    use_request_no="订单-0001 &=+/%",
    use_time=datetime.datetime(
        2026, 3, 2, 12, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
    ),
    openid="oh-394z-6CGkNoJrsDLTTUKiAnp4",
)

# (operation module, positional path parameters, keyword arguments): each kind of value a request
# carries (path segments that need escaping, text, numbers, enums, headers, a JSON body).
OPERATIONS = {
    "path and query": (query_favor_coupon, ("o x~y'(券)", "98 56%88"), {"appid": "wx测试 &=+"}),
    "every query kind": (
        list_busifavor_coupons_by_filter,
        ("2323dfsdf342342",),
        {
            "appid": "wx233544546545989",
            "stock_id": "a b&c=d+e/f%g?h#i",
            "coupon_state": BusifavorCouponState.SENDED,
            "offset": 0,
            "limit": 20,
        },
    ),
    "header parameter": (
        get_user_product_coupon,
        ("oh-394z-6CGkNoJrsDLTTUKiAnp4", "Code_123456"),
        {
            "appid": "wx233544546545989",
            "product_coupon_id": "1000000013",
            "stock_id": "1000000013001",
            "wechatpay_serial": "PUB_KEY_ID_0000000000000024101100397200000006",
        },
    ),
    "json body": (use_busifavor_coupon, (), {"body": USE}),
}

# (name, our Client's settings, the same settings for a plain httpx.Client); base_url is added.
SETTINGS = {
    "defaults": ({}, {}),
    "client headers": ({"headers": {"X-Tenant": "t1"}}, {"headers": {"X-Tenant": "t1"}}),
    "httpx_args headers": (
        {"httpx_args": {"headers": {"X-Trace": "abc"}}},
        {"headers": {"X-Trace": "abc"}},
    ),
    "cookies": (
        {"cookies": {"session": "s1", "region": "cn"}},
        {"cookies": {"session": "s1", "region": "cn"}},
    ),
    "auth": ({"auth": ConstantAuth()}, {"auth": ConstantAuth()}),
    "auth flow of two requests": ({"auth": DownloadingAuth()}, {"auth": DownloadingAuth()}),
    "event hooks": (
        {"httpx_args": {"event_hooks": {"request": [lambda request: None]}}},
        {"event_hooks": {"request": [lambda request: None]}},
    ),
    "mounts": (
        {"httpx_args": {"mounts": {"http://127.0.0.1": httpx.HTTPTransport()}}},
        {"mounts": {"http://127.0.0.1": httpx.HTTPTransport()}},
    ),
}


def through_ours(base_url, settings, operation, positional, keywords):
    with (
        Client(base_url, max_retries=0, **settings) as client,
        contextlib.suppress(errors.NotFoundError),
    ):
        operation.sync_detailed(*positional, client=client, **keywords)


def through_httpx(base_url, settings, operation, positional, keywords, *, proxy=None):
    request = operation._get_kwargs(*positional, **keywords)
    request.pop("route", None)
    with httpx.Client(base_url=base_url, proxy=proxy, **settings) as client:
        client.request(**request)


def wire(recorder, send):
    recorder.seen.clear()
    send()
    return [
        (line, sorted((n.lower(), v) for n, v in headers if n.lower() not in OURS_BY_DESIGN), body)
        for line, headers, body in recorder.seen
    ]


@pytest.mark.parametrize("setting", SETTINGS)
@pytest.mark.parametrize("operation", OPERATIONS)
def test_what_reaches_the_wire_is_what_httpx_would_send(recorder, operation, setting):
    module, positional, keywords = OPERATIONS[operation]
    ours, theirs = SETTINGS[setting]
    base = recorder.base_url + "/prefix"  # a base URL with a path, as a gateway may need
    sent_by_us = wire(recorder, lambda: through_ours(base, ours, module, positional, keywords))
    sent_by_httpx = wire(
        recorder, lambda: through_httpx(base, theirs, module, positional, keywords)
    )
    assert sent_by_us == sent_by_httpx
    assert sent_by_us  # something was sent


def test_through_a_proxy_too(recorder):
    # The recording server as the proxy: it reads the absolute-form request line.
    module, positional, keywords = OPERATIONS["every query kind"]
    target = "http://api.wechat.example.test"
    sent_by_us = wire(
        recorder,
        lambda: through_ours(
            target, {"httpx_args": {"proxy": recorder.base_url}}, module, positional, keywords
        ),
    )
    sent_by_httpx = wire(
        recorder,
        lambda: through_httpx(target, {}, module, positional, keywords, proxy=recorder.base_url),
    )
    assert sent_by_us == sent_by_httpx
    assert sent_by_us[0][0].startswith("GET http://api.wechat.example.test/v3/")


@pytest.mark.parametrize(
    "timeout",
    [10.0, httpx.Timeout(5.0, connect=2.0), httpx.Timeout(None), httpx.Timeout(3.0, pool=None)],
    ids=repr,
)
def test_the_timeouts_given_to_the_transport_are_httpxs(timeout):
    seen = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(404))
    base = "https://api.example.test"
    module, positional, keywords = OPERATIONS["path and query"]
    ours = Client(
        base, timeout=timeout, deadline=None, max_retries=0, httpx_args={"transport": transport}
    )
    with pytest.raises(errors.NotFoundError):
        module.sync(*positional, client=ours, **keywords)
    request = module._get_kwargs(*positional, **keywords)
    request.pop("route")
    httpx.Client(base_url=base, timeout=timeout, transport=transport).request(**request)
    assert seen[0].extensions["timeout"] == seen[1].extensions["timeout"]


def through_ours_async(base_url, settings, operation, positional, keywords):
    async def call():
        async with Client(base_url, max_retries=0, **settings) as client:
            with contextlib.suppress(errors.NotFoundError):
                await operation.asyncio_detailed(*positional, client=client, **keywords)

    asyncio.run(call())


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("operation", OPERATIONS)
def test_the_async_client_puts_the_same_bytes_on_the_wire(
    recorder, operation, transport, monkeypatch
):
    # The async client sends through aiohttp's pool when the extra is installed (our own
    # transport under httpx), else through httpx's: either way, what httpx would send.
    if transport == "httpx":
        monkeypatch.setattr(client_module, "default_async_transport", lambda **options: None)
    module, positional, keywords = OPERATIONS[operation]
    ours, theirs = SETTINGS["cookies"]
    base = recorder.base_url + "/prefix"
    sent_by_us = wire(
        recorder, lambda: through_ours_async(base, ours, module, positional, keywords)
    )
    sent_by_httpx = wire(
        recorder, lambda: through_httpx(base, theirs, module, positional, keywords)
    )
    assert sent_by_us == sent_by_httpx

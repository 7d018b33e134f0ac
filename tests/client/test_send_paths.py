"""Auth flows that send more than one request, on every path a request can take.

The auth plugin downloads platform certificates inside its flow: the flow yields a signed
``GET /v3/certificates`` through the same client before (or after) the call itself, as
httpx's DigestAuth yields a second request after a 401 challenge. Both must work sync and
async, through the client's own pools and through a caller's httpx client, with event hooks
and without.
"""

import asyncio

import httpx
import pytest

from wechatpay_coupons import Client, errors
from wechatpay_coupons.api.favor import query_favor_coupon

from .conftest import DownloadingAuth, response_examples

FAVOR = next(v for op, _, _, v in response_examples("200") if op == "queryFavorCoupon")
BASE = "https://api.example.test"


class Seen(list):
    """What reached the transport, as it was then (a flow may change a request it yields again)."""

    def record(self, request):
        self.append((request.url.path, dict(request.headers)))


def wechat(seen):
    def handler(request):
        seen.record(request)
        if request.url.path == "/v3/certificates":
            return httpx.Response(200, json={"data": [{"serial_no": "NEW"}]})
        return httpx.Response(200, json=FAVOR, headers={"Wechatpay-Serial": "NEW"})

    return handler


def digest_protected(seen):
    def handler(request):
        seen.record(request)
        if "Authorization" not in request.headers:
            challenge = 'Digest realm="wechat", nonce="abc", qop="auth", algorithm=MD5'
            return httpx.Response(401, headers={"WWW-Authenticate": challenge})
        return httpx.Response(200, json=FAVOR)

    return handler


def our_pool(handler, **httpx_args):
    return Client(BASE, httpx_args={"transport": httpx.MockTransport(handler), **httpx_args})


def callers_client(handler):
    client = Client(BASE)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler)))
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))
    )
    return client


class Hook:
    """An event hook for sync and async clients alike (the async ones await what it returns)."""

    def __call__(self, request_or_response):
        return self

    def __await__(self):
        return iter(())


PATHS = {
    "our pool": our_pool,
    "our pool with hooks": lambda handler: our_pool(
        handler, event_hooks={"request": [Hook()], "response": [Hook()]}
    ),
    "caller's httpx client": callers_client,
}


def call(mode, client, auth):
    client = client.with_options(auth=auth, max_retries=0)
    if mode == "sync":
        return query_favor_coupon.sync_detailed("o", "c", client=client, appid="wx1")

    async def in_a_loop():
        return await query_favor_coupon.asyncio_detailed("o", "c", client=client, appid="wx1")

    return asyncio.run(in_a_loop())


MODES = ["sync", "async"]
COUPON = "/v3/marketing/favor/users/o/coupons/c"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", PATHS)
def test_a_flow_that_downloads_first_sends_both_requests(path, mode):
    seen = Seen()
    response = call(mode, PATHS[path](wechat(seen)), DownloadingAuth())
    assert [path for path, _ in seen] == ["/v3/certificates", COUPON]
    assert seen[1][1]["authorization"] == "serial=NEW"
    assert response.parsed.coupon_id == FAVOR["coupon_id"]
    assert response.http_response.request.url.path == COUPON


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", PATHS)
def test_httpx_digest_auth_answers_its_challenge(path, mode):
    seen = Seen()
    response = call(mode, PATHS[path](digest_protected(seen)), httpx.DigestAuth("user", "secret"))
    (_, first), (_, second) = seen
    assert "authorization" not in first
    assert second["authorization"].startswith('Digest username="user", realm="wechat"')
    assert response.status_code == 200 and response.parsed.coupon_id == FAVOR["coupon_id"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", PATHS)
def test_a_failure_in_the_second_request_of_a_flow_is_the_calls(path, mode):
    def handler(request):
        if request.url.path == "/v3/certificates":
            raise httpx.ConnectError("certificates unreachable", request=request)
        return httpx.Response(200, json=FAVOR)

    with pytest.raises(errors.ApiConnectionError, match="certificates unreachable"):
        call(mode, PATHS[path](handler), DownloadingAuth())

"""The page-token iterator (``x-pagination`` style page-token): every coupon once, one page in
memory, a stop at the page without a next token, and a token that comes round again an error
instead of an endless walk."""

import copy
import gc
import json
import tracemalloc

import httpx
import pytest

from wechatpay_coupons import UNSET, Client, WechatPay, errors
from wechatpay_coupons._paging import TokenWalk
from wechatpay_coupons.models import UserProductCouponState
from wechatpay_coupons.pagination import aiter_user_product_coupons, iter_user_product_coupons
from wechatpay_mock.spec_reader import OpenAPI

from .conftest import load_spec, response_examples

OPERATION = "listUserProductCoupons"
PAGING = OpenAPI(load_spec()).pagination(
    next(o for o in OpenAPI(load_spec()).operations() if o.operation_id == OPERATION)
)
TOKEN, SIZE, NEXT, ITEMS = PAGING.token_param, PAGING.size_param, PAGING.next_token, PAGING.items
PAGE = next(v for op, _, _, v in response_examples("200") if op == OPERATION)
TEMPLATE = PAGE[ITEMS][0]


class TokenServer:
    """Serves ``total`` coupons in pages whose tokens are opaque (``T<start>``), records the
    token each page was asked with, and can be told to name tokens that loop."""

    def __init__(self, total, *, last_token=None, loop_to=None):
        self.total = total
        self.last_token = last_token  # what the last page names (absent: None)
        self.loop_to = loop_to  # {start: token to name instead}: a server whose tokens loop
        self.tokens_asked = []
        self.params = []

    def __call__(self, request):
        params = request.url.params
        self.params.append(dict(params))
        token = params.get(TOKEN)
        self.tokens_asked.append(token)
        # A walk that failed to see its loop fails here, instead of hanging the test run.
        assert len(self.tokens_asked) <= 1_000, "the walk does not end"
        start = 0 if token is None else int(token.removeprefix("T"))
        size = int(params.get(SIZE, PAGING.default_size))
        end = min(start + size, self.total)
        body = {
            ITEMS: [
                {**copy.deepcopy(TEMPLATE), "coupon_code": f"C{i:05d}"} for i in range(start, end)
            ],
            "total_count": self.total,
        }
        if end < self.total:
            body[NEXT] = (self.loop_to or {}).get(end, f"T{end}")
        elif self.last_token is not None:
            body[NEXT] = self.last_token
        return httpx.Response(200, content=json.dumps(body).encode())


def client_for(server):
    return Client("https://api.example.test", httpx_args={"transport": httpx.MockTransport(server)})


def codes_of(server, **arguments):
    arguments.setdefault("appid", "wx")
    return [
        c.coupon_code
        for c in iter_user_product_coupons("openid", client=client_for(server), **arguments)
    ]


@pytest.mark.parametrize(
    ("total", "size", "pages"), [(0, 10, 1), (7, 10, 1), (20, 10, 2), (21, 10, 3), (95, 20, 5)]
)
def test_walks_every_coupon_once_and_stops_at_the_page_without_a_next_token(total, size, pages):
    server = TokenServer(total)
    assert codes_of(server, page_size=size) == [f"C{i:05d}" for i in range(total)]
    assert server.tokens_asked == [None] + [f"T{n * size}" for n in range(1, pages)]


def test_an_empty_next_token_ends_the_walk_like_a_missing_one():
    server = TokenServer(15, last_token="")
    assert len(codes_of(server, page_size=10)) == 15
    assert server.tokens_asked == [None, "T10"]


def test_is_lazy_one_page_at_a_time():
    server = TokenServer(50)
    walk = iter_user_product_coupons("openid", client=client_for(server), appid="wx", page_size=10)
    assert server.tokens_asked == []
    for _ in range(11):
        next(walk)
    assert server.tokens_asked == [None, "T10"]


def test_resumes_from_the_given_token():
    server = TokenServer(30)
    assert codes_of(server, page_size=10, page_token="T10") == [f"C{i:05d}" for i in range(10, 30)]
    assert server.tokens_asked == ["T10", "T20"]


def test_filters_and_the_page_size_are_sent_on_every_page():
    server = TokenServer(30)
    codes_of(server, page_size=10, coupon_state=UserProductCouponState.EFFECTIVE, stock_id="S1")
    assert all(
        (p["coupon_state"], p["stock_id"], p["appid"], p[SIZE]) == ("EFFECTIVE", "S1", "wx", "10")
        for p in server.params
    )
    assert TOKEN not in server.params[0]


def test_a_server_that_names_the_token_it_was_given_is_an_error_not_a_loop():
    server = TokenServer(50, loop_to={20: "T10"})  # the page asked with T10 names T10 again
    walk = iter_user_product_coupons("openid", client=client_for(server), appid="wx", page_size=10)
    got = []
    with pytest.raises(errors.ApiResponseValidationError, match=rf"{NEXT} 'T10'.*loop") as caught:
        got.extend(c.coupon_code for c in walk)
    assert got == [f"C{i:05d}" for i in range(20)]  # nothing twice
    assert server.tokens_asked == [None, "T10"]
    assert caught.value.status_code == 200


@pytest.mark.parametrize("length", [2, 3, 7, 40])
def test_a_loop_of_any_length_is_found_within_twice_its_length(length):
    # Pages T10 … T(10·length) and back to T10: a walk that would never end.
    server = TokenServer(10_000, loop_to={10 * (length + 1): "T10"})
    with pytest.raises(errors.ApiResponseValidationError, match="loop"):
        codes_of(server, page_size=10)
    assert len(server.tokens_asked) <= 1 + 3 * length


def test_a_resume_token_of_the_wrong_type_is_refused_before_anything_is_sent():
    server = TokenServer(5)
    with pytest.raises(errors.RequestValidationError, match=TOKEN):
        codes_of(server, page_token=["T10"])
    assert server.tokens_asked == []


def test_the_walk_keeps_two_tokens_however_long_it_is():
    # Brent's cycle detection: no set of every token seen, which would grow with the walk.
    walk = TokenWalk(UNSET, token_field=TOKEN, next_field=NEXT)
    answer = httpx.Response(200)
    tracemalloc.start()
    try:
        for n in range(20_000):
            assert walk.advance(f"T{n:08d}", answer)
            if n == 1_000:
                early, _ = tracemalloc.get_traced_memory()
        late, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert late - early < 2_000, (early, late)


async def test_async_iterator_matches_the_sync_one():
    server = TokenServer(33)
    codes = [
        c.coupon_code
        async for c in aiter_user_product_coupons(
            "openid", client=client_for(server), appid="wx", page_size=10
        )
    ]
    assert codes == [f"C{i:05d}" for i in range(33)]
    assert server.tokens_asked == [None, "T10", "T20", "T30"]


async def test_async_iterator_refuses_a_loop_too():
    server = TokenServer(50, loop_to={30: "T10"})
    with pytest.raises(errors.ApiResponseValidationError, match="loop"):
        async for _ in aiter_user_product_coupons(
            "openid", client=client_for(server), appid="wx", page_size=10
        ):
            pass


def test_the_resource_client_has_the_pager_on_its_brand_namespace():
    server = TokenServer(12)
    seen_auth = []

    def spy(request):
        seen_auth.append(request.headers.get("Authorization"))
        return server(request)

    class Stamp(httpx.Auth):
        def auth_flow(self, request):
            request.headers["Authorization"] = "brand"
            yield request

    with WechatPay(
        brand=Stamp(),
        base_url="https://api.example.test",
        httpx_args={"transport": httpx.MockTransport(spy)},
    ) as pay:
        got = list(
            pay.brand_product_coupon.iter_user_product_coupons("openid", appid="wx", page_size=5)
        )
    assert len(got) == 12
    assert seen_auth == ["brand"] * 3


def test_pages_are_freed_by_refcounting_not_left_for_the_cycle_collector():
    server = TokenServer(400)
    client = client_for(server)
    gc.collect()
    gc.disable()
    try:
        live = []
        for index, _coupon in enumerate(
            iter_user_product_coupons("openid", client=client, appid="wx", page_size=10)
        ):
            if index % 100 == 99:
                live.append(sum(isinstance(o, httpx.Response) for o in gc.get_objects()))
    finally:
        gc.enable()
    assert max(live) <= 2, live

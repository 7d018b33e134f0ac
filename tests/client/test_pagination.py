"""The page iterator: every coupon once, one page in memory, stops at total_count."""

import copy
import gc
import json

import httpx
import pytest

from wechatpay_coupons import UNSET, Client
from wechatpay_coupons._paging import PageWalk
from wechatpay_coupons.models import BusifavorCouponState
from wechatpay_coupons.pagination import (
    aiter_busifavor_coupons_by_filter,
    iter_busifavor_coupons_by_filter,
)

from .conftest import response_examples

PAGE = next(v for op, _, _, v in response_examples("200") if op == "listBusifavorCouponsByFilter")
TEMPLATE = PAGE["data"][0]


class PagedServer:
    """Serves `total` coupons in page-index pages and records which pages were asked for."""

    def __init__(self, total, *, report_total=True, max_page=None):
        self.total, self.report_total, self.max_page = total, report_total, max_page
        self.pages_served = []

    def __call__(self, request):
        params = request.url.params
        page, limit = int(params.get("offset", 0)), int(params.get("limit", 10))
        limit = min(limit, self.max_page or limit)
        self.pages_served.append(page)
        codes = range(page * limit, min((page + 1) * limit, self.total))
        body = {
            "data": [{**copy.deepcopy(TEMPLATE), "coupon_code": f"C{i:05d}"} for i in codes],
            "offset": page,
            "limit": limit,
        }
        if self.report_total:
            body["total_count"] = self.total
        return httpx.Response(200, content=json.dumps(body).encode())


def client_for(server):
    return Client("https://api.example.test", httpx_args={"transport": httpx.MockTransport(server)})


@pytest.mark.parametrize(
    ("total", "limit", "pages"), [(0, 10, 1), (7, 10, 1), (20, 10, 2), (21, 10, 3), (95, 20, 5)]
)
def test_walks_every_coupon_once_and_stops_at_total(total, limit, pages):
    server = PagedServer(total)
    codes = [
        c.coupon_code
        for c in iter_busifavor_coupons_by_filter(
            "openid",
            client=client_for(server),
            appid="wx",
            belong_merchant="1900000001",
            limit=limit,
        )
    ]
    assert codes == [f"C{i:05d}" for i in range(total)]
    assert server.pages_served == list(range(pages))


def test_is_lazy_one_page_at_a_time():
    server = PagedServer(50)
    walk = iter_busifavor_coupons_by_filter(
        "openid", client=client_for(server), appid="wx", limit=10
    )
    assert server.pages_served == []
    for _ in range(11):
        next(walk)
    assert server.pages_served == [0, 1]


def test_starts_from_the_given_page():
    server = PagedServer(30)
    codes = [
        c.coupon_code
        for c in iter_busifavor_coupons_by_filter(
            "openid", client=client_for(server), appid="wx", offset=1, limit=10
        )
    ]
    assert codes == [f"C{i:05d}" for i in range(10, 30)]
    assert server.pages_served == [1, 2]


def test_without_total_count_a_short_page_ends_the_walk():
    # total_count is required for this operation; the walk still copes with specs where not.
    walk = PageWalk(UNSET, 10, offset_field="offset", limit_field="limit")
    assert walk.advance(10, UNSET) is True
    assert walk.advance(3, None) is False


def test_a_server_that_caps_the_page_size_still_yields_everything():
    server = PagedServer(45, max_page=10)
    codes = list(
        iter_busifavor_coupons_by_filter("openid", client=client_for(server), appid="wx", limit=50)
    )
    assert len(codes) == 45


def test_filters_are_sent_on_every_page():
    server = PagedServer(30)
    seen = []

    def spy(request):
        seen.append(dict(request.url.params))
        return server(request)

    list(
        iter_busifavor_coupons_by_filter(
            "openid",
            client=client_for(spy),
            appid="wx",
            coupon_state=BusifavorCouponState.SENDED,
            limit=10,
        )
    )
    assert all(p["coupon_state"] == "SENDED" and p["appid"] == "wx" for p in seen)
    assert [p["offset"] for p in seen] == ["0", "1", "2"]


async def test_async_iterator_matches_the_sync_one():
    server = PagedServer(33)
    codes = [
        c.coupon_code
        async for c in aiter_busifavor_coupons_by_filter(
            "openid", client=client_for(server), appid="wx", limit=10
        )
    ]
    assert codes == [f"C{i:05d}" for i in range(33)]
    assert server.pages_served == [0, 1, 2, 3]


def test_pages_are_freed_by_refcounting_not_left_for_the_cycle_collector():
    # httpx keeps each response in a cycle with its stream; the client unbinds it once read,
    # so a long walk holds one page, not every page since the last full collection.
    server = PagedServer(400)
    client = client_for(server)
    gc.collect()
    gc.disable()
    try:
        live = []
        for index, _coupon in enumerate(
            iter_busifavor_coupons_by_filter("openid", client=client, appid="wx", limit=10)
        ):
            if index % 100 == 99:
                live.append(sum(isinstance(o, httpx.Response) for o in gc.get_objects()))
    finally:
        gc.enable()
    assert max(live) <= 2, live

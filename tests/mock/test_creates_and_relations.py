"""Issue 18 §4: the mock takes any operation the spec can describe.

Creates add entities with ids shaped like WeChat's (``ctx.new_id``, ``ctx.add_entity``), in the
request's transaction; an entity reads another's fields through a relation declared in the seed
(a user coupon and its stock), so a change to the stock is what the coupon reads; an operation
that documents ``APPID_MCHID_NOT_MATCH`` but takes no AppID is served without an AppID check.
"""

import copy
import json

import httpx
import pytest

from wechatpay_mock import BindingError, MockControlError, MockServer, SeedError, create_app
from wechatpay_mock.rules import Rule
from wechatpay_mock.seed import parse_seed
from wechatpay_mock.spec import Spec
from wechatpay_mock.world import SEED_FIXTURE

from .conftest import APPID, BRAND_OPENID, brand_client
from .spec_additions import (
    STOCK,
    STOCKS,
    TEST_RULES,
    create_stock,
    extended_document,
    extended_spec,
)

SPEC = extended_spec()
COUPON_PATH = "/brand/marketing/product-coupon/users/{openid}/coupons/{code}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with MockServer(tmp_path_factory.mktemp("extended"), spec=SPEC, rules=TEST_RULES) as mock:
        yield mock


@pytest.fixture
def brand(server):
    server.reset()
    with brand_client(server) as client:
        yield client


def new_stock(brand, request_no, **extra):
    body = {"out_request_no": request_no, "product_coupon_id": "1000000013", **extra}
    return brand.post(STOCKS, json=body)


def stock(stock_id, **fields):
    return {
        "id": stock_id,
        "body": {"product_coupon_id": "1000000013", "stock_id": stock_id, **fields},
    }


def user_coupon(code, stock_id):
    """A user coupon whose stock is read through a relation: its body holds no stock."""
    return {
        "openid": BRAND_OPENID,
        "appid": APPID,
        "relations": {"stock": {"entity": "getTestStock", "id": stock_id}},
        "body": {
            "coupon_code": code,
            "coupon_state": "EFFECTIVE",
            "valid_begin_time": "2026-03-01T00:00:00+08:00",
            "valid_end_time": "2026-03-31T23:59:59+08:00",
            "receive_time": "2026-03-01T09:00:00+08:00",
            "send_request_no": f"SEND_{code}",
            "send_channel": "API",
            "product_coupon": {"product_coupon_id": "1000000013"},
        },
    }


def read_coupon(brand, code, stock_id):
    return brand.get(
        COUPON_PATH.format(openid=BRAND_OPENID, code=code),
        params={"appid": APPID, "product_coupon_id": "1000000013", "stock_id": stock_id},
    )


# --- creates ----------------------------------------------------------------------------------


def test_a_create_gives_an_id_shaped_like_the_specs_example_the_same_after_a_reset(server, brand):
    # ProductCouponStock.stock_id's example is 1000000013001: 13 digits, led by a 1.
    first = new_stock(brand, "S1", remark="第一批")
    assert first.status_code == 200, first.text
    assert first.json()["stock_id"] == "1000000000001"
    assert new_stock(brand, "S2").json()["stock_id"] == "1000000000002"
    read = brand.get(STOCK.format(stock_id="1000000000001"))
    assert (read.status_code, read.json()["remark"]) == (200, "第一批")
    server.reset()
    assert new_stock(brand, "S9").json()["stock_id"] == "1000000000001"


def test_a_create_is_made_once_per_request_number(brand):
    first = new_stock(brand, "S1", remark="a")
    assert new_stock(brand, "S1", remark="a").json() == first.json()
    conflict = new_stock(brand, "S1", remark="b")
    assert (conflict.status_code, conflict.json()["code"]) == (400, "PARAM_ERROR")
    assert "differs in remark" in conflict.json()["detail"]["issue"]
    assert new_stock(brand, "S2").json()["stock_id"] == "1000000000002"


def test_a_new_id_skips_one_an_entity_has_already(server, brand):
    server.control("POST", "seed", {"getTestStock": [stock("1000000000001")]})
    assert new_stock(brand, "S1").json()["stock_id"] == "1000000000002"


def test_what_a_create_adds_must_fit_the_spec(server):
    def broken(ctx):
        ctx.add_entity("getTestStock", {"stock_id": 7}, attrs={"id": "x"})

    rules = {**TEST_RULES, "createTestStock": Rule("createTestStock", broken)}
    app = create_app(server.settings, spec=SPEC, rules=rules)
    answer = _call(app, server, "POST", STOCKS, {"out_request_no": "S1", "product_coupon_id": "1"})
    # A rule's bug: the mock's signed 500, and nothing was added.
    assert answer.status_code == 500, answer.text
    assert app.mock.store.entity("getTestStock", "x") is None


def _call(app, server, method, path, body):
    import asyncio

    async def go():
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://mock",
            auth=server.brand_auth(),
            headers={"Wechatpay-Serial": server.credentials.public_key_id},
        ) as client:
            return await client.request(method, path, json=body)

    return asyncio.run(go())


# --- relations ----------------------------------------------------------------------------------


def test_a_coupon_reads_its_stock_through_the_relation_never_a_copy(server, brand):
    server.control(
        "POST",
        "seed",
        {
            "getTestStock": [stock("1000000099001", remark="八月批次")],
            "getUserProductCoupon": [user_coupon("Code_900001", "1000000099001")],
        },
    )
    found = read_coupon(brand, "Code_900001", "1000000099001")
    assert found.status_code == 200, found.text
    assert found.json()["stock"]["remark"] == "八月批次"
    # The stock changes (here: seeded again under its id); the coupon reads the change.
    server.control("POST", "seed", {"getTestStock": [stock("1000000099001", remark="九月批次")]})
    assert read_coupon(brand, "Code_900001", "1000000099001").json()["stock"]["remark"] == (
        "九月批次"
    )
    # The coupon is found by its stock's id, which only the relation holds.
    assert read_coupon(brand, "Code_900001", "1000000099999").status_code == 404


def test_a_sent_coupon_belongs_to_the_stock_it_was_sent_from(server, brand):
    stock_id = new_stock(brand, "S1", remark="before").json()["stock_id"]
    sent = brand.post(
        f"/brand/marketing/mock-test/users/{BRAND_OPENID}/coupons",
        json={"out_request_no": "SEND1", "stock_id": stock_id, "appid": APPID},
    )
    assert sent.status_code == 200, sent.text
    code = sent.json()["coupon_code"]
    assert code == "Code_100001"  # shaped like the example Code_123456
    assert read_coupon(brand, code, stock_id).json()["stock"]["remark"] == "before"
    server.control("POST", "seed", {"getTestStock": [stock(stock_id, remark="after")]})
    assert read_coupon(brand, code, stock_id).json()["stock"]["remark"] == "after"


def test_relations_may_read_named_fields_at_the_top_level(server):
    seed = {
        "getTestStock": [stock("1000000099001", remark="八月批次")],
        "queryFavorCoupon": [
            {
                "openid": "o",
                "appid": APPID,
                "relations": {
                    "stock": {
                        "entity": "getTestStock",
                        "id": "1000000099001",
                        "fields": ["stock_id"],
                    }
                },
                "body": _favor_coupon_without_stock_id(),
            }
        ],
    }
    parsed = parse_seed(seed, SPEC)
    assert "stock_id" not in parsed.entities["queryFavorCoupon"][0][1]  # stored without it


def _favor_coupon_without_stock_id():
    """A seeded cash coupon of the demo world, less what its stock now gives it."""
    seeded = json.loads(SEED_FIXTURE.read_text(encoding="utf-8"))["queryFavorCoupon"][0]["body"]
    return {name: value for name, value in seeded.items() if name != "stock_id"}


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        (
            {"getUserProductCoupon": [user_coupon("C1", "1000000000404")]},
            "a relation names getTestStock '1000000000404', which the seed does not hold",
        ),
        (
            {
                "getTestStock": [stock("1"), stock("2")],
                "getUserProductCoupon": [
                    {**user_coupon("C1", "1"), "relations": {"stock": {"entity": "nope"}}}
                ],
            },
            "relation 'stock' needs an entity",
        ),
        (
            {
                "getUserProductCoupon": [
                    {
                        **user_coupon("C1", "1"),
                        "relations": {"stock": {"entity": "nope", "id": "1"}},
                    }
                ]
            },
            "'nope' is not an operationId",
        ),
        (
            {
                "getTestStock": [
                    {
                        **stock("1"),
                        "relations": {"product": {"entity": "getTestStock", "id": "2"}},
                    },
                    {
                        **stock("2"),
                        "relations": {"product": {"entity": "getTestStock", "id": "1"}},
                    },
                ]
            },
            "its relations lead back to it",
        ),
        (
            # Without its stock, the coupon lacks a required field of the spec.
            {
                "getTestStock": [stock("1")],
                "getUserProductCoupon": [{**user_coupon("C1", "1"), "relations": {}}],
            },
            "'stock' is a required property",
        ),
    ],
    ids=["missing-target", "no-id", "not-an-operation", "cycle", "without-the-relation"],
)
def test_relations_the_seed_cannot_keep_are_refused_at_start(seed, message):
    with pytest.raises(SeedError, match=message):
        parse_seed(seed, SPEC)


def test_the_control_apis_seed_may_relate_to_entities_already_there(server, brand):
    server.control("POST", "seed", {"getTestStock": [stock("1000000099001", remark="r")]})
    server.control(
        "POST", "seed", {"getUserProductCoupon": [user_coupon("Code_900002", "1000000099001")]}
    )
    assert read_coupon(brand, "Code_900002", "1000000099001").json()["stock"]["remark"] == "r"
    with pytest.raises(MockControlError, match="does not hold"):
        server.control(
            "POST", "seed", {"getUserProductCoupon": [user_coupon("Code_900003", "404")]}
        )


# --- what the start-up check says -----------------------------------------------------------


@pytest.mark.parametrize(
    ("pointer", "message"),
    [
        ("/no_such_field", r"creates ids at /no_such_field, which its entities lack"),
        ("/state", r"does not fit the field's schema: give the field an example"),
    ],
)
def test_an_id_the_spec_cannot_shape_stops_the_mock(server, pointer, message):
    rules = {
        **TEST_RULES,
        "createTestStock": Rule(
            "createTestStock", create_stock, creates=(("getTestStock", pointer),)
        ),
    }
    with pytest.raises(BindingError, match=message):
        create_app(server.settings, spec=SPEC, rules=rules)


def test_no_appid_check_where_the_operation_takes_no_appid(server, brand):
    # A family's shared 400 may document APPID_MCHID_NOT_MATCH for an operation with no AppID
    # (issue 18: the mock refused to start, with a message the guide did not list).
    document = extended_document()
    bad_request = copy.deepcopy(document["components"]["responses"]["ProductCouponBadRequest"])
    bad_request["content"]["application/json"]["examples"]["APPID_MCHID_NOT_MATCH"] = {
        "value": {"code": "APPID_MCHID_NOT_MATCH", "message": "appid和mch_id不匹配"}
    }
    document["paths"][STOCK]["get"]["responses"]["400"] = bad_request
    app = create_app(server.settings, spec=Spec(document), rules=TEST_RULES)
    assert app.mock.bindings["getTestStock"].guards == ()
    assert app.mock.bindings["useBusifavorCoupon"].guards != ()  # its body has an appid

"""A read operation needs no code: the spec and the seed are enough for the default handler."""

import asyncio
import copy
import dataclasses
import json

import httpx
import pytest
import yaml

from wechatpay_mock import SeedError, create_app, load_settings
from wechatpay_mock.seed import parse_seed
from wechatpay_mock.spec import Spec, spec_path
from wechatpay_mock.world import SEED_FIXTURE

from .conftest import APPID, OPENID, use_body

DOCUMENT = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
LIST_PATH = "/v3/marketing/busifavor/users/{openid}/coupons"
ONE = "/v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}"


def with_single_coupon_read(document):
    """The spec plus 查询用户单张券详情 (a real busifavor read), written as its author would."""
    document = copy.deepcopy(document)
    listing = document["paths"][LIST_PATH]["get"]
    parameters = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "description": name,
            "schema": {"type": "string", "minLength": 1, "maxLength": 32},
        }
        for name in ("openid", "coupon_code", "appid")
    ]
    document["paths"][ONE] = {
        "get": {
            "operationId": "getBusifavorCoupon",
            "tags": ["busifavor"],
            "summary": "Get one of a user's merchant coupons",
            "security": listing["security"],
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "The coupon.",
                    "headers": listing["responses"]["200"]["headers"],
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/BusifavorCouponEntity"}
                        }
                    },
                },
                **{s: r for s, r in listing["responses"].items() if s != "200"},
            },
        }
    }
    return document


@pytest.fixture
def reader(wechatpay_mock, tmp_path):
    """A mock of the extended spec whose seed serves the list's coupons to the new read."""
    seed = json.loads(SEED_FIXTURE.read_text(encoding="utf-8"))
    seed["getBusifavorCoupon"] = {"entities_of": "listBusifavorCouponsByFilter"}
    (tmp_path / "seed.json").write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    settings = dataclasses.replace(
        load_settings(wechatpay_mock.credentials.data_dir / "mock.toml"),
        seed_path=tmp_path / "seed.json",
    )
    app = create_app(settings, spec=Spec(with_single_coupon_read(DOCUMENT)))

    def call(method, path, **kwargs):
        async def go():
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app),
                base_url="http://mock",
                auth=wechatpay_mock.merchant_auth(),
            ) as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(go())

    return call


def one(code, appid=APPID, openid=OPENID):
    return ONE.format(openid=openid, coupon_code=code, appid=appid)


def test_the_new_read_serves_the_seeded_coupon(reader):
    found = reader("GET", one("8800000000000002"))
    assert found.status_code == 200, found.text
    assert (found.json()["coupon_code"], found.json()["stock_name"]) == (
        "8800000000000002",
        "1元换购",
    )


def test_it_answers_the_documented_errors_by_name(reader):
    missing = reader("GET", one("no-such-code"))
    assert (missing.status_code, missing.json()["code"]) == (404, "RESOURCE_NOT_EXISTS")
    assert missing.json()["message"] == "查询的资源不存在"  # the spec's example, by name
    assert missing.json()["detail"]["field"] == "appid"
    unbound = reader("GET", one("8800000000000002", appid="wx_not_mine"))
    assert (unbound.status_code, unbound.json()["code"]) == (400, "APPID_MCHID_NOT_MATCH")
    bad = reader("GET", one("x" * 40))
    assert (bad.status_code, bad.json()["detail"]["field"]) == (400, "coupon_code")


def test_it_shares_state_with_the_list_and_the_redemption(reader):
    redeemed = reader(
        "POST", "/v3/marketing/busifavor/coupons/use", json=use_body("8800000000000002", "R1")
    )
    assert redeemed.status_code == 200
    assert reader("GET", one("8800000000000002")).json()["coupon_state"] == "USED"
    # The list's view (expiry) applies to the read as well.
    assert reader("GET", one("8800000000000105")).json()["coupon_state"] == "EXPIRED"


def test_a_seed_that_serves_another_operations_entities_is_checked():
    spec = Spec(with_single_coupon_read(DOCUMENT))
    with pytest.raises(SeedError, match="not an operationId"):
        parse_seed({"getBusifavorCoupon": {"entities_of": "nope"}}, spec)
    chained = {
        "getBusifavorCoupon": {"entities_of": "queryFavorCoupon"},
        "queryFavorCoupon": {"entities_of": "listBusifavorCouponsByFilter"},
    }
    with pytest.raises(SeedError, match="serves another's"):
        parse_seed(chained, spec)
    # The list's entries must carry what the new read looks them up by.
    entry = {
        "openid": OPENID,
        "body": json.loads(SEED_FIXTURE.read_text())["listBusifavorCouponsByFilter"][0]["body"],
    }
    with pytest.raises(SeedError, match="no 'appid', which"):
        parse_seed(
            {
                "getBusifavorCoupon": {"entities_of": "listBusifavorCouponsByFilter"},
                "listBusifavorCouponsByFilter": [entry],
            },
            spec,
        )

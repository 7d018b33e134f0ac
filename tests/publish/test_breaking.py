"""tools/publish/breaking.py, the gate's second opinion: pure Python, so it runs in `make test`."""

import copy

import pytest
import yaml

from .conftest import breaking, load_released, load_spec

FAVOR = "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}"
USE = "/v3/marketing/busifavor/coupons/use"
LIST = "/v3/marketing/busifavor/users/{openid}/coupons"


@pytest.fixture(scope="module")
def released():
    return load_released()


def schemas(spec):
    return spec["components"]["schemas"]


def query_parameter(spec, path, name):
    return next(
        p for p in spec["paths"][path]["get"]["parameters"] if "name" in p and p["name"] == name
    )


def remove_operation(spec):
    del spec["paths"][FAVOR]


def rename_operation(spec):
    spec["paths"][FAVOR]["get"]["operationId"] = "getFavorCoupon"


def remove_request_field(spec):
    del schemas(spec)["UseBusifavorCouponRequest"]["properties"]["openid"]


def remove_parameter(spec):
    parameters = spec["paths"][LIST]["get"]["parameters"]
    parameters.remove(query_parameter(spec, LIST, "coupon_state"))


def remove_request_enum_value(spec):
    schemas(spec)["BusifavorCouponState"]["enum"].remove("DELETED")


def add_required_parameter(spec):
    spec["paths"][FAVOR]["get"]["parameters"].append(
        {
            "name": "mchid",
            "in": "query",
            "required": True,
            "description": "商户号。",
            "schema": {"type": "string"},
        }
    )


def make_parameter_required(spec):
    query_parameter(spec, LIST, "coupon_state")["required"] = True


def add_required_body_field(spec):
    request = schemas(spec)["UseBusifavorCouponRequest"]
    request["properties"]["out_trade_no"] = {"type": "string", "maxLength": 32}
    request["required"].append("out_trade_no")


def make_body_field_required(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["required"].append("openid")


def narrow_type(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["properties"]["stock_id"]["type"] = "integer"


def narrow_length(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["properties"]["use_request_no"]["maxLength"] = 32


def narrow_parameter_range(spec):
    query_parameter(spec, LIST, "limit")["schema"]["maximum"] = 5


def add_pattern(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["properties"]["coupon_code"]["pattern"] = "^[0-9]+$"


def remove_response_field(spec):
    coupon = schemas(spec)["FavorCoupon"]
    del coupon["properties"]["description"]
    coupon["required"].remove("description")


def make_response_field_optional(spec):
    schemas(spec)["FavorCoupon"]["required"].remove("description")


def widen_response_type(spec):
    schemas(spec)["UseBusifavorCouponResponse"]["properties"]["stock_id"]["type"] = [
        "string",
        "integer",
    ]


def remove_signature_header(spec):
    del spec["paths"][USE]["post"]["responses"]["200"]["headers"]["Wechatpay-Signature"]


@pytest.mark.parametrize(
    "edit",
    [
        remove_operation,
        rename_operation,
        remove_request_field,
        remove_parameter,
        remove_request_enum_value,
        add_required_parameter,
        make_parameter_required,
        add_required_body_field,
        make_body_field_required,
        narrow_type,
        narrow_length,
        narrow_parameter_range,
        add_pattern,
        remove_response_field,
        make_response_field_optional,
        widen_response_type,
        remove_signature_header,
    ],
)
def test_a_breaking_edit_closes_the_gate(released, edit):
    edited = copy.deepcopy(released)
    edit(edited)
    changes = breaking.compare(released, edited)
    assert any(change.breaking for change in changes), changes


def test_the_command_fails_on_a_breaking_edit_of_a_copy_and_prints_every_change(
    released, tmp_path, capsys
):
    """What `make spec-diff` runs, on a temporary copy with one breaking and one safe edit."""
    edited = copy.deepcopy(released)
    remove_request_field(edited)
    add_response_field(edited)
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(released, allow_unicode=True), encoding="utf-8")
    new.write_text(yaml.safe_dump(edited, allow_unicode=True), encoding="utf-8")
    assert breaking.main([str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "- BREAKING `POST /v3/marketing/busifavor/coupons/use request body" in out
    assert ".openid`: request field removed" in out
    assert ".memo`: response field added" in out
    assert breaking.main([str(old), str(old)]) == 0


def add_operation(spec):
    spec["paths"]["/v3/marketing/favor/stocks/{stock_id}"] = {
        "get": copy.deepcopy(spec["paths"][FAVOR]["get"]) | {"operationId": "queryFavorStock"}
    }


def add_optional_parameter(spec):
    add_required_parameter(spec)
    spec["paths"][FAVOR]["get"]["parameters"][-1]["required"] = False


def add_optional_body_field(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["properties"]["memo"] = {"type": "string"}


def add_response_field(spec):
    schemas(spec)["FavorCoupon"]["properties"]["memo"] = {"type": "string", "maxLength": 64}


def add_response_enum_value(spec):
    schemas(spec)["FavorCouponStatus"]["enum"].append("FROZEN")


def add_request_enum_value(spec):
    schemas(spec)["BusifavorCouponState"]["enum"].append("FROZEN")


def widen_length(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["properties"]["use_request_no"]["maxLength"] = 256


def make_body_field_optional(spec):
    schemas(spec)["UseBusifavorCouponRequest"]["required"].remove("use_time")


@pytest.mark.parametrize(
    "edit",
    [
        add_operation,
        add_optional_parameter,
        add_optional_body_field,
        add_response_field,
        add_response_enum_value,
        add_request_enum_value,
        widen_length,
        make_body_field_optional,
    ],
)
def test_a_compatible_edit_is_reported_and_passes(released, edit):
    edited = copy.deepcopy(released)
    edit(edited)
    changes = breaking.compare(released, edited)
    assert changes, "every change must reach the changelog"
    assert not any(change.breaking for change in changes), changes


def test_the_working_spec_does_not_break_the_released_one(released):
    assert not [change for change in breaking.compare(released, load_spec()) if change.breaking]


def test_identical_specs_have_no_changes(released):
    assert breaking.compare(released, copy.deepcopy(released)) == []

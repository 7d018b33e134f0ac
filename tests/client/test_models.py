"""Every response example of the spec parses, round-trips, and tolerates what newer APIs send."""

import copy
import datetime
from typing import Any

import pytest

from wechatpay_coupons import UNSET, models
from wechatpay_coupons.models import BusifavorCouponEntity, BusifavorCouponState, FavorCoupon
from wechatpay_mock.spec_reader import OpenAPI

from .conftest import load_spec, response_examples

EXAMPLES = list(response_examples("200"))


def normalise(value: Any) -> Any:
    """Date-times compared as instants: '…35.120+08:00' and '…35.120000+08:00' are one time."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def test_the_spec_has_examples_for_every_operation():
    operations = set(OpenAPI(load_spec()).by_id())
    assert {operation for operation, *_ in EXAMPLES} == operations


@pytest.mark.parametrize(
    ("schema_name", "value"),
    [pytest.param(schema, value, id=f"{op}-{name}") for op, schema, name, value in EXAMPLES],
)
def test_example_round_trips_without_loss(schema_name, value):
    model_class = getattr(models, schema_name)
    parsed = model_class.from_dict(copy.deepcopy(value))
    assert normalise(parsed.to_dict()) == normalise(value)
    assert model_class.from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize(
    ("schema_name", "value"),
    [pytest.param(schema, value, id=f"{op}-{name}") for op, schema, name, value in EXAMPLES],
)
def test_unknown_fields_are_kept_at_every_level(schema_name, value):
    tampered = copy.deepcopy(value)
    tampered["field_added_next_year"] = {"nested": [1, 2]}
    parsed = getattr(models, schema_name).from_dict(tampered)
    assert parsed["field_added_next_year"] == {"nested": [1, 2]}
    assert parsed.to_dict()["field_added_next_year"] == {"nested": [1, 2]}


def a_coupon_entity() -> dict[str, Any]:
    _, _, _, page = next(e for e in EXAMPLES if e[0] == "listBusifavorCouponsByFilter")
    return copy.deepcopy(page["data"][0])


def test_unknown_enum_value_is_kept_and_flagged():
    entity = BusifavorCouponEntity.from_dict(
        {**a_coupon_entity(), "coupon_state": "FROZEN_BY_RISK_CONTROL", "stock_type": "NEW_TYPE"}
    )
    assert entity.coupon_state == "FROZEN_BY_RISK_CONTROL"
    assert isinstance(entity.coupon_state, BusifavorCouponState)
    assert entity.coupon_state.is_known is False
    assert BusifavorCouponState.USED.is_known is True
    assert entity.to_dict()["coupon_state"] == "FROZEN_BY_RISK_CONTROL"
    assert entity.to_dict()["stock_type"] == "NEW_TYPE"


def test_unknown_enum_value_deep_in_a_nested_object_parses():
    _, _, _, value = next(e for e in EXAMPLES if e[0] == "queryFavorCoupon")
    tampered = copy.deepcopy(value)
    tampered["status"] = "SUSPENDED"
    tampered["coupon_type"] = "LOTTERY"
    coupon = FavorCoupon.from_dict(tampered)
    assert (coupon.status, coupon.coupon_type) == ("SUSPENDED", "LOTTERY")
    assert normalise(coupon.to_dict()) == normalise(tampered)


def test_unknown_enum_values_are_not_listed_as_members():
    BusifavorCouponState("SOMETHING_NEW")
    assert "SOMETHING_NEW" not in {member.value for member in BusifavorCouponState}


def test_repr_shows_set_fields_and_unknown_ones_only():
    entity = BusifavorCouponEntity.from_dict({**a_coupon_entity(), "extra_field": 1})
    text = repr(entity)
    assert text.startswith("BusifavorCouponEntity(") and "UNSET" not in text
    assert text.endswith("additional_properties={'extra_field': 1})")
    unset_fields = [name for name in entity.__attrs_attrs__ if getattr(entity, name.name) is UNSET]
    assert unset_fields, "the example should leave some optional field unset"
    assert all(f"{field.name}=" not in text for field in unset_fields)
    assert repr(UNSET) == "UNSET"
    assert copy.deepcopy(UNSET) is UNSET

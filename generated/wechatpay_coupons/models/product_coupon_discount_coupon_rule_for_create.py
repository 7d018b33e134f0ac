from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCouponDiscountCouponRuleForCreate")


@_attrs_define
class ProductCouponDiscountCouponRuleForCreate:
    """折扣券使用规则。

    Attributes:
        threshold (int): 门槛金额, in fen; 0 = 无门槛.
        percent_off (int): 固定减免百分比, 30 = 减30%即打7折 (1–99).
    """

    threshold: int
    percent_off: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        percent_off = self.percent_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold": threshold,
                "percent_off": percent_off,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold = d.pop("threshold")

        percent_off = d.pop("percent_off")

        product_coupon_discount_coupon_rule_for_create = cls(
            threshold=threshold,
            percent_off=percent_off,
        )

        product_coupon_discount_coupon_rule_for_create.additional_properties = d
        return product_coupon_discount_coupon_rule_for_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponDiscountCouponUsageRule")


@_attrs_define
class ProductCouponDiscountCouponUsageRule:
    """折扣券使用规则。

    Attributes:
        threshold (int | Unset): 门槛, in fen.
        percent_off (int | Unset): 折扣百分比, 20 = 20% off (打8折).
    """

    threshold: int | Unset = UNSET
    percent_off: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        percent_off = self.percent_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold = d.pop("threshold", UNSET)

        percent_off = d.pop("percent_off", UNSET)

        product_coupon_discount_coupon_usage_rule = cls(
            threshold=threshold,
            percent_off=percent_off,
        )

        product_coupon_discount_coupon_usage_rule.additional_properties = d
        return product_coupon_discount_coupon_usage_rule

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

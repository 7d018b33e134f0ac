from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponProgressiveBundleUsageInfo")


@_attrs_define
class ProductCouponProgressiveBundleUsageInfo:
    """多次优惠模式信息。

    Attributes:
        count (int | Unset): 优惠次数。
        interval_days (int | Unset): 两次优惠的间隔天数。
    """

    count: int | Unset = UNSET
    interval_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        interval_days = self.interval_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if interval_days is not UNSET:
            field_dict["interval_days"] = interval_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        interval_days = d.pop("interval_days", UNSET)

        product_coupon_progressive_bundle_usage_info = cls(
            count=count,
            interval_days=interval_days,
        )

        product_coupon_progressive_bundle_usage_info.additional_properties = d
        return product_coupon_progressive_bundle_usage_info

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

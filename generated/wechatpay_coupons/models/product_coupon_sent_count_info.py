from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponSentCountInfo")


@_attrs_define
class ProductCouponSentCountInfo:
    """已发放数量。

    Attributes:
        total_count (int | Unset): 累计发放数。
        today_count (int | Unset): 当日发放数。
    """

    total_count: int | Unset = UNSET
    today_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        today_count = self.today_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if today_count is not UNSET:
            field_dict["today_count"] = today_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        today_count = d.pop("today_count", UNSET)

        product_coupon_sent_count_info = cls(
            total_count=total_count,
            today_count=today_count,
        )

        product_coupon_sent_count_info.additional_properties = d
        return product_coupon_sent_count_info

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

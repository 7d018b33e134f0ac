from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStockSendRule")


@_attrs_define
class ProductCouponStockSendRule:
    """发放规则。

    Attributes:
        max_count (int | Unset): 批次最大发放数。
        max_count_per_day (int | Unset): 每日最大发放数。
        max_count_per_user (int | Unset): 每用户最大领取数。
    """

    max_count: int | Unset = UNSET
    max_count_per_day: int | Unset = UNSET
    max_count_per_user: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_count = self.max_count

        max_count_per_day = self.max_count_per_day

        max_count_per_user = self.max_count_per_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_count is not UNSET:
            field_dict["max_count"] = max_count
        if max_count_per_day is not UNSET:
            field_dict["max_count_per_day"] = max_count_per_day
        if max_count_per_user is not UNSET:
            field_dict["max_count_per_user"] = max_count_per_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_count = d.pop("max_count", UNSET)

        max_count_per_day = d.pop("max_count_per_day", UNSET)

        max_count_per_user = d.pop("max_count_per_user", UNSET)

        product_coupon_stock_send_rule = cls(
            max_count=max_count,
            max_count_per_day=max_count_per_day,
            max_count_per_user=max_count_per_user,
        )

        product_coupon_stock_send_rule.additional_properties = d
        return product_coupon_stock_send_rule

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

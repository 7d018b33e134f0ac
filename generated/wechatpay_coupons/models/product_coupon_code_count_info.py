from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponCodeCountInfo")


@_attrs_define
class ProductCouponCodeCountInfo:
    """券 code 数量信息 (UPLOAD mode).

    Attributes:
        total_count (int | Unset): 已上传 code 总数。
        available_count (int | Unset): 可用 code 数。
    """

    total_count: int | Unset = UNSET
    available_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        available_count = self.available_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if available_count is not UNSET:
            field_dict["available_count"] = available_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        available_count = d.pop("available_count", UNSET)

        product_coupon_code_count_info = cls(
            total_count=total_count,
            available_count=available_count,
        )

        product_coupon_code_count_info.additional_properties = d
        return product_coupon_code_count_info

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

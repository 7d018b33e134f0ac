from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStockBundleInfo")


@_attrs_define
class ProductCouponStockBundleInfo:
    """批次组信息。

    Attributes:
        stock_bundle_id (str | Unset): 批次组 ID。
        stock_bundle_index (int | Unset): 批次在批次组中的序号。
    """

    stock_bundle_id: str | Unset = UNSET
    stock_bundle_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_bundle_id = self.stock_bundle_id

        stock_bundle_index = self.stock_bundle_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_bundle_id is not UNSET:
            field_dict["stock_bundle_id"] = stock_bundle_id
        if stock_bundle_index is not UNSET:
            field_dict["stock_bundle_index"] = stock_bundle_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stock_bundle_id = d.pop("stock_bundle_id", UNSET)

        stock_bundle_index = d.pop("stock_bundle_index", UNSET)

        product_coupon_stock_bundle_info = cls(
            stock_bundle_id=stock_bundle_id,
            stock_bundle_index=stock_bundle_index,
        )

        product_coupon_stock_bundle_info.additional_properties = d
        return product_coupon_stock_bundle_info

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStockBundle")


@_attrs_define
class ProductCouponStockBundle:
    """批次组 of a 多次优惠 product coupon; one stock per round.

    Attributes:
        stock_bundle_id (str | Unset): 批次组 ID.
        stock_list (list[ProductCouponStock] | Unset): 批次组内的批次, in round order.
    """

    stock_bundle_id: str | Unset = UNSET
    stock_list: list[ProductCouponStock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_bundle_id = self.stock_bundle_id

        stock_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_list, Unset):
            stock_list = []
            for stock_list_item_data in self.stock_list:
                stock_list_item = model_dict(
                    ProductCouponStock, stock_list_item_data, "stock_list_item"
                )
                stock_list.append(stock_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stock_bundle_id is not UNSET:
            field_dict["stock_bundle_id"] = stock_bundle_id
        if stock_list is not UNSET:
            field_dict["stock_list"] = stock_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stock_bundle_id = d.pop("stock_bundle_id", UNSET)

        _stock_list = d.pop("stock_list", UNSET)
        stock_list: list[ProductCouponStock] | Unset = UNSET
        if _stock_list is not UNSET:
            stock_list = []
            for stock_list_item_data in _stock_list:
                stock_list_item = ProductCouponStock.from_dict(stock_list_item_data)

                stock_list.append(stock_list_item)

        product_coupon_stock_bundle = cls(
            stock_bundle_id=stock_bundle_id,
            stock_list=stock_list,
        )

        product_coupon_stock_bundle.additional_properties = d
        return product_coupon_stock_bundle

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


# Imported here, after the class, so that models that refer to each other import cleanly.
from ..models.product_coupon_stock import ProductCouponStock  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponComboPackage")


@_attrs_define
class ProductCouponComboPackage:
    """套餐组合。

    Attributes:
        name (str | Unset): 套餐名称。
        pick_count (int | Unset): 可选数量。
        choice_list (list[ProductCouponComboPackageChoice] | Unset): 可选商品，最多 99 个单品 (the skills pack's API接口清单.md).
    """

    name: str | Unset = UNSET
    pick_count: int | Unset = UNSET
    choice_list: list[ProductCouponComboPackageChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pick_count = self.pick_count

        choice_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choice_list, Unset):
            choice_list = []
            for choice_list_item_data in self.choice_list:
                choice_list_item = model_dict(
                    ProductCouponComboPackageChoice, choice_list_item_data, "choice_list_item"
                )
                choice_list.append(choice_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if pick_count is not UNSET:
            field_dict["pick_count"] = pick_count
        if choice_list is not UNSET:
            field_dict["choice_list"] = choice_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        pick_count = d.pop("pick_count", UNSET)

        _choice_list = d.pop("choice_list", UNSET)
        choice_list: list[ProductCouponComboPackageChoice] | Unset = UNSET
        if _choice_list is not UNSET:
            choice_list = []
            for choice_list_item_data in _choice_list:
                choice_list_item = ProductCouponComboPackageChoice.from_dict(choice_list_item_data)

                choice_list.append(choice_list_item)

        product_coupon_combo_package = cls(
            name=name,
            pick_count=pick_count,
            choice_list=choice_list,
        )

        product_coupon_combo_package.additional_properties = d
        return product_coupon_combo_package

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
from ..models.product_coupon_combo_package_choice import ProductCouponComboPackageChoice  # noqa: E402

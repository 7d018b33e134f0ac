from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict

T = TypeVar("T", bound="ProductCouponComboPackageForCreate")


@_attrs_define
class ProductCouponComboPackageForCreate:
    """套餐组合。

    Attributes:
        name (str): 套餐名称, at most 15 UTF-8 characters.
        pick_count (int): 用户可选单品数量。
        choice_list (list[ProductCouponComboPackageChoiceForCreate]): 可选单品, at most 99.
    """

    name: str
    pick_count: int
    choice_list: list[ProductCouponComboPackageChoiceForCreate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pick_count = self.pick_count

        choice_list = []
        for choice_list_item_data in self.choice_list:
            choice_list_item = model_dict(
                ProductCouponComboPackageChoiceForCreate, choice_list_item_data, "choice_list_item"
            )
            choice_list.append(choice_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "pick_count": pick_count,
                "choice_list": choice_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        pick_count = d.pop("pick_count")

        choice_list = []
        _choice_list = d.pop("choice_list")
        for choice_list_item_data in _choice_list:
            choice_list_item = ProductCouponComboPackageChoiceForCreate.from_dict(
                choice_list_item_data
            )

            choice_list.append(choice_list_item)

        product_coupon_combo_package_for_create = cls(
            name=name,
            pick_count=pick_count,
            choice_list=choice_list,
        )

        product_coupon_combo_package_for_create.additional_properties = d
        return product_coupon_combo_package_for_create

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
from ..models.product_coupon_combo_package_choice_for_create import (
    ProductCouponComboPackageChoiceForCreate,  # noqa: E402
)

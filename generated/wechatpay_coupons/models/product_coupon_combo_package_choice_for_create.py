from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponComboPackageChoiceForCreate")


@_attrs_define
class ProductCouponComboPackageChoiceForCreate:
    """套餐可选单品。

    Attributes:
        name (str): 单品名称, at most 15 UTF-8 characters.
        price (int): 单品价格, in fen.
        count (int): 单品数量, at most 99.
        image_url (str | Unset): 单品图片 URL.
        mini_program_appid (str | Unset): 跳转小程序 AppID.
        mini_program_path (str | Unset): 跳转小程序路径。
    """

    name: str
    price: int
    count: int
    image_url: str | Unset = UNSET
    mini_program_appid: str | Unset = UNSET
    mini_program_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        count = self.count

        image_url = self.image_url

        mini_program_appid = self.mini_program_appid

        mini_program_path = self.mini_program_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "count": count,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mini_program_appid is not UNSET:
            field_dict["mini_program_appid"] = mini_program_appid
        if mini_program_path is not UNSET:
            field_dict["mini_program_path"] = mini_program_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        price = d.pop("price")

        count = d.pop("count")

        image_url = d.pop("image_url", UNSET)

        mini_program_appid = d.pop("mini_program_appid", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        product_coupon_combo_package_choice_for_create = cls(
            name=name,
            price=price,
            count=count,
            image_url=image_url,
            mini_program_appid=mini_program_appid,
            mini_program_path=mini_program_path,
        )

        product_coupon_combo_package_choice_for_create.additional_properties = d
        return product_coupon_combo_package_choice_for_create

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

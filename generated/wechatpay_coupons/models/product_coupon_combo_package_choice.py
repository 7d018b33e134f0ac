from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponComboPackageChoice")


@_attrs_define
class ProductCouponComboPackageChoice:
    """套餐可选商品。

    Attributes:
        name (str | Unset): 商品名称。
        price (int | Unset): 商品价格 (in fen).
        count (int | Unset): 商品数量。
        image_url (str | Unset): 商品图片 URL.
        mini_program_appid (str | Unset): 商品小程序 AppID.
        mini_program_path (str | Unset): 商品小程序路径。
    """

    name: str | Unset = UNSET
    price: int | Unset = UNSET
    count: int | Unset = UNSET
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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if count is not UNSET:
            field_dict["count"] = count
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
        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        count = d.pop("count", UNSET)

        image_url = d.pop("image_url", UNSET)

        mini_program_appid = d.pop("mini_program_appid", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        product_coupon_combo_package_choice = cls(
            name=name,
            price=price,
            count=count,
            image_url=image_url,
            mini_program_appid=mini_program_appid,
            mini_program_path=mini_program_path,
        )

        product_coupon_combo_package_choice.additional_properties = d
        return product_coupon_combo_package_choice

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

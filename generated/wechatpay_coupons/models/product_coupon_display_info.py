from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponDisplayInfo")


@_attrs_define
class ProductCouponDisplayInfo:
    """商品券展示信息。

    Attributes:
        name (str | Unset): 商品券名称。
        image_url (str | Unset): 商品券图片 URL.
        background_url (str | Unset): 商品券背景图 URL.
        detail_image_url_list (list[str] | Unset): 商品详情图 URL 列表，最多 8 张 (the skills pack's API接口清单.md).
        original_price (int | Unset): 商品原价, in fen (required for single-product coupons).
        combo_package_list (list[ProductCouponComboPackage] | Unset): 套餐组合信息 (single-product coupons)，最多 50 个组合 (the
            skills pack's API接口清单.md).
    """

    name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    background_url: str | Unset = UNSET
    detail_image_url_list: list[str] | Unset = UNSET
    original_price: int | Unset = UNSET
    combo_package_list: list[ProductCouponComboPackage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_url = self.image_url

        background_url = self.background_url

        detail_image_url_list: list[str] | Unset = UNSET
        if not isinstance(self.detail_image_url_list, Unset):
            detail_image_url_list = self.detail_image_url_list

        original_price = self.original_price

        combo_package_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.combo_package_list, Unset):
            combo_package_list = []
            for combo_package_list_item_data in self.combo_package_list:
                combo_package_list_item = model_dict(
                    ProductCouponComboPackage,
                    combo_package_list_item_data,
                    "combo_package_list_item",
                )
                combo_package_list.append(combo_package_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if background_url is not UNSET:
            field_dict["background_url"] = background_url
        if detail_image_url_list is not UNSET:
            field_dict["detail_image_url_list"] = detail_image_url_list
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
        if combo_package_list is not UNSET:
            field_dict["combo_package_list"] = combo_package_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        background_url = d.pop("background_url", UNSET)

        detail_image_url_list = cast(list[str], d.pop("detail_image_url_list", UNSET))

        original_price = d.pop("original_price", UNSET)

        _combo_package_list = d.pop("combo_package_list", UNSET)
        combo_package_list: list[ProductCouponComboPackage] | Unset = UNSET
        if _combo_package_list is not UNSET:
            combo_package_list = []
            for combo_package_list_item_data in _combo_package_list:
                combo_package_list_item = ProductCouponComboPackage.from_dict(
                    combo_package_list_item_data
                )

                combo_package_list.append(combo_package_list_item)

        product_coupon_display_info = cls(
            name=name,
            image_url=image_url,
            background_url=background_url,
            detail_image_url_list=detail_image_url_list,
            original_price=original_price,
            combo_package_list=combo_package_list,
        )

        product_coupon_display_info.additional_properties = d
        return product_coupon_display_info

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
from ..models.product_coupon_combo_package import ProductCouponComboPackage  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponDisplayInfoForCreate")


@_attrs_define
class ProductCouponDisplayInfoForCreate:
    """【商品券展示信息】

    Attributes:
        name (str): 商品券名称, 3–15 UTF-8 characters (an emoji counts one).
        image_url (str): 商品券图片 URL, from the image upload API only; 1:1, 1080×1080 suggested, at most 2M.
        background_url (str): 商品券背景图 URL, from the image upload API only; 65:77, 1170×1326 suggested, at most 2M.
        detail_image_url_list (list[str] | Unset): 商品详情图 URL 列表, at most 8.
        original_price (int | Unset): 商品原价, in fen; required for scope SINGLE (单品券必须提供商品原价).
        combo_package_list (list[ProductCouponComboPackageForCreate] | Unset): 套餐组合, at most 50; required for scope
            SINGLE (单品券必须提供商品券套餐组合信息).
    """

    name: str
    image_url: str
    background_url: str
    detail_image_url_list: list[str] | Unset = UNSET
    original_price: int | Unset = UNSET
    combo_package_list: list[ProductCouponComboPackageForCreate] | Unset = UNSET
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
                    ProductCouponComboPackageForCreate,
                    combo_package_list_item_data,
                    "combo_package_list_item",
                )
                combo_package_list.append(combo_package_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "image_url": image_url,
                "background_url": background_url,
            }
        )
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
        name = d.pop("name")

        image_url = d.pop("image_url")

        background_url = d.pop("background_url")

        detail_image_url_list = cast(list[str], d.pop("detail_image_url_list", UNSET))

        original_price = d.pop("original_price", UNSET)

        _combo_package_list = d.pop("combo_package_list", UNSET)
        combo_package_list: list[ProductCouponComboPackageForCreate] | Unset = UNSET
        if _combo_package_list is not UNSET:
            combo_package_list = []
            for combo_package_list_item_data in _combo_package_list:
                combo_package_list_item = ProductCouponComboPackageForCreate.from_dict(
                    combo_package_list_item_data
                )

                combo_package_list.append(combo_package_list_item)

        product_coupon_display_info_for_create = cls(
            name=name,
            image_url=image_url,
            background_url=background_url,
            detail_image_url_list=detail_image_url_list,
            original_price=original_price,
            combo_package_list=combo_package_list,
        )

        product_coupon_display_info_for_create.additional_properties = d
        return product_coupon_display_info_for_create

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
from ..models.product_coupon_combo_package_for_create import ProductCouponComboPackageForCreate  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.product_coupon_usage_method import ProductCouponUsageMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponUsageRuleDisplayInfoForCreate")


@_attrs_define
class ProductCouponUsageRuleDisplayInfoForCreate:
    """【使用规则展示信息】

    Attributes:
        coupon_usage_method_list (list[ProductCouponUsageMethod]): 核销方式, one or more of OFFLINE, MINI_PROGRAM, APP,
            PAYMENT_CODE.
        usage_description (str): 使用说明, at most 1000 UTF-8 characters.
        mini_program_appid (str | Unset): 核销小程序 AppID; required with MINI_PROGRAM.
        mini_program_path (str | Unset): 核销小程序路径; required with MINI_PROGRAM.
        app_path (str | Unset): APP 跳转路径; required with APP.
        coupon_available_store_info (ProductCouponAvailableStoreInfoForCreate | Unset): 可用门店信息。
    """

    coupon_usage_method_list: list[ProductCouponUsageMethod]
    usage_description: str
    mini_program_appid: str | Unset = UNSET
    mini_program_path: str | Unset = UNSET
    app_path: str | Unset = UNSET
    coupon_available_store_info: ProductCouponAvailableStoreInfoForCreate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_usage_method_list = []
        for coupon_usage_method_list_item_data in self.coupon_usage_method_list:
            coupon_usage_method_list_item = enum_value(
                ProductCouponUsageMethod,
                coupon_usage_method_list_item_data,
                "coupon_usage_method_list_item",
            )
            coupon_usage_method_list.append(coupon_usage_method_list_item)

        usage_description = self.usage_description

        mini_program_appid = self.mini_program_appid

        mini_program_path = self.mini_program_path

        app_path = self.app_path

        coupon_available_store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_available_store_info, Unset):
            coupon_available_store_info = model_dict(
                ProductCouponAvailableStoreInfoForCreate,
                self.coupon_available_store_info,
                "coupon_available_store_info",
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_usage_method_list": coupon_usage_method_list,
                "usage_description": usage_description,
            }
        )
        if mini_program_appid is not UNSET:
            field_dict["mini_program_appid"] = mini_program_appid
        if mini_program_path is not UNSET:
            field_dict["mini_program_path"] = mini_program_path
        if app_path is not UNSET:
            field_dict["app_path"] = app_path
        if coupon_available_store_info is not UNSET:
            field_dict["coupon_available_store_info"] = coupon_available_store_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_usage_method_list = []
        _coupon_usage_method_list = d.pop("coupon_usage_method_list")
        for coupon_usage_method_list_item_data in _coupon_usage_method_list:
            coupon_usage_method_list_item = ProductCouponUsageMethod.parse(
                coupon_usage_method_list_item_data
            )

            coupon_usage_method_list.append(coupon_usage_method_list_item)

        usage_description = d.pop("usage_description")

        mini_program_appid = d.pop("mini_program_appid", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        app_path = d.pop("app_path", UNSET)

        _coupon_available_store_info = d.pop("coupon_available_store_info", UNSET)
        coupon_available_store_info: ProductCouponAvailableStoreInfoForCreate | Unset
        if _coupon_available_store_info is UNSET:
            coupon_available_store_info = UNSET
        else:
            coupon_available_store_info = ProductCouponAvailableStoreInfoForCreate.from_dict(
                _coupon_available_store_info
            )

        product_coupon_usage_rule_display_info_for_create = cls(
            coupon_usage_method_list=coupon_usage_method_list,
            usage_description=usage_description,
            mini_program_appid=mini_program_appid,
            mini_program_path=mini_program_path,
            app_path=app_path,
            coupon_available_store_info=coupon_available_store_info,
        )

        product_coupon_usage_rule_display_info_for_create.additional_properties = d
        return product_coupon_usage_rule_display_info_for_create

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
from ..models.product_coupon_available_store_info_for_create import (
    ProductCouponAvailableStoreInfoForCreate,  # noqa: E402
)

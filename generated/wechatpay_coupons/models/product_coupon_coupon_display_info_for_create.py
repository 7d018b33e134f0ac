from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.product_coupon_code_display_mode import ProductCouponCodeDisplayMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponCouponDisplayInfoForCreate")


@_attrs_define
class ProductCouponCouponDisplayInfoForCreate:
    """【用户券展示信息】

    Attributes:
        code_display_mode (ProductCouponCodeDisplayMode): code 展示方式。INVISIBLE 不展示; BARCODE 一维码; QRCODE 二维码。
        background_color (str | Unset): 背景颜色, one of Color010 … Color100 (10 colours); Color020 when absent.
        entrance_mini_program (ProductCouponEntranceMiniProgramForCreate | Unset): 小程序入口。
        entrance_official_account (ProductCouponEntranceOfficialAccount | Unset): 公众号入口。
        entrance_finder (ProductCouponEntranceFinder | Unset): 视频号入口。
    """

    code_display_mode: ProductCouponCodeDisplayMode
    background_color: str | Unset = UNSET
    entrance_mini_program: ProductCouponEntranceMiniProgramForCreate | Unset = UNSET
    entrance_official_account: ProductCouponEntranceOfficialAccount | Unset = UNSET
    entrance_finder: ProductCouponEntranceFinder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_display_mode = enum_value(
            ProductCouponCodeDisplayMode, self.code_display_mode, "code_display_mode"
        )

        background_color = self.background_color

        entrance_mini_program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entrance_mini_program, Unset):
            entrance_mini_program = model_dict(
                ProductCouponEntranceMiniProgramForCreate,
                self.entrance_mini_program,
                "entrance_mini_program",
            )

        entrance_official_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entrance_official_account, Unset):
            entrance_official_account = model_dict(
                ProductCouponEntranceOfficialAccount,
                self.entrance_official_account,
                "entrance_official_account",
            )

        entrance_finder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entrance_finder, Unset):
            entrance_finder = model_dict(
                ProductCouponEntranceFinder, self.entrance_finder, "entrance_finder"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_display_mode": code_display_mode,
            }
        )
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if entrance_mini_program is not UNSET:
            field_dict["entrance_mini_program"] = entrance_mini_program
        if entrance_official_account is not UNSET:
            field_dict["entrance_official_account"] = entrance_official_account
        if entrance_finder is not UNSET:
            field_dict["entrance_finder"] = entrance_finder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_display_mode = ProductCouponCodeDisplayMode.parse(d.pop("code_display_mode"))

        background_color = d.pop("background_color", UNSET)

        _entrance_mini_program = d.pop("entrance_mini_program", UNSET)
        entrance_mini_program: ProductCouponEntranceMiniProgramForCreate | Unset
        if _entrance_mini_program is UNSET:
            entrance_mini_program = UNSET
        else:
            entrance_mini_program = ProductCouponEntranceMiniProgramForCreate.from_dict(
                _entrance_mini_program
            )

        _entrance_official_account = d.pop("entrance_official_account", UNSET)
        entrance_official_account: ProductCouponEntranceOfficialAccount | Unset
        if _entrance_official_account is UNSET:
            entrance_official_account = UNSET
        else:
            entrance_official_account = ProductCouponEntranceOfficialAccount.from_dict(
                _entrance_official_account
            )

        _entrance_finder = d.pop("entrance_finder", UNSET)
        entrance_finder: ProductCouponEntranceFinder | Unset
        if _entrance_finder is UNSET:
            entrance_finder = UNSET
        else:
            entrance_finder = ProductCouponEntranceFinder.from_dict(_entrance_finder)

        product_coupon_coupon_display_info_for_create = cls(
            code_display_mode=code_display_mode,
            background_color=background_color,
            entrance_mini_program=entrance_mini_program,
            entrance_official_account=entrance_official_account,
            entrance_finder=entrance_finder,
        )

        product_coupon_coupon_display_info_for_create.additional_properties = d
        return product_coupon_coupon_display_info_for_create

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
from ..models.product_coupon_entrance_finder import ProductCouponEntranceFinder  # noqa: E402
from ..models.product_coupon_entrance_mini_program_for_create import (
    ProductCouponEntranceMiniProgramForCreate,  # noqa: E402
)
from ..models.product_coupon_entrance_official_account import ProductCouponEntranceOfficialAccount  # noqa: E402

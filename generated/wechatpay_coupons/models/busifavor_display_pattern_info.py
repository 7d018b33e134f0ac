from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorDisplayPatternInfo")


@_attrs_define
class BusifavorDisplayPatternInfo:
    """样式信息。How the coupon looks in the card bag.

    Attributes:
        description (str | Unset): 使用须知 (not returned by the list API since 2020-07-08; read it from the single-coupon
            API).
        merchant_logo_url (str | Unset): 商户 logo URL (uploaded through the image upload API).
        merchant_name (str | Unset): 商户名称 (at most 12 characters, filled in automatically).
        background_color (str | Unset): 背景颜色, one of Color010, Color020 … Color100.
        coupon_image_url (str | Unset): 券详情图片 URL.
        finder_info (BusifavorFinderInfo | Unset): 视频号相关信息。The WeChat Channels (视频号) video shown with the coupon.
    """

    description: str | Unset = UNSET
    merchant_logo_url: str | Unset = UNSET
    merchant_name: str | Unset = UNSET
    background_color: str | Unset = UNSET
    coupon_image_url: str | Unset = UNSET
    finder_info: BusifavorFinderInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        merchant_logo_url = self.merchant_logo_url

        merchant_name = self.merchant_name

        background_color = self.background_color

        coupon_image_url = self.coupon_image_url

        finder_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finder_info, Unset):
            finder_info = model_dict(BusifavorFinderInfo, self.finder_info, "finder_info")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if merchant_logo_url is not UNSET:
            field_dict["merchant_logo_url"] = merchant_logo_url
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if coupon_image_url is not UNSET:
            field_dict["coupon_image_url"] = coupon_image_url
        if finder_info is not UNSET:
            field_dict["finder_info"] = finder_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        merchant_logo_url = d.pop("merchant_logo_url", UNSET)

        merchant_name = d.pop("merchant_name", UNSET)

        background_color = d.pop("background_color", UNSET)

        coupon_image_url = d.pop("coupon_image_url", UNSET)

        _finder_info = d.pop("finder_info", UNSET)
        finder_info: BusifavorFinderInfo | Unset
        if _finder_info is UNSET:
            finder_info = UNSET
        else:
            finder_info = BusifavorFinderInfo.from_dict(_finder_info)

        busifavor_display_pattern_info = cls(
            description=description,
            merchant_logo_url=merchant_logo_url,
            merchant_name=merchant_name,
            background_color=background_color,
            coupon_image_url=coupon_image_url,
            finder_info=finder_info,
        )

        busifavor_display_pattern_info.additional_properties = d
        return busifavor_display_pattern_info

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
from ..models.busifavor_finder_info import BusifavorFinderInfo  # noqa: E402

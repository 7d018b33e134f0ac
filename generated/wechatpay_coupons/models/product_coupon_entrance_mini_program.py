from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponEntranceMiniProgram")


@_attrs_define
class ProductCouponEntranceMiniProgram:
    """小程序入口。

    Attributes:
        appid (str | Unset): 小程序 AppID.
        path (str | Unset): 小程序路径。
        entrance_wording (str | Unset): 入口文案。
        guidance_wording (str | Unset): 引导文案。
    """

    appid: str | Unset = UNSET
    path: str | Unset = UNSET
    entrance_wording: str | Unset = UNSET
    guidance_wording: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        path = self.path

        entrance_wording = self.entrance_wording

        guidance_wording = self.guidance_wording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if path is not UNSET:
            field_dict["path"] = path
        if entrance_wording is not UNSET:
            field_dict["entrance_wording"] = entrance_wording
        if guidance_wording is not UNSET:
            field_dict["guidance_wording"] = guidance_wording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        path = d.pop("path", UNSET)

        entrance_wording = d.pop("entrance_wording", UNSET)

        guidance_wording = d.pop("guidance_wording", UNSET)

        product_coupon_entrance_mini_program = cls(
            appid=appid,
            path=path,
            entrance_wording=entrance_wording,
            guidance_wording=guidance_wording,
        )

        product_coupon_entrance_mini_program.additional_properties = d
        return product_coupon_entrance_mini_program

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

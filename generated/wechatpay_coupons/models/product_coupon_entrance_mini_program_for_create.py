from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCouponEntranceMiniProgramForCreate")


@_attrs_define
class ProductCouponEntranceMiniProgramForCreate:
    """小程序入口。

    Attributes:
        appid (str): 小程序 AppID.
        path (str): 小程序路径。
        entrance_wording (str): 入口文案, at most 5 UTF-8 characters.
        guidance_wording (str): 引导文案, at most 6 UTF-8 characters.
    """

    appid: str
    path: str
    entrance_wording: str
    guidance_wording: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        path = self.path

        entrance_wording = self.entrance_wording

        guidance_wording = self.guidance_wording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "path": path,
                "entrance_wording": entrance_wording,
                "guidance_wording": guidance_wording,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appid = d.pop("appid")

        path = d.pop("path")

        entrance_wording = d.pop("entrance_wording")

        guidance_wording = d.pop("guidance_wording")

        product_coupon_entrance_mini_program_for_create = cls(
            appid=appid,
            path=path,
            entrance_wording=entrance_wording,
            guidance_wording=guidance_wording,
        )

        product_coupon_entrance_mini_program_for_create.additional_properties = d
        return product_coupon_entrance_mini_program_for_create

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

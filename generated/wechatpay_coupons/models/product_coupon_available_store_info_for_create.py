from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponAvailableStoreInfoForCreate")


@_attrs_define
class ProductCouponAvailableStoreInfoForCreate:
    """可用门店信息。

    Attributes:
        description (str): 可用门店描述, at most 1000 UTF-8 characters.
        mini_program_appid (str | Unset): 门店列表小程序 AppID.
        mini_program_path (str | Unset): 门店列表小程序路径。
    """

    description: str
    mini_program_appid: str | Unset = UNSET
    mini_program_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        mini_program_appid = self.mini_program_appid

        mini_program_path = self.mini_program_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if mini_program_appid is not UNSET:
            field_dict["mini_program_appid"] = mini_program_appid
        if mini_program_path is not UNSET:
            field_dict["mini_program_path"] = mini_program_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        mini_program_appid = d.pop("mini_program_appid", UNSET)

        mini_program_path = d.pop("mini_program_path", UNSET)

        product_coupon_available_store_info_for_create = cls(
            description=description,
            mini_program_appid=mini_program_appid,
            mini_program_path=mini_program_path,
        )

        product_coupon_available_store_info_for_create.additional_properties = d
        return product_coupon_available_store_info_for_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.busifavor_code_display_mode import BusifavorCodeDisplayMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCustomEntrance")


@_attrs_define
class BusifavorCustomEntrance:
    """自定义入口。Entrances shown on the coupon's detail page.

    Attributes:
        mini_programs_info (BusifavorMiniProgramsInfo | Unset): 商家小程序入口。
        appid (str | Unset): 商户公众号 AppID.
        hall_id (str | Unset): 营销馆 ID.
        store_id (str | Unset): 可用门店 ID.
        code_display_mode (BusifavorCodeDisplayMode | Unset): code 展示模式。NOT_SHOW 不展示 code; BARCODE 一维码; QRCODE 二维码。
    """

    mini_programs_info: BusifavorMiniProgramsInfo | Unset = UNSET
    appid: str | Unset = UNSET
    hall_id: str | Unset = UNSET
    store_id: str | Unset = UNSET
    code_display_mode: BusifavorCodeDisplayMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini_programs_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mini_programs_info, Unset):
            mini_programs_info = model_dict(
                BusifavorMiniProgramsInfo, self.mini_programs_info, "mini_programs_info"
            )

        appid = self.appid

        hall_id = self.hall_id

        store_id = self.store_id

        code_display_mode: str | Unset = UNSET
        if not isinstance(self.code_display_mode, Unset):
            code_display_mode = enum_value(
                BusifavorCodeDisplayMode, self.code_display_mode, "code_display_mode"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mini_programs_info is not UNSET:
            field_dict["mini_programs_info"] = mini_programs_info
        if appid is not UNSET:
            field_dict["appid"] = appid
        if hall_id is not UNSET:
            field_dict["hall_id"] = hall_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if code_display_mode is not UNSET:
            field_dict["code_display_mode"] = code_display_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mini_programs_info = d.pop("mini_programs_info", UNSET)
        mini_programs_info: BusifavorMiniProgramsInfo | Unset
        if _mini_programs_info is UNSET:
            mini_programs_info = UNSET
        else:
            mini_programs_info = BusifavorMiniProgramsInfo.from_dict(_mini_programs_info)

        appid = d.pop("appid", UNSET)

        hall_id = d.pop("hall_id", UNSET)

        store_id = d.pop("store_id", UNSET)

        _code_display_mode = d.pop("code_display_mode", UNSET)
        code_display_mode: BusifavorCodeDisplayMode | Unset
        if _code_display_mode is UNSET:
            code_display_mode = UNSET
        else:
            code_display_mode = BusifavorCodeDisplayMode.parse(_code_display_mode)

        busifavor_custom_entrance = cls(
            mini_programs_info=mini_programs_info,
            appid=appid,
            hall_id=hall_id,
            store_id=store_id,
            code_display_mode=code_display_mode,
        )

        busifavor_custom_entrance.additional_properties = d
        return busifavor_custom_entrance

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
from ..models.busifavor_mini_programs_info import BusifavorMiniProgramsInfo  # noqa: E402

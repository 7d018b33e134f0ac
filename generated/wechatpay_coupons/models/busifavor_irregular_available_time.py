from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorIrregularAvailableTime")


@_attrs_define
class BusifavorIrregularAvailableTime:
    """无规律的有效时间段。

    Attributes:
        begin_time (datetime.datetime | Unset): 开始时间。
        end_time (datetime.datetime | Unset): 结束时间。
    """

    begin_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_time: str | Unset = UNSET
        if not isinstance(self.begin_time, Unset):
            begin_time = rfc3339(self.begin_time, "begin_time")

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = rfc3339(self.end_time, "end_time")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _begin_time = d.pop("begin_time", UNSET)
        begin_time: datetime.datetime | Unset
        if _begin_time is UNSET:
            begin_time = UNSET
        else:
            begin_time = datetime.datetime.fromisoformat(_begin_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        busifavor_irregular_available_time = cls(
            begin_time=begin_time,
            end_time=end_time,
        )

        busifavor_irregular_available_time.additional_properties = d
        return busifavor_irregular_available_time

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

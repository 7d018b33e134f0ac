from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorAvailableTime")


@_attrs_define
class BusifavorAvailableTime:
    """券可核销时间 (the merchant-coupon `FavorAvailableTime`; not the cash-coupon type of the same SDK name). 商家券有效期最长为 1 年。

    Attributes:
        available_begin_time (datetime.datetime): 开始时间。Start of the stock's validity.
        available_end_time (datetime.datetime): 结束时间。End of the stock's validity.
        available_day_after_receive (int | Unset): 生效后 N 天内有效 (days valid after receipt).
        available_week (BusifavorAvailableWeek | Unset): 固定周期有效时间段。Weekly availability.
        irregulary_avaliable_time (list[BusifavorIrregularAvailableTime] | Unset): 无规律的有效时间段。The wire name is misspelled
            by WeChat Pay and must stay so.
        wait_days_after_receive (int | Unset): 领取后 N 天开始生效 (only together with available_day_after_receive).
    """

    available_begin_time: datetime.datetime
    available_end_time: datetime.datetime
    available_day_after_receive: int | Unset = UNSET
    available_week: BusifavorAvailableWeek | Unset = UNSET
    irregulary_avaliable_time: list[BusifavorIrregularAvailableTime] | Unset = UNSET
    wait_days_after_receive: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_begin_time = rfc3339(self.available_begin_time, "available_begin_time")

        available_end_time = rfc3339(self.available_end_time, "available_end_time")

        available_day_after_receive = self.available_day_after_receive

        available_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_week, Unset):
            available_week = model_dict(
                BusifavorAvailableWeek, self.available_week, "available_week"
            )

        irregulary_avaliable_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.irregulary_avaliable_time, Unset):
            irregulary_avaliable_time = []
            for irregulary_avaliable_time_item_data in self.irregulary_avaliable_time:
                irregulary_avaliable_time_item = model_dict(
                    BusifavorIrregularAvailableTime,
                    irregulary_avaliable_time_item_data,
                    "irregulary_avaliable_time_item",
                )
                irregulary_avaliable_time.append(irregulary_avaliable_time_item)

        wait_days_after_receive = self.wait_days_after_receive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_begin_time": available_begin_time,
                "available_end_time": available_end_time,
            }
        )
        if available_day_after_receive is not UNSET:
            field_dict["available_day_after_receive"] = available_day_after_receive
        if available_week is not UNSET:
            field_dict["available_week"] = available_week
        if irregulary_avaliable_time is not UNSET:
            field_dict["irregulary_avaliable_time"] = irregulary_avaliable_time
        if wait_days_after_receive is not UNSET:
            field_dict["wait_days_after_receive"] = wait_days_after_receive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_begin_time = datetime.datetime.fromisoformat(d.pop("available_begin_time"))

        available_end_time = datetime.datetime.fromisoformat(d.pop("available_end_time"))

        available_day_after_receive = d.pop("available_day_after_receive", UNSET)

        _available_week = d.pop("available_week", UNSET)
        available_week: BusifavorAvailableWeek | Unset
        if _available_week is UNSET:
            available_week = UNSET
        else:
            available_week = BusifavorAvailableWeek.from_dict(_available_week)

        _irregulary_avaliable_time = d.pop("irregulary_avaliable_time", UNSET)
        irregulary_avaliable_time: list[BusifavorIrregularAvailableTime] | Unset = UNSET
        if _irregulary_avaliable_time is not UNSET:
            irregulary_avaliable_time = []
            for irregulary_avaliable_time_item_data in _irregulary_avaliable_time:
                irregulary_avaliable_time_item = BusifavorIrregularAvailableTime.from_dict(
                    irregulary_avaliable_time_item_data
                )

                irregulary_avaliable_time.append(irregulary_avaliable_time_item)

        wait_days_after_receive = d.pop("wait_days_after_receive", UNSET)

        busifavor_available_time = cls(
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            available_day_after_receive=available_day_after_receive,
            available_week=available_week,
            irregulary_avaliable_time=irregulary_avaliable_time,
            wait_days_after_receive=wait_days_after_receive,
        )

        busifavor_available_time.additional_properties = d
        return busifavor_available_time

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
from ..models.busifavor_available_week import BusifavorAvailableWeek  # noqa: E402
from ..models.busifavor_irregular_available_time import BusifavorIrregularAvailableTime  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.product_coupon_weekday import ProductCouponWeekday
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponWeeklyAvailablePeriod")


@_attrs_define
class ProductCouponWeeklyAvailablePeriod:
    """每周固定可用时间。day_list is required when day_period_list is given.

    Attributes:
        day_list (list[ProductCouponWeekday] | Unset): 每周可用星期。
        day_period_list (list[ProductCouponDayPeriod] | Unset): 当天可用时间段。
    """

    day_list: list[ProductCouponWeekday] | Unset = UNSET
    day_period_list: list[ProductCouponDayPeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_list: list[str] | Unset = UNSET
        if not isinstance(self.day_list, Unset):
            day_list = []
            for day_list_item_data in self.day_list:
                day_list_item = enum_value(
                    ProductCouponWeekday, day_list_item_data, "day_list_item"
                )
                day_list.append(day_list_item)

        day_period_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.day_period_list, Unset):
            day_period_list = []
            for day_period_list_item_data in self.day_period_list:
                day_period_list_item = model_dict(
                    ProductCouponDayPeriod, day_period_list_item_data, "day_period_list_item"
                )
                day_period_list.append(day_period_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_list is not UNSET:
            field_dict["day_list"] = day_list
        if day_period_list is not UNSET:
            field_dict["day_period_list"] = day_period_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _day_list = d.pop("day_list", UNSET)
        day_list: list[ProductCouponWeekday] | Unset = UNSET
        if _day_list is not UNSET:
            day_list = []
            for day_list_item_data in _day_list:
                day_list_item = ProductCouponWeekday.parse(day_list_item_data)

                day_list.append(day_list_item)

        _day_period_list = d.pop("day_period_list", UNSET)
        day_period_list: list[ProductCouponDayPeriod] | Unset = UNSET
        if _day_period_list is not UNSET:
            day_period_list = []
            for day_period_list_item_data in _day_period_list:
                day_period_list_item = ProductCouponDayPeriod.from_dict(day_period_list_item_data)

                day_period_list.append(day_period_list_item)

        product_coupon_weekly_available_period = cls(
            day_list=day_list,
            day_period_list=day_period_list,
        )

        product_coupon_weekly_available_period.additional_properties = d
        return product_coupon_weekly_available_period

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
from ..models.product_coupon_day_period import ProductCouponDayPeriod  # noqa: E402

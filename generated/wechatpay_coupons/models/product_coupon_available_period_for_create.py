from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponAvailablePeriodForCreate")


@_attrs_define
class ProductCouponAvailablePeriodForCreate:
    """【券可核销时间】The stock's validity, at most 365 days.

    Attributes:
        available_begin_time (datetime.datetime): 开始时间 (RFC 3339).
        available_end_time (datetime.datetime): 结束时间 (RFC 3339); at most 365 days after the beginning.
        available_days (int | Unset): 生效后N天内有效, at most 365; not together with irregular_available_period_list.
        wait_days_after_receive (int | Unset): 领取后N天开始生效, at most 30; only together with available_days.
        weekly_available_period (ProductCouponWeeklyAvailablePeriod | Unset): 每周固定可用时间。day_list is required when
            day_period_list is given.
        irregular_available_period_list (list[ProductCouponTimePeriod] | Unset): 无规律的可用时间段。
    """

    available_begin_time: datetime.datetime
    available_end_time: datetime.datetime
    available_days: int | Unset = UNSET
    wait_days_after_receive: int | Unset = UNSET
    weekly_available_period: ProductCouponWeeklyAvailablePeriod | Unset = UNSET
    irregular_available_period_list: list[ProductCouponTimePeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_begin_time = rfc3339(self.available_begin_time, "available_begin_time")

        available_end_time = rfc3339(self.available_end_time, "available_end_time")

        available_days = self.available_days

        wait_days_after_receive = self.wait_days_after_receive

        weekly_available_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weekly_available_period, Unset):
            weekly_available_period = model_dict(
                ProductCouponWeeklyAvailablePeriod,
                self.weekly_available_period,
                "weekly_available_period",
            )

        irregular_available_period_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.irregular_available_period_list, Unset):
            irregular_available_period_list = []
            for irregular_available_period_list_item_data in self.irregular_available_period_list:
                irregular_available_period_list_item = model_dict(
                    ProductCouponTimePeriod,
                    irregular_available_period_list_item_data,
                    "irregular_available_period_list_item",
                )
                irregular_available_period_list.append(irregular_available_period_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_begin_time": available_begin_time,
                "available_end_time": available_end_time,
            }
        )
        if available_days is not UNSET:
            field_dict["available_days"] = available_days
        if wait_days_after_receive is not UNSET:
            field_dict["wait_days_after_receive"] = wait_days_after_receive
        if weekly_available_period is not UNSET:
            field_dict["weekly_available_period"] = weekly_available_period
        if irregular_available_period_list is not UNSET:
            field_dict["irregular_available_period_list"] = irregular_available_period_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_begin_time = datetime.datetime.fromisoformat(d.pop("available_begin_time"))

        available_end_time = datetime.datetime.fromisoformat(d.pop("available_end_time"))

        available_days = d.pop("available_days", UNSET)

        wait_days_after_receive = d.pop("wait_days_after_receive", UNSET)

        _weekly_available_period = d.pop("weekly_available_period", UNSET)
        weekly_available_period: ProductCouponWeeklyAvailablePeriod | Unset
        if _weekly_available_period is UNSET:
            weekly_available_period = UNSET
        else:
            weekly_available_period = ProductCouponWeeklyAvailablePeriod.from_dict(
                _weekly_available_period
            )

        _irregular_available_period_list = d.pop("irregular_available_period_list", UNSET)
        irregular_available_period_list: list[ProductCouponTimePeriod] | Unset = UNSET
        if _irregular_available_period_list is not UNSET:
            irregular_available_period_list = []
            for irregular_available_period_list_item_data in _irregular_available_period_list:
                irregular_available_period_list_item = ProductCouponTimePeriod.from_dict(
                    irregular_available_period_list_item_data
                )

                irregular_available_period_list.append(irregular_available_period_list_item)

        product_coupon_available_period_for_create = cls(
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            available_days=available_days,
            wait_days_after_receive=wait_days_after_receive,
            weekly_available_period=weekly_available_period,
            irregular_available_period_list=irregular_available_period_list,
        )

        product_coupon_available_period_for_create.additional_properties = d
        return product_coupon_available_period_for_create

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
from ..models.product_coupon_time_period import ProductCouponTimePeriod  # noqa: E402
from ..models.product_coupon_weekly_available_period import ProductCouponWeeklyAvailablePeriod  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStockSendRuleForCreate")


@_attrs_define
class ProductCouponStockSendRuleForCreate:
    """【发放规则】The stock's budgets; a send is refused once any is reached.

    Attributes:
        max_count (int): 发放次数总上限 (total budget), at most 100,000,000.
        max_count_per_user (int): 每个用户领取次数上限 (per-user limit), at most 100; coupons not yet confirmed count.
        max_count_per_day (int | Unset): 每日发放次数上限 (daily budget), at most 100,000,000; unlimited when absent.
    """

    max_count: int
    max_count_per_user: int
    max_count_per_day: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_count = self.max_count

        max_count_per_user = self.max_count_per_user

        max_count_per_day = self.max_count_per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_count": max_count,
                "max_count_per_user": max_count_per_user,
            }
        )
        if max_count_per_day is not UNSET:
            field_dict["max_count_per_day"] = max_count_per_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_count = d.pop("max_count")

        max_count_per_user = d.pop("max_count_per_user")

        max_count_per_day = d.pop("max_count_per_day", UNSET)

        product_coupon_stock_send_rule_for_create = cls(
            max_count=max_count,
            max_count_per_user=max_count_per_user,
            max_count_per_day=max_count_per_day,
        )

        product_coupon_stock_send_rule_for_create.additional_properties = d
        return product_coupon_stock_send_rule_for_create

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

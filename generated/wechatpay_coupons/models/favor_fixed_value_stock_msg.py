from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorFixedValueStockMsg")


@_attrs_define
class FavorFixedValueStockMsg:
    """满减券信息 (cash coupons; not the merchant-coupon schema of the same SDK name). 普通满减券面额、门槛信息。

    Attributes:
        coupon_amount (int): 面额, in fen.
        transaction_minimum (int): 使用券金额门槛, in fen.
    """

    coupon_amount: int
    transaction_minimum: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_amount = self.coupon_amount

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_amount": coupon_amount,
                "transaction_minimum": transaction_minimum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_amount = d.pop("coupon_amount")

        transaction_minimum = d.pop("transaction_minimum")

        favor_fixed_value_stock_msg = cls(
            coupon_amount=coupon_amount,
            transaction_minimum=transaction_minimum,
        )

        favor_fixed_value_stock_msg.additional_properties = d
        return favor_fixed_value_stock_msg

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

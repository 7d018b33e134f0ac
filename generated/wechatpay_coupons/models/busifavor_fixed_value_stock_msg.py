from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorFixedValueStockMsg")


@_attrs_define
class BusifavorFixedValueStockMsg:
    """固定面额满减券使用规则 (merchant coupons; the cash-coupon schema of the same SDK name is FavorFixedValueStockMsg).

    Attributes:
        discount_amount (int | Unset): 优惠金额, in fen.
        transaction_minimum (int | Unset): 消费门槛, in fen.
    """

    discount_amount: int | Unset = UNSET
    transaction_minimum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_amount = self.discount_amount

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if transaction_minimum is not UNSET:
            field_dict["transaction_minimum"] = transaction_minimum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discount_amount = d.pop("discount_amount", UNSET)

        transaction_minimum = d.pop("transaction_minimum", UNSET)

        busifavor_fixed_value_stock_msg = cls(
            discount_amount=discount_amount,
            transaction_minimum=transaction_minimum,
        )

        busifavor_fixed_value_stock_msg.additional_properties = d
        return busifavor_fixed_value_stock_msg

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

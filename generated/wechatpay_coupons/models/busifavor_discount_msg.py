from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorDiscountMsg")


@_attrs_define
class BusifavorDiscountMsg:
    """折扣券使用规则。

    Attributes:
        discount_percent (int | Unset): 折扣百分比, 88 = 88折 (pay 88%).
        transaction_minimum (int | Unset): 消费门槛, in fen.
    """

    discount_percent: int | Unset = UNSET
    transaction_minimum: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_percent = self.discount_percent

        transaction_minimum = self.transaction_minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if transaction_minimum is not UNSET:
            field_dict["transaction_minimum"] = transaction_minimum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discount_percent = d.pop("discount_percent", UNSET)

        transaction_minimum = d.pop("transaction_minimum", UNSET)

        busifavor_discount_msg = cls(
            discount_percent=discount_percent,
            transaction_minimum=transaction_minimum,
        )

        busifavor_discount_msg.additional_properties = d
        return busifavor_discount_msg

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

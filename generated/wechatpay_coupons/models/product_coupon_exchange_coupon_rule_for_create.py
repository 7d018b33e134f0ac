from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCouponExchangeCouponRuleForCreate")


@_attrs_define
class ProductCouponExchangeCouponRuleForCreate:
    """兑换券使用规则。

    Attributes:
        threshold (int): 门槛金额, in fen; 0 = 无门槛.
        exchange_price (int): 兑换价格, in fen.
    """

    threshold: int
    exchange_price: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        exchange_price = self.exchange_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold": threshold,
                "exchange_price": exchange_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold = d.pop("threshold")

        exchange_price = d.pop("exchange_price")

        product_coupon_exchange_coupon_rule_for_create = cls(
            threshold=threshold,
            exchange_price=exchange_price,
        )

        product_coupon_exchange_coupon_rule_for_create.additional_properties = d
        return product_coupon_exchange_coupon_rule_for_create

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

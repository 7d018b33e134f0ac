from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FavorCutToMessage")


@_attrs_define
class FavorCutToMessage:
    """单品优惠特定信息 (减至券).

    Attributes:
        single_price_max (int): 可用优惠的商品最高单价, in fen.
        cut_to_price (int): 减至后的优惠单价, in fen.
    """

    single_price_max: int
    cut_to_price: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        single_price_max = self.single_price_max

        cut_to_price = self.cut_to_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "single_price_max": single_price_max,
                "cut_to_price": cut_to_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        single_price_max = d.pop("single_price_max")

        cut_to_price = d.pop("cut_to_price")

        favor_cut_to_message = cls(
            single_price_max=single_price_max,
            cut_to_price=cut_to_price,
        )

        favor_cut_to_message.additional_properties = d
        return favor_cut_to_message

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

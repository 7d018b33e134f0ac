from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponMemberTagInfo")


@_attrs_define
class ProductCouponMemberTagInfo:
    """会员标签信息。

    Attributes:
        member_card_id (str | Unset): 会员卡 ID。
    """

    member_card_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_card_id = self.member_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member_card_id is not UNSET:
            field_dict["member_card_id"] = member_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_card_id = d.pop("member_card_id", UNSET)

        product_coupon_member_tag_info = cls(
            member_card_id=member_card_id,
        )

        product_coupon_member_tag_info.additional_properties = d
        return product_coupon_member_tag_info

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

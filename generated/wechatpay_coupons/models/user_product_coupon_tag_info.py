from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.user_product_coupon_tag import UserProductCouponTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProductCouponTagInfo")


@_attrs_define
class UserProductCouponTagInfo:
    """【用户商品券标签信息】

    Attributes:
        coupon_tag_list (list[UserProductCouponTag] | Unset): 标签列表。
        member_tag_info (ProductCouponMemberTagInfo | Unset): 会员标签信息。
    """

    coupon_tag_list: list[UserProductCouponTag] | Unset = UNSET
    member_tag_info: ProductCouponMemberTagInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_tag_list: list[str] | Unset = UNSET
        if not isinstance(self.coupon_tag_list, Unset):
            coupon_tag_list = []
            for coupon_tag_list_item_data in self.coupon_tag_list:
                coupon_tag_list_item = enum_value(
                    UserProductCouponTag, coupon_tag_list_item_data, "coupon_tag_list_item"
                )
                coupon_tag_list.append(coupon_tag_list_item)

        member_tag_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member_tag_info, Unset):
            member_tag_info = model_dict(
                ProductCouponMemberTagInfo, self.member_tag_info, "member_tag_info"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_tag_list is not UNSET:
            field_dict["coupon_tag_list"] = coupon_tag_list
        if member_tag_info is not UNSET:
            field_dict["member_tag_info"] = member_tag_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _coupon_tag_list = d.pop("coupon_tag_list", UNSET)
        coupon_tag_list: list[UserProductCouponTag] | Unset = UNSET
        if _coupon_tag_list is not UNSET:
            coupon_tag_list = []
            for coupon_tag_list_item_data in _coupon_tag_list:
                coupon_tag_list_item = UserProductCouponTag.parse(coupon_tag_list_item_data)

                coupon_tag_list.append(coupon_tag_list_item)

        _member_tag_info = d.pop("member_tag_info", UNSET)
        member_tag_info: ProductCouponMemberTagInfo | Unset
        if _member_tag_info is UNSET:
            member_tag_info = UNSET
        else:
            member_tag_info = ProductCouponMemberTagInfo.from_dict(_member_tag_info)

        user_product_coupon_tag_info = cls(
            coupon_tag_list=coupon_tag_list,
            member_tag_info=member_tag_info,
        )

        user_product_coupon_tag_info.additional_properties = d
        return user_product_coupon_tag_info

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
from ..models.product_coupon_member_tag_info import ProductCouponMemberTagInfo  # noqa: E402

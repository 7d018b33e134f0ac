from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProductCouponListResponse")


@_attrs_define
class UserProductCouponListResponse:
    """用户商品券列表。One page of a user's product coupons.

    Attributes:
        total_count (int | Unset): 【总数】Number of matching coupons over all pages.
        user_coupon_list (list[UserProductCoupon] | Unset): 【用户商品券列表】The coupons of this page (at most `page_size`).
        next_page_token (str | Unset): 【下一页Token】Send it as `page_token` for the next page; absent on the last page.
    """

    total_count: int | Unset = UNSET
    user_coupon_list: list[UserProductCoupon] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        user_coupon_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_coupon_list, Unset):
            user_coupon_list = []
            for user_coupon_list_item_data in self.user_coupon_list:
                user_coupon_list_item = model_dict(
                    UserProductCoupon, user_coupon_list_item_data, "user_coupon_list_item"
                )
                user_coupon_list.append(user_coupon_list_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if user_coupon_list is not UNSET:
            field_dict["user_coupon_list"] = user_coupon_list
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _user_coupon_list = d.pop("user_coupon_list", UNSET)
        user_coupon_list: list[UserProductCoupon] | Unset = UNSET
        if _user_coupon_list is not UNSET:
            user_coupon_list = []
            for user_coupon_list_item_data in _user_coupon_list:
                user_coupon_list_item = UserProductCoupon.from_dict(user_coupon_list_item_data)

                user_coupon_list.append(user_coupon_list_item)

        next_page_token = d.pop("next_page_token", UNSET)

        user_product_coupon_list_response = cls(
            total_count=total_count,
            user_coupon_list=user_coupon_list,
            next_page_token=next_page_token,
        )

        user_product_coupon_list_response.additional_properties = d
        return user_product_coupon_list_response

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
from ..models.user_product_coupon import UserProductCoupon  # noqa: E402

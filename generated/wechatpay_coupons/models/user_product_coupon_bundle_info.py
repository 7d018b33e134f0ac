from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProductCouponBundleInfo")


@_attrs_define
class UserProductCouponBundleInfo:
    """【用户券组信息】only when usage_mode is PROGRESSIVE_BUNDLE.

    Attributes:
        user_coupon_bundle_id (str | Unset): 用户券组 ID。
        user_coupon_bundle_index (int | Unset): 本券在券组中的序号。
        total_count (int | Unset): 券组内券总数。
        used_count (int | Unset): 券组内已核销数。
    """

    user_coupon_bundle_id: str | Unset = UNSET
    user_coupon_bundle_index: int | Unset = UNSET
    total_count: int | Unset = UNSET
    used_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_coupon_bundle_id = self.user_coupon_bundle_id

        user_coupon_bundle_index = self.user_coupon_bundle_index

        total_count = self.total_count

        used_count = self.used_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_coupon_bundle_id is not UNSET:
            field_dict["user_coupon_bundle_id"] = user_coupon_bundle_id
        if user_coupon_bundle_index is not UNSET:
            field_dict["user_coupon_bundle_index"] = user_coupon_bundle_index
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if used_count is not UNSET:
            field_dict["used_count"] = used_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_coupon_bundle_id = d.pop("user_coupon_bundle_id", UNSET)

        user_coupon_bundle_index = d.pop("user_coupon_bundle_index", UNSET)

        total_count = d.pop("total_count", UNSET)

        used_count = d.pop("used_count", UNSET)

        user_product_coupon_bundle_info = cls(
            user_coupon_bundle_id=user_coupon_bundle_id,
            user_coupon_bundle_index=user_coupon_bundle_index,
            total_count=total_count,
            used_count=used_count,
        )

        user_product_coupon_bundle_info.additional_properties = d
        return user_product_coupon_bundle_info

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

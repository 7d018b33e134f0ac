from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponNotifyConfig")


@_attrs_define
class ProductCouponNotifyConfig:
    """事件通知配置。

    Attributes:
        notify_appid (str | Unset): 接收通知的 AppID.
    """

    notify_appid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_appid = self.notify_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify_appid is not UNSET:
            field_dict["notify_appid"] = notify_appid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify_appid = d.pop("notify_appid", UNSET)

        product_coupon_notify_config = cls(
            notify_appid=notify_appid,
        )

        product_coupon_notify_config.additional_properties = d
        return product_coupon_notify_config

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

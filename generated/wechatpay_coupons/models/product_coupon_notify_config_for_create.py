from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCouponNotifyConfigForCreate")


@_attrs_define
class ProductCouponNotifyConfigForCreate:
    """【事件通知配置】

    Attributes:
        notify_appid (str): 通知 AppID, a 小程序/服务号/公众号/APP AppID bound to the brand.
    """

    notify_appid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_appid = self.notify_appid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notify_appid": notify_appid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify_appid = d.pop("notify_appid")

        product_coupon_notify_config_for_create = cls(
            notify_appid=notify_appid,
        )

        product_coupon_notify_config_for_create.additional_properties = d
        return product_coupon_notify_config_for_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetNotifyConfigRequest")


@_attrs_define
class SetNotifyConfigRequest:
    """设置商品券事件通知地址请求。

    Attributes:
        notify_url (str): 【商品券事件通知地址】必须支持HTTPS，且不允许携带Query参数 (partner page). http or https, a host and a path, no query
            or fragment; WeChat Pay must reach it from the internet.
    """

    notify_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notify_url": notify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify_url = d.pop("notify_url")

        set_notify_config_request = cls(
            notify_url=notify_url,
        )

        set_notify_config_request.additional_properties = d
        return set_notify_config_request

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

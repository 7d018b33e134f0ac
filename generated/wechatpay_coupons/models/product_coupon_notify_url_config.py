from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponNotifyUrlConfig")


@_attrs_define
class ProductCouponNotifyUrlConfig:
    """商品券事件通知地址。The brand's notify URL (skills pack GO `GetNotifyConfigResponse`, `SetNotifyConfigResponse`).

    Attributes:
        notify_url (str | Unset): 【商品券事件通知地址】Where WeChat Pay sends the brand's product-coupon notifications.
        update_time (datetime.datetime | Unset): 【更新时间】When the URL was last set (RFC 3339).
    """

    notify_url: str | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        notify_url = self.notify_url

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = rfc3339(self.update_time, "update_time")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify_url = d.pop("notify_url", UNSET)

        _update_time = d.pop("update_time", UNSET)
        update_time: datetime.datetime | Unset
        if _update_time is UNSET:
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        product_coupon_notify_url_config = cls(
            notify_url=notify_url,
            update_time=update_time,
        )

        product_coupon_notify_url_config.additional_properties = d
        return product_coupon_notify_url_config

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

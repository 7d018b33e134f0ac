from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponNotification")


@_attrs_define
class ProductCouponNotification:
    """商品券回调通知。The JSON body WeChat Pay POSTs to the notify URL: an envelope whose `resource`
    holds the event, encrypted with the brand API key. `event_type` names the event and, through
    the webhook's `x-event-types`, the schema of the decrypted resource.

        Attributes:
            id (str): 【通知ID】通知的唯一ID。Deduplicate deliveries by it.
            create_time (datetime.datetime): 【通知创建时间】通知创建的时间，遵循RFC3339标准格式。
            event_type (str): 【通知类型】商品券回调通知类型。PRODUCT_COUPON.SEND 发券通知; PRODUCT_COUPON.USE 核销通知;
                PRODUCT_COUPON.RETURN 退券通知. Not an enum on purpose: WeChat Pay adds types without notice,
                and an unknown one must be kept, not refused.
            resource_type (str): 【通知数据类型】通知的资源数据类型，为encrypt-resource。
            resource (ProductCouponNotificationResource): 【通知资源数据】The event, encrypted with AEAD_AES_256_GCM under the brand
                API key (品牌API密钥).
            summary (str | Unset): 【回调摘要】回调摘要。
    """

    id: str
    create_time: datetime.datetime
    event_type: str
    resource_type: str
    resource: ProductCouponNotificationResource
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        create_time = rfc3339(self.create_time, "create_time")

        event_type = self.event_type

        resource_type = self.resource_type

        resource = model_dict(ProductCouponNotificationResource, self.resource, "resource")

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "create_time": create_time,
                "event_type": event_type,
                "resource_type": resource_type,
                "resource": resource,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        event_type = d.pop("event_type")

        resource_type = d.pop("resource_type")

        resource = ProductCouponNotificationResource.from_dict(d.pop("resource"))

        summary = d.pop("summary", UNSET)

        product_coupon_notification = cls(
            id=id,
            create_time=create_time,
            event_type=event_type,
            resource_type=resource_type,
            resource=resource,
            summary=summary,
        )

        product_coupon_notification.additional_properties = d
        return product_coupon_notification

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
from ..models.product_coupon_notification_resource import ProductCouponNotificationResource  # noqa: E402

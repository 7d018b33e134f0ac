from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, rfc3339
from ..models.user_product_coupon_send_channel import UserProductCouponSendChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponEvent")


@_attrs_define
class ProductCouponEvent:
    """商品券回调通知的资源（解密后）。The decrypted `resource` of a product-coupon notification, for
    every event type (`x-event-types`): the user coupon it is about. Fetch the whole coupon with
    `getUserProductCoupon` when more is needed.

        Attributes:
            coupon_code (str | Unset): 【用户商品券Code】用户商品券的唯一标识。With `event_type`, a deduplication key.
            product_coupon_id (str | Unset): 【商品券ID】
            stock_id (str | Unset): 【批次ID】
            openid (str | Unset): 【用户OpenID】The user, under the brand's AppID.
            unionid (str | Unset): 【用户UnionID】The user across the brand's AppIDs (when WeChat Pay knows it).
            send_channel (UserProductCouponSendChannel | Unset): 发券渠道。BRAND_MANAGE 摇一摇有优惠; API 品牌方自主发券 (through the send
                API);
                RECEIVE_COMPONENT 小程序领券组件. The partner definitions also list MERCHANT_CARD, MEMBER and
                SMALL_ACTIVITY; clients must accept values not listed here.
            send_request_no (str | Unset): 【发券请求单号】
            receive_time (datetime.datetime | Unset): 【领券时间】The coupon's validity is counted from here (record it).
            valid_begin_time (datetime.datetime | Unset): 【有效期开始时间】
            valid_end_time (datetime.datetime | Unset): 【有效期结束时间】
            attach (str | Unset): 【自定义附加信息】As set by the send API call; empty for other channels.
    """

    coupon_code: str | Unset = UNSET
    product_coupon_id: str | Unset = UNSET
    stock_id: str | Unset = UNSET
    openid: str | Unset = UNSET
    unionid: str | Unset = UNSET
    send_channel: UserProductCouponSendChannel | Unset = UNSET
    send_request_no: str | Unset = UNSET
    receive_time: datetime.datetime | Unset = UNSET
    valid_begin_time: datetime.datetime | Unset = UNSET
    valid_end_time: datetime.datetime | Unset = UNSET
    attach: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        product_coupon_id = self.product_coupon_id

        stock_id = self.stock_id

        openid = self.openid

        unionid = self.unionid

        send_channel: str | Unset = UNSET
        if not isinstance(self.send_channel, Unset):
            send_channel = enum_value(
                UserProductCouponSendChannel, self.send_channel, "send_channel"
            )

        send_request_no = self.send_request_no

        receive_time: str | Unset = UNSET
        if not isinstance(self.receive_time, Unset):
            receive_time = rfc3339(self.receive_time, "receive_time")

        valid_begin_time: str | Unset = UNSET
        if not isinstance(self.valid_begin_time, Unset):
            valid_begin_time = rfc3339(self.valid_begin_time, "valid_begin_time")

        valid_end_time: str | Unset = UNSET
        if not isinstance(self.valid_end_time, Unset):
            valid_end_time = rfc3339(self.valid_end_time, "valid_end_time")

        attach = self.attach

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if product_coupon_id is not UNSET:
            field_dict["product_coupon_id"] = product_coupon_id
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unionid is not UNSET:
            field_dict["unionid"] = unionid
        if send_channel is not UNSET:
            field_dict["send_channel"] = send_channel
        if send_request_no is not UNSET:
            field_dict["send_request_no"] = send_request_no
        if receive_time is not UNSET:
            field_dict["receive_time"] = receive_time
        if valid_begin_time is not UNSET:
            field_dict["valid_begin_time"] = valid_begin_time
        if valid_end_time is not UNSET:
            field_dict["valid_end_time"] = valid_end_time
        if attach is not UNSET:
            field_dict["attach"] = attach

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code", UNSET)

        product_coupon_id = d.pop("product_coupon_id", UNSET)

        stock_id = d.pop("stock_id", UNSET)

        openid = d.pop("openid", UNSET)

        unionid = d.pop("unionid", UNSET)

        _send_channel = d.pop("send_channel", UNSET)
        send_channel: UserProductCouponSendChannel | Unset
        if _send_channel is UNSET:
            send_channel = UNSET
        else:
            send_channel = UserProductCouponSendChannel.parse(_send_channel)

        send_request_no = d.pop("send_request_no", UNSET)

        _receive_time = d.pop("receive_time", UNSET)
        receive_time: datetime.datetime | Unset
        if _receive_time is UNSET:
            receive_time = UNSET
        else:
            receive_time = datetime.datetime.fromisoformat(_receive_time)

        _valid_begin_time = d.pop("valid_begin_time", UNSET)
        valid_begin_time: datetime.datetime | Unset
        if _valid_begin_time is UNSET:
            valid_begin_time = UNSET
        else:
            valid_begin_time = datetime.datetime.fromisoformat(_valid_begin_time)

        _valid_end_time = d.pop("valid_end_time", UNSET)
        valid_end_time: datetime.datetime | Unset
        if _valid_end_time is UNSET:
            valid_end_time = UNSET
        else:
            valid_end_time = datetime.datetime.fromisoformat(_valid_end_time)

        attach = d.pop("attach", UNSET)

        product_coupon_event = cls(
            coupon_code=coupon_code,
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            openid=openid,
            unionid=unionid,
            send_channel=send_channel,
            send_request_no=send_request_no,
            receive_time=receive_time,
            valid_begin_time=valid_begin_time,
            valid_end_time=valid_end_time,
            attach=attach,
        )

        product_coupon_event.additional_properties = d
        return product_coupon_event

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

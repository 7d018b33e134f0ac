from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import rfc3339

T = TypeVar("T", bound="UseBusifavorCouponResponse")


@_attrs_define
class UseBusifavorCouponResponse:
    """核销结果。

    Attributes:
        stock_id (str): 批次号。
        openid (str): 用户标识。用户在公众号内的唯一身份标识 (under the request's appid).
        wechatpay_use_time (datetime.datetime): 系统核销券成功的时间 (RFC 3339).
    """

    stock_id: str
    openid: str
    wechatpay_use_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        openid = self.openid

        wechatpay_use_time = rfc3339(self.wechatpay_use_time, "wechatpay_use_time")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "openid": openid,
                "wechatpay_use_time": wechatpay_use_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        openid = d.pop("openid")

        wechatpay_use_time = datetime.datetime.fromisoformat(d.pop("wechatpay_use_time"))

        use_busifavor_coupon_response = cls(
            stock_id=stock_id,
            openid=openid,
            wechatpay_use_time=wechatpay_use_time,
        )

        use_busifavor_coupon_response.additional_properties = d
        return use_busifavor_coupon_response

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

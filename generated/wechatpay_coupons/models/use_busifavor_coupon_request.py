from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="UseBusifavorCouponRequest")


@_attrs_define
class UseBusifavorCouponRequest:
    """核销用户券请求。

    Attributes:
        coupon_code (str): 券 code。券的唯一标识。The coupon's code.
        appid (str): 公众账号 ID。核销接口返回的 openid 会在该传入 appid 下进行计算获得。The returned openid is computed under this AppID.
        use_time (datetime.datetime): 请求核销时间。商户请求核销用户券的时间 (RFC 3339).
        use_request_no (str): 核销请求单据号。每次核销请求的唯一标识，商户需保证唯一。The idempotency key of the redemption; reuse it when retrying.
        stock_id (str | Unset): 批次号。商户自定义 code 的批次，核销时必须填写批次号。Required when the stock uses merchant-defined codes
            (MERCHANT_API or MERCHANT_UPLOAD).
        openid (str | Unset): 用户标识。用户的唯一标识，做安全校验使用，非必填。When given, the coupon must belong to this user.
    """

    coupon_code: str
    appid: str
    use_time: datetime.datetime
    use_request_no: str
    stock_id: str | Unset = UNSET
    openid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        appid = self.appid

        use_time = rfc3339(self.use_time, "use_time")

        use_request_no = self.use_request_no

        stock_id = self.stock_id

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "appid": appid,
                "use_time": use_time,
                "use_request_no": use_request_no,
            }
        )
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if openid is not UNSET:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        appid = d.pop("appid")

        use_time = datetime.datetime.fromisoformat(d.pop("use_time"))

        use_request_no = d.pop("use_request_no")

        stock_id = d.pop("stock_id", UNSET)

        openid = d.pop("openid", UNSET)

        use_busifavor_coupon_request = cls(
            coupon_code=coupon_code,
            appid=appid,
            use_time=use_time,
            use_request_no=use_request_no,
            stock_id=stock_id,
            openid=openid,
        )

        use_busifavor_coupon_request.additional_properties = d
        return use_busifavor_coupon_request

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

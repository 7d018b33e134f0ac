from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendUserProductCouponRequest")


@_attrs_define
class SendUserProductCouponRequest:
    """向用户发放商品券请求。

    Attributes:
        product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。
        stock_id (str): 【批次ID】商品券批次的唯一标识，商品券批次创建时由微信支付生成（可使用【创建商品券API】或【添加商品券批次API】创建），请确保该批次属于 product_coupon_id
            对应的商品券。
        appid (str): 【公众账号AppID】请传入与当前调用接口品牌ID有绑定关系的AppID，支持小程序AppID与公众号AppID。The OpenID is the user's under this AppID.
        send_request_no (str): 【发券请求单号】品牌给用户发券的请求流水号，品牌侧需保持唯一性。The idempotency key of the send; document 001 answers it
            as the coupon's send_request_no.
        coupon_code (str | Unset): 【用户商品券Code】用户商品券的唯一标识，给用户发券时需要为该用户的券分配，可使用数字、大小写字母、下划线_、短横线-组成，长度不超过40个字符。当且仅当
            coupon_code_mode 为 API_ASSIGN 时必传，其他模式下用户商品券Code由微信支付分配，不允许传入。
        attach (str | Unset): 【自定义附加信息】品牌方设置的附加信息，微信支付不会解析该信息，仅在查询用户商品券和回调中原样返回。
        coupon_tag_info (UserProductCouponTagInfo | Unset): 【用户商品券标签信息】
    """

    product_coupon_id: str
    stock_id: str
    appid: str
    send_request_no: str
    coupon_code: str | Unset = UNSET
    attach: str | Unset = UNSET
    coupon_tag_info: UserProductCouponTagInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_coupon_id = self.product_coupon_id

        stock_id = self.stock_id

        appid = self.appid

        send_request_no = self.send_request_no

        coupon_code = self.coupon_code

        attach = self.attach

        coupon_tag_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_tag_info, Unset):
            coupon_tag_info = model_dict(
                UserProductCouponTagInfo, self.coupon_tag_info, "coupon_tag_info"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_coupon_id": product_coupon_id,
                "stock_id": stock_id,
                "appid": appid,
                "send_request_no": send_request_no,
            }
        )
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if attach is not UNSET:
            field_dict["attach"] = attach
        if coupon_tag_info is not UNSET:
            field_dict["coupon_tag_info"] = coupon_tag_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_coupon_id = d.pop("product_coupon_id")

        stock_id = d.pop("stock_id")

        appid = d.pop("appid")

        send_request_no = d.pop("send_request_no")

        coupon_code = d.pop("coupon_code", UNSET)

        attach = d.pop("attach", UNSET)

        _coupon_tag_info = d.pop("coupon_tag_info", UNSET)
        coupon_tag_info: UserProductCouponTagInfo | Unset
        if _coupon_tag_info is UNSET:
            coupon_tag_info = UNSET
        else:
            coupon_tag_info = UserProductCouponTagInfo.from_dict(_coupon_tag_info)

        send_user_product_coupon_request = cls(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            send_request_no=send_request_no,
            coupon_code=coupon_code,
            attach=attach,
            coupon_tag_info=coupon_tag_info,
        )

        send_user_product_coupon_request.additional_properties = d
        return send_user_product_coupon_request

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
from ..models.user_product_coupon_tag_info import UserProductCouponTagInfo  # noqa: E402

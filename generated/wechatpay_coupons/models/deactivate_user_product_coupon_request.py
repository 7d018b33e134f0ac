from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeactivateUserProductCouponRequest")


@_attrs_define
class DeactivateUserProductCouponRequest:
    """失效用户商品券请求。

    Attributes:
        product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。
        stock_id (str): 【批次ID】商品券批次的唯一标识，请确保该批次属于 product_coupon_id 对应的商品券。
        appid (str): 【公众账号ID】公众账号ID也称AppID，需在品牌经营平台中绑定。
        out_request_no (str): 请求单号。品牌侧需保持唯一性，可使用数字、大小写字母、下划线_、短横线-组成，长度在6-40个字符之间。The request's idempotency key; a retry
            reuses it with the same body.
        deactivate_reason (str | Unset): 【失效原因】at most 150 UTF-8 characters; answered as the coupon's deactivate_reason.
    """

    product_coupon_id: str
    stock_id: str
    appid: str
    out_request_no: str
    deactivate_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_coupon_id = self.product_coupon_id

        stock_id = self.stock_id

        appid = self.appid

        out_request_no = self.out_request_no

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_coupon_id": product_coupon_id,
                "stock_id": stock_id,
                "appid": appid,
                "out_request_no": out_request_no,
            }
        )
        if deactivate_reason is not UNSET:
            field_dict["deactivate_reason"] = deactivate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_coupon_id = d.pop("product_coupon_id")

        stock_id = d.pop("stock_id")

        appid = d.pop("appid")

        out_request_no = d.pop("out_request_no")

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        deactivate_user_product_coupon_request = cls(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            out_request_no=out_request_no,
            deactivate_reason=deactivate_reason,
        )

        deactivate_user_product_coupon_request.additional_properties = d
        return deactivate_user_product_coupon_request

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

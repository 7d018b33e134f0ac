from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="UseUserProductCouponRequest")


@_attrs_define
class UseUserProductCouponRequest:
    """核销用户商品券请求。

    Attributes:
        product_coupon_id (str): 【商品券ID】商品券的唯一标识，创建商品券时由微信支付生成。
        stock_id (str): 【批次ID】商品券批次的唯一标识，请确保该批次属于 product_coupon_id 对应的商品券。
        appid (str): 【公众账号ID】公众账号ID也称AppID，需在品牌经营平台中绑定。The OpenID is the user's under this AppID.
        use_time (datetime.datetime): 【核销时间】品牌核销用户商品券的时间 (RFC 3339).
        out_request_no (str): 请求单号。品牌侧需保持唯一性，可使用数字、大小写字母、下划线_、短横线-组成，长度在6-40个字符之间。The request's idempotency key; a retry
            reuses it with the same body.
        associated_order_info (ProductCouponAssociatedOrderInfo): 关联的微信支付订单。The payment the coupon was used with.
        store_id (str | Unset): 【核销门店ID】The store where the coupon was used (skills pack; no length in any source).
        associated_pay_score_order_info (ProductCouponAssociatedPayScoreOrderInfo | Unset): 关联的支付分订单。The pay-score order
            the coupon was used with.
    """

    product_coupon_id: str
    stock_id: str
    appid: str
    use_time: datetime.datetime
    out_request_no: str
    associated_order_info: ProductCouponAssociatedOrderInfo
    store_id: str | Unset = UNSET
    associated_pay_score_order_info: ProductCouponAssociatedPayScoreOrderInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_coupon_id = self.product_coupon_id

        stock_id = self.stock_id

        appid = self.appid

        use_time = rfc3339(self.use_time, "use_time")

        out_request_no = self.out_request_no

        associated_order_info = model_dict(
            ProductCouponAssociatedOrderInfo, self.associated_order_info, "associated_order_info"
        )

        store_id = self.store_id

        associated_pay_score_order_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associated_pay_score_order_info, Unset):
            associated_pay_score_order_info = model_dict(
                ProductCouponAssociatedPayScoreOrderInfo,
                self.associated_pay_score_order_info,
                "associated_pay_score_order_info",
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_coupon_id": product_coupon_id,
                "stock_id": stock_id,
                "appid": appid,
                "use_time": use_time,
                "out_request_no": out_request_no,
                "associated_order_info": associated_order_info,
            }
        )
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if associated_pay_score_order_info is not UNSET:
            field_dict["associated_pay_score_order_info"] = associated_pay_score_order_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_coupon_id = d.pop("product_coupon_id")

        stock_id = d.pop("stock_id")

        appid = d.pop("appid")

        use_time = datetime.datetime.fromisoformat(d.pop("use_time"))

        out_request_no = d.pop("out_request_no")

        associated_order_info = ProductCouponAssociatedOrderInfo.from_dict(
            d.pop("associated_order_info")
        )

        store_id = d.pop("store_id", UNSET)

        _associated_pay_score_order_info = d.pop("associated_pay_score_order_info", UNSET)
        associated_pay_score_order_info: ProductCouponAssociatedPayScoreOrderInfo | Unset
        if _associated_pay_score_order_info is UNSET:
            associated_pay_score_order_info = UNSET
        else:
            associated_pay_score_order_info = ProductCouponAssociatedPayScoreOrderInfo.from_dict(
                _associated_pay_score_order_info
            )

        use_user_product_coupon_request = cls(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            appid=appid,
            use_time=use_time,
            out_request_no=out_request_no,
            associated_order_info=associated_order_info,
            store_id=store_id,
            associated_pay_score_order_info=associated_pay_score_order_info,
        )

        use_user_product_coupon_request.additional_properties = d
        return use_user_product_coupon_request

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
from ..models.product_coupon_associated_order_info import ProductCouponAssociatedOrderInfo  # noqa: E402
from ..models.product_coupon_associated_pay_score_order_info import (
    ProductCouponAssociatedPayScoreOrderInfo,  # noqa: E402
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponUsageDetail")


@_attrs_define
class ProductCouponUsageDetail:
    """用户商品券使用详情。Redemption and return of the coupon.

    Attributes:
        use_request_no (str | Unset): 核销请求单号。
        use_time (datetime.datetime | Unset): 核销时间。
        return_request_no (str | Unset): 退券请求单号。
        return_time (datetime.datetime | Unset): 退券时间。
        associated_order_info (ProductCouponAssociatedOrderInfo | Unset): 关联的微信支付订单。The payment the coupon was used
            with.
        associated_pay_score_order_info (ProductCouponAssociatedPayScoreOrderInfo | Unset): 关联的支付分订单。The pay-score order
            the coupon was used with.
    """

    use_request_no: str | Unset = UNSET
    use_time: datetime.datetime | Unset = UNSET
    return_request_no: str | Unset = UNSET
    return_time: datetime.datetime | Unset = UNSET
    associated_order_info: ProductCouponAssociatedOrderInfo | Unset = UNSET
    associated_pay_score_order_info: ProductCouponAssociatedPayScoreOrderInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_request_no = self.use_request_no

        use_time: str | Unset = UNSET
        if not isinstance(self.use_time, Unset):
            use_time = rfc3339(self.use_time, "use_time")

        return_request_no = self.return_request_no

        return_time: str | Unset = UNSET
        if not isinstance(self.return_time, Unset):
            return_time = rfc3339(self.return_time, "return_time")

        associated_order_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associated_order_info, Unset):
            associated_order_info = model_dict(
                ProductCouponAssociatedOrderInfo,
                self.associated_order_info,
                "associated_order_info",
            )

        associated_pay_score_order_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.associated_pay_score_order_info, Unset):
            associated_pay_score_order_info = model_dict(
                ProductCouponAssociatedPayScoreOrderInfo,
                self.associated_pay_score_order_info,
                "associated_pay_score_order_info",
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_request_no is not UNSET:
            field_dict["use_request_no"] = use_request_no
        if use_time is not UNSET:
            field_dict["use_time"] = use_time
        if return_request_no is not UNSET:
            field_dict["return_request_no"] = return_request_no
        if return_time is not UNSET:
            field_dict["return_time"] = return_time
        if associated_order_info is not UNSET:
            field_dict["associated_order_info"] = associated_order_info
        if associated_pay_score_order_info is not UNSET:
            field_dict["associated_pay_score_order_info"] = associated_pay_score_order_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        use_request_no = d.pop("use_request_no", UNSET)

        _use_time = d.pop("use_time", UNSET)
        use_time: datetime.datetime | Unset
        if _use_time is UNSET:
            use_time = UNSET
        else:
            use_time = datetime.datetime.fromisoformat(_use_time)

        return_request_no = d.pop("return_request_no", UNSET)

        _return_time = d.pop("return_time", UNSET)
        return_time: datetime.datetime | Unset
        if _return_time is UNSET:
            return_time = UNSET
        else:
            return_time = datetime.datetime.fromisoformat(_return_time)

        _associated_order_info = d.pop("associated_order_info", UNSET)
        associated_order_info: ProductCouponAssociatedOrderInfo | Unset
        if _associated_order_info is UNSET:
            associated_order_info = UNSET
        else:
            associated_order_info = ProductCouponAssociatedOrderInfo.from_dict(
                _associated_order_info
            )

        _associated_pay_score_order_info = d.pop("associated_pay_score_order_info", UNSET)
        associated_pay_score_order_info: ProductCouponAssociatedPayScoreOrderInfo | Unset
        if _associated_pay_score_order_info is UNSET:
            associated_pay_score_order_info = UNSET
        else:
            associated_pay_score_order_info = ProductCouponAssociatedPayScoreOrderInfo.from_dict(
                _associated_pay_score_order_info
            )

        product_coupon_usage_detail = cls(
            use_request_no=use_request_no,
            use_time=use_time,
            return_request_no=return_request_no,
            return_time=return_time,
            associated_order_info=associated_order_info,
            associated_pay_score_order_info=associated_pay_score_order_info,
        )

        product_coupon_usage_detail.additional_properties = d
        return product_coupon_usage_detail

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponAssociatedPayScoreOrderInfo")


@_attrs_define
class ProductCouponAssociatedPayScoreOrderInfo:
    """关联的支付分订单。The pay-score order the coupon was used with.

    Attributes:
        order_id (str | Unset): 支付分订单号。
        out_order_no (str | Unset): 商户服务订单号。
        mchid (str | Unset): 商户号。
        sub_mchid (str | Unset): 子商户号。
    """

    order_id: str | Unset = UNSET
    out_order_no: str | Unset = UNSET
    mchid: str | Unset = UNSET
    sub_mchid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        out_order_no = self.out_order_no

        mchid = self.mchid

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if out_order_no is not UNSET:
            field_dict["out_order_no"] = out_order_no
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        out_order_no = d.pop("out_order_no", UNSET)

        mchid = d.pop("mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        product_coupon_associated_pay_score_order_info = cls(
            order_id=order_id,
            out_order_no=out_order_no,
            mchid=mchid,
            sub_mchid=sub_mchid,
        )

        product_coupon_associated_pay_score_order_info.additional_properties = d
        return product_coupon_associated_pay_score_order_info

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

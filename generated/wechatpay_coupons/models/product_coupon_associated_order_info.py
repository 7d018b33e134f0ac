from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponAssociatedOrderInfo")


@_attrs_define
class ProductCouponAssociatedOrderInfo:
    """关联的微信支付订单。The payment the coupon was used with.

    Attributes:
        transaction_id (str | Unset): 微信支付订单号。
        out_trade_no (str | Unset): 商户订单号。
        mchid (str | Unset): 商户号。
        sub_mchid (str | Unset): 子商户号。
    """

    transaction_id: str | Unset = UNSET
    out_trade_no: str | Unset = UNSET
    mchid: str | Unset = UNSET
    sub_mchid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        out_trade_no = self.out_trade_no

        mchid = self.mchid

        sub_mchid = self.sub_mchid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if out_trade_no is not UNSET:
            field_dict["out_trade_no"] = out_trade_no
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if sub_mchid is not UNSET:
            field_dict["sub_mchid"] = sub_mchid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id", UNSET)

        out_trade_no = d.pop("out_trade_no", UNSET)

        mchid = d.pop("mchid", UNSET)

        sub_mchid = d.pop("sub_mchid", UNSET)

        product_coupon_associated_order_info = cls(
            transaction_id=transaction_id,
            out_trade_no=out_trade_no,
            mchid=mchid,
            sub_mchid=sub_mchid,
        )

        product_coupon_associated_order_info.additional_properties = d
        return product_coupon_associated_order_info

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.busifavor_coupon_use_method import BusifavorCouponUseMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponUseRule")


@_attrs_define
class BusifavorCouponUseRule:
    """券核销规则。How and when the coupon can be redeemed. Exactly one of the three value objects matches `stock_type`.

    Attributes:
        coupon_available_time (BusifavorAvailableTime): 券可核销时间 (the merchant-coupon `FavorAvailableTime`; not the cash-
            coupon type of the same SDK name). 商家券有效期最长为 1 年。
        use_method (BusifavorCouponUseMethod): 核销方式。OFF_LINE 线下滴码核销; MINI_PROGRAMS 线上小程序核销; SELF_CONSUME 用户自助核销;
            PAYMENT_CODE 付款码核销。
        fixed_normal_coupon (BusifavorFixedValueStockMsg | Unset): 固定面额满减券使用规则 (merchant coupons; the cash-coupon schema
            of the same SDK name is FavorFixedValueStockMsg).
        discount_coupon (BusifavorDiscountMsg | Unset): 折扣券使用规则。
        exchange_coupon (BusifavorExchangeMsg | Unset): 换购券使用规则。
        mini_programs_appid (str | Unset): 核销小程序 AppID (only for MINI_PROGRAMS).
        mini_programs_path (str | Unset): 核销小程序路径 (only for MINI_PROGRAMS).
    """

    coupon_available_time: BusifavorAvailableTime
    use_method: BusifavorCouponUseMethod
    fixed_normal_coupon: BusifavorFixedValueStockMsg | Unset = UNSET
    discount_coupon: BusifavorDiscountMsg | Unset = UNSET
    exchange_coupon: BusifavorExchangeMsg | Unset = UNSET
    mini_programs_appid: str | Unset = UNSET
    mini_programs_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_available_time = model_dict(
            BusifavorAvailableTime, self.coupon_available_time, "coupon_available_time"
        )

        use_method = enum_value(BusifavorCouponUseMethod, self.use_method, "use_method")

        fixed_normal_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_normal_coupon, Unset):
            fixed_normal_coupon = model_dict(
                BusifavorFixedValueStockMsg, self.fixed_normal_coupon, "fixed_normal_coupon"
            )

        discount_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_coupon, Unset):
            discount_coupon = model_dict(
                BusifavorDiscountMsg, self.discount_coupon, "discount_coupon"
            )

        exchange_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_coupon, Unset):
            exchange_coupon = model_dict(
                BusifavorExchangeMsg, self.exchange_coupon, "exchange_coupon"
            )

        mini_programs_appid = self.mini_programs_appid

        mini_programs_path = self.mini_programs_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_available_time": coupon_available_time,
                "use_method": use_method,
            }
        )
        if fixed_normal_coupon is not UNSET:
            field_dict["fixed_normal_coupon"] = fixed_normal_coupon
        if discount_coupon is not UNSET:
            field_dict["discount_coupon"] = discount_coupon
        if exchange_coupon is not UNSET:
            field_dict["exchange_coupon"] = exchange_coupon
        if mini_programs_appid is not UNSET:
            field_dict["mini_programs_appid"] = mini_programs_appid
        if mini_programs_path is not UNSET:
            field_dict["mini_programs_path"] = mini_programs_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_available_time = BusifavorAvailableTime.from_dict(d.pop("coupon_available_time"))

        use_method = BusifavorCouponUseMethod.parse(d.pop("use_method"))

        _fixed_normal_coupon = d.pop("fixed_normal_coupon", UNSET)
        fixed_normal_coupon: BusifavorFixedValueStockMsg | Unset
        if _fixed_normal_coupon is UNSET:
            fixed_normal_coupon = UNSET
        else:
            fixed_normal_coupon = BusifavorFixedValueStockMsg.from_dict(_fixed_normal_coupon)

        _discount_coupon = d.pop("discount_coupon", UNSET)
        discount_coupon: BusifavorDiscountMsg | Unset
        if _discount_coupon is UNSET:
            discount_coupon = UNSET
        else:
            discount_coupon = BusifavorDiscountMsg.from_dict(_discount_coupon)

        _exchange_coupon = d.pop("exchange_coupon", UNSET)
        exchange_coupon: BusifavorExchangeMsg | Unset
        if _exchange_coupon is UNSET:
            exchange_coupon = UNSET
        else:
            exchange_coupon = BusifavorExchangeMsg.from_dict(_exchange_coupon)

        mini_programs_appid = d.pop("mini_programs_appid", UNSET)

        mini_programs_path = d.pop("mini_programs_path", UNSET)

        busifavor_coupon_use_rule = cls(
            coupon_available_time=coupon_available_time,
            use_method=use_method,
            fixed_normal_coupon=fixed_normal_coupon,
            discount_coupon=discount_coupon,
            exchange_coupon=exchange_coupon,
            mini_programs_appid=mini_programs_appid,
            mini_programs_path=mini_programs_path,
        )

        busifavor_coupon_use_rule.additional_properties = d
        return busifavor_coupon_use_rule

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
from ..models.busifavor_available_time import BusifavorAvailableTime  # noqa: E402
from ..models.busifavor_discount_msg import BusifavorDiscountMsg  # noqa: E402
from ..models.busifavor_exchange_msg import BusifavorExchangeMsg  # noqa: E402
from ..models.busifavor_fixed_value_stock_msg import BusifavorFixedValueStockMsg  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStockUsageRule")


@_attrs_define
class ProductCouponStockUsageRule:
    """批次使用规则 (single_usage_rule and progressive_bundle_usage_rule share this shape).

    Attributes:
        coupon_available_period (ProductCouponAvailablePeriod | Unset): 券可用时间。
        normal_coupon (ProductCouponNormalCouponUsageRule | Unset): 满减券使用规则。
        discount_coupon (ProductCouponDiscountCouponUsageRule | Unset): 折扣券使用规则。
        exchange_coupon (ProductCouponExchangeCouponUsageRule | Unset): 兑换券使用规则。
    """

    coupon_available_period: ProductCouponAvailablePeriod | Unset = UNSET
    normal_coupon: ProductCouponNormalCouponUsageRule | Unset = UNSET
    discount_coupon: ProductCouponDiscountCouponUsageRule | Unset = UNSET
    exchange_coupon: ProductCouponExchangeCouponUsageRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_available_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_available_period, Unset):
            coupon_available_period = model_dict(
                ProductCouponAvailablePeriod,
                self.coupon_available_period,
                "coupon_available_period",
            )

        normal_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal_coupon, Unset):
            normal_coupon = model_dict(
                ProductCouponNormalCouponUsageRule, self.normal_coupon, "normal_coupon"
            )

        discount_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_coupon, Unset):
            discount_coupon = model_dict(
                ProductCouponDiscountCouponUsageRule, self.discount_coupon, "discount_coupon"
            )

        exchange_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_coupon, Unset):
            exchange_coupon = model_dict(
                ProductCouponExchangeCouponUsageRule, self.exchange_coupon, "exchange_coupon"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_available_period is not UNSET:
            field_dict["coupon_available_period"] = coupon_available_period
        if normal_coupon is not UNSET:
            field_dict["normal_coupon"] = normal_coupon
        if discount_coupon is not UNSET:
            field_dict["discount_coupon"] = discount_coupon
        if exchange_coupon is not UNSET:
            field_dict["exchange_coupon"] = exchange_coupon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _coupon_available_period = d.pop("coupon_available_period", UNSET)
        coupon_available_period: ProductCouponAvailablePeriod | Unset
        if _coupon_available_period is UNSET:
            coupon_available_period = UNSET
        else:
            coupon_available_period = ProductCouponAvailablePeriod.from_dict(
                _coupon_available_period
            )

        _normal_coupon = d.pop("normal_coupon", UNSET)
        normal_coupon: ProductCouponNormalCouponUsageRule | Unset
        if _normal_coupon is UNSET:
            normal_coupon = UNSET
        else:
            normal_coupon = ProductCouponNormalCouponUsageRule.from_dict(_normal_coupon)

        _discount_coupon = d.pop("discount_coupon", UNSET)
        discount_coupon: ProductCouponDiscountCouponUsageRule | Unset
        if _discount_coupon is UNSET:
            discount_coupon = UNSET
        else:
            discount_coupon = ProductCouponDiscountCouponUsageRule.from_dict(_discount_coupon)

        _exchange_coupon = d.pop("exchange_coupon", UNSET)
        exchange_coupon: ProductCouponExchangeCouponUsageRule | Unset
        if _exchange_coupon is UNSET:
            exchange_coupon = UNSET
        else:
            exchange_coupon = ProductCouponExchangeCouponUsageRule.from_dict(_exchange_coupon)

        product_coupon_stock_usage_rule = cls(
            coupon_available_period=coupon_available_period,
            normal_coupon=normal_coupon,
            discount_coupon=discount_coupon,
            exchange_coupon=exchange_coupon,
        )

        product_coupon_stock_usage_rule.additional_properties = d
        return product_coupon_stock_usage_rule

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
from ..models.product_coupon_available_period import ProductCouponAvailablePeriod  # noqa: E402
from ..models.product_coupon_discount_coupon_usage_rule import ProductCouponDiscountCouponUsageRule  # noqa: E402
from ..models.product_coupon_exchange_coupon_usage_rule import ProductCouponExchangeCouponUsageRule  # noqa: E402
from ..models.product_coupon_normal_coupon_usage_rule import ProductCouponNormalCouponUsageRule  # noqa: E402

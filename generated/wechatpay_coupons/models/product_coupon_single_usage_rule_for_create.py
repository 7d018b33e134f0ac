from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponSingleUsageRuleForCreate")


@_attrs_define
class ProductCouponSingleUsageRuleForCreate:
    """【单券使用规则】When the coupon can be used and, for scope SINGLE, the rule matching `type`.

    Attributes:
        coupon_available_period (ProductCouponAvailablePeriodForCreate): 【券可核销时间】The stock's validity, at most 365 days.
        normal_coupon (ProductCouponNormalCouponRuleForCreate | Unset): 满减券使用规则。
        discount_coupon (ProductCouponDiscountCouponRuleForCreate | Unset): 折扣券使用规则。
        exchange_coupon (ProductCouponExchangeCouponRuleForCreate | Unset): 兑换券使用规则。
    """

    coupon_available_period: ProductCouponAvailablePeriodForCreate
    normal_coupon: ProductCouponNormalCouponRuleForCreate | Unset = UNSET
    discount_coupon: ProductCouponDiscountCouponRuleForCreate | Unset = UNSET
    exchange_coupon: ProductCouponExchangeCouponRuleForCreate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_available_period = model_dict(
            ProductCouponAvailablePeriodForCreate,
            self.coupon_available_period,
            "coupon_available_period",
        )

        normal_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal_coupon, Unset):
            normal_coupon = model_dict(
                ProductCouponNormalCouponRuleForCreate, self.normal_coupon, "normal_coupon"
            )

        discount_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_coupon, Unset):
            discount_coupon = model_dict(
                ProductCouponDiscountCouponRuleForCreate, self.discount_coupon, "discount_coupon"
            )

        exchange_coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exchange_coupon, Unset):
            exchange_coupon = model_dict(
                ProductCouponExchangeCouponRuleForCreate, self.exchange_coupon, "exchange_coupon"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_available_period": coupon_available_period,
            }
        )
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
        coupon_available_period = ProductCouponAvailablePeriodForCreate.from_dict(
            d.pop("coupon_available_period")
        )

        _normal_coupon = d.pop("normal_coupon", UNSET)
        normal_coupon: ProductCouponNormalCouponRuleForCreate | Unset
        if _normal_coupon is UNSET:
            normal_coupon = UNSET
        else:
            normal_coupon = ProductCouponNormalCouponRuleForCreate.from_dict(_normal_coupon)

        _discount_coupon = d.pop("discount_coupon", UNSET)
        discount_coupon: ProductCouponDiscountCouponRuleForCreate | Unset
        if _discount_coupon is UNSET:
            discount_coupon = UNSET
        else:
            discount_coupon = ProductCouponDiscountCouponRuleForCreate.from_dict(_discount_coupon)

        _exchange_coupon = d.pop("exchange_coupon", UNSET)
        exchange_coupon: ProductCouponExchangeCouponRuleForCreate | Unset
        if _exchange_coupon is UNSET:
            exchange_coupon = UNSET
        else:
            exchange_coupon = ProductCouponExchangeCouponRuleForCreate.from_dict(_exchange_coupon)

        product_coupon_single_usage_rule_for_create = cls(
            coupon_available_period=coupon_available_period,
            normal_coupon=normal_coupon,
            discount_coupon=discount_coupon,
            exchange_coupon=exchange_coupon,
        )

        product_coupon_single_usage_rule_for_create.additional_properties = d
        return product_coupon_single_usage_rule_for_create

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
from ..models.product_coupon_available_period_for_create import (
    ProductCouponAvailablePeriodForCreate,  # noqa: E402
)
from ..models.product_coupon_discount_coupon_rule_for_create import (
    ProductCouponDiscountCouponRuleForCreate,  # noqa: E402
)
from ..models.product_coupon_exchange_coupon_rule_for_create import (
    ProductCouponExchangeCouponRuleForCreate,  # noqa: E402
)
from ..models.product_coupon_normal_coupon_rule_for_create import (
    ProductCouponNormalCouponRuleForCreate,  # noqa: E402
)

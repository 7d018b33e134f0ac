from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponSingleUsageInfoForCreate")


@_attrs_define
class ProductCouponSingleUsageInfoForCreate:
    """单券模式信息 of a whole-store coupon; the rule matching `type` (NORMAL or DISCOUNT).

    Attributes:
        normal_coupon (ProductCouponNormalCouponRuleForCreate | Unset): 满减券使用规则。
        discount_coupon (ProductCouponDiscountCouponRuleForCreate | Unset): 折扣券使用规则。
    """

    normal_coupon: ProductCouponNormalCouponRuleForCreate | Unset = UNSET
    discount_coupon: ProductCouponDiscountCouponRuleForCreate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if normal_coupon is not UNSET:
            field_dict["normal_coupon"] = normal_coupon
        if discount_coupon is not UNSET:
            field_dict["discount_coupon"] = discount_coupon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        product_coupon_single_usage_info_for_create = cls(
            normal_coupon=normal_coupon,
            discount_coupon=discount_coupon,
        )

        product_coupon_single_usage_info_for_create.additional_properties = d
        return product_coupon_single_usage_info_for_create

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
from ..models.product_coupon_discount_coupon_rule_for_create import (
    ProductCouponDiscountCouponRuleForCreate,  # noqa: E402
)
from ..models.product_coupon_normal_coupon_rule_for_create import (
    ProductCouponNormalCouponRuleForCreate,  # noqa: E402
)

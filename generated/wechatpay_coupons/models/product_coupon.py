from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict, rfc3339
from ..models.product_coupon_scope import ProductCouponScope
from ..models.product_coupon_state import ProductCouponState
from ..models.product_coupon_type import ProductCouponType
from ..models.product_coupon_usage_mode import ProductCouponUsageMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCoupon")


@_attrs_define
class ProductCoupon:
    """【商品券信息】The product coupon this user coupon is an instance of.

    Attributes:
        product_coupon_id (str | Unset): 商品券 ID。
        scope (ProductCouponScope | Unset): 优惠范围。ALL 全场券; SINGLE 单品券; CATEGORY 品类券 (documented on the brand product-
            coupon pages).
        type_ (ProductCouponType | Unset): 商品券类型。NORMAL 满减券; DISCOUNT 折扣券; EXCHANGE 兑换券。
        usage_mode (ProductCouponUsageMode | Unset): 使用模式。SINGLE 单券; PROGRESSIVE_BUNDLE 多次优惠 (a bundle of coupons used
            in sequence).
        single_usage_info (ProductCouponSingleUsageInfo | Unset): 单券模式信息 (whole-store coupons of usage_mode SINGLE).
        progressive_bundle_usage_info (ProductCouponProgressiveBundleUsageInfo | Unset): 多次优惠模式信息。
        display_info (ProductCouponDisplayInfo | Unset): 商品券展示信息。
        out_product_no (str | Unset): 商户侧商品券编号。
        state (ProductCouponState | Unset): 商品券状态。AUDITING 审核中; EFFECTIVE 已生效; DEACTIVATED 已失效。
        deactivate_request_no (str | Unset): 失效请求单号。
        deactivate_time (datetime.datetime | Unset): 失效时间。
        deactivate_reason (str | Unset): 失效原因。
    """

    product_coupon_id: str | Unset = UNSET
    scope: ProductCouponScope | Unset = UNSET
    type_: ProductCouponType | Unset = UNSET
    usage_mode: ProductCouponUsageMode | Unset = UNSET
    single_usage_info: ProductCouponSingleUsageInfo | Unset = UNSET
    progressive_bundle_usage_info: ProductCouponProgressiveBundleUsageInfo | Unset = UNSET
    display_info: ProductCouponDisplayInfo | Unset = UNSET
    out_product_no: str | Unset = UNSET
    state: ProductCouponState | Unset = UNSET
    deactivate_request_no: str | Unset = UNSET
    deactivate_time: datetime.datetime | Unset = UNSET
    deactivate_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        product_coupon_id = self.product_coupon_id

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = enum_value(ProductCouponScope, self.scope, "scope")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = enum_value(ProductCouponType, self.type_, "type")

        usage_mode: str | Unset = UNSET
        if not isinstance(self.usage_mode, Unset):
            usage_mode = enum_value(ProductCouponUsageMode, self.usage_mode, "usage_mode")

        single_usage_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_usage_info, Unset):
            single_usage_info = model_dict(
                ProductCouponSingleUsageInfo, self.single_usage_info, "single_usage_info"
            )

        progressive_bundle_usage_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progressive_bundle_usage_info, Unset):
            progressive_bundle_usage_info = model_dict(
                ProductCouponProgressiveBundleUsageInfo,
                self.progressive_bundle_usage_info,
                "progressive_bundle_usage_info",
            )

        display_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_info, Unset):
            display_info = model_dict(ProductCouponDisplayInfo, self.display_info, "display_info")

        out_product_no = self.out_product_no

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = enum_value(ProductCouponState, self.state, "state")

        deactivate_request_no = self.deactivate_request_no

        deactivate_time: str | Unset = UNSET
        if not isinstance(self.deactivate_time, Unset):
            deactivate_time = rfc3339(self.deactivate_time, "deactivate_time")

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_coupon_id is not UNSET:
            field_dict["product_coupon_id"] = product_coupon_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage_mode is not UNSET:
            field_dict["usage_mode"] = usage_mode
        if single_usage_info is not UNSET:
            field_dict["single_usage_info"] = single_usage_info
        if progressive_bundle_usage_info is not UNSET:
            field_dict["progressive_bundle_usage_info"] = progressive_bundle_usage_info
        if display_info is not UNSET:
            field_dict["display_info"] = display_info
        if out_product_no is not UNSET:
            field_dict["out_product_no"] = out_product_no
        if state is not UNSET:
            field_dict["state"] = state
        if deactivate_request_no is not UNSET:
            field_dict["deactivate_request_no"] = deactivate_request_no
        if deactivate_time is not UNSET:
            field_dict["deactivate_time"] = deactivate_time
        if deactivate_reason is not UNSET:
            field_dict["deactivate_reason"] = deactivate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_coupon_id = d.pop("product_coupon_id", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: ProductCouponScope | Unset
        if _scope is UNSET:
            scope = UNSET
        else:
            scope = ProductCouponScope.parse(_scope)

        _type_ = d.pop("type", UNSET)
        type_: ProductCouponType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = ProductCouponType.parse(_type_)

        _usage_mode = d.pop("usage_mode", UNSET)
        usage_mode: ProductCouponUsageMode | Unset
        if _usage_mode is UNSET:
            usage_mode = UNSET
        else:
            usage_mode = ProductCouponUsageMode.parse(_usage_mode)

        _single_usage_info = d.pop("single_usage_info", UNSET)
        single_usage_info: ProductCouponSingleUsageInfo | Unset
        if _single_usage_info is UNSET:
            single_usage_info = UNSET
        else:
            single_usage_info = ProductCouponSingleUsageInfo.from_dict(_single_usage_info)

        _progressive_bundle_usage_info = d.pop("progressive_bundle_usage_info", UNSET)
        progressive_bundle_usage_info: ProductCouponProgressiveBundleUsageInfo | Unset
        if _progressive_bundle_usage_info is UNSET:
            progressive_bundle_usage_info = UNSET
        else:
            progressive_bundle_usage_info = ProductCouponProgressiveBundleUsageInfo.from_dict(
                _progressive_bundle_usage_info
            )

        _display_info = d.pop("display_info", UNSET)
        display_info: ProductCouponDisplayInfo | Unset
        if _display_info is UNSET:
            display_info = UNSET
        else:
            display_info = ProductCouponDisplayInfo.from_dict(_display_info)

        out_product_no = d.pop("out_product_no", UNSET)

        _state = d.pop("state", UNSET)
        state: ProductCouponState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = ProductCouponState.parse(_state)

        deactivate_request_no = d.pop("deactivate_request_no", UNSET)

        _deactivate_time = d.pop("deactivate_time", UNSET)
        deactivate_time: datetime.datetime | Unset
        if _deactivate_time is UNSET:
            deactivate_time = UNSET
        else:
            deactivate_time = datetime.datetime.fromisoformat(_deactivate_time)

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        product_coupon = cls(
            product_coupon_id=product_coupon_id,
            scope=scope,
            type_=type_,
            usage_mode=usage_mode,
            single_usage_info=single_usage_info,
            progressive_bundle_usage_info=progressive_bundle_usage_info,
            display_info=display_info,
            out_product_no=out_product_no,
            state=state,
            deactivate_request_no=deactivate_request_no,
            deactivate_time=deactivate_time,
            deactivate_reason=deactivate_reason,
        )

        product_coupon.additional_properties = d
        return product_coupon

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
from ..models.product_coupon_display_info import ProductCouponDisplayInfo  # noqa: E402
from ..models.product_coupon_progressive_bundle_usage_info import (
    ProductCouponProgressiveBundleUsageInfo,  # noqa: E402
)
from ..models.product_coupon_single_usage_info import ProductCouponSingleUsageInfo  # noqa: E402

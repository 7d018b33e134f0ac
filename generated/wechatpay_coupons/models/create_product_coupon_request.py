from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.create_product_coupon_request_scope import CreateProductCouponRequestScope
from ..models.create_product_coupon_request_usage_mode import CreateProductCouponRequestUsageMode
from ..models.product_coupon_type import ProductCouponType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductCouponRequest")


@_attrs_define
class CreateProductCouponRequest:
    """创建商品券请求 (单券 mode). Whole-store coupons carry their rule in `single_usage_info`, single-product coupons in
    `stock.single_usage_rule`.

        Attributes:
            out_request_no (str): 请求单号。品牌侧需保持唯一性，可使用数字、大小写字母、下划线_、短横线-组成，长度在6-40个字符之间。The request's idempotency key; a retry
                reuses it with the same body.
            scope (CreateProductCouponRequestScope): 【优惠范围】商品券的优惠范围。
                ALL: 全场商品可用券，此时券类型 type 仅可配置为 NORMAL 或 DISCOUNT;
                SINGLE: 部分商品可用券，此时券类型 type 配置不受限制，即可配置为 NORMAL、DISCOUNT 或 EXCHANGE。
            type_ (ProductCouponType): 商品券类型。NORMAL 满减券; DISCOUNT 折扣券; EXCHANGE 兑换券。
            usage_mode (CreateProductCouponRequestUsageMode): 【使用模式】SINGLE 单券 (used once). 多次优惠 (PROGRESSIVE_BUNDLE) is not
                taken by this spec (see x-doc-errata).
            display_info (ProductCouponDisplayInfoForCreate): 【商品券展示信息】
            stock (ProductCouponStockForCreate): 【批次信息】The stock created with the product coupon (单券 mode).
            single_usage_info (ProductCouponSingleUsageInfoForCreate | Unset): 单券模式信息 of a whole-store coupon; the rule
                matching `type` (NORMAL or DISCOUNT).
            out_product_no (str | Unset): 【商户侧商品编号】品牌侧商品标识，不校验唯一性。
    """

    out_request_no: str
    scope: CreateProductCouponRequestScope
    type_: ProductCouponType
    usage_mode: CreateProductCouponRequestUsageMode
    display_info: ProductCouponDisplayInfoForCreate
    stock: ProductCouponStockForCreate
    single_usage_info: ProductCouponSingleUsageInfoForCreate | Unset = UNSET
    out_product_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        scope = enum_value(CreateProductCouponRequestScope, self.scope, "scope")

        type_ = enum_value(ProductCouponType, self.type_, "type")

        usage_mode = enum_value(CreateProductCouponRequestUsageMode, self.usage_mode, "usage_mode")

        display_info = model_dict(
            ProductCouponDisplayInfoForCreate, self.display_info, "display_info"
        )

        stock = model_dict(ProductCouponStockForCreate, self.stock, "stock")

        single_usage_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_usage_info, Unset):
            single_usage_info = model_dict(
                ProductCouponSingleUsageInfoForCreate, self.single_usage_info, "single_usage_info"
            )

        out_product_no = self.out_product_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "scope": scope,
                "type": type_,
                "usage_mode": usage_mode,
                "display_info": display_info,
                "stock": stock,
            }
        )
        if single_usage_info is not UNSET:
            field_dict["single_usage_info"] = single_usage_info
        if out_product_no is not UNSET:
            field_dict["out_product_no"] = out_product_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        scope = CreateProductCouponRequestScope.parse(d.pop("scope"))

        type_ = ProductCouponType.parse(d.pop("type"))

        usage_mode = CreateProductCouponRequestUsageMode.parse(d.pop("usage_mode"))

        display_info = ProductCouponDisplayInfoForCreate.from_dict(d.pop("display_info"))

        stock = ProductCouponStockForCreate.from_dict(d.pop("stock"))

        _single_usage_info = d.pop("single_usage_info", UNSET)
        single_usage_info: ProductCouponSingleUsageInfoForCreate | Unset
        if _single_usage_info is UNSET:
            single_usage_info = UNSET
        else:
            single_usage_info = ProductCouponSingleUsageInfoForCreate.from_dict(_single_usage_info)

        out_product_no = d.pop("out_product_no", UNSET)

        create_product_coupon_request = cls(
            out_request_no=out_request_no,
            scope=scope,
            type_=type_,
            usage_mode=usage_mode,
            display_info=display_info,
            stock=stock,
            single_usage_info=single_usage_info,
            out_product_no=out_product_no,
        )

        create_product_coupon_request.additional_properties = d
        return create_product_coupon_request

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
from ..models.product_coupon_display_info_for_create import ProductCouponDisplayInfoForCreate  # noqa: E402
from ..models.product_coupon_single_usage_info_for_create import (
    ProductCouponSingleUsageInfoForCreate,  # noqa: E402
)
from ..models.product_coupon_stock_for_create import ProductCouponStockForCreate  # noqa: E402

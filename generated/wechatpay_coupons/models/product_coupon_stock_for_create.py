from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict
from ..models.product_coupon_code_mode import ProductCouponCodeMode
from ..models.product_coupon_stock_store_scope import ProductCouponStockStoreScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStockForCreate")


@_attrs_define
class ProductCouponStockForCreate:
    """【批次信息】The stock created with the product coupon (单券 mode).

    Attributes:
        coupon_code_mode (ProductCouponCodeMode): 券 code 模式。WECHATPAY 微信支付生成; UPLOAD 品牌预上传; API_ASSIGN 发券时由品牌指定。
        stock_send_rule (ProductCouponStockSendRuleForCreate): 【发放规则】The stock's budgets; a send is refused once any is
            reached.
        single_usage_rule (ProductCouponSingleUsageRuleForCreate): 【单券使用规则】When the coupon can be used and, for scope
            SINGLE, the rule matching `type`.
        usage_rule_display_info (ProductCouponUsageRuleDisplayInfoForCreate): 【使用规则展示信息】
        coupon_display_info (ProductCouponCouponDisplayInfoForCreate): 【用户券展示信息】
        notify_config (ProductCouponNotifyConfigForCreate): 【事件通知配置】
        store_scope (ProductCouponStockStoreScope): 可用门店范围。NONE 无门店; ALL 全部门店; SPECIFIC 指定门店。
        remark (str | Unset): 批次备注, at most 20 UTF-8 characters, shown to the brand only.
    """

    coupon_code_mode: ProductCouponCodeMode
    stock_send_rule: ProductCouponStockSendRuleForCreate
    single_usage_rule: ProductCouponSingleUsageRuleForCreate
    usage_rule_display_info: ProductCouponUsageRuleDisplayInfoForCreate
    coupon_display_info: ProductCouponCouponDisplayInfoForCreate
    notify_config: ProductCouponNotifyConfigForCreate
    store_scope: ProductCouponStockStoreScope
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code_mode = enum_value(
            ProductCouponCodeMode, self.coupon_code_mode, "coupon_code_mode"
        )

        stock_send_rule = model_dict(
            ProductCouponStockSendRuleForCreate, self.stock_send_rule, "stock_send_rule"
        )

        single_usage_rule = model_dict(
            ProductCouponSingleUsageRuleForCreate, self.single_usage_rule, "single_usage_rule"
        )

        usage_rule_display_info = model_dict(
            ProductCouponUsageRuleDisplayInfoForCreate,
            self.usage_rule_display_info,
            "usage_rule_display_info",
        )

        coupon_display_info = model_dict(
            ProductCouponCouponDisplayInfoForCreate, self.coupon_display_info, "coupon_display_info"
        )

        notify_config = model_dict(
            ProductCouponNotifyConfigForCreate, self.notify_config, "notify_config"
        )

        store_scope = enum_value(ProductCouponStockStoreScope, self.store_scope, "store_scope")

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code_mode": coupon_code_mode,
                "stock_send_rule": stock_send_rule,
                "single_usage_rule": single_usage_rule,
                "usage_rule_display_info": usage_rule_display_info,
                "coupon_display_info": coupon_display_info,
                "notify_config": notify_config,
                "store_scope": store_scope,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code_mode = ProductCouponCodeMode.parse(d.pop("coupon_code_mode"))

        stock_send_rule = ProductCouponStockSendRuleForCreate.from_dict(d.pop("stock_send_rule"))

        single_usage_rule = ProductCouponSingleUsageRuleForCreate.from_dict(
            d.pop("single_usage_rule")
        )

        usage_rule_display_info = ProductCouponUsageRuleDisplayInfoForCreate.from_dict(
            d.pop("usage_rule_display_info")
        )

        coupon_display_info = ProductCouponCouponDisplayInfoForCreate.from_dict(
            d.pop("coupon_display_info")
        )

        notify_config = ProductCouponNotifyConfigForCreate.from_dict(d.pop("notify_config"))

        store_scope = ProductCouponStockStoreScope.parse(d.pop("store_scope"))

        remark = d.pop("remark", UNSET)

        product_coupon_stock_for_create = cls(
            coupon_code_mode=coupon_code_mode,
            stock_send_rule=stock_send_rule,
            single_usage_rule=single_usage_rule,
            usage_rule_display_info=usage_rule_display_info,
            coupon_display_info=coupon_display_info,
            notify_config=notify_config,
            store_scope=store_scope,
            remark=remark,
        )

        product_coupon_stock_for_create.additional_properties = d
        return product_coupon_stock_for_create

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
from ..models.product_coupon_coupon_display_info_for_create import (
    ProductCouponCouponDisplayInfoForCreate,  # noqa: E402
)
from ..models.product_coupon_notify_config_for_create import ProductCouponNotifyConfigForCreate  # noqa: E402
from ..models.product_coupon_single_usage_rule_for_create import (
    ProductCouponSingleUsageRuleForCreate,  # noqa: E402
)
from ..models.product_coupon_stock_send_rule_for_create import ProductCouponStockSendRuleForCreate  # noqa: E402
from ..models.product_coupon_usage_rule_display_info_for_create import (
    ProductCouponUsageRuleDisplayInfoForCreate,  # noqa: E402
)

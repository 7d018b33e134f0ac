from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_coupon_code_mode import ProductCouponCodeMode
from ..models.product_coupon_stock_state import ProductCouponStockState
from ..models.product_coupon_stock_store_scope import ProductCouponStockStoreScope
from ..types import UNSET, Unset, isoformat_with_offset

T = TypeVar("T", bound="ProductCouponStock")


@_attrs_define
class ProductCouponStock:
    """【批次信息】The stock the coupon was sent from.

    Attributes:
        product_coupon_id (str): 商品券 ID。
        stock_id (str): 批次 ID。
        coupon_code_mode (ProductCouponCodeMode): 券 code 模式。WECHATPAY 微信支付生成; UPLOAD 品牌预上传; API_ASSIGN 发券时由品牌指定。
        coupon_code_count_info (ProductCouponCodeCountInfo): 券 code 数量信息 (UPLOAD mode).
        stock_send_rule (ProductCouponStockSendRule): 发放规则。
        usage_rule_display_info (ProductCouponUsageRuleDisplayInfo): 使用规则展示信息。
        coupon_display_info (ProductCouponCouponDisplayInfo): 券展示信息。
        notify_config (ProductCouponNotifyConfig): 事件通知配置。
        store_scope (ProductCouponStockStoreScope): 可用门店范围。NONE 无门店; ALL 全部门店; SPECIFIC 指定门店。
        sent_count_info (ProductCouponSentCountInfo): 已发放数量。
        state (ProductCouponStockState): 批次状态。AUDITING 审核中; SENDING 发放中; PAUSED 已暂停; STOPPED 已停止; DEACTIVATED 已失效。
        remark (str | Unset): 批次备注。
        single_usage_rule (ProductCouponStockUsageRule | Unset): 批次使用规则 (single_usage_rule and
            progressive_bundle_usage_rule share this shape).
        progressive_bundle_usage_rule (ProductCouponStockUsageRule | Unset): 批次使用规则 (single_usage_rule and
            progressive_bundle_usage_rule share this shape).
        stock_bundle_info (ProductCouponStockBundleInfo | Unset): 批次组信息。
        deactivate_request_no (str | Unset): 失效请求单号。
        deactivate_time (datetime.datetime | Unset): 失效时间。
        deactivate_reason (str | Unset): 失效原因。
    """

    product_coupon_id: str
    stock_id: str
    coupon_code_mode: ProductCouponCodeMode
    coupon_code_count_info: ProductCouponCodeCountInfo
    stock_send_rule: ProductCouponStockSendRule
    usage_rule_display_info: ProductCouponUsageRuleDisplayInfo
    coupon_display_info: ProductCouponCouponDisplayInfo
    notify_config: ProductCouponNotifyConfig
    store_scope: ProductCouponStockStoreScope
    sent_count_info: ProductCouponSentCountInfo
    state: ProductCouponStockState
    remark: str | Unset = UNSET
    single_usage_rule: ProductCouponStockUsageRule | Unset = UNSET
    progressive_bundle_usage_rule: ProductCouponStockUsageRule | Unset = UNSET
    stock_bundle_info: ProductCouponStockBundleInfo | Unset = UNSET
    deactivate_request_no: str | Unset = UNSET
    deactivate_time: datetime.datetime | Unset = UNSET
    deactivate_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_coupon_id = self.product_coupon_id

        stock_id = self.stock_id

        coupon_code_mode = self.coupon_code_mode.value

        coupon_code_count_info = self.coupon_code_count_info.to_dict()

        stock_send_rule = self.stock_send_rule.to_dict()

        usage_rule_display_info = self.usage_rule_display_info.to_dict()

        coupon_display_info = self.coupon_display_info.to_dict()

        notify_config = self.notify_config.to_dict()

        store_scope = self.store_scope.value

        sent_count_info = self.sent_count_info.to_dict()

        state = self.state.value

        remark = self.remark

        single_usage_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_usage_rule, Unset):
            single_usage_rule = self.single_usage_rule.to_dict()

        progressive_bundle_usage_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progressive_bundle_usage_rule, Unset):
            progressive_bundle_usage_rule = self.progressive_bundle_usage_rule.to_dict()

        stock_bundle_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_bundle_info, Unset):
            stock_bundle_info = self.stock_bundle_info.to_dict()

        deactivate_request_no = self.deactivate_request_no

        deactivate_time: str | Unset = UNSET
        if not isinstance(self.deactivate_time, Unset):
            deactivate_time = isoformat_with_offset(self.deactivate_time, "deactivate_time")

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_coupon_id": product_coupon_id,
                "stock_id": stock_id,
                "coupon_code_mode": coupon_code_mode,
                "coupon_code_count_info": coupon_code_count_info,
                "stock_send_rule": stock_send_rule,
                "usage_rule_display_info": usage_rule_display_info,
                "coupon_display_info": coupon_display_info,
                "notify_config": notify_config,
                "store_scope": store_scope,
                "sent_count_info": sent_count_info,
                "state": state,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark
        if single_usage_rule is not UNSET:
            field_dict["single_usage_rule"] = single_usage_rule
        if progressive_bundle_usage_rule is not UNSET:
            field_dict["progressive_bundle_usage_rule"] = progressive_bundle_usage_rule
        if stock_bundle_info is not UNSET:
            field_dict["stock_bundle_info"] = stock_bundle_info
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
        product_coupon_id = d.pop("product_coupon_id")

        stock_id = d.pop("stock_id")

        coupon_code_mode = ProductCouponCodeMode.parse(d.pop("coupon_code_mode"))

        coupon_code_count_info = ProductCouponCodeCountInfo.from_dict(
            d.pop("coupon_code_count_info")
        )

        stock_send_rule = ProductCouponStockSendRule.from_dict(d.pop("stock_send_rule"))

        usage_rule_display_info = ProductCouponUsageRuleDisplayInfo.from_dict(
            d.pop("usage_rule_display_info")
        )

        coupon_display_info = ProductCouponCouponDisplayInfo.from_dict(d.pop("coupon_display_info"))

        notify_config = ProductCouponNotifyConfig.from_dict(d.pop("notify_config"))

        store_scope = ProductCouponStockStoreScope.parse(d.pop("store_scope"))

        sent_count_info = ProductCouponSentCountInfo.from_dict(d.pop("sent_count_info"))

        state = ProductCouponStockState.parse(d.pop("state"))

        remark = d.pop("remark", UNSET)

        _single_usage_rule = d.pop("single_usage_rule", UNSET)
        single_usage_rule: ProductCouponStockUsageRule | Unset
        if isinstance(_single_usage_rule, Unset):
            single_usage_rule = UNSET
        else:
            single_usage_rule = ProductCouponStockUsageRule.from_dict(_single_usage_rule)

        _progressive_bundle_usage_rule = d.pop("progressive_bundle_usage_rule", UNSET)
        progressive_bundle_usage_rule: ProductCouponStockUsageRule | Unset
        if isinstance(_progressive_bundle_usage_rule, Unset):
            progressive_bundle_usage_rule = UNSET
        else:
            progressive_bundle_usage_rule = ProductCouponStockUsageRule.from_dict(
                _progressive_bundle_usage_rule
            )

        _stock_bundle_info = d.pop("stock_bundle_info", UNSET)
        stock_bundle_info: ProductCouponStockBundleInfo | Unset
        if isinstance(_stock_bundle_info, Unset):
            stock_bundle_info = UNSET
        else:
            stock_bundle_info = ProductCouponStockBundleInfo.from_dict(_stock_bundle_info)

        deactivate_request_no = d.pop("deactivate_request_no", UNSET)

        _deactivate_time = d.pop("deactivate_time", UNSET)
        deactivate_time: datetime.datetime | Unset
        if isinstance(_deactivate_time, Unset):
            deactivate_time = UNSET
        else:
            deactivate_time = datetime.datetime.fromisoformat(_deactivate_time)

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        product_coupon_stock = cls(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            coupon_code_mode=coupon_code_mode,
            coupon_code_count_info=coupon_code_count_info,
            stock_send_rule=stock_send_rule,
            usage_rule_display_info=usage_rule_display_info,
            coupon_display_info=coupon_display_info,
            notify_config=notify_config,
            store_scope=store_scope,
            sent_count_info=sent_count_info,
            state=state,
            remark=remark,
            single_usage_rule=single_usage_rule,
            progressive_bundle_usage_rule=progressive_bundle_usage_rule,
            stock_bundle_info=stock_bundle_info,
            deactivate_request_no=deactivate_request_no,
            deactivate_time=deactivate_time,
            deactivate_reason=deactivate_reason,
        )

        product_coupon_stock.additional_properties = d
        return product_coupon_stock

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
from ..models.product_coupon_code_count_info import ProductCouponCodeCountInfo  # noqa: E402
from ..models.product_coupon_coupon_display_info import ProductCouponCouponDisplayInfo  # noqa: E402
from ..models.product_coupon_notify_config import ProductCouponNotifyConfig  # noqa: E402
from ..models.product_coupon_sent_count_info import ProductCouponSentCountInfo  # noqa: E402
from ..models.product_coupon_stock_bundle_info import ProductCouponStockBundleInfo  # noqa: E402
from ..models.product_coupon_stock_send_rule import ProductCouponStockSendRule  # noqa: E402
from ..models.product_coupon_stock_usage_rule import ProductCouponStockUsageRule  # noqa: E402
from ..models.product_coupon_usage_rule_display_info import ProductCouponUsageRuleDisplayInfo  # noqa: E402

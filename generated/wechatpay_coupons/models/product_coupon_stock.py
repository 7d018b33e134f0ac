from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict, rfc3339
from ..models.product_coupon_code_mode import ProductCouponCodeMode
from ..models.product_coupon_stock_state import ProductCouponStockState
from ..models.product_coupon_stock_store_scope import ProductCouponStockStoreScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponStock")


@_attrs_define
class ProductCouponStock:
    """【批次信息】The stock the coupon was sent from.

    Attributes:
        product_coupon_id (str | Unset): 商品券 ID。
        stock_id (str | Unset): 批次 ID。
        remark (str | Unset): 批次备注。
        coupon_code_mode (ProductCouponCodeMode | Unset): 券 code 模式。WECHATPAY 微信支付生成; UPLOAD 品牌预上传; API_ASSIGN 发券时由品牌指定。
        coupon_code_count_info (ProductCouponCodeCountInfo | Unset): 券 code 数量信息 (UPLOAD mode).
        stock_send_rule (ProductCouponStockSendRule | Unset): 发放规则。
        single_usage_rule (ProductCouponStockUsageRule | Unset): 批次使用规则 (single_usage_rule and
            progressive_bundle_usage_rule share this shape).
        progressive_bundle_usage_rule (ProductCouponStockUsageRule | Unset): 批次使用规则 (single_usage_rule and
            progressive_bundle_usage_rule share this shape).
        stock_bundle_info (ProductCouponStockBundleInfo | Unset): 批次组信息。
        usage_rule_display_info (ProductCouponUsageRuleDisplayInfo | Unset): 使用规则展示信息。
        coupon_display_info (ProductCouponCouponDisplayInfo | Unset): 券展示信息。
        notify_config (ProductCouponNotifyConfig | Unset): 事件通知配置。
        store_scope (ProductCouponStockStoreScope | Unset): 可用门店范围。NONE 无门店; ALL 全部门店; SPECIFIC 指定门店。
        sent_count_info (ProductCouponSentCountInfo | Unset): 已发放数量。
        state (ProductCouponStockState | Unset): 批次状态。AUDITING 审核中; SENDING 发放中; PAUSED 已暂停; STOPPED 已停止; DEACTIVATED
            已失效。
        deactivate_request_no (str | Unset): 失效请求单号。
        deactivate_time (datetime.datetime | Unset): 失效时间。
        deactivate_reason (str | Unset): 失效原因。
    """

    product_coupon_id: str | Unset = UNSET
    stock_id: str | Unset = UNSET
    remark: str | Unset = UNSET
    coupon_code_mode: ProductCouponCodeMode | Unset = UNSET
    coupon_code_count_info: ProductCouponCodeCountInfo | Unset = UNSET
    stock_send_rule: ProductCouponStockSendRule | Unset = UNSET
    single_usage_rule: ProductCouponStockUsageRule | Unset = UNSET
    progressive_bundle_usage_rule: ProductCouponStockUsageRule | Unset = UNSET
    stock_bundle_info: ProductCouponStockBundleInfo | Unset = UNSET
    usage_rule_display_info: ProductCouponUsageRuleDisplayInfo | Unset = UNSET
    coupon_display_info: ProductCouponCouponDisplayInfo | Unset = UNSET
    notify_config: ProductCouponNotifyConfig | Unset = UNSET
    store_scope: ProductCouponStockStoreScope | Unset = UNSET
    sent_count_info: ProductCouponSentCountInfo | Unset = UNSET
    state: ProductCouponStockState | Unset = UNSET
    deactivate_request_no: str | Unset = UNSET
    deactivate_time: datetime.datetime | Unset = UNSET
    deactivate_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        product_coupon_id = self.product_coupon_id

        stock_id = self.stock_id

        remark = self.remark

        coupon_code_mode: str | Unset = UNSET
        if not isinstance(self.coupon_code_mode, Unset):
            coupon_code_mode = enum_value(
                ProductCouponCodeMode, self.coupon_code_mode, "coupon_code_mode"
            )

        coupon_code_count_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_code_count_info, Unset):
            coupon_code_count_info = model_dict(
                ProductCouponCodeCountInfo, self.coupon_code_count_info, "coupon_code_count_info"
            )

        stock_send_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_send_rule, Unset):
            stock_send_rule = model_dict(
                ProductCouponStockSendRule, self.stock_send_rule, "stock_send_rule"
            )

        single_usage_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_usage_rule, Unset):
            single_usage_rule = model_dict(
                ProductCouponStockUsageRule, self.single_usage_rule, "single_usage_rule"
            )

        progressive_bundle_usage_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progressive_bundle_usage_rule, Unset):
            progressive_bundle_usage_rule = model_dict(
                ProductCouponStockUsageRule,
                self.progressive_bundle_usage_rule,
                "progressive_bundle_usage_rule",
            )

        stock_bundle_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_bundle_info, Unset):
            stock_bundle_info = model_dict(
                ProductCouponStockBundleInfo, self.stock_bundle_info, "stock_bundle_info"
            )

        usage_rule_display_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_rule_display_info, Unset):
            usage_rule_display_info = model_dict(
                ProductCouponUsageRuleDisplayInfo,
                self.usage_rule_display_info,
                "usage_rule_display_info",
            )

        coupon_display_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_display_info, Unset):
            coupon_display_info = model_dict(
                ProductCouponCouponDisplayInfo, self.coupon_display_info, "coupon_display_info"
            )

        notify_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify_config, Unset):
            notify_config = model_dict(
                ProductCouponNotifyConfig, self.notify_config, "notify_config"
            )

        store_scope: str | Unset = UNSET
        if not isinstance(self.store_scope, Unset):
            store_scope = enum_value(ProductCouponStockStoreScope, self.store_scope, "store_scope")

        sent_count_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sent_count_info, Unset):
            sent_count_info = model_dict(
                ProductCouponSentCountInfo, self.sent_count_info, "sent_count_info"
            )

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = enum_value(ProductCouponStockState, self.state, "state")

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
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if remark is not UNSET:
            field_dict["remark"] = remark
        if coupon_code_mode is not UNSET:
            field_dict["coupon_code_mode"] = coupon_code_mode
        if coupon_code_count_info is not UNSET:
            field_dict["coupon_code_count_info"] = coupon_code_count_info
        if stock_send_rule is not UNSET:
            field_dict["stock_send_rule"] = stock_send_rule
        if single_usage_rule is not UNSET:
            field_dict["single_usage_rule"] = single_usage_rule
        if progressive_bundle_usage_rule is not UNSET:
            field_dict["progressive_bundle_usage_rule"] = progressive_bundle_usage_rule
        if stock_bundle_info is not UNSET:
            field_dict["stock_bundle_info"] = stock_bundle_info
        if usage_rule_display_info is not UNSET:
            field_dict["usage_rule_display_info"] = usage_rule_display_info
        if coupon_display_info is not UNSET:
            field_dict["coupon_display_info"] = coupon_display_info
        if notify_config is not UNSET:
            field_dict["notify_config"] = notify_config
        if store_scope is not UNSET:
            field_dict["store_scope"] = store_scope
        if sent_count_info is not UNSET:
            field_dict["sent_count_info"] = sent_count_info
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

        stock_id = d.pop("stock_id", UNSET)

        remark = d.pop("remark", UNSET)

        _coupon_code_mode = d.pop("coupon_code_mode", UNSET)
        coupon_code_mode: ProductCouponCodeMode | Unset
        if _coupon_code_mode is UNSET:
            coupon_code_mode = UNSET
        else:
            coupon_code_mode = ProductCouponCodeMode.parse(_coupon_code_mode)

        _coupon_code_count_info = d.pop("coupon_code_count_info", UNSET)
        coupon_code_count_info: ProductCouponCodeCountInfo | Unset
        if _coupon_code_count_info is UNSET:
            coupon_code_count_info = UNSET
        else:
            coupon_code_count_info = ProductCouponCodeCountInfo.from_dict(_coupon_code_count_info)

        _stock_send_rule = d.pop("stock_send_rule", UNSET)
        stock_send_rule: ProductCouponStockSendRule | Unset
        if _stock_send_rule is UNSET:
            stock_send_rule = UNSET
        else:
            stock_send_rule = ProductCouponStockSendRule.from_dict(_stock_send_rule)

        _single_usage_rule = d.pop("single_usage_rule", UNSET)
        single_usage_rule: ProductCouponStockUsageRule | Unset
        if _single_usage_rule is UNSET:
            single_usage_rule = UNSET
        else:
            single_usage_rule = ProductCouponStockUsageRule.from_dict(_single_usage_rule)

        _progressive_bundle_usage_rule = d.pop("progressive_bundle_usage_rule", UNSET)
        progressive_bundle_usage_rule: ProductCouponStockUsageRule | Unset
        if _progressive_bundle_usage_rule is UNSET:
            progressive_bundle_usage_rule = UNSET
        else:
            progressive_bundle_usage_rule = ProductCouponStockUsageRule.from_dict(
                _progressive_bundle_usage_rule
            )

        _stock_bundle_info = d.pop("stock_bundle_info", UNSET)
        stock_bundle_info: ProductCouponStockBundleInfo | Unset
        if _stock_bundle_info is UNSET:
            stock_bundle_info = UNSET
        else:
            stock_bundle_info = ProductCouponStockBundleInfo.from_dict(_stock_bundle_info)

        _usage_rule_display_info = d.pop("usage_rule_display_info", UNSET)
        usage_rule_display_info: ProductCouponUsageRuleDisplayInfo | Unset
        if _usage_rule_display_info is UNSET:
            usage_rule_display_info = UNSET
        else:
            usage_rule_display_info = ProductCouponUsageRuleDisplayInfo.from_dict(
                _usage_rule_display_info
            )

        _coupon_display_info = d.pop("coupon_display_info", UNSET)
        coupon_display_info: ProductCouponCouponDisplayInfo | Unset
        if _coupon_display_info is UNSET:
            coupon_display_info = UNSET
        else:
            coupon_display_info = ProductCouponCouponDisplayInfo.from_dict(_coupon_display_info)

        _notify_config = d.pop("notify_config", UNSET)
        notify_config: ProductCouponNotifyConfig | Unset
        if _notify_config is UNSET:
            notify_config = UNSET
        else:
            notify_config = ProductCouponNotifyConfig.from_dict(_notify_config)

        _store_scope = d.pop("store_scope", UNSET)
        store_scope: ProductCouponStockStoreScope | Unset
        if _store_scope is UNSET:
            store_scope = UNSET
        else:
            store_scope = ProductCouponStockStoreScope.parse(_store_scope)

        _sent_count_info = d.pop("sent_count_info", UNSET)
        sent_count_info: ProductCouponSentCountInfo | Unset
        if _sent_count_info is UNSET:
            sent_count_info = UNSET
        else:
            sent_count_info = ProductCouponSentCountInfo.from_dict(_sent_count_info)

        _state = d.pop("state", UNSET)
        state: ProductCouponStockState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = ProductCouponStockState.parse(_state)

        deactivate_request_no = d.pop("deactivate_request_no", UNSET)

        _deactivate_time = d.pop("deactivate_time", UNSET)
        deactivate_time: datetime.datetime | Unset
        if _deactivate_time is UNSET:
            deactivate_time = UNSET
        else:
            deactivate_time = datetime.datetime.fromisoformat(_deactivate_time)

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        product_coupon_stock = cls(
            product_coupon_id=product_coupon_id,
            stock_id=stock_id,
            remark=remark,
            coupon_code_mode=coupon_code_mode,
            coupon_code_count_info=coupon_code_count_info,
            stock_send_rule=stock_send_rule,
            single_usage_rule=single_usage_rule,
            progressive_bundle_usage_rule=progressive_bundle_usage_rule,
            stock_bundle_info=stock_bundle_info,
            usage_rule_display_info=usage_rule_display_info,
            coupon_display_info=coupon_display_info,
            notify_config=notify_config,
            store_scope=store_scope,
            sent_count_info=sent_count_info,
            state=state,
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

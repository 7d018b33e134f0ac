from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.product_coupon_budget_update_mode import ProductCouponBudgetUpdateMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStockBudgetRequest")


@_attrs_define
class UpdateStockBudgetRequest:
    """修改批次发放预算请求。One budget per call; send the `current_*`/`target_*` pair of the mode.

    Attributes:
        out_request_no (str): 请求单号。品牌侧需保持唯一性，可使用数字、大小写字母、下划线_、短横线-组成，长度在6-40个字符之间。The request's idempotency key; a retry
            reuses it with the same body.
        update_mode (ProductCouponBudgetUpdateMode): 更新模式。MAX_COUNT 更新批次发放次数总上限; MAX_COUNT_PER_DAY 更新批次每日发放次数上限。
        current_max_count (int | Unset): 当前批次发放次数总上限, the stock's total budget as the caller read it (MAX_COUNT).
        target_max_count (int | Unset): 目标批次发放次数总上限, the new total budget (MAX_COUNT).
        current_max_count_per_day (int | Unset): 当前批次每日发放次数上限, the stock's daily budget as the caller read it
            (MAX_COUNT_PER_DAY).
        target_max_count_per_day (int | Unset): 目标批次每日发放次数上限, the new daily budget (MAX_COUNT_PER_DAY).
    """

    out_request_no: str
    update_mode: ProductCouponBudgetUpdateMode
    current_max_count: int | Unset = UNSET
    target_max_count: int | Unset = UNSET
    current_max_count_per_day: int | Unset = UNSET
    target_max_count_per_day: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        update_mode = enum_value(ProductCouponBudgetUpdateMode, self.update_mode, "update_mode")

        current_max_count = self.current_max_count

        target_max_count = self.target_max_count

        current_max_count_per_day = self.current_max_count_per_day

        target_max_count_per_day = self.target_max_count_per_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "update_mode": update_mode,
            }
        )
        if current_max_count is not UNSET:
            field_dict["current_max_count"] = current_max_count
        if target_max_count is not UNSET:
            field_dict["target_max_count"] = target_max_count
        if current_max_count_per_day is not UNSET:
            field_dict["current_max_count_per_day"] = current_max_count_per_day
        if target_max_count_per_day is not UNSET:
            field_dict["target_max_count_per_day"] = target_max_count_per_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        update_mode = ProductCouponBudgetUpdateMode.parse(d.pop("update_mode"))

        current_max_count = d.pop("current_max_count", UNSET)

        target_max_count = d.pop("target_max_count", UNSET)

        current_max_count_per_day = d.pop("current_max_count_per_day", UNSET)

        target_max_count_per_day = d.pop("target_max_count_per_day", UNSET)

        update_stock_budget_request = cls(
            out_request_no=out_request_no,
            update_mode=update_mode,
            current_max_count=current_max_count,
            target_max_count=target_max_count,
            current_max_count_per_day=current_max_count_per_day,
            target_max_count_per_day=target_max_count_per_day,
        )

        update_stock_budget_request.additional_properties = d
        return update_stock_budget_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeactivateStockRequest")


@_attrs_define
class DeactivateStockRequest:
    """失效商品券批次请求。

    Attributes:
        out_request_no (str): 请求单号。品牌侧需保持唯一性，可使用数字、大小写字母、下划线_、短横线-组成，长度在6-40个字符之间。The request's idempotency key; a retry
            reuses it with the same body.
        deactivate_reason (str): 【失效原因】at most 150 UTF-8 characters.
    """

    out_request_no: str
    deactivate_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_request_no = self.out_request_no

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_request_no": out_request_no,
                "deactivate_reason": deactivate_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        out_request_no = d.pop("out_request_no")

        deactivate_reason = d.pop("deactivate_reason")

        deactivate_stock_request = cls(
            out_request_no=out_request_no,
            deactivate_reason=deactivate_reason,
        )

        deactivate_stock_request.additional_properties = d
        return deactivate_stock_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """WeChat Pay's error body, the same for every status and operation. The same `code` may carry
    different messages; branch on `code`, show `message` to people.

        Attributes:
            code (str): 详细错误码。Machine-readable error code, e.g. `PARAM_ERROR`; every code WeChat Pay documents is upper-case
                letters, digits and underscores.
            message (str): 错误描述。Human-readable description (Chinese).
            detail (ErrorDetail | Unset): 错误详情。Free-form details; for parameter errors usually `field`, `location`
                (`path`, `query`, `header`, `body`, `authorization`), `value` and `issue`.
    """

    code: str
    message: str
    detail: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _detail = d.pop("detail", UNSET)
        detail: ErrorDetail | Unset
        if _detail is UNSET:
            detail = UNSET
        else:
            detail = ErrorDetail.from_dict(_detail)

        error = cls(
            code=code,
            message=message,
            detail=detail,
        )

        error.additional_properties = d
        return error

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
from ..models.error_detail import ErrorDetail  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """错误详情。Free-form details; for parameter errors usually `field`, `location`
    (`path`, `query`, `header`, `body`, `authorization`), `value` and `issue`.

        Attributes:
            field (str | Unset): The field at fault.
            location (str | Unset): Where the field is: path, query, header, body or authorization.
            issue (str | Unset): What is wrong with it.
    """

    field: str | Unset = UNSET
    location: str | Unset = UNSET
    issue: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        location = self.location

        issue = self.issue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if location is not UNSET:
            field_dict["location"] = location
        if issue is not UNSET:
            field_dict["issue"] = issue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        location = d.pop("location", UNSET)

        issue = d.pop("issue", UNSET)

        error_detail = cls(
            field=field,
            location=location,
            issue=issue,
        )

        error_detail.additional_properties = d
        return error_detail

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

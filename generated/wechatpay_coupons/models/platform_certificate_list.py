from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict

T = TypeVar("T", bound="PlatformCertificateList")


@_attrs_define
class PlatformCertificateList:
    """平台证书列表。The platform certificates of the merchant.

    Attributes:
        data (list[PlatformCertificate]): 平台证书列表。Every certificate currently listed, the one WeChat Pay signs with and
            any it will sign with next.
    """

    data: list[PlatformCertificate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = model_dict(PlatformCertificate, data_item_data, "data_item")
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PlatformCertificate.from_dict(data_item_data)

            data.append(data_item)

        platform_certificate_list = cls(
            data=data,
        )

        platform_certificate_list.additional_properties = d
        return platform_certificate_list

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
from ..models.platform_certificate import PlatformCertificate  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339

T = TypeVar("T", bound="PlatformCertificate")


@_attrs_define
class PlatformCertificate:
    """微信支付平台证书信息。One platform certificate, encrypted.

    Attributes:
        serial_no (str): 证书序列号, upper-case hex; the `Wechatpay-Serial` of the answers it signs.
        effective_time (datetime.datetime): 证书启用时间 (the certificate's validity start).
        expire_time (datetime.datetime): 证书弃用时间 (the certificate's validity end).
        encrypt_certificate (EncryptCertificate): 证书信息。The PEM certificate, encrypted with AEAD_AES_256_GCM under the
            merchant's APIv3 key.
    """

    serial_no: str
    effective_time: datetime.datetime
    expire_time: datetime.datetime
    encrypt_certificate: EncryptCertificate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serial_no = self.serial_no

        effective_time = rfc3339(self.effective_time, "effective_time")

        expire_time = rfc3339(self.expire_time, "expire_time")

        encrypt_certificate = model_dict(
            EncryptCertificate, self.encrypt_certificate, "encrypt_certificate"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serial_no": serial_no,
                "effective_time": effective_time,
                "expire_time": expire_time,
                "encrypt_certificate": encrypt_certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        serial_no = d.pop("serial_no")

        effective_time = datetime.datetime.fromisoformat(d.pop("effective_time"))

        expire_time = datetime.datetime.fromisoformat(d.pop("expire_time"))

        encrypt_certificate = EncryptCertificate.from_dict(d.pop("encrypt_certificate"))

        platform_certificate = cls(
            serial_no=serial_no,
            effective_time=effective_time,
            expire_time=expire_time,
            encrypt_certificate=encrypt_certificate,
        )

        platform_certificate.additional_properties = d
        return platform_certificate

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
from ..models.encrypt_certificate import EncryptCertificate  # noqa: E402

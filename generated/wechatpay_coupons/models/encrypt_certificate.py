from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.encrypt_certificate_algorithm import EncryptCertificateAlgorithm

T = TypeVar("T", bound="EncryptCertificate")


@_attrs_define
class EncryptCertificate:
    """证书信息。The PEM certificate, encrypted with AEAD_AES_256_GCM under the merchant's APIv3 key.

    Attributes:
        algorithm (EncryptCertificateAlgorithm): 加密证书的算法。
        nonce (str): 加密证书的随机串, the AES-GCM nonce (its UTF-8 bytes).
        associated_data (str): 加密证书的附加数据, the AES-GCM associated data (its UTF-8 bytes); `certificate`.
        ciphertext (str): 加密后的证书内容, Base64 of the AES-GCM ciphertext followed by its 16-byte tag.
    """

    algorithm: EncryptCertificateAlgorithm
    nonce: str
    associated_data: str
    ciphertext: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = enum_value(EncryptCertificateAlgorithm, self.algorithm, "algorithm")

        nonce = self.nonce

        associated_data = self.associated_data

        ciphertext = self.ciphertext

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "nonce": nonce,
                "associated_data": associated_data,
                "ciphertext": ciphertext,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = EncryptCertificateAlgorithm.parse(d.pop("algorithm"))

        nonce = d.pop("nonce")

        associated_data = d.pop("associated_data")

        ciphertext = d.pop("ciphertext")

        encrypt_certificate = cls(
            algorithm=algorithm,
            nonce=nonce,
            associated_data=associated_data,
            ciphertext=ciphertext,
        )

        encrypt_certificate.additional_properties = d
        return encrypt_certificate

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

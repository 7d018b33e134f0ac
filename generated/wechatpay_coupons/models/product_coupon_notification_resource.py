from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value
from ..models.product_coupon_notification_resource_algorithm import (
    ProductCouponNotificationResourceAlgorithm,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCouponNotificationResource")


@_attrs_define
class ProductCouponNotificationResource:
    """【通知资源数据】The event, encrypted with AEAD_AES_256_GCM under the brand API key (品牌API密钥).

    Attributes:
        algorithm (ProductCouponNotificationResourceAlgorithm): 【加密算法类型】Only AEAD_AES_256_GCM.
        ciphertext (str): 【数据密文】Base64 of the AES-256-GCM ciphertext followed by its 16-byte tag.
        nonce (str): 【随机串】The AES-GCM nonce (its UTF-8 bytes).
        associated_data (str): 【附加数据】The AES-GCM associated data (its UTF-8 bytes), e.g. product_coupon.
        original_type (str | Unset): 【原始类型】加密前的对象类型。
    """

    algorithm: ProductCouponNotificationResourceAlgorithm
    ciphertext: str
    nonce: str
    associated_data: str
    original_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = enum_value(
            ProductCouponNotificationResourceAlgorithm, self.algorithm, "algorithm"
        )

        ciphertext = self.ciphertext

        nonce = self.nonce

        associated_data = self.associated_data

        original_type = self.original_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "ciphertext": ciphertext,
                "nonce": nonce,
                "associated_data": associated_data,
            }
        )
        if original_type is not UNSET:
            field_dict["original_type"] = original_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = ProductCouponNotificationResourceAlgorithm.parse(d.pop("algorithm"))

        ciphertext = d.pop("ciphertext")

        nonce = d.pop("nonce")

        associated_data = d.pop("associated_data")

        original_type = d.pop("original_type", UNSET)

        product_coupon_notification_resource = cls(
            algorithm=algorithm,
            ciphertext=ciphertext,
            nonce=nonce,
            associated_data=associated_data,
            original_type=original_type,
        )

        product_coupon_notification_resource.additional_properties = d
        return product_coupon_notification_resource

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

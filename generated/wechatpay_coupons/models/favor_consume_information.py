from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict, rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorConsumeInformation")


@_attrs_define
class FavorConsumeInformation:
    """已实扣代金券核销信息。Where and when the coupon was used (in practice delivered by the redemption notification, see x-doc-
    errata).

        Attributes:
            consume_time (datetime.datetime | Unset): 核销时间。
            consume_mchid (str | Unset): 核销商户号。
            transaction_id (str | Unset): 核销订单号 (WeChat Pay transaction ID).
            goods_detail (list[FavorGoodsDetail] | Unset): 单品信息。
    """

    consume_time: datetime.datetime | Unset = UNSET
    consume_mchid: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    goods_detail: list[FavorGoodsDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consume_time: str | Unset = UNSET
        if not isinstance(self.consume_time, Unset):
            consume_time = rfc3339(self.consume_time, "consume_time")

        consume_mchid = self.consume_mchid

        transaction_id = self.transaction_id

        goods_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_detail, Unset):
            goods_detail = []
            for goods_detail_item_data in self.goods_detail:
                goods_detail_item = model_dict(
                    FavorGoodsDetail, goods_detail_item_data, "goods_detail_item"
                )
                goods_detail.append(goods_detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consume_time is not UNSET:
            field_dict["consume_time"] = consume_time
        if consume_mchid is not UNSET:
            field_dict["consume_mchid"] = consume_mchid
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if goods_detail is not UNSET:
            field_dict["goods_detail"] = goods_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _consume_time = d.pop("consume_time", UNSET)
        consume_time: datetime.datetime | Unset
        if _consume_time is UNSET:
            consume_time = UNSET
        else:
            consume_time = datetime.datetime.fromisoformat(_consume_time)

        consume_mchid = d.pop("consume_mchid", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        _goods_detail = d.pop("goods_detail", UNSET)
        goods_detail: list[FavorGoodsDetail] | Unset = UNSET
        if _goods_detail is not UNSET:
            goods_detail = []
            for goods_detail_item_data in _goods_detail:
                goods_detail_item = FavorGoodsDetail.from_dict(goods_detail_item_data)

                goods_detail.append(goods_detail_item)

        favor_consume_information = cls(
            consume_time=consume_time,
            consume_mchid=consume_mchid,
            transaction_id=transaction_id,
            goods_detail=goods_detail,
        )

        favor_consume_information.additional_properties = d
        return favor_consume_information

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
from ..models.favor_goods_detail import FavorGoodsDetail  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import model_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponListResponse")


@_attrs_define
class BusifavorCouponListResponse:
    """根据过滤条件查询用户券的结果。One page of a user's merchant coupons.

    Attributes:
        total_count (int): 总数量。Number of matching coupons over all pages.
        offset (int): 分页页码。The page index of this page.
        limit (int): 分页大小。The page size used.
        data (list[BusifavorCouponEntity] | Unset): 结果集。The coupons of this page (at most `limit`).
    """

    total_count: int
    offset: int
    limit: int
    data: list[BusifavorCouponEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = model_dict(BusifavorCouponEntity, data_item_data, "data_item")
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "offset": offset,
                "limit": limit,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count")

        offset = d.pop("offset")

        limit = d.pop("limit")

        _data = d.pop("data", UNSET)
        data: list[BusifavorCouponEntity] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = BusifavorCouponEntity.from_dict(data_item_data)

                data.append(data_item)

        busifavor_coupon_list_response = cls(
            total_count=total_count,
            offset=offset,
            limit=limit,
            data=data,
        )

        busifavor_coupon_list_response.additional_properties = d
        return busifavor_coupon_list_response

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
from ..models.busifavor_coupon_entity import BusifavorCouponEntity  # noqa: E402

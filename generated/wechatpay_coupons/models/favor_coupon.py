from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict, rfc3339
from ..models.favor_coupon_status import FavorCouponStatus
from ..models.favor_coupon_type import FavorCouponType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FavorCoupon")


@_attrs_define
class FavorCoupon:
    """代金券详情。A cash coupon of a user.

    Attributes:
        stock_creator_mchid (str): 创建批次的商户号。
        stock_id (str): 批次号。微信为每个代金券批次分配的唯一 id。
        coupon_id (str): 代金券 id。微信为代金券唯一分配的 id。
        coupon_name (str): 代金券名称。
        status (FavorCouponStatus): 代金券状态。SENDED 可用 (available); USED 已实扣 (used); EXPIRED 已过期 (expired); RECOVER 已回收
            (recovered by the merchant; listed by WeChat's definitions, not by the document).
        description (str): 使用说明。代金券描述说明字段。
        create_time (datetime.datetime): 领券时间 (RFC 3339).
        coupon_type (FavorCouponType): 券类型。NORMAL 满减券 (fixed amount off); CUT_TO 减至券 (price cut to a fixed amount).
        no_cash (bool): 是否无资金流。true 是 (no funds flow, 免充值); false 否 (预充值).
        available_begin_time (datetime.datetime): 可用开始时间 (RFC 3339).
        available_end_time (datetime.datetime): 可用结束时间 (RFC 3339).
        singleitem (bool): 是否单品优惠。true 是; false 否。
        cut_to_message (FavorCutToMessage | Unset): 单品优惠特定信息 (减至券).
        normal_coupon_information (FavorFixedValueStockMsg | Unset): 满减券信息 (cash coupons; not the merchant-coupon schema
            of the same SDK name). 普通满减券面额、门槛信息。
        consume_information (FavorConsumeInformation | Unset): 已实扣代金券核销信息。Where and when the coupon was used (in
            practice delivered by the redemption notification, see x-doc-errata).
    """

    stock_creator_mchid: str
    stock_id: str
    coupon_id: str
    coupon_name: str
    status: FavorCouponStatus
    description: str
    create_time: datetime.datetime
    coupon_type: FavorCouponType
    no_cash: bool
    available_begin_time: datetime.datetime
    available_end_time: datetime.datetime
    singleitem: bool
    cut_to_message: FavorCutToMessage | Unset = UNSET
    normal_coupon_information: FavorFixedValueStockMsg | Unset = UNSET
    consume_information: FavorConsumeInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        stock_creator_mchid = self.stock_creator_mchid

        stock_id = self.stock_id

        coupon_id = self.coupon_id

        coupon_name = self.coupon_name

        status = enum_value(FavorCouponStatus, self.status, "status")

        description = self.description

        create_time = rfc3339(self.create_time, "create_time")

        coupon_type = enum_value(FavorCouponType, self.coupon_type, "coupon_type")

        no_cash = self.no_cash

        available_begin_time = rfc3339(self.available_begin_time, "available_begin_time")

        available_end_time = rfc3339(self.available_end_time, "available_end_time")

        singleitem = self.singleitem

        cut_to_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cut_to_message, Unset):
            cut_to_message = model_dict(FavorCutToMessage, self.cut_to_message, "cut_to_message")

        normal_coupon_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal_coupon_information, Unset):
            normal_coupon_information = model_dict(
                FavorFixedValueStockMsg, self.normal_coupon_information, "normal_coupon_information"
            )

        consume_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consume_information, Unset):
            consume_information = model_dict(
                FavorConsumeInformation, self.consume_information, "consume_information"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_creator_mchid": stock_creator_mchid,
                "stock_id": stock_id,
                "coupon_id": coupon_id,
                "coupon_name": coupon_name,
                "status": status,
                "description": description,
                "create_time": create_time,
                "coupon_type": coupon_type,
                "no_cash": no_cash,
                "available_begin_time": available_begin_time,
                "available_end_time": available_end_time,
                "singleitem": singleitem,
            }
        )
        if cut_to_message is not UNSET:
            field_dict["cut_to_message"] = cut_to_message
        if normal_coupon_information is not UNSET:
            field_dict["normal_coupon_information"] = normal_coupon_information
        if consume_information is not UNSET:
            field_dict["consume_information"] = consume_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stock_creator_mchid = d.pop("stock_creator_mchid")

        stock_id = d.pop("stock_id")

        coupon_id = d.pop("coupon_id")

        coupon_name = d.pop("coupon_name")

        status = FavorCouponStatus.parse(d.pop("status"))

        description = d.pop("description")

        create_time = datetime.datetime.fromisoformat(d.pop("create_time"))

        coupon_type = FavorCouponType.parse(d.pop("coupon_type"))

        no_cash = d.pop("no_cash")

        available_begin_time = datetime.datetime.fromisoformat(d.pop("available_begin_time"))

        available_end_time = datetime.datetime.fromisoformat(d.pop("available_end_time"))

        singleitem = d.pop("singleitem")

        _cut_to_message = d.pop("cut_to_message", UNSET)
        cut_to_message: FavorCutToMessage | Unset
        if _cut_to_message is UNSET:
            cut_to_message = UNSET
        else:
            cut_to_message = FavorCutToMessage.from_dict(_cut_to_message)

        _normal_coupon_information = d.pop("normal_coupon_information", UNSET)
        normal_coupon_information: FavorFixedValueStockMsg | Unset
        if _normal_coupon_information is UNSET:
            normal_coupon_information = UNSET
        else:
            normal_coupon_information = FavorFixedValueStockMsg.from_dict(
                _normal_coupon_information
            )

        _consume_information = d.pop("consume_information", UNSET)
        consume_information: FavorConsumeInformation | Unset
        if _consume_information is UNSET:
            consume_information = UNSET
        else:
            consume_information = FavorConsumeInformation.from_dict(_consume_information)

        favor_coupon = cls(
            stock_creator_mchid=stock_creator_mchid,
            stock_id=stock_id,
            coupon_id=coupon_id,
            coupon_name=coupon_name,
            status=status,
            description=description,
            create_time=create_time,
            coupon_type=coupon_type,
            no_cash=no_cash,
            available_begin_time=available_begin_time,
            available_end_time=available_end_time,
            singleitem=singleitem,
            cut_to_message=cut_to_message,
            normal_coupon_information=normal_coupon_information,
            consume_information=consume_information,
        )

        favor_coupon.additional_properties = d
        return favor_coupon

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
from ..models.favor_consume_information import FavorConsumeInformation  # noqa: E402
from ..models.favor_cut_to_message import FavorCutToMessage  # noqa: E402
from ..models.favor_fixed_value_stock_msg import FavorFixedValueStockMsg  # noqa: E402

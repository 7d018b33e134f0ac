from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict, rfc3339
from ..models.busifavor_coupon_state import BusifavorCouponState
from ..models.busifavor_stock_type import BusifavorStockType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusifavorCouponEntity")


@_attrs_define
class BusifavorCouponEntity:
    """商家券。A merchant coupon in the user's card bag.

    Attributes:
        belong_merchant (str): 批次归属商户号。Merchant ID the stock belongs to.
        stock_name (str): 商家券批次名称 (at most 21 characters).
        goods_name (str): 适用商品范围 (at most 15 characters), shown to the user.
        stock_type (BusifavorStockType): 批次类型。NORMAL 固定面额满减券; DISCOUNT 折扣券; EXCHANGE 换购券。
        coupon_use_rule (BusifavorCouponUseRule): 券核销规则。How and when the coupon can be redeemed. Exactly one of the
            three value objects matches `stock_type`.
        comment (str | Unset): 批次备注 (at most 20 characters).
        transferable (bool | Unset): 是否允许转赠 (not yet open, 该字段暂未开放).
        shareable (bool | Unset): 是否允许分享领券链接 (not yet open, 该字段暂未开放).
        coupon_state (BusifavorCouponState | Unset): 商家券状态。SENDED 可用 (available); USED 已核销 (redeemed); EXPIRED 已过期
            (expired);
            DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the merchant).
        display_pattern_info (BusifavorDisplayPatternInfo | Unset): 样式信息。How the coupon looks in the card bag.
        custom_entrance (BusifavorCustomEntrance | Unset): 自定义入口。Entrances shown on the coupon's detail page.
        coupon_code (str | Unset): 券 code, the coupon's unique code.
        stock_id (str | Unset): 批次号。
        available_start_time (datetime.datetime | Unset): 券可使用开始时间。
        expire_time (datetime.datetime | Unset): 券过期时间。
        receive_time (datetime.datetime | Unset): 券领取时间。
        send_request_no (str | Unset): 发券请求单号。
        use_request_no (str | Unset): 核销请求单号; present once the coupon is USED.
        use_time (datetime.datetime | Unset): 券核销时间; present once the coupon is USED.
        associate_out_trade_no (str | Unset): 关联的商户订单号 (a plain string; old Go SDKs typed it as a time by mistake).
        return_request_no (str | Unset): 回退请求单号; present once a redemption was returned.
        return_time (datetime.datetime | Unset): 券回退时间。
        deactivate_request_no (str | Unset): 失效请求单号; present when DEACTIVATED.
        deactivate_time (datetime.datetime | Unset): 券失效时间。
        deactivate_reason (str | Unset): 失效原因。
    """

    belong_merchant: str
    stock_name: str
    goods_name: str
    stock_type: BusifavorStockType
    coupon_use_rule: BusifavorCouponUseRule
    comment: str | Unset = UNSET
    transferable: bool | Unset = UNSET
    shareable: bool | Unset = UNSET
    coupon_state: BusifavorCouponState | Unset = UNSET
    display_pattern_info: BusifavorDisplayPatternInfo | Unset = UNSET
    custom_entrance: BusifavorCustomEntrance | Unset = UNSET
    coupon_code: str | Unset = UNSET
    stock_id: str | Unset = UNSET
    available_start_time: datetime.datetime | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    receive_time: datetime.datetime | Unset = UNSET
    send_request_no: str | Unset = UNSET
    use_request_no: str | Unset = UNSET
    use_time: datetime.datetime | Unset = UNSET
    associate_out_trade_no: str | Unset = UNSET
    return_request_no: str | Unset = UNSET
    return_time: datetime.datetime | Unset = UNSET
    deactivate_request_no: str | Unset = UNSET
    deactivate_time: datetime.datetime | Unset = UNSET
    deactivate_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        belong_merchant = self.belong_merchant

        stock_name = self.stock_name

        goods_name = self.goods_name

        stock_type = enum_value(BusifavorStockType, self.stock_type, "stock_type")

        coupon_use_rule = model_dict(
            BusifavorCouponUseRule, self.coupon_use_rule, "coupon_use_rule"
        )

        comment = self.comment

        transferable = self.transferable

        shareable = self.shareable

        coupon_state: str | Unset = UNSET
        if not isinstance(self.coupon_state, Unset):
            coupon_state = enum_value(BusifavorCouponState, self.coupon_state, "coupon_state")

        display_pattern_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_pattern_info, Unset):
            display_pattern_info = model_dict(
                BusifavorDisplayPatternInfo, self.display_pattern_info, "display_pattern_info"
            )

        custom_entrance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_entrance, Unset):
            custom_entrance = model_dict(
                BusifavorCustomEntrance, self.custom_entrance, "custom_entrance"
            )

        coupon_code = self.coupon_code

        stock_id = self.stock_id

        available_start_time: str | Unset = UNSET
        if not isinstance(self.available_start_time, Unset):
            available_start_time = rfc3339(self.available_start_time, "available_start_time")

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = rfc3339(self.expire_time, "expire_time")

        receive_time: str | Unset = UNSET
        if not isinstance(self.receive_time, Unset):
            receive_time = rfc3339(self.receive_time, "receive_time")

        send_request_no = self.send_request_no

        use_request_no = self.use_request_no

        use_time: str | Unset = UNSET
        if not isinstance(self.use_time, Unset):
            use_time = rfc3339(self.use_time, "use_time")

        associate_out_trade_no = self.associate_out_trade_no

        return_request_no = self.return_request_no

        return_time: str | Unset = UNSET
        if not isinstance(self.return_time, Unset):
            return_time = rfc3339(self.return_time, "return_time")

        deactivate_request_no = self.deactivate_request_no

        deactivate_time: str | Unset = UNSET
        if not isinstance(self.deactivate_time, Unset):
            deactivate_time = rfc3339(self.deactivate_time, "deactivate_time")

        deactivate_reason = self.deactivate_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "belong_merchant": belong_merchant,
                "stock_name": stock_name,
                "goods_name": goods_name,
                "stock_type": stock_type,
                "coupon_use_rule": coupon_use_rule,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if transferable is not UNSET:
            field_dict["transferable"] = transferable
        if shareable is not UNSET:
            field_dict["shareable"] = shareable
        if coupon_state is not UNSET:
            field_dict["coupon_state"] = coupon_state
        if display_pattern_info is not UNSET:
            field_dict["display_pattern_info"] = display_pattern_info
        if custom_entrance is not UNSET:
            field_dict["custom_entrance"] = custom_entrance
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if stock_id is not UNSET:
            field_dict["stock_id"] = stock_id
        if available_start_time is not UNSET:
            field_dict["available_start_time"] = available_start_time
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if receive_time is not UNSET:
            field_dict["receive_time"] = receive_time
        if send_request_no is not UNSET:
            field_dict["send_request_no"] = send_request_no
        if use_request_no is not UNSET:
            field_dict["use_request_no"] = use_request_no
        if use_time is not UNSET:
            field_dict["use_time"] = use_time
        if associate_out_trade_no is not UNSET:
            field_dict["associate_out_trade_no"] = associate_out_trade_no
        if return_request_no is not UNSET:
            field_dict["return_request_no"] = return_request_no
        if return_time is not UNSET:
            field_dict["return_time"] = return_time
        if deactivate_request_no is not UNSET:
            field_dict["deactivate_request_no"] = deactivate_request_no
        if deactivate_time is not UNSET:
            field_dict["deactivate_time"] = deactivate_time
        if deactivate_reason is not UNSET:
            field_dict["deactivate_reason"] = deactivate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        belong_merchant = d.pop("belong_merchant")

        stock_name = d.pop("stock_name")

        goods_name = d.pop("goods_name")

        stock_type = BusifavorStockType.parse(d.pop("stock_type"))

        coupon_use_rule = BusifavorCouponUseRule.from_dict(d.pop("coupon_use_rule"))

        comment = d.pop("comment", UNSET)

        transferable = d.pop("transferable", UNSET)

        shareable = d.pop("shareable", UNSET)

        _coupon_state = d.pop("coupon_state", UNSET)
        coupon_state: BusifavorCouponState | Unset
        if _coupon_state is UNSET:
            coupon_state = UNSET
        else:
            coupon_state = BusifavorCouponState.parse(_coupon_state)

        _display_pattern_info = d.pop("display_pattern_info", UNSET)
        display_pattern_info: BusifavorDisplayPatternInfo | Unset
        if _display_pattern_info is UNSET:
            display_pattern_info = UNSET
        else:
            display_pattern_info = BusifavorDisplayPatternInfo.from_dict(_display_pattern_info)

        _custom_entrance = d.pop("custom_entrance", UNSET)
        custom_entrance: BusifavorCustomEntrance | Unset
        if _custom_entrance is UNSET:
            custom_entrance = UNSET
        else:
            custom_entrance = BusifavorCustomEntrance.from_dict(_custom_entrance)

        coupon_code = d.pop("coupon_code", UNSET)

        stock_id = d.pop("stock_id", UNSET)

        _available_start_time = d.pop("available_start_time", UNSET)
        available_start_time: datetime.datetime | Unset
        if _available_start_time is UNSET:
            available_start_time = UNSET
        else:
            available_start_time = datetime.datetime.fromisoformat(_available_start_time)

        _expire_time = d.pop("expire_time", UNSET)
        expire_time: datetime.datetime | Unset
        if _expire_time is UNSET:
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        _receive_time = d.pop("receive_time", UNSET)
        receive_time: datetime.datetime | Unset
        if _receive_time is UNSET:
            receive_time = UNSET
        else:
            receive_time = datetime.datetime.fromisoformat(_receive_time)

        send_request_no = d.pop("send_request_no", UNSET)

        use_request_no = d.pop("use_request_no", UNSET)

        _use_time = d.pop("use_time", UNSET)
        use_time: datetime.datetime | Unset
        if _use_time is UNSET:
            use_time = UNSET
        else:
            use_time = datetime.datetime.fromisoformat(_use_time)

        associate_out_trade_no = d.pop("associate_out_trade_no", UNSET)

        return_request_no = d.pop("return_request_no", UNSET)

        _return_time = d.pop("return_time", UNSET)
        return_time: datetime.datetime | Unset
        if _return_time is UNSET:
            return_time = UNSET
        else:
            return_time = datetime.datetime.fromisoformat(_return_time)

        deactivate_request_no = d.pop("deactivate_request_no", UNSET)

        _deactivate_time = d.pop("deactivate_time", UNSET)
        deactivate_time: datetime.datetime | Unset
        if _deactivate_time is UNSET:
            deactivate_time = UNSET
        else:
            deactivate_time = datetime.datetime.fromisoformat(_deactivate_time)

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        busifavor_coupon_entity = cls(
            belong_merchant=belong_merchant,
            stock_name=stock_name,
            goods_name=goods_name,
            stock_type=stock_type,
            coupon_use_rule=coupon_use_rule,
            comment=comment,
            transferable=transferable,
            shareable=shareable,
            coupon_state=coupon_state,
            display_pattern_info=display_pattern_info,
            custom_entrance=custom_entrance,
            coupon_code=coupon_code,
            stock_id=stock_id,
            available_start_time=available_start_time,
            expire_time=expire_time,
            receive_time=receive_time,
            send_request_no=send_request_no,
            use_request_no=use_request_no,
            use_time=use_time,
            associate_out_trade_no=associate_out_trade_no,
            return_request_no=return_request_no,
            return_time=return_time,
            deactivate_request_no=deactivate_request_no,
            deactivate_time=deactivate_time,
            deactivate_reason=deactivate_reason,
        )

        busifavor_coupon_entity.additional_properties = d
        return busifavor_coupon_entity

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
from ..models.busifavor_coupon_use_rule import BusifavorCouponUseRule  # noqa: E402
from ..models.busifavor_custom_entrance import BusifavorCustomEntrance  # noqa: E402
from ..models.busifavor_display_pattern_info import BusifavorDisplayPatternInfo  # noqa: E402

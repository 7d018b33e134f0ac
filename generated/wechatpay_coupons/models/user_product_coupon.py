from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import enum_value, model_dict, rfc3339
from ..models.user_product_coupon_send_channel import UserProductCouponSendChannel
from ..models.user_product_coupon_state import UserProductCouponState
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProductCoupon")


@_attrs_define
class UserProductCoupon:
    """用户商品券。A product coupon sent to a user.

    Attributes:
        coupon_code (str): 【用户商品券Code】用户商品券的唯一标识。
        coupon_state (UserProductCouponState): 用户商品券状态。CONFIRMING 待确认 (the brand must call the confirm-send API before
            it takes effect);
            PENDING 已发放待生效 (sent, validity not started); EFFECTIVE 已生效 (usable); USED 已核销;
            EXPIRED 已过期; DELETED 已删除 (deleted by the user); DEACTIVATED 已失效 (deactivated by the brand).
        valid_begin_time (datetime.datetime): 【有效期开始时间】用户商品券可用开始时间。
        valid_end_time (datetime.datetime): 【有效期结束时间】用户商品券可用结束时间。
        receive_time (datetime.datetime): 【领券时间】用户领券时间。
        send_request_no (str): 【发券请求单号】发券时传入的请求流水号。
        send_channel (UserProductCouponSendChannel): 发券渠道。BRAND_MANAGE 摇一摇有优惠; API 品牌方自主发券 (through the send API);
            RECEIVE_COMPONENT 小程序领券组件. The partner definitions also list MERCHANT_CARD, MEMBER and
            SMALL_ACTIVITY; clients must accept values not listed here.
        product_coupon (ProductCoupon): 【商品券信息】The product coupon this user coupon is an instance of.
        stock (ProductCouponStock): 【批次信息】The stock the coupon was sent from.
        confirm_request_no (str | Unset): 【确认请求单号】品牌方确认发券请求时传入的请求流水号; only after the confirm-send API was called.
        confirm_time (datetime.datetime | Unset): 【确认发放时间】only after the confirm-send API was called.
        deactivate_request_no (str | Unset): 【失效请求单号】only when coupon_state is DEACTIVATED.
        deactivate_time (datetime.datetime | Unset): 【失效时间】only when coupon_state is DEACTIVATED.
        deactivate_reason (str | Unset): 【失效原因】only when coupon_state is DEACTIVATED.
        single_usage_detail (ProductCouponUsageDetail | Unset): 用户商品券使用详情。Redemption and return of the coupon.
        progressive_bundle_usage_detail (ProductCouponUsageDetail | Unset): 用户商品券使用详情。Redemption and return of the
            coupon.
        user_product_coupon_bundle_info (UserProductCouponBundleInfo | Unset): 【用户券组信息】only when usage_mode is
            PROGRESSIVE_BUNDLE.
        attach (str | Unset): 【自定义附加信息】set by the brand's send API call (string(150) there) and returned unchanged;
            empty for other channels.
        channel_custom_info (str | Unset): 【渠道自定义信息】channel-specific data; parse it according to send_channel.
        coupon_tag_info (UserProductCouponTagInfo | Unset): 【用户商品券标签信息】
    """

    coupon_code: str
    coupon_state: UserProductCouponState
    valid_begin_time: datetime.datetime
    valid_end_time: datetime.datetime
    receive_time: datetime.datetime
    send_request_no: str
    send_channel: UserProductCouponSendChannel
    product_coupon: ProductCoupon
    stock: ProductCouponStock
    confirm_request_no: str | Unset = UNSET
    confirm_time: datetime.datetime | Unset = UNSET
    deactivate_request_no: str | Unset = UNSET
    deactivate_time: datetime.datetime | Unset = UNSET
    deactivate_reason: str | Unset = UNSET
    single_usage_detail: ProductCouponUsageDetail | Unset = UNSET
    progressive_bundle_usage_detail: ProductCouponUsageDetail | Unset = UNSET
    user_product_coupon_bundle_info: UserProductCouponBundleInfo | Unset = UNSET
    attach: str | Unset = UNSET
    channel_custom_info: str | Unset = UNSET
    coupon_tag_info: UserProductCouponTagInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The answer's headers, for its Request-ID (types.request_id_of); not a field of the body.
    _answer_headers: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        coupon_state = enum_value(UserProductCouponState, self.coupon_state, "coupon_state")

        valid_begin_time = rfc3339(self.valid_begin_time, "valid_begin_time")

        valid_end_time = rfc3339(self.valid_end_time, "valid_end_time")

        receive_time = rfc3339(self.receive_time, "receive_time")

        send_request_no = self.send_request_no

        send_channel = enum_value(UserProductCouponSendChannel, self.send_channel, "send_channel")

        product_coupon = model_dict(ProductCoupon, self.product_coupon, "product_coupon")

        stock = model_dict(ProductCouponStock, self.stock, "stock")

        confirm_request_no = self.confirm_request_no

        confirm_time: str | Unset = UNSET
        if not isinstance(self.confirm_time, Unset):
            confirm_time = rfc3339(self.confirm_time, "confirm_time")

        deactivate_request_no = self.deactivate_request_no

        deactivate_time: str | Unset = UNSET
        if not isinstance(self.deactivate_time, Unset):
            deactivate_time = rfc3339(self.deactivate_time, "deactivate_time")

        deactivate_reason = self.deactivate_reason

        single_usage_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.single_usage_detail, Unset):
            single_usage_detail = model_dict(
                ProductCouponUsageDetail, self.single_usage_detail, "single_usage_detail"
            )

        progressive_bundle_usage_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progressive_bundle_usage_detail, Unset):
            progressive_bundle_usage_detail = model_dict(
                ProductCouponUsageDetail,
                self.progressive_bundle_usage_detail,
                "progressive_bundle_usage_detail",
            )

        user_product_coupon_bundle_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_product_coupon_bundle_info, Unset):
            user_product_coupon_bundle_info = model_dict(
                UserProductCouponBundleInfo,
                self.user_product_coupon_bundle_info,
                "user_product_coupon_bundle_info",
            )

        attach = self.attach

        channel_custom_info = self.channel_custom_info

        coupon_tag_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_tag_info, Unset):
            coupon_tag_info = model_dict(
                UserProductCouponTagInfo, self.coupon_tag_info, "coupon_tag_info"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupon_code": coupon_code,
                "coupon_state": coupon_state,
                "valid_begin_time": valid_begin_time,
                "valid_end_time": valid_end_time,
                "receive_time": receive_time,
                "send_request_no": send_request_no,
                "send_channel": send_channel,
                "product_coupon": product_coupon,
                "stock": stock,
            }
        )
        if confirm_request_no is not UNSET:
            field_dict["confirm_request_no"] = confirm_request_no
        if confirm_time is not UNSET:
            field_dict["confirm_time"] = confirm_time
        if deactivate_request_no is not UNSET:
            field_dict["deactivate_request_no"] = deactivate_request_no
        if deactivate_time is not UNSET:
            field_dict["deactivate_time"] = deactivate_time
        if deactivate_reason is not UNSET:
            field_dict["deactivate_reason"] = deactivate_reason
        if single_usage_detail is not UNSET:
            field_dict["single_usage_detail"] = single_usage_detail
        if progressive_bundle_usage_detail is not UNSET:
            field_dict["progressive_bundle_usage_detail"] = progressive_bundle_usage_detail
        if user_product_coupon_bundle_info is not UNSET:
            field_dict["user_product_coupon_bundle_info"] = user_product_coupon_bundle_info
        if attach is not UNSET:
            field_dict["attach"] = attach
        if channel_custom_info is not UNSET:
            field_dict["channel_custom_info"] = channel_custom_info
        if coupon_tag_info is not UNSET:
            field_dict["coupon_tag_info"] = coupon_tag_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("coupon_code")

        coupon_state = UserProductCouponState.parse(d.pop("coupon_state"))

        valid_begin_time = datetime.datetime.fromisoformat(d.pop("valid_begin_time"))

        valid_end_time = datetime.datetime.fromisoformat(d.pop("valid_end_time"))

        receive_time = datetime.datetime.fromisoformat(d.pop("receive_time"))

        send_request_no = d.pop("send_request_no")

        send_channel = UserProductCouponSendChannel.parse(d.pop("send_channel"))

        product_coupon = ProductCoupon.from_dict(d.pop("product_coupon"))

        stock = ProductCouponStock.from_dict(d.pop("stock"))

        confirm_request_no = d.pop("confirm_request_no", UNSET)

        _confirm_time = d.pop("confirm_time", UNSET)
        confirm_time: datetime.datetime | Unset
        if _confirm_time is UNSET:
            confirm_time = UNSET
        else:
            confirm_time = datetime.datetime.fromisoformat(_confirm_time)

        deactivate_request_no = d.pop("deactivate_request_no", UNSET)

        _deactivate_time = d.pop("deactivate_time", UNSET)
        deactivate_time: datetime.datetime | Unset
        if _deactivate_time is UNSET:
            deactivate_time = UNSET
        else:
            deactivate_time = datetime.datetime.fromisoformat(_deactivate_time)

        deactivate_reason = d.pop("deactivate_reason", UNSET)

        _single_usage_detail = d.pop("single_usage_detail", UNSET)
        single_usage_detail: ProductCouponUsageDetail | Unset
        if _single_usage_detail is UNSET:
            single_usage_detail = UNSET
        else:
            single_usage_detail = ProductCouponUsageDetail.from_dict(_single_usage_detail)

        _progressive_bundle_usage_detail = d.pop("progressive_bundle_usage_detail", UNSET)
        progressive_bundle_usage_detail: ProductCouponUsageDetail | Unset
        if _progressive_bundle_usage_detail is UNSET:
            progressive_bundle_usage_detail = UNSET
        else:
            progressive_bundle_usage_detail = ProductCouponUsageDetail.from_dict(
                _progressive_bundle_usage_detail
            )

        _user_product_coupon_bundle_info = d.pop("user_product_coupon_bundle_info", UNSET)
        user_product_coupon_bundle_info: UserProductCouponBundleInfo | Unset
        if _user_product_coupon_bundle_info is UNSET:
            user_product_coupon_bundle_info = UNSET
        else:
            user_product_coupon_bundle_info = UserProductCouponBundleInfo.from_dict(
                _user_product_coupon_bundle_info
            )

        attach = d.pop("attach", UNSET)

        channel_custom_info = d.pop("channel_custom_info", UNSET)

        _coupon_tag_info = d.pop("coupon_tag_info", UNSET)
        coupon_tag_info: UserProductCouponTagInfo | Unset
        if _coupon_tag_info is UNSET:
            coupon_tag_info = UNSET
        else:
            coupon_tag_info = UserProductCouponTagInfo.from_dict(_coupon_tag_info)

        user_product_coupon = cls(
            coupon_code=coupon_code,
            coupon_state=coupon_state,
            valid_begin_time=valid_begin_time,
            valid_end_time=valid_end_time,
            receive_time=receive_time,
            send_request_no=send_request_no,
            send_channel=send_channel,
            product_coupon=product_coupon,
            stock=stock,
            confirm_request_no=confirm_request_no,
            confirm_time=confirm_time,
            deactivate_request_no=deactivate_request_no,
            deactivate_time=deactivate_time,
            deactivate_reason=deactivate_reason,
            single_usage_detail=single_usage_detail,
            progressive_bundle_usage_detail=progressive_bundle_usage_detail,
            user_product_coupon_bundle_info=user_product_coupon_bundle_info,
            attach=attach,
            channel_custom_info=channel_custom_info,
            coupon_tag_info=coupon_tag_info,
        )

        user_product_coupon.additional_properties = d
        return user_product_coupon

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
from ..models.product_coupon import ProductCoupon  # noqa: E402
from ..models.product_coupon_stock import ProductCouponStock  # noqa: E402
from ..models.product_coupon_usage_detail import ProductCouponUsageDetail  # noqa: E402
from ..models.user_product_coupon_bundle_info import UserProductCouponBundleInfo  # noqa: E402
from ..models.user_product_coupon_tag_info import UserProductCouponTagInfo  # noqa: E402

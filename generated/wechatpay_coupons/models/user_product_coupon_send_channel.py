from .._enums import TolerantStrEnum


class UserProductCouponSendChannel(TolerantStrEnum):
    API = "API"
    BRAND_MANAGE = "BRAND_MANAGE"
    MEMBER = "MEMBER"
    MERCHANT_CARD = "MERCHANT_CARD"
    RECEIVE_COMPONENT = "RECEIVE_COMPONENT"
    SMALL_ACTIVITY = "SMALL_ACTIVITY"

    @classmethod
    def parse(cls, value: str) -> "UserProductCouponSendChannel":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, UserProductCouponSendChannel] = {
    member.value: member for member in UserProductCouponSendChannel
}

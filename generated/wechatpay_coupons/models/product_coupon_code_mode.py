from .._enums import TolerantStrEnum


class ProductCouponCodeMode(TolerantStrEnum):
    API_ASSIGN = "API_ASSIGN"
    UPLOAD = "UPLOAD"
    WECHATPAY = "WECHATPAY"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponCodeMode":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponCodeMode] = {
    member.value: member for member in ProductCouponCodeMode
}

from .._enums import TolerantStrEnum


class ProductCouponUsageMethod(TolerantStrEnum):
    APP = "APP"
    MINI_PROGRAM = "MINI_PROGRAM"
    OFFLINE = "OFFLINE"
    PAYMENT_CODE = "PAYMENT_CODE"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponUsageMethod":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponUsageMethod] = {
    member.value: member for member in ProductCouponUsageMethod
}

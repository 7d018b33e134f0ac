from .._enums import TolerantStrEnum


class ProductCouponState(TolerantStrEnum):
    AUDITING = "AUDITING"
    DEACTIVATED = "DEACTIVATED"
    EFFECTIVE = "EFFECTIVE"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponState":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponState] = {member.value: member for member in ProductCouponState}

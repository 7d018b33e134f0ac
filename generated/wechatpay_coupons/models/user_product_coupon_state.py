from .._enums import TolerantStrEnum


class UserProductCouponState(TolerantStrEnum):
    CONFIRMING = "CONFIRMING"
    DEACTIVATED = "DEACTIVATED"
    DELETED = "DELETED"
    EFFECTIVE = "EFFECTIVE"
    EXPIRED = "EXPIRED"
    PENDING = "PENDING"
    USED = "USED"

    @classmethod
    def parse(cls, value: str) -> "UserProductCouponState":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, UserProductCouponState] = {
    member.value: member for member in UserProductCouponState
}

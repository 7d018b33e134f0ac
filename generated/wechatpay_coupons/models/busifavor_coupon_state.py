from .._enums import TolerantStrEnum


class BusifavorCouponState(TolerantStrEnum):
    DEACTIVATED = "DEACTIVATED"
    DELETED = "DELETED"
    EXPIRED = "EXPIRED"
    SENDED = "SENDED"
    USED = "USED"

    @classmethod
    def parse(cls, value: str) -> "BusifavorCouponState":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, BusifavorCouponState] = {
    member.value: member for member in BusifavorCouponState
}

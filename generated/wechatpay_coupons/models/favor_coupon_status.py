from .._enums import TolerantStrEnum


class FavorCouponStatus(TolerantStrEnum):
    EXPIRED = "EXPIRED"
    RECOVER = "RECOVER"
    SENDED = "SENDED"
    USED = "USED"

    @classmethod
    def parse(cls, value: str) -> "FavorCouponStatus":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, FavorCouponStatus] = {member.value: member for member in FavorCouponStatus}

from .._enums import TolerantStrEnum


class BusifavorCouponUseMethod(TolerantStrEnum):
    MINI_PROGRAMS = "MINI_PROGRAMS"
    OFF_LINE = "OFF_LINE"
    PAYMENT_CODE = "PAYMENT_CODE"
    SELF_CONSUME = "SELF_CONSUME"

    @classmethod
    def parse(cls, value: str) -> "BusifavorCouponUseMethod":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, BusifavorCouponUseMethod] = {
    member.value: member for member in BusifavorCouponUseMethod
}

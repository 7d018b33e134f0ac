from .._enums import TolerantStrEnum


class CreateProductCouponRequestScope(TolerantStrEnum):
    ALL = "ALL"
    SINGLE = "SINGLE"

    @classmethod
    def parse(cls, value: str) -> "CreateProductCouponRequestScope":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, CreateProductCouponRequestScope] = {
    member.value: member for member in CreateProductCouponRequestScope
}

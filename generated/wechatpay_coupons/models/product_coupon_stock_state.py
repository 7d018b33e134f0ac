from .._enums import TolerantStrEnum


class ProductCouponStockState(TolerantStrEnum):
    AUDITING = "AUDITING"
    DEACTIVATED = "DEACTIVATED"
    PAUSED = "PAUSED"
    SENDING = "SENDING"
    STOPPED = "STOPPED"

    @classmethod
    def parse(cls, value: str) -> "ProductCouponStockState":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, ProductCouponStockState] = {
    member.value: member for member in ProductCouponStockState
}

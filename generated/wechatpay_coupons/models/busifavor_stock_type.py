from .._enums import TolerantStrEnum


class BusifavorStockType(TolerantStrEnum):
    DISCOUNT = "DISCOUNT"
    EXCHANGE = "EXCHANGE"
    NORMAL = "NORMAL"

    @classmethod
    def parse(cls, value: str) -> "BusifavorStockType":
        """The member for a wire value; an unknown value becomes an UNKNOWN pseudo-member."""
        # A dictionary look-up first: the Enum call costs ten times as much, per coupon field.
        return _MEMBERS.get(value) or cls(value)


_MEMBERS: dict[str, BusifavorStockType] = {member.value: member for member in BusifavorStockType}

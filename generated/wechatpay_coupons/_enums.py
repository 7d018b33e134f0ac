"""The base of every string enum of the client: the spec's enums and WeChat Pay's error codes.

WeChat Pay adds enum values, and error codes, without notice. An unknown value becomes a
pseudo-member named ``UNKNOWN`` that keeps the wire value, so an answer never fails to parse,
round-trips intact, and still compares equal to its text.
"""

import enum
from typing import Self


class TolerantStrEnum(enum.StrEnum):
    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list (sent by a newer API)."""
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)


__all__ = ["TolerantStrEnum"]

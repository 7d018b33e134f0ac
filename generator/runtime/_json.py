"""JSON decoding of response bodies: orjson when the ``speedups`` extra installed it.

A 20-coupon page decodes in about a third of the time with orjson (docs/benchmarks.md). Both
decoders refuse what is not JSON (``NaN`` and ``Infinity`` included) with a ``ValueError``,
which the operations turn into ``ApiResponseValidationError``.

orjson reads an integer beyond 64 bits as a float, silently, where ``json`` keeps it exact; a
body with a run of 20 digits or more (such an integer, or a long digit string: a transaction id)
is read by ``json``.
"""

import json
from collections.abc import Callable
from typing import Any

loads_json: Callable[[bytes], Any]


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _loads_stdlib(data: bytes) -> Any:
    return json.loads(data, parse_constant=_refuse_constant)


try:
    import orjson
except ImportError:
    loads_json = _loads_stdlib
else:
    # Digits to "0", every other byte to " ": a run of 20 digits is then a substring, found at
    # C speed (30 us on a 35 kB page, where a regular expression takes 330 and orjson saves 94).
    _DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
    _TWENTY_DIGITS = b"0" * 20

    def _loads_fast(data: bytes) -> Any:
        if _TWENTY_DIGITS in data.translate(_DIGITS_AS_ZERO):
            return _loads_stdlib(data)
        return orjson.loads(data)

    loads_json = _loads_fast

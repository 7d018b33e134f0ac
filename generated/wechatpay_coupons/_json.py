"""JSON decoding of response bodies: orjson when the ``speedups`` extra installed it.

A 20-coupon page decodes in about a third of the time with orjson (docs/benchmarks.md). Both
decoders refuse what is not JSON (``NaN`` included, for orjson) with a ``ValueError``, which
the operations turn into ``ApiResponseValidationError``.
"""

import json
from collections.abc import Callable
from typing import Any

loads_json: Callable[[bytes], Any]

try:
    import orjson
except ImportError:
    loads_json = json.loads
else:
    loads_json = orjson.loads

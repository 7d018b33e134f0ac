# The types of the module the generator renders from the spec's error examples
# (templates/extra/_error_codes.py.jinja), as far as the runtime uses it: a class per
# documented code is there too. Not copied into the package; tests/codegen/test_runtime.py
# checks it against the rendered module.
from typing import Final

from ._enums import TolerantStrEnum
from .errors import ApiError, IdempotencyConflict

# Its members are the spec's codes; the runtime names none of them.
class ErrorCode(TolerantStrEnum): ...  # type: ignore[misc]

CODE_CLASSES: Final[dict[tuple[int, str], type[ApiError]]]
ERROR_NUMBERS: Final[dict[int, tuple[str, str]]]
IDEMPOTENCY_CONFLICTS: Final[dict[str, IdempotencyConflict]]
__all__: list[str]

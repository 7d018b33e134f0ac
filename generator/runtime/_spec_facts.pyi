# The types of the module the generator renders from the spec
# (templates/extra/_spec_facts.py.jinja), so that mypy can check the runtime where it is
# written. Not copied into the package; tests/codegen/test_runtime.py checks it against the
# rendered module.
from typing import Final

SPEC_TITLE: Final[str]
SPEC_VERSION: Final[str]
PRIMARY_BASE_URL: Final[str]
BACKUP_BASE_URL: Final[str]
IDEMPOTENCY_KEYS: Final[dict[str, str]]
CREDENTIALS: Final[dict[str, str]]

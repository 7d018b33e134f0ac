"""schemathesis against the mock: every check, every phase, every request signed.

Three runs of the project's spec, all tuned in one place (schemathesis.toml beside this file):

* in process (ASGI), per operation: examples, coverage and fuzzing, every built-in check plus
  the custom ones in st_hooks.py, the mock reset before each case of an operation with
  ``x-idempotency-key``, and each operation's valid-input rate above the toml's floor;
* in process, stateful: schemathesis's state machine over the spec's links, each scenario from
  the seed, in rounds until every link was followed to a 2xx (harness.STATEFUL is the budget);
* over loopback, exactly as a user runs it: ``st run`` with the three phases, then the stateful
  phase in rounds, asserting no failure, no error, no warning and every link followed.

test_reads_the_spec.py shows, on changed copies of the spec, what each failure prints. The
long campaign is in README.md beside this file.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wechatpay_mock import MockServer, create_app

from .harness import (
    FUZZ_SETTINGS,
    MOCK_SETTINGS,
    WORLD,
    conform,
    follow_every_link,
    load_schema,
    read_spec,
    require_every_link,
    st_follow_every_link,
    st_run,
)
from .spec_facts import operations
from .tallies import Acceptance

DOCUMENT = read_spec()
APP = create_app(MOCK_SETTINGS)
schema = load_schema(DOCUMENT, APP)
# Each operation's valid-input floor: the toml's, or its [[operations]] block's.
FLOORS = {
    operation.label: schema.config.warnings_for(operation=operation).low_valid_rate.threshold
    for operation in (result.ok() for result in schema.get_all_operations())
}


@pytest.fixture
def acceptance() -> Iterator[Acceptance]:
    """One operation's valid-input rate, per phase, checked once all its cases ran."""
    tally = Acceptance(operations(DOCUMENT))
    yield tally
    problems = tally.diagnoses(FLOORS.__getitem__)
    assert not problems, "\n".join(problems)


@schema.parametrize()  # type: ignore[untyped-decorator]
@FUZZ_SETTINGS
def test_every_operation_conforms(case: Any, acceptance: Acceptance) -> None:
    conform(case, APP, acceptance)


def test_stateful_follows_every_link() -> None:
    coverage = follow_every_link(schema, APP)
    require_every_link(coverage)


@pytest.fixture(scope="module")
def served_mock() -> Iterator[MockServer]:
    with MockServer(WORLD.data_dir) as server:
        yield server


def test_st_run_over_loopback(served_mock: MockServer, tmp_path: Path) -> None:
    """What the CI bar means: `st run` over a real socket, all four phases, all checks."""
    st_run(served_mock.base_url, "examples,coverage,fuzzing", tmp_path)
    coverage = st_follow_every_link(served_mock.base_url, served_mock.reset, tmp_path)
    require_every_link(coverage)

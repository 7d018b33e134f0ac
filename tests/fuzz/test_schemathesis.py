"""schemathesis against the mock: every check, every phase, every request signed.

Three runs, all tuned in one place (schemathesis.toml beside this file):

* in process (ASGI), per operation: examples, coverage and fuzzing, every built-in check plus
  the custom ones in st_hooks.py;
* in process, stateful: schemathesis's state machine over the spec's OpenAPI links, with the
  store reset before each scenario, asserting that every link was followed to a 2xx;
* over loopback, exactly as a user runs it: ``st run`` with all four phases against the mock
  served by uvicorn, asserting no failure, no error, no warning and every link covered.

The long campaign is in README.md beside this file.
"""

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from wechatpay_mock import MockServer, create_app, ensure_demo_world, load_settings
from wechatpay_mock.spec import spec_path

from . import st_hooks

HERE = Path(__file__).parent
SPEC = spec_path()
CONFIG_FILE = HERE / "schemathesis.toml"
WORLD = ensure_demo_world(Path(tempfile.mkdtemp(prefix="wechatpay-fuzz-")))
APP = create_app(load_settings(WORLD.data_dir / "mock.toml"))

schema = schemathesis.openapi.from_path(SPEC, config=SchemathesisConfig.from_path(CONFIG_FILE))
schema.app = APP
schema.auth.set_from_requests(st_hooks.configure(WORLD))

FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)

# Every link the spec declares: (source operationId, link name).
LINKS = {
    (operation["operationId"], name)
    for item in schema.raw_schema["paths"].values()
    for operation in item.values()
    if isinstance(operation, dict) and "operationId" in operation
    for response in operation.get("responses", {}).values()
    for name in response.get("links", {})
}


@schema.parametrize()
@FUZZ_SETTINGS
def test_every_operation_conforms(case: Any) -> None:
    if case.operation.label == st_hooks.REDEEM_LABEL:
        reset()  # see st_hooks.needs_fresh_store
    case.call_and_validate()


def reset() -> None:
    APP.mock.reset()
    st_hooks.forget_replays()


class StatefulMock(schema.as_state_machine()):  # type: ignore[misc]
    """The spec's state machine; remembers which links it followed to a 2xx."""

    followed: ClassVar[set[str]] = set()

    def setup(self) -> None:
        # Each scenario starts from the seed, so redeeming the first listed coupon can succeed.
        reset()

    def step(self, input: Any) -> Any:
        output = super().step(input)
        if (
            input.transition is not None
            and input.is_applied
            and 200 <= output.response.status_code < 300
        ):
            StatefulMock.followed.add(input.transition.id)
        return output


def test_stateful_follows_every_link() -> None:
    StatefulMock.followed.clear()
    StatefulMock.run(settings=settings(FUZZ_SETTINGS, max_examples=60, stateful_step_count=6))
    # Transition ids read "GET /path -> [200] linkName -> POST /other".
    followed = {re.sub(r".* -> \[\d+\] (\S+) -> .*", r"\1", t) for t in StatefulMock.followed}
    assert followed == {name for _, name in LINKS}


@pytest.fixture(scope="module")
def served_mock() -> Iterator[MockServer]:
    with MockServer(WORLD.data_dir) as server:
        yield server


def st_run(mock: MockServer, phases: str, workdir: Path) -> str:
    """``st run`` as a user runs it (README.md), with every check; returns its output."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
        "SCHEMATHESIS_HOOKS": "st_hooks",
        st_hooks.DATA_DIR_ENV: str(WORLD.data_dir),
    }
    command = [
        # The `st` command, run by this interpreter wherever its scripts directory is.
        sys.executable,
        "-c",
        "import sys; from schemathesis.cli import schemathesis; sys.argv[0] = 'st'; "
        "sys.exit(schemathesis())",
        "--no-color",
        "--config-file",
        str(CONFIG_FILE),
        "run",
        str(SPEC),
        "--url",
        mock.base_url,
        "--checks",
        "all",
        "--phases",
        phases,
        # Hostile input must be answered fast (the issue says within a second).
        "--max-response-time",
        "1",
        "--request-timeout",
        "5",
    ]
    # In a scratch directory: st writes its crash store (.schemathesis/) where it runs.
    result = subprocess.run(
        command, env=env, cwd=workdir, capture_output=True, text=True, timeout=240, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    # Zero failures, zero errors and zero warnings (the toml makes every warning fail the run).
    assert "No issues found" in output, output[-6000:]
    return output


def test_st_run_over_loopback(served_mock: MockServer, tmp_path: Path) -> None:
    """What the CI bar means: `st run` over a real socket, all four phases, all checks."""
    output = st_run(served_mock, "examples,coverage,fuzzing", tmp_path)
    for phase in ("Examples", "Coverage", "Fuzzing"):
        assert re.search(rf"✅\s+{phase}\b", output), output[-3000:]
    served_mock.reset()
    st_hooks.forget_replays()
    output = st_run(served_mock, "stateful", tmp_path)
    covered = re.search(r"API Links:\s+(\d+) covered / (\d+) selected / (\d+) total", output)
    assert covered is not None, output[-3000:]
    assert covered.group(1) == covered.group(2) == covered.group(3) == str(len(LINKS)), output

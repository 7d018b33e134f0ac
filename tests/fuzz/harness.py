"""Running schemathesis against the mock, as the fuzz tests do it, for any copy of the spec.

* ``load_schema``: a spec (the project's, or a copy a test changed) for in-process runs, its
  requests signed, its link inference as the spec asks (``st_hooks.after_load_schema``).
* ``conform``: one case of examples, coverage or fuzzing, with the reset the spec calls for.
* ``follow_every_link``: the stateful phase in process, in rounds until every link of the spec
  was followed to a 2xx or the budget is spent.
* ``st_run`` and ``st_follow_every_link``: the same over loopback (a ``MockServer``), exactly
  as a user runs ``st run`` (README.md beside this file).

The budget of the stateful phase (``Budget``) is stated once: scenarios per round and steps per
scenario in ``schemathesis.toml``, at most one round per link here.
"""

import copy
import os
import pickle
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from wechatpay_mock import MockApp, ensure_demo_world, load_settings
from wechatpay_mock.spec_reader import default_path

from . import cli_report, st_hooks
from .spec_facts import leading_to, selected_links
from .tallies import Acceptance, Answer, LinkCoverage

HERE = Path(__file__).parent
CONFIG_FILE = HERE / "schemathesis.toml"
SPEC = default_path()
_CONFIG = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
# One demo world for every fuzz test of a process: the response checks verify with its keys.
WORLD = ensure_demo_world(Path(tempfile.mkdtemp(prefix="wechatpay-fuzz-")))
MOCK_SETTINGS = load_settings(WORLD.data_dir / "mock.toml")
_SIGNER = st_hooks.configure(WORLD)

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


@dataclass(frozen=True)
class Budget:
    """How long the stateful phase may look for the links it has not followed yet: rounds of
    ``scenarios`` scenarios, each round with the next seed, while a link is missing."""

    scenarios: int  # per round
    steps: int  # at most, per scenario
    seed: int  # of the first round
    rounds: int = 0  # at most; 0: one per link, so that the bound grows with the spec

    def for_links(self, count: int) -> "Budget":
        return self if self.rounds else replace(self, rounds=max(1, count))

    def __str__(self) -> str:
        return (
            f"in {self.rounds} rounds of {self.scenarios} scenarios of up to {self.steps} steps "
            f"(seeds {self.seed} to {self.seed + self.rounds - 1})"
        )


# One or two rounds follow all four links of today's spec; later rounds run only while a link is
# missing: for the seeds that need more scenarios, and for specs with more links.
STATEFUL = Budget(
    scenarios=_CONFIG["phases"]["stateful"]["generation"]["max-examples"],
    steps=_CONFIG["phases"]["stateful"]["max-steps"],
    seed=_CONFIG["seed"],
)


def read_spec(path: Path = SPEC) -> dict[str, Any]:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def load_schema(document: dict[str, Any], app: MockApp) -> Any:
    """``document`` as schemathesis fuzzes it in process against ``app``."""
    # A configuration of its own: after_load_schema sets its link inference from the document.
    config = SchemathesisConfig.from_path(CONFIG_FILE)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(document), config=config)
    schema.app = app
    schema.auth.set_from_requests(_SIGNER)
    return schema


def reset(app: MockApp) -> None:
    app.mock.reset()
    st_hooks.forget_replays()


def conform(case: Any, app: MockApp, acceptance: Acceptance) -> None:
    """Send one case of examples, coverage or fuzzing and run every check on the answer."""
    if st_hooks.needs_fresh_store(case):
        reset(app)
    response = case.call_and_validate()
    if case.meta.generation.mode.is_positive:
        answer = Answer.of(response.status_code, response.content)
        acceptance.record(case.operation.label, case.meta.phase.name.value, answer)


def next_focus(coverage: LinkCoverage, focused: Counter[str]) -> list[str]:
    """The operations a focused round runs over (``spec_facts.leading_to``), for the links it
    looks for: of those not yet followed to a 2xx, the one looked for least so far (the first in
    the spec's order among equals), with the others not yet followed that leave from the same
    operation. ``focused`` counts the looking."""
    missing = coverage.missing
    first = min(missing, key=lambda link: (focused[link.transition_id], missing.index(link)))
    links = [link for link in missing if link.source == first.source]
    focused.update(link.transition_id for link in links)
    return leading_to(links, list(coverage.links.values()))


def follow_every_link(schema: Any, app: MockApp, budget: Budget = STATEFUL) -> LinkCoverage:
    """The stateful phase in process, each scenario from the seed, round after round until
    every link is followed to a 2xx or ``budget`` is spent.

    The first round runs over every operation. A link at the end of a chain is rarely reached
    there: at each step schemathesis chooses among every operation that may start a scenario and
    every link it can take, so the chance of taking one particular chain falls with the size of
    the spec. Each later round therefore looks for one link not yet followed and runs over the
    operations that lead to it (``spec_facts.leading_to``): its chain, from where it starts."""
    schema.as_state_machine()  # injects inferred links, if the spec asks for them
    coverage = LinkCoverage(selected_links(schema))
    budget = budget.for_links(len(coverage.links))
    focused: Counter[str] = Counter()
    for round_ in range(budget.rounds):
        scope = schema
        if round_:
            scope = only(schema, next_focus(coverage, focused))
        hypothesis.seed(budget.seed + round_)(_machine(scope, app, coverage)).run(
            settings=settings(
                FUZZ_SETTINGS,
                derandomize=False,
                max_examples=budget.scenarios,
                stateful_step_count=budget.steps,
            )
        )
        coverage.budget = str(replace(budget, rounds=round_ + 1))
        if not coverage.missing:
            break
    return coverage


def only(schema: Any, operation_ids: list[str]) -> Any:
    """``schema`` with only these operations. (``schema.include`` would not do: the toml's
    ``[[operations]]`` blocks add a filter that every operation passes, and includes add up.)"""
    every = [result.ok().definition.raw["operationId"] for result in schema.get_all_operations()]
    return schema.exclude(operation_id=[name for name in every if name not in operation_ids])


def _machine(schema: Any, app: MockApp, coverage: LinkCoverage) -> Any:
    """schemathesis's state machine over ``schema``: each scenario from the seed, each
    schema-valid step recorded in ``coverage``."""

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            reset(app)

        def step(self, input: Any) -> Any:
            output = super().step(input)
            response = output.response
            if not input.case.meta.generation.mode.is_positive:
                return output
            coverage.record(
                input.case.operation.label,
                Answer.of(response.status_code, response.content),
                input.transition.id if input.transition else None,
                input.is_applied,
            )
            return output

    return Machine


def require_every_link(coverage: LinkCoverage) -> None:
    """Fail with the links that were not followed, why, and what to do."""
    if coverage.missing:
        pytest.fail(coverage.report(), pytrace=False)


def st_run(
    base_url: str,
    phases: str,
    workdir: Path,
    *options: str,
    spec: Path = SPEC,
    config: Path = CONFIG_FILE,
    tally: Path | None = None,
) -> str:
    """``st run`` as a user runs it (README.md), with every check; returns its output.

    Fails when schemathesis finds anything (a failure, an error or a warning: the toml makes
    every warning fail the run), or when the harness's report does (``cli_report``)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")]),
        "SCHEMATHESIS_HOOKS": "fuzz.st_hooks",
        st_hooks.DATA_DIR_ENV: str(WORLD.data_dir),
        **({cli_report.TALLY_ENV: str(tally)} if tally else {}),
    }
    command = [
        # The `st` command, run by this interpreter wherever its scripts directory is.
        sys.executable,
        "-c",
        "import sys; from schemathesis.cli import schemathesis; sys.argv[0] = 'st'; "
        "sys.exit(schemathesis())",
        "--no-color",
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        base_url,
        "--checks",
        "all",
        "--phases",
        phases,
        # Hostile input must be answered fast (the issue says within a second).
        "--max-response-time",
        "1",
        "--request-timeout",
        "5",
        *options,
    ]
    # In a scratch directory: st writes its crash store (.schemathesis/) where it runs.
    result = subprocess.run(
        command, env=env, cwd=workdir, capture_output=True, text=True, timeout=300, check=False
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise StRunFailed(output)
    return output


class StRunFailed(AssertionError):
    """``st run`` failed; the message is the harness's verdict, then schemathesis's output."""

    def __init__(self, output: str) -> None:
        self.output = output
        start = output.find(cli_report.HEADING)
        # The verdict is one block, printed before schemathesis's own report.
        self.verdict = output[start : output.find("\n\n", start)] if start >= 0 else ""
        super().__init__(f"{self.verdict}\n--- st run output ---\n{output[-6000:]}")


def st_follow_every_link(
    base_url: str,
    reset_mock: Callable[[], None],
    workdir: Path,
    budget: Budget = STATEFUL,
    **where: Path,
) -> LinkCoverage:
    """The stateful phase through ``st run``, one run per round (each from the seed, with the
    next seed) until the rounds together followed every link to a 2xx or the budget is spent."""
    total: LinkCoverage | None = None
    round_ = 0
    focused: Counter[str] = Counter()
    while total is None or (total.missing and round_ < budget.for_links(len(total.links)).rounds):
        reset_mock()
        tally = workdir / f"links-{round_}.pickle"
        scope: list[str] = []
        if total is not None:  # as in follow_every_link: later rounds look for one link each
            for operation_id in next_focus(total, focused):
                scope += ["--include-operation-id", operation_id]
        try:
            st_run(
                base_url,
                "stateful",
                workdir,
                "--seed",
                str(budget.seed + round_),
                *scope,
                tally=tally,
                **where,
            )
        except StRunFailed as failed:
            # A round may miss links the others follow; anything else fails the test.
            if not tally.exists() or "No issues found" not in failed.output:
                raise
        found: LinkCoverage = pickle.loads(tally.read_bytes())
        if total is None:
            total = found
        else:
            total.merge(found)
        round_ += 1
        total.budget = str(replace(budget.for_links(len(total.links)), rounds=round_))
    return total

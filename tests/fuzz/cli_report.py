"""The harness's own verdict on an ``st run``, printed before schemathesis's summary.

schemathesis counts a link as covered once its values were applied, whatever the target
answered, and explains a low valid-input rate with a generic tip. This handler (registered by
``st_hooks`` when ``st run`` loads it) feeds every scenario into the harness's tallies and, at
the end, prints which links were never followed to a 2xx and why, and a diagnosis for each
operation that accepted too few schema-valid requests; either fails the run. With
``WECHATPAY_FUZZ_TALLY=FILE`` it also pickles the link tally there, so that the test can add up
several rounds of the stateful phase.
"""

import os
import pickle
from pathlib import Path
from typing import Any

import click
from schemathesis.cli import EventHandler, ExecutionContext
from schemathesis.engine import events

from .spec_facts import operations, selected_links
from .tallies import Acceptance, Answer, LinkCoverage

TALLY_ENV = "WECHATPAY_FUZZ_TALLY"
HEADING = "wechatpay fuzz harness (tests/fuzz):"
FAILED = 1  # schemathesis's exit code for a run with failures


class HarnessReport(EventHandler[ExecutionContext]):
    def __init__(self, *args: Any, **params: Any) -> None:
        self.coverage: LinkCoverage | None = None
        self.acceptance: Acceptance | None = None
        self.scenarios = 0

    def handle_event(self, ctx: ExecutionContext, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            self._tally(event)
        elif isinstance(event, events.EngineFinished):
            self._report(ctx)

    def _tally(self, event: events.ScenarioFinished) -> None:
        recorder = event.recorder
        for node in recorder.cases.values():
            case = node.value
            interaction = recorder.interactions.get(case.id)
            response = interaction.response if interaction else None
            # Invalid data is meant to be refused: it says nothing of links or valid-input rates.
            if response is None or case.meta is None or not case.meta.generation.mode.is_positive:
                continue
            answer = Answer.of(response.status_code, response.content)
            document = case.operation.schema.raw_schema
            phase = case.meta.phase.name.value
            if phase == "stateful":
                if self.coverage is None:
                    # Read once the stateful phase runs: links it inferred are in the document.
                    self.coverage = LinkCoverage(selected_links(case.operation.schema))
                self.coverage.record(
                    case.operation.label,
                    answer,
                    node.transition.id if node.transition else None,
                    node.is_transition_applied,
                )
                continue
            if self.acceptance is None:
                self.acceptance = Acceptance(operations(document))
            self.acceptance.record(case.operation.label, phase, answer)
        if event.phase.value == "stateful" and not event.is_final:
            self.scenarios += 1

    def _report(self, ctx: ExecutionContext) -> None:
        problems: list[str] = []
        lines = [HEADING]
        if self.acceptance is not None:

            def floor(label: str) -> float:
                # Each operation's valid-input floor: the toml's, or its [[operations]] block's.
                warnings = ctx.config.warnings_for(operation=ctx.find_operation(label))
                return float(warnings.low_valid_rate.threshold)

            problems += self.acceptance.diagnoses(floor)
            default = float(ctx.config.warnings.low_valid_rate.threshold)
            lines += problems or [
                "every operation accepted at least its floor of the schema-valid requests of "
                f"each phase ({default:.0%} unless its [[operations]] block in "
                "tests/fuzz/schemathesis.toml sets another)"
            ]
        if self.coverage is not None:
            self.coverage.budget = f"in {self.scenarios} scenarios"
            report = self.coverage.report()
            lines.append(report)
            if self.coverage.missing:
                problems.append(report)
            tally = os.environ.get(TALLY_ENV)
            if tally:
                Path(tally).write_bytes(pickle.dumps(self.coverage))
        click.echo("\n".join(lines) + "\n")
        if problems and ctx.exit_code == 0:
            ctx.exit_code = FAILED

"""What the mock answered during a fuzz run, and what a failing run tells the person fixing it.

Both ways of running schemathesis (in process, and ``st run`` through ``cli_report``) feed the
same two tallies, so both print the same messages:

* ``LinkCoverage``: was every link followed to a 2xx? For each one that was not, it names the
  link and the operations it joins, says how far it got (never reached, its source never
  answered, or the target refused what it carried, with the answers) and what to change.
* ``Acceptance``: how many schema-valid requests each operation accepted in each phase. Below
  the floor of ``[warnings.low_valid_rate]``, it names the operation and the answers that
  refused it, and says the likely cause from those answers and from the spec (an operation
  that changes state without a reset, identifiers that name no seeded entity, a business rule).
"""

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from wechatpay_mock.world import SEED_FIXTURE

from .spec_facts import IDEMPOTENCY_KEY, Link, OperationFacts

TOML = Path(__file__).with_name("schemathesis.toml")
REPOSITORY = TOML.resolve().parents[2]
# schemathesis reports a low valid-input rate only from this many calls on.
MIN_CALLS_FOR_RATE = 10


def _shown(path: Path) -> str:
    """A repository file as a person finds it from the repository root."""
    try:
        return str(path.resolve().relative_to(REPOSITORY))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Answer:
    """A response as the person reading a failure needs it: status, WeChat's code and message."""

    status: int
    code: str = ""
    message: str = ""

    @classmethod
    def of(cls, status: int, content: bytes) -> "Answer":
        try:
            body = json.loads(content)
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("code"), str):
            return cls(status, body["code"], str(body.get("message", "")))
        return cls(status)

    @property
    def succeeded(self) -> bool:
        return 200 <= self.status < 300

    @property
    def says_nothing_of_the_data(self) -> bool:
        """Refusals of the caller or failures of the server, which schemathesis leaves out of
        the valid-input rate too: they do not depend on what the request carried."""
        return self.status in (401, 403, 429) or self.status >= 500

    def __str__(self) -> str:
        text = f"{self.status} {self.code}".rstrip()
        return f"{text} ({self.message})" if self.message else text


def counted(answers: Counter[Answer], shown: int = 3) -> str:
    """``404 NOT_FOUND (…) ×12, 400 PARAM_ERROR (…) ×2, 1 other``."""
    top = answers.most_common(shown)
    parts = [f"{answer} ×{count}" for answer, count in top]
    rest = answers.total() - sum(count for _, count in top)
    if rest:
        parts.append(f"{rest} other")
    return ", ".join(parts)


def _answers_status(status: int, declared: str) -> bool:
    """Whether ``status`` is the response a link is declared on ("200", "2XX", "default")."""
    declared = declared.upper()
    if declared == "DEFAULT":
        return True
    if declared.endswith("XX"):
        return str(status)[0] == declared[0]
    return str(status) == declared


class LinkCoverage:
    """Which links the stateful phase followed to a 2xx, and what happened to the others."""

    def __init__(self, links: Iterable[Link]) -> None:
        self.links = {link.transition_id: link for link in links}
        # What the runner spent looking for them, for the report ("in 3 rounds of …").
        self.budget = ""
        self._followed: set[str] = set()
        # Per link: what its target answered when the link's values were applied.
        self._targets: defaultdict[str, Counter[Answer]] = defaultdict(Counter)
        # Per link: how often schemathesis took it but could not apply its values.
        self._unapplied: Counter[str] = Counter()
        # Per operation label: everything it answered in the stateful phase.
        self._answers: defaultdict[str, Counter[Answer]] = defaultdict(Counter)

    def record(
        self, label: str, answer: Answer, transition: str | None = None, applied: bool = False
    ) -> None:
        """One schema-valid stateful step: ``label`` answered ``answer``, reached through
        ``transition`` (schemathesis's id of the link) with its values ``applied``, or as a
        first step. (Steps with invalid data are left out: they are meant to be refused.)"""
        self._answers[label][answer] += 1
        if transition is None:
            return
        if not applied:
            self._unapplied[transition] += 1
            return
        self._targets[transition][answer] += 1
        if answer.succeeded:
            self._followed.add(transition)

    def merge(self, other: "LinkCoverage") -> None:
        """Add another run's tally (a later round of ``st run``)."""
        self._followed |= other._followed
        self._unapplied.update(other._unapplied)
        for key, counts in other._targets.items():
            self._targets[key].update(counts)
        for key, counts in other._answers.items():
            self._answers[key].update(counts)

    @property
    def missing(self) -> list[Link]:
        return [link for key, link in self.links.items() if key not in self._followed]

    def report(self) -> str:
        """A line when every link was followed; else each missing link, why, and what to do."""
        missing, budget = self.missing, self.budget
        if not missing:
            return f"every link ({len(self.links)}) was followed to a 2xx {budget}"
        lines = [f"{len(missing)} of {len(self.links)} links never followed to a 2xx {budget}:"]
        for link in missing:
            lines += [f"  - {link}", *(f"    {line}" for line in self._why(link))]
        return "\n".join(lines)

    def _why(self, link: Link) -> list[str]:
        tried = self._targets.get(link.transition_id)
        source_answers = self._answers.get(link.source_label, Counter())
        answered = sum(
            n for a, n in source_answers.items() if _answers_status(a.status, link.status)
        )
        if tried:
            lines = [
                f"followed {tried.total()} times; {link.target} answered {counted(tried)}.",
                f"What to do: {link.target} refuses what the link carries. Check that the "
                f"link's parameters and requestBody map {link.source}'s answer onto what "
                f"{link.target} needs, and that the seed ({_shown(SEED_FIXTURE)}) holds the "
                "entities they name in a state that allows it.",
            ]
        elif not source_answers:
            lines = [
                f"never followed: no scenario called {link.source}.",
                "What to do: every operation a link leaves from can start a scenario "
                "(st_hooks._every_link_source_reachable), so the budget ran out first, or "
                f"schemathesis cannot make a request for {link.source}: raise the rounds "
                f"(harness.STATEFUL) or the scenarios per round ({_shown(TOML)}).",
            ]
        elif not answered:
            lines = [
                f"never followed: {link.source} never answered {link.status} "
                f"({counted(source_answers)}).",
                f"What to do: make {link.source} succeed: seed what it reads "
                f"({_shown(SEED_FIXTURE)}), or give its parameters seeded values in an "
                f'[[operations]] block with include-operation-id = "{link.source}" in '
                f"{_shown(TOML)}.",
            ]
        elif unapplied := self._unapplied[link.transition_id]:
            lines = [
                f"never followed: {link.source} answered {link.status} {answered} times and "
                f"schemathesis took the link {unapplied} times, but could not take its values "
                "from those answers (an expression that points at nothing, such as the first "
                "item of an empty page).",
                f"What to do: make {link.source}'s answers carry what the link reads (its "
                f'parameters drawn from seeded values: include-operation-id = "{link.source}" in '
                f"{_shown(TOML)}), and check the link's expressions against its response schema.",
            ]
        else:
            lines = [
                f"never followed: {link.source} answered {link.status} {answered} times, but "
                "schemathesis never took the link from those answers.",
                "What to do: the budget ran out first: raise the rounds (harness.STATEFUL) or the "
                f"scenarios per round ({_shown(TOML)}), or the steps per scenario if the link "
                "is the last of a long chain.",
            ]
        if link.inferred:
            lines.append(
                "It is a link schemathesis inferred because the spec's x-fuzz-infer-links asks "
                "for inference: declare it in the spec if the two operations belong together, "
                "or take the algorithm out of x-fuzz-infer-links."
            )
        return lines


class Acceptance:
    """How many schema-valid requests each operation accepted, per phase."""

    def __init__(self, operations: Mapping[str, OperationFacts]) -> None:
        self.operations = operations
        self._accepted: Counter[tuple[str, str]] = Counter()
        self._refused: defaultdict[tuple[str, str], Counter[Answer]] = defaultdict(Counter)

    def record(self, label: str, phase: str, answer: Answer) -> None:
        """A schema-valid request to ``label`` in ``phase`` got ``answer``."""
        if answer.says_nothing_of_the_data or 300 <= answer.status < 400:
            return
        if answer.succeeded:
            self._accepted[label, phase] += 1
        else:
            self._refused[label, phase][answer] += 1

    def diagnoses(self, floor: Callable[[str], float]) -> list[str]:
        """One message per operation and phase that accepted less than its ``floor`` (by
        label: the toml's ``[warnings.low_valid_rate]``, or an ``[[operations]]`` block's).

        A floor of 0 says that no schema-valid request can succeed from the seed (it leaves out
        on purpose what the operation reads, which another operation makes: the stateful phase
        reaches its 2xx through their link). Such an operation may then be refused with 404
        only: any other refusal is named."""
        messages = []
        for key in sorted({*self._accepted, *self._refused}):
            accepted, refused = self._accepted[key], self._refused[key]
            total = accepted + refused.total()
            lowest = floor(key[0])
            if lowest == 0:
                other = Counter({a: n for a, n in refused.items() if a.status != 404})
                if other:
                    messages.append(self._unexpected(*key, other))
            elif total >= MIN_CALLS_FOR_RATE and accepted / total < lowest:
                messages.append(self._diagnose(*key, accepted, refused, lowest))
        return messages

    def _unexpected(self, label: str, phase: str, refused: Counter[Answer]) -> str:
        facts = self.operations[label]
        return "\n".join(
            [
                f"{facts.operation_id} ({label}), {phase} phase: its valid-input floor is 0 "
                f"({_shown(TOML)}: nothing it reads is in the seed), so every schema-valid "
                "request must be refused with 404, as the missing state is; these were refused "
                "otherwise.",
                f"  Refused: {counted(refused)}.",
                "  What to do: if the mock is right to refuse them, the seed holds part of what "
                f"{facts.operation_id} reads: give it a floor again; else fix the mock's rule.",
            ]
        )

    def _diagnose(
        self, label: str, phase: str, accepted: int, refused: Counter[Answer], floor: float
    ) -> str:
        facts = self.operations[label]
        total = accepted + refused.total()
        cause, action = self._cause(facts, refused.most_common(1)[0][0], accepted)
        return "\n".join(
            [
                f"{facts.operation_id} ({label}), {phase} phase: {accepted} of {total} "
                f"schema-valid requests accepted ({accepted / total:.0%}; the floor is "
                f"{floor:.0%}, [warnings.low_valid_rate] in {_shown(TOML)}).",
                f"  Refused: {counted(refused)}.",
                f"  Likely cause: {cause}",
                f"  What to do: {action}",
            ]
        )

    @staticmethod
    def _cause(facts: OperationFacts, refusal: Answer, accepted: int) -> tuple[str, str]:
        name = facts.operation_id
        if facts.idempotency_conflict and refusal.code == facts.idempotency_conflict:
            return (
                f"earlier cases left their request numbers or entities in the mock: {refusal} "
                f"is the answer to a reused {facts.idempotency_key}.",
                f"the harness resets the mock before every case of an operation with "
                f"{IDEMPOTENCY_KEY} (st_hooks.needs_fresh_store; for st run through POST "
                "/_mock/reset): check that the reset reaches the mock under test.",
            )
        if refusal.status == 404 and not accepted and not facts.identifiers:
            makers = " or ".join(facts.linked_from) or "another operation"
            return (
                f"{name} names nothing (no path or query parameter): what it reads is the "
                f"caller's state, which {makers} makes, and the seed holds none of it.",
                f"seed that state ({_shown(SEED_FIXTURE)}); or, if the seed leaves it out on "
                f'purpose, say so in an [[operations]] block with include-operation-id = "{name}" '
                f"in {_shown(TOML)} (threshold 0 under [operations.warnings.low_valid_rate]: "
                "only a 404 is then accepted from it) and let the stateful phase reach its 2xx "
                f"through the link from {makers}.",
            )
        if refusal.status == 404 and not accepted:
            return (
                "none of its requests named an entity of the seed: the seed may hold none for "
                "it, or its identifiers' values name none.",
                f"seed what {name} reads ({_shown(SEED_FIXTURE)}, keyed by operationId), and "
                "give its identifiers those values in an [[operations]] block with "
                f'include-operation-id = "{name}" in {_shown(TOML)}.',
            )
        if refusal.status == 404:
            return (
                "its requests name nothing the seed holds: identifiers drawn one by one "
                "rarely name one entity together, and the coverage phase sends boundary values "
                "and the spec's examples, which no dictionary steers.",
                f"give its identifiers seeded values that belong together in an [[operations]] "
                f'block with include-operation-id = "{name}" in {_shown(TOML)} (like '
                "useBusifavorCoupon's), and let the spec's examples of those identifiers name "
                f"an entity of the seed ({_shown(SEED_FIXTURE)}).",
            )
        if facts.changes_state and not facts.idempotency_key:
            return (
                f"{name} changes state and has no {IDEMPOTENCY_KEY}, so the harness does not "
                "reset the mock before its cases: each case meets what earlier cases did (the "
                f"first success uses up what later ones need), and {refusal} is the result.",
                f"if its document says the request number must be unique, declare it as "
                f"{IDEMPOTENCY_KEY} (with x-idempotency-conflict) in the spec: the harness "
                "then resets the mock before each case. Otherwise give its identifiers "
                f"dictionaries large enough not to run out in {_shown(TOML)}.",
            )
        return (
            f"the mock's business rules refuse the values drawn together with {refusal}.",
            f"draw values that the seed accepts together (an [[operations]] block with "
            f'include-operation-id = "{name}" in {_shown(TOML)}), or seed what those requests '
            f"need ({_shown(SEED_FIXTURE)}).",
        )

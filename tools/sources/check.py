"""The check: every fact of every source document, against the spec and the errata."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from wechatpay_mock.spec_reader import load_document

from .artefacts import Artefacts, read_artefacts
from .errata import Errata, Override, read_errata
from .inventory import Fact, facts, read_document, source_files
from .model import Document
from .readme import entries, readme_problems, spec_problems
from .spec import Outcome, Spec

Status = Literal["covered", "erratum", "artefact", "missing"]


@dataclass(frozen=True)
class Verdict:
    """One fact, what the spec has for it, and whether that is accepted."""

    fact: Fact
    outcome: Outcome
    status: Status
    erratum: str | None = None


@dataclass
class Result:
    documents: list[Document]
    verdicts: list[Verdict]
    stale: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    undocumented_operations: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[Verdict]:
        return [verdict for verdict in self.verdicts if verdict.status == "missing"]

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.problems)

    def failures(self) -> list[str]:
        """One line per reason the check fails, naming the fact (and its line) or the erratum."""
        lines = [
            f"missing: `{verdict.fact.id}` ({_where(verdict.fact, self.documents)}): "
            f"the document says {verdict.fact.documented!r}, the spec has {verdict.outcome.spec!r}"
            + (f" ({verdict.outcome.reason})" if verdict.outcome.reason else "")
            for verdict in self.missing
        ]
        return lines + [f"stale: {line}" for line in self.stale] + self.problems


def check(sources: Path, spec_path: Path, errata_path: Path) -> Result:
    """Reads the documents, the spec and the errata, and rates every documented fact."""
    documents = [read_document(path) for path in source_files(sources)]
    spec = load_document(spec_path)
    result = rate(documents, spec, errata_path, sources / "README.md")
    if not documents:
        result.problems.append(f"{sources} holds no numbered source document (NNN_*.txt)")
    listed = entries(documents, spec)
    result.problems += readme_problems(sources / "README.md", listed)
    result.problems += spec_problems(spec, listed)
    return result


def rate(
    documents: list[Document], spec_document: dict[str, Any], errata_path: Path, readme: Path
) -> Result:
    """Every fact of these documents against a spec (as a mapping), with the errata and the
    copying artefacts; errata and artefacts for facts of other documents count as stale."""
    spec = Spec(spec_document)
    errata = read_errata(errata_path)
    artefacts = read_artefacts(readme)
    result = Result(documents, [], problems=[*errata.problems, *artefacts.problems])
    seen: set[str] = set()
    described: set[tuple[str, str]] = set()
    for document in documents:
        if document.method and document.url_path:
            described.add((document.method, document.url_path))
        for fact in facts(document):
            seen.add(fact.id)
            artefact = _artefact(fact, artefacts)
            if artefact is not None:
                result.verdicts.append(artefact)
                continue
            outcome = spec.evaluate(fact, document.method, document.url_path)
            result.verdicts.append(_rate(fact, outcome, errata, result.stale))
    numbers = {document.number for document in documents}
    for fact_id, line in artefacts.facts.items():
        if fact_id not in seen and (not documents or fact_id.split(" ", 1)[0] in numbers):
            result.stale.append(
                f"sources/README.md line {line} names `{fact_id}` a copying artefact, and no "
                "source document states it"
            )
    for fact_id, override in errata.overrides.items():
        # Errata of documents not rated here are not stale for it (a draft rates one document).
        if fact_id not in seen and (not documents or fact_id.split(" ", 1)[0] in numbers):
            result.stale.append(
                f"erratum #{override.erratum} (ERRATA.md line {override.line}) overrides "
                f"`{fact_id}`, which no source document states"
            )
    result.undocumented_operations = [
        f"{operation.method.upper()} {operation.path}"
        for operation in spec.reader.operations()
        if (operation.method.upper(), operation.path) not in described
    ]
    return result


def _artefact(fact: Fact, artefacts: Artefacts) -> Verdict | None:
    """A copying artefact: recognised by a reader (kind `copy`), or named in sources/README.md."""
    if fact.kind == "copy":
        return Verdict(
            fact, Outcome(True, "—", "a copying artefact the reader recognises"), "artefact"
        )
    line = artefacts.facts.get(fact.id)
    if line is None or fact.kind not in ("unreadable", "irregular", "incomplete"):
        return None
    return Verdict(
        fact, Outcome(True, "—", f"a copying artefact (sources/README.md line {line})"), "artefact"
    )


def _rate(fact: Fact, outcome: Outcome, errata: Errata, stale: list[str]) -> Verdict:
    override = errata.overrides.get(fact.id)
    if outcome.covered:
        if override is not None:
            stale.append(
                f"erratum #{override.erratum} (ERRATA.md line {override.line}) overrides "
                f"`{fact.id}`, which the spec now follows ({outcome.spec})"
            )
        return Verdict(fact, outcome, "covered")
    inherited = False
    if override is None and fact.attribute and outcome.absent:
        # A parameter or field the spec leaves out on purpose: its erratum covers its attributes.
        presence = " ".join(part for part in (fact.document, fact.kind, fact.subject) if part)
        override = errata.overrides.get(presence)
        inherited = True
    if override is None:
        return Verdict(fact, outcome, "missing")
    if override.spec != outcome.spec:
        if not inherited:
            stale.append(
                f"erratum #{override.erratum} (ERRATA.md line {override.line}) says the spec has "
                f"{override.spec!r} for `{fact.id}`; it has {outcome.spec!r}"
            )
        return Verdict(fact, outcome, "missing")
    return Verdict(fact, outcome, "erratum", override.erratum)


def _where(fact: Fact, documents: list[Document]) -> str:
    for document in documents:
        if document.number == fact.document:
            return f"{document.path.name} line {fact.line}"
    return f"document {fact.document}"


__all__ = ["Override", "Result", "Verdict", "check"]

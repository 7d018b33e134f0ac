"""`make check-sources --report`: per document, a Markdown table of every fact and its status.

When WeChat Pay publishes a new version of a document, put it in spec/sources/ and run the report:
its `missing` rows are the to-do list.
"""

from __future__ import annotations

from collections import Counter

from .check import Result, Verdict


def summary(result: Result) -> str:
    counts = Counter(verdict.status for verdict in result.verdicts)
    return (
        f"{len(result.documents)} documents, {len(result.verdicts)} facts: "
        f"{counts['covered']} covered, {counts['erratum']} accepted by errata, "
        f"{counts['artefact']} copying artefacts, {counts['missing']} missing; "
        f"{len(result.stale)} stale errata"
    )


def report(result: Result) -> str:
    out = ["# Source documents against the spec", "", summary(result), ""]
    for document in result.documents:
        verdicts = [v for v in result.verdicts if v.fact.document == document.number]
        counts = Counter(verdict.status for verdict in verdicts)
        out += [
            f"## {document.path.name}: {document.title}",
            "",
            f"`{document.method} {document.url_path}`: {counts['covered']} covered, "
            f"{counts['erratum']} errata, {counts['artefact']} copying artefacts, "
            f"{counts['missing']} missing",
            "",
            "| fact | line | document | spec | status |",
            "|---|---|---|---|---|",
        ]
        out += [_row(verdict) for verdict in verdicts]
        out.append("")
    if result.stale or result.problems:
        out += ["## Errata to mend", ""]
        out += [f"- stale: {line}" for line in result.stale]
        out += [f"- {line}" for line in result.problems]
        out.append("")
    if result.undocumented_operations:
        out += ["## Spec operations with no source document", ""]
        out += [f"- `{operation}`" for operation in result.undocumented_operations]
        out.append("")
    return "\n".join(out)


def _row(verdict: Verdict) -> str:
    status = {
        "covered": "covered",
        "erratum": f"erratum #{verdict.erratum}",
        "artefact": "copying artefact",
        "missing": "**missing**"
        + (f": {verdict.outcome.reason}" if verdict.outcome.reason else ""),
    }[verdict.status]
    cells = [
        f"`{verdict.fact.id}`",
        str(verdict.fact.line),
        _shorten(verdict.fact.documented),
        _shorten(verdict.outcome.spec),
        status,
    ]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")

"""The machine-readable side of spec/ERRATA.md: which documented facts each erratum overrides.

ERRATA.md keeps its table for people, one row per erratum, the `#` column being the erratum's
stable id (never renumbered or reused). Below it, a second table lists, one line per fact, the facts
an erratum overrides and what the spec has instead, in the words of `make check-sources --report`:

    | # | fact | the spec has |
    |---|---|---|
    | 1 | `000 param appid in` | `query` |

The check accepts a fact the spec does not follow only through such a line, and only while the spec
still has exactly what the line says; a line that matches no documented fact, or a fact the spec now
follows, is stale and fails the check too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MACHINE_HEADER = re.compile(r"^\|\s*#\s*\|\s*fact\s*\|\s*the spec has\s*\|\s*$")
_ROW = re.compile(r"^\|\s*(?P<id>\d+)\s*\|")
_OVERRIDE = re.compile(
    r"^\|\s*(?P<id>\d+)\s*\|\s*`(?P<fact>[^`]+)`\s*\|\s*`(?P<spec>[^`]*)`\s*\|\s*$"
)


@dataclass(frozen=True)
class Override:
    """One line of the machine-readable table."""

    erratum: str
    fact: str
    spec: str
    line: int


@dataclass
class Errata:
    ids: set[str]
    overrides: dict[str, Override]
    problems: list[str]


def read_errata(path: Path) -> Errata:
    """Both tables of ERRATA.md; a malformed line of the second is a problem naming the line."""
    errata = Errata(set(), {}, [])
    machine = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if MACHINE_HEADER.match(text):
            machine = True
            continue
        if not text.startswith("|"):
            machine = False  # a table ends at the first line that is not a table row
            continue
        if re.fullmatch(r"\|[-|: ]+\|", text):
            continue  # a table's delimiter row
        if not machine:
            row = _ROW.match(text)
            if row:
                errata.ids.add(row.group("id"))
            continue
        override = _OVERRIDE.match(text)
        if not override:
            errata.problems.append(
                f"{path.name}:{number}: not a line | # | `fact` | `the spec has` |: {text}"
            )
            continue
        fact = " ".join(override.group("fact").split())
        if fact in errata.overrides:
            first = errata.overrides[fact]
            errata.problems.append(
                f"{path.name}:{number}: `{fact}` is overridden twice (line {first.line} too)"
            )
            continue
        errata.overrides[fact] = Override(
            override.group("id"), fact, override.group("spec").strip(), number
        )
    for entry in errata.overrides.values():
        if entry.erratum not in errata.ids:
            errata.problems.append(
                f"{path.name}:{entry.line}: erratum #{entry.erratum} is not a row of the table"
            )
    return errata

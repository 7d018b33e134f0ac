"""Artefacts of copying a page into spec/sources/: accepted without an erratum, and never silently.

An erratum says where the spec deliberately differs from what a document states. A copying
artefact is not something the document states: it is a trace of how the page was copied. Two
kinds, one way each:

- **Recognised by the readers** (facts of kind `copy`): an unclosed code fence (the next heading
  closes it). The check accepts them on its own and the report lists them.
- **Anything else** (a stray line of the page's furniture that a reader cannot tell from a row it
  failed to read): named in the table under the heading `## Copying artefacts` of
  spec/sources/README.md, one line per fact, in the words of `make check-sources REPORT=1`:

      | fact | what it is |
      |---|---|
      | `004 unreadable not a row of the table: 展开全部` | the page's "expand all" link |

  The check accepts the named fact, and fails on a line that names no fact (stale), so the table
  cannot outlive the copy it excuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

HEADING = "## Copying artefacts"
_LINE = re.compile(r"^\|\s*`(?P<fact>[^`]+)`\s*\|\s*(?P<why>.*?)\s*\|\s*$")


@dataclass
class Artefacts:
    """The facts the sources README names as artefacts of copying, and its malformed lines."""

    facts: dict[str, int] = field(default_factory=dict)  # fact id -> README line
    problems: list[str] = field(default_factory=list)


def read_artefacts(readme: Path) -> Artefacts:
    found = Artefacts()
    if not readme.exists():
        return found
    inside = False
    for number, line in enumerate(readme.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if text.startswith("#"):
            inside = text == HEADING
            continue
        if not inside or not text.startswith("|"):
            continue
        if re.fullmatch(r"\|[-|: ]+\|", text) or text.replace(" ", "") == "|fact|whatitis|":
            continue
        match = _LINE.match(text)
        if not match or not match.group("why"):
            found.problems.append(
                f"{readme.name}:{number}: not a line | `fact` | what it is |: {text}"
            )
            continue
        fact = " ".join(match.group("fact").split())
        if fact in found.facts:
            found.problems.append(
                f"{readme.name}:{number}: `{fact}` is named twice (line {found.facts[fact]} too)"
            )
            continue
        found.facts[fact] = number
    return found

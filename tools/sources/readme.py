"""The tables that list the documents and the operations, made from spec/sources/ and the spec.

Two places list them for people: the table of documents in spec/sources/README.md and the table of
operations in the spec's `info.description`. Neither is written by hand: `python -m tools.sources
readme` writes the first, the drafting step adds a new operation's row to the second, and
`make check-sources` fails when either says something spec/sources/ and the spec do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wechatpay_mock.spec_reader import OpenAPI

from .model import Document

README_HEADER = "| file | operation | document |"
SPEC_HEADER = "| operation | document |"
_ROW = re.compile(r"^\|\s*`(?P<operation>[^`]+)`\s*\|\s*(?P<document>.*?)\s*\|\s*$")


@dataclass(frozen=True)
class Entry:
    file: str
    operation_id: str
    document: str  # the title and, in parentheses, the family's Chinese name


def entries(documents: list[Document], spec: dict[str, Any]) -> list[Entry]:
    """One entry per document: its file, the spec's operation at its method and path, its title."""
    reader = OpenAPI(spec)
    tags = reader.tags()
    found = []
    for document in documents:
        operation = reader.operation(document.method or "", document.url_path or "")
        operation_id = operation.operation_id if operation else "—"
        family = ""
        if operation is not None and operation.raw.get("tags"):
            tag = tags.get(str(operation.raw["tags"][0]))
            match = re.search(r"\(([^()]*)\)\s*$", tag.display_name) if tag else None
            family = f" ({match.group(1)})" if match else ""
        found.append(Entry(document.path.name, operation_id, f"{document.title}{family}"))
    return found


def readme_table(rows: list[Entry]) -> list[str]:
    return [README_HEADER, "|---|---|---|"] + [
        f"| `{row.file}` | `{row.operation_id}` | {row.document} |" for row in rows
    ]


def table_at(lines: list[str], header: str) -> tuple[int, int] | None:
    """The first and past-the-last line of the table that starts with `header`."""
    for start, line in enumerate(lines):
        if line.strip() == header:
            end = start + 1
            while end < len(lines) and lines[end].strip().startswith("|"):
                end += 1
            return start, end
    return None


def readme_problems(readme: Path, rows: list[Entry]) -> list[str]:
    """Why the README's table of documents is not the one spec/sources/ and the spec make."""
    if not readme.exists():
        return []
    lines = readme.read_text(encoding="utf-8").splitlines()
    where = table_at(lines, README_HEADER)
    if where is None:
        return []
    written = [line.strip() for line in lines[where[0] : where[1]]]
    if written == readme_table(rows):
        return []
    return [
        f"{readme.name}: its table of documents is not what spec/sources/ and the spec say; "
        "`python -m tools.sources readme` writes it"
    ]


def write_readme(readme: Path, rows: list[Entry]) -> None:
    lines = readme.read_text(encoding="utf-8").splitlines()
    where = table_at(lines, README_HEADER)
    table = readme_table(rows)
    if where is None:
        raise ValueError(f"{readme} has no table headed {README_HEADER}")
    lines[where[0] : where[1]] = table
    readme.write_text("\n".join(lines) + "\n", encoding="utf-8")


def spec_table(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """The rows of `info.description`'s table of operations: (operationId, document)."""
    lines = str(spec.get("info", {}).get("description", "")).splitlines()
    where = table_at(lines, SPEC_HEADER)
    if where is None:
        return []
    rows = []
    for line in lines[where[0] + 2 : where[1]]:
        match = _ROW.match(line.strip())
        if match:
            rows.append((match.group("operation"), match.group("document")))
    return rows


def spec_problems(spec: dict[str, Any], rows: list[Entry]) -> list[str]:
    """Why `info.description`'s table is not the spec's operations with their documents."""
    problems = []
    listed = spec_table(spec)
    operations = [operation.operation_id for operation in OpenAPI(spec).operations()]
    if [name for name, _ in listed] != operations:
        problems.append(
            "the spec's info.description lists the operations "
            f"{[name for name, _ in listed]}, not the spec's {operations} (in its order)"
        )
    documented = {row.operation_id: row.document for row in rows}
    for name, document in listed:
        if name in documented and document != documented[name]:
            problems.append(
                f"the spec's info.description calls {name}'s document {document!r}; "
                f"spec/sources/ says {documented[name]!r}"
            )
    return problems


def with_spec_row(description: str, operation_id: str, document: str, after: str | None) -> str:
    """`info.description` with a row for an operation, after the row of `after` (else last)."""
    lines = description.splitlines()
    where = table_at(lines, SPEC_HEADER)
    if where is None:
        return description
    position = where[1]
    for index in range(where[0] + 2, where[1]):
        match = _ROW.match(lines[index].strip())
        if match and match.group("operation") == after:
            position = index + 1
    indent = lines[where[0]][: len(lines[where[0]]) - len(lines[where[0]].lstrip())]
    lines.insert(position, f"{indent}| `{operation_id}` | {document} |")
    return "\n".join(lines) + ("\n" if description.endswith("\n") else "")

"""The inventory: every fact the source documents state, each with a stable id.

A fact's id reads `<document> <kind> <subject> [<attribute>]`, e.g. `000 param appid in`,
`002 field status enum SENDED`, `000 error 400 PARAM_ERROR 参数错误`. Errata name facts by these
ids, so an id depends only on what the document says, never on line numbers.

Kinds: `operation`, `param` (request parameters and body fields), `field` (response fields, nested
with `.` and `[]` for array items), `error` (status, code and description) and its `solution`,
`example` (each value a request or response example shows), `irregular` and `unreadable` (what the
reader noted, see model.Note), `copy` (an artefact of copying the reader recognises) and
`incomplete` (the sections a whole page has that the text lacks, quoting where the text ends: a
stored copy that stops early, declared once per document in spec/sources/README.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import markdown_format, page_format
from .model import CONSTRAINTS, Document, Row
from .text import collapse

SOURCE_NAME = re.compile(r"^(?P<number>\d{3})_.+\.txt$")


@dataclass(frozen=True)
class Fact:
    """One thing a document states, and where."""

    document: str
    kind: str
    subject: str
    attribute: str
    documented: str
    line: int
    # What the check needs beyond the id: the JSON type, the documented value of an example...
    detail: Any = None

    @property
    def id(self) -> str:
        return " ".join(
            part for part in (self.document, self.kind, self.subject, self.attribute) if part
        )


def source_files(directory: Path) -> list[Path]:
    """The numbered source documents (`NNN_*.txt`) of a directory; README and others are not."""
    return sorted(path for path in directory.iterdir() if SOURCE_NAME.match(path.name))


def read_document(path: Path) -> Document:
    match = SOURCE_NAME.match(path.name)
    if not match:
        raise ValueError(f"{path.name} is not a numbered source document (NNN_*.txt)")
    text = path.read_text(encoding="utf-8")
    if markdown_format.is_markdown(text):
        return markdown_format.read(path, match.group("number"), text)
    return page_format.read(path, match.group("number"), text)


def facts(document: Document) -> list[Fact]:
    """Every fact of one document, in document order, each id once."""
    found: dict[str, Fact] = {}
    for fact in _facts(document):
        found.setdefault(fact.id, fact)
    return list(found.values())


def _facts(document: Document) -> Iterator[Fact]:
    number = document.number
    if document.method and document.url_path:
        operation = f"{document.method} {document.url_path}"
        yield Fact(number, "operation", operation, "", operation, 1)
    else:
        yield Fact(number, "unreadable", "the document names no method and path", "", "", 1)
    for row in document.request:
        yield from _row_facts(number, "param", row, "")
    for row in document.response:
        yield from _row_facts(number, "field", row, "")
    for error in document.errors:
        subject = collapse(f"{error.status} {error.code} {error.description}")
        yield Fact(number, "error", subject, "", error.description, error.line, error)
        yield Fact(number, "error", subject, "solution", error.solution, error.line, error)
    example = document.request_example
    if example is not None:
        for name, value in example.query:
            yield Fact(number, "example", f"request query {name}", "", value, example.line, value)
        for name, value in example.headers:
            yield Fact(number, "example", f"request header {name}", "", value, example.line, value)
        if example.body is not None:
            for path, value in _leaves(example.body, ""):
                yield Fact(
                    number, "example", f"request body {path}", "", _show(value), example.line, value
                )
    if document.response_example is not None:
        for path, value in _leaves(document.response_example, ""):
            yield Fact(
                number,
                "example",
                f"response {path}",
                "",
                _show(value),
                document.response_example_line,
                value,
            )
    for note in document.notes:
        yield Fact(number, note.kind, note.text, "", f"line {note.line}", note.line)
    if document.absent:
        line, text = document.last_line
        subject = f'ends at "{document.ends_at}", without {", ".join(document.absent)}'
        yield Fact(number, "incomplete", subject, "", collapse(text), line, document.absent)


def _row_facts(number: str, kind: str, row: Row, parent: str) -> Iterator[Fact]:
    subject = f"{parent}{row.name}"
    yield Fact(number, kind, subject, "", row.written or row.type, row.line, row)
    if kind == "param" and row.location:
        yield Fact(number, kind, subject, "in", row.location, row.line, row)
    yield Fact(number, kind, subject, "type", row.json_type, row.line, row)
    for keyword in CONSTRAINTS:
        if keyword in row.constraints:
            yield Fact(number, kind, subject, keyword, row.constraints[keyword], row.line, row)
    if row.required is not None:
        yield Fact(number, kind, subject, "required", str(row.required).lower(), row.line, row)
    for value, meaning in row.enum:
        yield Fact(number, kind, subject, f"enum {value}", meaning, row.line, row)
    if row.example is not None:
        yield Fact(number, "example", f"{kind} {subject}", "", row.example, row.line, row)
    separator = "[]." if row.json_type == "array" else "."
    for child in row.children:
        yield from _row_facts(number, kind, child, f"{subject}{separator}")


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Every value of an example by its path; arrays of scalars and empty containers are leaves."""
    if isinstance(value, dict) and value:
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        for item in value:
            yield from _leaves(item, f"{path}[]")
    else:
        yield path, value


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)

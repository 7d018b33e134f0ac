"""What a WeChat Pay document states, as read from its text (before any comparison)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

NoteKind = Literal["irregular", "unreadable"]

# The documents' type words and the JSON type each one means. A row whose type word is not here is
# not read as a row: the reader reports its line instead of guessing.
DOCUMENT_TYPES = {
    "string": "string",
    "int": "integer",
    "int32": "integer",
    "int64": "integer",
    "uint32": "integer",
    "uint64": "integer",
    "integer": "integer",
    "number": "number",
    "float": "number",
    "double": "number",
    "bool": "boolean",
    "boolean": "boolean",
    "array": "array",
    "object": "object",
}


@dataclass
class Row:
    """One row of a parameter or response-field table, with its enum list and nested rows."""

    name: str
    type: str
    line: int
    required: bool | None = None
    max_length: int | None = None
    min_length: int | None = None
    location: str | None = None
    label: str = ""
    description: list[str] = field(default_factory=list)
    enum: list[tuple[str, str]] = field(default_factory=list)
    example: str | None = None
    children: list[Row] = field(default_factory=list)

    @property
    def json_type(self) -> str:
        return DOCUMENT_TYPES[self.type]


@dataclass(frozen=True)
class ErrorRow:
    """One row of an error table: HTTP status, code, description (描述), solution (解决方案)."""

    status: str
    code: str
    description: str
    solution: str
    line: int


@dataclass(frozen=True)
class RequestExample:
    """A request example: the URL's query parameters, the headers and the JSON body it shows."""

    line: int
    query: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    body: Any = None


@dataclass(frozen=True)
class Note:
    """Something the reader met that the format does not allow.

    `irregular`: read anyway, in a way the note states (e.g. a missing comma in a JSON example);
    `unreadable`: not read at all. Either is a fact of the document that only an erratum can accept,
    so a change to a document never disappears into a reader that skipped it.
    """

    kind: NoteKind
    text: str
    line: int


@dataclass
class Document:
    """Everything one source document states, in the reader's terms."""

    number: str
    path: Path
    title: str = ""
    method: str | None = None
    url_path: str | None = None
    request: list[Row] = field(default_factory=list)
    response: list[Row] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    request_example: RequestExample | None = None
    response_example: Any = None
    response_example_line: int = 0
    notes: list[Note] = field(default_factory=list)

    def note(self, kind: NoteKind, text: str, line: int) -> None:
        self.notes.append(Note(kind, text, line))

    def unreadable(self, text: str, line: int) -> None:
        self.note("unreadable", text, line)

    def irregular(self, text: str, line: int) -> None:
        self.note("irregular", text, line)

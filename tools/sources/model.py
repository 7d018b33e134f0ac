"""What a WeChat Pay document states, as read from its text (before any comparison)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

NoteKind = Literal["irregular", "unreadable", "copy"]

# The tail of a copy's last line that an `incomplete` fact quotes: enough to find the line, short
# enough for the fact's id to stay readable.
TAIL = 24
# The titles of the response table's section in the two formats (the page's, the wiki's).
RESPONSE_SECTIONS = ("应答参数", "返回参数")

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


# The constraints a row may state (from its type, `string(32)` or `string[1,32]`, its 特殊规则 and
# the bounds its prose words, see `detail`), by their JSON Schema keyword; `items.` for those that
# bound an array's items.
CONSTRAINTS = (
    "maxLength",
    "minLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "pattern",
    "default",
    "items.minLength",
    "items.maxLength",
)


@dataclass
class Row:
    """One row of a parameter or response-field table, with its enum list and nested rows."""

    name: str
    type: str
    line: int
    required: bool | None = None
    location: str | None = None
    label: str = ""
    description: list[str] = field(default_factory=list)
    enum: list[tuple[str, str]] = field(default_factory=list)
    example: str | None = None
    children: list[Row] = field(default_factory=list)
    # Keyword (one of CONSTRAINTS) -> the value as the document writes it.
    constraints: dict[str, str] = field(default_factory=dict)
    # The type cell as written (`string(32)`, `string[1,32]`), for reports.
    written: str = ""

    @property
    def json_type(self) -> str:
        return DOCUMENT_TYPES[self.type]

    @property
    def max_length(self) -> int | None:
        return _int(self.constraints.get("maxLength"))

    @property
    def min_length(self) -> int | None:
        return _int(self.constraints.get("minLength"))

    def set_type(self, word: str, length: str | None = None, range_: str | None = None) -> None:
        """The type cell: `string(32)` bounds the length; `string[1,32]` both ends of it."""
        self.type = word
        self.written = word + (f"({length})" if length else "") + (f"[{range_}]" if range_ else "")
        if length:
            self.constraints["maxLength"] = length
        if range_:
            low, _, high = range_.partition(",")
            self.constraints["minLength"], self.constraints["maxLength"] = low.strip(), high.strip()


def _int(text: str | None) -> int | None:
    return int(text) if text is not None else None


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
    `copy`: an artefact of copying the page (an unclosed code fence, a page control) that changes
    nothing the reader reads; reported, and accepted without an erratum (see `artefacts`).
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
    # The document's own prose about the operation (the page's lead, the front matter's
    # description), line by line, for a drafted operation's description.
    intro: list[str] = field(default_factory=list)
    method: str | None = None
    url_path: str | None = None
    request: list[Row] = field(default_factory=list)
    response: list[Row] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    request_example: RequestExample | None = None
    response_example: Any = None
    response_example_line: int = 0
    notes: list[Note] = field(default_factory=list)
    # The sections a whole page of the document's format has that this text does not, in the
    # format's order, and the text's last non-empty line: a copy that stops early (the stored
    # page's text ends) lacks them, and is accepted only where spec/sources/README.md declares it.
    absent: list[str] = field(default_factory=list)
    last_line: tuple[int, str] = (0, "")

    @property
    def cut_before_response(self) -> bool:
        """The text lacks the response table's section (the copy may stop before it)."""
        return any(title in self.absent for title in RESPONSE_SECTIONS)

    @property
    def ends_at(self) -> str:
        """The tail of the last line, as the `incomplete` fact and its declaration quote it."""
        text = " ".join(self.last_line[1].split())
        return text if len(text) <= TAIL else "…" + text[-TAIL:]

    def note(self, kind: NoteKind, text: str, line: int) -> None:
        self.notes.append(Note(kind, text, line))

    def unreadable(self, text: str, line: int) -> None:
        self.note("unreadable", text, line)

    def irregular(self, text: str, line: int) -> None:
        self.note("irregular", text, line)

    def copy_artefact(self, text: str, line: int) -> None:
        self.note("copy", text, line)

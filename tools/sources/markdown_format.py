"""Reader of the documents kept as the wiki's Markdown (000, 002, 003: front matter, `##` headings).

The format, as the documents write it:

- front matter between `---` lines; sections `## 接口说明`, `## 请求参数`, `### 请求示例`,
  `## 返回参数`, `### 返回示例`, `## 错误码`;
- a table row is `<label> <name> <type>[(N)|[N,M]] <是|否> [<location>] <description>`, its
  lines may break anywhere after the name (a `<br>` is a line break too), then `|||<example>`; a
  `+` starts a row of an object or array (the page's expander) and may follow other text on the
  same line; the description's enum values, 示例值 and 特殊规则 are read by `detail`;
- an error row is `[<status>] [<code>] <description> <solution>`: a row without status (or without
  status and code) continues the merged cells of the row above;
- either table may instead be a Markdown pipe table (`pipe_tables`).

Known irregularities are read and noted (see model.Note): a full-width ？ in an example URL, a JSON
example without commas. An unclosed code fence is an artefact of copying (`copy`): the next
heading closes it. Any line that fits none of this is `unreadable`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import pipe_tables
from .detail import DetailReader
from .model import DOCUMENT_TYPES, Document, ErrorRow, RequestExample, Row
from .text import collapse, last_line, read_json, read_url, split_description

_TYPES = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_FENCE = re.compile(r"^\s*```")
_TYPE = rf"(?P<type>{_TYPES})(?:\((?P<length>\d+)\)|\[(?P<range>\d+ ?, ?\d+)\])?"
_FULL_ROW = re.compile(
    rf"^\+?(?P<label>\S.*?) (?P<name>[a-z][a-z0-9_]*) {_TYPE}(?P<rest>(?: .*)?)$"
)
_PARTIAL_ROW = re.compile(r"^\+(?P<label>\S.*?) (?P<name>[a-z][a-z0-9_]*)$")
_TYPE_LINE = re.compile(rf"^{_TYPE}$")
_REQUIRED = re.compile(r"^(?P<required>是|否)(?: (?P<rest>.*))?$")
_LOCATION = re.compile(r"^(?P<location>path|query|body|header)(?: (?P<rest>.*))?$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EXPANDER = re.compile(r" (?=\+\S)")
_KEY_VALUE = re.compile(r"^\*\*(?P<key>[^*]+)\*\*: ?(?P<value>.*?)\\?$")
_ERROR_ROW = re.compile(r"^(?:(?P<status>\d{3}) )?(?P<code>[A-Z][A-Z0-9_]+) (?P<text>.+)$")
_STATUS_CAPTION = re.compile(r"^\d{3} Response$")
_CAPTIONS = frozenset({"正常示例", "异常示例"})
_SECTIONS = {
    "接口说明": "operation",
    "请求参数": "request",
    "请求示例": "request example",
    "返回参数": "response",
    "返回示例": "response example",
    "错误码": "errors",
}

Lines = list[tuple[int, str]]


@dataclass
class _Section:
    title: str
    line: int
    lines: Lines = field(default_factory=list)


def is_markdown(text: str) -> bool:
    """The wiki's documents start with front matter and use `##` headings."""
    return text.startswith("---\n") and re.search(r"^## ", text, re.MULTILINE) is not None


def read(path: Path, number: str, text: str) -> Document:
    document = Document(number=number, path=path)
    found: set[str] = set()
    for section in _sections(text, document):
        kind = _SECTIONS.get(section.title)
        found.add(section.title)
        if section.title == "":
            _front_matter(section.lines, document)
        elif kind == "operation":
            _operation(section.lines, document)
        elif kind == "request":
            document.request = _rows(section.lines, document, request=True)
        elif kind == "response":
            document.response = _rows(section.lines, document, request=False)
        elif kind == "request example":
            _request_example(section.lines, document)
        elif kind == "response example":
            _response_example(section.lines, document)
        elif kind == "errors":
            document.errors = _errors(section.lines, document)
        else:
            document.unreadable(f"section {section.title} is unknown to this reader", section.line)
    document.absent = [title for title in _SECTIONS if title not in found]
    document.last_line = last_line(text)
    return document


def _sections(text: str, document: Document) -> Iterator[_Section]:
    """The document's sections; code-fence lines are dropped, an unclosed fence is noted."""
    current = _Section("", 1)
    fence: tuple[int, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) >= 2:
            if fence is not None:
                document.copy_artefact(
                    f"the code fence opened in {fence[1] or 'the front matter'} is not closed "
                    f"before the heading {heading.group(2)}",
                    fence[0],
                )
                fence = None
            yield current
            current = _Section(re.sub(r"<sub>.*?</sub>", "", heading.group(2)).strip(), number)
        elif _FENCE.match(line):
            fence = None if fence is not None else (number, current.title)
        else:
            current.lines.append((number, line))
    if fence is not None:
        document.copy_artefact(f"the code fence opened in {fence[1]} is never closed", fence[0])
    yield current


def _front_matter(lines: Lines, document: Document) -> None:
    description = False
    for _, line in lines:
        match = re.match(r"^title: ?'?(?P<title>.*?)'?$", line)
        if match:
            document.title = match.group("title")
        if re.match(r"^description:", line):
            description = True
            continue
        if description and line.startswith((" ", "\t")) and line.strip():
            document.intro.append(line.strip())
        elif line.strip():
            description = False


def _operation(lines: Lines, document: Document) -> None:
    for _, line in lines:
        match = _KEY_VALUE.match(line.strip())
        if not match:
            continue  # prose and the legend of `path` / `query`
        key, value = collapse(match.group("key")), match.group("value").strip()
        if key == "请求 URL":
            document.url_path = re.sub(r"^https?://[^/]+", "", value)
        elif key == "请求方式":
            document.method = value.upper()


def _pieces(lines: Lines) -> Lines:
    """Lines split where a `+` (the page's expander) starts a new row in the middle of a line."""
    out: Lines = []
    for number, line in lines:
        parts = _EXPANDER.split(line.strip())
        merged = [parts[0]]
        for part in parts[1:]:
            if _FULL_ROW.match(part) or _PARTIAL_ROW.match(part):
                merged.append(part)
            else:
                merged[-1] += " " + part
        out.extend((number, part) for part in merged)
    return out


class _RowReader:
    """Reads one table (request or response) row by row; see the module docstring."""

    def __init__(self, document: Document, request: bool) -> None:
        self.document = document
        self.request = request
        self.rows: list[Row] = []
        self.row: Row | None = None
        self.detail: DetailReader | None = None
        self.stage = "done"  # what the current row still needs: type, required, location, text
        self.closed = True  # after its `|||` example, a row takes no more lines

    def feed(self, number: int, line: str) -> None:
        if not line or line.startswith("变量"):
            return  # blank, or the table's header
        full = _FULL_ROW.match(line)
        partial = _PARTIAL_ROW.match(line) if not full else None
        if full or partial:
            match = full or partial
            assert match is not None
            self.row = Row(
                name=match.group("name"), type="", line=number, label=match.group("label")
            )
            self.detail = DetailReader(self.document, self.row)
            self.rows.append(self.row)
            self.closed = False
            if full:
                self.row.set_type(full.group("type"), full.group("length"), full.group("range"))
                self.stage = "required"
                self.rest(full.group("rest").strip(), number)
            else:
                self.stage = "type"
            return
        if self.row is None or self.closed:
            self.document.unreadable(f"not a row of the table: {collapse(line)}", number)
            return
        if self.stage == "type":
            match = _TYPE_LINE.match(line)
            if not match:
                self.document.unreadable(
                    f"row {self.row.name} has no type (found: {collapse(line)})", number
                )
                self.closed = True
                return
            self.row.set_type(match.group("type"), match.group("length"), match.group("range"))
            self.stage = "required"
            return
        self.rest(line, number)

    def rest(self, text: str, number: int) -> None:
        """The part of a row after its type: required flag, location, then description lines."""
        row = self.row
        assert row is not None
        if not text:
            return
        if self.stage == "required":
            match = _REQUIRED.match(text)
            if not match:
                self.document.unreadable(
                    f"row {row.name} has no 是/否 (found: {collapse(text)})", number
                )
                self.closed = True
                return
            row.required = match.group("required") == "是"
            self.stage = "location" if self.request else "text"
            self.rest((match.group("rest") or "").strip(), number)
            return
        if self.stage == "location":
            self.stage = "text"
            match = _LOCATION.match(text)
            if match:
                row.location = match.group("location")
                self.rest((match.group("rest") or "").strip(), number)
                return
        self.text(text, number)

    def text(self, text: str, number: int) -> None:
        row, detail = self.row, self.detail
        assert row is not None and detail is not None
        if text.startswith("|||"):
            row.example = text[3:].strip()
            self.closed = True
            return
        detail.feed(text, number)

    def finish(self) -> list[Row]:
        for row in self.rows:
            if not row.type or row.required is None:
                self.document.unreadable(f"row {row.name} is incomplete", row.line)
        return [row for row in self.rows if row.type and row.required is not None]


def _rows(lines: Lines, document: Document, request: bool) -> list[Row]:
    rows: list[Row] = []
    for table, block in pipe_tables.blocks(lines):
        if table:
            rows += pipe_tables.rows(block, document, request)
            continue
        reader = _RowReader(document, request)
        for number, line in _pieces(_broken(block)):
            reader.feed(number, line.strip())
        rows += reader.finish()
    return rows


def _broken(lines: Lines) -> Lines:
    """Each line broken at its `<br>`s into lines of the same number."""
    return [(number, piece) for number, line in lines for piece in _BR.split(line)]


def _request_example(lines: Lines, document: Document) -> None:
    body: Lines = []
    for number, line in lines:
        text = line.strip()
        url = re.match(r"^`URL` (?P<url>\S+)$", text)
        if url:
            query = read_url(url.group("url"), document, number, "the request example")
            document.request_example = RequestExample(number, query=tuple(query))
        elif text:
            body.append((number, line))
    if body:
        if body[0][1].strip().startswith(("{", "[")):
            value = read_json(body, document, "the request example")
            document.request_example = RequestExample(body[0][0], body=value)
        else:
            document.unreadable(f"not a request example: {collapse(body[0][1])}", body[0][0])


def _response_example(lines: Lines, document: Document) -> None:
    code: Lines = []
    for number, line in lines:
        text = re.sub(r"^>\s?", "", line.rstrip())
        if not code:
            if not text.strip() or text.strip() in _CAPTIONS or _STATUS_CAPTION.match(text.strip()):
                continue  # the example's caption and its status line
            if not text.strip().startswith(("{", "[")):
                document.unreadable(f"not a response example: {collapse(text)}", number)
                continue
        code.append((number, text))
    if code:
        document.response_example = read_json(code, document, "the response example")
        document.response_example_line = code[0][0]


def _errors(lines: Lines, document: Document) -> list[ErrorRow]:
    rows: list[ErrorRow] = []
    for table, block in pipe_tables.blocks(lines):
        if table:
            rows += pipe_tables.errors(block, document)
        else:
            rows += _text_errors(block, document, rows[-1] if rows else None)
    return rows


def _text_errors(lines: Lines, document: Document, above: ErrorRow | None) -> list[ErrorRow]:
    rows: list[ErrorRow] = [above] if above else []
    for number, line in _broken(lines):
        text = collapse(line)
        if not text or text.startswith(("|状态码", "|-")):
            continue
        match = _ERROR_ROW.match(text)
        status = match.group("status") if match else None
        code = match.group("code") if match else None
        cells = match.group("text") if match else text
        if status is None or code is None:
            if not rows:
                document.unreadable(f"error row without a status: {text}", number)
                continue
            # Merged cells: the status (and the code) of the row above.
            status = status or rows[-1].status
            code = code or rows[-1].code
        split = split_description(cells)
        if split is None:
            document.unreadable(f"cannot tell the description from the solution: {text}", number)
            continue
        rows.append(ErrorRow(status, code, split[0], split[1], number))
    return rows[1:] if above else rows

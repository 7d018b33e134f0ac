"""Reader of the documents kept as the text of pay.weixin.qq.com's newer pages (001).

The format, as the page's text writes it:

- a title, then sections whose title is a line of its own: 接口说明, 请求参数, 请求示例, 应答参数,
  应答示例, 错误码;
- `请求方式:【GET】/path` names the operation;
- request rows sit under a group line (`Header  HTTP头参数`, `path  路径参数`,
  `query  查询参数`, `body  包体参数`); a row is ` <name>  <必填|选填>   <type>[(N)]` on one
  line, followed by its description lines; `可选取值` starts its enum values
  (`  • VALUE:  meaning`); `属性` marks an object whose rows follow, indented deeper (the current
  pages list none);
- response rows follow a status line (`200 OK`) in the same shape;
- examples are numbered code lines (`1{`, `2  "coupon_code" : …`) after tab and caption lines;
- the error table has one cell per line: status, code, description, solution, after the
  sentence 以下是本接口返回的错误码列表… (newer pages) or the link 公共错误码 (2024 pages);
- the page's own controls (元宝AI, 反馈, 目录, 置顶) end it.

Any line that fits none of this is `unreadable`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .detail import DetailReader
from .model import DOCUMENT_TYPES, Document, ErrorRow, RequestExample, Row
from .text import collapse, last_line, read_json, read_url

_TYPES = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
_SECTIONS = ("接口说明", "请求参数", "请求示例", "应答参数", "应答示例", "错误码")
_GROUP = re.compile(
    r"^(?P<location>Header|path|query|body)\s+(?:HTTP头参数|路径参数|查询参数|包体参数)$"
)
_ROW = re.compile(
    rf"^(?P<indent>\s*)(?P<name>[A-Za-z][A-Za-z0-9_-]*)\s+(?P<required>必填|选填)\s+"
    rf"(?P<type>{_TYPES})(?:\((?P<length>\d+)\))?\s*$"
)
_BULLET = re.compile(r"^\s*•\s*(?P<value>[A-Za-z0-9_]+):\s*(?P<meaning>.*)$")
_OPERATION = re.compile(r"^请求方式:\s*【(?P<method>[A-Z]+)】\s*(?P<path>/\S*)$")
_STATUS_LINE = re.compile(r"^(?P<status>\d{3})\s+[A-Za-z\s]+$")
_TABLE_HEADER = frozenset({"状态码", "错误码", "描述", "解决方案"})
_PAGE_CONTROLS = frozenset({"元宝AI", "反馈", "目录", "置顶"})
_PUBLIC_CODES_LINK = "公共错误码"
_UPDATED = re.compile(r"^更新时间\s*[:：]\s*\d{4}\.\d{1,2}\.\d{1,2}")
_TAB_NOTE = re.compile(r"^需配合微信支付工具库 \S+ 使用,请参考(?P<language>[A-Za-z]+)$")

Lines = list[tuple[int, str]]


def read(path: Path, number: str, text: str) -> Document:
    document = Document(number=number, path=path)
    sections: dict[str, Lines] = {"": []}
    current = ""
    for line_number, line in enumerate(text.splitlines(), start=1):
        # Sections come in this order; a later line with an earlier title (the error table's
        # 错误码 column) is the section's own text.
        title = line.strip()
        if title in _SECTIONS and _order(title) > _order(current):
            current = title
            sections[current] = []
        else:
            sections[current].append((line_number, line))
    heading = [line.strip() for _, line in sections[""] if line.strip()]
    document.title = heading[0] if heading else ""
    # The collapsed form glues the page's lead sentence to its date (更新时间:2025.12.31品牌方…).
    leads = (_UPDATED.sub("", line).strip() for line in heading[1:])
    document.intro = [line for line in leads if line]
    for _, line in sections.get("接口说明", []):
        match = _OPERATION.match(line.strip())
        if match:
            document.method = match.group("method")
            document.url_path = match.group("path")
    document.request = _rows(sections.get("请求参数", []), document, request=True)
    document.response = _rows(sections.get("应答参数", []), document, request=False)
    _request_example(sections.get("请求示例", []), document)
    _response_example(sections.get("应答示例", []), document)
    document.errors = _errors(sections.get("错误码", []), document)
    document.absent = [title for title in _SECTIONS if title not in sections]
    document.last_line = last_line(text)
    return document


def _order(title: str) -> int:
    return _SECTIONS.index(title) if title in _SECTIONS else -1


def _rows(lines: Lines, document: Document, request: bool) -> list[Row]:
    rows: list[Row] = []
    stack: list[tuple[int, Row]] = []  # the rows that deeper-indented rows may belong to
    location: str | None = None
    status_seen = False
    row: Row | None = None
    detail: DetailReader | None = None
    for number, line in lines:
        text = line.strip()
        if not text:
            continue
        group = _GROUP.match(text)
        if request and group:
            location = group.group("location").lower()
            row, stack = None, []
            continue
        status = _STATUS_LINE.match(text)
        if not request and not status_seen and status:
            status_seen = True
            if status.group("status") != "200":
                document.unreadable(f"response rows for status {text}, not 200 OK", number)
            continue
        match = _ROW.match(line)
        if match:
            indent = len(match.group("indent").expandtabs())
            row = Row(
                name=match.group("name"),
                type="",
                line=number,
                required=match.group("required") == "必填",
                location=location,
            )
            row.set_type(match.group("type"), match.group("length"))
            detail = DetailReader(document, row)
            while stack and stack[-1][0] >= indent:
                stack.pop()
            (stack[-1][1].children if stack else rows).append(row)
            stack.append((indent, row))
            if request and location is None:
                document.unreadable(f"request row {row.name} outside a parameter group", number)
            continue
        if row is None or detail is None:
            document.unreadable(f"not a row of the table: {collapse(text)}", number)
            continue
        bullet = _BULLET.match(line)
        if text == "属性":
            continue  # the object's own rows, if the page lists them, follow indented deeper
        detail.feed(
            f"{bullet.group('value')}: {bullet.group('meaning')}" if bullet else text, number
        )
    return rows


def _numbered(lines: Lines, document: Document, what: str) -> Lines:
    """The numbered code lines of an example, numbers removed; the lines before are captions.

    The collapsed form holds a whole example on one line (`1curl -X GET \\ 2 https://… 6`): a
    line that the next one does not continue is split at the numbers that follow in it. That form
    also keeps the page's other tabs after the first one's code (the SDK note, then the Java
    code): the reader reads the first tab, curl, and notes the others as artefacts of the copy.
    """
    code: Lines = []
    texts = [(number, line.strip()) for number, line in lines]
    for index, (number, text) in enumerate(texts):
        expected = len(code) + 1
        if not (code or re.match(r"^1(?:\D|$)", text)):
            continue
        if not text:
            continue
        if not text.startswith(str(expected)):
            if not _other_tab(texts[index:], document, what):
                document.unreadable(f"{what}: expected code line {expected}, found {text}", number)
            return code
        following = next((later for _, later in texts[index + 1 :] if later), "")
        pieces = (
            [text] if re.match(rf"^{expected + 1}(?:\D|$)", following) else _unfold(text, expected)
        )
        code += [(number, piece[len(str(expected + at)) :]) for at, piece in enumerate(pieces)]
    if not code and any(text for _, text in texts):
        document.unreadable(f"{what} has no numbered code lines", lines[0][0])
    return code


def _unfold(text: str, first: int) -> list[str]:
    """A collapsed run of numbered code lines, split before each next number in turn."""
    pieces: list[str] = []
    number = first
    while True:
        found = re.search(rf" {number + 1}(?=\D|$)", text)
        if found is None:
            return [*pieces, text]
        pieces.append(text[: found.start()])
        text = text[found.start() + 1 :]
        number += 1


def _other_tab(texts: Lines, document: Document, what: str) -> bool:
    """After the first tab's code: another tab's note (`需配合微信支付工具库 … 使用,请参考Java`) and
    its numbered code, which only the collapsed form keeps. Noted as an artefact of the copy."""
    rest = [(number, text) for number, text in texts if text]
    if len(rest) < 2 or not re.match(r"^1(?:\D|$)", rest[1][1]):
        return False
    note = _TAB_NOTE.match(rest[0][1])
    if note is None:
        return False
    document.copy_artefact(
        f"{what}: the {note.group('language')} tab's code follows the curl tab's "
        "(the collapsed page form keeps every tab); the reader reads curl",
        rest[0][0],
    )
    return True


def _request_example(lines: Lines, document: Document) -> None:
    code = _numbered(lines, document, "the request example")
    if not code:
        return
    command = " ".join(text.rstrip().removesuffix("\\") for _, text in code)
    url = re.search(r"https?://\S+", command)
    headers = tuple(
        (name.strip(), value.replace('\\"', '"'))
        for name, value in re.findall(r'-H\s+"([^":]+):\s*((?:[^"\\]|\\.)*)"', command)
    )
    body = None
    data = re.search(r"(?:-d|--data(?:-raw)?)\s+'(?P<body>.*)'", command, re.DOTALL)
    if data:
        try:
            body = json.loads(data.group("body"))
        except json.JSONDecodeError as error:
            document.unreadable(f"the request example's body is not JSON ({error.msg})", code[0][0])
    query = read_url(url.group(0), document, code[0][0], "the request example") if url else []
    document.request_example = RequestExample(
        code[0][0], query=tuple(query), headers=headers, body=body
    )


def _response_example(lines: Lines, document: Document) -> None:
    code = _numbered(lines, document, "the response example")
    if code:
        document.response_example = read_json(code, document, "the response example")
        document.response_example_line = code[0][0]


def _errors(lines: Lines, document: Document) -> list[ErrorRow]:
    rows: list[ErrorRow] = []
    cells: Lines = []
    table = False
    for number, line in lines:
        text = collapse(line)
        if not text or text in _PAGE_CONTROLS:
            continue
        if text in _TABLE_HEADER:
            table = True
            continue
        if not table:
            # The sentence that introduces the table (newer pages), or the link to the public
            # codes that older pages put there instead.
            if not (text.startswith("以下是") or text == _PUBLIC_CODES_LINK):
                document.unreadable(f"error table: not its header: {text}", number)
            continue
        cells.append((number, text))
        if len(cells) == 1 and not re.fullmatch(r"\d{3}", text):
            document.unreadable(f"error table: expected a status, found {text}", number)
            cells = []
        elif len(cells) == 2 and not re.fullmatch(r"[A-Z][A-Z0-9_]*", text):
            document.unreadable(f"error table: expected a code, found {text}", number)
            cells = []
        elif len(cells) == 4:
            (line_number, status), (_, code), (_, description), (_, solution) = cells
            rows.append(ErrorRow(status, code, description, solution, line_number))
            cells = []
    if cells:
        document.unreadable("error table: the last row is incomplete", cells[0][0])
    if lines and not table:
        # Named at the section's title, the line before its first line.
        document.unreadable(
            "the 错误码 section has no table (状态码, 错误码, 描述, 解决方案)", lines[0][0] - 1
        )
    return rows

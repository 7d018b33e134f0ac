"""Markdown pipe tables, as WeChat's Markdown copies write parameter and error tables.

    | 参数名 | 变量 | 类型[长度限制] | 必填 | 描述 |
    | --- | --- | --- | --- | --- |
    | 券状态 | coupon\\_state | string[1,16] | 否 | query 券状态<br>枚举值：<br>SENDED：可用 |

    | 状态码 | 错误码 | 描述 | 解决方案 |
    |---|---|---|---|
    | 400 | PARAM_ERROR | 参数错误<br>（详见 detail） | 请根据错误提示正确传入参数 |

A table is a header row, a delimiter row and at least one row. Columns are found by their header:
the variable name (变量, else 参数名), the Chinese label (参数名 beside 变量), 类型, 必填, 描述,
and optionally 位置 and 示例值. A cell's `<br>` breaks it into lines, read one by one (enum values,
示例值, 特殊规则: `detail`). A row named `a.b` (or `a[].b`) is a field of the row `a`. An error
row whose status (or status and code) cell is empty continues the row above (merged cells).

A table whose header the reader cannot map, and a row it cannot read, are `unreadable` at their
line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .detail import DetailReader
from .model import DOCUMENT_TYPES, Document, ErrorRow, Row
from .text import collapse

Lines = list[tuple[int, str]]

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_DELIMITER = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-*:?\s*)*\|?$")
_TYPES = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
_TYPE_CELL = re.compile(
    rf"^(?P<type>{_TYPES})(?:\((?P<length>\d+)\)|\[(?P<range>\d+\s*,\s*\d+)\])?$", re.IGNORECASE
)
_ARRAY_CELL = re.compile(rf"^(?:array\[(?:{_TYPES})\]|(?:{_TYPES})\[\])$", re.IGNORECASE)
_NAME = re.compile(r"^\+?(?P<path>[A-Za-z][A-Za-z0-9_-]*(?:(?:\[\])?\.[A-Za-z][A-Za-z0-9_-]*)*)$")
_REQUIRED = {"是": True, "必填": True, "true": True, "y": True, "yes": True}
_OPTIONAL = {"否": False, "选填": False, "false": False, "n": False, "no": False}
_LOCATION = re.compile(r"^(?P<location>path|query|body|header)(?:\s+(?P<rest>.*))?$")

# Header words, by column (first match wins).
_NAME_HEADERS = ("变量", "变量名", "字段名", "字段", "参数", "名称", "name", "参数名")
_TYPE_HEADERS = ("类型", "type")
_REQUIRED_HEADERS = ("必填", "是否必填", "必选", "必须", "required")
_DESCRIPTION_HEADERS = ("描述", "说明", "参数说明", "参数名/描述/示例值", "description")
_LOCATION_HEADERS = ("位置", "参数位置", "传参位置")
_EXAMPLE_HEADERS = ("示例值", "示例", "example")
_ERROR_HEADERS = ("状态码", "错误码", "描述", "解决方案")


def is_row(text: str) -> bool:
    return text.strip().startswith("|")


def blocks(lines: Lines) -> list[tuple[bool, Lines]]:
    """The lines in runs: (True, a pipe table's lines) or (False, the other lines between).

    A run of `|` lines is a table only with a delimiter row second and a row after it; a header
    and a delimiter followed by plain lines (document 000's error table), or a `|||example` line,
    stay among the plain lines.
    """
    runs: list[Lines] = []
    for number, line in lines:
        if runs and is_row(line) == is_row(runs[-1][-1][1]):
            runs[-1].append((number, line))
        else:
            runs.append([(number, line)])
    found: list[tuple[bool, Lines]] = []
    for run in runs:
        table = _is_table(run)
        if found and not table and not found[-1][0]:
            found[-1][1].extend(run)
        else:
            found.append((table, run))
    return found


def _is_table(run: Lines) -> bool:
    return len(run) >= 3 and is_row(run[0][1]) and bool(_DELIMITER.match(run[1][1].strip()))


def cells(text: str) -> list[str]:
    """A row's cells, split at unescaped `|`, Markdown escapes and emphasis removed."""
    body = text.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    parts = re.split(r"(?<!\\)\|", body)
    return [_clean(part) for part in parts]


def _clean(cell: str) -> str:
    cell = cell.replace("&nbsp;", " ").replace("&emsp;", " ").replace("\xa0", " ")
    cell = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", cell)
    cell = re.sub(r"\*\*(.*?)\*\*", r"\1", cell)
    cell = re.sub(r"`([^`]*)`", r"\1", cell)
    return cell.strip()


def _lines(cell: str) -> list[str]:
    return [piece.strip() for piece in _BR.split(cell) if piece.strip()]


def _column(header: list[str], names: tuple[str, ...], taken: set[int]) -> int | None:
    for name in names:
        for index, cell in enumerate(header):
            if index not in taken and cell.lower() == name.lower():
                return index
    for name in names:  # `类型[长度限制]`, `必填(是/否)`: a header that starts with the word
        for index, cell in enumerate(header):
            if index not in taken and cell.lower().startswith(name.lower()):
                return index
    return None


def _body(table: Lines, width: int, document: Document) -> Iterator[tuple[int, list[str]]]:
    """A table's rows as cells; a row of another width is unreadable at its line."""
    for number, text in table[2:]:
        row_cells = cells(text)
        if len(row_cells) != width:
            document.unreadable(
                f"a table row of {len(row_cells)} cells under {width} columns: {collapse(text)}",
                number,
            )
            continue
        yield number, row_cells


def rows(table: Lines, document: Document, request: bool) -> list[Row]:
    """A parameter table's rows, nested by their dotted names."""
    header = cells(table[0][1])
    taken: set[int] = set()
    columns: dict[str, int | None] = {}
    for key, names in (
        ("name", _NAME_HEADERS),
        ("type", _TYPE_HEADERS),
        ("required", _REQUIRED_HEADERS),
        ("description", _DESCRIPTION_HEADERS),
        ("location", _LOCATION_HEADERS),
        ("example", _EXAMPLE_HEADERS),
        ("label", ("参数名",)),
    ):
        columns[key] = _column(header, names, taken)
        if columns[key] is not None:
            taken.add(columns[key])  # type: ignore[arg-type]
    if columns["name"] is None or columns["type"] is None or columns["required"] is None:
        document.unreadable(
            f"a table whose columns the reader does not know: {' | '.join(header)}", table[0][0]
        )
        return []
    found: list[Row] = []
    by_path: dict[str, Row] = {}
    for number, row_cells in _body(table, len(header), document):
        row = _row(row_cells, columns, number, document, request)
        if row is None:
            continue
        path = row.name
        parent_path, _, name = path.rpartition(".")
        row.name = name
        if parent_path:
            parent = by_path.get(parent_path.removesuffix("[]"))
            if parent is None:
                document.unreadable(f"row {path}: no row {parent_path} above it", number)
                continue
            parent.children.append(row)
        else:
            found.append(row)
        by_path[path.replace("[].", ".")] = row
    return found


def _row(
    row_cells: list[str],
    columns: dict[str, int | None],
    number: int,
    document: Document,
    request: bool,
) -> Row | None:
    def cell(key: str) -> str:
        index = columns[key]
        return row_cells[index] if index is not None else ""

    name = _NAME.match(cell("name").replace(" ", ""))
    if not name:
        document.unreadable(f"not a field name: {cell('name')}", number)
        return None
    path = name.group("path").replace("[].", ".")
    row = Row(name=path, type="", line=number, label=cell("label"))
    type_text = cell("type").replace(" ", "")
    typed = _TYPE_CELL.match(type_text)
    if typed:
        row.set_type(typed.group("type").lower(), typed.group("length"), typed.group("range"))
    elif _ARRAY_CELL.match(type_text):
        row.set_type("array")
        row.written = type_text
    else:
        document.unreadable(f"row {path} has a type the reader does not know: {type_text}", number)
        return None
    required = cell("required").strip().lower()
    if required in _REQUIRED:
        row.required = True
    elif required in _OPTIONAL:
        row.required = False
    else:
        document.unreadable(f"row {path} has no 是/否 (found: {cell('required')})", number)
        return None
    if columns["location"] is not None:
        row.location = cell("location").lower() or None
    detail = DetailReader(document, row)
    for index, piece in enumerate(_lines(cell("description"))):
        location = _LOCATION.match(piece) if request and index == 0 else None
        if location and columns["location"] is None:
            row.location = location.group("location")
            piece = location.group("rest") or ""
        detail.feed(piece, number)
    if columns["example"] is not None and cell("example"):
        row.example = cell("example")
    return row


def errors(table: Lines, document: Document) -> list[ErrorRow]:
    """An error table's rows (状态码, 错误码, 描述, 解决方案), merged cells continued."""
    header = cells(table[0][1])
    indexes = [_column(header, (name,), set()) for name in _ERROR_HEADERS]
    if any(index is None for index in indexes):
        document.unreadable(
            f"an error table whose columns the reader does not know: {' | '.join(header)}",
            table[0][0],
        )
        return []
    found: list[ErrorRow] = []
    for number, row_cells in _body(table, len(header), document):
        text = " | ".join(row_cells)
        status, code, description, solution = (
            collapse(" ".join(_lines(row_cells[index]))) for index in indexes if index is not None
        )
        if not status or not code:
            if not found:
                document.unreadable(f"error row without a status: {collapse(text)}", number)
                continue
            status, code = status or found[-1].status, code or found[-1].code
        if not re.fullmatch(r"\d{3}", status) or not re.fullmatch(r"[A-Z][A-Z0-9_]*", code):
            document.unreadable(f"not an error row (status, code): {collapse(text)}", number)
            continue
        found.append(ErrorRow(status, code, description, solution, number))
    return found

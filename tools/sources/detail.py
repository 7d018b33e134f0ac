"""The lines of a parameter's or field's description, read the same way in every format.

A row's description is prose, but some of its lines state facts, and those are read, never folded
into the prose:

- `枚举值:` (or `可选取值`) starts the enum values, each `VALUE: meaning` (a full-width `：` too);
  a `VALUE: meaning` line anywhere in the description is an enum value as well;
- `示例值: X` is the row's example;
- `特殊规则: …` is a list of constraints, each clause one of `RULES` below. A clause the reader
  does not know is a fact of kind `unreadable` at its line, so that a rule worded in a new way
  fails the check instead of disappearing;
- a bound worded in the prose (`长度在6-40个字符之间`, `最大值50`, `最小值1`, `不填默认为20`:
  `DESCRIBED` below) is read wherever it stands in a line, and the line stays prose as well.
  A bound stated twice with two values (the type cell's `string(40)` and the prose's 6-32) is
  `unreadable`: neither is the document's fact.

An enum line holding a second `VALUE:` (two values run together by a copy that lost the line
break) is `unreadable` too: reading it as one value would drop the other silently.
"""

from __future__ import annotations

import re

from .model import Document, Row
from .text import collapse

_COLON = "[:：]"
ENUM_START = re.compile(rf"^(?:枚举值|可选取值)\s*{_COLON}?\s*(?P<rest>.*)$")
ENUM_VALUE = re.compile(rf"^(?P<value>[A-Z][A-Z0-9_]*|true|false)\s*{_COLON}\s*(?P<meaning>.*)$")
# Another value glued to the meaning: "…可配置为NORMAL或DISCOUNTSINGLE: 部分商品可用券".
_GLUED_VALUE = re.compile(rf"[A-Z][A-Z0-9_]{{2,}}\s*{_COLON}")
EXAMPLE = re.compile(rf"^示例值\s*{_COLON}\s*(?P<value>.*?)\s*$")
SPECIAL_RULE = re.compile(rf"^特殊规则\s*{_COLON}\s*(?P<rules>.*?)\s*$")

_N = r"(?P<n>\d+)"
_M = r"(?P<m>\d+)"
_RANGE = rf"[【\[(（]\s*{_N}\s*[，,]\s*{_M}\s*[】\])）]"
# Each wording of a 特殊规则 clause the documents use, and the constraints it states. A length
# on an array row bounds its items (单个券code长度为【1，128】).
RULES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(rf"^长度最小\s*{_N}\s*个?(?:字节|字符)?$"), ("minLength",)),
    (re.compile(rf"^最小(?:字符)?长度(?:取值)?为\s*{_N}\s*(?:个?(?:字节|字符))?$"), ("minLength",)),
    (re.compile(rf"^长度不(?:少|小)于\s*{_N}\s*(?:个?(?:字节|字符))?$"), ("minLength",)),
    (re.compile(rf"^长度最大\s*{_N}\s*个?(?:字节|字符)?$"), ("maxLength",)),
    (re.compile(rf"^最大(?:字符)?长度(?:取值)?为\s*{_N}\s*(?:个?(?:字节|字符))?$"), ("maxLength",)),
    (re.compile(rf"^长度不(?:超过|大于)\s*{_N}\s*(?:个?(?:字节|字符))?$"), ("maxLength",)),
    (re.compile(rf"^(?:单个\S*?)?(?:字符)?长度为\s*{_RANGE}$"), ("minLength", "maxLength")),
    (re.compile(rf"^条目个数限制为\s*{_RANGE}$"), ("minItems", "maxItems")),
    (re.compile(rf"^取值范围\s*{_N}\s*[≤<]=?\s*value\s*[≤<]=?\s*{_M}$"), ("minimum", "maximum")),
    (
        re.compile(rf"^(?:需)?(?:符合|匹配)?正则(?:表达式)?\s*{_COLON}?\s*(?P<pattern>\S+)$"),
        ("pattern",),
    ),
]
# Bounds the documents word inside a description's prose, found anywhere in a line (the line
# stays prose): `…,不填默认为20,最大值50`. A default is read only as a number (不填默认查询所有
# 状态的批次 states no value). A 特殊规则 clause that is one of these whole is read the same way.
_SIGNED = r"(?P<n>-?\d+)(?![\d.])"
_IS = r"\s*(?:为|是)?\s*[:：]?\s*"
DESCRIBED: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(rf"长度(?:在|为)\s*{_N}\s*[-~～至到]\s*{_M}\s*个?(?:字符|字节)?(?:之间)?"),
        ("minLength", "maxLength"),
    ),
    (re.compile(rf"最大值{_IS}{_SIGNED}"), ("maximum",)),
    (re.compile(rf"最小值{_IS}{_SIGNED}"), ("minimum",)),
    (re.compile(rf"默认(?:值)?(?:为|是)\s*[:：]?\s*{_SIGNED}"), ("default",)),
]
# Clauses are separated by these, outside brackets (【1，128】 holds a comma of its own).
_CLAUSE_END = "，,；;。"


class DetailReader:
    """Reads the description lines of one row, in order, into the row."""

    def __init__(self, document: Document, row: Row) -> None:
        self.document = document
        self.row = row
        self.in_enum = False

    def feed(self, text: str, line: int) -> None:
        text = text.strip()
        if not text:
            return
        start = ENUM_START.match(text)
        if start:
            self.in_enum = True
            if start.group("rest"):
                self.feed(start.group("rest"), line)
            return
        value = ENUM_VALUE.match(text)
        if value:
            meaning = value.group("meaning").strip()
            if _GLUED_VALUE.search(meaning):
                self.document.unreadable(
                    f"row {self.row.name}: two enum values on one line: {collapse(text)}", line
                )
                return
            self.row.enum.append((value.group("value"), collapse(meaning)))
            return
        example = EXAMPLE.match(text)
        if example:
            self.row.example = example.group("value")
            return
        rules = SPECIAL_RULE.match(text)
        if rules:
            self.in_enum = False
            self.rules(rules.group("rules"), line)
            self.row.description.append(text)
            return
        self.in_enum = False
        self.described(text, line)
        self.row.description.append(text)

    def described(self, text: str, line: int) -> None:
        for pattern, names in DESCRIBED:
            for match in pattern.finditer(text):
                self.constrain(names, match, line)

    def rules(self, text: str, line: int) -> None:
        for clause in clauses(text):
            if not self.rule(clause, line):
                self.document.unreadable(
                    f"row {self.row.name}: a 特殊规则 the reader does not know: {clause}", line
                )

    def rule(self, clause: str, line: int) -> bool:
        for pattern, names in RULES:
            match = pattern.match(clause)
            if match:
                self.constrain(names, match, line)
                return True
        for pattern, names in DESCRIBED:
            match = pattern.fullmatch(clause)
            if match:
                self.constrain(names, match, line)
                return True
        return False

    def constrain(self, names: tuple[str, ...], match: re.Match[str], line: int) -> None:
        """The constraints a rule states; a length on an array row bounds its items."""
        values = [match.group(key) for key in ("n", "m", "pattern") if match.groupdict().get(key)]
        array = self.row.json_type == "array" and names[0].endswith("Length")
        for name, value in zip(names, values, strict=True):
            keyword = f"items.{name}" if array else name
            stated = self.row.constraints.get(keyword)
            if stated is not None and stated != value:
                self.document.unreadable(
                    f"row {self.row.name}: {keyword} is {stated} and {value}", line
                )
                continue
            self.row.constraints[keyword] = value


def clauses(text: str) -> list[str]:
    """The clauses of a 特殊规则, split at `，` `；` `。` outside brackets."""
    found: list[str] = []
    depth = 0
    current = ""
    for character in text:
        if character in "【[(（":
            depth += 1
        elif character in "】])）":
            depth -= 1
        if character in _CLAUSE_END and depth <= 0:
            found.append(current)
            current = ""
        else:
            current += character
    found.append(current)
    return [collapse(clause) for clause in found if clause.strip()]

"""Small text helpers shared by the two document readers and the check."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any
from urllib.parse import unquote_plus

from .model import Document

# CJK ideographs and CJK/full-width punctuation: pangu spacing never puts a space between two.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SPACE_CJK = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")
_CJK_SPACE = re.compile(f"(?<=[{CJK}]) ")
_KEY = re.compile(r'"([^"]+)"\s*:')
_VALUE_END = re.compile(r'(?:"|\d|true|false|null|\}|\])\s*$')


def collapse(text: str) -> str:
    """Runs of white space as one space, trimmed: how a fact quotes the document's words."""
    return " ".join(text.split())


def last_line(text: str) -> tuple[int, str]:
    """The number and text of a document's last non-empty line (where a stored copy ends)."""
    lines = text.splitlines()
    for number in range(len(lines), 0, -1):
        if lines[number - 1].strip():
            return number, lines[number - 1]
    return 0, ""


def normalize(text: str) -> str:
    """The text with full-width forms folded (NFKC) and every space removed, for comparing.

    The documents and the spec write the same Chinese sentence with full-width or half-width
    punctuation and with or without spaces between Chinese and Latin words.
    """
    return "".join(unicodedata.normalize("NFKC", text).split())


def split_description(text: str) -> tuple[str, str] | None:
    """Splits an error row's text into its description (描述) and solution (解决方案) cells.

    The table's cell boundary became a plain space in the text, as did the spaces the documents put
    between Chinese and Latin words ("券 id 必填"). Those never sit between two Chinese characters,
    so the first space between two Chinese characters is the boundary; a row with none
    ("appid 与请求方商户无关联关系 appid 与…") splits at the first space after a Chinese character.
    """
    for pattern in (_CJK_SPACE_CJK, _CJK_SPACE):
        match = pattern.search(text)
        if match:
            return text[: match.start()], text[match.end() :]
    return None


def read_json(lines: list[tuple[int, str]], document: Document, what: str) -> Any:
    """Parses an example's lines as JSON, mending a missing comma between members.

    A mended comma is an `irregular` note naming the member before it; anything else that does not
    parse is an `unreadable` note naming the line, and the example is then None.
    """
    texts = [text for _, text in lines]
    mended = 0
    while True:
        try:
            return json.loads("\n".join(texts))
        except json.JSONDecodeError as error:
            at = min(max(error.lineno - 1, 0), len(texts) - 1)
            before = next((i for i in range(at - 1, -1, -1) if texts[i].strip()), None)
            if (
                error.msg == "Expecting ',' delimiter"
                and before is not None
                and mended < len(texts)
                and texts[at][error.colno - 1 :].startswith('"')
                and _VALUE_END.search(texts[before])
            ):
                key = _KEY.search(texts[before])
                member = f'"{key.group(1)}"' if key else texts[before].strip()
                document.irregular(
                    f"{what} is not valid JSON: no comma after {member}", lines[before][0]
                )
                texts[before] = texts[before].rstrip() + ","
                mended += 1
                continue
            document.unreadable(f"{what} is not JSON ({error.msg})", lines[at][0])
            return None


def read_url(url: str, document: Document, line: int, what: str) -> list[tuple[str, str]]:
    """The query parameters of an example URL, in order.

    A full-width ？ (a typo the documents make) is read as the separator, with an `irregular` note.
    """
    if "?" not in url and "？" in url:
        document.irregular(f"{what} separates the query with a full-width ？", line)
        url = url.replace("？", "?", 1)
    if "?" not in url:
        return []
    query = url.split("?", 1)[1].split("#", 1)[0]
    pairs = []
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value)))
    return pairs

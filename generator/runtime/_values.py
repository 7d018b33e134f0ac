"""Request values checked before anything is sent, each error naming the field at fault.

Values often come from query strings, database rows or JSON that no type checker saw. A value
of the wrong type must not fail as an ``AttributeError`` deep inside a model, nor reach WeChat
Pay as something else: each operation's parameters and its body pass through these checks
(the generated ``_get_kwargs`` and ``to_dict`` call them), which return the value as it goes on
the wire, accept what is unambiguous (``"SENDED"`` for an enum member, ``"20"`` for a page size,
a time as RFC 3339 text with its offset), and raise ``RequestValidationError`` for the rest.
"""

import datetime
import enum
import re
from typing import Any, Protocol, TypeVar
from urllib.parse import quote, unquote

from .errors import RequestValidationError

_M = TypeVar("_M")
_WHOLE_NUMBER = re.compile(r"-?[0-9]+")
# What would end a path segment, or the path, wherever it lands: a separator, a query, a
# fragment, and the characters that servers and proxies read as one of those.
_PATH_BREAKERS = frozenset("/\\?#")
_DOT_SEGMENTS = frozenset({".", ".."})
# Characters a path segment carries as they are (RFC 3986 unreserved): quote() leaves them alone.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")
# What sends a value down the slow path of path_segment: a breaker, an escape, a control byte.
_NOT_PLAIN = re.compile(r"[/\\?#%\x00-\x1f\x7f]")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def path_segment(value: object, field: str) -> str:
    """``value`` as one percent-encoded path segment; refused when it would change the path.

    Empty values, ``.`` and ``..``, separators, ``?`` and ``#`` are refused, and so is any
    percent-escape that decodes to one of them (``%2F``, ``%2e%2e``, ``%252F``): a server or
    proxy that decodes the path would otherwise route the signed request somewhere else.
    """
    text_value = value if type(value) is str else text(value, field)
    if text_value not in _DOT_SEGMENTS:
        if _UNRESERVED.fullmatch(text_value):
            return text_value  # the common case, an id of letters and digits: nothing to escape
        if _NOT_PLAIN.search(text_value) is None and text_value.strip():
            return quote(text_value, safe="")
    decoded, previous = text_value, None
    while decoded != previous:  # %252F -> %2F -> /
        previous, decoded = decoded, unquote(decoded)
        problem = _path_problem(decoded)
        if problem:
            raise RequestValidationError(
                field, f"{text_value!r} {problem}; a path parameter is one whole path segment"
            )
    return quote(text_value, safe="")


def _path_problem(value: str) -> str | None:
    if not value.strip():
        return "is empty"
    if value in _DOT_SEGMENTS:
        return "is a dot segment, which would move the request to another path"
    if not _PATH_BREAKERS.isdisjoint(value):
        return "contains '/', '\\', '?' or '#' (or an escape of one)"
    if any(ord(character) < 0x20 or ord(character) == 0x7F for character in value):
        return "contains a control character"
    return None


def text(value: object, field: str) -> str:
    """A text parameter: a ``str``, or an ``int`` written out (unambiguous)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise RequestValidationError(field, f"expected str, got {_described(value)}")


def whole_number(value: object, field: str) -> int:
    """An integer parameter: an ``int``, or the text of one such as ``"20"``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        return int(value)
    raise RequestValidationError(field, f"expected int, got {_described(value)}")


def enum_value(enum_class: type[enum.Enum], value: object, field: str) -> Any:
    """The wire value of an enum parameter or field: a member, or a listed wire value as text.

    Text the enum does not list is refused rather than sent on a guess; a value newer than this
    client is sent on purpose by building the member, e.g. ``BusifavorCouponState("NEW")``.
    """
    if isinstance(value, enum_class):
        return value.value
    if isinstance(value, str):
        for member in enum_class:
            if member.value == value:
                return member.value
        listed = ", ".join(str(member.value) for member in enum_class)
        raise RequestValidationError(
            field,
            f"{value!r} is not a {enum_class.__name__} ({listed}); to send a value this client "
            f"does not list yet, pass {enum_class.__name__}({value!r})",
        )
    raise RequestValidationError(
        field, f"expected {enum_class.__name__} or its value as str, got {_described(value)}"
    )


def model(model_class: type[_M], value: object, field: str) -> _M:
    """A body or nested object: an instance of its model class (a dict is not guessed at)."""
    if isinstance(value, model_class):
        return value
    name = model_class.__name__
    hint = f"; build it with {name}(…) or {name}.from_dict(…)" if isinstance(value, dict) else ""
    raise RequestValidationError(field, f"expected {name}, got {_described(value)}{hint}")


def model_dict(model_class: type[_Model], value: object, field: str) -> dict[str, Any]:
    """A nested object's JSON, from its model instance."""
    return model(model_class, value, field).to_dict()


def rfc3339(value: object, field: str) -> str:
    """RFC 3339 text for a time field: an aware ``datetime``, or text of one with its offset.

    A naive time is refused, never guessed at: WeChat Pay answers a time without an offset with
    PARAM_ERROR, and assuming a zone would silently shift it.
    """
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise RequestValidationError(
                field,
                f"naive datetime {value.isoformat()!r} has no UTC offset, and WeChat Pay needs "
                "one; pass an aware datetime, e.g. datetime.datetime.now(datetime.UTC) or "
                "value.replace(tzinfo=ZoneInfo('Asia/Shanghai'))",
            )
        return value.isoformat()
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise RequestValidationError(
                field, f"{value!r} is not an RFC 3339 time such as '2026-03-02T12:30:00+08:00'"
            ) from None
        if parsed.tzinfo is None:
            raise RequestValidationError(
                field, f"{value!r} has no UTC offset, and WeChat Pay needs one (e.g. +08:00)"
            )
        return value
    raise RequestValidationError(
        field, f"expected an aware datetime.datetime, got {_described(value)}"
    )


def _described(value: object) -> str:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"{type(value).__name__} {shown}"


__all__ = [
    "enum_value",
    "model",
    "model_dict",
    "path_segment",
    "rfc3339",
    "text",
    "whole_number",
]

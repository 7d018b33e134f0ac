"""The spec's ``pattern`` keywords read as JSON Schema means them: ECMA-262 regular expressions.

Python's ``re`` reads a few ECMA tokens otherwise, and a mock that used it as is would refuse
values the spec allows (found by schemathesis: a notify URL holding ``\\x1c`` is refused by
``[^\\s/?#]``, which Python reads as excluding it and ECMA does not) or accept values it
refuses. ``python_pattern`` rewrites them: ``\\s`` is ECMA's whitespace (Python's adds
``\\x1c``–``\\x1f`` and ``\\x85``), ``\\d`` the ASCII digits and ``\\w`` the ASCII word
characters (Python's take every script's), and ``$`` the end of the input (Python's also
matches before a final newline). ``PatternValidator`` is JSON Schema 2020-12 with those patterns.
"""

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, cast

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError

# ECMA-262 WhiteSpace and LineTerminator, as a character class's contents.
_SPACE = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_CLASSES = {"s": _SPACE, "d": "0-9", "w": "A-Za-z0-9_"}


@lru_cache(maxsize=512)
def python_pattern(pattern: str) -> str:
    """``pattern`` (ECMA-262) as a Python regular expression that matches the same strings."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            token = pattern[index + 1]
            members = _CLASSES.get(token.lower())
            if members is None:
                out.append(pattern[index : index + 2])
            elif in_class:
                # A negated shorthand inside a class has no ECMA-exact Python spelling; the spec
                # has none, and the Python one is kept.
                out.append(members if token.islower() else pattern[index : index + 2])
            else:
                out.append(f"[{members}]" if token.islower() else f"[^{members}]")
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A leading ] (or ^]) is a member, not the end of the class.
            for opening in ("^]", "]", "^"):
                if pattern.startswith(opening, index + 1):
                    out.append("[" + opening)
                    index += 1 + len(opening)
                    break
            else:
                out.append(char)
                index += 1
            continue
        elif char == "$":
            char = r"\Z"
        out.append(char)
        index += 1
    return "".join(out)


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not re.search(python_pattern(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# JSON Schema 2020-12 whose ``pattern`` is ECMA-262's (the interface is Draft202012Validator's).
PatternValidator: type[Draft202012Validator] = cast(
    type[Draft202012Validator],
    validators.extend(  # type: ignore[no-untyped-call]  # jsonschema leaves extend untyped
        Draft202012Validator, {"pattern": _pattern}
    ),
)

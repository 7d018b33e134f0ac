"""Shared types of the generated client: the UNSET sentinel and the detailed response."""

import datetime
from collections.abc import Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Final, Generic, Literal, TypeVar

import httpx
from attrs import define, field, fields, has

from ._values import rfc3339


class Unset:
    """The type of `UNSET`: a field or argument that was not given (as opposed to `None`)."""

    _instance: "Unset | None" = None

    def __new__(cls) -> "Unset":
        # One sentinel only, so that `is UNSET` holds even after copy or unpickling.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful response: the parsed model plus what the transport saw.

    `status_code` is an `int` (an `HTTPStatus` where the code is a registered one), so that a
    status outside the IANA registry never raises while the response is being wrapped.

    Attributes:
        http_response: the raw `httpx.Response` of the last attempt (its body already read and
            verified); `http_response.request` is the request as signed and sent.
        elapsed: the whole call, retries and their waits included.
        attempts: how many requests the call sent (1 when nothing was retried).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
    http_response: httpx.Response = field(repr=False, kw_only=True)
    elapsed: datetime.timedelta = field(kw_only=True)
    attempts: int = field(default=1, kw_only=True)

    @property
    def request_id(self) -> str | None:
        """WeChat Pay's `Request-ID` header: quote it when you contact WeChat Pay support."""
        return self.headers.get("Request-ID")


# The check every time field of a request passes (``_values.rfc3339``), under its first name.
isoformat_with_offset = rfc3339


def request_id_of(result: object) -> str | None:
    """The ``Request-ID`` of the answer a parsed result came from; quote it to WeChat Pay support.

    ``coupon = client.favor.query_favor_coupon(…)``, then ``request_id_of(coupon)``. ``None``
    for an object that was not an operation's answer (one built by hand, or an item of a page).
    """
    headers = getattr(result, "_answer_headers", None)
    return headers.get("Request-ID") if isinstance(headers, httpx.Headers) else None


def attach_request_id(result: object, response: httpx.Response) -> None:
    """Keep the headers of ``response`` on the model it was parsed into (see request_id_of):
    read when asked, for a header look-up costs more than the rest of this."""
    if hasattr(result, "_answer_headers"):
        result._answer_headers = response.headers


def readable_repr(self: Any) -> str:
    """A model's repr with the fields that were set, and unknown fields the server sent.

    attrs' default repr lists every optional field, mostly as UNSET; a WeChat coupon has dozens.
    """
    parts = [
        f"{attribute.name}={value!r}"
        for attribute in fields(type(self))
        if attribute.name != "additional_properties"
        and not attribute.name.startswith("_")
        and not isinstance(value := getattr(self, attribute.name), Unset)
    ]
    extra = getattr(self, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(self).__name__}({', '.join(parts)})"


def install_readable_repr(*classes: type) -> None:
    for cls in classes:
        if has(cls):
            cls.__repr__ = readable_repr  # type: ignore[method-assign]


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "isoformat_with_offset",
    "request_id_of",
]

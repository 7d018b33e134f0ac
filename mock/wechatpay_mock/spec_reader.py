"""The one reader of the spec: load it, follow ``$ref``, list the operations and their parameters,
and read each ``x-`` extension the project uses, with one message per mistake.

The mock ships it; the generator, the tools and the tests import it too. It needs only the standard
library and PyYAML, and imports nothing else of the mock, so importing it starts no web stack.

Every mistake in an extension is a ``SpecError`` whose message names the place (the operation's
id, the security scheme, the tag, or a JSON pointer) and what is wrong, worded once, here.
``OpenAPI.problems()`` runs every check over the whole document, for tests and tools that want the
full list rather than the first mistake.

The extensions (``EXTENSIONS`` lists where each may appear):

- ``x-pagination`` (operation): a list answered a page at a time, by page index
  (``Pagination``) or by the token each page names for the next (``TokenPagination``).
- ``x-idempotency-key`` and ``x-idempotency-conflict`` (operation): the required body field that
  makes a request a retry, and the error example a reused key with another request answers;
  ``Idempotency``.
- ``x-credential`` (security scheme): the keyword the resource-style client takes that scheme's
  auth under (``merchant``, ``brand``).
- ``x-wechatpay-signature-type`` (security scheme): the WeChat Pay signature (the
  ``Authorization`` scheme) the mock verifies.
- ``x-code-sample`` (operation): ``{body-example: <name>, after: [<operationId>, …]}``, the
  request example the portal's Python sample uses, and the samples that make the state it
  needs.
- ``x-doc-errata`` (anywhere a description may be): where the spec deliberately differs from the
  source document, one sentence each.
- ``x-rate-limit`` (operation): the documented call rate, as text.
- ``x-displayName`` (tag): the tag's heading on the portal (Redoc's extension).
- ``x-wechatpay-error-number`` (error example): the number WeChat Pay puts after the last ``-``
  of the ``Request-ID`` for that error; ``ErrorExample.number``.
- ``x-event-types`` (webhook): each ``event_type`` the webhook sends, with a summary and the
  schema of its decrypted resource; ``Webhook``.
- ``x-fuzz-infer-links`` (document): the link inference algorithms schemathesis may use beyond
  the declared links; the fuzz harness reads and checks the names (they are schemathesis's).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# The operations of an OpenAPI 3.1 path item, in the specification's order.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The base URI under which a JSON Schema registry holds the whole spec, so that a schema taken out
# of it still resolves its `#/components/...` references (see `absolute_refs`).
SPEC_URI = "urn:wechatpay-coupons-spec"
JSON = "application/json"
PAGINATION_STYLE = "page-index"
TOKEN_PAGINATION_STYLE = "page-token"  # noqa: S105 - a style name, not a secret

# Where each extension may appear; any other `x-` key is a mistake (a typo would otherwise be
# read as "absent" and change what the mock or the client does without a word).
EXTENSIONS: Mapping[str, frozenset[str]] = {
    "x-pagination": frozenset({"operation"}),
    "x-idempotency-key": frozenset({"operation"}),
    "x-idempotency-conflict": frozenset({"operation"}),
    "x-code-sample": frozenset({"operation"}),
    "x-rate-limit": frozenset({"operation"}),
    # Written by the drafting step (tools/sources/draft.py): what a person must still review.
    "x-review": frozenset({"operation"}),
    "x-credential": frozenset({"security scheme"}),
    "x-wechatpay-signature-type": frozenset({"security scheme"}),
    "x-displayName": frozenset({"tag"}),
    "x-wechatpay-error-number": frozenset({"example"}),
    "x-event-types": frozenset({"webhook"}),
    # Which links schemathesis may infer beyond the declared ones (tests/fuzz reads the names).
    "x-fuzz-infer-links": frozenset({"document"}),
    "x-doc-errata": frozenset({"operation", "webhook", "parameter", "schema", "response", "other"}),
    # Added by tools/publish/code_samples.py to the published copy, never written in the spec.
    "x-codeSamples": frozenset({"operation"}),
}
# Keys whose values are data (examples, enum values), not spec: never searched for extensions.
_DATA_KEYS = frozenset({"example", "examples", "value", "default", "enum", "const"})


class SpecError(ValueError):
    """A mistake in the spec; the message names where it is and what is wrong."""


# --- loading -------------------------------------------------------------------------------------


def default_path() -> Path:
    """The spec shipped inside the wheel, else the repository's (editable installs, tests)."""
    packaged = Path(__file__).parent / "openapi" / "wechatpay-coupons.yaml"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / "wechatpay-coupons.yaml"


def load_document(path: Path) -> dict[str, Any]:
    """The YAML document at ``path``; a file that is not an OpenAPI document is a SpecError."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"cannot read {path}: {exc}") from exc
    if not isinstance(document, dict) or "openapi" not in document:
        raise SpecError(f"{path} is not an OpenAPI document")
    return document


def absolute_refs(node: Any, base: str = SPEC_URI) -> Any:
    """A copy of ``node`` whose local references (``#/…``) point into ``base``, where a JSON
    Schema registry holds the whole spec: a schema taken out of the spec then still resolves."""
    if isinstance(node, dict):
        return {
            key: (
                base + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else absolute_refs(value, base)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [absolute_refs(item, base) for item in node]
    return copy.copy(node)


def ref_name(node: Any) -> str | None:
    """The component's name a ``$ref`` node points at (``#/components/<kind>/<name>``)."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        reference: str = node["$ref"]
        if reference.startswith("#/components/") and reference.count("/") == 3:
            return _unescape(reference.rsplit("/", 1)[1])
    return None


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


# --- what the reader returns ---------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation: where it is and its raw object (read through ``OpenAPI``'s methods)."""

    path: str
    method: str  # lower case, as in the document
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def operation_id(self) -> str:
        return str(self.raw.get("operationId") or f"{self.method.upper()} {self.path}")

    @property
    def label(self) -> str:
        """How messages name the operation: ``opId (GET /path)``."""
        return f"{self.operation_id} ({self.method.upper()} {self.path})"


@dataclass(frozen=True)
class ErrorExample:
    """A named error example of an operation: the status it sits under, WeChat's code and
    message (what the mock answers whenever it answers that error), and its prose."""

    name: str
    status: int
    code: str
    message: str
    summary: str = ""
    description: str = ""
    # ``x-wechatpay-error-number``: the Request-ID suffix WeChat Pay answers this error with.
    number: int | None = None


@dataclass(frozen=True)
class Pagination:
    """An operation's ``x-pagination``: a page index and a page size in the query, the page's
    items and total in the body of the 200 response."""

    offset_param: str
    limit_param: str
    items: str
    total: str
    default_limit: int
    # The component schemas of the page and of one item (the generated classes' names).
    page_schema: str
    item_schema: str
    style: str = PAGINATION_STYLE

    @property
    def query_parameters(self) -> tuple[str, str]:
        """The query parameters that walk the pages (not criteria of what is listed)."""
        return (self.offset_param, self.limit_param)


@dataclass(frozen=True)
class TokenPagination:
    """An operation's ``x-pagination`` of style ``page-token``: the first call sends no
    ``token_param``; each page's ``next_token`` field, sent back as ``token_param``, asks for the
    next one, and a page without it (or with it empty) is the last."""

    token_param: str
    size_param: str
    next_token: str
    items: str
    total: str | None
    default_size: int
    max_size: int | None
    page_schema: str
    item_schema: str
    style: str = TOKEN_PAGINATION_STYLE

    @property
    def query_parameters(self) -> tuple[str, str]:
        return (self.token_param, self.size_param)


@dataclass(frozen=True)
class EventType:
    """One ``event_type`` a webhook sends: its summary and its decrypted resource's schema."""

    name: str
    summary: str
    schema: Mapping[str, Any] = field(repr=False)
    # The component the schema names, when it is a ``$ref`` (the generated class's name).
    schema_name: str | None = None


@dataclass(frozen=True)
class Webhook:
    """A top-level ``webhooks`` entry: what WeChat Pay POSTs to a notify URL."""

    name: str
    method: str
    raw: Mapping[str, Any] = field(repr=False, compare=False)
    event_types: tuple[EventType, ...] = ()

    def event_type(self, name: str) -> EventType | None:
        return next((event for event in self.event_types if event.name == name), None)


@dataclass(frozen=True)
class Idempotency:
    """``x-idempotency-key`` and ``x-idempotency-conflict``: the required body field whose reuse
    makes a request a retry, and the error example a reused key with another request answers."""

    key: str
    conflict: str


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme an operation names, with its two extensions as written (or None)."""

    name: str
    credential: str | None
    signature_type: str | None


@dataclass(frozen=True)
class Tag:
    name: str
    display_name: str
    description: str


_PAGINATION_KEYS = ("style", "offset-param", "limit-param", "items", "total", "default-limit")
_TOKEN_PAGINATION_KEYS = (
    *("style", "token-param", "size-param", "next-token", "items", "total", "default-size"),
    "max-size",
)
_TOKEN_PAGINATION_OPTIONAL = ("total", "max-size")
_PAGINATION_STYLES = {
    PAGINATION_STYLE: _PAGINATION_KEYS,
    TOKEN_PAGINATION_STYLE: _TOKEN_PAGINATION_KEYS,
}


class OpenAPI:
    """An OpenAPI document, read only."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        if not isinstance(document, Mapping) or not isinstance(document.get("paths", {}), dict):
            raise SpecError("not an OpenAPI document (no paths mapping)")
        self.document: Mapping[str, Any] = document

    @classmethod
    def load(cls, path: Path | None = None) -> OpenAPI:
        return cls(load_document(path or default_path()))

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", ""))

    # --- references ------------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` (and theirs) followed within the document."""
        seen: list[str] = []
        while isinstance(node, dict) and "$ref" in node:
            reference = node["$ref"]
            if not isinstance(reference, str) or not reference.startswith("#/"):
                raise SpecError(f"{reference!r}: only references within the spec (#/…) are read")
            if reference in seen:
                raise SpecError(f"{reference!r}: a reference loop ({' -> '.join(seen)})")
            seen.append(reference)
            target: Any = self.document
            for part in reference[2:].split("/"):
                key = _unescape(part)
                if not isinstance(target, dict) or key not in target:
                    raise SpecError(f"{reference!r} points at nothing (no {key!r})")
                target = target[key]
            node = target
        return node

    def mapping(self, node: Any) -> dict[str, Any]:
        """``resolve(node)``, or an empty mapping when there is nothing (absent or not a map)."""
        resolved = self.resolve(node)
        return resolved if isinstance(resolved, dict) else {}

    # --- operations ------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        """Every operation, in document order."""
        return [
            Operation(path, method, item[method])
            for path, item in self.document.get("paths", {}).items()
            if isinstance(item, dict)
            for method in METHODS
            if isinstance(item.get(method), dict)
        ]

    def operation(self, method: str, path: str) -> Operation | None:
        item = self.document.get("paths", {}).get(path)
        data = item.get(method.lower()) if isinstance(item, dict) else None
        return Operation(path, method.lower(), data) if isinstance(data, dict) else None

    def by_id(self) -> dict[str, Operation]:
        return {operation.operation_id: operation for operation in self.operations()}

    def parameters(self, operation: Operation) -> list[dict[str, Any]]:
        """The operation's parameters, resolved: its path item's, then its own, an operation's
        parameter replacing the path item's of the same name and location."""
        item = self.document["paths"][operation.path]
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*item.get("parameters", []), *operation.raw.get("parameters", [])]:
            parameter = self.mapping(raw)
            name, location = parameter.get("name"), parameter.get("in")
            if not isinstance(name, str) or not isinstance(location, str):
                raise SpecError(f"{operation.operation_id}: a parameter without a name or an in")
            found[(location, name)] = parameter
        return list(found.values())

    def parameter(self, operation: Operation, name: str) -> dict[str, Any] | None:
        return next((p for p in self.parameters(operation) if p["name"] == name), None)

    def request_body(self, operation: Operation) -> dict[str, Any] | None:
        body = operation.raw.get("requestBody")
        return None if body is None else self.mapping(body)

    def body_media(self, operation: Operation) -> dict[str, Any] | None:
        """The JSON media type of the request body (its schema and examples), if any."""
        body = self.request_body(operation)
        media = body.get("content", {}).get(JSON) if body else None
        return media if isinstance(media, dict) else None

    def body_schema(self, operation: Operation) -> Any:
        """The JSON request body's schema node (a ``$ref`` stays a ``$ref``), or None."""
        media = self.body_media(operation)
        return media.get("schema") if media else None

    def response(self, operation: Operation, status: str) -> dict[str, Any] | None:
        response = operation.raw.get("responses", {}).get(status)
        return None if response is None else self.mapping(response)

    def response_schema(self, operation: Operation, status: str = "200") -> Any:
        """The JSON schema node of a response (a ``$ref`` stays a ``$ref``), or None."""
        response = self.response(operation, status)
        media = response.get("content", {}).get(JSON) if response else None
        return media.get("schema") if isinstance(media, dict) else None

    def success(self, operation: Operation) -> tuple[int, dict[str, Any]] | None:
        """The first 2xx response, with its status."""
        for status, response in operation.raw.get("responses", {}).items():
            if str(status).isdigit() and 200 <= int(status) < 300:
                return int(status), self.mapping(response)
        return None

    def self_links(self, operation: Operation) -> dict[str, str]:
        """Parameter name -> JSON pointer into the success body, from the success response's
        links back to the operation itself ("read it again"): where in an answer each of the
        operation's parameters is found."""
        success = self.success(operation)
        pointers: dict[str, str] = {}
        for link in (success[1] if success else {}).get("links", {}).values():
            link = self.mapping(link)
            if link.get("operationId") != operation.operation_id:
                continue
            for name, expression in link.get("parameters", {}).items():
                if isinstance(expression, str) and expression.startswith("$response.body#"):
                    pointers[name] = expression.removeprefix("$response.body#")
        return pointers

    def error_examples(self, operation: Operation) -> list[ErrorExample]:
        """Every named example under a 4xx or 5xx response whose value has a ``code``."""
        found: list[ErrorExample] = []
        for status, response in operation.raw.get("responses", {}).items():
            if not (str(status).isdigit() and int(status) >= 400):
                continue
            media = self.mapping(response).get("content", {}).get(JSON, {})
            for name, example in media.get("examples", {}).items():
                example = self.mapping(example)
                value = example.get("value")
                if isinstance(value, dict) and "code" in value:
                    found.append(
                        ErrorExample(
                            name=str(name),
                            status=int(status),
                            code=str(value["code"]),
                            message=str(value.get("message", "")),
                            summary=str(example.get("summary", "")),
                            description=str(example.get("description", "")),
                            number=_error_number(example, f"{operation.operation_id}: {name}"),
                        )
                    )
        return found

    # --- security: x-credential, x-wechatpay-signature-type --------------------------------------

    def security(self, operation: Operation) -> list[SecurityScheme]:
        """The schemes the operation's ``security`` names (else the document's), in order."""
        declared = self.document.get("components", {}).get("securitySchemes", {})
        requirements = operation.raw.get("security", self.document.get("security", []))
        schemes: list[SecurityScheme] = []
        for requirement in requirements:
            for name in requirement:
                if name not in declared:
                    raise SpecError(
                        f"{operation.operation_id}: security names {name!r}, which "
                        "components.securitySchemes does not declare"
                    )
                scheme = self.mapping(declared[name])
                schemes.append(
                    SecurityScheme(
                        name,
                        _text(scheme, "x-credential", f"security scheme {name!r}"),
                        _text(scheme, "x-wechatpay-signature-type", f"security scheme {name!r}"),
                    )
                )
        return list({scheme.name: scheme for scheme in schemes}.values())

    def signature_types(self, operation: Operation) -> tuple[str, ...]:
        """The WeChat Pay signature types (``Authorization`` schemes) the operation accepts."""
        types: list[str] = []
        for scheme in self.security(operation):
            if scheme.signature_type is None:
                raise SpecError(
                    f"{operation.operation_id}: security scheme {scheme.name!r} has no "
                    "x-wechatpay-signature-type (the WeChat Pay signature type the mock must "
                    "verify)"
                )
            types.append(scheme.signature_type)
        return tuple(dict.fromkeys(types))

    def credential(self, operation: Operation) -> str:
        """The credential that signs the operation: its one scheme's ``x-credential``."""
        schemes = self.security(operation)
        if len(schemes) != 1:
            names = [scheme.name for scheme in schemes]
            raise SpecError(
                f"{operation.operation_id}: security must name exactly one scheme (the client "
                f"signs each call with one credential), found {names or 'none'}"
            )
        (scheme,) = schemes
        if scheme.credential is None:
            raise SpecError(
                f"{operation.operation_id}: security scheme {scheme.name!r} has no x-credential, "
                "the keyword the resource-style client takes its auth under (e.g. "
                "x-credential: merchant)"
            )
        if not scheme.credential.isidentifier():
            raise SpecError(
                f"security scheme {scheme.name!r}: x-credential {scheme.credential!r} is not a "
                "Python identifier (the resource-style client takes the auth under that keyword)"
            )
        return scheme.credential

    # --- x-pagination ----------------------------------------------------------------------------

    def pagination(self, operation: Operation) -> Pagination | TokenPagination | None:
        paging = operation.raw.get("x-pagination")
        if paging is None:
            return None
        where = f"{operation.operation_id}: x-pagination"
        styles = " or ".join(repr(style) for style in _PAGINATION_STYLES)
        if not isinstance(paging, dict):
            raise SpecError(f"{where} must be a mapping with a style ({styles})")
        keys = _PAGINATION_STYLES.get(str(paging.get("style")))
        if keys is None:
            raise SpecError(
                f"{where} style {paging.get('style')!r} is not read here (the styles are "
                f"{styles}: a page index and a page size, or the token each page names for "
                "the next)"
            )
        unknown = [key for key in paging if key not in keys]
        if unknown:
            raise SpecError(f"{where} has unknown keys {unknown} (it takes {keys})")
        optional = _TOKEN_PAGINATION_OPTIONAL if keys is _TOKEN_PAGINATION_KEYS else ()
        for key in keys:
            if key not in paging and key not in optional:
                raise SpecError(f"{where} lacks {key!r}")
        names = [key for key in keys if key.endswith(("-param", "-token")) or key == "items"]
        if "total" in paging:
            names.append("total")
        for key in names:
            if not isinstance(paging[key], str) or not paging[key]:
                raise SpecError(f"{where} {key} must be a name, not {paging[key]!r}")
        sizes = [key for key in ("default-limit", "default-size", "max-size") if key in paging]
        for key in sizes:
            size = paging[key]
            if isinstance(size, bool) or not isinstance(size, int) or size < 1:
                raise SpecError(f"{where} {key} must be a positive integer, not {size!r}")
        if "max-size" in paging and paging["default-size"] > paging["max-size"]:
            raise SpecError(f"{where} default-size is larger than max-size")
        query = {p["name"] for p in self.parameters(operation) if p.get("in") == "query"}
        for key in [key for key in keys if key.endswith("-param")]:
            if paging[key] not in query:
                raise SpecError(
                    f"{where} {key} {paging[key]!r} is not a query parameter of the operation"
                )
        page_node = self.response_schema(operation, "200")
        page_name = ref_name(page_node)
        if page_name is None:
            raise SpecError(
                f"{where} needs the 200 response's schema to be a $ref to a component schema "
                "(the page's class is named after it)"
            )
        page = self.mapping(page_node)
        properties = page.get("properties", {})
        for key in [key for key in ("items", "total", "next-token") if key in paging]:
            if paging[key] not in properties:
                raise SpecError(f"{where} {key} {paging[key]!r} is not a property of {page_name}")
        items = self.mapping(properties[paging["items"]])
        item_name = ref_name(items.get("items"))
        if items.get("type") != "array" or item_name is None:
            raise SpecError(
                f"{where} items {paging['items']!r} must be an array of a component schema "
                f"(in {page_name})"
            )
        if paging["style"] == TOKEN_PAGINATION_STYLE:
            return TokenPagination(
                token_param=paging["token-param"],
                size_param=paging["size-param"],
                next_token=paging["next-token"],
                items=paging["items"],
                total=paging.get("total"),
                default_size=paging["default-size"],
                max_size=paging.get("max-size"),
                page_schema=page_name,
                item_schema=item_name,
            )
        return Pagination(
            offset_param=paging["offset-param"],
            limit_param=paging["limit-param"],
            items=paging["items"],
            total=paging["total"],
            default_limit=paging["default-limit"],
            page_schema=page_name,
            item_schema=item_name,
        )

    # --- x-idempotency-key, x-idempotency-conflict -----------------------------------------------

    def idempotency(self, operation: Operation) -> Idempotency | None:
        key = operation.raw.get("x-idempotency-key")
        conflict = operation.raw.get("x-idempotency-conflict")
        where = operation.operation_id
        if key is None:
            if conflict is not None:
                raise SpecError(f"{where}: x-idempotency-conflict without x-idempotency-key")
            return None
        if not isinstance(key, str) or not key:
            raise SpecError(f"{where}: x-idempotency-key must name a body field, not {key!r}")
        body = self.mapping(self.body_schema(operation))
        if key not in body.get("properties", {}) or key not in body.get("required", []):
            raise SpecError(f"{where}: x-idempotency-key {key!r} is not a required body field")
        if conflict is None:
            raise SpecError(
                f"{where}: x-idempotency-key needs x-idempotency-conflict, the error example a "
                "reused key with another request answers"
            )
        names = {example.name for example in self.error_examples(operation)}
        if conflict not in names:
            raise SpecError(
                f"{where}: x-idempotency-conflict names {conflict!r}, which is no error example "
                "of the operation"
            )
        return Idempotency(key, str(conflict))

    # --- x-code-sample, x-rate-limit, x-doc-errata, x-displayName --------------------------------

    def _code_sample(self, operation: Operation) -> dict[str, Any]:
        sample = operation.raw.get("x-code-sample", {})
        if not isinstance(sample, dict) or not sample or set(sample) - {"body-example", "after"}:
            raise SpecError(
                f"{operation.operation_id}: x-code-sample must be {{body-example: <a request "
                "body example's name>, after: [<operationId>, …]}, either or both"
            )
        return sample

    def code_sample_after(self, operation: Operation) -> tuple[str, ...]:
        """``x-code-sample: {after: […]}``: the operations whose samples make the state this
        one's example needs (a read of a notify URL after the sample that sets it), in order."""
        if "x-code-sample" not in operation.raw:
            return ()
        after = self._code_sample(operation).get("after", [])
        known = self.by_id()
        if not isinstance(after, list) or not all(name in known for name in after):
            raise SpecError(
                f"{operation.operation_id}: x-code-sample after must list operationIds of the "
                f"spec, not {after!r}"
            )
        return tuple(after)

    def code_sample_example(self, operation: Operation) -> str | None:
        """The request-body example ``x-code-sample: {body-example: …}`` names, if any."""
        if "x-code-sample" not in operation.raw:
            return None
        sample = self._code_sample(operation)
        if "body-example" not in sample:
            return None
        where = f"{operation.operation_id}: x-code-sample"
        media = self.body_media(operation)
        examples = media.get("examples", {}) if media else {}
        if sample["body-example"] not in examples:
            raise SpecError(
                f"{where} names {sample['body-example']!r}, which is no example of the request "
                f"body (it has {sorted(examples)})"
            )
        return str(sample["body-example"])

    def rate_limit(self, operation: Operation) -> str | None:
        return _text(operation.raw, "x-rate-limit", operation.operation_id)

    def doc_errata(self, node: Mapping[str, Any], where: str) -> list[str]:
        """A node's ``x-doc-errata``: one sentence per deliberate difference from the document."""
        errata = node.get("x-doc-errata", [])
        if not isinstance(errata, list) or not all(
            isinstance(line, str) and line.strip() for line in errata
        ):
            raise SpecError(f"{where}: x-doc-errata must be a list of sentences")
        return list(errata)

    def tags(self) -> dict[str, Tag]:
        tags: dict[str, Tag] = {}
        for tag in self.document.get("tags", []):
            name = str(tag.get("name", ""))
            display = _text(tag, "x-displayName", f"tag {name!r}")
            tags[name] = Tag(name, display or name, str(tag.get("description", "")))
        return tags

    # --- webhooks: x-event-types ----------------------------------------------------------------

    def webhooks(self) -> list[Webhook]:
        """Every top-level webhook (what WeChat Pay sends to a notify URL), in document order."""
        found: list[Webhook] = []
        for name, item in self.document.get("webhooks", {}).items():
            item = self.mapping(item)
            for method in METHODS:
                raw = item.get(method)
                if isinstance(raw, dict):
                    found.append(Webhook(str(name), method, raw, self._event_types(name, raw)))
        return found

    def webhook(self, name: str) -> Webhook | None:
        return next((hook for hook in self.webhooks() if hook.name == name), None)

    def _event_types(self, name: str, raw: Mapping[str, Any]) -> tuple[EventType, ...]:
        declared = raw.get("x-event-types")
        where = f"webhook {name!r}: x-event-types"
        if declared is None:
            return ()
        if not isinstance(declared, dict) or not declared:
            raise SpecError(f"{where} must map each event_type to {{summary, schema}}")
        events: list[EventType] = []
        for event, entry in declared.items():
            if not isinstance(entry, dict) or set(entry) - {"summary", "schema"}:
                raise SpecError(f"{where} {event!r} must be {{summary, schema}}")
            schema = entry.get("schema")
            if not isinstance(schema, dict):
                raise SpecError(f"{where} {event!r} has no schema of its decrypted resource")
            resolved = self.mapping(schema)
            if resolved.get("type", "object") != "object":
                raise SpecError(f"{where} {event!r}: the decrypted resource must be an object")
            summary = _text(entry, "summary", f"{where} {event!r}") or ""
            events.append(EventType(str(event), summary, resolved, ref_name(schema)))
        return tuple(events)

    # --- everything at once ----------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Every mistake in the document's extensions (and the references they need), one line
        each; empty for a good spec."""
        found: list[str] = []

        def attempt(check: Any, *arguments: Any) -> None:
            try:
                check(*arguments)
            except SpecError as error:
                if str(error) not in found:
                    found.append(str(error))

        attempt(self.tags)
        attempt(self.webhooks)
        for operation in self.operations():
            for check in (
                self.parameters,
                self.error_examples,
                self.signature_types,
                self.credential,
                self.pagination,
                self.idempotency,
                self.code_sample_example,
                self.code_sample_after,
                self.rate_limit,
            ):
                attempt(check, operation)
        for pointer, place, node in self._extension_places():
            for key in node:
                if not (isinstance(key, str) and key.startswith("x-")):
                    continue
                if key not in EXTENSIONS:
                    found.append(f"{pointer}: unknown extension {key!r}")
                elif place not in EXTENSIONS[key]:
                    found.append(f"{pointer}: {key} does not belong on a {place}")
                elif key == "x-doc-errata":
                    attempt(self.doc_errata, node, pointer)
        return found

    def _extension_places(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every mapping of the document that may carry extensions: its pointer and kind."""

        def walk(node: Any, parts: tuple[str, ...]) -> Iterator[tuple[str, str, dict[str, Any]]]:
            if isinstance(node, list):
                for index, item in enumerate(node):
                    yield from walk(item, (*parts, str(index)))
                return
            if not isinstance(node, dict):
                return
            pointer = "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)
            yield f"#/{pointer}", _place(parts), node
            for key, value in node.items():
                if key == "examples" and isinstance(value, dict) and "schema" not in parts:
                    # Named examples carry extensions beside their `value`, which is data.
                    for name, example in value.items():
                        if isinstance(example, dict):
                            where = "/".join((pointer, "examples", str(name).replace("~", "~0")))
                            yield f"#/{where}", "example", example
                    continue
                if key in _DATA_KEYS or (isinstance(key, str) and key.startswith("x-")):
                    continue
                yield from walk(value, (*parts, str(key)))

        yield from walk(self.document, ())


def _place(parts: tuple[str, ...]) -> str:
    """What kind of object sits at a pointer, as far as extensions care."""
    if not parts:
        return "document"
    if len(parts) == 3 and parts[0] == "paths" and parts[2] in METHODS:
        return "operation"
    if len(parts) == 3 and parts[0] == "webhooks" and parts[2] in METHODS:
        return "webhook"
    if len(parts) == 3 and parts[:2] == ("components", "securitySchemes"):
        return "security scheme"
    if len(parts) == 2 and parts[0] == "tags":
        return "tag"
    if "schema" in parts or parts[:2] == ("components", "schemas"):
        return "schema"
    if len(parts) >= 2 and parts[-2] == "parameters":
        return "parameter"
    if len(parts) >= 2 and parts[-2] == "responses":
        return "response"
    return "other"


def _text(node: Mapping[str, Any], key: str, where: str) -> str | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SpecError(f"{where}: {key} must be a non-empty string, not {value!r}")
    return value


def _error_number(example: Mapping[str, Any], where: str) -> int | None:
    number = example.get("x-wechatpay-error-number")
    if number is None:
        return None
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise SpecError(
            f"{where}: x-wechatpay-error-number must be the positive number WeChat Pay puts "
            f"after the Request-ID's last '-', not {number!r}"
        )
    return number

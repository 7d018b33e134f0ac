"""The drafting step: a source document's operation written into the spec, for a person to review.

`make draft-operation SOURCE=spec/sources/NNN_x.txt` (`python -m tools.sources draft SOURCE`).

**A new operation** (the spec has none at the document's method and path) is written into the
spec from the facts the readers read: the path and method; the parameters with their `in`, types,
lengths, patterns, enums, required-ness and examples; the request and response schemas, nested
objects as component schemas wherever the document (its table, or its example) names their
fields; the document's examples as named `document` examples; the error responses, reusing a
shared component response when it has every row the document lists under that status and writing
a new one otherwise; a link to itself (reads); the Chinese description; an operationId and a tag
proposed from the path and the title. An existing component schema whose fields are exactly the
document's is reused rather than copied.

What the draft cannot know is marked for review, never guessed: the operation's `x-review` lists
it (an English summary and description, the proposed names, fields known only from an example,
statuses the document does not list), and `tests/spec` fails while any `x-review` is left. What a
document gets wrong the draft cannot carry (a `path` parameter the path has no place for, an
example that breaks the document's own table): it is drafted the way the wire works and named, so
that a person writes the erratum.

**An operation the spec has** is never rewritten: the draft prints, as a unified diff to apply
(`git apply`), the facts the document now states that the spec does not (a new parameter or
field, a changed length, a new enum value or error), each edit at the place the check looks. Text
a person reviewed (summaries, descriptions, names) is left alone; facts that need a decision
(`in`, `type`, examples, unreadable lines) are listed instead.
"""

from __future__ import annotations

import copy
import difflib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from wechatpay_mock.spec_reader import OpenAPI, ref_name

from .check import rate
from .inventory import Fact, facts
from .model import DOCUMENT_TYPES, Document, ErrorRow, Row
from .readme import entries, with_spec_row
from .spec import RESERVED_HEADERS, Spec
from .text import normalize

REVIEW = "x-review"
# The documents' action words at the end of a path, as operationId verbs.
ACTIONS = frozenset(
    {"use", "deactivate", "return", "confirm", "send", "lock", "unlock", "pause", "restart"}
)
# Path words that qualify a resource rather than name it (…/coupons/{code}/appids/{appid}).
QUALIFIERS = frozenset({"appids", "appid", "users", "merchants", "brands"})
STANDARD_STATUSES = ("400", "401", "403", "404", "429", "500")
# The statuses of the APIv3 public codes (SIGN_ERROR, SYSTEM_ERROR), the same for every family.
PUBLIC_STATUSES = ("401", "500")
SIGNATURE_HEADERS = (
    "Request-ID",
    "Wechatpay-Timestamp",
    "Wechatpay-Nonce",
    "Wechatpay-Signature",
    "Wechatpay-Serial",
    "Wechatpay-Signature-Type",
)
_FORMATS = {"int32": "int32", "uint32": "int32"}
_UNIQUE = re.compile(r"唯一")
_CONFLICT = re.compile(r"重复|已存在")


def yaml_round_trip() -> YAML:
    """The YAML reader and writer that keeps the spec's comments, order, quotes and flow style
    (the spec's text round-trips through it byte for byte)."""
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 4096
    handler.indent(mapping=2, sequence=4, offset=2)
    return handler


def load(path: Path) -> CommentedMap:
    loaded = yaml_round_trip().load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, CommentedMap)
    return loaded


def dump(spec: CommentedMap) -> str:
    out = io.StringIO()
    yaml_round_trip().dump(spec, out)
    return out.getvalue()


def flow(**items: Any) -> CommentedMap:
    node = CommentedMap(items)
    node.fa.set_flow_style()
    return node


def pascal(word: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_\s]+", word) if part)


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@dataclass
class Draft:
    """A drafted operation: where it goes, what it adds, and what a person must decide."""

    path: str
    method: str
    operation_id: str
    tag: str
    operation: CommentedMap
    schemas: dict[str, CommentedMap] = field(default_factory=dict)
    responses: dict[str, CommentedMap] = field(default_factory=dict)
    tag_entry: CommentedMap | None = None
    review: list[str] = field(default_factory=list)
    # Facts of the document the draft does not follow (a wrong document): for an erratum.
    not_carried: list[str] = field(default_factory=list)


class Drafter:
    """Drafts one document's operation against a spec (read, never changed here)."""

    def __init__(self, document: Document, spec: CommentedMap) -> None:
        if not (document.method and document.url_path):
            raise ValueError(f"{document.path.name} names no method and path to draft")
        self.document = document
        self.spec = spec
        self.reader = OpenAPI(spec)
        self.method = document.method.lower()
        self.path = document.url_path
        self.template = set(re.findall(r"\{(\w+)\}", self.path))
        self.facts = {fact.id: fact for fact in facts(document)}
        self.sibling = self._sibling()
        self.draft = Draft(self.path, self.method, "", "", CommentedMap())
        # (drafted schema name, component it became or reused, what to review about it)
        self.schema_notes: list[tuple[str, str, str]] = []
        # (status, response) of the conflict answer taken from the family (_idempotency).
        self.conflict_response: tuple[str, Any] | None = None

    # --- the whole operation ---------------------------------------------------------------------

    def run(self) -> Draft:
        draft = self.draft
        draft.operation_id = self._operation_id()
        draft.tag = self._tag()
        operation = draft.operation
        operation["operationId"] = draft.operation_id
        operation["tags"] = flow_seq([draft.tag])
        operation["summary"] = self.document.title
        operation["description"] = LiteralScalarString(self._description())
        rate_limit = self._rate_limit()
        if rate_limit:
            operation["x-rate-limit"] = rate_limit
        operation["security"] = copy.deepcopy(self._security())
        parameters, body_rows = self._parameters()
        if parameters:
            operation["parameters"] = parameters
        if body_rows or self._json_body_without_rows():
            operation["requestBody"] = self._request_body(body_rows)
            self._idempotency(body_rows)
        operation["responses"] = self._responses()
        self._pagination(parameters)
        self._prune()
        draft.review[:0] = [
            f"operationId {draft.operation_id!r} and tag {draft.tag!r} are proposed from the "
            "path and the title: keep or rename them",
            "summary: the document's title; write it in English",
            "description: the document's Chinese text; add the English after it",
        ]
        if draft.schemas:
            draft.review.append(
                f"schema names {sorted(draft.schemas)} are proposed: rename any you prefer"
            )
        operation[REVIEW] = CommentedSeq(draft.review)
        if draft.not_carried:
            operation["x-doc-errata"] = CommentedSeq(
                f"{line} (drafted by tools/sources; write the erratum in spec/ERRATA.md)"
                for line in draft.not_carried
            )
        return draft

    def _prune(self) -> None:
        """Drops the drafted schemas nothing refers to (those of a subtree whose parent turned
        out to be an existing component), and what the review said of them."""
        kept: set[str] = set()
        frontier = [self.draft.operation, *self.draft.responses.values()]
        while frontier:
            for name in _schema_refs(frontier.pop()):
                if name in self.draft.schemas and name not in kept:
                    kept.add(name)
                    frontier.append(self.draft.schemas[name])
        for name in set(self.draft.schemas) - kept:
            del self.draft.schemas[name]
        used = kept | {
            name
            for node in [
                self.draft.operation,
                *self.draft.responses.values(),
                *(self.draft.schemas[k] for k in kept),
            ]
            for name in _schema_refs(node)
        }
        self.draft.review += [line for _, target, line in self.schema_notes if target in used]

    # --- names -----------------------------------------------------------------------------------

    def _family(self) -> str:
        words = [w for w in self.path.strip("/").split("/") if w not in ("v3", "brand", "v2")]
        words = words[1:] if words and words[0] == "marketing" else words
        return words[0] if words else "api"

    def _operation_id(self) -> str:
        family = self._family()
        words = self.path.strip("/").split("/")
        words = words[words.index(family) + 1 :] if family in words else words
        literal = [w for w in words if not w.startswith("{")]
        verb = ""
        if literal and literal[-1] in ACTIONS:
            verb = literal.pop()
        owner = "User" if "users" in literal else ""
        nouns = [w for w in literal if w not in QUALIFIERS]
        resource = pascal(singular(nouns[-1])) if nouns else ""
        if not verb:
            ends_in_parameter = words and words[-1].startswith("{")
            collection = bool(nouns) and not ends_in_parameter and words[-1] == nouns[-1]
            verb = {
                "get": "list" if collection else "get",
                "post": "create",
                "put": "update",
                "patch": "update",
                "delete": "delete",
            }.get(self.method, self.method)
        plural = verb == "list"
        family_name = pascal(singular(family))
        if resource and family_name.endswith(resource):
            resource = ""
        name = f"{verb}{owner}{family_name}{resource}{'s' if plural else ''}"
        taken = set(self.reader.by_id())
        if name in taken:
            self.draft.review.append(f"operationId {name!r} is taken: the draft adds 'Again'")
            name += "Again"
        return name

    def _tag(self) -> str:
        if self.sibling is not None and self.sibling.raw.get("tags"):
            return str(self.sibling.raw["tags"][0])
        tag = self._family().replace("-", "_")
        if tag in self.reader.tags():
            return tag
        self.draft.tag_entry = CommentedMap(
            name=tag,
            **{"x-displayName": f"{pascal(tag)} ({self.document.title})"},
            description=f"{self.document.title}。(drafted: describe the family in a sentence)",
        )
        self.draft.review.append(f"tag {tag!r} is new: write its x-displayName and description")
        return tag

    def _sibling(self) -> Any:
        """The existing operation whose path shares the longest prefix with the document's."""
        mine = self.path.strip("/").split("/")
        best, length = None, 2  # at least /v3/marketing/<family> in common
        for operation in self.reader.operations():
            theirs = operation.path.strip("/").split("/")
            common = 0
            while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
                common += 1
            if common > length:
                best, length = operation, common
        return best

    def _description(self) -> str:
        """The title and the document's intro, a line each (the title with the first), each
        ended as a sentence: the page's lines have no punctuation of their own between them."""
        lines = [_sentence(line) for line in [self.document.title, *self.document.intro]]
        first = lines[0] + (lines[1] if len(lines) > 1 else "")
        return "\n".join([first, *lines[2:]]) + "\n"

    def _rate_limit(self) -> str | None:
        for line in self.document.intro:
            match = re.search(r"频率限制[:：]\s*(\S+)", line)
            if match:
                return f"{match.group(1)} (频率限制)"
        return None

    def _security(self) -> Any:
        if self.sibling is not None and "security" in self.sibling.raw:
            return self.sibling.raw["security"]
        wanted = "brand" if self.path.startswith("/brand/") else "merchant"
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        for name, scheme in schemes.items():
            if scheme.get("x-credential") == wanted:
                return [CommentedMap({name: CommentedSeq()})]
        self.draft.review.append("security: no scheme with x-credential {wanted!r}; name one")
        return []

    # --- parameters and the request body ---------------------------------------------------------

    def _location(self, row: Row) -> str:
        """Where a request row goes on the wire; a document's location the wire contradicts is
        drafted the wire's way and named for an erratum."""
        documented = row.location
        body = self._example_body()
        query = dict(self.document.request_example.query) if self.document.request_example else {}
        if row.name in self.template:
            actual = "path"
        elif documented == "path" or (documented is None and self.method == "get"):
            actual = "query"
        elif documented == "query" and self.method != "get" and row.name in body:
            actual = "body"
        elif documented in ("query", "body", "header"):
            actual = documented
        else:
            actual = "body" if self.method != "get" else "query"
        if documented and documented != actual:
            where = {
                "query": "its request example sends it in the query",
                "body": "its request example sends it in the JSON body",
            }.get(actual, f"the path has no {{{row.name}}}")
            if actual == "query" and row.name not in query:
                where = f"the path has no {{{row.name}}}"
            self._not_carried(
                f"{self.document.number} param {row.name} in",
                f"the document says {documented}, but {where}: drafted as {actual}",
            )
        return actual

    def _parameters(self) -> tuple[CommentedSeq, list[Row]]:
        parameters = CommentedSeq()
        body: list[Row] = []
        for row in self.document.request:
            if row.location == "header" and row.name.lower() in RESERVED_HEADERS:
                continue
            location = self._location(row)
            if location == "body":
                body.append(row)
                continue
            parameter = CommentedMap()
            parameter["name"] = row.name
            parameter["in"] = location
            parameter["required"] = True if location == "path" else bool(row.required)
            parameter["description"] = describe(row)
            schema = self.schema(row, f"{pascal(self.draft.operation_id)}", None)
            schema.pop("description", None)
            schema.pop("examples", None)
            if not schema.get("enum") and isinstance(schema, CommentedMap):
                schema.fa.set_flow_style()
            parameter["schema"] = schema
            example = self._parameter_example(row, location)
            if example is not None:
                parameter["example"] = typed(example, row)
            parameters.append(self._component_parameter(parameter) or parameter)
        return parameters, body

    def _component_parameter(self, drafted: CommentedMap) -> CommentedMap | None:
        """A $ref to the spec's component parameter of the same name and place that states
        nothing the document contradicts (the family's `Wechatpay-Serial` header, its
        `product_coupon_id` in the path), the nearest operation's first: it carries the
        example, bounds and English a reviewed operation gave it, which a copy would lose."""
        components = self.spec.get("components", {}).get("parameters", {})
        sibling = [
            ref_name(node)
            for node in (self.sibling.raw.get("parameters", []) if self.sibling else [])
        ]
        for name in sorted(components, key=lambda name: name not in sibling):
            candidate = components[name]
            if (
                candidate.get("name") == drafted["name"]
                and candidate.get("in") == drafted["in"]
                and bool(candidate.get("required")) == bool(drafted["required"])
                and agrees_with(self.reader, drafted["schema"], candidate.get("schema", {}))
            ):
                return flow(**{"$ref": f"#/components/parameters/{name}"})
        return None

    def _parameter_example(self, row: Row, location: str) -> str | None:
        if row.example is not None:
            return row.example
        example = self.document.request_example
        if example is None:
            return None
        if location == "query":
            return dict(example.query).get(row.name)
        if location == "header":
            return dict(example.headers).get(row.name)
        return None

    def _example_body(self) -> dict[str, Any]:
        example = self.document.request_example
        body = example.body if example is not None else None
        return body if isinstance(body, dict) else {}

    def _json_body_without_rows(self) -> bool:
        """The document asks for a JSON body (its Content-Type row) and names none of its fields:
        its copy stops before them, or the page has none. The draft's body is then an object
        without fields, for review."""
        declared = any(
            row.location == "header" and row.name.lower() == "content-type"
            for row in self.document.request
        )
        if declared and not any(row.location == "body" for row in self.document.request):
            self.draft.review.append(
                "requestBody: the document asks for a JSON body (Content-Type) and names none of "
                f"its fields (its text ends at {self.document.ends_at!r}): write them from the "
                "other sources, named in spec/sources/README.md"
            )
            return True
        return False

    def _request_body(self, rows: list[Row]) -> CommentedMap:
        name = f"{pascal(self.draft.operation_id)}Request"
        body = self._example_body()
        schema = self.object_schema(rows, name, body or None, "the request")
        media = CommentedMap(schema=self.component_ref(schema, None))
        if body:
            media["examples"] = CommentedMap(
                document=CommentedMap(summary="The document's example", value=body)
            )
        return CommentedMap(required=True, content=CommentedMap({"application/json": media}))

    def _idempotency(self, rows: list[Row]) -> None:
        keys = [
            row.name
            for row in rows
            if row.required
            and row.name.endswith("_no")
            and _UNIQUE.search(" ".join(row.description))
        ]
        if not keys:
            return
        operation = self.draft.operation
        operation["x-idempotency-key"] = keys[0]
        conflicts = [
            error
            for error in self.document.errors
            if _CONFLICT.search(error.description + error.solution)
        ]
        if conflicts:
            operation["x-idempotency-conflict"] = self._example_name(conflicts[0])
            self.draft.review.append(
                f"x-idempotency-key {keys[0]!r} (the document says the caller keeps it unique) "
                f"and x-idempotency-conflict {operation['x-idempotency-conflict']!r} (its error "
                "about a repeated request): confirm both"
            )
            return
        family = self._family_conflict()
        if family is None:
            self.draft.review.append(
                f"x-idempotency-key {keys[0]!r}: the document lists no error for a reused "
                "request number; name the one the spec answers in x-idempotency-conflict"
            )
            return
        name, status, response, users = family
        operation["x-idempotency-conflict"] = name
        self.conflict_response = (status, response)
        self.draft.review.append(
            f"x-idempotency-conflict {name!r}: the document lists no error for a reused "
            f"{keys[0]!r}; the draft takes the one the family's other idempotent operations "
            f"answer ({', '.join(users)}), with their {status} response "
            f"{ref_name(response) or ''}: confirm it, and add this operation to the erratum that "
            "records the family's choice (spec/ERRATA.md)"
        )

    def _family_conflict(self) -> tuple[str, str, Any, list[str]] | None:
        """The conflict answer the other idempotent operations of the draft's tag agree on:
        (example name, status, the response holding it, the operations), the most used."""
        found: dict[tuple[str, str], list[tuple[str, Any]]] = {}
        for other in self.reader.operations():
            name = other.raw.get("x-idempotency-conflict")
            if not name or self.draft.tag not in (other.raw.get("tags") or []):
                continue
            for status, node in other.raw.get("responses", {}).items():
                media = self.reader.mapping(node).get("content", {}).get("application/json", {})
                if name in media.get("examples", {}):
                    found.setdefault((str(name), str(status)), []).append(
                        (other.operation_id, node)
                    )
        if not found:
            return None
        (name, status), users = max(found.items(), key=lambda item: len(item[1]))
        # The response most of them share, the nearest operation's when it is one of them.
        names = [ref_name(node) for _, node in users]
        nearest = ref_name(
            (self.sibling.raw.get("responses", {}) if self.sibling else {}).get(status)
        )
        response = next(
            (node for _, node in users if nearest and ref_name(node) == nearest),
            max(users, key=lambda user: names.count(ref_name(user[1])))[1],
        )
        return name, status, response, [operation_id for operation_id, _ in users]

    def _pagination(self, parameters: CommentedSeq) -> None:
        """`x-pagination` of a list: by page index (`offset`, `limit` in the query and
        `total_count` in the answer) or by token (a query parameter `X` the answer names the
        next value of as `next_X`: `page_token`, `next_page_token`). The page sizes are the size
        parameter's documented default and maximum; what the document does not state is left
        out, or taken from its request example, and marked for review."""
        resolved = [self.reader.mapping(p) for p in parameters]
        query = {p["name"]: p for p in resolved if p["in"] == "query"}
        arrays = [row.name for row in self.document.response if row.json_type == "array"]
        fields = {row.name for row in self.document.response}
        tokens = [name for name in query if f"next_{name}" in fields]
        paging = CommentedMap()
        if {"offset", "limit"} <= set(query) and "total_count" in fields and arrays:
            paging["style"] = "page-index"
            paging["offset-param"] = "offset"
            paging["limit-param"] = "limit"
            paging["items"] = arrays[0]
            paging["total"] = "total_count"
            self._page_sizes(paging, query["limit"], "default-limit", None)
        elif tokens and arrays:
            sizes = [name for name in query if name.endswith("size")]
            if not sizes:
                self.draft.review.append(
                    f"x-pagination: the list pages by {tokens[0]!r} (the answer's "
                    f"'next_{tokens[0]}') and names no page-size parameter: write its "
                    "x-pagination (style page-token) by hand"
                )
                return
            paging["style"] = "page-token"
            paging["token-param"] = tokens[0]
            paging["size-param"] = sizes[0]
            paging["next-token"] = f"next_{tokens[0]}"
            paging["items"] = arrays[0]
            if "total_count" in fields:
                paging["total"] = "total_count"
            self._page_sizes(paging, query[sizes[0]], "default-size", "max-size")
        else:
            return
        self.draft.operation["x-pagination"] = paging

    def _page_sizes(
        self, paging: CommentedMap, size: dict[str, Any], default: str, largest: str | None
    ) -> None:
        """The default and largest page size the size parameter's row states; the document's
        example page size for a default it does not state, for review."""
        schema = self.reader.mapping(size.get("schema", {}))
        unstated: list[str] = []
        if isinstance(schema.get("default"), int):
            paging[default] = schema["default"]
        elif isinstance(size.get("example"), int):
            paging[default] = size["example"]
            unstated.append(
                f"{default} {paging[default]} is the document's example page size, not a "
                "documented default: confirm it"
            )
        else:
            unstated.append(
                f"{default}: the document states no default page size for {size['name']!r}: "
                "write the one a source states"
            )
        if largest is not None:
            if isinstance(schema.get("maximum"), int):
                paging[largest] = schema["maximum"]
            else:
                unstated.append(
                    f"{largest}: the document states no largest page size for {size['name']!r} "
                    "(none the reader reads): add it if a source states one"
                )
        if unstated:
            self.draft.review.append("x-pagination: " + "; ".join(unstated))

    # --- schemas ---------------------------------------------------------------------------------

    def schema(self, row: Row, parent: str, example: Any) -> CommentedMap:
        """The schema a row states (nested objects as component schemas)."""
        json_type = row.json_type
        node = CommentedMap()
        if json_type == "object":
            name = parent + pascal(row.name)
            return self.component_ref(
                self.object_schema(row.children, name, example, f"the field {row.name}", row),
                row,
            )
        node["type"] = json_type
        if json_type == "integer":
            node["format"] = _FORMATS.get(row.type, "int64")
        if json_type == "string" and re.search(r"rfc\s*3339", " ".join(row.description), re.I):
            node["format"] = "date-time"
        for keyword in ("maxLength", "minLength", "minimum", "maximum", "minItems", "maxItems"):
            if keyword in row.constraints:
                node[keyword] = int(row.constraints[keyword])
        if "pattern" in row.constraints:
            node["pattern"] = row.constraints["pattern"]
        if "default" in row.constraints:
            node["default"] = typed(row.constraints["default"], row)
        values = [value for value, _ in row.enum]
        if values and json_type != "boolean":
            node["enum"] = flow_seq(values)
        if json_type == "array":
            node["items"] = self._items(row, parent, example)
        node["description"] = describe(row)
        if row.example is not None and json_type not in ("array", "object"):
            node["examples"] = flow_seq([typed(row.example, row)])
        return node

    def _items(self, row: Row, parent: str, example: Any) -> CommentedMap:
        first = example[0] if isinstance(example, list) and example else None
        name = parent + pascal(singular(row.name))
        if row.children or isinstance(first, dict):
            items = self.object_schema(row.children, name, first, f"the items of {row.name}")
            return self.component_ref(items, row)
        items = CommentedMap()
        if first is not None:
            items["type"] = json_type_of(first)
        for keyword in ("minLength", "maxLength"):
            if f"items.{keyword}" in row.constraints:
                items[keyword] = int(row.constraints[f"items.{keyword}"])
        if not items:
            self.draft.review.append(f"{row.name}: the document does not say what its items are")
        items.fa.set_flow_style()
        return items

    def object_schema(
        self, rows: list[Row], name: str, example: Any, what: str, row: Row | None = None
    ) -> CommentedMap:
        """An object schema from the rows the document names and, where it names none of an
        object's fields, from its example (those fields marked for review)."""
        node = CommentedMap()
        node["type"] = "object"
        node["description"] = describe(row) if row else f"{self.document.title} ({what})."
        required = [child.name for child in rows if child.required]
        if required:
            node["required"] = flow_seq(required)
        properties = CommentedMap()
        values = example if isinstance(example, dict) else {}
        for child in rows:
            properties[child.name] = self.schema(child, name, values.get(child.name))
        guessed = [key for key in values if key not in properties]
        for key in guessed:
            properties[key] = self.example_schema(key, values[key], name)
        if guessed:
            node["_notes"] = [
                f"{name}: {guessed} are known only from the document's example (no table row): "
                "describe them, and check their types and required-ness"
            ]
        if properties:
            node["properties"] = properties
        elif row is not None:
            node["_notes"] = [f"{name}: the document names none of its fields"]
        node["_name"] = name
        return node

    def example_schema(self, key: str, value: Any, parent: str) -> CommentedMap:
        if isinstance(value, dict):
            schema = self.object_schema([], parent + pascal(key), value, f"the field {key}")
            return self.component_ref(schema, None)
        if isinstance(value, list):
            node = CommentedMap(type="array")
            first = value[0] if value else None
            if isinstance(first, dict):
                schema = self.object_schema(
                    [], parent + pascal(singular(key)), first, f"the items of {key}"
                )
                node["items"] = self.component_ref(schema, None)
            else:
                node["items"] = flow(type=json_type_of(first)) if first is not None else flow()
            return node
        node = flow(type=json_type_of(value))
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+[+-Z][\d:]*", value):
            node["format"] = "date-time"
        return node

    def component_ref(self, schema: CommentedMap, row: Row | None) -> CommentedMap:
        """A $ref to an existing component with exactly these fields, else to a new one."""
        name = schema.pop("_name")
        notes = schema.pop("_notes", [])
        fields = set(schema.get("properties", {}))
        if fields:
            for existing, candidate in self.spec.get("components", {}).get("schemas", {}).items():
                if set(candidate.get("properties", {})) == fields and agrees(
                    self.reader, schema, candidate
                ):
                    note = f"{name}: reuses the component {existing} (the same fields)"
                    self.schema_notes.append((name, existing, note))
                    return flow(**{"$ref": f"#/components/schemas/{existing}"})
        while name in self.draft.schemas or name in self.spec.get("components", {}).get(
            "schemas", {}
        ):
            name += "Draft"
        self.draft.schemas[name] = schema
        self.schema_notes += [(name, name, note) for note in notes]
        return flow(**{"$ref": f"#/components/schemas/{name}"})

    # --- responses -------------------------------------------------------------------------------

    def _responses(self) -> CommentedMap:
        responses = CommentedMap()
        responses["200"] = self._success()
        by_status: dict[str, list[ErrorRow]] = {}
        for error in self.document.errors:
            by_status.setdefault(error.status, []).append(error)
        sibling = self.sibling.raw.get("responses", {}) if self.sibling else {}
        statuses = sorted(set(by_status) | set(STANDARD_STATUSES))
        for status in statuses:
            rows = by_status.get(status, [])
            if rows:
                responses[status] = self._error_response(status, rows, sibling.get(status))
            else:
                shared = sibling.get(status) or self._shared_response(status)
                if self.conflict_response is not None and self.conflict_response[0] == status:
                    shared = self.conflict_response[1]
                if shared is None:
                    continue
                responses[status] = copy.deepcopy(shared)
                self.draft.review.append(
                    f"{status}: the document lists no error under it; the draft reuses "
                    f"{ref_name(shared) or 'the family one'}: say where it comes from"
                )
        return responses

    def _shared_response(self, status: str) -> Any:
        """The component response that operations of several tags share at a status (the
        APIv3 public codes: SignError, SystemError), if any."""
        users: dict[str, set[str]] = {}
        for operation in self.reader.operations():
            node = operation.raw.get("responses", {}).get(status)
            name = ref_name(node)
            if name:
                users.setdefault(name, set()).add(str((operation.raw.get("tags") or [""])[0]))
        shared = sorted((len(tags), name) for name, tags in users.items())
        if not shared or (shared[-1][0] < 2 and status not in PUBLIC_STATUSES):
            return None
        return flow(**{"$ref": f"#/components/responses/{shared[-1][1]}"})

    def _success(self) -> CommentedMap:
        response = CommentedMap()
        response["description"] = f"{self.document.title}。"
        response["headers"] = self._headers("200")
        example = self.document.response_example
        schema = self.object_schema(
            self.document.response, f"{pascal(self.draft.operation_id)}Response", example, "200"
        )
        if schema.get("properties") or self.document.cut_before_response:
            if not schema.get("properties"):
                self.draft.review.append(
                    "200: the document's text ends before its response table (at "
                    f"{self.document.ends_at!r}): the answer is JSON (its Accept row); write its "
                    "fields from the other sources, named in spec/sources/README.md"
                )
            media = CommentedMap(schema=self.component_ref(schema, None))
            if example is not None:
                value = self._fitting_example(example)
                media["examples"] = CommentedMap(
                    document=CommentedMap(summary="The document's example", value=value)
                )
            response["content"] = CommentedMap({"application/json": media})
        else:
            schema.pop("_name")
        if self.method == "get":
            links = self._self_link()
            if links:
                response["links"] = links
        return response

    def _fitting_example(self, example: Any) -> Any:
        """The document's response example with the values its own table types otherwise
        (`"false"` for a bool) corrected, each correction named for an erratum."""
        rows = {row.name: row for row in self.document.response}

        def fix(value: Any, row: Row | None, where: str) -> Any:
            if row is None:
                return value
            if isinstance(value, dict):
                children = {child.name: child for child in row.children}
                return {k: fix(v, children.get(k), f"{where}.{k}") for k, v in value.items()}
            if isinstance(value, list):
                children = {child.name: child for child in row.children}
                return [
                    {k: fix(v, children.get(k), f"{where}[].{k}") for k, v in item.items()}
                    if isinstance(item, dict)
                    else item
                    for item in value
                ]
            wanted = row.json_type
            fixed = typed(value, row) if isinstance(value, str) else value
            if value is None and wanted in ("boolean", "integer", "number", "string"):
                self._not_carried(
                    f"{self.document.number} example response {where}",
                    f"the document's example has null where its table says {row.type}: "
                    "the draft leaves the field out of the example",
                )
                return _DROP
            if fixed != value:
                self._not_carried(
                    f"{self.document.number} example response {where}",
                    f"the document's example has {json.dumps(value, ensure_ascii=False)} "
                    f"where its table says {row.type}: drafted as {json.dumps(fixed)}",
                )
            return fixed

        fixed = (
            {k: fix(v, rows.get(k), k) for k, v in example.items()}
            if isinstance(example, dict)
            else example
        )
        return _without_drops(fixed)

    def _headers(self, status: str) -> CommentedMap:
        if self.sibling is not None:
            success = self.reader.response(self.sibling, "200") or {}
            if "headers" in success and status == "200":
                headers: CommentedMap = copy.deepcopy(success["headers"])
                return headers
        declared = self.spec.get("components", {}).get("headers", {})
        headers = CommentedMap()
        for name in SIGNATURE_HEADERS:
            if name in declared:
                headers[name] = flow(**{"$ref": f"#/components/headers/{name}"})
        return headers

    def _self_link(self) -> CommentedMap:
        parameters = CommentedMap()
        response_paths = dict(_leaf_paths(self.document.response_example))
        for parameter in map(self.reader.mapping, self.draft.operation.get("parameters", [])):
            name, location = parameter["name"], parameter["in"]
            if name in response_paths:
                parameters[name] = f"$response.body#{response_paths[name]}"
            else:
                parameters[name] = f"$request.{location}.{name}"
        if not parameters:
            return CommentedMap()
        link = CommentedMap()
        link["operationId"] = self.draft.operation_id
        link["description"] = "Read it again (the mock finds an entity's parameters through this)."
        link["parameters"] = parameters
        return CommentedMap({f"{self.draft.operation_id}Again": link})

    def _error_response(self, status: str, rows: list[ErrorRow], sibling: Any) -> CommentedMap:
        candidates: list[str] = []
        if sibling is not None and ref_name(sibling):
            candidates.append(str(ref_name(sibling)))
        shared = self.spec.get("components", {}).get("responses", {})
        candidates += [name for name in shared if name not in candidates]
        for name in candidates:
            if covers(self.reader, shared[name], rows):
                return flow(**{"$ref": f"#/components/responses/{name}"})
        name = f"{pascal(self.draft.operation_id)}{STATUS_NAMES.get(status, status)}"
        headers = self._headers(status)
        if status == "429" and "Retry-After" in self.spec.get("components", {}).get("headers", {}):
            headers["Retry-After"] = flow(**{"$ref": "#/components/headers/Retry-After"})
        examples = CommentedMap()
        for row in rows:
            example = CommentedMap()
            example["summary"] = f"{row.code} {row.description}"
            example["description"] = f"解决方案：{row.solution}"
            example["value"] = flow(code=row.code, message=row.description)
            examples[self._example_name(row, examples)] = example
        response = CommentedMap()
        response["description"] = f"{rows[0].description}。(drafted: describe the status)"
        response["headers"] = headers
        error_schema = _error_schema_ref(self.spec)
        response["content"] = CommentedMap(
            {"application/json": CommentedMap(schema=error_schema, examples=examples)}
        )
        self.draft.responses[name] = response
        self.draft.review.append(
            f"{status}: no shared response has every row the document lists, so the draft "
            f"writes {name}; name it, or move its rows to the family's response"
        )
        return flow(**{"$ref": f"#/components/responses/{name}"})

    def _example_name(self, row: ErrorRow, taken: Iterable[str] = ()) -> str:
        """The name the spec already gives this code and message, else the code (numbered)."""
        for operation in self.reader.operations():
            for example in self.reader.error_examples(operation):
                if example.code == row.code and normalize(example.message) == normalize(
                    row.description
                ):
                    return example.name
        name, number = row.code, 2
        while name in set(taken):
            name, number = f"{row.code}_{number}", number + 1
        return name

    def _not_carried(self, fact: str, why: str) -> None:
        line = f"`{fact}`: {why}"
        if line not in self.draft.not_carried:
            self.draft.not_carried.append(line)


STATUS_NAMES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "429": "TooManyRequests",
    "500": "ServerError",
}
_DROP = object()


def _without_drops(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_drops(v) for k, v in value.items() if v is not _DROP}
    if isinstance(value, list):
        return [_without_drops(v) for v in value if v is not _DROP]
    return value


def _error_schema_ref(spec: CommentedMap) -> CommentedMap:
    for response in spec.get("components", {}).get("responses", {}).values():
        media = response.get("content", {}).get("application/json", {})
        if "schema" in media:
            schema: CommentedMap = copy.deepcopy(media["schema"])
            return schema
    return flow(**{"$ref": "#/components/schemas/Error"})


def _sentence(line: str) -> str:
    return line if line.endswith(tuple("。！？；.!?;")) else line + "。"


def _schema_refs(node: Any) -> Iterator[str]:
    """The component schemas a node refers to, directly."""
    if isinstance(node, dict):
        name = ref_name(node)
        if name and str(node["$ref"]).startswith("#/components/schemas/"):
            yield name
        for value in node.values():
            yield from _schema_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _schema_refs(item)


def _leaf_paths(value: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(key, JSON pointer) of every key of an example, shallowest first, lists at item 0."""
    if isinstance(value, dict):
        for key in value:
            yield str(key), f"{pointer}/{key}"
        for key, item in value.items():
            yield from _leaf_paths(item, f"{pointer}/{key}")
    elif isinstance(value, list) and value:
        yield from _leaf_paths(value[0], f"{pointer}/0")


def covers(reader: OpenAPI, response: Any, rows: list[ErrorRow]) -> bool:
    """Whether a response has, for every row, an example of its code and message whose
    description holds its solution (what `make check-sources` asks of each row)."""
    resolved = reader.mapping(response)
    examples = [
        reader.mapping(example)
        for example in resolved.get("content", {})
        .get("application/json", {})
        .get("examples", {})
        .values()
    ]
    for row in rows:
        wanted = normalize(row.description)
        if not any(
            isinstance(example.get("value"), dict)
            and example["value"].get("code") == row.code
            and wanted
            in (
                normalize(str(example["value"].get("message", ""))),
                normalize(str(example.get("summary", "")).removeprefix(row.code)),
            )
            and normalize(row.solution) in normalize(str(example.get("description", "")))
            for example in examples
        ):
            return False
    return True


def agrees(reader: OpenAPI, drafted: CommentedMap, existing: Any) -> bool:
    """Whether an existing component states each drafted property's type and bounds."""
    theirs = reader.mapping(existing).get("properties", {})
    for name, mine in drafted.get("properties", {}).items():
        if "$ref" not in mine and not agrees_with(reader, mine, theirs.get(name, {})):
            return False
    return set(reader.mapping(existing).get("required", [])) <= set(drafted.get("required", []))


def agrees_with(reader: OpenAPI, drafted: Any, existing: Any) -> bool:
    """Whether an existing schema states the drafted one's type, bounds and enum values."""
    theirs = reader.mapping(existing)
    if drafted.get("type") != theirs.get("type", drafted.get("type")):
        return False
    for keyword in ("maxLength", "minLength", "minimum", "maximum", "pattern", "default"):
        if keyword in drafted and drafted[keyword] != theirs.get(keyword):
            return False
    return "enum" not in drafted or set(drafted["enum"]) <= set(theirs.get("enum", []))


def describe(row: Row) -> str:
    """A row's Chinese description: its label, its text, its enum values with their meaning."""
    label = f"{row.label}。" if row.label and not row.label.endswith("。") else row.label
    text = " ".join(line for line in row.description if line)
    if row.enum:
        text += " " + "; ".join(f"{value} {meaning}".strip() for value, meaning in row.enum)
    return (label + text.strip()).strip() or row.name


def typed(text: Any, row: Row) -> Any:
    """A document's example text as the JSON value its row's type means."""
    if not isinstance(text, str):
        return text
    kind = DOCUMENT_TYPES.get(row.type, "string")
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return float(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def json_type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"


def flow_seq(items: Iterable[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


# --- writing a draft into the spec ---------------------------------------------------------------


def insert(spec: CommentedMap, draft: Draft) -> None:
    """Puts a drafted operation into the spec: after its family's last path, its components at
    the end of theirs."""
    paths = spec["paths"]
    if draft.path in paths and draft.method in paths[draft.path]:
        raise ValueError(f"the spec has {draft.method.upper()} {draft.path} already")
    if draft.path in paths:
        paths[draft.path][draft.method] = draft.operation
    else:
        keys = list(paths)
        prefix = "/".join(draft.path.split("/")[:4])
        family = [index for index, key in enumerate(keys) if key.startswith(prefix)]
        position = family[-1] + 1 if family else len(keys)
        paths.insert(position, draft.path, CommentedMap({draft.method: draft.operation}))
    components = spec.setdefault("components", CommentedMap())
    for kind, added in (("responses", draft.responses), ("schemas", draft.schemas)):
        target = components.setdefault(kind, CommentedMap())
        for name, node in added.items():
            target[name] = node
    if draft.tag_entry is not None:
        spec.setdefault("tags", CommentedSeq()).append(draft.tag_entry)


def list_in_info(spec: CommentedMap, document: Document, draft: Draft) -> None:
    """The drafted operation's row in `info.description`'s table of operations, after the row
    of the operation before it in the spec."""
    info = spec.get("info", {})
    if "description" not in info:
        return
    names = [operation.operation_id for operation in OpenAPI(spec).operations()]
    index = names.index(draft.operation_id)
    before = names[index - 1] if index else None
    (entry,) = entries([document], spec)
    info["description"] = LiteralScalarString(
        with_spec_row(str(info["description"]), draft.operation_id, entry.document, before)
    )


def draft_into(document: Document, spec: CommentedMap) -> Draft:
    draft = Drafter(document, spec).run()
    insert(spec, draft)
    list_in_info(spec, document, draft)
    return draft


# --- an operation the spec has: the document's new facts as a diff -------------------------------


@dataclass
class Update:
    """What re-drafting an existing operation found: the edits (as a diff) and the rest."""

    diff: str
    applied: list[str]
    to_decide: list[str]


def update(document: Document, spec_path: Path, errata: Path, readme: Path) -> Update:
    """The facts the document states that the spec lacks, as edits to a copy of the spec."""
    spec = load(spec_path)
    original = spec_path.read_text(encoding="utf-8")
    result = rate([document], copy.deepcopy(spec), errata, readme)
    missing = [verdict.fact for verdict in result.missing]
    scratch = copy.deepcopy(spec)
    operation = scratch["paths"][document.url_path][(document.method or "").lower()]
    del scratch["paths"][document.url_path][(document.method or "").lower()]
    drafted = Drafter(document, scratch).run()
    editor = _Editor(spec, document, drafted)
    applied, to_decide = [], []
    for fact in missing:
        if editor.apply(fact, operation):
            applied.append(fact.id)
        else:
            to_decide.append(fact.id)
    text = dump(spec)
    relative = spec_path.name if not spec_path.is_absolute() else _repo_relative(spec_path)
    diff = "".join(
        difflib.unified_diff(
            original.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"a/{relative}",
            tofile=f"b/{relative}",
        )
    )
    return Update(diff, applied, to_decide)


def _repo_relative(path: Path) -> str:
    for parent in path.parents:
        if (parent / ".git").exists():
            return path.relative_to(parent).as_posix()
    return path.name


class _Editor:
    """Applies one missing fact to the spec at the place the check looks, if it is a plain fact
    (a bound, an enum value, a required flag, a new parameter, field or error)."""

    def __init__(self, spec: CommentedMap, document: Document, drafted: Draft) -> None:
        self.spec = spec
        self.check = Spec(spec)
        self.document = document
        self.drafted = drafted

    def apply(self, fact: Fact, raw_operation: Any) -> bool:
        reader = self.check.reader
        operation = reader.operation(self.document.method or "", self.document.url_path or "")
        if operation is None:
            return False
        if fact.kind == "error":
            return self._error(fact, operation)
        if fact.kind not in ("param", "field"):
            return False
        if fact.kind == "param":
            target = self.check._request_target(
                fact.subject, getattr(fact.detail, "location", None), operation
            )
        else:
            schema = reader.response_schema(operation)
            target = self.check.walk(schema, fact.subject, "200") if schema else None
        row: Row = fact.detail
        if target is None:
            return self._add(fact, operation, row) if fact.attribute == "" else False
        schema = target.schema
        attribute = fact.attribute
        if attribute.startswith("enum "):
            values = schema.get("enum")
            if values is None and "items" in schema:
                values = reader.mapping(schema["items"]).get("enum")
            if values is None:
                return False
            values.append(attribute.removeprefix("enum "))
            return True
        if attribute in ("maxLength", "minLength", "minimum", "maximum", "minItems", "maxItems"):
            schema[attribute] = int(fact.documented)
            return True
        if attribute == "pattern":
            schema["pattern"] = fact.documented
            return True
        if attribute == "default":
            schema["default"] = typed(fact.documented, row)
            return True
        if attribute == "required" and fact.kind == "field":
            return self._required(fact, operation, fact.documented == "true")
        return False

    def _required(self, fact: Fact, operation: Any, required: bool) -> bool:
        parent_path, _, name = fact.subject.rpartition(".")
        schema = self.check.reader.response_schema(operation)
        parent = self.check.walk(schema, parent_path, "200") if parent_path else None
        node = parent.schema if parent else self.check.resolve(schema)
        listed = node.setdefault("required", flow_seq([]))
        if required and name not in listed:
            listed.append(name)
        elif not required and name in listed:
            listed.remove(name)
        return True

    def _add(self, fact: Fact, operation: Any, row: Row) -> bool:
        """A parameter or field the spec lacks: the drafted one, at its place."""
        drafted = self.drafted.operation
        if fact.kind == "param":
            for parameter in drafted.get("parameters", []):
                if self.check.reader.mapping(parameter)["name"] == row.name:
                    operation.raw.setdefault("parameters", CommentedSeq()).append(parameter)
                    return True
            body = self.check.reader.body_schema(operation)
            drafted_body = drafted.get("requestBody", {}).get("content", {})
            source = drafted_body.get("application/json", {}).get("schema")
            return self._add_property(fact.subject, body, source)
        source = drafted["responses"]["200"].get("content", {}).get("application/json", {})
        return self._add_property(
            fact.subject, self.check.reader.response_schema(operation), source.get("schema")
        )

    def _add_property(self, subject: str, schema: Any, drafted_schema: Any) -> bool:
        if schema is None or drafted_schema is None:
            return False
        parent_path, _, name = subject.rpartition(".")
        parent = self.check.walk(schema, parent_path, "") if parent_path else None
        node = parent.schema if parent else self.check.resolve(schema)
        drafted_reader = OpenAPI(self._drafted_spec())
        drafted_parent = (
            _walk(drafted_reader, drafted_schema, parent_path)
            if parent_path
            else drafted_reader.mapping(drafted_schema)
        )
        if drafted_parent is None or name not in drafted_parent.get("properties", {}):
            return False
        node.setdefault("properties", CommentedMap())[name] = drafted_parent["properties"][name]
        if name in drafted_parent.get("required", []):
            node.setdefault("required", flow_seq([])).append(name)
        return True

    def _drafted_spec(self) -> CommentedMap:
        spec = copy.deepcopy(self.spec)
        spec["components"]["schemas"].update(self.drafted.schemas)
        return spec

    def _error(self, fact: Fact, operation: Any) -> bool:
        row: ErrorRow = fact.detail
        response_node = operation.raw.get("responses", {}).get(row.status)
        if response_node is None:
            return False
        response = self.check.reader.mapping(response_node)
        examples = response.get("content", {}).get("application/json", {}).get("examples")
        if examples is None:
            return False
        if fact.attribute == "solution":
            for example in examples.values():
                value = example.get("value", {})
                if value.get("code") == row.code and normalize(
                    str(value.get("message", ""))
                ) == normalize(row.description):
                    example["description"] = (
                        f"{example.get('description', '')} 解决方案：{row.solution}".strip()
                    )
                    return True
            return False
        name, number = row.code, 2
        while name in examples:
            name, number = f"{row.code}_{number}", number + 1
        example = CommentedMap()
        example["summary"] = f"{row.code} {row.description}"
        example["description"] = f"解决方案：{row.solution}"
        example["value"] = flow(code=row.code, message=row.description)
        examples[name] = example
        return True


def _walk(reader: OpenAPI, schema: Any, path: str) -> dict[str, Any] | None:
    node = reader.mapping(schema)
    for segment in re.findall(r"\[\]|[^.\[\]]+", path):
        if segment == "[]":
            node = reader.mapping(node.get("items"))
            continue
        if segment not in node.get("properties", {}):
            return None
        node = reader.mapping(node["properties"][segment])
    return node

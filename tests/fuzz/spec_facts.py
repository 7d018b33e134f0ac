"""What the fuzz harness reads from the spec, rather than from a list of names.

* Which operations need a fresh mock before each case: those with ``x-idempotency-key``.
* Which links the stateful phase must follow to a 2xx: every link the document declares, plus
  the links schemathesis infers when (and only when) the document asks for inference.
* Whether schemathesis may infer links at all: ``x-fuzz-infer-links`` at the top of the
  document, a list of schemathesis's inference algorithms (``dependency-analysis``,
  ``location-headers``). Absent or empty, none: an inferred link joins operations that nobody
  said belong together, and it fails the run when it cannot be followed.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schemathesis.config import InferenceAlgorithm
from schemathesis.core.result import Ok

from wechatpay_mock.spec_reader import OpenAPI

IDEMPOTENCY_KEY = "x-idempotency-key"
INFER_LINKS = "x-fuzz-infer-links"
# schemathesis marks the links it injects into the document with this extension.
SCHEMATHESIS_LINK = "x-schemathesis"
ALGORITHMS = tuple(algorithm.value for algorithm in InferenceAlgorithm)


class SpecFactError(ValueError):
    """The spec says something the harness cannot act on; the message says where and what."""


def inference_algorithms(document: Mapping[str, Any]) -> list[str]:
    """The link inference algorithms the document asks for with ``x-fuzz-infer-links``."""
    asked = document.get(INFER_LINKS, [])
    if not isinstance(asked, list) or not all(isinstance(name, str) for name in asked):
        raise SpecFactError(
            f"{INFER_LINKS} must be a list of algorithm names ({', '.join(ALGORITHMS)}), "
            f"not {asked!r}"
        )
    unknown = [name for name in asked if name not in ALGORITHMS]
    if unknown:
        raise SpecFactError(
            f"{INFER_LINKS} names {', '.join(map(repr, unknown))}, which schemathesis does not "
            f"infer links with: use {' or '.join(ALGORITHMS)}, or remove {INFER_LINKS} to "
            "follow only the declared links"
        )
    return asked


def is_idempotent(definition: Mapping[str, Any]) -> bool:
    """Whether an operation (its raw definition) names an idempotency key, so that the mock
    must be back at its seed before each of its cases: otherwise the keys and entities that
    earlier cases used refuse every later valid request."""
    return bool(definition.get(IDEMPOTENCY_KEY))


@dataclass(frozen=True)
class OperationFacts:
    """What a diagnosis of an operation's answers needs to know about it."""

    operation_id: str
    changes_state: bool
    idempotency_key: str | None
    # The WeChat code that answers a reused idempotency key with another request.
    idempotency_conflict: str | None
    # The path and query parameters: what names the entity it reads or changes.
    identifiers: tuple[str, ...] = ()
    # The operations whose answers link to it (what makes the state it needs).
    linked_from: tuple[str, ...] = ()


def operations(document: dict[str, Any]) -> dict[str, OperationFacts]:
    """Every operation of the document, by schemathesis's label (``POST /path``)."""
    api = OpenAPI(document)
    found = {}
    for operation in api.operations():
        idempotency = api.idempotency(operation)
        conflict = None
        if idempotency is not None:
            examples = api.error_examples(operation)
            conflict = next(e.code for e in examples if e.name == idempotency.conflict)
        found[f"{operation.method.upper()} {operation.path}"] = OperationFacts(
            operation_id=operation.operation_id,
            changes_state=operation.method not in ("get", "head"),
            idempotency_key=idempotency.key if idempotency else None,
            idempotency_conflict=conflict,
            identifiers=tuple(
                str(parameter["name"])
                for parameter in api.parameters(operation)
                if parameter.get("in") in ("path", "query")
            ),
            linked_from=tuple(
                dict.fromkeys(
                    link.source
                    for link in links(document)
                    if link.target == operation.operation_id and link.source != link.target
                )
            ),
        )
    return found


@dataclass(frozen=True)
class Link:
    """One OpenAPI link: from ``source``'s ``status`` answer to ``target`` (operationIds)."""

    source: str
    status: str
    name: str
    target: str
    source_label: str
    target_label: str
    inferred: bool

    @property
    def transition_id(self) -> str:
        """How schemathesis names the link in its state machine."""
        return f"{self.source_label} -> [{self.status}] {self.name} -> {self.target_label}"

    def __str__(self) -> str:
        kind = "inferred link" if self.inferred else "link"
        return f"{kind} {self.name}: {self.source} ({self.status}) -> {self.target}"


def links(document: dict[str, Any]) -> tuple[Link, ...]:
    """Every link of the document, declared or (after schemathesis loaded it) inferred."""
    api = OpenAPI(document)
    by_id = api.by_id()
    found = []
    for operation in api.operations():
        for status, response in operation.raw.get("responses", {}).items():
            for name, link in api.mapping(response).get("links", {}).items():
                link = api.mapping(link)
                if "operationId" in link:
                    target = by_id.get(link["operationId"])
                else:
                    path, method = _place(link.get("operationRef", ""))
                    target = api.operation(method, path)
                if target is None:
                    raise SpecFactError(
                        f"{operation.label}: link {name!r} names no operation of the spec "
                        f"({link.get('operationId') or link.get('operationRef')!r})"
                    )
                found.append(
                    Link(
                        source=operation.operation_id,
                        status=str(status),
                        name=name,
                        target=target.operation_id,
                        source_label=f"{operation.method.upper()} {operation.path}",
                        target_label=f"{target.method.upper()} {target.path}",
                        inferred=bool(link.get(SCHEMATHESIS_LINK, {}).get("is_inferred")),
                    )
                )
    return tuple(found)


def leading_to(links: list[Link], every: list[Link]) -> list[str]:
    """The operations a scenario needs to follow ``links``: their targets, their sources, and
    every operation from which a chain of links reaches a source (in the order first met walking
    back). A stateful round over only these starts scenarios where the links' chains start, and
    takes no step that cannot lead to them."""
    found: list[str] = []
    for link in links:
        for name in (link.target, link.source):
            if name not in found:
                found.append(name)
    frontier = [link.source for link in links]
    while frontier:
        target = frontier.pop(0)
        for earlier in every:
            if earlier.target == target and earlier.source not in found:
                found.append(earlier.source)
                frontier.append(earlier.source)
    return found


def selected_links(schema: Any) -> list[Link]:
    """The links of a loaded schema (inferred ones included) between the operations it
    selects (``st run --include-…`` leaves the others out)."""
    operations = schema.get_all_operations()
    selected = {result.ok().label for result in operations if isinstance(result, Ok)}
    return [
        link
        for link in links(schema.raw_schema)
        if link.source_label in selected and link.target_label in selected
    ]


def _place(reference: str) -> tuple[str, str]:
    """``#/paths/~1a~1{b}/get`` -> ("/a/{b}", "get")."""
    _, _, pointer = reference.partition("#/paths/")
    path, _, method = pointer.rpartition("/")
    return path.replace("~1", "/").replace("~0", "~"), method

"""What a bound operation receives (``Context``) and returns (``Answer``)."""

import datetime
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .settings import Caller, MockSettings
from .spec import ErrorExample, Operation
from .store import Entity, Store
from .validation import ValidRequest

# A view shows an entity as it reads now (e.g. a coupon past its expiry reads EXPIRED).
ViewFunction = Callable[[Mapping[str, Any], datetime.datetime], Mapping[str, Any]]


@dataclass(frozen=True)
class Answer:
    """A status, a JSON body and any extra headers (``Allow``, ``Retry-After``); the app signs
    and sends it."""

    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)


def error_answer(
    example: ErrorExample,
    detail: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Answer:
    """WeChat's error body for a named example of the spec: its status, code and message."""
    body: dict[str, Any] = {"code": example.code, "message": example.message}
    if detail:
        body["detail"] = dict(detail)
    return Answer(example.status, body, dict(headers or {}))


@dataclass(frozen=True)
class Context:
    """One validated, authenticated request to ``operation``, and what it may use."""

    operation: Operation
    request: ValidRequest
    caller: Caller
    settings: MockSettings = field(repr=False)
    store: Store = field(repr=False)
    now: datetime.datetime
    views: Mapping[str, ViewFunction] = field(default_factory=dict, repr=False)
    # Every operation of the spec, for rules that act on another operation's entities.
    operations: Mapping[str, Operation] = field(default_factory=dict, repr=False)
    # Operations that serve another operation's entities (the seed's "entities_of").
    sources: Mapping[str, str] = field(default_factory=dict, repr=False)
    # The open transaction of an idempotent operation: its rule reads and writes in it.
    db: sqlite3.Connection | None = field(default=None, repr=False)

    def error(
        self, name: str, *, detail: Mapping[str, Any] | None = None, status: int | None = None
    ) -> Answer:
        """The operation's error example ``name`` (from the spec), with ``detail``."""
        return error_answer(self.operation.error(name, status), detail)

    def entities(self, operation_id: str | None = None) -> list[Entity]:
        """The seeded entities ``operation_id`` (default: this operation) serves, in seed
        order."""
        return self.store.entities(self.source_of(operation_id or self.operation.operation_id))

    def source_of(self, operation_id: str) -> str:
        """The operation whose entities ``operation_id`` serves (itself, usually)."""
        return self.sources.get(operation_id, operation_id)

    def view(self, entity: Entity) -> Mapping[str, Any]:
        """``entity``'s body as it reads now (through its operation's view, if any)."""
        view = self.views.get(entity.operation)
        return view(entity.body, self.now) if view else entity.body

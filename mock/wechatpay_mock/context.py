"""What a bound operation receives (``Context``) and returns (``Answer``)."""

import dataclasses
import datetime
import json
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .ids import IdShape
from .notifications import Webhook, notify_url_problem
from .pointer import at_pointer
from .relations import RELATIONS, Relation, compose, read
from .settings import Caller, MockSettings
from .spec import ErrorExample, Operation
from .store import PENDING, Entity, Notification, Store
from .validation import ValidRequest

# A view shows an entity as it reads now (e.g. a coupon past its expiry reads EXPIRED): it is
# given the entity's body (with what its relations read), the business time and its attributes.
ViewFunction = Callable[
    [Mapping[str, Any], datetime.datetime, Mapping[str, Any]], Mapping[str, Any]
]


@dataclass(frozen=True)
class Answer:
    """A status, a JSON body and any extra headers (``Allow``, ``Retry-After``); the app signs
    and sends it. ``number`` is an error's ``x-wechatpay-error-number``: WeChat puts it after
    the last ``-`` of ``Request-ID``."""

    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)
    number: int | None = None


def error_answer(
    example: ErrorExample,
    detail: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Answer:
    """WeChat's error body for a named example of the spec: its status, code and message."""
    body: dict[str, Any] = {"code": example.code, "message": example.message}
    if detail:
        body["detail"] = dict(detail)
    return Answer(example.status, body, dict(headers or {}), example.number)


def apply_in(
    db: sqlite3.Connection, handle: Callable[["Context"], Answer], ctx: "Context"
) -> Answer:
    """``handle(ctx)`` in ``db``'s open transaction: what it writes (entities, notifications)
    stays when it answers a 2xx, and is undone when it answers an error."""
    db.execute("SAVEPOINT rule")
    answer = handle(dataclasses.replace(ctx, db=db))
    if not 200 <= answer.status < 300:
        db.execute("ROLLBACK TO rule")
        ctx.store.rolled_back()
    db.execute("RELEASE rule")
    return answer


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
    # How the ids a rule creates are made, by (operation, JSON pointer); see new_id.
    id_shapes: Mapping[tuple[str, str], IdShape] = field(default_factory=dict, repr=False)
    # The webhooks the rule may notify through (its Rule.notifies), and what to call when it
    # has queued a notification (the delivery worker's wake).
    webhooks: Mapping[str, Webhook] = field(default_factory=dict, repr=False)
    queued: Callable[[], None] = field(default=lambda: None, repr=False)
    # The open transaction of a state-changing operation (idempotent or not): its rule reads
    # and writes in it, and its replay is stored in it.
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
        """``entity``'s body as it reads now: with what its relations read (each related body
        as it reads now too), through its operation's view, if any."""
        return read(self.store, entity, self._as_of_now)

    def _as_of_now(self, entity: Entity, body: Mapping[str, Any]) -> Mapping[str, Any]:
        view = self.views.get(entity.operation)
        return view(body, self.now, entity.attrs) if view else body

    def _related(self, operation: str, entity_id: str) -> Mapping[str, Any] | None:
        found = self.store.entity(operation, entity_id)
        return self.view(found) if found is not None else None

    def new_id(self, of: str, pointer: str) -> Any:
        """A new id for the field at ``pointer`` (a JSON pointer, e.g. ``/stock_id``) of an
        entity of operation ``of``, shaped like the spec's example of that field, and that no
        entity of ``of`` has yet (see ``ids``). The rule must declare ``creates=((of,
        pointer),)``. Runs in the request's transaction: an id is never handed out twice."""
        source = self.source_of(of)
        shape = self.id_shapes.get((of, pointer))
        if shape is None:
            raise KeyError(
                f"the rule of {self.operation.operation_id} does not declare "
                f"creates=(({of!r}, {pointer!r}),)"
            )
        taken = self.store.index(
            source, ("ids", pointer), lambda es: {at_pointer(e.body, pointer) for e in es}
        )
        while True:
            number = self.store.next_in_sequence(self._db(), f"{source}{pointer}")
            candidate = shape.make(number)
            if candidate is None:
                raise OverflowError(f"no ids left for {pointer} of {of}: its example is too short")
            if candidate not in taken:
                return candidate

    def add_entity(
        self,
        of: str,
        body: Mapping[str, Any],
        *,
        attrs: Mapping[str, Any] | None = None,
        relations: Mapping[str, tuple[str, str]] | None = None,
    ) -> Entity:
        """Add an entity that operation ``of`` (and those serving its entities) then serves,
        in the request's transaction (an idempotent replay finds it made once).

        ``body`` is its own body; ``attrs`` the keys it is found by that the body does not hold
        (``openid``, ``appid``, ``owners``, and ``id``, which relations name it by);
        ``relations`` maps a field to the ``(operation, id)`` of the entity it reads through
        (see ``relations``). What it then reads is checked against ``of``'s schema: a rule
        that builds a body the spec does not allow fails here, not in a client.
        """
        source = self.source_of(of)
        stored = dict(attrs or {})
        if relations:
            stored[RELATIONS] = {
                name: Relation(name, self.source_of(operation), entity_id).as_json()
                for name, (operation, entity_id) in relations.items()
            }
        served = compose(body, stored, self._related)
        validator = self.operations[of].entity_validator
        problem = next(iter(validator.iter_errors(served)), None) if validator else None
        if problem is not None:
            at = "".join(f"/{part}" for part in problem.absolute_path)
            raise ValueError(
                f"the entity added to {of} breaks the spec at body{at}: {problem.message[:200]}"
            )
        self.store.add_entities(self._db(), source, [(stored, dict(body))])
        entity_id = stored.get("id")
        added = (
            self.store.entity(source, entity_id)
            if isinstance(entity_id, str)
            else self.store.entities(source)[-1]
        )
        assert added is not None
        return added

    def notify(
        self,
        webhook: str,
        event_type: str,
        resource: Mapping[str, Any],
        *,
        url: str,
        to: Caller | None = None,
        summary: str | None = None,
    ) -> str:
        """Queue a notification of ``event_type`` through the spec's ``webhook`` to ``url``, for
        ``to`` (default: the caller); returns its id.

        It is queued in the request's transaction, with the change that causes it: durably in
        the store before the answer leaves, and not at all if the rule answers an error. The
        delivery worker then POSTs it, signed, with ``resource`` encrypted under the
        recipient's key, until a 2xx comes back (``delivery``). The rule declares the webhook
        and the event types in ``Rule.notifies``; ``resource`` must fit the schema the webhook's
        ``x-event-types`` give ``event_type``, and ``url`` be a notify URL (the rule that stores one
        checks it with ``notifications.notify_url_problem``).
        """
        hook = self.webhooks.get(webhook)
        if hook is None:
            raise KeyError(
                f"the rule of {self.operation.operation_id} does not declare "
                f"notifies=(({webhook!r}, ({event_type!r},)),)"
            )
        recipient = to or self.caller
        url_problem = notify_url_problem(url)
        problem = hook.resource_problem(event_type, resource) or (
            f"the notify URL {url_problem}" if url_problem else None
        )
        key = self.settings.notification_key(recipient)
        if problem is None and key is None:
            problem = (
                f"{self.settings.principal_name(recipient.signature_type)} "
                f"{recipient.principal} has no key for notifications in mock.toml (a brand's "
                "api_key_file, a merchant's apiv3_key_file)"
            )
        if problem is not None:
            raise ValueError(f"{self.operation.operation_id} cannot notify: {problem}")
        assert key is not None
        envelope = hook.build(event_type, resource, key, self.now, summary)
        problem = hook.envelope_problem(envelope)
        if problem is not None:
            raise ValueError(f"{self.operation.operation_id} cannot notify: {problem}")
        queued_at = time.time()
        self.store.queue_notification(
            self._db(),
            Notification(
                id=envelope["id"],
                webhook=webhook,
                event_type=event_type,
                url=url,
                signature_type=recipient.signature_type,
                recipient=recipient.principal,
                body=json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode(),
                resource=dict(resource),
                created=queued_at,
                state=PENDING,
                next_at=queued_at,
            ),
        )
        # The worker waits for the store's lock, so it finds the notification once committed.
        self.queued()
        return str(envelope["id"])

    def _db(self) -> sqlite3.Connection:
        # Every state-changing operation runs in a transaction (app._run).
        assert self.db is not None, f"{self.operation.operation_id} runs in no transaction"
        return self.db

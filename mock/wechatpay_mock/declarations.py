"""What a named rule or view declares it relies on in the spec, for ``binding`` to check at start.

``rules`` (the merchant families) and ``product_coupons`` (the brand product coupons) declare
their rules and views with these; ``binding.bind`` checks every declaration against the spec, so
that a spec that renames a field, an enum value or an error example stops the mock at start.
"""

from dataclasses import dataclass
from typing import Any

from .context import ViewFunction


@dataclass(frozen=True)
class Uses:
    """Fields of the entities of operation ``of`` that a rule reads or writes, and the enum
    values it names of some of them (field → values)."""

    of: str
    fields: tuple[str, ...] = ()
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Rule:
    """A handler for one operation, with what it relies on in the spec.

    ``errors`` are error example names of the operation; ``fields`` are properties of the
    entity schema of ``entities_of``; ``states`` are values of its ``state_field`` enum;
    ``creates`` the id fields it makes new ids for (``ctx.new_id``); ``notifies`` the webhooks
    (of the spec's ``webhooks``) and event types it queues notifications of (``ctx.notify``).
    """

    operation_id: str
    handle: Any  # Callable[[Context], Answer]; Any keeps the dataclass a plain record
    errors: tuple[str, ...] = ()
    entities_of: str | None = None
    fields: tuple[str, ...] = ()
    state_field: str | None = None
    states: tuple[str, ...] = ()
    # Enum values of the operation's own parameters that the rule names, by parameter.
    parameter_values: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The ids the rule makes with ``ctx.new_id(operation, pointer)``: (operation, pointer)
    # pairs, each an id field of that operation's entities.
    creates: tuple[tuple[str, str], ...] = ()
    # The notifications it queues with ``ctx.notify``: (webhook, its event types) pairs.
    notifies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Entities of other operations it reads or writes, with the fields and values it names.
    uses: tuple[Uses, ...] = ()
    # Enum values of its request body's fields that it names: (JSON pointer, values) pairs.
    body_values: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class View:
    """How an operation's entities read at a given business time."""

    operation_id: str
    apply: ViewFunction
    fields: tuple[str, ...] = ()
    state_field: str | None = None
    states: tuple[str, ...] = ()

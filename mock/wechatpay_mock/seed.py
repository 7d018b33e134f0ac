"""The seed: entities per operationId, checked against the spec before the mock serves them.

    {
      "queryFavorCoupon": [
        {"openid": "…", "appid": "…", "owners": ["1900000001"], "body": {… a FavorCoupon …}}
      ],
      "listBusifavorCouponsByFilter": [ {… "body": {… one item of the page …}} ],
      "getBusifavorCoupon": {"entities_of": "listBusifavorCouponsByFilter"}
    }

``body`` is what the operation answers (for a paginated list: one item of its page) and must
be valid against the spec's schema for it. The entry's other keys are the entity's attributes:
the parameters it is found by that its body does not hold (``openid``, ``appid``), ``owners``
(the mchids or brand_ids that may see it; everyone when absent), ``id`` (a later seed with the
same id replaces it; relations name entities by it), ``relations`` (the entities it reads fields
of, see ``relations``) and what a named rule reads (``merchant_defined_code``). Keys starting
with ``_`` are comments.

``{"entities_of": OTHER}`` serves the entities of another operation: two operations on one
resource (a list and a single-item read) see one state, so what one rule changes both show.
Those entities must then be valid for both operations.
"""

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .entities import OWNERS, attribute, key_parameters
from .pointer import MISSING
from .relations import MAX_DEPTH, RELATIONS, Lookup, compose, parse_relations
from .spec import Operation, Spec

ENTITIES_OF = "entities_of"
# What the store holds per operation: (attributes, body) pairs, in seed order.
SeedData = dict[str, list[tuple[dict[str, Any], Any]]]


class SeedError(ValueError):
    """A seed entry the spec does not allow; the message names the entry and the problem."""


@dataclass(frozen=True)
class Seed:
    """Entities per operation, and the operations that serve another one's entities."""

    entities: SeedData = field(default_factory=dict)
    # operationId -> the operationId whose entities it serves
    sources: dict[str, str] = field(default_factory=dict)
    # The bodies as the operation serves them, with what their relations read, in seed order.
    served: dict[str, list[Mapping[str, Any]]] = field(default_factory=dict)


def load_seed(path: Path, spec: Spec) -> Seed:
    """The seed file at ``path``, checked against ``spec``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SeedError(f"cannot read the seed {path}: {exc}") from None
    return parse_seed(data, spec, source=str(path))


def parse_seed(
    data: Any,
    spec: Spec,
    *,
    source: str = "seed",
    sources: Mapping[str, str] | None = None,
    existing: Lookup | None = None,
) -> Seed:
    """``data`` (a seed document) as a ``Seed``, or ``SeedError``. For a seed added to a
    running mock, ``sources`` are the operations already known to serve another's entities and
    ``existing(operation, id)`` finds the entities its relations may name."""
    if not isinstance(data, Mapping):
        raise SeedError(f"{source}: a seed is a JSON object keyed by operationId")
    known = dict(sources or {})
    seeded: dict[str, list[Mapping[str, Any]]] = {}
    for operation_id, entries in data.items():
        if str(operation_id).startswith("_"):
            continue
        operation = _operation(spec, source, operation_id)
        if isinstance(entries, Mapping) and set(entries) == {ENTITIES_OF}:
            other = _operation(spec, source, entries[ENTITIES_OF])
            if other.operation_id == operation_id:
                raise SeedError(f"{source}: {operation_id} serves its own entities already")
            known[operation_id] = other.operation_id
        elif isinstance(entries, list):
            if operation_id in known:
                raise SeedError(
                    f"{source}: {operation_id} serves the entities of {known[operation_id]}; "
                    "seed those"
                )
            seeded[operation.operation_id] = entries
        else:
            raise SeedError(
                f"{source}: {operation_id} must be a list of entries or "
                f'{{"{ENTITIES_OF}": "<operationId>"}}'
            )
    for alias, target in known.items():
        if target in known:
            raise SeedError(f"{source}: {alias} serves {target}'s entities, which serves another's")
    entries_of: dict[str, list[tuple[str, dict[str, Any], Any]]] = {}
    for operation_id, entries in seeded.items():
        for index, entry in enumerate(entries):
            where = f"{source}: {operation_id}[{index}]"
            attrs, body = _entry(spec, known, entry, where)
            entries_of.setdefault(operation_id, []).append((where, attrs, body))
    by_id = {
        (operation_id, attrs["id"]): (where, attrs, body)
        for operation_id, entries in entries_of.items()
        for where, attrs, body in entries
        if "id" in attrs
    }

    def related(operation: str, entity_id: str, trail: tuple[str, ...]) -> Mapping[str, Any]:
        found = by_id.get((operation, entity_id))
        if found is None:
            body = existing(operation, entity_id) if existing else None
            if body is None:
                raise SeedError(
                    f"{trail[-1]}: a relation names {operation} {entity_id!r}, which the seed "
                    "does not hold (give that entity this id)"
                )
            return body
        where, attrs, body = found
        if where in trail or len(trail) > MAX_DEPTH:
            raise SeedError(f"{where}: its relations lead back to it ({' → '.join(trail)})")
        return compose(body, attrs, lambda o, i: related(o, i, (*trail, where)))

    parsed: SeedData = {}
    served: dict[str, list[Mapping[str, Any]]] = {}
    for operation_id, entries in entries_of.items():
        readers = [operation_id, *(a for a, t in known.items() if t == operation_id)]
        for where, attrs, body in entries:
            reads = compose(body, attrs, _from(related, where))
            for reader in readers:
                _check_entity(spec.by_id[reader], attrs, reads, where)
            parsed.setdefault(operation_id, []).append((attrs, body))
            served.setdefault(operation_id, []).append(reads)
    return Seed(parsed, {a: t for a, t in known.items() if a not in (sources or {})}, served)


def _from(related: Callable[[str, str, tuple[str, ...]], Mapping[str, Any]], where: str) -> Lookup:
    """``related`` as a relation lookup for the entry at ``where``."""
    return lambda operation, entity_id: related(operation, entity_id, (where,))


def _operation(spec: Spec, source: str, operation_id: Any) -> Operation:
    """The operation ``operation_id`` names, which must answer a JSON body (its entities)."""
    operation = spec.by_id.get(str(operation_id))
    if operation is None:
        raise SeedError(
            f"{source}: {operation_id!r} is not an operationId of the spec "
            f"(one of {', '.join(spec.by_id)})"
        )
    if operation.entity_validator is None:
        raise SeedError(f"{source}: {operation_id} answers no JSON body to seed")
    return operation


def _entry(
    spec: Spec, sources: Mapping[str, str], entry: Any, where: str
) -> tuple[dict[str, Any], Any]:
    """``entry``'s attributes and own body; its relations name the operations whose entities
    they are (``entities_of`` followed)."""
    if not isinstance(entry, Mapping) or "body" not in entry:
        raise SeedError(f"{where} must be an object with a body")
    attrs = {str(k): v for k, v in entry.items() if k != "body"}
    owners = attrs.get(OWNERS)
    if owners is not None and not (
        isinstance(owners, list) and all(isinstance(o, str) for o in owners)
    ):
        raise SeedError(f"{where}: {OWNERS} must be a list of mchids or brand_ids")
    if "id" in attrs and not isinstance(attrs["id"], str):
        raise SeedError(f"{where}: id must be a string")
    if RELATIONS in attrs:
        relations = parse_relations(attrs[RELATIONS])
        if isinstance(relations, str):
            raise SeedError(f"{where}: {relations}")
        named = {}
        for relation in relations:
            target = _operation(spec, where, relation.operation).operation_id
            source = dataclasses.replace(relation, operation=sources.get(target, target))
            named[relation.name] = source.as_json()
        attrs[RELATIONS] = named
    return attrs, entry["body"]


def _check_entity(operation: Operation, attrs: Mapping[str, Any], body: Any, where: str) -> None:
    """``body`` (with what its relations read) is an entity ``operation`` may serve, and it
    has every parameter the operation finds entities by."""
    assert operation.entity_validator is not None  # _operation checked it
    problem = next(iter(operation.entity_validator.iter_errors(body)), None)
    if problem is not None:
        at = "".join(f"/{part}" for part in problem.absolute_path)
        raise SeedError(f"{where}: body{at}: {problem.message[:200]}")
    for name in key_parameters(operation):
        if attribute(operation, attrs, body, name) is MISSING:
            raise SeedError(
                f"{where}: no {name!r}, which {operation.operation_id} is looked up by; give it "
                "as a key of the entry"
            )

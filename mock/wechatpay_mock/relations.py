"""Entities that read another entity's fields through it, never a copy of them.

A user coupon belongs to a stock: it declares the relation, and reads the stock's fields as the
stock has them now, so a change to the stock is what every coupon of it reads. In the seed (and
for entities a rule creates) an entity declares its relations beside its body::

    {"openid": "…", "id": "Code_123456",
     "relations": {"stock": {"entity": "getProductCouponStock", "id": "1000000013001"}},
     "body": {"coupon_code": "Code_123456", "coupon_state": "EFFECTIVE", …}}

``entity`` is the operation serving the related entity (or one that serves its entities, see
``entities_of``), ``id`` that entity's seed id. The entity reads the related body under the
relation's name (``stock`` above), or, with ``"fields": ["stock_name", …]``, those fields of it
at its own top level. Its own body then holds neither; the body it serves is checked against
the spec with them.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .store import Entity, Store

RELATIONS = "relations"
# Relations nest (a coupon's stock reads its product coupon); deeper than this is a cycle.
MAX_DEPTH = 8


@dataclass(frozen=True)
class Relation:
    """One declared relation: where the related body goes, and which entity it is."""

    name: str
    operation: str
    id: str
    fields: tuple[str, ...] | None = None

    def as_json(self) -> dict[str, Any]:
        declared: dict[str, Any] = {"entity": self.operation, "id": self.id}
        if self.fields is not None:
            declared["fields"] = list(self.fields)
        return declared


def parse_relations(declared: Any) -> list[Relation] | str:
    """The relations an entity declares (its ``relations`` value), or what is wrong with them."""
    if not isinstance(declared, Mapping):
        return 'relations must be an object: {"<field>": {"entity": "<operationId>", "id": "…"}}'
    found: list[Relation] = []
    for name, relation in declared.items():
        if not isinstance(relation, Mapping) or not {"entity", "id"} <= set(relation):
            return f"relation {name!r} needs an entity (an operationId) and an id"
        if not set(relation) <= {"entity", "id", "fields"}:
            extra = ", ".join(sorted(set(relation) - {"entity", "id", "fields"}))
            return f"relation {name!r} has keys it does not know: {extra}"
        fields = relation.get("fields")
        if fields is not None and not (
            isinstance(fields, list) and all(isinstance(f, str) for f in fields)
        ):
            return f"relation {name!r}: fields must be a list of field names"
        if not isinstance(relation["id"], str):
            return f"relation {name!r}: id must be a string"
        found.append(
            Relation(
                str(name),
                str(relation["entity"]),
                relation["id"],
                tuple(fields) if fields is not None else None,
            )
        )
    return found


def relations_of(attrs: Mapping[str, Any]) -> list[Relation]:
    """The relations of a stored entity (its attributes hold them as checked)."""
    declared = attrs.get(RELATIONS)
    if not declared:
        return []
    parsed = parse_relations(declared)
    assert not isinstance(parsed, str), parsed  # checked before it was stored
    return parsed


Lookup = Callable[[str, str], Mapping[str, Any] | None]


def compose(body: Mapping[str, Any], attrs: Mapping[str, Any], lookup: Lookup) -> Mapping[str, Any]:
    """``body`` with what its relations read: ``lookup(operation, id)`` is the related
    entity's body as it reads now (None when there is none: the relation reads nothing)."""
    relations = attrs.get(RELATIONS)
    if not relations:
        return body
    composed = dict(body)
    for relation in relations_of(attrs):
        related = lookup(relation.operation, relation.id)
        if related is None:
            continue
        if relation.fields is None:
            composed[relation.name] = related
        else:
            composed.update({f: related[f] for f in relation.fields if f in related})
    return composed


def read(
    store: Store,
    entity: Entity,
    view: Callable[[Entity, Mapping[str, Any]], Mapping[str, Any]] | None = None,
    depth: int = 0,
) -> Mapping[str, Any]:
    """``entity``'s body with what its relations read from ``store``, each related entity read
    the same way; ``view(entity, body)`` then shows a body as it reads now."""
    if depth > MAX_DEPTH:
        raise RecursionError(f"the relations of {entity.operation} {entity.id} form a cycle")

    def related(operation: str, entity_id: str) -> Mapping[str, Any] | None:
        found = store.entity(operation, entity_id)
        return read(store, found, view, depth + 1) if found is not None else None

    body = compose(entity.body, entity.attrs, related)
    return view(entity, body) if view is not None else body

"""The default handler of read operations: seeded entities, found by their parameters.

Like stripe-mock, a read operation needs no code: the seed holds its entities under its
operationId (or names the operation whose entities it serves), and a request finds the ones whose
attributes equal its path and query parameters.
A parameter ``p`` of an entity is, in this order, the seed entry's own key ``p`` (``openid``,
``appid`` …), the body field that the operation's link to itself maps ``p`` to (e.g.
``stock_id: $response.body#/stock/stock_id``), or the body's top-level field ``p``.

An operation with ``x-pagination`` answers one page of the matching entities (by page index,
or by page token: see ``page_token``); any other answers the first match, or its 404 error
example named ``RESOURCE_NOT_EXISTS``.
"""

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .context import Answer, Context
from .pointer import MISSING, at_pointer
from .settings import Caller
from .spec import Operation, Pagination, TokenPagination
from .store import Entity

NOT_FOUND = "RESOURCE_NOT_EXISTS"
OWNERS = "owners"


def attribute(
    operation: Operation,
    attrs: Mapping[str, Any],
    body: Any,
    name: str,
    served: Operation | None = None,
) -> Any:
    """The value of parameter ``name`` on an entity of ``operation``, or ``MISSING``;
    ``served`` is the operation whose entities ``operation`` serves, if another (a list's
    filter reads where the single read's link to itself points)."""
    if name in attrs:
        return attrs[name]
    pointer = operation.self_links.get(name)
    if pointer is None and served is not None:
        pointer = served.self_links.get(name)
    if pointer is not None:
        return at_pointer(body, pointer)
    if isinstance(body, Mapping) and name in body:
        return body[name]
    return MISSING


def key_parameters(operation: Operation) -> list[str]:
    """The parameters every entity of ``operation`` must carry: its path parameters and its
    required query parameters, less the page parameters."""
    skipped = set(operation.pagination.query_parameters) if operation.pagination else set()
    return [
        p.name
        for p in operation.parameters
        if (p.location == "path" or (p.location == "query" and p.required))
        and p.name not in skipped
    ]


def visible_to(entity: Entity, caller: Caller) -> bool:
    """An entity with ``owners`` is seen by those principals only; one without, by every caller."""
    owners = entity.attrs.get(OWNERS)
    return owners is None or caller.principal in owners


def matching(
    ctx: Context,
    criteria: Mapping[str, Any],
    of: Operation | None = None,
    *,
    everyone: bool = False,
) -> list[tuple[Entity, Mapping[str, Any]]]:
    """The caller's entities of ``of`` (default: the request's operation) whose parameters
    equal ``criteria``, each with its body as it reads now; ``everyone``: not only the
    caller's (for a rule that tells "not yours" from "not there")."""
    operation = of or ctx.operation
    source = ctx.source_of(operation.operation_id)
    served = ctx.operations.get(source) if source != operation.operation_id else None
    if source in ctx.views:
        # A view may change what an entity's attributes read, so each one is looked at.
        candidates = ctx.entities(operation.operation_id)
    else:
        names = tuple(sorted(criteria))
        # Keyed by the reading operation too: its parameters may map to other fields.
        index = ctx.store.index(
            source,
            (operation.operation_id, *names),
            lambda entities: _by(operation, served, names, entities, ctx.view),
        )
        try:
            candidates = index.get(tuple(criteria[name] for name in names), [])
        except TypeError:  # an unhashable value equals no attribute of an entity
            candidates = []
    found: list[tuple[Entity, Mapping[str, Any]]] = []
    for entity in candidates:
        if not (everyone or visible_to(entity, ctx.caller)):
            continue
        body = ctx.view(entity)
        if all(
            attribute(operation, entity.attrs, body, name, served) == value
            for name, value in criteria.items()
        ):
            found.append((entity, body))
    return found


def _by(
    operation: Operation,
    served: Operation | None,
    names: tuple[str, ...],
    entities: list[Entity],
    body_of: Callable[[Entity], Mapping[str, Any]],
) -> dict[tuple[Any, ...], list[Entity]]:
    """Entities by their values of ``names``: a lookup is one dict access, not a scan.
    ``body_of`` is an entity's body with what its relations read (an index is rebuilt
    whenever any entity changes, a related one included)."""
    index: dict[tuple[Any, ...], list[Entity]] = {}
    for entity in entities:
        body = body_of(entity)
        key = tuple(attribute(operation, entity.attrs, body, name, served) for name in names)
        try:
            index.setdefault(key, []).append(entity)
        except TypeError:  # an attribute that is a list or an object: no query value equals it
            continue
    return index


def read(ctx: Context) -> Answer:
    """Serve the seeded entities that match the request (see the module's docstring)."""
    operation = ctx.operation
    paging = operation.pagination
    skipped = set(paging.query_parameters) if paging else set()
    given = {**ctx.request.path, **ctx.request.query}
    criteria = {name: value for name, value in given.items() if name not in skipped}
    found = [body for _, body in matching(ctx, criteria)]
    if isinstance(paging, TokenPagination):
        return _token_page(ctx, paging, criteria, found)
    if paging is None:
        if found:
            return Answer(operation.success_status, found[0])
        where = _last_path_parameter(operation)
        return ctx.error(
            NOT_FOUND,
            status=404,
            detail={
                "field": where,
                "location": "path" if where else "query",
                "issue": f"nothing matches {_names(criteria)}",
            },
        )
    return _index_page(ctx, paging, found)


def _token_page(
    ctx: Context,
    paging: TokenPagination,
    criteria: Mapping[str, Any],
    found: list[Mapping[str, Any]],
) -> Answer:
    """One page of ``found``: from the start, or from where ``page_token`` says; with the
    token of the next page unless it is the last."""
    token = ctx.request.query.get(paging.token_param)
    start = 0
    if token is not None:
        offset = read_page_token(ctx, criteria, str(token))
        if offset is None:
            return ctx.error(
                "PARAM_ERROR",
                detail={
                    "field": paging.token_param,
                    "location": "query",
                    "issue": f"not a {paging.next_token} this list answered for these "
                    "parameters (send the one the previous page gave, with the same filters)",
                },
            )
        start = offset
    size = int(ctx.request.query.get(paging.size_param, paging.default_size))
    end = start + size
    body: dict[str, Any] = {paging.items: found[start:end]}
    if paging.total is not None:
        body[paging.total] = len(found)
    if end < len(found):
        body[paging.next_token] = page_token(ctx, criteria, end)
    return Answer(ctx.operation.success_status, body)


def _token_digest(ctx: Context, criteria: Mapping[str, Any], offset: int) -> str:
    # What the token is bound to: the list, the caller and its filters, so that a token of
    # another list, another brand or other filters is refused rather than read as an offset.
    bound = [ctx.operation.operation_id, ctx.caller.principal, sorted(criteria.items()), offset]
    return hashlib.sha256(json.dumps(bound, ensure_ascii=False).encode()).hexdigest()[:16]


def page_token(ctx: Context, criteria: Mapping[str, Any], offset: int) -> str:
    """The token that asks for the page starting at ``offset`` of this list with ``criteria``
    (opaque to a client, as WeChat's are)."""
    raw = f"{offset}.{_token_digest(ctx, criteria, offset)}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def read_page_token(ctx: Context, criteria: Mapping[str, Any], token: str) -> int | None:
    """The offset ``token`` asks for, or None when this list with ``criteria`` never gave it."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    offset, _, digest = raw.partition(".")
    if not offset.isdigit() or not offset.isascii():
        return None
    return int(offset) if digest == _token_digest(ctx, criteria, int(offset)) else None


def _index_page(ctx: Context, paging: Pagination, found: list[Mapping[str, Any]]) -> Answer:
    operation = ctx.operation
    limit = int(ctx.request.query.get(paging.limit_param, paging.default_limit))
    page = int(ctx.request.query.get(paging.offset_param, 0))
    body: dict[str, Any] = {
        paging.items: found[page * limit : (page + 1) * limit],
        paging.total: len(found),
    }
    # The page echoes its size and index where its schema has fields of those names.
    for name, value in ((paging.limit_param, limit), (paging.offset_param, page)):
        if name in operation.response_fields:
            body[name] = value
    return Answer(operation.success_status, body)


def _last_path_parameter(operation: Operation) -> str:
    names = [p.name for p in operation.parameters if p.location == "path"]
    return names[-1] if names else ""


def _names(names: Iterable[str]) -> str:
    listed = list(names)
    return ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else "".join(listed)

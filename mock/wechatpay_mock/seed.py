"""The seed: entities per operationId, checked against the spec before the mock serves them.

    {
      "queryFavorCoupon": [
        {"openid": "…", "appid": "…", "owners": ["1900000001"], "body": {… a FavorCoupon …}}
      ],
      "listBusifavorCouponsByFilter": [ {… "body": {… one item of the page …}} ]
    }

``body`` is what the operation answers (for a paginated list: one item of its page) and must
be valid against the spec's schema for it. The entry's other keys are the entity's attributes:
the parameters it is found by that its body does not hold (``openid``, ``appid``), ``owners``
(the mchids or brand_ids that may see it; everyone when absent), ``id`` (a later seed with the
same id replaces it) and what a named rule reads (``merchant_defined_code``). Keys starting with
``_`` are comments.
"""

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .entities import MISSING, OWNERS, attribute, key_parameters
from .spec import Spec

# What the store holds per operation: (attributes, body) pairs, in seed order.
SeedData = dict[str, list[tuple[dict[str, Any], Any]]]


class SeedError(ValueError):
    """A seed entry the spec does not allow; the message names the entry and the problem."""


def load_seed(path: Path, spec: Spec) -> SeedData:
    """The seed file at ``path``, checked against ``spec``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SeedError(f"cannot read the seed {path}: {exc}") from None
    return parse_seed(data, spec, source=str(path))


def parse_seed(data: Any, spec: Spec, *, source: str = "seed") -> SeedData:
    """``data`` (a seed document) as entities per operation, or ``SeedError``."""
    if not isinstance(data, Mapping):
        raise SeedError(f"{source}: a seed is a JSON object keyed by operationId")
    parsed: SeedData = {}
    for operation_id, entries in data.items():
        if str(operation_id).startswith("_"):
            continue
        operation = spec.by_id.get(operation_id)
        if operation is None:
            raise SeedError(
                f"{source}: {operation_id!r} is not an operationId of the spec "
                f"(one of {', '.join(spec.by_id)})"
            )
        if operation.entity_validator is None:
            raise SeedError(f"{source}: {operation_id} answers no JSON body to seed")
        if not isinstance(entries, list):
            raise SeedError(f"{source}: {operation_id} must be a list of entries")
        keys = key_parameters(operation)
        for index, entry in enumerate(entries):
            where = f"{source}: {operation_id}[{index}]"
            if not isinstance(entry, Mapping) or "body" not in entry:
                raise SeedError(f"{where} must be an object with a body")
            body = entry["body"]
            problem = next(iter(operation.entity_validator.iter_errors(body)), None)
            if problem is not None:
                at = "".join(f"/{part}" for part in problem.absolute_path)
                raise SeedError(f"{where}: body{at}: {problem.message[:200]}")
            attrs = {str(k): v for k, v in entry.items() if k != "body"}
            owners = attrs.get(OWNERS)
            if owners is not None and not (
                isinstance(owners, list) and all(isinstance(o, str) for o in owners)
            ):
                raise SeedError(f"{where}: {OWNERS} must be a list of mchids or brand_ids")
            if "id" in attrs and not isinstance(attrs["id"], str):
                raise SeedError(f"{where}: id must be a string")
            for name in keys:
                if attribute(operation, attrs, body, name) is MISSING:
                    raise SeedError(
                        f"{where}: no {name!r}, which {operation_id} is looked up by; give it "
                        "as a key of the entry"
                    )
            parsed.setdefault(operation_id, []).append((attrs, body))
    return parsed

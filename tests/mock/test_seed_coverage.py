"""The demo seed sends every optional response field at least once, and only what the spec allows.

A client must cope with each optional field present (and absent); the mock can only prove it
if some seeded entity carries each one. Walks the spec from every seeded operation's entity
schema: an optional property of any schema reached that no seeded entity holds fails the test,
naming ``Schema.property``.
"""

from collections.abc import Iterator

from wechatpay_mock.rules import RULES
from wechatpay_mock.seed import load_seed
from wechatpay_mock.spec import Spec
from wechatpay_mock.spec_reader import ref_name
from wechatpay_mock.world import SEED_FIXTURE

SPEC = Spec.load()
# The brand's notify URL is unset until it calls setNotifyConfig (issue 19 §4: the demo brand
# has none, so its reads answer 404 and nothing is sent until a test or the demo sets one).
UNSET_BY_DEFAULT = {"getNotifyConfig"}
SEED = load_seed(SEED_FIXTURE, SPEC)


def optional_fields(node: dict, owner: str, seen: set[str]) -> Iterator[str]:
    """``Owner.property`` for every optional property reachable from ``node``."""
    owner = ref_name(node) or owner
    schema = SPEC.resolve(node)
    if schema.get("type") == "array":
        yield from optional_fields(schema.get("items", {}), owner, seen)
        return
    if owner in seen:
        return
    seen.add(owner)
    required = set(schema.get("required", []))
    for name, sub in schema.get("properties", {}).items():
        if name not in required:
            yield f"{owner}.{name}"
        yield from optional_fields(sub, f"{owner}.{name}", seen)


def present_fields(node: dict, value: object, owner: str) -> Iterator[str]:
    """``Owner.property`` for every property ``value`` holds, walked alongside its schema."""
    owner = ref_name(node) or owner
    schema = SPEC.resolve(node)
    if isinstance(value, list):
        for item in value:
            yield from present_fields(schema.get("items", {}), item, owner)
    elif isinstance(value, dict):
        for name, sub in value.items():
            if name in schema.get("properties", {}):
                yield f"{owner}.{name}"
                yield from present_fields(schema["properties"][name], sub, f"{owner}.{name}")


def test_every_optional_response_field_is_in_some_seeded_entity():
    wanted: set[str] = set()
    present: set[str] = set()
    served = {op: op for op in SEED.entities} | SEED.sources
    for operation_id, source in served.items():
        schema = SPEC.by_id[operation_id].entity_schema
        assert schema is not None
        wanted |= set(optional_fields(schema, operation_id, set()))
        for body in SEED.served[source]:  # with what relations read
            present |= set(present_fields(schema, body, operation_id))
    assert sorted(wanted - present) == []


def test_the_seed_serves_every_read_operation():
    # A read without a rule answers from the seed; one with a rule computes its answer.
    reads = {op.operation_id for op in SPEC.operations if op.method == "get"} - set(RULES)
    seeded = set(SEED.entities) | set(SEED.sources)
    assert reads - UNSET_BY_DEFAULT <= seeded
    assert not UNSET_BY_DEFAULT & seeded

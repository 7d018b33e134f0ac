"""The store, in memory and as a file shared by worker processes (two Store objects here)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wechatpay_mock.spec import Spec
from wechatpay_mock.store import Store

SPEC = Spec.load()


def entry(request_id: str) -> dict:
    return {"method": "GET", "target": "/", "status": 200, "request_id": request_id}


@pytest.mark.parametrize("shared", [False, True], ids=["memory", "file"])
def test_the_journal_keeps_the_latest_n(tmp_path, shared):
    store = Store(str(tmp_path / "state.sqlite3") if shared else ":memory:", journal_size=5)
    for n in range(20):
        store.record(entry(f"R{n}"))
    assert [e["request_id"] for e in store.journal(100)] == [f"R{n}" for n in range(15, 20)]
    assert [e["request_id"] for e in store.journal(2)] == ["R18", "R19"]
    store.clear_journal()
    assert store.journal() == []


def test_workers_sharing_a_file_see_each_others_changes(tmp_path):
    first, second = (Store(str(tmp_path / "state.sqlite3")) for _ in range(2))
    seed = {"queryFavorCoupon": [({"openid": "o"}, {"coupon_id": "1"})]}
    first.seed_if_empty(seed)
    second.seed_if_empty(seed)  # the race between workers: only one seed lands
    assert [e.body for e in second.entities("queryFavorCoupon")] == [{"coupon_id": "1"}]
    with first.transaction() as db:
        first.replace_body(db, first.entities("queryFavorCoupon")[0], {"coupon_id": "2"})
    assert [e.body for e in second.entities("queryFavorCoupon")] == [{"coupon_id": "2"}]
    first.set_clock_offset(60.0)
    assert second.clock_offset() == 60.0
    first.arm_fault("*", "server_error", 1, 0.0)
    assert second.take_fault("queryFavorCoupon") == ("server_error", 0.0)
    assert first.take_fault("queryFavorCoupon") is None
    second.record(entry("from-second"))
    assert first.journal(1)[0]["request_id"] == "from-second"
    first.reset(seed)
    assert second.clock_offset() == 0.0
    assert [e.body for e in second.entities("queryFavorCoupon")] == [{"coupon_id": "1"}]


def test_in_memory_faults_are_taken_once_each():
    store = Store()
    assert store.take_fault("x") is None
    store.arm_fault("x", "delay", 2, 0.5)
    assert [store.take_fault("y"), store.take_fault("x"), store.take_fault("x")] == [
        None,
        ("delay", 0.5),
        ("delay", 0.5),
    ]
    assert store.take_fault("x") is None and store.faults() == []


PLAIN = [p for op in SPEC.operations for p in op.parameters if p.accepts is not None]


def values_for(parameter):
    schema = parameter.schema
    drawn = [st.text(max_size=140), st.integers(), st.booleans(), st.none(), st.floats()]
    if "pattern" in schema:
        drawn.append(st.from_regex(schema["pattern"]))
    if "enum" in schema:
        drawn.append(st.sampled_from(schema["enum"]))
    if schema.get("type") == "integer":
        drawn.append(st.integers(min_value=-(2**64), max_value=2**64))
    return st.one_of(drawn)


def test_most_parameters_have_a_quick_test():
    assert len(PLAIN) >= 0.8 * sum(len(op.parameters) for op in SPEC.operations)


@pytest.mark.parametrize("parameter", PLAIN, ids=lambda p: p.name)
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(data=st.data())
def test_the_quick_test_agrees_with_jsonschema(parameter, data):
    value = data.draw(values_for(parameter))
    if parameter.accepts(value):  # never lets an invalid value through
        assert parameter.validator.is_valid(value)
    elif isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        # What a parameter is after parsing (a string, or an int for an integer parameter):
        # the quick test decides alone, jsonschema only explains a refusal.
        assert not parameter.validator.is_valid(value)

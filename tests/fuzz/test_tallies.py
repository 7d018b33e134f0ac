"""The tallies' arithmetic and wording, without a mock (test_reads_the_spec runs them for real)."""

import pytest

from .spec_facts import Link, OperationFacts
from .tallies import Acceptance, Answer, LinkCoverage

LINK = Link(
    source="listThings",
    status="200",
    name="readFirstThing",
    target="readThing",
    source_label="GET /things",
    target_label="GET /things/{id}",
    inferred=False,
)
OK = Answer(200)
GONE = Answer(404, "RESOURCE_NOT_EXISTS", "查询的资源不存在")
USED = Answer(400, "RESOURCE_ALREADY_EXISTS", "券已被其他订单核销")


def test_rounds_add_up_to_one_verdict() -> None:
    first, second = LinkCoverage([LINK]), LinkCoverage([LINK])
    first.record(LINK.target_label, GONE, LINK.transition_id, applied=True)
    second.record(LINK.target_label, OK, LINK.transition_id, applied=True)
    first.merge(second)
    first.budget = "in 2 rounds"
    assert first.missing == []
    assert first.report() == "every link (1) was followed to a 2xx in 2 rounds"


def test_a_link_taken_without_its_values_does_not_count_and_says_so() -> None:
    coverage = LinkCoverage([LINK])
    coverage.record(LINK.source_label, OK)
    assert "but schemathesis never took the link from those answers." in coverage.report()
    coverage.record(LINK.target_label, OK, LINK.transition_id, applied=False)
    assert coverage.missing == [LINK]
    assert "schemathesis took the link 1 times, but could not take its values" in (
        coverage.report()
    )


def test_answers_are_shown_with_code_message_and_count() -> None:
    assert (
        Answer.of(404, '{"code": "RESOURCE_NOT_EXISTS", "message": "查询的资源不存在"}'.encode())
        == GONE
    )
    assert Answer.of(502, b"<html>") == Answer(502)
    coverage = LinkCoverage([LINK])
    for _ in range(3):
        coverage.record(LINK.target_label, GONE, LINK.transition_id, applied=True)
    assert "readThing answered 404 RESOURCE_NOT_EXISTS (查询的资源不存在) ×3." in coverage.report()


def facts(**changes: object) -> OperationFacts:
    base: dict[str, object] = {
        "operation_id": "redeemThing",
        "changes_state": True,
        "idempotency_key": "use_request_no",
        "idempotency_conflict": "RESOURCE_ALREADY_EXISTS",
    }
    return OperationFacts(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("operation", "refusal", "cause", "action"),
    [
        (
            facts(),
            USED,
            "is the answer to a reused use_request_no",
            "check that the reset reaches the mock under test",
        ),
        (
            facts(idempotency_key=None, idempotency_conflict=None),
            USED,
            "redeemThing changes state and has no x-idempotency-key",
            "declare it as x-idempotency-key (with x-idempotency-conflict)",
        ),
        (
            facts(changes_state=False, idempotency_key=None, idempotency_conflict=None),
            GONE,
            "its requests name nothing the seed holds",
            'include-operation-id = "redeemThing"',
        ),
        (
            facts(changes_state=False, idempotency_key=None, idempotency_conflict=None),
            Answer(400, "APPID_MCHID_NOT_MATCH", "appid 与请求方商户无关联关系"),
            "the mock's business rules refuse the values drawn together with 400",
            "draw values that the seed accepts together",
        ),
    ],
)
def test_a_low_valid_input_rate_names_the_operation_its_likely_cause_and_what_to_do(
    operation: OperationFacts, refusal: Answer, cause: str, action: str
) -> None:
    acceptance = Acceptance({"POST /things/use": operation})
    acceptance.record("POST /things/use", "coverage", OK)
    for _ in range(29):
        acceptance.record("POST /things/use", "coverage", refusal)
    acceptance.record("POST /things/use", "coverage", Answer(500))  # says nothing of the data
    [message] = acceptance.diagnoses(lambda label: 0.05)
    head, refused, likely, what = message.splitlines()
    assert head.startswith(
        "redeemThing (POST /things/use), coverage phase: 1 of 30 schema-valid requests accepted "
        "(3%; the floor is 5%"
    )
    assert refused == f"  Refused: {refusal} ×29."
    assert likely.startswith("  Likely cause: ") and cause in likely
    assert what.startswith("  What to do: ") and action in what


def test_too_few_calls_or_enough_acceptance_is_no_diagnosis() -> None:
    acceptance = Acceptance({"GET /things": facts(changes_state=False)})
    for answer in [OK, *[GONE] * 8]:  # 9 calls: too few to judge
        acceptance.record("GET /things", "examples", answer)
    for answer in [OK, OK, *[GONE] * 18]:  # 10 %
        acceptance.record("GET /things", "fuzzing", answer)
    assert acceptance.diagnoses(lambda label: 0.05) == []

"""Every error code the documents list for an operation is declared under the right status.

The error rows come from the documents in spec/sources/ themselves, read by `tools.sources` (the
reader behind `make check-sources`), so a row WeChat adds to a document is checked here without
anyone copying it into a table. ERRATA.md may accept a row the spec deliberately differs from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.sources import check
from tools.sources.check import Verdict
from wechatpay_mock.spec_reader import Operation

from .test_spec_valid import SPEC_PATH, reader

SPEC_DIR = Path(SPEC_PATH).parent
RESULT = check(SPEC_DIR / "sources", SPEC_PATH, SPEC_DIR / "ERRATA.md")
ERROR_FACTS = [verdict for verdict in RESULT.verdicts if verdict.fact.kind == "error"]


def declared_codes(operation: Operation) -> set[tuple[str, str]]:
    return {(str(error.status), error.code) for error in reader().error_examples(operation)}


def public_codes() -> set[tuple[str, str]]:
    """The APIv3 basic rules' public codes (接口规则, not any one document), as the spec marks
    them: an error example described 公共错误码. Every operation can answer them, whatever its
    document lists (ERRATA.md 25)."""
    return {
        (str(error.status), error.code)
        for operation in reader().operations()
        for error in reader().error_examples(operation)
        if error.description.startswith("公共错误码")
    }


def operations() -> dict[str, Operation]:
    """The coupon operations: those a source document describes (not, e.g., /v3/certificates)."""
    described = {(document.method, document.url_path) for document in RESULT.documents}
    return {
        operation.operation_id: operation
        for operation in reader().operations()
        if (operation.method.upper(), operation.path) in described
    }


def truncated_before_errors() -> set[str]:
    """The documents whose stored copy is declared to end before its 错误码 section: their
    `incomplete` fact names the section and spec/sources/README.md accepts it."""
    return {
        verdict.fact.document
        for verdict in RESULT.verdicts
        if verdict.fact.kind == "incomplete"
        and "错误码" in verdict.fact.detail
        and verdict.status == "artefact"
    }


def test_every_document_has_an_error_table_unless_its_copy_is_declared_truncated() -> None:
    assert len(operations()) == len(RESULT.documents)
    with_errors = {verdict.fact.document for verdict in ERROR_FACTS}
    everything = {document.number for document in RESULT.documents}
    assert with_errors | truncated_before_errors() == everything
    assert not with_errors & truncated_before_errors()
    assert len(ERROR_FACTS) > 2 * len(with_errors) > 0


@pytest.mark.parametrize("verdict", ERROR_FACTS, ids=lambda verdict: verdict.fact.id)
def test_documented_error_is_declared(verdict: Verdict) -> None:
    """Status, code and description (and, as `… solution`, the solution in its description)."""
    assert verdict.status != "missing", (
        f"{verdict.fact.id}: not declared ({verdict.outcome.reason}); declare it or name it in "
        "spec/ERRATA.md"
    )


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_every_operation_declares_the_public_codes(operation_id: str) -> None:
    assert {status for status, _ in public_codes()} >= {"400", "401", "500"}
    assert declared_codes(operations()[operation_id]) >= public_codes()


def test_every_operation_answers_429_and_every_error_status_has_examples() -> None:
    for op_id, op in operations().items():
        statuses = {status for status, _ in declared_codes(op)}
        assert {"400", "401", "403", "404", "429", "500"} <= statuses, op_id

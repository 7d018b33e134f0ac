"""ERRATA.md's machine-readable lines: each overrides one documented fact, and only while needed."""

from pathlib import Path

from tools.sources.errata import read_errata

from .conftest import ERRATA, Copies, facts_through, missing_ids


def test_every_line_names_a_row_of_the_table_and_a_fact_once() -> None:
    errata = read_errata(ERRATA)
    assert errata.problems == []
    assert errata.overrides, "no machine-readable line was read"
    assert {line.erratum for line in errata.overrides.values()} <= errata.ids


def test_an_erratum_for_a_fact_no_document_states_is_stale(copies: Copies) -> None:
    copies.replace(
        copies.errata,
        "| 15 | `003 param use_request_no maxLength` | `128` |",
        "| 15 | `003 param use_request_no maxLength` | `128` |\n"
        "| 15 | `003 param use_request_id maxLength` | `128` |",
    )
    result = copies.check()
    assert not result.ok
    assert result.missing == []
    (stale,) = result.stale
    assert "erratum #15" in stale
    assert "`003 param use_request_id maxLength`, which no source document states" in stale


def test_an_erratum_the_document_no_longer_needs_is_stale(copies: Copies) -> None:
    # WeChat corrects the document: use_request_no is string(128) now, as the spec says.
    copies.replace(
        copies.document("003"), "use_request_no string(32)", "use_request_no string(128)"
    )
    result = copies.check()
    assert result.missing == []
    (stale,) = result.stale
    assert "`003 param use_request_no maxLength`, which the spec now follows (128)" in stale


def test_an_erratum_the_spec_now_follows_is_stale(copies: Copies) -> None:
    def follow_the_document(spec: dict) -> None:
        request = spec["components"]["schemas"]["UseBusifavorCouponRequest"]
        request["properties"]["use_request_no"]["maxLength"] = 32

    copies.edit_spec(follow_the_document)
    result = copies.check()
    assert result.missing == []
    (stale,) = result.stale
    assert "`003 param use_request_no maxLength`, which the spec now follows (32)" in stale


def test_an_erratum_whose_spec_value_is_no_longer_the_specs_is_stale(copies: Copies) -> None:
    def change(spec: dict) -> None:
        request = spec["components"]["schemas"]["UseBusifavorCouponRequest"]
        request["properties"]["use_request_no"]["maxLength"] = 64

    copies.edit_spec(change)
    result = copies.check()
    assert missing_ids(result) == ["003 param use_request_no maxLength"]
    (stale,) = result.stale
    assert "says the spec has '128' for `003 param use_request_no maxLength`; it has '64'" in stale


def test_an_irregularity_without_its_erratum_fails(copies: Copies) -> None:
    copies.replace(
        copies.errata,
        "| 19 | `002 irregular the request example separates the query with a full-width ？` "
        "| `—` |\n",
        "",
    )
    assert missing_ids(copies.check()) == [
        "002 irregular the request example separates the query with a full-width ？"
    ]


def test_a_line_for_a_missing_erratum_or_a_malformed_line_is_a_problem(tmp_path: Path) -> None:
    errata = tmp_path / "ERRATA.md"
    errata.write_text(
        "| # | where | says | does | why |\n|---|---|---|---|---|\n| 1 | a | b | c | d |\n\n"
        "| # | fact | the spec has |\n|---|---|---|\n"
        "| 1 | `000 param appid in` | `query` |\n"
        "| 2 | `000 param stock_id in` | `query` |\n"
        "| 1 | 000 param limit in | query |\n"
        "| 1 | `000 param appid in` | `path` |\n",
        encoding="utf-8",
    )
    problems = read_errata(errata).problems
    assert problems == [
        "ERRATA.md:9: not a line | # | `fact` | `the spec has` |: "
        "| 1 | 000 param limit in | query |",
        "ERRATA.md:10: `000 param appid in` is overridden twice (line 7 too)",
        "ERRATA.md:8: erratum #2 is not a row of the table",
    ]


def test_an_erratum_on_an_absent_field_covers_its_attributes(copies: Copies) -> None:
    def drop(spec: dict) -> None:
        del spec["components"]["schemas"]["FavorCoupon"]["properties"]["cut_to_message"]

    copies.edit_spec(drop)
    # Every document whose answer is a FavorCoupon loses the field (read from the spec).
    documents = sorted(
        {
            i.split(" ")[0]
            for i in facts_through("FavorCoupon", "field", "")
            if "cut_to_message" in i
        }
    )
    assert "002" in documents

    def lost(document: str, field_facts: bool = True) -> list[str]:
        facts = [f"{document} field cut_to_message{a}" for a in ("", " type", " required")]
        return (facts if field_facts else []) + [
            f"{document} example response cut_to_message.single_price_max",
            f"{document} example response cut_to_message.cut_to_price",
        ]

    assert missing_ids(copies.check()) == [fact for d in documents for fact in lost(d)]
    copies.replace(
        copies.errata,
        "| 18 | `002 param appid in` | `query` |",
        "| 18 | `002 param appid in` | `query` |\n| 18 | `002 field cut_to_message` | `absent` |",
    )
    assert missing_ids(copies.check()) == [
        fact for d in documents for fact in lost(d, field_facts=d != "002")
    ]

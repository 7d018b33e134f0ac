"""The check on edited copies of the documents: each new or changed fact fails, naming the fact."""

from collections.abc import Callable
from pathlib import Path

import pytest

from tools.sources import read_document
from tools.sources.__main__ import main

from .conftest import SOURCES, Copies, facts_through, missing_ids

NBSP = "\xa0"


def numbered(directory: Path) -> list[Path]:
    """The numbered documents of a directory, found without the reader (which is under test)."""
    return sorted(directory.glob("[0-9][0-9][0-9]_*.txt"))


# Every document kept in spec/sources/: a new one is drilled here with no edit to this file.
NUMBERS = [path.name[:3] for path in numbered(SOURCES)]


def test_the_documents_as_they_are_pass(copies: Copies) -> None:
    result = copies.check()
    assert result.ok, "\n".join(result.failures())
    statuses = {verdict.status for verdict in result.verdicts}
    assert statuses <= {"covered", "erratum", "artefact"}
    assert [document.number for document in result.documents] == NUMBERS


# --- the Markdown documents (000, 002, 003) ----------------------------------------------------


def add_optional_response_field(copies: Copies) -> None:
    copies.insert(
        copies.document("002"), "|||微信支付营销", "新字段 new_field string(16) 否 新字段。\n|||x"
    )


def add_enum_value(copies: Copies) -> None:
    copies.insert(copies.document("000"), "EXPIRED: 已过期", "RETURNED: 已退回")


def add_error_code(copies: Copies) -> None:
    copies.insert(copies.document("002"), "400 MCH_NOT_EXISTS", "400 NEW_CODE 新的错误 请稍后重试")


def change_string_length(copies: Copies) -> None:
    copies.replace(copies.document("003"), "coupon_code string(32)", "coupon_code string(64)")


def add_request_parameter(copies: Copies) -> None:
    copies.insert(
        copies.document("000"),
        "|||1000000003",
        "批次类型 stock_type string(16) 否 path 批次类型\n|||NORMAL",
    )


def reword_a_special_rule(copies: Copies) -> None:
    # The same rule in another wording WeChat uses, with a new bound: the new wording is read.
    copies.replace(
        copies.document("000"), "特殊规则: 长度最小 8 个字节。", "特殊规则: 最小长度取值为 9"
    )


def add_row_the_reader_cannot_read(copies: Copies) -> None:
    copies.insert(copies.document("002"), "|||微信支付营销", "这一行不是表格的一行")


# --- the page-text document (001) ---------------------------------------------------------------


def add_optional_response_field_001(copies: Copies) -> None:
    copies.insert(
        copies.document("001"),
        "coupon_tag_info  选填",
        f"{NBSP}new_field  选填{NBSP}{NBSP} string(64)\n\n【新字段】{NBSP}新字段\n",
        before=True,
    )


def add_enum_value_001(copies: Copies) -> None:
    copies.insert(
        copies.document("001"), "RECEIVE_COMPONENT:", f"  • MERCHANT_GIFT:{NBSP} 商家赠券"
    )


def add_error_code_001(copies: Copies) -> None:
    copies.insert(
        copies.document("001"),
        f"请填写{NBSP}多次优惠模式信息",
        "\n429\n\nRATELIMIT_EXCEEDED\n\n请求过于频繁\n\n请降低频率后重试",
    )


def add_request_parameter_001(copies: Copies) -> None:
    copies.insert(
        copies.document("001"),
        "appid  必填",
        f"{NBSP}brand_id  必填{NBSP}{NBSP} string(32)\n\n【品牌ID】{NBSP}品牌的唯一标识\n",
        before=True,
    )


def change_string_length_001(copies: Copies) -> None:
    copies.replace(
        copies.document("001"),
        f"{NBSP}deactivate_reason  选填{NBSP}{NBSP} string(150)",
        f"{NBSP}deactivate_reason  选填{NBSP}{NBSP} string(300)",
    )


@pytest.mark.parametrize(
    ("edit", "fact", "documented"),
    [
        (add_optional_response_field, "002 field new_field", "string(16)"),
        (add_enum_value, "000 param coupon_state enum RETURNED", "已退回"),
        (add_error_code, "002 error 400 NEW_CODE 新的错误", "新的错误"),
        (change_string_length, "003 param coupon_code maxLength", "64"),
        (reword_a_special_rule, "000 param belong_merchant minLength", "9"),
        (add_request_parameter, "000 param stock_type", "string(16)"),
        (
            add_row_the_reader_cannot_read,
            "002 unreadable not a row of the table: 这一行不是表格的一行",
            "line 59",
        ),
        (add_optional_response_field_001, "001 field new_field", "string(64)"),
        (add_enum_value_001, "001 field send_channel enum MERCHANT_GIFT", "商家赠券"),
        (add_error_code_001, "001 error 429 RATELIMIT_EXCEEDED 请求过于频繁", "请求过于频繁"),
        (add_request_parameter_001, "001 param brand_id", "string(32)"),
        (change_string_length_001, "001 field deactivate_reason maxLength", "300"),
    ],
)
def test_a_new_or_changed_fact_fails_naming_it(
    copies: Copies, edit: Callable[[Copies], None], fact: str, documented: str
) -> None:
    edit(copies)
    result = copies.check()
    assert not result.ok
    assert fact in missing_ids(result)
    (verdict,) = [v for v in result.missing if v.fact.id == fact]
    assert verdict.fact.documented == documented
    assert any(f"`{fact}`" in line for line in result.failures())


def test_a_new_field_fails_with_all_its_facts_and_nothing_else(copies: Copies) -> None:
    add_optional_response_field(copies)
    assert missing_ids(copies.check()) == [
        "002 field new_field",
        "002 field new_field type",
        "002 field new_field maxLength",
        "002 field new_field required",
        "002 example field new_field",
    ]


def test_an_enum_value_deleted_from_the_spec_fails(copies: Copies) -> None:
    def delete_used(spec: dict) -> None:
        spec["components"]["schemas"]["BusifavorCouponState"]["enum"].remove("USED")
        spec["components"]["schemas"]["UserProductCouponState"]["enum"].remove("PENDING")

    copies.edit_spec(delete_used)
    missing = missing_ids(copies.check())
    assert "000 param coupon_state enum USED" in missing
    assert "001 field coupon_state enum PENDING" in missing


def test_a_required_flag_changed_in_the_spec_fails(copies: Copies) -> None:
    def relax(spec: dict) -> None:
        spec["components"]["schemas"]["FavorCoupon"]["required"].remove("coupon_name")

    copies.edit_spec(relax)
    expected = [i for i in facts_through("FavorCoupon", "field", "required") if "coupon_name" in i]
    assert "002 field coupon_name required" in expected
    assert missing_ids(copies.check()) == expected


def test_an_error_whose_description_the_spec_changed_fails(copies: Copies) -> None:
    def reword(spec: dict) -> None:
        examples = spec["components"]["responses"]["FavorNotFound"]["content"]["application/json"][
            "examples"
        ]
        examples["RESOURCE_NOT_EXISTS"]["value"]["message"] = "券不存在"
        examples["RESOURCE_NOT_EXISTS"]["summary"] = "RESOURCE_NOT_EXISTS 券不存在"

    copies.edit_spec(reword)
    result = copies.check()
    # Every document whose 404 is FavorNotFound and lists this row, read from the spec.
    rows = [i for i in facts_through("FavorNotFound", "error", "") if "批次不存在" in i]
    assert "002 error 404 RESOURCE_NOT_EXISTS 批次不存在" in rows
    assert missing_ids(result) == [fact for row in rows for fact in (row, f"{row} solution")]
    assert "券不存在" in result.missing[0].outcome.reason


def test_an_operation_the_spec_lacks_fails_every_fact_of_its_document(copies: Copies) -> None:
    copies.replace(copies.document("003"), "busifavor/coupons/use\\", "busifavor/coupons/redeem\\")
    result = copies.check()
    missing = [v for v in result.missing if v.fact.document == "003"]
    assert missing[0].fact.id == "003 operation POST /v3/marketing/busifavor/coupons/redeem"
    assert all(v.outcome.spec in ("absent", "—") for v in missing)
    assert {v.fact.document for v in result.missing} == {"003"}


def test_a_spec_operation_without_a_document_is_allowed_and_listed(copies: Copies) -> None:
    def add_operation(spec: dict) -> None:
        spec["paths"]["/v3/certificates"] = {
            "get": {"operationId": "listCertificates", "responses": {"200": {"description": "ok"}}}
        }
        # The description lists it (made from the spec, checked like the sources' table).
        spec["info"]["description"] = spec["info"]["description"].replace(
            "`downloadCertificates`", "`listCertificates`"
        )

    copies.edit_spec(add_operation)
    result = copies.check()
    assert result.ok, result.failures()
    # setNotifyConfig has no document either (no brand page exists, ERRATA.md 50).
    assert "GET /v3/certificates" in result.undocumented_operations


def test_only_numbered_documents_are_read(copies: Copies) -> None:
    documents = numbered(copies.sources)
    readme = copies.sources / "README.md"
    readme.write_text(readme.read_text() + "\n# 文档\n\n批次号 stock_id string(99) 是 path\n")
    (copies.sources / "notes.txt").write_text("junk")
    result = copies.check()
    assert result.ok, result.failures()
    assert [document.path.name for document in result.documents] == [p.name for p in documents]


def test_an_unknown_section_is_unreadable_naming_its_line(copies: Copies) -> None:
    path = copies.document("002")
    path.write_text(path.read_text(encoding="utf-8") + "\n## 回调通知\n\n回调内容\n")
    result = copies.check()
    (verdict,) = result.missing
    assert verdict.fact.id == "002 unreadable section 回调通知 is unknown to this reader"
    assert verdict.fact.line == 153


def test_the_cli_exits_1_naming_the_fact_and_prints_the_report(
    copies: Copies, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = ["--sources", str(copies.sources), "--spec", str(copies.spec)]
    paths += ["--errata", str(copies.errata)]
    assert main(paths) == 0
    add_enum_value(copies)
    assert main([*paths, "--report"]) == 1
    out, err = capsys.readouterr()
    assert (
        "missing: `000 param coupon_state enum RETURNED` (000_ab1001e4b8ea7f34.txt line 31)" in err
    )
    assert "| `000 param coupon_state enum RETURNED` | 31 | 已退回 | absent | **missing**" in out
    assert "| `000 param appid in` | 27 | path | query | erratum #1 |" in out
    assert "## 001_f1367297069ecd16.txt: 查询用户商品券详情" in out


TABLES = ("request", "response", "errors")


def first_rows(number: str) -> dict[str, int]:
    """The line of the first row of each table the document has (a truncated copy lacks some)."""
    document = read_document(next(SOURCES.glob(f"{number}_*.txt")))
    rows = {"request": document.request, "response": document.response, "errors": document.errors}
    return {table: found[0].line for table, found in rows.items() if found}


@pytest.mark.parametrize(
    ("number", "table"),
    [(number, table) for number in NUMBERS for table in TABLES if table in first_rows(number)],
)
def test_a_row_added_to_any_table_of_any_document_fails(
    copies: Copies, number: str, table: str
) -> None:
    """The issue's acceptance test: every table of every document, in its own format."""
    path = copies.document(number)
    document = read_document(path)
    markdown = path.read_text(encoding="utf-8").startswith("---\n")
    first = first_rows(number)[table]
    # Where the document puts its first parameter (003 labels its body fields `query`).
    location = document.request[0].location
    if table == "errors":
        row = (
            "400 NEW_ROW_CODE 新的错误 请重试"
            if markdown
            else "400\n\nNEW_ROW_CODE\n\n新的错误\n\n请重试\n"
        )
        fact = f"{number} error 400 NEW_ROW_CODE 新的错误"
    elif markdown:
        extra = f" {location}" if table == "request" else ""
        row = f"新的一行 new_row string(8) 否{extra} 新的一行。\n|||x"
        fact = f"{number} {'param' if table == 'request' else 'field'} new_row"
    else:
        row = f"{NBSP}new_row  选填{NBSP}{NBSP} string(8)\n\n【新的一行】{NBSP}说明\n"
        fact = f"{number} {'param' if table == 'request' else 'field'} new_row"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[first - 1 : first - 1] = row.split("\n")
    path.write_text("\n".join(lines), encoding="utf-8")
    result = copies.check()
    assert fact in missing_ids(result), result.failures()
    assert {verdict.fact.document for verdict in result.missing} == {number}


STRAY = "展开全部"
ARTEFACTS = (
    "\n## Copying artefacts\n\n| fact | what it is |\n|---|---|\n"
    f"| `002 unreadable not a row of the table: {STRAY}` | the page's expand-all link |\n"
)


def test_a_stray_line_named_a_copying_artefact_passes_without_an_erratum(copies: Copies) -> None:
    copies.insert(copies.document("002"), "|||微信支付营销", STRAY)
    assert missing_ids(copies.check()) == [f"002 unreadable not a row of the table: {STRAY}"]
    readme = copies.sources / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + ARTEFACTS, encoding="utf-8")
    result = copies.check()
    assert result.ok, result.failures()
    (artefact,) = [
        v for v in result.verdicts if v.status == "artefact" and v.fact.document == "002"
    ]
    assert artefact.fact.id == f"002 unreadable not a row of the table: {STRAY}"


def test_a_copying_artefact_no_document_states_is_stale(copies: Copies) -> None:
    readme = copies.sources / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + ARTEFACTS, encoding="utf-8")
    result = copies.check()
    (stale,) = result.stale
    assert f"`002 unreadable not a row of the table: {STRAY}` a copying artefact" in stale


def test_an_unclosed_fence_needs_no_erratum(copies: Copies) -> None:
    """An artefact the reader recognises is accepted on its own, and reported."""
    result = copies.check()
    fences = [v for v in result.verdicts if v.fact.kind == "copy" and "fence" in v.fact.subject]
    assert [v.fact.document for v in fences] == ["003", "003"]
    assert {v.status for v in fences} == {"artefact"}


def test_the_tables_of_documents_and_operations_are_read_not_restated(
    copies: Copies, capsys: pytest.CaptureFixture[str]
) -> None:
    """spec/sources/README.md's table and info.description's come from spec/sources/ and the
    spec: a renamed document, or an operation the description does not list, fails the check,
    and `readme` writes the README's table again."""
    copies.replace(copies.document("002"), "title: '查询代金券详情API'", "title: '查询代金券'")
    result = copies.check()
    assert any("README.md: its table of documents" in line for line in result.failures())
    paths = ["--sources", str(copies.sources), "--spec", str(copies.spec)]
    assert main(["readme", *paths]) == 0
    readme = (copies.sources / "README.md").read_text(encoding="utf-8")
    assert "| `002_afe94fbce4021fea.txt` | `queryFavorCoupon` | 查询代金券 (代金券) |" in readme
    assert not any("README.md" in line for line in copies.check().failures())

    def unlist(spec: dict) -> None:
        spec["info"]["description"] = spec["info"]["description"].replace(
            "| `queryFavorCoupon` | 查询代金券详情API (代金券) |\n", ""
        )

    copies.edit_spec(unlist)
    (line,) = [line for line in copies.check().failures() if "info.description" in line]
    assert "queryFavorCoupon" in line


# --- copies that stop early ---------------------------------------------------------------------

# The sections holding each table, in either format.
SECTIONS = {"request": ("请求参数",), "response": ("应答参数", "返回参数"), "errors": ("错误码",)}


@pytest.mark.parametrize(
    ("number", "table"),
    [(number, table) for number in NUMBERS for table in TABLES if table not in first_rows(number)],
)
def test_a_document_without_a_table_is_accepted_because_its_copy_is_declared_truncated(
    copies: Copies, number: str, table: str
) -> None:
    """A copy without a response or error table passes only as a declared truncated copy: its
    `incomplete` fact names the section it lacks and is a copying artefact of the README."""
    result = copies.check()
    (ends,) = [
        v for v in result.verdicts if v.fact.document == number and v.fact.kind == "incomplete"
    ]
    assert any(section in ends.fact.detail for section in SECTIONS[table]), ends.fact.id
    assert ends.status == "artefact", ends.fact.id
    assert "sources/README.md line" in ends.outcome.reason


def truncated() -> list[str]:
    return [
        number for number in NUMBERS if read_document(next(SOURCES.glob(f"{number}_*.txt"))).absent
    ]


def whole() -> list[str]:
    return [number for number in NUMBERS if number not in truncated()]


def declaration(copies: Copies, number: str) -> str:
    readme = (copies.sources / "README.md").read_text(encoding="utf-8").splitlines()
    (line,) = [line for line in readme if line.startswith(f"| `{number} incomplete ")]
    return line


@pytest.mark.parametrize("number", truncated())
def test_a_truncated_copy_without_its_declaration_fails(copies: Copies, number: str) -> None:
    readme = copies.sources / "README.md"
    copies.replace(readme, declaration(copies, number) + "\n", "")
    result = copies.check()
    (verdict,) = result.missing
    assert verdict.fact.id.startswith(f"{number} incomplete ends at ")
    assert any("declare it under 'Copying artefacts'" in line for line in result.failures())


@pytest.mark.parametrize("number", whole())
def test_a_whole_document_cut_before_its_error_table_fails(copies: Copies, number: str) -> None:
    """A document that has no error table and is not declared truncated fails, whatever else
    holds: the check names the sections it lacks and where its text ends."""
    path = copies.document(number)
    lines = path.read_text(encoding="utf-8").split("\n")
    (title, *_) = [
        index
        for index, line in enumerate(lines)
        if line.strip() == "错误码" or line.startswith("## 错误码")
    ]
    path.write_text("\n".join(lines[:title]) + "\n", encoding="utf-8")
    document = read_document(path)
    assert document.errors == [] and document.absent == ["错误码"]
    result = copies.check()
    (verdict,) = [v for v in result.missing if v.fact.kind == "incomplete"]
    assert verdict.fact.id == f'{number} incomplete ends at "{document.ends_at}", without 错误码'
    assert not result.ok


def test_a_fuller_copy_makes_its_declaration_stale(copies: Copies) -> None:
    """Where a copy ends is part of its declaration: a copy that reaches further is a new fact,
    and the old line in the README names no fact any more."""
    number = truncated()[-1]
    old = declaration(copies, number)
    path = copies.document(number)
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n继续的一行\n", "utf-8")
    result = copies.check()
    # A copy that ends inside its request example also reads the added line as a broken example
    # line; what this test is about is where the copy ends.
    (verdict,) = [v for v in result.missing if v.fact.kind == "incomplete"]
    assert verdict.fact.id.startswith(f'{number} incomplete ends at "继续的一行"')
    assert all("继续的一行" in v.fact.id for v in result.missing)
    (stale,) = result.stale
    assert old.split("`")[1] in stale

"""The two readers: the documents' format as it is, irregularities noted, nothing skipped."""

from pathlib import Path

import pytest

from tools.sources import facts, read_document
from tools.sources.model import Document
from tools.sources.text import read_json, split_description

from .conftest import SOURCES


def document(number: str) -> Document:
    (path,) = SOURCES.glob(f"{number}_*.txt")
    return read_document(path)


def rows(rows_list: list) -> dict:
    return {row.name: row for row in rows_list}


def test_the_markdown_documents_rows_as_written() -> None:
    busifavor = document("000")
    assert (busifavor.method, busifavor.url_path) == (
        "GET",
        "/v3/marketing/busifavor/users/{openid}/coupons",
    )
    request = rows(busifavor.request)
    assert list(request) == [
        "openid", "appid", "stock_id", "coupon_state", "creator_merchant",
        "belong_merchant", "sender_merchant", "offset", "limit",
    ]  # fmt: skip
    state = request["coupon_state"]
    # "券状态 coupon_state string(16) 否" / "path 券状态": the location on the next line.
    assert (state.max_length, state.required, state.location) == (16, False, "path")
    assert state.enum == [("SENDED", "可用"), ("USED", "已核销"), ("EXPIRED", "已过期")]
    assert state.example == "SENDED"
    # "特殊规则: 长度最小 8 个字节。"
    assert (request["belong_merchant"].min_length, request["belong_merchant"].max_length) == (8, 15)
    # "变量 类型 必填 描述 +结果集 data array 是 结果集": a row glued to the table's header.
    response = rows(busifavor.response)
    assert (response["data"].type, response["data"].required) == ("array", True)


def test_rows_broken_over_lines_and_enum_lists_without_a_label() -> None:
    favor = rows(document("002").response)
    # "|||98674556 +单品优惠特定信息 cut_to_message" / "object" / "" / "否 单品优惠特定信息。"
    cut_to = favor["cut_to_message"]
    assert (cut_to.type, cut_to.required, cut_to.example) == ("object", False, None)
    assert favor["coupon_id"].example == "98674556"
    assert [value for value, _ in favor["status"].enum] == ["SENDED", "USED", "EXPIRED"]
    assert favor["no_cash"].enum == [("true", "是"), ("false", "否")]
    assert (favor["consume_information"].type, favor["consume_information"].required) == (
        "object",
        False,
    )


def test_error_tables_with_merged_cells() -> None:
    errors = document("002").errors
    assert [(e.status, e.code, e.description) for e in errors[:2]] == [
        ("400", "PARAM_ERROR", "回调 url 不能为空"),
        ("400", "PARAM_ERROR", "回调商户不能为空"),
    ]
    busifavor = document("000").errors
    continued = next(e for e in busifavor if e.description == "券已被其他订单核销")
    assert (continued.status, continued.code) == ("400", "RESOURCE_ALREADY_EXISTS")
    assert continued.solution == "请通过查询券 API 确认券是否已被其他订单核销"


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("参数错误 查看具体错误信息, 调整参数", ("参数错误", "查看具体错误信息, 调整参数")),
        ("券 id 必填 请填写券 id", ("券 id 必填", "请填写券 id")),
        (
            "上传的自定义 code 已达上限 请更换一个新的批次后重试",
            ("上传的自定义 code 已达上限", "请更换一个新的批次后重试"),
        ),
        # No space between two Chinese characters: the first space after one.
        (
            "appid 与请求方商户无关联关系 appid 与请求方商户不匹配, 请确认",
            ("appid 与请求方商户无关联关系", "appid 与请求方商户不匹配, 请确认"),
        ),
        ("NOSPACE", None),
    ],
)
def test_description_and_solution_split(text: str, cells: tuple[str, str] | None) -> None:
    assert split_description(text) == cells


def test_the_irregular_examples_are_read_and_noted() -> None:
    busifavor = document("000")
    coupon = busifavor.response_example["data"][0]
    assert coupon["use_time"] == "2019-12-30T13:29:35.120+08:00"
    notes = [(note.kind, note.text) for note in busifavor.notes]
    assert ("unreadable", "not a row of the table: 卡券背景颜色图") in notes
    assert [line for kind, line in notes if "no comma" in line] == [
        'the response example is not valid JSON: no comma after "receive_time"',
        'the response example is not valid JSON: no comma after "send_request_no"',
        'the response example is not valid JSON: no comma after "use_request_no"',
    ]
    favor = document("002")
    assert favor.request_example is not None
    assert favor.request_example.query == (("appid", "wx233544546545989"),)
    use = document("003")
    assert use.request_example is not None
    assert use.request_example.body["use_request_no"] == "1002600620019090123143254435"
    assert [note.line for note in use.notes] == [40, 90]


def test_the_page_document() -> None:
    product = document("001")
    assert product.title == "查询用户商品券详情"
    request = rows(product.request)
    assert {name: row.location for name, row in request.items()} == {
        "Authorization": "header", "Accept": "header", "Wechatpay-Serial": "header",
        "coupon_code": "path", "openid": "path",
        "product_coupon_id": "query", "stock_id": "query", "appid": "query",
    }  # fmt: skip
    response = rows(product.response)
    assert len(response["coupon_state"].enum) == 7
    assert (response["attach"].required, response["attach"].max_length) == (False, None)
    assert len(product.errors) == 21
    assert product.errors[2].status == "401"
    assert product.response_example["stock"]["state"] == "SENDING"
    assert product.request_example is not None
    assert dict(product.request_example.headers)["Wechatpay-Serial"] == "PUB_KEY_ID_XXXX"
    assert product.notes == []


PAGE = """查询示例

接口说明

请求方式:【POST】/brand/example/{id}

请求参数

path  路径参数

 id  必填   string(8)

【ID】 说明

body  包体参数

 rule  必填   object

【规则】

属性

   kind  选填   string

   可选取值

     • A:  甲

     • B:  乙

   limits  选填   array

属性

      max  必填   integer

应答参数

200 OK

 count  必填   integer

一行说明
不是表格的一行? 不: 说明可以有多行

应答示例

200 OK

1{
2  "count" : 3,
3  "list" : [
4    10,
5    20
6  ]
7}

错误码

状态码

错误码

描述

解决方案

400

PARAM_ERROR

参数错误

请检查参数

hello

元宝AI
"""


def test_a_page_with_nested_rows_enums_and_a_bad_error_row(tmp_path: Path) -> None:
    path = tmp_path / "009_example.txt"
    path.write_text(PAGE, encoding="utf-8")
    page = read_document(path)
    assert (page.method, page.url_path) == ("POST", "/brand/example/{id}")
    (rule,) = [row for row in page.request if row.name == "rule"]
    assert [child.name for child in rule.children] == ["kind", "limits"]
    assert rule.children[0].enum == [("A", "甲"), ("B", "乙")]
    assert [child.name for child in rule.children[1].children] == ["max"]
    assert page.response_example == {"count": 3, "list": [10, 20]}
    assert [(e.status, e.code, e.description, e.solution) for e in page.errors] == [
        ("400", "PARAM_ERROR", "参数错误", "请检查参数")
    ]
    ids = [fact.id for fact in facts(page)]
    assert "009 param rule.limits[].max required" in ids
    assert "009 param rule.kind enum B" in ids
    assert "009 unreadable error table: expected a status, found hello" in ids


def test_an_error_section_without_its_table_header_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "009_example.txt"
    path.write_text(
        PAGE.replace("状态码\n\n错误码\n\n描述\n\n解决方案\n\n", "Status codes\n\n"),
        encoding="utf-8",
    )
    page = read_document(path)
    assert page.errors == []
    texts = path.read_text(encoding="utf-8").splitlines()
    named = [(note.text, texts[note.line - 1]) for note in page.notes]
    assert named == [
        ("error table: not its header: Status codes", "Status codes"),
        ("error table: not its header: 400", "400"),
        ("error table: not its header: PARAM_ERROR", "PARAM_ERROR"),
        ("error table: not its header: 参数错误", "参数错误"),
        ("error table: not its header: 请检查参数", "请检查参数"),
        ("error table: not its header: hello", "hello"),
        ("the 错误码 section has no table (状态码, 错误码, 描述, 解决方案)", "错误码"),
    ]


def test_an_older_page_links_the_public_codes_before_its_table(tmp_path: Path) -> None:
    """Pages of the 2024 layout (docs/merchant/apis/…, e.g. 使券失效) put the link 公共错误码
    where newer ones write the sentence 以下是本接口返回的错误码列表…; either one introduces
    the table."""
    path = tmp_path / "009_example.txt"
    path.write_text(
        PAGE.replace("错误码\n\n状态码", "错误码\n\n公共错误码\n\n状态码"), encoding="utf-8"
    )
    page = read_document(path)
    assert [(e.status, e.code, e.description) for e in page.errors] == [
        ("400", "PARAM_ERROR", "参数错误")
    ]
    assert "error table: not its header: 公共错误码" not in [note.text for note in page.notes]


def test_json_mended_or_named_unreadable(tmp_path: Path) -> None:
    example = Document("009", tmp_path / "009_x.txt")
    lines = [(10, "{"), (11, '  "a": 1'), (12, '  "b": [1, 2]'), (13, "}")]
    assert read_json(lines, example, "the example") == {"a": 1, "b": [1, 2]}
    assert [(n.kind, n.text, n.line) for n in example.notes] == [
        ("irregular", 'the example is not valid JSON: no comma after "a"', 11)
    ]
    broken = Document("009", tmp_path / "009_x.txt")
    assert read_json([(20, "{"), (21, '  "a": tru'), (22, "}")], broken, "the example") is None
    assert [(n.kind, n.line) for n in broken.notes] == [("unreadable", 21)]

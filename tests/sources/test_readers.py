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


# --- what WeChat's Markdown copies also write: pipe tables, <br> in cells, 特殊规则 wordings ----

PIPE_DOCUMENT = """---
title: '测试文档'
---

## 接口说明

**请求 URL**: https://api.mch.weixin.qq.com/v3/marketing/test/{stock_id}\\
**请求方式**: POST\\

## 请求参数

| 参数名 | 变量 | 类型[长度限制] | 必填 | 描述 |
| --- | --- | --- | --- | --- |
| 批次号 | stock\\_id | string[1,20] | 是 | path 批次号<br>示例值：9865000 |
| 券状态 | coupon\\_state | string(16) | 否 | query 券状态<br>枚举值：<br>SENDED：可用<br>USED：已核销<br>示例值：SENDED |
| 无资金流 | no\\_cash | bool | 否 | query 是否无资金流<br>枚举值：<br>true：是<br>false：否 |
| 归属商户号 | belong\\_merchant | string | 否 | query 归属商户号<br>特殊规则：最小长度取值为 8 |
| 过滤 | filter | object | 否 | body 过滤条件 |
| 批次类型 | filter.stock\\_type | string | 是 | 批次类型<br>枚举值：<br>NORMAL：满减券<br>DISCOUNT：折扣券 |
| 券码 | codes | array | 否 | body 券码列表<br>特殊规则：单个券code长度为【1，128】，条目个数限制为【1，20】 |
| 金额 | amount | int | 否 | body 金额<br>特殊规则：取值范围 1 ≤ value ≤ 10000000 |
| 单号 | out\\_no | string | 否 | body 单号<br>特殊规则：正则表达式：^[0-9A-Za-z_-]+$，长度最大 32 个字节 |

## 返回参数

变量 |类型 |必填 |参数名/描述/示例值

是否单品优惠 singleitem bool 是 枚举值:<br>true: 是<br>false: 否
|||true
券类型 coupon_type string 是 券类型:<br>NORMAL: 满减券<br>CUT_TO: 减至券
|||NORMAL

## 错误码

| 状态码 | 错误码 | 描述 | 解决方案 |
| --- | --- | --- | --- |
| 400 | PARAM_ERROR | 参数错误<br>（见 detail） | 请根据错误提示<br>正确传入参数 |
|  | INVALID_REQUEST | 券码已用完 | 请更换批次 |
| 404 | RESOURCE_NOT_EXISTS | 批次不存在 | 请检查批次号 |
"""  # noqa: E501 - a table row is one line, however long


def write(tmp_path: Path, text: str, name: str = "009_example.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def line_of(text: str, needle: str) -> int:
    (number,) = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return number


def test_a_pipe_parameter_table_with_br_in_its_cells(tmp_path: Path) -> None:
    page = write(tmp_path, PIPE_DOCUMENT)
    assert page.notes == []
    request = rows(page.request)
    stock = request["stock_id"]
    assert (stock.location, stock.required, stock.example) == ("path", True, "9865000")
    assert (stock.min_length, stock.max_length) == (1, 20)
    state = request["coupon_state"]
    assert (state.location, state.max_length, state.example) == ("query", 16, "SENDED")
    assert state.enum == [("SENDED", "可用"), ("USED", "已核销")]
    # <br> inside the cell must not lose the values (the trial's defect).
    assert request["no_cash"].enum == [("true", "是"), ("false", "否")]
    assert [child.name for child in request["filter"].children] == ["stock_type"]
    assert request["filter"].children[0].enum == [("NORMAL", "满减券"), ("DISCOUNT", "折扣券")]
    assert request["filter"].children[0].location is None  # a field of the body's filter


def test_br_in_a_markdown_row_keeps_its_enum_values(tmp_path: Path) -> None:
    response = rows(write(tmp_path, PIPE_DOCUMENT).response)
    assert response["singleitem"].enum == [("true", "是"), ("false", "否")]
    assert response["coupon_type"].enum == [("NORMAL", "满减券"), ("CUT_TO", "减至券")]
    assert response["singleitem"].example == "true"


@pytest.mark.parametrize(
    ("name", "constraints"),
    [
        # The trial's defect: this wording was dropped with no fact and no warning.
        ("belong_merchant", {"minLength": "8"}),
        ("codes", {"items.minLength": "1", "items.maxLength": "128", "minItems": "1",
                   "maxItems": "20"}),
        ("amount", {"minimum": "1", "maximum": "10000000"}),
        ("out_no", {"pattern": "^[0-9A-Za-z_-]+$", "maxLength": "32"}),
    ],
)  # fmt: skip
def test_the_wordings_of_special_rules(tmp_path: Path, name: str, constraints: dict) -> None:
    row = rows(write(tmp_path, PIPE_DOCUMENT).request)[name]
    assert row.constraints == constraints
    ids = [fact.id for fact in facts(write(tmp_path, PIPE_DOCUMENT))]
    for keyword in constraints:
        assert f"009 param {name} {keyword}" in ids


@pytest.mark.parametrize(
    "rule",
    ["最小长度取值为 8", "长度最小 8 个字节", "最小字符长度为8", "长度不少于 8 个字符"],
)
def test_every_minimum_length_wording_means_the_same(tmp_path: Path, rule: str) -> None:
    text = PIPE_DOCUMENT.replace("特殊规则：最小长度取值为 8", f"特殊规则：{rule}")
    assert rows(write(tmp_path, text).request)["belong_merchant"].constraints == {"minLength": "8"}


def test_a_special_rule_the_reader_does_not_know_is_unreadable_at_its_line(tmp_path: Path) -> None:
    text = PIPE_DOCUMENT.replace(
        "特殊规则：最小长度取值为 8", "特殊规则：仅限工作日使用，长度最小 8 个字节"
    )
    page = write(tmp_path, text)
    assert rows(page.request)["belong_merchant"].constraints == {"minLength": "8"}
    (note,) = page.notes
    assert (note.kind, note.text) == (
        "unreadable",
        "row belong_merchant: a 特殊规则 the reader does not know: 仅限工作日使用",
    )
    assert note.line == line_of(text, "belong\\_merchant")


def test_enum_values_run_together_are_unreadable_not_one_value(tmp_path: Path) -> None:
    text = PIPE_DOCUMENT.replace("SENDED：可用<br>USED：已核销", "SENDED：可用USED：已核销")
    page = write(tmp_path, text)
    assert rows(page.request)["coupon_state"].enum == []
    (note,) = page.notes
    assert note.kind == "unreadable" and "two enum values on one line" in note.text


def test_a_pipe_error_table_with_br_and_merged_cells(tmp_path: Path) -> None:
    page = write(tmp_path, PIPE_DOCUMENT)
    assert [(e.status, e.code, e.description, e.solution) for e in page.errors] == [
        ("400", "PARAM_ERROR", "参数错误 （见 detail）", "请根据错误提示 正确传入参数"),
        ("400", "INVALID_REQUEST", "券码已用完", "请更换批次"),
        ("404", "RESOURCE_NOT_EXISTS", "批次不存在", "请检查批次号"),
    ]
    assert page.errors[0].line == line_of(PIPE_DOCUMENT, "| 400 | PARAM_ERROR")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "| 参数名 | 变量 | 类型[长度限制] | 必填 | 描述 |",
            "| 参数名 | 变量 | 类别 | 必填 | 描述 |",
            "a table whose columns the reader does not know: 参数名 | 变量 | 类别 | 必填 | 描述",
        ),
        (
            "| 金额 | amount | int | 否 |",
            "| 金额 | amount | int |",
            "a table row of 4 cells under 5 columns:",
        ),
        (
            "| amount | int |",
            "| amount | money |",
            "row amount has a type the reader does not know",
        ),
        ("| filter.stock\\_type |", "| filters.stock\\_type |", "row filters.stock_type: no row"),
        ("|  | INVALID_REQUEST |", "| 4xx | INVALID_REQUEST |", "not an error row (status, code)"),
    ],
    ids=["header", "cells", "type", "parent", "status"],
)
def test_a_pipe_table_it_cannot_read_is_unreadable_at_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert PIPE_DOCUMENT.count(old) == 1
    text = PIPE_DOCUMENT.replace(old, new)
    page = write(tmp_path, text)
    (note,) = [note for note in page.notes if note.kind == "unreadable"]
    assert note.text.startswith(message), note.text
    assert note.line == line_of(text, new)


def test_an_unclosed_fence_is_a_copying_artefact_not_an_irregularity() -> None:
    use = document("003")
    assert [(note.kind, note.line) for note in use.notes] == [("copy", 40), ("copy", 90)]


COLLAPSED = """查询示例
接口说明
请求方式:【POST】/brand/example/{id}
请求参数
path 路径参数
id 必填 string(8)
【ID】 说明
请求示例
POST
CURL
需配合微信支付工具库 WXPayUtility 使用,请参考Java
1package com.java.demo; 2 3import com.java.utils.WXPayBrandUtility; 4 5import com.goo
""".replace(
    "CURL",
    "1curl -X POST \\ 2 https://api.mch.weixin.qq.com/brand/example/AB12?mode=fast \\ "
    '3 -H "Accept: application/json" \\ 4 -d \'{ 5 "count" : 13 6 }\' 7',
)


def test_the_collapsed_form_holds_a_numbered_example_on_one_line(tmp_path: Path) -> None:
    """The collapsed page form (005, 015) joins an example's numbered lines into one line, and
    keeps the page's other tabs after it: the curl example is read, the Java tab noted as what
    it is, an artefact of the copy; the copy's end and the sections it lacks are reported."""
    page = write(tmp_path, COLLAPSED)
    example = page.request_example
    assert example is not None
    assert (example.query, example.headers, example.body) == (
        (("mode", "fast"),),
        (("Accept", "application/json"),),
        {"count": 13},
    )
    (note,) = page.notes
    assert (note.kind, note.line) == ("copy", 11)
    assert note.text.startswith("the request example: the Java tab's code follows the curl tab's")
    assert page.absent == ["应答参数", "应答示例", "错误码"]
    assert (page.last_line[0], page.ends_at) == (12, "…ility; 4 5import com.goo")
    (ends,) = [fact for fact in facts(page) if fact.kind == "incomplete"]
    assert ends.id == (
        '009 incomplete ends at "…ility; 4 5import com.goo", without 应答参数, 应答示例, 错误码'
    )


def test_after_a_collapsed_example_anything_but_another_tab_is_unreadable(tmp_path: Path) -> None:
    page = write(
        tmp_path, COLLAPSED.replace("需配合微信支付工具库 WXPayUtility 使用,请参考Java", "随便一行")
    )
    (note,) = page.notes
    assert (note.kind, note.line, note.text) == (
        "unreadable",
        11,
        "the request example: expected code line 8, found 随便一行",
    )


def test_the_collapsed_documents_request_examples() -> None:
    for number in ("005", "015"):
        page = document(number)
        assert page.request_example is not None
        assert dict(page.request_example.headers)["Wechatpay-Serial"] == "PUB_KEY_ID_XXXX"
        assert [note.kind for note in page.notes] == ["copy"]


# A list page's rows (查询商品券批次列表, pay.weixin.qq.com/doc/brand/4015736384, and 创建商品券,
# 004) with the bounds they word in their description rather than in a 特殊规则.
BOUNDS_PAGE = """查询示例列表

更新时间:2025.08.28

品牌方可以通过该接口分页查询示例。

频率限制:20/s

接口说明

请求方式:【GET】/brand/example/items

请求参数

query  查询参数

 state  选填   string

【批次状态】 不填默认查询所有状态的批次

 page_size  选填   integer

【分页大小】 单次拉取的数据条数上限,不填默认为20,最大值50

 offset  选填   integer

【起始位置】 最小值1

 out_request_no  必填   string(40)

【请求单号】 可使用 数字、大小写字母、下划线_、短横线- 组成,长度在6-40个字符之间

 codes  选填   array

【券码列表】 单个券码长度在1~128个字符之间
"""


@pytest.mark.parametrize(
    ("name", "constraints"),
    [
        ("state", {}),  # 不填默认查询所有状态: a default, but not a value to compare
        ("page_size", {"default": "20", "maximum": "50"}),
        ("offset", {"minimum": "1"}),
        ("out_request_no", {"minLength": "6", "maxLength": "40"}),
        ("codes", {"items.minLength": "1", "items.maxLength": "128"}),
    ],
)
def test_bounds_worded_in_a_description_are_facts(
    tmp_path: Path, name: str, constraints: dict
) -> None:
    page = write(tmp_path, BOUNDS_PAGE)
    assert page.notes == []
    assert rows(page.request)[name].constraints == constraints
    ids = {fact.id: fact.documented for fact in facts(page)}
    for keyword, value in constraints.items():
        assert ids[f"009 param {name} {keyword}"] == value


@pytest.mark.parametrize(
    ("wording", "constraints"),
    [
        (
            "默认值为 10,最小值为 1,最大值为 100",
            {"default": "10", "minimum": "1", "maximum": "100"},
        ),
        ("不传默认为20。最大值:50", {"default": "20", "maximum": "50"}),
    ],
)
def test_other_wordings_of_the_described_bounds(
    tmp_path: Path, wording: str, constraints: dict
) -> None:
    text = BOUNDS_PAGE.replace("不填默认为20,最大值50", wording)
    assert rows(write(tmp_path, text).request)["page_size"].constraints == constraints


def test_a_described_bound_in_a_special_rule_is_read_too(tmp_path: Path) -> None:
    text = BOUNDS_PAGE.replace(
        "【起始位置】 最小值1", "【起始位置】\n\n特殊规则: 最小值1,最大值100"
    )
    page = write(tmp_path, text)
    assert page.notes == []
    assert rows(page.request)["offset"].constraints == {"minimum": "1", "maximum": "100"}


def test_a_described_bound_the_type_contradicts_is_unreadable(tmp_path: Path) -> None:
    text = BOUNDS_PAGE.replace("长度在6-40个字符之间", "长度在6-32个字符之间")
    page = write(tmp_path, text)
    (note,) = page.notes
    assert note.kind == "unreadable"
    assert note.text == "row out_request_no: maxLength is 40 and 32"
    assert note.line == line_of(text, "长度在6-32")


def test_the_collapsed_form_keeps_the_lead_glued_to_the_update_date() -> None:
    """`更新时间:2025.12.31品牌方可以通过该接口…`: the date is not the intro, the sentence is."""
    intro = document("004").intro
    assert intro[0].startswith("品牌方可以通过该接口为品牌创建商品券和批次。")
    assert intro[1:] == ["前置条件:品牌方已【设置商品券事件通知地址】", "频率限制:20/s"]
    assert not any("更新时间" in line for line in document("014").intro)

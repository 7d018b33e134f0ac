"""The drafting step: a document's operation written into the spec, and re-run as a diff."""

import copy
import re
import subprocess
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from generator.extras import spec_facts
from tools.sources import read_document
from tools.sources.__main__ import main
from tools.sources.check import rate
from tools.sources.draft import Drafter, draft_into, dump, insert, load, update
from tools.sources.errata import read_errata
from tools.sources.readme import spec_table
from wechatpay_mock.spec import Spec as MockSpec
from wechatpay_mock.spec_reader import OpenAPI

from .conftest import ERRATA, SOURCES, SPEC, Copies

NUMBERS = [path.name[:3] for path in sorted(SOURCES.glob("[0-9][0-9][0-9]_*.txt"))]
README = SOURCES / "README.md"


def without(spec, document):
    """A copy of the spec without the document's operation (its components stay)."""
    spec = copy.deepcopy(spec)
    item = spec["paths"][document.url_path]
    del item[document.method.lower()]
    if not item:
        del spec["paths"][document.url_path]
    return spec


def _plain(node):
    """Plain Python data (what yaml.safe_load gives) from round-trip YAML nodes."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    for kind in (str, int, float):
        if isinstance(node, kind):
            return kind(node)
    return node


@pytest.mark.parametrize("number", NUMBERS)
def test_each_document_redrafted_carries_what_the_reviewed_spec_carries(number: str) -> None:
    """Drafted into the spec without its operation, a document's facts all pass the check,
    except where an erratum says the reviewed spec deliberately differs from the document."""
    (path,) = SOURCES.glob(f"{number}_*.txt")
    document = read_document(path)
    reviewed = load(SPEC)
    spec = without(reviewed, document)
    draft = draft_into(document, spec)
    result = rate([document], _plain(spec), ERRATA, README)
    errata = {fact for fact in read_errata(ERRATA).overrides if fact.startswith(number)}
    assert result.missing == [], [v.fact.id for v in result.missing]
    # Where the draft and the reviewed spec differ, ERRATA.md says why (the reviewed spec
    # follows the wire there): the only stale errata are of such facts.
    for line in result.stale:
        assert any(f"`{fact}`" in line for fact in errata), line
    # What the draft could not carry is what the errata name.
    for line in draft.not_carried:
        fact = line.split("`")[1]
        assert fact in errata, line
    # The same operation on the wire: parameters and their places, the errors by status. A copy
    # declared truncated (spec/sources/README.md) names only the parameters before its end; the
    # reviewed spec has the rest from the sources the README names.
    truncated = [v for v in result.verdicts if v.fact.kind == "incomplete"]
    assert all(v.status == "artefact" for v in truncated)
    reader, reviewed_reader = OpenAPI(_plain(spec)), OpenAPI(_plain(reviewed))
    mine = reader.operation(document.method, document.url_path)
    theirs = reviewed_reader.operation(document.method, document.url_path)
    drafted = {(p["in"], p["name"]) for p in reader.parameters(mine)}
    expected = {(p["in"], p["name"]) for p in reviewed_reader.parameters(theirs)}
    assert drafted <= expected if truncated else drafted == expected
    assert {(e.status, e.code) for e in reader.error_examples(mine)} >= {
        (int(e.status), e.code) for e in document.errors
    }
    assert set(reader.body_schema(mine) or {}) == set(reviewed_reader.body_schema(theirs) or {})
    validate(_plain(spec))
    # What the reader of the spec finds unfinished is only what the draft's review names.
    review = " ".join(mine.raw["x-review"])
    for problem in reader.problems():
        assert all(
            extension in review for extension in re.findall(r"x-[a-z]+(?:-[a-z]+)*", problem)
        ), problem
    assert mine.raw["x-review"], "a draft is always marked for review"


def test_a_parameter_the_family_has_as_a_component_is_reused() -> None:
    """A page of a family whose parameters are components (the brand's Wechatpay-Serial header,
    product_coupon_id and stock_id in the path) gets $refs to them, with their examples, which
    the portal's sample and the fuzzer need; a copy would lose them."""
    (path,) = SOURCES.glob("006_*.txt")
    document = read_document(path)
    spec = without(load(SPEC), document)
    draft = Drafter(document, spec).run()
    assert _plain(draft.operation["parameters"]) == [
        {"$ref": "#/components/parameters/BrandWechatpaySerial"},
        {"$ref": "#/components/parameters/ProductCouponIdInPath"},
        {"$ref": "#/components/parameters/StockIdInPath"},
    ]
    # A parameter whose bounds the document states otherwise is drafted as the document says.
    spec["components"]["parameters"]["StockIdInPath"]["schema"]["type"] = "integer"
    redrafted = Drafter(document, spec).run()
    stock_id = redrafted.operation["parameters"][2]
    assert stock_id["name"] == "stock_id" and stock_id["schema"]["type"] == "string"


PAGE = """创建礼品卡

更新时间:2026.01.01

品牌方可以通过本接口创建礼品卡

频率限制:20/s

接口说明

支持商户:【品牌商户】

请求方式:【POST】/brand/marketing/gift-card/cards

请求参数

Header  HTTP头参数

 Authorization  必填 string

请参考签名认证生成认证信息

 Wechatpay-Serial  必填 string(64)

【微信支付公钥ID】 品牌的微信支付公钥ID

body  包体参数

 out_request_no  必填   string(40)

【创建请求单号】 品牌侧需保持唯一性

 card_type  必填   string

【卡类型】 礼品卡的类型

可选取值

  • VALUE:  储值卡

  • TIMES:  次卡

 face_value  选填   integer

【面额】 单位分

特殊规则: 取值范围 1 ≤ value ≤ 100000

 display  必填   object

【展示信息】 礼品卡的展示信息

属性

   name  必填   string(32)

   【名称】 礼品卡名称

   color  选填   string

   【颜色】 背景颜色

请求示例

POST

创建储值卡

1curl -X POST \\
2  https://api.mch.weixin.qq.com/brand/marketing/gift-card/cards \\
3  -H "Authorization: WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\\"XXXX\\",..." \\
4  -H "Accept: application/json" \\
5  -H "Wechatpay-Serial: PUB_KEY_ID_0000000000000024101100397200000006" \\
6  -H "Content-Type: application/json" \\
7  -d '{
8    "out_request_no" : "GIFT_20260101_0001",
9    "card_type" : "VALUE",
10    "face_value" : 10000,
11    "display" : {
12      "name" : "新年礼品卡",
13      "color" : "Color010"
14    }
15  }'
16

应答参数

200 OK

 card_id  必填   string(40)

【礼品卡ID】 微信支付生成的礼品卡唯一标识

 state  必填   string

【状态】

可选取值

  • ACTIVE:  可用

  • DEACTIVATED:  已失效

 create_time  必填   string

【创建时间】 遵循rfc3339标准格式

应答示例

200 OK

1{
2  "card_id" : "GC_0001",
3  "state" : "ACTIVE",
4  "create_time" : "2026-01-01T10:00:00+08:00"
5}

错误码

以下是本接口返回的错误码列表。

状态码

错误码

描述

解决方案

400

PARAM_ERROR

参数错误

请根据错误提示正确传入参数

400

INVALID_REQUEST

HTTP 请求不符合微信支付 APIv3 接口规则

请参阅 接口规则

401

SIGN_ERROR

验证不通过

请参阅 签名常见问题

409

ALREADY_EXISTS

礼品卡已存在

请确认 out_request_no 是否重复

500

SYSTEM_ERROR

系统异常,请稍后重试

请稍后重试
"""


def _source(tmp_path: Path, name: str, text: str) -> Path:
    """A page as the only document of a sources directory (with its README)."""
    path = tmp_path / "sources" / name
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    (path.parent / "README.md").write_text("# sources\n", encoding="utf-8")
    return path


@pytest.fixture
def new_page(tmp_path: Path) -> Path:
    return _source(tmp_path, "009_gift_card.txt", PAGE)


def _drafted(page: Path):
    """A page read (cleanly) and drafted into a copy of the spec: the document, the draft and
    the spec as plain data."""
    document = read_document(page)
    assert document.notes == []
    spec = load(SPEC)
    draft = draft_into(document, spec)
    return document, draft, _plain(spec)


def test_a_new_page_of_a_new_family_is_drafted_whole(new_page: Path) -> None:
    document, draft, plain_spec = _drafted(new_page)
    result = rate([document], plain_spec, ERRATA, new_page.parent / "README.md")
    assert result.ok and result.missing == [], result.failures()
    assert draft.not_carried == []
    operation = draft.operation
    assert (draft.operation_id, draft.tag) == ("createGiftCard", "gift_card")
    assert operation["x-idempotency-key"] == "out_request_no"
    assert operation["x-idempotency-conflict"] == "ALREADY_EXISTS"
    assert operation["x-rate-limit"] == "20/s (频率限制)"
    assert operation["security"] == [{"WechatPayBrandSignature": []}]
    # The brand family's Wechatpay-Serial header is a component parameter: reused, not copied.
    assert _plain(operation["parameters"]) == [
        {"$ref": "#/components/parameters/BrandWechatpaySerial"}
    ]
    # Nested objects the page names become component schemas, each marked for review.
    request = plain_spec["components"]["schemas"]["CreateGiftCardRequest"]
    assert request["required"] == ["out_request_no", "card_type", "display"]
    assert request["properties"]["face_value"] == {
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 100000,
        "description": "【面额】 单位分 特殊规则: 取值范围 1 ≤ value ≤ 100000",
    }
    display = plain_spec["components"]["schemas"]["CreateGiftCardRequestDisplay"]
    assert display["required"] == ["name"] and display["properties"]["name"]["maxLength"] == 32
    answer = plain_spec["components"]["schemas"]["CreateGiftCardResponse"]
    assert answer["properties"]["create_time"]["format"] == "date-time"
    assert answer["properties"]["state"]["enum"] == ["ACTIVE", "DEACTIVATED"]
    # The public rows reuse the shared responses; a row no shared response has gets its own.
    responses = operation["responses"]
    assert _plain(responses["401"]) == {"$ref": "#/components/responses/SignError"}
    assert _plain(responses["500"]) == {"$ref": "#/components/responses/SystemError"}
    assert _plain(responses["409"]) == {"$ref": "#/components/responses/CreateGiftCardConflict"}
    assert any("gift_card" in line and "x-displayName" in line for line in draft.review)
    assert spec_table(plain_spec)[-1] == ("createGiftCard", "创建礼品卡 (创建礼品卡)")
    assert any("CreateGiftCardRequest" in line for line in draft.review)
    # Every reader of the spec takes it: the mock's, the generator's, the OpenAPI validator.
    validate(plain_spec)
    MockSpec(plain_spec)
    assert spec_facts(plain_spec)["credentials"]["create_gift_card"] == "brand"


def test_the_draft_keeps_the_rest_of_the_spec_byte_for_byte(new_page: Path) -> None:
    before = SPEC.read_text(encoding="utf-8")
    spec = load(SPEC)
    insert(spec, Drafter(read_document(new_page), spec).run())
    after = dump(spec)
    removed = [line for line in _diff(before, after) if line.startswith("-")]
    assert removed == [], removed


def _diff(before: str, after: str) -> list[str]:
    import difflib

    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]


def test_the_command_writes_a_new_operation_and_a_rerun_proposes_nothing(
    new_page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["draft", str(new_page), "--spec", str(spec), "--errata", str(ERRATA)]) == 0
    out = capsys.readouterr().out
    assert "wrote createGiftCard (POST /brand/marketing/gift-card/cards)" in out
    assert "0 missing" in out
    drafted = spec.read_text(encoding="utf-8")
    assert main(["draft", str(new_page), "--spec", str(spec), "--errata", str(ERRATA)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 fact(s) of the document as a diff" in err
    assert spec.read_text(encoding="utf-8") == drafted  # a re-run never writes


def test_a_changed_document_gives_a_diff_that_leaves_reviewed_text_alone(
    copies: Copies, tmp_path: Path
) -> None:
    document = copies.document("003")
    copies.replace(document, "coupon_code string(32)", "coupon_code string(64)")
    copies.insert(
        document,
        "|||xsd3434454567676",
        "核销备注 use_remark string(64) 否 query 核销备注。\n|||备注",
    )
    copies.insert(document, "403 RULELIMIT", "403 USE_LIMITED 核销次数超限 请明日再试")
    assert not copies.check().ok
    before = copies.spec.read_text(encoding="utf-8")
    found = update(
        read_document(document), copies.spec, copies.errata, copies.sources / "README.md"
    )
    assert copies.spec.read_text(encoding="utf-8") == before  # shown, never written
    assert "003 param coupon_code maxLength" in found.applied
    assert "003 param use_remark" in found.applied
    assert "003 error 403 USE_LIMITED 核销次数超限" in found.applied
    changed = [line for line in found.diff.splitlines() if line.startswith(("-", "+"))]
    removed = [line for line in changed if line.startswith("-") and not line.startswith("---")]
    assert removed == ["-          maxLength: 32"]
    assert not any("summary" in line or "description: |" in line for line in removed)
    # Applied, the diff makes the document pass again.
    (tmp_path / "change.diff").write_text(found.diff, encoding="utf-8")
    applied = subprocess.run(
        ["patch", "-p1", "-s", "-i", str(tmp_path / "change.diff")],
        cwd=copies.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert applied.returncode == 0, applied.stdout + applied.stderr
    result = copies.check()
    assert result.missing == [], [v.fact.id for v in result.missing]


def test_a_reuse_the_document_leaves_open_is_answered_as_the_family_answers_it() -> None:
    """A page that says only 品牌侧需保持唯一性 of its request number (004), of a family whose other
    idempotent operations answer a reuse with another body with one error (ERRATA.md 46), is
    drafted with that error as x-idempotency-conflict and a response that has it, for review."""
    (path,) = SOURCES.glob("004_*.txt")
    document = read_document(path)
    assert not [e for e in document.errors if "重复" in e.description + e.solution]
    spec = without(load(SPEC), document)
    draft = Drafter(document, spec).run()
    operation = draft.operation
    assert operation["x-idempotency-key"] == "out_request_no"
    assert operation["x-idempotency-conflict"] == "RESOURCE_ALREADY_EXISTS"
    # The 400 most of them share (updateStockBudget's and deactivateStock's) holds the example.
    assert _plain(operation["responses"]["400"]) == {
        "$ref": "#/components/responses/StockChangeBadRequest"
    }
    (line,) = [line for line in draft.review if line.startswith("x-idempotency-conflict")]
    assert "deactivateStock" in line and "spec/ERRATA.md" in line
    # The mock's reading of the spec takes it: the conflict names an example of the operation.
    insert(spec, draft)
    MockSpec(_plain(spec))


# A token-paged list (查询商品券批次列表, pay.weixin.qq.com/doc/brand/4015736384, shortened), with
# the bounds its rows word in their prose.
LIST_PAGE = """查询示例批次列表

更新时间:2025.08.28

品牌方可以通过该接口分页查询某个商品券的批次列表。

前置条件:已创建商品券

频率限制:20/s

接口说明

支持商户:【品牌商户】

请求方式:【GET】/brand/marketing/product-coupon/product-coupons/{product_coupon_id}/example-stocks

请求参数

path  路径参数

 product_coupon_id  必填   string

【商品券ID】 商品券的唯一标识,创建商品券时由微信支付生成

query  查询参数

 state  选填   string

【批次状态】 不填默认查询所有状态的批次

可选取值

  • SENDING:  发放中

  • PAUSED:  已暂停

 page_size  选填   integer

【分页大小】 单次拉取的数据条数上限,不填默认为20,最大值50

 page_token  选填   string

【分页Token】 分页查询时,需要传入上一次调用返回的 next_page_token,首次调用不填

 out_request_no  选填   string(40)

【查询请求单号】 长度在6-40个字符之间

请求示例

GET

1curl -X GET \\
2  https://api.mch.weixin.qq.com/brand/marketing/product-coupon/product-coupons/1000000013/example-stocks?page_size=10 \\
3  -H "Accept: application/json"

应答参数

200 OK

 stock_list  必填   array

【批次列表】

属性

   example_stock_id  必填   string(40)

   【批次ID】 批次的唯一标识

 total_count  必填   integer

【总数】 批次总数

 next_page_token  选填   string

【下一页Token】 有下一页时返回

应答示例

200 OK

1{
2  "stock_list" : [
3    {
4      "example_stock_id" : "1000000013001"
5    }
6  ],
7  "total_count" : 1,
8  "next_page_token" : "TOKEN_2"
9}

"""  # noqa: E501 - the example's URL is one line
LIST_PAGE += PAGE[PAGE.index("错误码\n\n以下是") :]  # the gift card page's error table


@pytest.fixture
def list_page(tmp_path: Path) -> Path:
    return _source(tmp_path, "009_example_stocks.txt", LIST_PAGE)


def _query(spec: dict, operation: dict, name: str) -> dict:
    reader = OpenAPI(spec)
    (parameter,) = [
        reader.mapping(node)
        for node in operation["parameters"]
        if reader.mapping(node)["name"] == name
    ]
    return parameter


def test_bounds_worded_in_prose_are_drafted_and_checked(list_page: Path) -> None:
    document, draft, plain_spec = _drafted(list_page)
    operation = plain_spec["paths"][draft.path][draft.method]
    size = _query(plain_spec, operation, "page_size")["schema"]
    assert (size["default"], size["maximum"]) == (20, 50)
    number = _query(plain_spec, operation, "out_request_no")["schema"]
    assert (number["minLength"], number["maxLength"]) == (6, 40)
    assert "default" not in _query(plain_spec, operation, "state")["schema"]
    readme = list_page.parent / "README.md"
    result = rate([document], plain_spec, ERRATA, readme)
    assert result.missing == [], result.failures()
    covered = {verdict.fact.id for verdict in result.verdicts if verdict.status == "covered"}
    assert {"009 param page_size default", "009 param page_size maximum"} <= covered
    # A spec that states another default than the document's is a finding of the check.
    size["default"] = 10
    (finding,) = rate([document], plain_spec, ERRATA, readme).missing
    assert (finding.fact.id, finding.outcome.spec) == ("009 param page_size default", "10")


def test_a_default_the_spec_lacks_is_proposed_in_the_diff(list_page: Path, tmp_path: Path) -> None:
    document = read_document(list_page)
    spec = load(SPEC)
    draft = draft_into(document, spec)
    size = _query(spec, draft.operation, "page_size")["schema"]
    del size["default"]
    path = tmp_path / "spec.yaml"
    path.write_text(dump(spec), encoding="utf-8")
    found = update(document, path, ERRATA, list_page.parent / "README.md")
    assert found.applied == ["009 param page_size default"]
    assert [line for line in found.diff.splitlines() if line.startswith("+ ")] == [
        "+          schema: {type: integer, format: int64, maximum: 50, default: 20}"
    ]


def test_a_token_paged_list_gets_its_x_pagination(list_page: Path) -> None:
    """page_token/page_size in the query and next_page_token in the answer: x-pagination in the
    page-token style of listUserProductCoupons, its sizes from the page_size row's prose."""
    spec = load(SPEC)
    draft = draft_into(read_document(list_page), spec)
    assert _plain(draft.operation["x-pagination"]) == {
        "style": "page-token",
        "token-param": "page_token",
        "size-param": "page_size",
        "next-token": "next_page_token",
        "items": "stock_list",
        "total": "total_count",
        "default-size": 20,
        "max-size": 50,
    }
    assert not any("x-pagination" in line for line in draft.review)
    pagination = OpenAPI(_plain(spec)).pagination(
        OpenAPI(_plain(spec)).operation("get", draft.path)
    )
    assert pagination is not None and pagination.max_size == 50
    MockSpec(_plain(spec))


def test_token_paging_the_document_does_not_bound_is_marked_for_review(
    list_page: Path,
) -> None:
    list_page.write_text(
        LIST_PAGE.replace("单次拉取的数据条数上限,不填默认为20,最大值50", "单次拉取的数据条数上限"),
        encoding="utf-8",
    )
    spec = load(SPEC)
    draft = draft_into(read_document(list_page), spec)
    paging = _plain(draft.operation["x-pagination"])
    assert "max-size" not in paging
    assert paging["default-size"] == 10  # the request example's page_size
    (line,) = [line for line in draft.review if line.startswith("x-pagination")]
    assert "default-size 10" in line and "max-size" in line
    MockSpec(_plain(spec))


def test_the_drafted_description_keeps_the_intro_lines_apart(list_page: Path) -> None:
    draft = Drafter(read_document(list_page), load(SPEC)).run()
    assert str(draft.operation["description"]) == (
        "查询示例批次列表。品牌方可以通过该接口分页查询某个商品券的批次列表。\n"
        "前置条件:已创建商品券。\n"
        "频率限制:20/s。\n"
    )

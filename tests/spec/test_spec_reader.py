"""The one reader of the spec (wechatpay_mock.spec_reader): references, operations, parameters, and
each extension's mistakes, one message each."""

import copy
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from wechatpay_mock.spec_reader import (
    METHODS,
    OpenAPI,
    SpecError,
    TokenPagination,
    absolute_refs,
    ref_name,
)

from .test_spec_valid import load_spec

REPO = Path(__file__).resolve().parents[2]
LIST = ("/v3/marketing/busifavor/users/{openid}/coupons", "get")
USE = ("/v3/marketing/busifavor/coupons/use", "post")
FAVOR = ("/v3/marketing/favor/users/{openid}/coupons/{coupon_id}", "get")


def edited(change: Callable[[dict], None]) -> OpenAPI:
    document = copy.deepcopy(load_spec())
    change(document)
    return OpenAPI(document)


def at(document: dict, where: tuple[str, str]) -> dict:
    return document["paths"][where[0]][where[1]]


def test_importing_it_starts_no_web_stack_and_needs_no_jsonschema() -> None:
    probe = (
        "import sys, wechatpay_mock.spec_reader\n"
        "loaded = [m for m in ('starlette', 'uvicorn', 'jsonschema', 'wechatpay_mock.app') "
        "if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_operations_in_document_order_with_labels() -> None:
    reader = OpenAPI(load_spec())
    operations = reader.operations()
    assert [(o.path, o.method) for o in operations] == [
        (path, method)
        for path, item in load_spec()["paths"].items()
        for method in item
        if method in METHODS
    ]
    use = reader.by_id()["useBusifavorCoupon"]
    assert use.label == "useBusifavorCoupon (POST /v3/marketing/busifavor/coupons/use)"


def test_path_level_parameters_are_the_operations_own_unless_it_redeclares_them() -> None:
    def lift(document: dict) -> None:
        item = document["paths"][FAVOR[0]]
        operation = item["get"]
        openid = next(p for p in operation["parameters"] if p["name"] == "openid")
        operation["parameters"].remove(openid)
        shadowed = {"name": "appid", "in": "query", "required": False, "schema": {}}
        item["parameters"] = [openid, shadowed]

    reader = edited(lift)
    parameters = reader.parameters(reader.operation("GET", FAVOR[0]))
    assert [(p["in"], p["name"]) for p in parameters] == [
        ("path", "openid"),
        ("query", "appid"),
        ("path", "coupon_id"),
    ]
    appid = reader.parameter(reader.operation("GET", FAVOR[0]), "appid")
    assert appid is not None and appid["required"] is True  # the operation's own wins


@pytest.mark.parametrize(
    ("node", "message"),
    [
        ({"$ref": "other.yaml#/components/schemas/X"}, "only references within the spec"),
        ({"$ref": "#/components/schemas/Nowhere"}, "points at nothing (no 'Nowhere')"),
        ({"$ref": "#/components/schemas/Loop"}, "a reference loop"),
    ],
)
def test_a_reference_that_cannot_be_followed_says_why(node: dict, message: str) -> None:
    reader = edited(lambda d: d["components"]["schemas"].update(Loop={"$ref": node["$ref"]}))
    with pytest.raises(SpecError, match=re.escape(message)):
        reader.resolve(node)


def test_references_helpers() -> None:
    assert ref_name({"$ref": "#/components/schemas/Error"}) == "Error"
    assert ref_name({"$ref": "#/components/schemas/A~1B"}) == "A/B"
    assert ref_name({"type": "string"}) is None
    assert absolute_refs({"items": [{"$ref": "#/x"}]}, "urn:s") == {"items": [{"$ref": "urn:s#/x"}]}


def reader_call(name: str, where: tuple[str, str]) -> Callable[[OpenAPI], object]:
    def call(reader: OpenAPI) -> object:
        operation = reader.operation(where[1], where[0])
        assert operation is not None
        return getattr(reader, name)(operation)

    return call


def pagination(document: dict) -> dict:
    return at(document, LIST)["x-pagination"]


def token_paging(**changes: object) -> dict:
    """The merchant list's x-pagination as the page-token style would write it."""
    paging = {
        "style": "page-token",
        "token-param": "offset",
        "size-param": "limit",
        "next-token": "total_count",
        "items": "data",
        "default-size": 20,
        **changes,
    }
    return paging


def schemes(document: dict) -> dict:
    return document["components"]["securitySchemes"]


# Each mistake, what reads it, and the one message it gets (in full).
MISTAKES = [
    (
        "pagination-not-a-mapping",
        lambda d: at(d, LIST).update({"x-pagination": "page-index"}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination must be a mapping with a style "
        "('page-index' or 'page-token')",
    ),
    (
        "pagination-unknown-key",
        lambda d: pagination(d).update(cursor="next"),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination has unknown keys ['cursor'] (it takes "
        "('style', 'offset-param', 'limit-param', 'items', 'total', 'default-limit'))",
    ),
    (
        "pagination-missing-key",
        lambda d: pagination(d).pop("default-limit"),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination lacks 'default-limit'",
    ),
    (
        "pagination-style",
        lambda d: pagination(d).update(style="cursor"),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination style 'cursor' is not read here (the styles "
        "are 'page-index' or 'page-token': a page index and a page size, or the token each page "
        "names for the next)",
    ),
    (
        "pagination-name",
        lambda d: pagination(d).update(items=3),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination items must be a name, not 3",
    ),
    (
        "pagination-default-limit",
        lambda d: pagination(d).update({"default-limit": "20"}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination default-limit must be a positive integer, "
        "not '20'",
    ),
    (
        "pagination-parameter",
        lambda d: pagination(d).update({"limit-param": "size"}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination limit-param 'size' is not a query parameter "
        "of the operation",
    ),
    (
        "pagination-page-schema",
        lambda d: at(d, LIST)["responses"]["200"]["content"]["application/json"].update(
            schema={"type": "object"}
        ),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination needs the 200 response's schema to be a "
        "$ref to a component schema (the page's class is named after it)",
    ),
    (
        "pagination-property",
        lambda d: pagination(d).update(total="count"),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination total 'count' is not a property of "
        "BusifavorCouponListResponse",
    ),
    (
        "pagination-items",
        lambda d: pagination(d).update(items="limit"),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination items 'limit' must be an array of a "
        "component schema (in BusifavorCouponListResponse)",
    ),
    (
        "pagination-token-lacks",
        lambda d: pagination(d).update({"style": "page-token"}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination has unknown keys ['offset-param', "
        "'limit-param', 'default-limit'] (it takes ('style', 'token-param', 'size-param', "
        "'next-token', 'items', 'total', 'default-size', 'max-size'))",
    ),
    (
        "pagination-token-next",
        lambda d: at(d, LIST).update({"x-pagination": token_paging(**{"next-token": "next"})}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination next-token 'next' is not a property of "
        "BusifavorCouponListResponse",
    ),
    (
        "pagination-token-sizes",
        lambda d: at(d, LIST).update({"x-pagination": token_paging(**{"max-size": 10})}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination default-size is larger than max-size",
    ),
    (
        "pagination-token-size-type",
        lambda d: at(d, LIST).update({"x-pagination": token_paging(**{"max-size": 0})}),
        reader_call("pagination", LIST),
        "listBusifavorCouponsByFilter: x-pagination max-size must be a positive integer, not 0",
    ),
    (
        "error-number",
        lambda d: d["components"]["responses"]["BusifavorBadRequest"]["content"][
            "application/json"
        ]["examples"]["PARAM_ERROR"].update({"x-wechatpay-error-number": "268435461"}),
        reader_call("error_examples", USE),
        "useBusifavorCoupon: PARAM_ERROR: x-wechatpay-error-number must be the positive number "
        "WeChat Pay puts after the Request-ID's last '-', not '268435461'",
    ),
    (
        "idempotency-conflict-alone",
        lambda d: at(d, USE).pop("x-idempotency-key"),
        reader_call("idempotency", USE),
        "useBusifavorCoupon: x-idempotency-conflict without x-idempotency-key",
    ),
    (
        "idempotency-key-type",
        lambda d: at(d, USE).update({"x-idempotency-key": ["use_request_no"]}),
        reader_call("idempotency", USE),
        "useBusifavorCoupon: x-idempotency-key must name a body field, not ['use_request_no']",
    ),
    (
        "idempotency-key-field",
        lambda d: at(d, USE).update({"x-idempotency-key": "openid"}),
        reader_call("idempotency", USE),
        "useBusifavorCoupon: x-idempotency-key 'openid' is not a required body field",
    ),
    (
        "idempotency-conflict-missing",
        lambda d: at(d, USE).pop("x-idempotency-conflict"),
        reader_call("idempotency", USE),
        "useBusifavorCoupon: x-idempotency-key needs x-idempotency-conflict, the error example "
        "a reused key with another request answers",
    ),
    (
        "idempotency-conflict-example",
        lambda d: at(d, USE).update({"x-idempotency-conflict": "ALREADY_USED"}),
        reader_call("idempotency", USE),
        "useBusifavorCoupon: x-idempotency-conflict names 'ALREADY_USED', which is no error "
        "example of the operation",
    ),
    (
        "security-undeclared",
        lambda d: at(d, USE).update(security=[{"WechatPaySignature": []}]),
        reader_call("security", USE),
        "useBusifavorCoupon: security names 'WechatPaySignature', which "
        "components.securitySchemes does not declare",
    ),
    (
        "signature-type-missing",
        lambda d: schemes(d)["WechatPayMerchantSignature"].pop("x-wechatpay-signature-type"),
        reader_call("signature_types", USE),
        "useBusifavorCoupon: security scheme 'WechatPayMerchantSignature' has no "
        "x-wechatpay-signature-type (the WeChat Pay signature type the mock must verify)",
    ),
    (
        "signature-type-empty",
        lambda d: schemes(d)["WechatPayMerchantSignature"].update(
            {"x-wechatpay-signature-type": ""}
        ),
        reader_call("signature_types", USE),
        "security scheme 'WechatPayMerchantSignature': x-wechatpay-signature-type must be a "
        "non-empty string, not ''",
    ),
    (
        "credential-two-schemes",
        lambda d: at(d, USE)["security"].append({"WechatPayBrandSignature": []}),
        reader_call("credential", USE),
        "useBusifavorCoupon: security must name exactly one scheme (the client signs each call "
        "with one credential), found ['WechatPayMerchantSignature', 'WechatPayBrandSignature']",
    ),
    (
        "credential-missing",
        lambda d: schemes(d)["WechatPayMerchantSignature"].pop("x-credential"),
        reader_call("credential", USE),
        "useBusifavorCoupon: security scheme 'WechatPayMerchantSignature' has no x-credential, "
        "the keyword the resource-style client takes its auth under (e.g. x-credential: "
        "merchant)",
    ),
    (
        "credential-not-identifier",
        lambda d: schemes(d)["WechatPayMerchantSignature"].update({"x-credential": "the shop"}),
        reader_call("credential", USE),
        "security scheme 'WechatPayMerchantSignature': x-credential 'the shop' is not a Python "
        "identifier (the resource-style client takes the auth under that keyword)",
    ),
    (
        "code-sample-shape",
        lambda d: at(d, USE).update({"x-code-sample": "minimal"}),
        reader_call("code_sample_example", USE),
        "useBusifavorCoupon: x-code-sample must be {body-example: <a request body example's "
        "name>, after: [<operationId>, …]}, either or both",
    ),
    (
        "code-sample-after",
        lambda d: at(d, USE).update({"x-code-sample": {"after": ["setTheNotifyUrl"]}}),
        reader_call("code_sample_after", USE),
        "useBusifavorCoupon: x-code-sample after must list operationIds of the spec, not "
        "['setTheNotifyUrl']",
    ),
    (
        "code-sample-example",
        lambda d: at(d, USE).update({"x-code-sample": {"body-example": "smallest"}}),
        reader_call("code_sample_example", USE),
        "useBusifavorCoupon: x-code-sample names 'smallest', which is no example of the request "
        "body (it has ['document', 'minimal'])",
    ),
    (
        "rate-limit",
        lambda d: at(d, USE).update({"x-rate-limit": 500}),
        reader_call("rate_limit", USE),
        "useBusifavorCoupon: x-rate-limit must be a non-empty string, not 500",
    ),
    (
        "display-name",
        lambda d: d["tags"][0].update({"x-displayName": None, "x-displayName ": 1}),
        lambda reader: reader.tags() and reader.problems()[0],
        "#/tags/0: unknown extension 'x-displayName '",
    ),
]


@pytest.mark.parametrize(
    ("change", "read", "message"),
    [pytest.param(change, read, message, id=name) for name, change, read, message in MISTAKES],
)
def test_each_mistake_has_its_one_message(
    change: Callable[[dict], None], read: Callable[[OpenAPI], object], message: str
) -> None:
    reader = edited(change)
    try:
        got = read(reader)
    except SpecError as error:
        got = str(error)
    assert got == message
    # The full check finds it too, worded the same.
    assert message in reader.problems()


def test_no_two_mistakes_share_a_message() -> None:
    messages = [message for *_, message in MISTAKES]
    assert len(messages) == len(set(messages))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: at(d, USE).update({"x-idempotancy-key": "use_request_no"}),
            "#/paths/~1v3~1marketing~1busifavor~1coupons~1use/post: unknown extension "
            "'x-idempotancy-key'",
        ),
        (
            lambda d: d["components"]["schemas"]["Error"].update({"x-credential": "merchant"}),
            "#/components/schemas/Error: x-credential does not belong on a schema",
        ),
        (
            lambda d: d["components"]["schemas"]["Error"].update({"x-doc-errata": "wrong"}),
            "#/components/schemas/Error: x-doc-errata must be a list of sentences",
        ),
    ],
    ids=["typo", "misplaced", "errata-shape"],
)
def test_the_full_check_names_stray_and_misplaced_extensions(
    change: Callable[[dict], None], problem: str
) -> None:
    assert edited(change).problems() == [problem]


def test_example_values_are_data_not_extensions() -> None:
    def example_with_x_key(document: dict) -> None:
        media = at(document, USE)["requestBody"]["content"]["application/json"]
        media["examples"]["document"]["value"]["x-anything"] = 1

    assert edited(example_with_x_key).problems() == []


def test_no_other_module_reads_the_spec_by_hand() -> None:
    """`$ref` resolution and the list of HTTP methods live in spec_reader only."""
    pointer_unescape = re.compile(r"""replace\(\s*["']~1["']""")
    methods_tuple = re.compile(r"""\(\s*["']get["']\s*,\s*["'](?:put|post)["']""")
    copies = []
    for root in ("mock", "generator", "tools", "tests", "bench", "examples"):
        for path in (REPO / root).rglob("*.py"):
            if path.name == "spec_reader.py" or path == Path(__file__):
                continue
            text = path.read_text(encoding="utf-8")
            resolves = "$ref" in text and pointer_unescape.search(text)
            if resolves or methods_tuple.search(text):
                copies.append(str(path.relative_to(REPO)))
    assert copies == []


def test_a_token_paged_list_is_read_with_its_own_fields() -> None:
    def token(document: dict) -> None:
        at(document, LIST)["x-pagination"] = token_paging(total="total_count", **{"max-size": 50})

    reader = edited(token)
    paging = reader.pagination(reader.operation("GET", LIST[0]))
    assert isinstance(paging, TokenPagination)
    assert (paging.token_param, paging.size_param, paging.next_token) == (
        "offset",
        "limit",
        "total_count",
    )
    assert (paging.default_size, paging.max_size, paging.items) == (20, 50, "data")
    assert paging.query_parameters == ("offset", "limit")
    assert paging.page_schema == "BusifavorCouponListResponse"


NOTIFY = {
    "post": {
        "operationId": "couponNotification",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
        "x-event-types": {
            "COUPON.SEND": {
                "summary": "sent",
                "schema": {"$ref": "#/components/schemas/BusifavorCouponEntity"},
            },
            "COUPON.USE": {"summary": "used", "schema": {"type": "object"}},
        },
    }
}


def test_webhooks_and_their_event_types() -> None:
    reader = edited(lambda d: d.update(webhooks={"couponNotification": copy.deepcopy(NOTIFY)}))
    (hook,) = reader.webhooks()
    assert (hook.name, hook.method) == ("couponNotification", "post")
    send = hook.event_type("COUPON.SEND")
    assert send is not None and send.schema_name == "BusifavorCouponEntity"
    assert "coupon_code" in send.schema["properties"]
    assert [event.name for event in hook.event_types] == ["COUPON.SEND", "COUPON.USE"]
    assert hook.event_type("COUPON.EXPIRE") is None
    assert reader.problems() == []


@pytest.mark.parametrize(
    ("event_types", "message"),
    [
        ([], "webhook 'hook': x-event-types must map each event_type to {summary, schema}"),
        ({"E": {"schema": {}, "fields": 1}}, "webhook 'hook': x-event-types 'E' must be"),
        ({"E": {"summary": "x"}}, "x-event-types 'E' has no schema of its decrypted resource"),
        ({"E": {"schema": {"type": "string"}}}, "'E': the decrypted resource must be an object"),
    ],
)
def test_event_type_mistakes(event_types: object, message: str) -> None:
    hook = copy.deepcopy(NOTIFY)
    hook["post"]["x-event-types"] = event_types
    reader = edited(lambda d: d.update(webhooks={"hook": hook}))
    with pytest.raises(SpecError, match=re.escape(message)):
        reader.webhooks()
    assert any(message in problem for problem in reader.problems())


def test_the_new_extensions_belong_where_the_reader_reads_them() -> None:
    def misplace(document: dict) -> None:
        at(document, LIST)["x-event-types"] = {}
        at(document, LIST)["x-wechatpay-error-number"] = 1

    problems = edited(misplace).problems()
    where = "#/paths/~1v3~1marketing~1busifavor~1users~1{openid}~1coupons/get"
    assert f"{where}: x-event-types does not belong on a operation" in problems
    assert f"{where}: x-wechatpay-error-number does not belong on a operation" in problems


def test_the_fuzz_harness_extension_belongs_on_the_document_only() -> None:
    def place(document: dict) -> None:
        document["x-fuzz-infer-links"] = ["dependency-analysis"]
        at(document, LIST)["x-fuzz-infer-links"] = []

    problems = edited(place).problems()
    where = "#/paths/~1v3~1marketing~1busifavor~1users~1{openid}~1coupons/get"
    assert problems == [f"{where}: x-fuzz-infer-links does not belong on a operation"]

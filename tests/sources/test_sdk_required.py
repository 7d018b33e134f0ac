"""tools/sdk_required.py on small synthetic SDK snippets (never on the SDKs themselves)."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tools.sdk_required import GoSource, JavaSource, Walk, main, read_sources, verdict

GO_API = """package coupons

func (a *S) QueryThing(ctx C, req Q) (resp *Thing, result *core.APIResult, err error) {
	var (
		localVarHTTPMethod = nethttp.MethodGet
	)
	localVarPath := consts.WechatPayAPIServer + "/v3/things/{id}"
	return
}

func (a *S) CreateThing(ctx C, req R) (resp *Created, result *core.APIResult, err error) {
	var (
		localVarHTTPMethod = nethttp.MethodPost
	)
	localVarPath := consts.WechatPayAPIServer + "/v3/things/{id}"
	return
}
"""

GO_MODELS = """package coupons

type Thing struct {
	// 编号
	Id *string `json:"id"`
	Rule *Rule `json:"rule,omitempty"`
	Tags []Tag `json:"tags"`
}

type Rule struct {
	Limit *int64 `json:"limit,omitempty"`
}

type Tag struct {
	Name *string `json:"name"`
}
"""

JAVA_SERVICE = """package com.example.coupons;

public class CouponService {
  public Thing queryThing(QueryThingRequest request) {
    String requestPath = "https://api.mch.weixin.qq.com/v3/things/{id}";
    HttpRequest httpRequest = new HttpRequest.Builder().httpMethod(HttpMethod.GET).build();
  }
}
"""

JAVA_THING = """package com.example.coupons.model;

public class Thing {
  /** 编号 说明：必填 */
  @SerializedName("id")
  private String id;

  /** 规则 说明：当类型为A时，规则必填 */
  @SerializedName("rule")
  private Rule rule;

  @SerializedName("tags")
  private List<Tag> tags = new ArrayList<Tag>();
}
"""

JAVA_SAMPLE = """public class QueryThing {
  private static String METHOD = "GET";
  private static String PATH = "/v3/things/{id}";

  public Thing run(QueryThingRequest request) {
    return null;
  }

  public static class Thing {
    @SerializedName("id")
    public String id;

    @SerializedName("rule")
    public Rule rule;

    public static class Inner {
      @SerializedName("not_a_thing_field")
      public String x;
    }
  }

  public static class Rule {
    /** 上限 说明：如有上限，将返回此字段 */
    @SerializedName("limit")
    public Long limit;
  }
}
"""

SPEC = {
    "openapi": "3.1.0",
    "paths": {
        "/v3/things/{id}": {
            "get": {
                "operationId": "queryThing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "rule", "tags", "extra"],
                "properties": {
                    "id": {"type": "string"},
                    "rule": {"$ref": "#/components/schemas/Rule"},
                    "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                    "extra": {"type": "string"},
                },
            },
            "Rule": {
                "type": "object",
                "required": ["limit"],
                "properties": {"limit": {"type": "integer"}},
            },
            "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    root = tmp_path / "sdk"
    files = {
        "services/coupons/api_coupon.go": GO_API,
        "services/coupons/models.go": GO_MODELS,
        "services/coupons/api_coupon_example_test.go": "package coupons // not read",
        "service/src/main/java/com/example/coupons/CouponService.java": JAVA_SERVICE,
        "service/src/main/java/com/example/coupons/model/Thing.java": JAVA_THING,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_go_finds_the_root_by_method_and_path_and_reads_omitempty(checkout: Path) -> None:
    go = GoSource("go", read_sources(checkout, (".go",)))
    assert "services/coupons/api_coupon_example_test.go" not in go.files
    root = go.root("GET", "/v3/things/{id}")
    assert root is not None and root.type_name == "Thing"
    assert go.root("POST", "/v3/things/{id}").type_name == "Created"  # type: ignore[union-attr]
    assert go.root("DELETE", "/v3/things/{id}") is None
    thing = go.types(root.scope)["Thing"]
    assert {name: (f.type_name, f.required) for name, f in thing.fields.items()} == {
        "id": ("string", "req"),
        "rule": ("Rule", "opt"),
        "tags": ("Tag", "req"),
    }


def test_go_without_any_required_field_states_nothing() -> None:
    go = GoSource("go", {})
    (only,) = go.parse_types('type T struct {\n\tA *string `json:"a,omitempty"`\n}\n')
    assert only.fields["a"].required == "?"


def test_java_reads_serialized_names_and_comment_hints(checkout: Path) -> None:
    java = JavaSource("java", read_sources(checkout, (".java",)))
    root = java.root("GET", "/v3/things/{id}")
    assert root is not None and root.type_name == "Thing"
    assert root.scope == (
        "service/src/main/java/com/example/coupons/CouponService.java",
        "service/src/main/java/com/example/coupons/model/Thing.java",
    )
    thing = java.types(root.scope)["Thing"]
    assert {name: (f.type_name, f.required) for name, f in thing.fields.items()} == {
        "id": ("String", "req"),
        "rule": ("Rule", "opt"),
        "tags": ("Tag", "?"),
    }


def test_a_java_sample_with_nested_classes() -> None:
    java = JavaSource("java-sample", {"samples/QueryThing.java": JAVA_SAMPLE})
    root = java.root("GET", "/v3/things/{id}")
    assert root is not None and root.scope == ("samples/QueryThing.java",)
    types = java.types(root.scope)
    assert set(types["Thing"].fields) == {"id", "rule"}
    assert types["Rule"].fields["limit"].required == "opt"


@pytest.mark.parametrize(
    ("spec_required", "cells", "expected"),
    [
        (True, {"go": "opt", "java": "?"}, "make optional (go optional)"),
        (True, {"go": "-", "java": "?"}, "make optional (no source requires it)"),
        (True, {"go": "req", "java": "?"}, "keep"),
        (True, {"doc": "req", "go": "opt"}, "make optional (go optional)"),
        (False, {"go": "req", "java": "?"}, "keep optional (go required; tolerant)"),
        (False, {"go": "opt"}, "keep"),
    ],
)
def test_verdict_takes_the_tolerant_choice(
    spec_required: bool, cells: dict[str, str], expected: str
) -> None:
    assert verdict(spec_required, cells) == expected


def test_the_walk_compares_each_nested_field(checkout: Path) -> None:
    go = GoSource("go", read_sources(checkout, (".go",)))
    java = JavaSource("java", read_sources(checkout, (".java",)))
    walk = Walk(SPEC, [go, java], {("GET", "/v3/things/{id}"): {"id": True}})
    walk.operation("get", "/v3/things/{id}")
    table = {(row.schema, row.field): (row.cells, row.verdict) for row in walk.rows}
    assert table == {
        ("Thing", "id"): (("req", "req", "req"), "keep"),
        ("Thing", "rule"): (("", "opt", "opt"), "make optional (go, java optional)"),
        ("Rule", "limit"): (("", "opt", "-"), "make optional (go optional)"),
        ("Thing", "tags"): (("", "req", "?"), "keep"),
        ("Tag", "name"): (("", "req", "-"), "keep optional (go required; tolerant)"),
        ("Thing", "extra"): (("", "-", "-"), "make optional (no source requires it)"),
    }


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_bare_mirror_is_read_like_a_checkout(
    checkout: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def git(*arguments: str, cwd: Path = checkout) -> None:
        subprocess.run(["git", *arguments], cwd=cwd, check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "snapshot")
    git("clone", "-q", "--bare", str(checkout), str(tmp_path / "mirror"), cwd=tmp_path)
    assert read_sources(tmp_path / "mirror", (".go", ".java")) == read_sources(
        checkout, (".go", ".java")
    )
    spec = tmp_path / "spec" / "wechatpay-coupons.yaml"
    spec.parent.mkdir()
    (spec.parent / "sources").mkdir()
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    assert main(["--go", str(tmp_path / "mirror"), "--spec", str(spec)]) == 0
    out = capsys.readouterr().out
    assert "| `rule` | req |   | opt | **make optional (go optional)** |" in out
    assert "- Thing.extra (extra): make optional (no source requires it)" in out

"""The runtime is plain Python in generator/runtime/, shipped byte for byte.

Its stubs (.pyi) stand in, for mypy, for the modules rendered from the spec; they must say what
those modules really hold, or mypy would check the runtime against a fiction.
"""

import ast
import importlib
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import yaml

from generator.__main__ import DEFAULT_SPEC
from generator.pipeline import RUNTIME, TEMPLATES, GenerationError, generate

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "generated" / "wechatpay_coupons"
STUBS = sorted(RUNTIME.glob("*.pyi"))


@pytest.mark.parametrize("source", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_each_runtime_module_ships_byte_for_byte(source):
    assert (PACKAGE / source.name).read_bytes() == source.read_bytes()


def test_a_stub_stands_only_for_a_module_rendered_from_the_spec():
    for stub in STUBS:
        assert not (RUNTIME / f"{stub.stem}.py").exists(), stub.name
        assert (TEMPLATES / "extra" / f"{stub.stem}.py.jinja").exists(), stub.name
        assert not (PACKAGE / stub.name).exists(), f"{stub.name} was copied into the package"


def test_every_template_is_a_template():
    # Code without a template tag belongs in generator/runtime/, where lint and mypy read it.
    plain = [
        template.relative_to(TEMPLATES).as_posix()
        for template in TEMPLATES.rglob("*.jinja")
        if "{{" not in (text := template.read_text(encoding="utf-8")) and "{%" not in text
    ]
    assert plain == []


def holds(value: object, annotation: object) -> bool:
    if typing.get_origin(annotation) is typing.Final:
        (annotation,) = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin is type:
        (base,) = typing.get_args(annotation)
        return isinstance(value, type) and issubclass(value, base)
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        return isinstance(value, dict) and all(
            holds(k, key_type) and holds(v, value_type) for k, v in value.items()
        )
    if origin is tuple and ... not in typing.get_args(annotation):
        types = typing.get_args(annotation)
        return (
            isinstance(value, tuple)
            and len(value) == len(types)
            and all(holds(item, item_type) for item, item_type in zip(value, types, strict=True))
        )
    if origin in (tuple, list):
        (item_type, *_) = typing.get_args(annotation)
        return isinstance(value, origin) and all(holds(item, item_type) for item in value)
    return isinstance(value, annotation)


@pytest.mark.parametrize("stub", STUBS, ids=lambda p: p.name)
def test_each_stub_says_what_the_rendered_module_holds(stub):
    rendered = importlib.import_module(f"wechatpay_coupons.{stub.stem}")
    namespace = {**vars(typing), **vars(rendered)}  # the names the stub imports
    declared = ast.parse(stub.read_text(encoding="utf-8")).body
    names = []
    for node in declared:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
            assert isinstance(getattr(rendered, node.name, None), type), node.name
        elif isinstance(node, ast.FunctionDef):
            names.append(node.name)
            assert callable(getattr(rendered, node.name, None)), node.name
        elif isinstance(node, ast.AnnAssign):
            assert isinstance(node.target, ast.Name)
            names.append(node.target.id)
            annotation = eval(ast.unparse(node.annotation), namespace)
            assert hasattr(rendered, node.target.id), node.target.id
            assert holds(getattr(rendered, node.target.id), annotation), node.target.id
    assert names, f"{stub.name} declares nothing"


def test_documented_request_id_numbers_reach_the_errors(tmp_path):
    # x-wechatpay-error-number: the number WeChat Pay puts after the Request-ID's last "-".
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    forbidden = spec["components"]["responses"]["BusifavorForbidden"]
    example = forbidden["content"]["application/json"]["examples"]["RULELIMIT"]
    # A number the spec does not document for another error (a number means one error).
    number = 268599991
    assert f": {number}" not in DEFAULT_SPEC.read_text(encoding="utf-8")
    example["x-wechatpay-error-number"] = number
    edited = tmp_path / "spec.yaml"
    edited.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "pkg" / "wechatpay_coupons"
    generate(edited, out)
    probe = (
        "import httpx\n"
        "from wechatpay_coupons import errors\n"
        "response = httpx.Response(403, json={'code': 'RULELIMIT', 'message': 'm'},\n"
        f"    headers={{'Request-ID': '08E68E97CC0610DF-{number}'}})\n"
        "error = errors.error_for_response(response)\n"
        f"print(error.numeric_code, error.numeric_meaning, '({number}: ' in str(error))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={
            "PYTHONPATH": f"{out.parent}{os.pathsep}{REPO / 'auth_plugin'}",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == [str(number), example["value"]["message"], "True"], (
        result.stderr
    )


def test_a_number_documented_for_two_errors_is_refused(tmp_path):
    spec = yaml.safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
    examples = spec["components"]["responses"]["BusifavorForbidden"]["content"]["application/json"][
        "examples"
    ]
    for name in ("RULELIMIT", "NOAUTH"):
        examples[name]["x-wechatpay-error-number"] = 272755717
    edited = tmp_path / "spec.yaml"
    edited.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    with pytest.raises(GenerationError, match="272755717"):
        generate(edited, tmp_path / "out" / "wechatpay_coupons")

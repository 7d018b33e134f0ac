"""Python samples for the portal, generated from the spec: one per operation (``x-codeSamples``).

Usage: python tools/publish/code_samples.py SPEC OUT   (writes SPEC with the samples to OUT)

Each sample calls its operation through the resource-style client, with the names the generated
client gives it (the spec's tag and operationId, by the generator's own naming rules) and the
spec's examples as arguments: a new operation gets a sample with no hand-written code, and
``tests/publish/test_code_samples.py`` runs every sample against the mock, so none can rot.

An operation may name the request-body example its sample uses with
``x-code-sample: {body-example: <name>}``; otherwise the first example is used. Its
``after: [<operationId>, …]`` names the samples that make the state its example needs (the
portal's sample says so in its first line; the test runs them first).
"""

from __future__ import annotations

import copy
import pprint
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.extras import class_name, snake_case, spec_facts
from wechatpay_mock.spec_reader import OpenAPI, Operation, ref_name

LABEL = "Python (wechatpay-coupons)"


def samples(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> Python source of its sample."""
    facts = spec_facts(spec)
    reader = OpenAPI(spec)
    return {
        operation.operation_id: _sample(reader, facts, operation)
        for operation in reader.operations()
    }


def with_samples(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose every operation carries its Python sample."""
    published = copy.deepcopy(spec)
    sources = samples(spec)
    for operation in OpenAPI(published).operations():
        published["paths"][operation.path][operation.method]["x-codeSamples"] = [
            {"lang": "Python", "label": LABEL, "source": sources[operation.operation_id]}
        ]
    return published


def _literal(value: Any) -> str:
    return pprint.pformat(value, width=88, sort_dicts=False)


def _sample(reader: OpenAPI, facts: dict[str, Any], operation: Operation) -> str:
    name = snake_case(operation.operation_id)
    namespace = snake_case(operation.raw["tags"][0])
    positional: list[str] = []
    keywords: list[str] = []
    imports = ["WechatPay", "errors"]
    model_imports: list[str] = []
    for parameter in reader.parameters(operation):
        if parameter["in"] == "header" and parameter["name"].lower() == "wechatpay-serial":
            continue  # the auth plugin sends it (generator/prepare.py)
        if parameter["in"] != "path" and not parameter.get("required"):
            continue
        if "example" not in parameter:
            raise ValueError(
                f"{operation.operation_id}: parameter {parameter['name']!r} has no example "
                "for its code sample"
            )
        value = _literal(parameter["example"])
        if parameter["in"] == "path":
            positional.append(value)
        else:
            keywords.append(f"{snake_case(parameter['name'])}={value}")
    media = reader.body_media(operation)
    if media is not None:
        schema_name = ref_name(media.get("schema"))
        if schema_name is None:
            raise ValueError(
                f"{operation.operation_id}: the request body's schema is not a component, so the "
                "sample has no model class to build it with"
            )
        model = class_name(schema_name)
        examples = {
            key: reader.mapping(ex)["value"] for key, ex in media.get("examples", {}).items()
        }
        chosen = reader.code_sample_example(operation) or next(iter(examples))
        model_imports.append(model)
        keywords.append(
            f"body={model}.from_dict(\n        {_indent(_literal(examples[chosen]), 8)}\n    )"
        )
    arguments = ",\n    ".join([*positional, *keywords])
    call = (
        f"client.{namespace}.{name}(\n    {arguments},\n)"
        if arguments
        else f"client.{namespace}.{name}()"
    )
    pager = facts["pagers"].get(name)
    after = reader.code_sample_after(operation)
    lines = [f"# Run after the sample of {', then '.join(after)}."] if after else []
    lines.append(f"from wechatpay_coupons import {', '.join(imports)}")
    if model_imports:
        lines.append(f"from wechatpay_coupons.models import {', '.join(model_imports)}")
    credential = facts["credentials"][name]
    lines += [
        "",
        f"# The {credential} credential and WeChat Pay's key from WECHATPAY_* variables (README).",
        "client = WechatPay.from_env()",
        "try:",
    ]
    if pager is not None:
        iterator = call.replace(f".{name}(", f".{pager['function']}(", 1)
        lines += [f"    for item in {_indent(iterator, 4)}:", "        print(item)"]
    else:
        lines += [f"    result = {_indent(call, 4)}", "    print(result)"]
    lines += [
        "except errors.ApiError as error:  # WeChat Pay answered with an error",
        "    print(error.status_code, error.code, error.message, error.request_id)",
    ]
    return _formatted("\n".join(lines) + "\n")


def _formatted(source: str) -> str:
    # The project's pinned ruff, so that samples read like the rest of the code.
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "88", "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def _indent(text: str, spaces: int) -> str:
    return text.replace("\n", "\n" + " " * spaces)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        yaml.safe_dump(with_samples(spec), allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
    print(f"code_samples: {len(samples(spec))} Python samples written into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

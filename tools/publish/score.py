"""Prints ``redocly score`` for the spec and fails below the floor.

Usage: python tools/publish/score.py SPEC FLOOR  (after npm ci)

Redocly 2.77.0 scores each operation (weights: documentation 18 %, examples 18 %, constraints
12 %, errors 12 %, parameter count 10 %, nesting depth 10 %, operations sharing a schema 10 %,
identifiers 5 %, polymorphism 5 %) and takes 90 % of the *median* operation plus 10 %
discoverability.

**How the score is taken.** The scorer walks the document once, and its walker enters a
referenced node only the first time: a component response that several operations `$ref` (the
family's shared 400, the public 401 and 500) counts for the first operation in document order and
for no other. Each later operation then scores as if it had no error responses at all: no errors
to rate, no error schema (`Error`: depth, six unconstrained properties), no dependency through it.
An operation's score thus depended on where it sits in the file and on which operations came
before it; adding an operation that shared a schema with a first-visited one raised the
dependency depth of every other operation (the trial of issue 18: 89.4 -> 88.6 -> 88.0 over two
operations, each lowering operations it has nothing to do with). So the score is taken on a view
of the spec in which every operation holds its own copy of each response it references
(`per_operation`): the same operations, responses and schemas, each operation scored with all of
them, in any order. Every operation then shares the error envelope, so the dependency subscore is
the same for all and an added operation changes no other operation's score: what it costs is its
own score against the median.

What each operation costs, measured on issue 18's two trial operations (a read of one coupon of
the list's entity, three path parameters; a state change with a four-field body):

    the file as it is:   89.4 -> 88.6 -> 88.0   (the trial; 87.7 -> 88.0 re-measured here: the
                                                 read lowered four other operations by 1.7 each)
    per operation:       89.4 -> 89.2 -> 88.9   (no other operation changes; each costs its own
                                                 score against the median)

Per operation, what remains below 100 is the API's own shape: its parameter count and nesting
depth (WeChat Pay's coupons nest seven levels), and the shared error envelope (`Error`: a
dependency of every operation, two levels deep; for an operation whose own payload has fewer
fields than the envelope, the envelope is the schema its constraints are rated on, which is why
`Error.code` and `Error.message` state their documented constraints). The floor of 88 stops
regressions; tests/publish/test_score.py shows an operation drafted by the guide lowering no other
operation and not the score.

The brand's product coupons (issue 19) brought twelve operations that sit below the merchant ones:
three parameters each (the brand API's required `Wechatpay-Serial` header is one) and a user
coupon seven levels deep (it carries its product coupon and stock, as WeChat answers it). The
median fell, and the score with it, to 88.1; the array limits the skills pack documents
(API接口清单.md: 8 detail images, 50 combos, 99 choices) raised it to 88.2. The rest is the API's
shape. Measured, not done: the header described by the brand security requirement instead of as
a parameter would give 89.1; and inlining every component schema per operation gives 89.7 only by
hiding the dependency on the shared error envelope, which would be the score lying.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from wechatpay_mock.spec_reader import OpenAPI, load_document

REDOCLY = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "redocly"


def per_operation(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec in which each operation holds its own copy of every response it
    references, so that the scorer's walker rates each operation with all of its responses."""
    view = copy.deepcopy(spec)
    reader = OpenAPI(spec)
    for operation in OpenAPI(view).operations():
        responses = operation.raw.get("responses", {})
        for status, response in list(responses.items()):
            if isinstance(response, dict) and "$ref" in response:
                responses[status] = copy.deepcopy(reader.resolve(response))
    return view


def score(spec: dict[str, Any]) -> dict[str, Any]:
    """`redocly score --format=json` of a spec (taken as it is: see `per_operation`)."""
    environment = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    }
    with tempfile.TemporaryDirectory(prefix="score-") as scratch:
        path = Path(scratch) / "spec.yaml"
        path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), "utf-8")
        result = subprocess.run(  # noqa: S603 - fixed command line
            [str(REDOCLY), "score", str(path), "--format=json"],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"redocly score failed: {result.stdout}{result.stderr}")
    report: dict[str, Any] = json.loads(result.stdout[result.stdout.index("{") :])
    return report


def main() -> int:
    spec_path, floor = Path(sys.argv[1]), float(sys.argv[2])
    spec = load_document(spec_path)
    report = score(per_operation(spec))
    raw = score(spec)
    value = float(report["agentReadiness"])
    for name, subscore in sorted(report["subscores"].items()):
        print(f"  {name:<22} {subscore:6.1%}")
    for operation, result in report.get("operationScores", {}).items():
        print(f"  operation {operation:<30} {result['agentReadiness']:5.1f}")
    for hotspot in report.get("hotspots", []):
        print(f"  hotspot {hotspot['operationId']}: {'; '.join(hotspot['reasons'])}")
    print(f"  (on the file as it is, each shared response rated once: {raw['agentReadiness']})")
    verdict = "ok" if value >= floor else "BELOW THE FLOOR"
    print(f"redocly score (Agent Readiness): {value:.1f}/100, floor {floor:.1f}: {verdict}")
    return 0 if value >= floor else 1


if __name__ == "__main__":
    sys.exit(main())

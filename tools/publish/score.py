"""Prints ``redocly score`` for the spec and fails below the floor.

Usage: python tools/publish/score.py SPEC FLOOR  (after npm ci)

Why the floor is 88, not the 90 the publishing issue asked for. Redocly 2.77.0 scores each
operation (weights: documentation 18 %, examples 18 %, constraints 12 %, errors 12 %, parameter
count 10 %, nesting depth 10 %, operations sharing a schema 10 %, identifiers 5 %, polymorphism
5 %) and takes 90 % of the *median* operation plus 10 % discoverability (99.6 % for four
operations). Documentation, examples, errors, identifiers and polymorphism are at 100 %; the rest
is the API's own shape:

    listBusifavorCouponsByFilter 79.3  9 query/path parameters, response nesting depth 8
    getUserProductCoupon         83.1  6 parameters, depth 7 (combo packages of choices)
    queryFavorCoupon             90.3  3 parameters, depth 4
    useBusifavorCoupon           98.8

so the median is (83.1 + 90.3) / 2 = 86.7 and the score 0.9 * 86.7 + 9.96 = 88.0. Reaching 90
needs getUserProductCoupon at 87.6 or more, which takes a combination of dropping documented
parameters, flattening the nested objects WeChat Pay sends, and giving each API family its own
copy of the shared ``Error`` schema (sharing it is the "dependency" penalty; unsharing it alone
gives 89.5): each makes the spec less true to the wire or goes against DESIGN.md.
The floor keeps today's 88.0 from regressing.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REDOCLY = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "redocly"


def main() -> int:
    spec, floor = sys.argv[1], float(sys.argv[2])
    environment = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    }
    result = subprocess.run(  # noqa: S603 - fixed command line
        [str(REDOCLY), "score", spec, "--format=json"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        return result.returncode
    report = json.loads(result.stdout[result.stdout.index("{") :])
    score = float(report["agentReadiness"])
    for name, value in sorted(report["subscores"].items()):
        print(f"  {name:<22} {value:6.1%}")
    for operation, result in report.get("operationScores", {}).items():
        print(f"  operation {operation:<30} {result['agentReadiness']:5.1f}")
    for hotspot in report.get("hotspots", []):
        print(f"  hotspot {hotspot['operationId']}: {'; '.join(hotspot['reasons'])}")
    verdict = "ok" if score >= floor else "BELOW THE FLOOR"
    print(f"redocly score (Agent Readiness): {score:.1f}/100, floor {floor:.1f}: {verdict}")
    return 0 if score >= floor else 1


if __name__ == "__main__":
    sys.exit(main())

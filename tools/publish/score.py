"""Prints ``redocly score`` for the spec and fails below the floor.

Usage: python tools/publish/score.py SPEC FLOOR  (after npm ci)
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
    for hotspot in report.get("hotspots", []):
        print(f"  hotspot {hotspot['operationId']}: {'; '.join(hotspot['reasons'])}")
    verdict = "ok" if score >= floor else "BELOW THE FLOOR"
    print(f"redocly score (Agent Readiness): {score:.1f}/100, floor {floor:.1f}: {verdict}")
    return 0 if score >= floor else 1


if __name__ == "__main__":
    sys.exit(main())

"""`python -m tools.sources [--report]`: the check behind `make check-sources`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .check import check
from .report import report, summary

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sources",
        description="Check that the spec states every fact of the documents in spec/sources/, "
        "or that spec/ERRATA.md names the deviation.",
    )
    parser.add_argument("--report", action="store_true", help="print every fact per document")
    parser.add_argument("--sources", type=Path, default=REPO / "spec" / "sources")
    parser.add_argument("--spec", type=Path, default=REPO / "spec" / "wechatpay-coupons.yaml")
    parser.add_argument("--errata", type=Path, default=REPO / "spec" / "ERRATA.md")
    arguments = parser.parse_args(argv)
    result = check(arguments.sources, arguments.spec, arguments.errata)
    if arguments.report:
        print(report(result))
    for line in result.failures():
        print(line, file=sys.stderr)
    print(f"check-sources: {summary(result)}", file=sys.stderr if not result.ok else sys.stdout)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())

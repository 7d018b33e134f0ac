"""Command line: ``python -m generator [--check] [--spec FILE] [--output DIR]``."""

import argparse
import sys
import tempfile
from pathlib import Path

from .compare import differences
from .pipeline import GenerationError, generate

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO / "spec" / "wechatpay-coupons.yaml"
DEFAULT_OUTPUT = REPO / "generated" / "wechatpay_coupons"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI file to read")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package to write")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail if OUTPUT differs from it",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            return _check(args.spec, args.output)
        generate(args.spec, args.output)
    except GenerationError as exc:
        print(f"generator: {exc}", file=sys.stderr)
        return 2
    print(f"generator: wrote {_display(args.output)} from {_display(args.spec)}")
    return 0


def _check(spec: Path, output: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="wechatpay-gen-check-") as tmp:
        fresh = Path(tmp) / output.name
        generate(spec, fresh)
        changed = differences(expected=fresh, actual=output)
    if not changed:
        print(f"generator: {_display(output)} is up to date with {_display(spec)}")
        return 0
    print(
        f"generator: {_display(output)} does not match {_display(spec)}; "
        "run `python -m generator` (or `make generate`) and commit the result.",
        file=sys.stderr,
    )
    for line in changed:
        print(f"  {line}", file=sys.stderr)
    return 1


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())

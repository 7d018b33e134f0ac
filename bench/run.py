"""`make bench`: every figure side by side in one run, printed and written to docs/benchmarks.md."""

import datetime
import sys
from pathlib import Path

from . import (
    client_overhead,
    mock_throughput,
    pagination_memory,
    profile,
    regeneration,
    vs_wechatpayv3,
)
from .timing import machine

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
PROFILE = OUTPUT.with_name("benchmarks-profile.txt")


def _ok(passed: bool) -> str:
    return "met" if passed else "MISSED"


def main() -> int:
    lines: list[str] = []

    def out(text: str = "") -> None:
        print(text)
        lines.append(text)

    out("# Benchmarks")
    out()
    out(
        f"`make bench` (`python -m bench.run`), {datetime.date.today().isoformat()}, "
        f"on {machine()}. Every figure is a ratio of two things measured in the same run; "
        "medians over repeated rounds. Absolute times on a shared 2-core machine are noise."
    )
    out()
    out("## 1. Client overhead over the crypto floor (in-memory transport)")
    out()
    out("| call | ms per call | × floor | target |")
    out("|---|---|---|---|")
    for name, row in client_overhead.run().items():
        target = (
            f"≤ {row['target']}× ({_ok(row['ratio'] <= row['target'])})" if row["target"] else "—"
        )
        out(f"| {name} | {row['ms']:.3f} | {row['ratio']:.2f} | {target} |")
    out()
    out("## 2. Against wechatpayv3 2.0.4 (same mock, loopback, merchant GET calls)")
    out()
    v3 = vs_wechatpayv3.run()
    out("| measure | ours (calls/s) | wechatpayv3 sync (calls/s) | ratio | target |")
    out("|---|---|---|---|---|")
    out(
        f"| favor detail, sync | {v3['ours_favor']:.0f} | {v3['theirs_favor']:.0f} | "
        f"{v3['favor_ratio']:.2f} | ≥ 1.0 ({_ok(v3['favor_ratio'] >= 1.0)}) |"
    )
    out(
        f"| list (10 per page), sync | {v3['ours_list']:.0f} | {v3['theirs_list']:.0f} | "
        f"{v3['list_ratio']:.2f} | ≥ 1.0 ({_ok(v3['list_ratio'] >= 1.0)}) |"
    )
    for pool in (8, 32):
        ratio = v3[f"async32_pool{pool}_ratio"]
        out(
            f"| favor detail, async, 32 in flight, {pool} connections | "
            f"{v3[f'ours_async32_pool{pool}']:.0f} | {v3['theirs_favor']:.0f} | {ratio:.2f} | "
            f"≥ 2.0 ({_ok(ratio >= 2.0)}) |"
        )
    out()
    out("## 3. Mock throughput (wrk, 32 connections, favor detail)")
    out()
    out("| server | requests/s | of floor | p50 ms | p99 ms |")
    out("|---|---|---|---|---|")
    for name, row in mock_throughput.run().items():
        share = f"{row['of_floor']:.0%}" if "of_floor" in row else "100%"
        out(f"| {name} | {row['rps']:.0f} | {share} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} |")
    out()
    memory = pagination_memory.run()
    out("## 4. Pagination memory (peak while walking every coupon)")
    out()
    out(
        f"1 000 coupons: {memory['peak_1k_bytes'] / 1024:.0f} KiB; 10 000 coupons: "
        f"{memory['peak_10k_bytes'] / 1024:.0f} KiB; ratio {memory['ratio']:.2f} "
        f"(target ≤ 1.2: {_ok(memory['ratio'] <= 1.2)})."
    )
    out()
    regen = regeneration.run()
    out("## 5. Regeneration")
    out()
    out(
        f"`python -m generator`: {regen['ours_s']:.2f} s; bare openapi-python-client on the same "
        f"spec: {regen['upstream_s']:.2f} s; ratio {regen['ratio']:.2f} (our preparation, extra "
        "modules, pinned ruff and the atomic swap)."
    )
    out()
    PROFILE.write_text(profile.run(), encoding="utf-8")
    out(
        f"The profile behind figure 1 (300 detail calls, 100 list pages) is in "
        f"`docs/{PROFILE.name}`."
    )
    out()
    notes = Path(__file__).with_name("NOTES.md").read_text(encoding="utf-8")
    out(notes.rstrip())
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwritten to {OUTPUT.relative_to(OUTPUT.parent.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

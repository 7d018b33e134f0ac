"""`make bench`: every figure side by side in one run, printed and written to docs/benchmarks.md.

Each figure is a ratio of candidates measured in the same run, their rounds interleaved, as the
median of the rounds with the spread (lowest–highest ratio over the rounds) and the load
average seen while they ran. Absolute times on a shared 2-core machine are noise; ratios of
interleaved rounds are what holds.
"""

import datetime
import os
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

from . import (
    client_overhead,
    loopback,
    mock_throughput,
    notifications,
    pagination_memory,
    profile,
    regeneration,
    send_paths,
)
from .timing import machine

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
PROFILE = OUTPUT.with_name("benchmarks-profile.txt")
ROUNDS = 7


def _verdict(value: float, target: float, at_least: bool) -> str:
    met = value >= target if at_least else value <= target
    return f"{'≥' if at_least else '≤'} {target:g} ({'met' if met else 'MISSED'})"


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def _load(loads: list[float]) -> str:
    return f"{min(loads):.1f}–{max(loads):.1f}"


def main() -> int:
    lines: list[str] = []

    def out(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    out("# Benchmarks")
    out()
    out(
        f"`make bench` (`python -m bench.run`), {datetime.date.today().isoformat()}, on "
        f"{machine()}, load average {os.getloadavg()[0]:.1f} at the start. Every figure is a "
        f"ratio of candidates measured in the same run with their rounds interleaved: the median "
        f"of {ROUNDS} rounds, the spread (lowest–highest round) and the 1-minute load average "
        "while they ran. What bounds each figure, and the profile behind it, follow the tables."
    )
    out()
    out("## The figures of issue 11")
    out()
    out("| figure | median | spread | load | target |")
    out("|---|---|---|---|---|")
    memory_rows = client_overhead.run(rounds=ROUNDS)
    for name, row in memory_rows.items():
        if row["target"]:
            out(
                f"| in memory, {name}, ÷ floor (one RSA-2048 sign + one verify) | "
                f"{row['ratio']:.2f}× | {_spread(row['ratios'])} | {_load(row['load'])} | "
                f"{_verdict(row['ratio'], row['target'], at_least=False)} |"
            )
    wire = loopback.run(rounds=ROUNDS)
    ratios: dict[str, Callable[[dict[str, float]], float]] = {
        "sync_vs_theirs": lambda r: r["ours_sync"] / r["theirs_sync"],
        "async_vs_our_sync": lambda r: r["ours_async32"] / r["ours_sync"],
        "async_vs_theirs": lambda r: r["ours_async32"] / r["theirs_sync"],
    }
    per_round = {
        name: [
            ratio({k: v[i] for k, v in wire["samples"].items()}) for i in range(len(wire["load"]))
        ]
        for name, ratio in ratios.items()
    }
    load = _load(wire["load"])
    for key, label, target in (
        ("sync_vs_theirs", "loopback, our sync client ÷ wechatpayv3 sync", 1.5),
        ("async_vs_our_sync", "loopback, our async client, 32 in flight ÷ our sync client", 1.3),
        ("async_vs_theirs", "loopback, our async client, 32 in flight ÷ wechatpayv3 sync", 1.8),
    ):
        value = statistics.median(per_round[key])
        out(
            f"| {label} | {value:.2f}× | {_spread(per_round[key])} | {load} | "
            f"{_verdict(value, target, at_least=True)} |"
        )
    memory = pagination_memory.run(rounds=5)
    out(
        f"| pagination memory, 10 000 ÷ 1 000 coupons | {memory['ratio']:.2f} | "
        f"{_spread(memory['ratios'])} | {_load(memory['load'])} | "
        f"{_verdict(memory['ratio'], 1.2, at_least=False)} |"
    )
    out()
    out("### In memory: milliseconds per call (medians)")
    out()
    out("| call | ms | × floor |")
    out("|---|---|---|")
    for name, row in memory_rows.items():
        out(f"| {name} | {row['ms']:.3f} | {row['ratio']:.2f} |")
    out()
    out("### Over loopback: calls per second (medians; neutral canned server)")
    out()
    out("| candidate | calls/s | rounds |")
    out("|---|---|---|")
    for name, values in wire["samples"].items():
        out(f"| {name} | {wire['median'][name]:.0f} | {', '.join(f'{v:.0f}' for v in values)} |")
    floors = wire["ratios"]
    out()
    out(
        f"The design's floors in the same rounds: a bare signed and verified call through "
        f"httpcore reaches {floors['floor_sync_vs_theirs']:.2f}× wechatpayv3; the bare async "
        f"call (aiohttp, signatures in worker threads) {floors['floor_async_vs_floor_sync']:.2f}× "
        "the bare sync one."
    )
    out()
    out("### The send path: httpx.Client.send against driving the transport directly")
    out()
    out(
        "Every request goes through `httpx.Client.send` (one path); the direct drive the client "
        "had until issue 20 is timed against it in the same rounds (bench/send_paths.py)."
    )
    out()
    out("| call | send ms | direct ms | send ÷ direct | spread | load |")
    out("|---|---|---|---|---|---|")
    for name, row in send_paths.run(rounds=ROUNDS).items():
        out(
            f"| {name} | {row['send_ms']:.3f} | {row['direct_ms']:.3f} | {row['ratio']:.3f} | "
            f"{min(row['ratios']):.3f}–{max(row['ratios']):.3f} | {_load(row['load'])} |"
        )
    out()
    out("## Notifications unwrapped (issue 19)")
    out()
    unwrapped = notifications.run(rounds=ROUNDS)
    out(
        f"One PRODUCT_COUPON.SEND notification ({unwrapped['body_bytes']} bytes), in memory. The "
        f"floor: one RSA-SHA256 verification with an RSA-{unwrapped['key_bits']} public key "
        "(PKCS#1 v1.5) and one AES-256-GCM decryption of the same bytes "
        f"({unwrapped['backend']}); `wechatpay_auth.parse_notification` verifies, decrypts and "
        "reads the JSON; the typed API "
        "(`wechatpay_coupons.notifications.parse_product_coupon_notification`) adds the models "
        "(bench/notifications.py)."
    )
    out()
    out("| candidate | notifications/s | µs each | ÷ floor | spread | load |")
    out("|---|---|---|---|---|---|")
    for name, label in (
        ("floor", "floor: one RSA verify + one AES-GCM decrypt"),
        ("auth", "wechatpay_auth.parse_notification (verify + decrypt + JSON)"),
        ("typed", "parse_product_coupon_notification (verify + decrypt + model)"),
    ):
        row = unwrapped["rows"][name]
        out(
            f"| {label} | {row['per_second']:.0f} | {row['us']:.1f} | {row['ratio']:.2f}× | "
            f"{_spread(row['ratios'])} | {_load(row['load'])} |"
        )
    out()
    out("## The mock (separate from the client figures)")
    out()
    out("wrk, 32 connections, favor detail; the floor is a Starlette server on the same uvicorn")
    out("settings that only verifies the request and signs the answer.")
    out()
    out("| server | requests/s | of floor | CPU ms/request | p50 ms | p99 ms |")
    out("|---|---|---|---|---|---|")
    for name, row in mock_throughput.run().items():
        share = f"{row.get('of_floor', 1.0):.0%}"
        out(
            f"| {name} | {row['rps']:.0f} | {share} | {row.get('cpu_ms', 0.0):.2f} | "
            f"{row['p50_ms']:.1f} | {row['p99_ms']:.1f} |"
        )
    out()
    regen = regeneration.run()
    out("## Regeneration")
    out()
    out(
        f"`python -m generator`: {regen['ours_s']:.2f} s; bare openapi-python-client on the same "
        f"spec: {regen['upstream_s']:.2f} s; ratio {regen['ratio']:.2f} (our preparation, the "
        "resource clients and extra modules, pinned ruff and the atomic swap)."
    )
    out()
    PROFILE.write_text(profile.run(), encoding="utf-8")
    out(f"The profiles behind the figures are in `docs/{PROFILE.name}`.")
    out()
    notes = Path(__file__).with_name("NOTES.md").read_text(encoding="utf-8")
    out(notes.rstrip())
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwritten to {OUTPUT.relative_to(OUTPUT.parent.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Figure 5: time of ``python -m generator`` against bare openapi-python-client on the spec."""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "spec" / "wechatpay-coupons.yaml"


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=REPO)
    return time.perf_counter() - start


def run(rounds: int = 3) -> dict[str, float]:
    ours, upstream = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(rounds):
            ours.append(
                _time(
                    [
                        sys.executable,
                        "-m",
                        "generator",
                        "--output",
                        f"{tmp}/ours{index}/wechatpay_coupons",
                    ]
                )
            )
            upstream.append(
                _time(
                    [
                        sys.executable,
                        "-m",
                        "openapi_python_client",
                        "generate",
                        "--path",
                        str(SPEC),
                        "--meta",
                        "none",
                        "--output-path",
                        f"{tmp}/upstream{index}",
                    ]
                )
            )
    ours_s, upstream_s = statistics.median(ours), statistics.median(upstream)
    return {"ours_s": ours_s, "upstream_s": upstream_s, "ratio": ours_s / upstream_s}


if __name__ == "__main__":
    print(run())

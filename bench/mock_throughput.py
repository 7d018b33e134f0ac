"""Figure 3: the mock under load, against its own floor (one verify + one sign per request).

Load comes from `wrk` (a separate C process, 32 connections, one pre-signed request, which stays
valid inside the 5-minute window), so the figure is the mock's and not a Python client's.
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from wechatpay_auth import MerchantAuth, WechatPayVerifier, load_private_key
from wechatpay_mock import ensure_demo_world

from .support import MockProcess
from .timing import per_call

PATH = "/v3/marketing/favor/users/2323dfsdf342342/coupons/9856888?appid=wx233544546545989"


def _latency(output: str, percentile: str) -> float:
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, flags=re.M)
    if match is None:
        raise RuntimeError(f"wrk printed no {percentile}% latency:\n{output}")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def _wrk(url: str, authorization: str, seconds: int) -> dict[str, float]:
    output = subprocess.run(
        [
            "wrk",
            "-t1",
            "-c32",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Authorization: {authorization}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"the mock answered errors under load:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    return {"rps": rps, "p50_ms": _latency(output, "50"), "p99_ms": _latency(output, "99")}


def run(seconds: int = 5) -> dict[str, dict[str, float]]:
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is missing: `make bench` installs it (apt-get install -y wrk)")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        world = ensure_demo_world(Path(tmp) / "world")
        platform = load_private_key(world.data_dir / "platform_private_key.pem")
        merchant = load_private_key(world.merchant_private_key)
        message = b"x" * 300
        request_signature = merchant.sign(message, padding.PKCS1v15(), hashes.SHA256())
        public = merchant.public_key()

        def floor() -> None:
            public.verify(request_signature, message, padding.PKCS1v15(), hashes.SHA256())
            platform.sign(message, padding.PKCS1v15(), hashes.SHA256())

        floor_rps = 1 / per_call(floor, calls=200).median
        results["floor (1 core)"] = {"rps": floor_rps, "p50_ms": 0.0, "p99_ms": 0.0}
        verifier = WechatPayVerifier(public_keys={world.public_key_id: world.platform_public_key})
        auth = MerchantAuth(
            world.mchid, world.merchant_serial_no, world.merchant_private_key, verifier
        )
        for workers, shared in ((1, False), (1, True), (2, True)):
            database = str(Path(tmp) / f"state-{workers}.sqlite3") if shared else None
            mock = MockProcess(world.data_dir, workers=workers, database=database)
            try:
                url = mock.base_url + PATH
                authorization = auth.authorization(httpx.Request("GET", url))
                _wrk(url, authorization, 1)  # warm-up
                row = _wrk(url, authorization, seconds)
                row["of_floor"] = row["rps"] / floor_rps
                results[
                    f"{workers} worker{'s' if workers > 1 else ''}"
                    f"{' (SQLite file)' if database else ' (in memory)'}"
                ] = row
            finally:
                mock.stop()
    return results


if __name__ == "__main__":
    for name, row in run().items():
        print(name, row)

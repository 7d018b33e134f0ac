"""Figure 4: peak memory of walking 1 000 vs 10 000 coupons with the page iterator."""

import copy
import json
import os
import statistics
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import yaml

from wechatpay_coupons import Client
from wechatpay_coupons.pagination import iter_busifavor_coupons_by_filter

SPEC = Path(__file__).resolve().parent.parent / "spec" / "wechatpay-coupons.yaml"
PAGE_SIZE = 50


def _template() -> dict[str, object]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operation = spec["paths"]["/v3/marketing/busifavor/users/{openid}/coupons"]["get"]
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    entity: dict[str, object] = next(iter(examples.values()))["value"]["data"][0]
    return entity


def _server(total: int, template: dict[str, object]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["offset"])
        start, stop = page * PAGE_SIZE, min((page + 1) * PAGE_SIZE, total)
        data = [{**copy.deepcopy(template), "coupon_code": f"C{i:06d}"} for i in range(start, stop)]
        body = {"data": data, "total_count": total, "offset": page, "limit": PAGE_SIZE}
        return httpx.Response(200, content=json.dumps(body).encode())

    return httpx.MockTransport(handler)


def peak_bytes(total: int) -> int:
    template = _template()
    client = Client("https://bench.invalid", httpx_args={"transport": _server(total, template)})
    client.get_httpx_client()  # connection pool set-up is not part of the walk
    tracemalloc.start()
    tracemalloc.reset_peak()
    count = 0
    for _coupon in iter_busifavor_coupons_by_filter(
        "openid", client=client, appid="wx", belong_merchant="1900000001", limit=PAGE_SIZE
    ):
        count += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == total, (count, total)
    return peak


def run(rounds: int = 5) -> dict[str, Any]:
    """Peak bytes of walking 1 000 and 10 000 coupons, interleaved, ``rounds`` times."""
    ratios, loads, small, large = [], [], 0, 0
    for _ in range(rounds):
        small, large = peak_bytes(1_000), peak_bytes(10_000)
        ratios.append(large / small)
        loads.append(os.getloadavg()[0])
    return {
        "peak_1k_bytes": small,
        "peak_10k_bytes": large,
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "load": loads,
    }


if __name__ == "__main__":
    print(run())

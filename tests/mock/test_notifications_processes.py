"""Notifications across real processes: a mock killed with kill -9 delivers what was pending
after it restarts, and of ``--workers N`` processes exactly one delivers each notification.

The command serves the shipped spec with state in a SQLite file; the notifications are the
PRODUCT_COUPON.SEND of coupons sent from the demo seed's stock. Every process is one the test
started, and it ends them by their id.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from wechatpay_auth import BrandAuth, WechatPayVerifier, parse_notification
from wechatpay_mock import ensure_demo_world
from wechatpay_mock.receiver import NotificationReceiver
from wechatpay_mock.server import free_port, wait_until_serving

from .conftest import APPID, wait_until

REPOSITORY = Path(__file__).resolve().parents[2]
ROOT = "/brand/marketing/product-coupon"
SEEDED_STOCK = {"product_coupon_id": "1000000013", "stock_id": "1000000013001"}


@pytest.fixture
def world(tmp_path):
    return tmp_path, ensure_demo_world(tmp_path / "world")


def start(world, port, *options):
    tmp_path, credentials = world
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    command = [
        *(sys.executable, "-m", "wechatpay_mock.cli", "--port", str(port)),
        *("--data-dir", str(credentials.data_dir)),
        *("--database", str(tmp_path / "state.sqlite3"), *options),
    ]
    process = subprocess.Popen(
        command,
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process, timeout=60)
    except RuntimeError:
        process.kill()
        raise RuntimeError(process.communicate(timeout=10)[1]) from None
    return process


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # uvicorn stops its workers too
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def brand_client(world, port):
    credentials = world[1]

    verifier = WechatPayVerifier(
        public_keys={credentials.public_key_id: credentials.platform_public_key}
    )
    return httpx.Client(
        base_url=f"http://127.0.0.1:{port}",
        auth=BrandAuth(
            credentials.brand_id,
            credentials.brand_serial_no,
            credentials.brand_private_key,
            verifier,
        ),
        headers={"Wechatpay-Serial": credentials.public_key_id},
        timeout=30,
    )


def send_coupons(client, receiver_url, count):
    """``count`` coupons of the seeded stock, each to another user (one a user is the limit)."""
    set_url = client.post(f"{ROOT}/notify-configs", json={"notify_url": receiver_url})
    assert set_url.status_code == 200, set_url.text
    for n in range(count):
        sent = client.post(
            f"{ROOT}/users/user-{n:04d}/coupons",
            json={**SEEDED_STOCK, "appid": APPID, "send_request_no": f"SEND_{n:04d}"},
        )
        assert sent.status_code == 200, sent.text


def listed(port):
    return httpx.get(f"http://127.0.0.1:{port}/_mock/notifications", timeout=30).json()[
        "notifications"
    ]


def test_a_mock_killed_with_kill_9_delivers_what_was_pending_after_it_restarts(world):
    port = free_port()
    with NotificationReceiver() as receiver:
        receiver.answer(500, times=None)  # the first attempt fails; the next is due in 3 s
        first_run = start(world, port, "--notify-retry-scale", "0.2")
        try:
            with brand_client(world, port) as client:
                send_coupons(client, receiver.url, 1)
            (refused,) = receiver.wait_for(1, timeout=30)
        finally:
            first_run.kill()  # SIGKILL: no shutdown, no chance to finish anything
            first_run.wait(timeout=30)
        receiver.answer(200, times=None)
        second_run = start(world, port, "--notify-retry-scale", "0.2")
        try:
            delivered = receiver.wait_for(2, timeout=60)[-1]
            assert delivered.notification_id == refused.notification_id
            assert delivered.body == refused.body
            wait_until(lambda: listed(port)[0]["state"] == "delivered", timeout=30)
            (notification,) = listed(port)
            # Delivered by the second process; the first attempt is recorded unless the kill
            # came between the POST and its record (then the lease it left was freed).
            *_, last = notification["attempts"]
            assert last["status"] == 200 and last["worker"].endswith(f":{second_run.pid}")
            credentials = world[1]
            verifier = WechatPayVerifier(
                public_keys={credentials.public_key_id: credentials.platform_public_key}
            )
            opened = parse_notification(
                delivered.headers, delivered.body, credentials.brand_api_key, verifier
            )
            assert (opened.event_type, opened.resource["send_request_no"]) == (
                "PRODUCT_COUPON.SEND",
                "SEND_0000",
            )
        finally:
            stop(second_run)


def test_with_several_workers_one_process_delivers_each_notification(world):
    port = free_port()
    with NotificationReceiver() as receiver:
        process = start(world, port, "--workers", "2", "--notify-retry-scale", "0.001")
        try:
            with brand_client(world, port) as client:
                send_coupons(client, receiver.url, 12)
            arrived = receiver.wait_for(12, timeout=60)
            wait_until(lambda: all(n["state"] == "delivered" for n in listed(port)), timeout=30)
            notifications = listed(port)
            assert len(notifications) == 12
            assert all(len(n["attempts"]) == 1 for n in notifications)
            assert len(receiver.received) == 12
            assert sorted(r.notification_id for r in arrived) == sorted(
                n["id"] for n in notifications
            )
        finally:
            stop(process)

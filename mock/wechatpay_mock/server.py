"""Running the mock on a loopback port from Python (tests, demos, benchmarks, downstream suites)."""

import dataclasses
import json
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import uvicorn

from wechatpay_auth import BrandAuth, MerchantAuth, WechatPayVerifier

from .app import MockApp, create_app
from .background import Background
from .declarations import Rule
from .protocol import SignedErrorsProtocol
from .settings import MockSettings, load_settings
from .spec import Spec
from .world import CONFIG_NAME, DemoCredentials, ensure_demo_world


class MockControlError(Exception):
    """The control API refused a request; the message is its own ``error`` text."""

    def __init__(self, status: int, method: str, url: str, error: str) -> None:
        super().__init__(f"{method} {url}: {status}: {error}")
        self.status: int = status
        self.error: str = error


def _refusal(refused: urllib.error.HTTPError) -> str:
    text = refused.read().decode("utf-8", errors="replace")
    try:
        error = json.loads(text).get("error")
    except (ValueError, AttributeError):
        error = None
    return str(error) if error else (text.strip()[:500] or str(refused.reason))


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_serving(
    base_url: str, process: "subprocess.Popen[Any] | None" = None, timeout: float = 30.0
) -> None:
    """Block until the mock at ``base_url`` answers its health check.

    For a mock started as a command (``wechatpay-mock`` in another process): raises
    ``RuntimeError`` when ``process`` exits first or ``timeout`` seconds pass.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/_mock/health", timeout=2) as answer:  # noqa: S310
                if answer.status == 200:
                    return
        except OSError:
            pass
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"wechatpay-mock exited with {process.returncode} before serving")
        if time.monotonic() > deadline:
            raise RuntimeError(f"wechatpay-mock did not answer at {base_url} within {timeout} s")
        time.sleep(0.05)


class MockServer(Background):
    """The demo world served by uvicorn in a background thread.

    with MockServer(tmp_path) as mock:
        client = Client(mock.base_url, auth=mock.merchant_auth())
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        database: str | None = None,
        spec: Spec | None = None,
        rules: Mapping[str, Rule] | None = None,
        notify_retry_scale: float | None = None,
        notify_timeout: float | None = None,
    ) -> None:
        """The demo world in ``data_dir`` (created on first use); ``spec`` and ``rules`` as
        ``create_app`` takes them (a spec with more operations, and the rules they need);
        ``notify_retry_scale`` and ``notify_timeout`` in place of mock.toml's."""
        self.credentials: DemoCredentials = ensure_demo_world(data_dir)
        settings = load_settings(data_dir / CONFIG_NAME, database=database)
        self.settings: MockSettings = dataclasses.replace(
            settings,
            notify_retry_scale=notify_retry_scale or settings.notify_retry_scale,
            notify_timeout=notify_timeout or settings.notify_timeout,
        )
        self.host: str = host
        self.port: int = port or free_port(host)
        self.app: MockApp = create_app(self.settings, spec=spec, rules=rules)
        self._server = uvicorn.Server(
            uvicorn.Config(
                self.app,
                host=host,
                port=self.port,
                log_level="warning",
                access_log=False,
                # The app's start and stop run its notification deliveries.
                lifespan="on",
                http=SignedErrorsProtocol,
            )
        )
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "MockServer":
        self._thread = threading.Thread(target=self._server.run, name="wechatpay-mock", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"wechatpay-mock did not start on {self.base_url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    # --- clients of the demo world ---------------------------------------------------------------

    def verifier(self) -> WechatPayVerifier:
        return WechatPayVerifier(
            public_keys={self.credentials.public_key_id: self.credentials.platform_public_key}
        )

    def merchant_auth(self) -> MerchantAuth:
        c = self.credentials
        return MerchantAuth(c.mchid, c.merchant_serial_no, c.merchant_private_key, self.verifier())

    def certificate_verifier(self) -> WechatPayVerifier:
        """A verifier that trusts the demo world's first platform certificate as given (a client
        in certificate mode that does not download; it fails once the certificate rotates)."""
        return WechatPayVerifier(certificates=[self.credentials.platform_certificate])

    def certificate_merchant_auth(self, verifier: WechatPayVerifier | None = None) -> MerchantAuth:
        """The demo merchant in certificate mode (its answers signed by a platform
        certificate), verifying with ``verifier`` (default: ``certificate_verifier()``)."""
        c = self.credentials
        return MerchantAuth(
            c.certificate_mchid,
            c.certificate_merchant_serial_no,
            c.certificate_merchant_private_key,
            verifier or self.certificate_verifier(),
        )

    def environment(self, *, certificate_mode: bool = False) -> dict[str, str]:
        """The ``WECHATPAY_*`` variables that ``WechatPay.from_env()`` reads, for this mock.

        The merchant is the demo world's public-key merchant, or with ``certificate_mode`` its
        certificate merchant (with the TEST-ONLY APIv3 key); the brand is always included.
        """
        c = self.credentials
        environment = {
            "WECHATPAY_BASE_URL": self.base_url,
            "WECHATPAY_PUBLIC_KEY_ID": c.public_key_id,
            "WECHATPAY_PUBLIC_KEY": str(c.platform_public_key),
            "WECHATPAY_BRAND_ID": c.brand_id,
            "WECHATPAY_BRAND_SERIAL_NO": c.brand_serial_no,
            "WECHATPAY_BRAND_PRIVATE_KEY": str(c.brand_private_key),
        }
        if certificate_mode:
            environment.update(
                WECHATPAY_MCHID=c.certificate_mchid,
                WECHATPAY_MERCHANT_SERIAL_NO=c.certificate_merchant_serial_no,
                WECHATPAY_MERCHANT_PRIVATE_KEY=str(c.certificate_merchant_private_key),
                WECHATPAY_APIV3_KEY=c.apiv3_key,
            )
        else:
            environment.update(
                WECHATPAY_MCHID=c.mchid,
                WECHATPAY_MERCHANT_SERIAL_NO=c.merchant_serial_no,
                WECHATPAY_MERCHANT_PRIVATE_KEY=str(c.merchant_private_key),
            )
        return environment

    def brand_auth(self) -> BrandAuth:
        c = self.credentials
        return BrandAuth(c.brand_id, c.brand_serial_no, c.brand_private_key, self.verifier())

    # --- the control API -------------------------------------------------------------------------

    def control(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        """Call the control API (``/_mock/<path>``); its answer as JSON, or
        ``MockControlError`` with the text of its refusal."""
        url = f"{self.base_url}/_mock/{path.lstrip('/')}"
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(  # noqa: S310 - our own loopback URL
            url, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                return json.loads(response.read())
        except urllib.error.HTTPError as refused:
            raise MockControlError(refused.code, method, url, _refusal(refused)) from None

    def reset(self) -> None:
        self.control("POST", "reset")

    def arm_fault(
        self, kind: str, *, operation: str = "*", count: int = 1, seconds: float = 1.0
    ) -> None:
        self.control(
            "POST",
            "faults",
            {"operation": operation, "kind": kind, "count": count, "seconds": seconds},
        )

    def journal(self, limit: int = 100) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.control("GET", f"journal?limit={limit}")["requests"]
        return result

    def set_clock(self, *, offset_seconds: float) -> None:
        self.control("POST", "clock", {"offset_seconds": offset_seconds})

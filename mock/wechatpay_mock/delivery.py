"""Delivering the queued notifications: at least once, on WeChat's retry schedule.

Each process of the mock runs one delivery worker (a thread with its own event loop). It claims
the notifications that are due from the store, leased to itself, so that of several processes
sharing a state file (``--workers N``) exactly one delivers each; POSTs each one, signed, to its
notify URL; and records the attempt. A 2xx within the timeout (5 s) delivers it; anything else
schedules the next attempt (``notifications.SCHEDULE``, times ``notify_retry_scale``) until the
schedule runs out. A process killed during a delivery leaves its lease behind: a worker that
starts frees the leases of processes that are gone, so what was pending is delivered after a
restart (with a state file; an in-memory store ends with its process).
"""

import asyncio
import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .notifications import Webhook, retry_delay, signed_headers
from .platform_keys import Signer
from .settings import Caller, MockSettings
from .store import DELIVERED, FAILED, PENDING, Notification, Store

logger: logging.Logger = logging.getLogger("wechatpay_mock.notifications")
# How often a worker looks for notifications other processes queued; its own wake it at once.
POLL_SECONDS = 0.25
# A lease outlives the delivery's timeout by this much before another worker may take over.
LEASE_MARGIN = 5.0
CLAIM_LIMIT = 32
USER_AGENT = "wechatpay-mock notifications"


def owner_gone(owner: str) -> bool:
    """Whether the worker named ``owner`` (``host:pid``) is a process of this host that is no
    longer running; another host's workers are left to their lease's expiry."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Deliveries:
    """The delivery worker of one process (see the module's docstring)."""

    def __init__(
        self,
        store: Store,
        settings: MockSettings,
        signer_for: Callable[[Caller], Signer],
        webhooks: Mapping[str, Webhook],
    ) -> None:
        self._store = store
        self._settings = settings
        self._signer_for = signer_for
        self._webhooks = webhooks
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False
        # host:pid of the process delivering (set when it starts: a worker may be forked).
        self.owner: str = ""

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start delivering (once; a second call does nothing)."""
        with self._lock:
            if self.running:
                return
            self._stopping = False
            self.owner = f"{socket.gethostname()}:{os.getpid()}"
            ready = threading.Event()
            self._thread = threading.Thread(
                target=lambda: asyncio.run(self._run(ready)),
                name="wechatpay-mock-deliveries",
                daemon=True,
            )
            self._thread.start()
            ready.wait(timeout=10)

    def stop(self) -> None:
        """Stop, abandoning attempts in flight (their leases expire; they are made again)."""
        with self._lock:
            thread, self._stopping = self._thread, True
            self._poke()
        if thread is not None:
            thread.join(timeout=10)

    def wake(self) -> None:
        """Something was queued: deliver it now (starting the worker if it is not running)."""
        if not self.running:
            self.start()
        self._poke()

    def _poke(self) -> None:
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(wake.set)

    async def _run(self, ready: threading.Event) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        ready.set()
        freed = self._store.release_leases(owner_gone)
        if freed:
            logger.info("freed the notifications of %d stopped worker(s)", freed)
        in_flight: set[asyncio.Task[None]] = set()
        # trust_env=False: a notify URL on loopback must not go through a proxy of the host.
        async with httpx.AsyncClient(
            timeout=self._settings.notify_timeout, trust_env=False, follow_redirects=False
        ) as client:
            while not self._stopping:
                now = time.time()
                due = self._store.next_due(now)
                if due is not None and due <= now:
                    lease = self._settings.notify_timeout + LEASE_MARGIN
                    for notification in self._store.claim_due(now, self.owner, lease, CLAIM_LIMIT):
                        task = asyncio.create_task(self._deliver(client, notification))
                        in_flight.add(task)
                        task.add_done_callback(in_flight.discard)
                    due = self._store.next_due(time.time())
                wait = POLL_SECONDS if due is None else max(0.0, min(POLL_SECONDS, due - now))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=wait)
                self._wake.clear()
            for task in in_flight:
                task.cancel()
            await asyncio.gather(*in_flight, return_exceptions=True)

    async def _deliver(self, client: httpx.AsyncClient, notification: Notification) -> None:
        recipient = Caller(notification.signature_type, notification.recipient)
        hook = self._webhooks.get(notification.webhook)
        headers = signed_headers(
            self._signer_for(recipient),
            notification.body,
            signature_type=hook.signature_type if hook else None,
        )
        attempt: dict[str, Any] = {"at": time.time(), "worker": self.owner}
        started = time.perf_counter()
        try:
            answer = await client.post(
                notification.url,
                content=notification.body,
                headers={**headers, "User-Agent": USER_AGENT},
            )
            attempt["status"] = answer.status_code
            if not 200 <= answer.status_code < 300:
                attempt["error"] = f"answered {answer.status_code}, not a 2xx"
        except httpx.TimeoutException:
            attempt["error"] = f"no answer within {self._settings.notify_timeout:g} s"
        except (httpx.HTTPError, httpx.InvalidURL) as failure:
            # InvalidURL is not an HTTPError: a URL the spec allows but httpx cannot send to
            # (a control character in the host) fails the attempt like an unreachable host.
            attempt["error"] = f"{type(failure).__name__}: {failure}"[:300]
        attempt["ms"] = round((time.perf_counter() - started) * 1000, 3)
        made = notification.attempts + 1
        delay = (
            None if "error" not in attempt else retry_delay(made, self._settings.notify_retry_scale)
        )
        state = DELIVERED if "error" not in attempt else (FAILED if delay is None else PENDING)
        next_at = time.time() + delay if delay is not None else None
        self._store.record_attempt(notification.id, attempt, state=state, next_at=next_at)
        logger.info(
            "notification %s %s to %s: attempt %d %s",
            notification.id,
            notification.event_type,
            notification.url[:200],
            made,
            attempt.get("error") or attempt["status"],
        )
        if self._wake is not None:
            self._wake.set()


async def probe(
    url: str, signer: Signer, body: bytes, *, signature_type: str | None, timeout: float
) -> dict[str, Any]:
    """POST a probe (``WECHATPAY/SIGNTEST/`` signature) to ``url`` and say how it was answered:
    a receiver that checks signatures refuses it."""
    headers = signed_headers(signer, body, signature_type=signature_type, probe=True)
    async with httpx.AsyncClient(timeout=timeout, trust_env=False) as client:
        try:
            answer = await client.post(
                url, content=body, headers={**headers, "User-Agent": USER_AGENT}
            )
        except (httpx.HTTPError, httpx.InvalidURL) as failure:
            return {"status": None, "error": f"{type(failure).__name__}: {failure}"[:300]}
    return {"status": answer.status_code, "body": answer.text[:2000]}

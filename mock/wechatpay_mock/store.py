"""The mock's state in SQLite: coupons, redemptions, faults, clock offset and request journal.

In memory by default (one process); a file when several worker processes must share it, in
which case every write runs in a ``BEGIN IMMEDIATE`` transaction so that redemptions stay atomic
across processes too.
"""

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS busifavor (
    coupon_code TEXT NOT NULL, stock_id TEXT NOT NULL, openid TEXT NOT NULL, appid TEXT NOT NULL,
    belong_merchant TEXT NOT NULL, creator_merchant TEXT NOT NULL, sender_merchant TEXT NOT NULL,
    code_mode TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (coupon_code, stock_id));
CREATE INDEX IF NOT EXISTS busifavor_user ON busifavor (openid, appid, seq);
CREATE TABLE IF NOT EXISTS favor (
    coupon_id TEXT PRIMARY KEY, openid TEXT NOT NULL, appid TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS product (
    brand_id TEXT NOT NULL, coupon_code TEXT NOT NULL, openid TEXT NOT NULL, appid TEXT NOT NULL,
    data TEXT NOT NULL, PRIMARY KEY (brand_id, coupon_code));
CREATE TABLE IF NOT EXISTS redemptions (
    mchid TEXT NOT NULL, use_request_no TEXT NOT NULL, coupon_code TEXT NOT NULL,
    response TEXT NOT NULL, PRIMARY KEY (mchid, use_request_no));
CREATE TABLE IF NOT EXISTS faults (
    id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, kind TEXT NOT NULL,
    remaining INTEGER NOT NULL, seconds REAL NOT NULL);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, method TEXT NOT NULL,
    target TEXT NOT NULL, operation TEXT, status INTEGER NOT NULL, request_id TEXT NOT NULL,
    nonce TEXT, fault TEXT, code TEXT);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_DATA_TABLES = ("busifavor", "favor", "product", "redemptions", "faults", "journal", "settings")


class Store:
    def __init__(self, database: str = ":memory:") -> None:
        self._lock = threading.RLock()
        self._connection = sqlite3.connect(
            database, isolation_level=None, check_same_thread=False, timeout=30.0
        )
        self._connection.row_factory = sqlite3.Row
        if database != ":memory:":
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.executescript(_SCHEMA)
        self._upgrade()

    def _upgrade(self) -> None:
        # A state file written by an older mock lacks later journal columns; add them in place.
        columns = {row[1] for row in self._connection.execute("PRAGMA table_info(journal)")}
        if "code" not in columns:
            self._connection.execute("ALTER TABLE journal ADD COLUMN code TEXT")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit, across threads of this process and processes sharing the file."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    # --- seed and reset -------------------------------------------------------------------------

    def seed_if_empty(self, seed: dict[str, Any]) -> None:
        """Load the seed into a fresh store; worker processes sharing a file race here safely."""
        with self.transaction() as db:
            if db.execute("SELECT COUNT(*) FROM busifavor").fetchone()[0] == 0:
                self._load(db, seed)

    def reset(self, seed: dict[str, Any] | None) -> None:
        with self.transaction() as db:
            for table in _DATA_TABLES:
                if table != "journal":
                    db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            if seed:
                self._load(db, seed)

    def load(self, seed: dict[str, Any]) -> None:
        with self.transaction() as db:
            self._load(db, seed)

    @staticmethod
    def _load(db: sqlite3.Connection, seed: dict[str, Any]) -> None:
        start = db.execute("SELECT COALESCE(MAX(seq), 0) FROM busifavor").fetchone()[0]
        for index, entry in enumerate(seed.get("busifavor_coupons", []), start=start + 1):
            coupon = entry["coupon"]
            db.execute(
                "INSERT OR REPLACE INTO busifavor VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    coupon["coupon_code"],
                    coupon["stock_id"],
                    entry["openid"],
                    entry["appid"],
                    coupon["belong_merchant"],
                    entry.get("creator_merchant", coupon["belong_merchant"]),
                    entry.get("sender_merchant", coupon["belong_merchant"]),
                    entry.get("code_mode", "WECHATPAY_MODE"),
                    index,
                    _dump(coupon),
                ),
            )
        for entry in seed.get("favor_coupons", []):
            coupon = entry["coupon"]
            db.execute(
                "INSERT OR REPLACE INTO favor VALUES (?,?,?,?)",
                (coupon["coupon_id"], entry["openid"], entry["appid"], _dump(coupon)),
            )
        for entry in seed.get("product_coupons", []):
            coupon = entry["coupon"]
            db.execute(
                "INSERT OR REPLACE INTO product VALUES (?,?,?,?,?)",
                (
                    entry["brand_id"],
                    coupon["coupon_code"],
                    entry["openid"],
                    entry["appid"],
                    _dump(coupon),
                ),
            )

    # --- clock ----------------------------------------------------------------------------------

    def clock_offset(self) -> float:
        with self._lock:
            row = self._connection.execute(
                "SELECT value FROM settings WHERE key = 'clock_offset'"
            ).fetchone()
        return float(row[0]) if row else 0.0

    def set_clock_offset(self, seconds: float) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO settings VALUES ('clock_offset', ?)", (repr(seconds),)
            )

    # --- faults ---------------------------------------------------------------------------------

    def arm_fault(self, operation: str, kind: str, count: int, seconds: float) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO faults (operation, kind, remaining, seconds) VALUES (?,?,?,?)",
                (operation, kind, count, seconds),
            )
            return int(cursor.lastrowid or 0)

    def take_fault(self, operation: str) -> tuple[str, float] | None:
        """The oldest armed fault for ``operation`` (or ``*``), counted down by one."""
        with self._lock:
            armed = self._connection.execute(
                "SELECT 1 FROM faults WHERE remaining > 0 LIMIT 1"
            ).fetchone()
        if armed is None:
            # The common case: no write lock on every request, which would serialise the
            # workers sharing a file. The transaction below re-checks before counting down.
            return None
        with self.transaction() as db:
            row = db.execute(
                "SELECT id, kind, remaining, seconds FROM faults "
                "WHERE operation IN (?, '*') AND remaining > 0 ORDER BY id LIMIT 1",
                (operation,),
            ).fetchone()
            if row is None:
                return None
            db.execute("UPDATE faults SET remaining = remaining - 1 WHERE id = ?", (row["id"],))
            return str(row["kind"]), float(row["seconds"])

    def faults(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._connection.execute(
                "SELECT id, operation, kind, remaining, seconds FROM faults WHERE remaining > 0"
            ).fetchall()
        return [dict(row) for row in rows]

    def clear_faults(self) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM faults")

    # --- journal --------------------------------------------------------------------------------

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._connection.execute(
                "INSERT INTO journal (at, method, target, operation, status, request_id, nonce, "
                "fault, code) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    time.time(),
                    entry["method"],
                    entry["target"],
                    entry.get("operation"),
                    entry["status"],
                    entry["request_id"],
                    entry.get("nonce"),
                    entry.get("fault"),
                    entry.get("code"),
                ),
            )

    def journal(self, limit: int = 100) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._connection.execute(
                "SELECT * FROM journal ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(row) for row in reversed(rows)]

    def clear_journal(self) -> None:
        with self._lock:
            self._connection.execute("DELETE FROM journal")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

"""The mock's state in SQLite: seeded entities, replays, faults, clock offset and request journal.

In memory by default (one process); a file when several worker processes must share it, in
which case every write runs in a ``BEGIN IMMEDIATE`` transaction so that redemptions stay atomic
across processes too.

Entities are what the seed holds, per operationId: the response bodies (or, for a paginated
list, the items) an operation serves, with the attributes they are looked up by. They are parsed
once and kept in memory until an entity changes (in any process sharing the file).
"""

import itertools
import json
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

DEFAULT_JOURNAL_SIZE = 10_000
_Index = TypeVar("_Index")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    operation TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT, attrs TEXT NOT NULL,
    body TEXT NOT NULL, PRIMARY KEY (operation, seq));
CREATE UNIQUE INDEX IF NOT EXISTS entity_ids ON entities (operation, id) WHERE id IS NOT NULL;
CREATE TABLE IF NOT EXISTS replays (
    operation TEXT NOT NULL, principal TEXT NOT NULL, key TEXT NOT NULL, request TEXT NOT NULL,
    status INTEGER NOT NULL, response TEXT NOT NULL, PRIMARY KEY (operation, principal, key));
CREATE TABLE IF NOT EXISTS faults (
    id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, kind TEXT NOT NULL,
    remaining INTEGER NOT NULL, seconds REAL NOT NULL);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, method TEXT NOT NULL,
    target TEXT NOT NULL, operation TEXT, status INTEGER NOT NULL, request_id TEXT NOT NULL,
    nonce TEXT, fault TEXT, code TEXT, ms REAL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS notifications (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, webhook TEXT NOT NULL, event_type TEXT NOT NULL,
    url TEXT NOT NULL, signature_type TEXT NOT NULL, recipient TEXT NOT NULL, body TEXT NOT NULL,
    resource TEXT NOT NULL, created REAL NOT NULL, state TEXT NOT NULL, next_at REAL,
    lease_until REAL, lease_owner TEXT);
CREATE INDEX IF NOT EXISTS notifications_due ON notifications (state, next_at);
CREATE TABLE IF NOT EXISTS attempts (
    notification TEXT NOT NULL, n INTEGER NOT NULL, at REAL NOT NULL, status INTEGER,
    error TEXT, ms REAL, worker TEXT, PRIMARY KEY (notification, n));
CREATE TABLE IF NOT EXISTS certificates (
    serial TEXT PRIMARY KEY, seq INTEGER NOT NULL, certificate TEXT NOT NULL, private_key TEXT,
    listed INTEGER NOT NULL, signing INTEGER NOT NULL);
"""

# Reset empties these (the journal too, when asked); the settings keep nothing but the clock.
_STATE_TABLES = (
    *("entities", "replays", "faults", "settings", "certificates", "sequences"),
    *("notifications", "attempts"),
)
_JOURNAL_COLUMNS = ("code", "ms")
_JOURNAL_FIELDS = (
    *("method", "target", "operation", "status", "request_id", "nonce", "fault", "code", "ms"),
)


@dataclass(frozen=True)
class Entity:
    """A seeded entity: the body an operation serves and the attributes it is found by.

    ``attrs`` are the seed entry's other keys (``openid``, ``appid``, ``owners`` …). Both
    mappings are shared with the cache: read them, never change them in place.
    """

    operation: str
    seq: int
    attrs: Mapping[str, Any] = field(repr=False)
    body: Mapping[str, Any] = field(repr=False)
    id: str | None = None


@dataclass(frozen=True)
class CertificateState:
    """A platform certificate as the running mock has it: listed by /v3/certificates or not,
    signing or not. ``private_key`` is the PEM of one added at run time (TEST-ONLY); the ones
    from mock.toml keep theirs in the settings."""

    serial: str
    certificate: bytes = field(repr=False)
    private_key: bytes | None = field(repr=False)
    listed: bool
    signing: bool


@dataclass(frozen=True)
class Notification:
    """A queued notification (callback): what is POSTed, to whom, and where it stands.

    ``body`` is the exact envelope sent on every attempt; ``resource`` its decrypted resource
    (for the control API: the mock's own test data, never a secret). ``state`` is ``pending``
    (``next_at`` says when), ``delivered`` (a 2xx came back) or ``failed`` (WeChat's schedule
    ran out)."""

    id: str
    webhook: str
    event_type: str
    url: str
    signature_type: str
    recipient: str
    body: bytes = field(repr=False)
    resource: Any = field(repr=False)
    created: float
    state: str
    next_at: float | None
    attempts: int = 0


PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"


@dataclass(frozen=True)
class Replay:
    """What an idempotent request answered the first time, and what it asked."""

    request: Any
    status: int
    response: Any


class Store:
    """SQLite behind a lock; one connection per process."""

    def __init__(
        self, database: str = ":memory:", *, journal_size: int = DEFAULT_JOURNAL_SIZE
    ) -> None:
        if journal_size < 1:
            raise ValueError(f"journal_size must be >= 1, not {journal_size}")
        self.journal_size = journal_size
        self._lock = threading.RLock()
        self._connection = sqlite3.connect(
            database, isolation_level=None, check_same_thread=False, timeout=30.0
        )
        self._connection.row_factory = sqlite3.Row
        # A file is shared with other worker processes: what they change is read back from it.
        # In memory, this object sees every change, so the hot path asks SQLite nothing.
        self._shared = database != ":memory:"
        self._local_version = 0
        self._clock = 0.0
        self._faults_armed = False
        # In memory the journal is a deque: the ring costs nothing per request.
        self._ring: deque[dict[str, Any]] = deque(maxlen=journal_size)
        self._ring_ids = itertools.count(1)
        if self._shared:
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.executescript(_SCHEMA)
        self._upgrade()
        self._cache: dict[str, list[Entity]] = {}
        self._by_id: dict[tuple[str, str], Entity] = {}
        self._cache_version: str | None = None
        self._indexes: dict[tuple[str, tuple[str, ...]], Any] = {}
        self._certificates: list[CertificateState] = []
        self._certificates_version: str | None = None

    def _upgrade(self) -> None:
        # A state file written by an older mock lacks later journal columns; add them in place.
        columns = {row[1] for row in self._connection.execute("PRAGMA table_info(journal)")}
        for column in _JOURNAL_COLUMNS:
            if column not in columns:
                kind = "REAL" if column == "ms" else "TEXT"
                self._connection.execute(f"ALTER TABLE journal ADD COLUMN {column} {kind}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit, across threads of this process and processes sharing the file."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                self.rolled_back()
                raise
            self._connection.execute("COMMIT")

    def rolled_back(self) -> None:
        """What was written since the transaction (or savepoint) began is undone: the entities
        read since are read again. (A shared file's version is rolled back with it.)"""
        self._local_version += 1

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def memory_bytes(self) -> int:
        """The database's size in bytes (pages in use), to show that it stays flat."""
        with self._lock:
            pages = self._connection.execute("PRAGMA page_count").fetchone()[0]
            free = self._connection.execute("PRAGMA freelist_count").fetchone()[0]
            size = self._connection.execute("PRAGMA page_size").fetchone()[0]
        return int((pages - free) * size)

    # --- entities --------------------------------------------------------------------------------

    def seed_if_empty(self, seed: Mapping[str, list[tuple[dict[str, Any], Any]]]) -> None:
        """Load ``seed`` into a fresh store; worker processes sharing a file race here safely."""
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is None:
                for operation, entries in seed.items():
                    self.add_entities(db, operation, entries)

    def add_entities(
        self, db: sqlite3.Connection, operation: str, entries: list[tuple[dict[str, Any], Any]]
    ) -> None:
        """Append ``(attrs, body)`` pairs; an entry whose attrs carry an ``id`` replaces the
        entity with that id."""
        start = db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM entities WHERE operation = ?", (operation,)
        ).fetchone()[0]
        cached = self._cache_is_current()
        for seq, (attrs, body) in enumerate(entries, start=start + 1):
            entity_id = attrs.get("id")
            if entity_id is not None:
                db.execute(
                    "DELETE FROM entities WHERE operation = ? AND id = ?", (operation, entity_id)
                )
            stored_attrs, stored_body = _dump(attrs), _dump(body)
            db.execute(
                "INSERT INTO entities VALUES (?,?,?,?,?)",
                (operation, seq, entity_id, stored_attrs, stored_body),
            )
            if cached:
                added = Entity(
                    operation, seq, json.loads(stored_attrs), json.loads(stored_body), entity_id
                )
                replaced = self._by_id.get((operation, entity_id)) if entity_id else None
                listed = [e for e in self._cache.get(operation, []) if e is not replaced]
                self._cache[operation] = [*listed, added]
                if entity_id is not None:
                    self._by_id[(operation, entity_id)] = added
        self._changed(db, cached)

    def replace_body(
        self,
        db: sqlite3.Connection,
        entity: Entity,
        body: Any,
        attrs: Mapping[str, Any] | None = None,
    ) -> None:
        """``entity``'s new body (and attributes, when given), in ``db``'s transaction."""
        cached = self._cache_is_current()
        stored_body, stored_attrs = _dump(body), _dump(entity.attrs if attrs is None else attrs)
        db.execute(
            "UPDATE entities SET body = ?, attrs = ? WHERE operation = ? AND seq = ?",
            (stored_body, stored_attrs, entity.operation, entity.seq),
        )
        if cached:
            changed = Entity(
                entity.operation,
                entity.seq,
                json.loads(stored_attrs),
                json.loads(stored_body),
                entity.id,
            )
            self._cache[entity.operation] = [
                changed if e.seq == entity.seq else e for e in self._cache.get(entity.operation, [])
            ]
            if entity.id is not None:
                self._by_id[(entity.operation, entity.id)] = changed
        self._changed(db, cached)

    def entities(self, operation: str) -> list[Entity]:
        """The entities of ``operation`` in seed order, parsed once per change."""
        with self._lock:
            self._refresh()
            return self._cache.get(operation, [])

    def entity(self, operation: str, entity_id: str) -> Entity | None:
        """The entity of ``operation`` with ``id`` ``entity_id`` (a relation's target)."""
        with self._lock:
            self._refresh()
            return self._by_id.get((operation, entity_id))

    def _refresh(self) -> None:
        version = self._version(self._connection) if self._shared else str(self._local_version)
        if version != self._cache_version:
            self._cache = self._load_all(self._connection)
            self._by_id = {
                (entity.operation, entity.id): entity
                for entities in self._cache.values()
                for entity in entities
                if entity.id is not None
            }
            self._cache_version = version
            self._indexes = {}

    def index(
        self,
        operation: str,
        names: tuple[str, ...],
        build: Callable[[list[Entity]], _Index],
    ) -> _Index:
        """``build(entities of operation)``, kept until an entity changes (a lookup table)."""
        with self._lock:
            entities = self.entities(operation)
            found = self._indexes.get((operation, names))
            if found is None:
                found = self._indexes[(operation, names)] = build(entities)
            return found

    @staticmethod
    def _load_all(db: sqlite3.Connection) -> dict[str, list[Entity]]:
        loaded: dict[str, list[Entity]] = {}
        for row in db.execute("SELECT * FROM entities ORDER BY operation, seq"):
            loaded.setdefault(row["operation"], []).append(
                Entity(
                    row["operation"],
                    row["seq"],
                    json.loads(row["attrs"]),
                    json.loads(row["body"]),
                    row["id"],
                )
            )
        return loaded

    @staticmethod
    def _version(db: sqlite3.Connection) -> str | None:
        row = db.execute("SELECT value FROM settings WHERE key = 'entities_version'").fetchone()
        return str(row[0]) if row else None

    def _cache_is_current(self) -> bool:
        """Whether the cache holds every entity as stored now (called in a write transaction,
        which no other process can interleave with): a change this store makes may then be
        applied to it, rather than every entity read again."""
        version = self._version(self._connection) if self._shared else str(self._local_version)
        return version is not None and self._cache_version == version

    def _changed(self, db: sqlite3.Connection, applied: bool = False) -> None:
        """Something changed; ``applied``: this store's cache holds the change already."""
        self._local_version += 1
        version = str(self._local_version)
        if self._shared:
            # A fresh token, not a counter: a reset may delete the row, and a counter restarting
            # at 1 could meet a cache that saw an older 1. A rollback restores the old token,
            # which then differs from the cache's.
            version = f"{time.time_ns()}-{id(db)}-{threading.get_ident()}"
            db.execute("INSERT OR REPLACE INTO settings VALUES ('entities_version', ?)", (version,))
        if applied:
            self._cache_version = version
            self._indexes = {}

    @staticmethod
    def next_in_sequence(db: sqlite3.Connection, name: str) -> int:
        """1, 2, 3 … for ``name``, in ``db``'s transaction; a reset starts every sequence again,
        so that a test sees the same ids each time."""
        db.execute(
            "INSERT INTO sequences VALUES (?, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = value + 1",
            (name,),
        )
        return int(db.execute("SELECT value FROM sequences WHERE name = ?", (name,)).fetchone()[0])

    # --- idempotent replays ----------------------------------------------------------------------

    @staticmethod
    def replay(db: sqlite3.Connection, operation: str, principal: str, key: str) -> Replay | None:
        row = db.execute(
            "SELECT request, status, response FROM replays "
            "WHERE operation = ? AND principal = ? AND key = ?",
            (operation, principal, key),
        ).fetchone()
        if row is None:
            return None
        return Replay(json.loads(row["request"]), row["status"], json.loads(row["response"]))

    @staticmethod
    def remember(
        db: sqlite3.Connection,
        operation: str,
        principal: str,
        key: str,
        replay: Replay,
    ) -> None:
        db.execute(
            "INSERT INTO replays VALUES (?,?,?,?,?,?)",
            (
                operation,
                principal,
                key,
                _dump(replay.request),
                replay.status,
                _dump(replay.response),
            ),
        )

    # --- reset -----------------------------------------------------------------------------------

    def reset(
        self,
        seed: Mapping[str, list[tuple[dict[str, Any], Any]]] | None,
        certificates: list[tuple[str, bytes]] | None = None,
    ) -> None:
        """Back to ``seed`` and the configured ``(serial, PEM)`` certificates: entities,
        replays, faults, certificates and the clock (not the journal)."""
        with self.transaction() as db:
            for table in _STATE_TABLES:
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self._changed(db)  # the cache holds what was deleted: read it all again
            self._clock = 0.0
            for operation, entries in (seed or {}).items():
                self.add_entities(db, operation, entries)
            self._start_certificates(db, certificates or [])
            self._changed(db)

    # --- platform certificates ---------------------------------------------------------------

    def start_certificates(self, certificates: list[tuple[str, bytes]]) -> None:
        """The configured certificates, the first signing, unless the state has some already
        (a worker joining the others)."""
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM certificates LIMIT 1").fetchone() is None:
                self._start_certificates(db, certificates)
                self._changed(db)

    @staticmethod
    def _start_certificates(db: sqlite3.Connection, certificates: list[tuple[str, bytes]]) -> None:
        for seq, (serial, pem) in enumerate(certificates):
            db.execute(
                "INSERT INTO certificates VALUES (?,?,?,?,?,?)",
                (serial, seq, pem.decode(), None, 1, 1 if seq == 0 else 0),
            )

    def certificates(self) -> list[CertificateState]:
        """Every platform certificate, oldest first (cached until one changes)."""
        with self._lock:
            version = self._version(self._connection) if self._shared else str(self._local_version)
            if version != self._certificates_version:
                self._certificates = [
                    CertificateState(
                        row["serial"],
                        row["certificate"].encode(),
                        row["private_key"].encode() if row["private_key"] else None,
                        bool(row["listed"]),
                        bool(row["signing"]),
                    )
                    for row in self._connection.execute("SELECT * FROM certificates ORDER BY seq")
                ]
                self._certificates_version = version
            return self._certificates

    def add_certificate(self, serial: str, certificate: bytes, private_key: bytes) -> None:
        """A new certificate, listed but not yet signing (WeChat Pay lists one a day early)."""
        with self.transaction() as db:
            seq = db.execute("SELECT COALESCE(MAX(seq), -1) + 1 FROM certificates").fetchone()[0]
            db.execute(
                "INSERT INTO certificates VALUES (?,?,?,?,?,?)",
                (serial, seq, certificate.decode(), private_key.decode(), 1, 0),
            )
            self._changed(db)

    def set_certificate(self, serial: str, *, signing: bool = False, listed: bool = True) -> None:
        """Start signing with the listed certificate ``serial`` (``signing``), or stop listing
        it (``listed=False``)."""
        with self.transaction() as db:
            if signing:
                db.execute("UPDATE certificates SET signing = (serial = ?)", (serial,))
            db.execute("UPDATE certificates SET listed = ? WHERE serial = ?", (listed, serial))
            self._changed(db)

    # --- clock -----------------------------------------------------------------------------------

    def clock_offset(self) -> float:
        if not self._shared:
            return self._clock
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
            self._clock = seconds

    # --- faults ----------------------------------------------------------------------------------

    def arm_fault(self, operation: str, kind: str, count: int, seconds: float) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO faults (operation, kind, remaining, seconds) VALUES (?,?,?,?)",
                (operation, kind, count, seconds),
            )
            self._faults_armed = True
            return int(cursor.lastrowid or 0)

    def take_fault(self, operation: str) -> tuple[str, float] | None:
        """The oldest armed fault for ``operation`` (or ``*``), counted down by one."""
        # The common case, no fault armed, takes no write lock: in memory this object knows it
        # (it armed every fault), and a shared file is asked without one first.
        if not (self._shared or self._faults_armed):
            return None
        with self._lock:
            armed = self._connection.execute(
                "SELECT 1 FROM faults WHERE remaining > 0 LIMIT 1"
            ).fetchone()
            if armed is None:
                self._faults_armed = False
                return None
        with self.transaction() as db:
            # Re-checked under the write lock before counting down.
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

    # --- notifications (callbacks): queued with the change that causes them, then delivered -----

    def queue_notification(self, db: sqlite3.Connection, notification: Notification) -> None:
        """Queue ``notification`` in ``db``'s transaction (the one of the change it reports)."""
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM notifications").fetchone()[0]
        db.execute(
            "INSERT INTO notifications VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL,NULL)",
            (
                notification.id,
                seq,
                notification.webhook,
                notification.event_type,
                notification.url,
                notification.signature_type,
                notification.recipient,
                notification.body.decode(),
                _dump(notification.resource),
                notification.created,
                notification.state,
                notification.next_at,
            ),
        )

    def claim_due(self, now: float, owner: str, lease: float, limit: int) -> list[Notification]:
        """Up to ``limit`` pending notifications that are due and that no live worker holds,
        leased to ``owner`` for ``lease`` seconds: of the processes sharing the store, only the
        one that claims a notification delivers it."""
        with self.transaction() as db:
            rows = db.execute(
                "SELECT * FROM notifications WHERE state = ? AND next_at <= ? "
                "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_at, seq LIMIT ?",
                (PENDING, now, now, limit),
            ).fetchall()
            for row in rows:
                db.execute(
                    "UPDATE notifications SET lease_until = ?, lease_owner = ? WHERE id = ?",
                    (now + lease, owner, row["id"]),
                )
            return [self._notification(db, row) for row in rows]

    def release_leases(self, owners_gone: Callable[[str], bool]) -> int:
        """Free the notifications leased to workers that are gone (a process killed in the
        middle of a delivery): they are delivered again, at least once in all."""
        with self.transaction() as db:
            owners = [
                row[0]
                for row in db.execute(
                    "SELECT DISTINCT lease_owner FROM notifications "
                    "WHERE lease_owner IS NOT NULL AND state = ?",
                    (PENDING,),
                )
            ]
            gone = [owner for owner in owners if owners_gone(owner)]
            for owner in gone:
                db.execute(
                    "UPDATE notifications SET lease_until = NULL, lease_owner = NULL "
                    "WHERE lease_owner = ?",
                    (owner,),
                )
            return len(gone)

    def record_attempt(
        self,
        notification: str,
        attempt: dict[str, Any],
        *,
        state: str,
        next_at: float | None,
    ) -> bool:
        """Record one delivery attempt and what comes next; False when the notification is no
        longer there (a reset while it was being delivered)."""
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM notifications WHERE id = ?", (notification,)).fetchone():
                n = db.execute(
                    "SELECT COALESCE(MAX(n), 0) + 1 FROM attempts WHERE notification = ?",
                    (notification,),
                ).fetchone()[0]
                db.execute(
                    "INSERT INTO attempts VALUES (?,?,?,?,?,?,?)",
                    (
                        notification,
                        n,
                        attempt["at"],
                        attempt.get("status"),
                        attempt.get("error"),
                        attempt.get("ms"),
                        attempt.get("worker"),
                    ),
                )
                db.execute(
                    "UPDATE notifications SET state = ?, next_at = ?, lease_until = NULL, "
                    "lease_owner = NULL WHERE id = ?",
                    (state, next_at, notification),
                )
                return True
            return False

    def redeliver(self, notification: str, now: float) -> bool:
        """Queue ``notification`` again, due now, whatever its state; False if unknown."""
        with self.transaction() as db:
            changed = db.execute(
                "UPDATE notifications SET state = ?, next_at = ?, lease_until = NULL, "
                "lease_owner = NULL WHERE id = ?",
                (PENDING, now, notification),
            ).rowcount
        return bool(changed)

    def next_due(self, now: float) -> float | None:
        """When the next pending notification may be claimed, if any: when it is due, or, for
        one being delivered, when its lease runs out."""
        with self._lock:
            row = self._connection.execute(
                "SELECT MIN(CASE WHEN lease_until > ? THEN lease_until ELSE next_at END) "
                "FROM notifications WHERE state = ?",
                (now, PENDING),
            ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def notifications(self, state: str | None = None) -> list[dict[str, Any]]:
        """Every notification (or those in ``state``), oldest first, with its attempts."""
        with self._lock:
            rows = self._connection.execute(
                "SELECT * FROM notifications WHERE ? IS NULL OR state = ? ORDER BY seq",
                (state, state),
            ).fetchall()
            listed = []
            for row in rows:
                attempts = self._connection.execute(
                    "SELECT n, at, status, error, ms, worker FROM attempts "
                    "WHERE notification = ? ORDER BY n",
                    (row["id"],),
                ).fetchall()
                listed.append(
                    {
                        "id": row["id"],
                        "webhook": row["webhook"],
                        "event_type": row["event_type"],
                        "url": row["url"],
                        "recipient": row["recipient"],
                        "state": row["state"],
                        "created": row["created"],
                        "next_attempt_at": row["next_at"] if row["state"] == PENDING else None,
                        "resource": json.loads(row["resource"]),
                        "attempts": [dict(a) for a in attempts],
                    }
                )
        return listed

    @staticmethod
    def _notification(db: sqlite3.Connection, row: sqlite3.Row) -> Notification:
        attempts = db.execute(
            "SELECT COUNT(*) FROM attempts WHERE notification = ?", (row["id"],)
        ).fetchone()[0]
        return Notification(
            id=row["id"],
            webhook=row["webhook"],
            event_type=row["event_type"],
            url=row["url"],
            signature_type=row["signature_type"],
            recipient=row["recipient"],
            body=row["body"].encode(),
            resource=json.loads(row["resource"]),
            created=row["created"],
            state=row["state"],
            next_at=row["next_at"],
            attempts=int(attempts),
        )

    # --- journal: a ring of the last journal_size requests ---------------------------------------

    def record(self, entry: Mapping[str, Any]) -> None:
        if not self._shared:
            row = {name: entry.get(name) for name in _JOURNAL_FIELDS}
            with self._lock:
                self._ring.append({"id": next(self._ring_ids), "at": time.time(), **row})
            return
        with self._lock:
            cursor = self._connection.execute(
                "INSERT INTO journal (at, method, target, operation, status, request_id, nonce, "
                "fault, code, ms) VALUES (?,?,?,?,?,?,?,?,?,?)",
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
                    entry.get("ms"),
                ),
            )
            # The oldest entry falls out as each new one comes in, so a long soak stays flat.
            newest = int(cursor.lastrowid or 0)
            self._connection.execute(
                "DELETE FROM journal WHERE id <= ?", (newest - self.journal_size,)
            )

    def journal(self, limit: int = 100) -> list[dict[str, Any]]:
        if not self._shared:
            with self._lock:
                return [dict(entry) for entry in list(self._ring)[-limit:]]
        with self._lock:
            rows = self._connection.execute(
                "SELECT * FROM journal ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(row) for row in reversed(rows)]

    def clear_journal(self) -> None:
        self._ring.clear()
        with self._lock:
            self._connection.execute("DELETE FROM journal")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

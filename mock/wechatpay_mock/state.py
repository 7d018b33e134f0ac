"""What the mock's endpoints share: settings, spec, bindings, store, seed and signing keys."""

import datetime
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from wechatpay_auth import load_private_key

from .binding import Binding, bind, id_shapes, webhooks_of
from .context import Context, ViewFunction
from .declarations import Rule
from .delivery import Deliveries
from .ids import IdShape
from .notifications import Webhook
from .platform_keys import BOTH, Signer
from .relations import read
from .rules import RULES, VIEWS
from .seed import Seed, load_seed
from .settings import Caller, MockSettings
from .spec import Operation, Spec
from .store import Store
from .validation import ValidRequest


class MockState:
    """What the endpoints share: settings, spec, bindings, store and seed."""

    def __init__(
        self, settings: MockSettings, spec: Spec, rules: Mapping[str, Rule] = RULES
    ) -> None:
        self.settings: MockSettings = settings
        self.spec: Spec = spec
        # Every operation is bound before anything is served, or the mock does not start.
        self.bindings: dict[str, Binding] = bind(spec, rules)
        self.id_shapes: dict[tuple[str, str], IdShape] = id_shapes(spec, rules)
        self.views: dict[str, ViewFunction] = {name: view.apply for name, view in VIEWS.items()}
        self.seed: Seed = load_seed(settings.seed_path, spec) if settings.seed_path else Seed()
        self.store: Store = Store(settings.database, journal_size=settings.journal_size)
        # Worker processes sharing a file start from what is there; a fresh store gets the seed.
        self.store.seed_if_empty(self.seed.entities)
        self.public_key_signer: Signer = Signer(settings.platform_key, settings.public_key_id)
        # The keys of the platform certificates, by serial: the configured ones, and those the
        # control API adds (read back from the store in another worker).
        self._certificate_keys: dict[str, RSAPrivateKey] = {
            c.serial_no: c.private_key for c in settings.platform_certificates
        }
        self.store.start_certificates(self.configured_certificates())
        # The webhooks the rules notify through, and this process's delivery worker.
        self.webhooks: dict[str, Webhook] = webhooks_of(spec, rules)
        self.deliveries: Deliveries = Deliveries(
            self.store, settings, self.notification_signer, self.webhooks
        )

    def context(self, operation: Operation, request: ValidRequest, caller: Caller) -> Context:
        """What a rule of ``operation`` is given for ``request`` by ``caller``, now."""
        return Context(
            operation=operation,
            request=request,
            caller=caller,
            settings=self.settings,
            store=self.store,
            now=self.business_now(),
            views=self.views,
            operations=self.spec.by_id,
            sources=self.seed.sources,
            id_shapes=self.id_shapes,
            webhooks=self.webhooks,
            queued=self.deliveries.wake,
        )

    def notification_signer(self, recipient: Caller) -> Signer:
        """The key notifications to ``recipient`` are signed with: the one its answers are."""
        return next(iter(self.trusted_signers(recipient).values()))

    def configured_certificates(self) -> list[tuple[str, bytes]]:
        return [(c.serial_no, c.pem()) for c in self.settings.platform_certificates]

    def remember_certificate_key(self, serial: str, key: RSAPrivateKey) -> None:
        self._certificate_keys[serial] = key

    def certificate_signer(self) -> Signer | None:
        """The platform certificate WeChat Pay signs with now, if it has any."""
        current = next((c for c in self.store.certificates() if c.signing), None)
        if current is None:
            return None
        key = self._certificate_keys.get(current.serial)
        if key is None and current.private_key is not None:
            # Added by the control API in another worker: the store has its (TEST-ONLY) key.
            key = load_private_key(current.private_key)
            self._certificate_keys[current.serial] = key
        return Signer(key, current.serial) if key is not None else None

    def stored_body(self, operation: str, entity_id: str) -> Mapping[str, Any] | None:
        """The body of entity ``entity_id`` of ``operation`` with what its relations read (for a
        seed added at run time whose relations name it)."""
        found = self.store.entity(operation, entity_id)
        return read(self.store, found) if found is not None else None

    def business_now(self) -> datetime.datetime:
        offset = self.store.clock_offset()
        return datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=offset)

    def reset(self) -> None:
        """Back to the seed: entities, replays, faults, platform certificates, the clock and
        the notifications (queued or delivered)."""
        self.store.reset(self.seed.entities, self.configured_certificates())

    def trusted_signers(self, caller: Caller | None) -> dict[str, Signer]:
        """The keys ``caller`` verifies answers with, by serial; the first is the default.

        A brand, or a merchant in public-key mode: the WeChat Pay public key. A merchant in
        certificate mode: the platform certificate WeChat Pay signs with now. A merchant in both
        modes (migrating) trusts both, the certificate first: WeChat Pay keeps signing with it
        unless the request's ``Wechatpay-Serial`` names the public key, which is how a client
        that has moved to the public key (the official SDKs send the id on every request) says
        so, and how an older client that sends nothing keeps working.
        """
        public = {self.public_key_signer.serial: self.public_key_signer}
        merchant = (
            self.settings.merchant_of(caller.signature_type, caller.principal) if caller else None
        )
        if merchant is None or not merchant.has_certificates:
            return public
        certificate = self.certificate_signer()
        if certificate is None:
            return public
        return {certificate.serial: certificate, **(public if merchant.mode == BOTH else {})}

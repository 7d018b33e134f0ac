"""What the resource-style clients (``WechatPay``, ``AsyncWechatPay``) do whatever the spec says.

The generated ``_wechatpay.py`` names the credentials (the spec's ``x-credential``s) in each
client's signature and attaches a namespace per tag; this base class holds the credentials, one
``Client`` per credential sharing one connection pool, the keys that open each credential's
notifications (``brand_api_key=``), and the copies ``with_options`` makes.
"""

from collections.abc import Mapping
from typing import Any, Self

import httpx

import wechatpay_auth

from ._notifications import check_api_key
from ._settings import check_auth
from .client import Client, ClientOptions
from .errors import ConfigurationError
from .types import Unset


class _Secret:
    """A key kept out of every repr (the client's, a traceback's locals, a debugger's)."""

    __slots__ = ("value",)

    def __init__(self, value: bytes) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<secret>"


class ResourceClient:
    """One credential per signing scheme, one connection pool for all of them."""

    def __init__(
        self,
        credentials: Mapping[str, httpx.Auth | None],
        *,
        client: Client | None,
        api_keys: Mapping[str, object] | None = None,
        **options: Any,
    ) -> None:
        for name, auth in credentials.items():
            check_auth(auth, name)
        self._api_keys = {
            name: _Secret(check_api_key(key, f"{name}_api_key"))
            for name, key in (api_keys or {}).items()
            if key is not None
        }
        self._verifiers = {
            name: _verifier_of(credentials.get(name), name) for name in self._api_keys
        }
        # One Client carries the connection settings; each credential is a copy of it that
        # shares its connection pools, so both schemes reuse the same connections.
        self._base = client or Client(**options)
        self._auths = dict(credentials)
        self._clients = {
            name: self._base.with_options(auth=auth)
            for name, auth in self._auths.items()
            if auth is not None
        }
        self._attach_namespaces()

    def _attach_namespaces(self) -> None:
        raise NotImplementedError

    def _copy(
        self, credentials: Mapping[str, httpx.Auth | Unset | None], options: ClientOptions
    ) -> Self:
        """A copy with some credentials and settings changed, sharing the connection pools."""
        auths = {
            name: self._auths[name] if isinstance(auth, Unset) else auth
            for name, auth in credentials.items()
        }
        copy = object.__new__(type(self))
        ResourceClient.__init__(
            copy,
            auths,
            client=self._base.with_options(**options),
            api_keys={name: secret.value for name, secret in self._api_keys.items()},
        )
        return copy

    @property
    def base_url(self) -> str:
        return self._base.base_url

    def client_for(self, credential: str, operation: str) -> Client:
        """The ``Client`` that signs with ``credential``; a clear error when it was not given."""
        found = self._clients.get(credential)
        if found is None:
            raise ConfigurationError(
                f"{operation} is signed with the {credential} credential, which this client "
                f"was not given: pass {credential}=… to {type(self).__name__}(…)"
            )
        return found

    def notification_keys(
        self, credential: str, webhook: str
    ) -> tuple[wechatpay_auth.WechatPayVerifier, bytes]:
        """The verifier and the API key that open ``credential``'s notifications; a clear
        error when the key was not given."""
        secret = self._api_keys.get(credential)
        if secret is None:
            raise ConfigurationError(
                f"{webhook} decrypts with the {credential}'s API key, which this client was not "
                f"given: pass {credential}_api_key=… to {type(self).__name__}(…)"
            )
        return self._verifiers[credential], secret.value

    def __repr__(self) -> str:
        given = ", ".join(f"{name}={auth!r}" for name, auth in self._auths.items() if auth)
        return f"{type(self).__name__}(base_url={self.base_url!r}, {given})"


def _verifier_of(auth: httpx.Auth | None, credential: str) -> wechatpay_auth.WechatPayVerifier:
    # Notifications are signed like the credential's answers: its verifier checks both.
    if auth is None:
        raise ConfigurationError(
            f"{credential}_api_key= is given without {credential}=: the {credential}'s "
            f"notifications are verified with the {credential} credential's verifier"
        )
    verifier = getattr(auth, "verifier", None)
    if not isinstance(verifier, wechatpay_auth.WechatPayVerifier):
        raise ConfigurationError(
            f"{credential}_api_key= needs a {credential} credential with a WeChat Pay verifier "
            f"(wechatpay_auth's auths have one), got {type(auth).__name__}"
        )
    return verifier


__all__ = ["ResourceClient"]

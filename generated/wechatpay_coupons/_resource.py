"""What the resource-style clients (``WechatPay``, ``AsyncWechatPay``) do whatever the spec says.

The generated ``_wechatpay.py`` names the credentials (the spec's ``x-credential``s) in each
client's signature and attaches a namespace per tag; this base class holds the credentials, one
``Client`` per credential sharing one connection pool, and the copies ``with_options`` makes.
"""

from collections.abc import Mapping
from typing import Any, Self

import httpx

from ._settings import check_auth
from .client import Client, ClientOptions
from .errors import ConfigurationError
from .types import Unset


class ResourceClient:
    """One credential per signing scheme, one connection pool for all of them."""

    def __init__(
        self,
        credentials: Mapping[str, httpx.Auth | None],
        *,
        client: Client | None,
        **options: Any,
    ) -> None:
        for name, auth in credentials.items():
            check_auth(auth, name)
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
        ResourceClient.__init__(copy, auths, client=self._base.with_options(**options))
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

    def __repr__(self) -> str:
        given = ", ".join(f"{name}={auth!r}" for name, auth in self._auths.items() if auth)
        return f"{type(self).__name__}(base_url={self.base_url!r}, {given})"


__all__ = ["ResourceClient"]

"""Encrypting sensitive request fields (names, phone numbers) for WeChat Pay."""

import base64

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from .errors import WechatPayAuthError
from .keys import PublicKeySource, load_public_key

# RSA-2048 with OAEP/SHA-1 leaves 256 - 2*20 - 2 bytes for the message.
_OAEP_SHA1_OVERHEAD = 42


def encrypt_sensitive(plaintext: str | bytes, public_key: PublicKeySource) -> str:
    """RSA-OAEP (SHA-1, MGF1-SHA-1) with WeChat Pay's public key, Base64 — as the APIs expect.

    Send the key's id (``PUB_KEY_ID_…`` or certificate serial) in ``Wechatpay-Serial``.
    """
    key = load_public_key(public_key)
    data = plaintext.encode() if isinstance(plaintext, str) else plaintext
    limit = key.key_size // 8 - _OAEP_SHA1_OVERHEAD
    if len(data) > limit:
        raise WechatPayAuthError(
            f"plaintext is {len(data)} bytes; RSA-OAEP with this key encrypts at most {limit}"
        )
    # SHA-1 here is what WeChat Pay specifies for OAEP, not a choice of ours.
    oaep = padding.OAEP(
        mgf=padding.MGF1(algorithm=hashes.SHA1()),  # noqa: S303
        algorithm=hashes.SHA1(),  # noqa: S303
        label=None,
    )
    ciphertext = key.encrypt(data, oaep)
    return base64.b64encode(ciphertext).decode("ascii")

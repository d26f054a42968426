"""How a token is written at rest, shared by the file and Redis caches.

An entry is a small JSON envelope: a format version, the token's fingerprint (so a
conditional delete can compare without decrypting) and the token record, optionally
encrypted with Fernet under a key the user supplies. Anything that does not decode into a
valid token (truncated, corrupt, wrong key, wrong version) reads as "no entry".

Each entry is bound to its cache key: the key is written inside the record (inside the
ciphertext when encrypted; Fernet authenticates it, so it is the associated data Fernet has
no slot for) and compared on reading. An entry copied under another key reads as "no entry".
Encrypted, this stops anyone without the Fernet key from moving one client's token to another
client's key; unencrypted, it only stops accidents (a writer can edit the key as easily as
the token). Neither stops replaying an older entry under its own key; expiry bounds that.
"""

from __future__ import annotations

import json
import os
from typing import Any

from auth_overlay import errors
from auth_overlay._core._token import Token

FORMAT_VERSION = 2  # 2: entries carry their cache key (1 did not; read as "no entry")
KEY_ENV_VAR = "AUTH_OVERLAY_CACHE_KEY"


class Codec:
    def __init__(self, encryption_key: str | bytes | None = None) -> None:
        self._fernet: Any = None
        if encryption_key is None:
            encryption_key = os.environ.get(KEY_ENV_VAR) or None
        if encryption_key is not None:
            try:
                from cryptography.fernet import Fernet
            except ImportError:
                raise errors.ConfigurationError(
                    "encrypting tokens at rest needs the 'encryption' extra: pip install 'auth-overlay[encryption]'"
                ) from None
            try:
                self._fernet = Fernet(encryption_key)
            except (ValueError, TypeError):
                raise errors.ConfigurationError(
                    "the cache encryption key must be a Fernet key (32 url-safe base64-encoded bytes)"
                ) from None

    @property
    def encrypted(self) -> bool:
        return self._fernet is not None

    def encode(self, key: str, token: Token) -> bytes:
        """The entry for ``token`` stored under ``key``."""
        record = {**token.to_record(), "key": key}
        envelope: dict[str, Any] = {"v": FORMAT_VERSION, "fp": token.fingerprint}
        if self._fernet is not None:
            plain = json.dumps(record, separators=(",", ":")).encode("utf-8")
            envelope["enc"] = self._fernet.encrypt(plain).decode("ascii")
        else:
            envelope["token"] = record
        return json.dumps(envelope, separators=(",", ":")).encode("utf-8")

    def decode(self, key: str, data: bytes | str | None) -> Token | None:
        """The token stored under ``key``, or None: missing, junk, undecryptable, or bound to another key."""
        if not data:
            return None
        try:
            envelope = json.loads(data)
            if not isinstance(envelope, dict) or envelope.get("v") != FORMAT_VERSION:
                return None
            if "enc" in envelope:
                if self._fernet is None:
                    return None
                record = json.loads(self._fernet.decrypt(envelope["enc"].encode("ascii")))
            else:
                record = envelope["token"]
            if not isinstance(record, dict) or record.get("key") != key:
                return None  # an entry copied from another key (another client, another tenant)
            token = Token.from_record(record)  # validated exactly like a fresh token
        except Exception:  # any junk at rest is "no entry" (RecursionError too); the next store replaces it
            return None
        return token if token.fingerprint == envelope.get("fp") else None


def fingerprint_of(data: bytes | str | None) -> str | None:
    try:
        envelope = json.loads(data or b"")
    except (ValueError, RecursionError):
        return None
    value = envelope.get("fp") if isinstance(envelope, dict) else None
    return value if isinstance(value, str) else None

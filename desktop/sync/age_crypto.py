"""age (X25519) encryption of bundle payloads, so `age -d -i key.txt` can open them too."""

from __future__ import annotations

from collections.abc import Sequence

import pyrage
from pyrage import x25519

from desktop.domain.problems import DomainError

RECIPIENT_PREFIX = "age1"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"


class AgeIdentity:
    """An X25519 secret key (AGE-SECRET-KEY-1…) and the recipient string others encrypt to."""

    __slots__ = ("_identity",)

    def __init__(self, identity: x25519.Identity) -> None:
        self._identity = identity

    @classmethod
    def generate(cls) -> AgeIdentity:
        return cls(x25519.Identity.generate())

    @classmethod
    def from_string(cls, text: str) -> AgeIdentity:
        """Read the secret key line as `age-keygen` writes it (surrounding blanks ignored)."""
        try:
            return cls(x25519.Identity.from_str(text.strip()))
        except (pyrage.IdentityError, ValueError, TypeError):
            raise DomainError("sync.bad_identity") from None

    @property
    def secret(self) -> str:
        """The AGE-SECRET-KEY-1… line; store it only in the encrypted database."""
        return str(self._identity)

    @property
    def recipient(self) -> str:
        return str(self._identity.to_public())

    def __repr__(self) -> str:
        # Never the secret: identities end up in logs and tracebacks.
        return f"AgeIdentity(recipient={self.recipient!r})"


def parse_recipient(text: str) -> str:
    """The canonical age1… recipient in `text`, e.g. pasted from an office card."""
    candidate = text.strip()
    if not candidate.startswith(RECIPIENT_PREFIX):
        raise DomainError("sync.bad_recipient", recipient=_shown(candidate))
    try:
        return str(x25519.Recipient.from_str(candidate))
    except (pyrage.RecipientError, ValueError, TypeError):
        raise DomainError("sync.bad_recipient", recipient=_shown(candidate)) from None


def encrypt(data: bytes, recipients: Sequence[str]) -> bytes:
    """`data` in the binary age format, readable by any one of `recipients`."""
    if not recipients:
        raise DomainError("sync.no_recipients")
    parsed = [x25519.Recipient.from_str(parse_recipient(text)) for text in recipients]
    encrypted: bytes = pyrage.encrypt(data, parsed)  # pyrage ships no types
    return encrypted


def decrypt(data: bytes, identities: Sequence[str]) -> bytes:
    """The plaintext of an age file; any failure is sync.decrypt_failed.

    One code for wrong key, tampering and truncation on purpose: age authenticates every
    64 KiB chunk, and telling an attacker which check failed helps nobody. The plaintext is
    never larger than `data`, so the caller's bound on the file also bounds memory here.
    """
    keys = [AgeIdentity.from_string(text)._identity for text in identities]
    if not keys:
        raise DomainError("sync.decrypt_failed")
    try:
        plaintext: bytes = pyrage.decrypt(data, keys)  # pyrage ships no types
        return plaintext
    except (pyrage.DecryptError, ValueError, TypeError):
        raise DomainError("sync.decrypt_failed") from None


def _shown(text: str) -> str:
    """A short, printable excerpt of user input for an error message."""
    printable = "".join(char if char.isprintable() else "?" for char in text)
    return printable if len(printable) <= 70 else printable[:67] + "…"

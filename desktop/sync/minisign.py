"""Ed25519 signatures in the minisign file formats, so `minisign -V` can check our bundles.

Formats (https://jedisct1.github.io/minisign/), all base64 in the standard alphabet:

- public key: ``untrusted comment: minisign public key <KEYID>`` then
  ``base64("Ed" || key_id[8] || public_key[32])``;
- signature: ``untrusted comment: <text>``, ``base64(alg[2] || key_id[8] || sig[64])``,
  ``trusted comment: <text>``, ``base64(global_sig[64])``, each line ending in ``\\n``.
  ``alg`` is ``ED`` (signature over BLAKE2b-512 of the data; what minisign writes by default)
  or ``Ed`` (legacy: signature over the data itself). ``global_sig`` signs ``sig || trusted
  comment`` so the comment cannot be swapped onto another signature.

The secret half never leaves our encrypted database as a minisign key file: we keep the raw
32-byte Ed25519 seed there, and derive the key id from the public key (see `_derived_key_id`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.domain.problems import DomainError

KEY_ID_BYTES = 8
SEED_BYTES = 32
_ALG_KEY = b"Ed"
_ALG_PREHASHED = b"ED"
_ALG_LEGACY = b"Ed"
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
# minisign reads each comment line with fgets() into a fixed buffer (1024 and 8192 bytes, NUL
# included); a longer line is cut and the rest read as the next line, so the stock tool would
# refuse the file. These are the longest comments whose lines still fit, newline included.
UNTRUSTED_COMMENT_MAX_BYTES = 1024 - 1 - len(_UNTRUSTED) - 1
TRUSTED_COMMENT_MAX_BYTES = 8192 - 1 - len(_TRUSTED) - 1
# C strings end at NUL and minisign cuts a line at the first CR or LF: any of them would make
# the stock tool check a different comment than we signed.
_FORBIDDEN_IN_COMMENT = ("\n", "\r", "\0")
_FINGERPRINT_GROUPS = 6
_FINGERPRINT_DIGITS = 5


class SignatureInvalid(DomainError):
    """A signature file that is malformed, from another key, or does not match the data."""


def _derived_key_id(public_raw: bytes) -> bytes:
    # minisign draws key ids at random; deriving ours from the public key is as unique and means
    # the seed alone (what the database stores) recreates the same public key file exactly.
    return hashlib.blake2b(public_raw, digest_size=KEY_ID_BYTES, person=b"hoanhap-keyid").digest()


def _key_id_hex(key_id: bytes) -> str:
    # minisign prints the id as a little-endian uint64 in upper-case hex; 0.12+ pads it to 16.
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: the 8-byte key id and the 32-byte Ed25519 public key."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES or len(self.raw) != 32:
            raise DomainError("sync.public_key_malformed")

    @property
    def key_id_hex(self) -> str:
        return _key_id_hex(self.key_id)

    def to_minisign(self) -> str:
        """The two-line public key file minisign writes with `-G` and reads with `-p`."""
        blob = base64.b64encode(_ALG_KEY + self.key_id + self.raw).decode("ascii")
        return f"{_UNTRUSTED}minisign public key {self.key_id_hex}\n{blob}\n"

    @classmethod
    def from_minisign(cls, text: str) -> PublicKey:
        """Read a public key file, or just its base64 line (what `minisign -P` takes)."""
        lines = [line.strip() for line in text.strip().splitlines()]
        if len(lines) == 2 and lines[0].startswith(_UNTRUSTED):
            encoded = lines[1]
        elif len(lines) == 1:
            encoded = lines[0]
        else:
            raise DomainError("sync.public_key_malformed")
        blob = _b64decode(encoded)
        if blob is None or len(blob) != 2 + KEY_ID_BYTES + 32 or blob[:2] != _ALG_KEY:
            raise DomainError("sync.public_key_malformed")
        return cls(key_id=blob[2 : 2 + KEY_ID_BYTES], raw=blob[2 + KEY_ID_BYTES :])

    def fingerprint_groups(self) -> str:
        """Six groups of five digits to read aloud when confirming a key by phone.

        Digits because officers read them the same way in Vietnamese whatever the caller's
        accent; letters like F, J, W, Z are not Vietnamese. Each group is 5 bytes of
        SHA-256(key id || public key) taken modulo 100000, about 100 bits in all, far beyond
        what anyone could match by generating keys. The key id is covered so a card with the
        right key but a wrong id (every signature would then be refused) does not pass.
        """
        digest = hashlib.sha256(self.key_id + self.raw).digest()
        groups = []
        for index in range(_FINGERPRINT_GROUPS):
            chunk = digest[index * 5 : index * 5 + 5]
            groups.append(f"{int.from_bytes(chunk, 'big') % 10**_FINGERPRINT_DIGITS:05d}")
        return " ".join(groups)


@dataclass(frozen=True)
class SigningKey:
    """A device's secret signing key: the Ed25519 seed plus the minisign key id."""

    seed: bytes = field(repr=False)
    key_id: bytes

    @classmethod
    def generate(cls) -> SigningKey:
        return cls.from_seed(secrets.token_bytes(SEED_BYTES))

    @classmethod
    def from_seed(cls, seed: bytes, key_id: bytes | None = None) -> SigningKey:
        """Rebuild the key from its stored seed; `key_id` only for ids chosen elsewhere."""
        if len(seed) != SEED_BYTES:
            raise ValueError("an Ed25519 seed is 32 bytes")
        if key_id is None:
            key_id = _derived_key_id(_public_raw(seed))
        if len(key_id) != KEY_ID_BYTES:
            raise ValueError("a minisign key id is 8 bytes")
        return cls(seed=bytes(seed), key_id=bytes(key_id))

    @property
    def key_id_hex(self) -> str:
        return _key_id_hex(self.key_id)

    def public_key(self) -> PublicKey:
        return PublicKey(key_id=self.key_id, raw=_public_raw(self.seed))

    def _sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.seed).sign(message)


def _public_raw(seed: bytes) -> bytes:
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def check_comment(comment: str, *, max_bytes: int) -> bytes:
    """The comment as UTF-8, refused if the stock tool would read it differently."""
    if any(char in comment for char in _FORBIDDEN_IN_COMMENT):
        raise DomainError("sync.comment_bad_char")
    try:
        encoded = comment.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from a mis-decoded file name
        raise DomainError("sync.comment_bad_char") from None
    if len(encoded) > max_bytes:
        raise DomainError("sync.comment_too_long", max=max_bytes)
    return encoded


def sign(
    key: SigningKey,
    data: bytes,
    *,
    trusted_comment: str,
    untrusted_comment: str = "signature from Hoa Nhap",
) -> str:
    """The text of a `.minisig` file for `data`, prehashed as current minisign signs."""
    trusted = check_comment(trusted_comment, max_bytes=TRUSTED_COMMENT_MAX_BYTES)
    check_comment(untrusted_comment, max_bytes=UNTRUSTED_COMMENT_MAX_BYTES)
    signature = key._sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = key._sign(signature + trusted)
    return (
        f"{_UNTRUSTED}{untrusted_comment}\n"
        f"{_b64encode(_ALG_PREHASHED + key.key_id + signature)}\n"
        f"{_TRUSTED}{trusted_comment}\n"
        f"{_b64encode(global_signature)}\n"
    )


@dataclass(frozen=True)
class _ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: bytes
    global_signature: bytes


def _parse(signature_text: str) -> _ParsedSignature:
    # Mail clients and Windows editors turn LF into CRLF; minisign strips CR too.
    lines = signature_text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise SignatureInvalid("sync.signature_malformed")
    if len(lines[0].encode("utf-8")) > UNTRUSTED_COMMENT_MAX_BYTES + len(_UNTRUSTED):
        raise SignatureInvalid("sync.signature_malformed")
    comment = lines[2][len(_TRUSTED) :]
    try:
        trusted = check_comment(comment, max_bytes=TRUSTED_COMMENT_MAX_BYTES)
    except DomainError:
        raise SignatureInvalid("sync.signature_malformed") from None
    blob = _b64decode(lines[1])
    global_signature = _b64decode(lines[3])
    if blob is None or global_signature is None:
        raise SignatureInvalid("sync.signature_malformed")
    if len(blob) != 2 + KEY_ID_BYTES + 64 or len(global_signature) != 64:
        raise SignatureInvalid("sync.signature_malformed")
    algorithm = blob[:2]
    if algorithm not in (_ALG_PREHASHED, _ALG_LEGACY):
        raise SignatureInvalid("sync.signature_malformed")
    return _ParsedSignature(
        algorithm=algorithm,
        key_id=blob[2 : 2 + KEY_ID_BYTES],
        signature=blob[2 + KEY_ID_BYTES :],
        trusted_comment=trusted,
        global_signature=global_signature,
    )


def verify(public_key: PublicKey, data: bytes, signature_text: str) -> str:
    """Check a `.minisig` text against `data`; returns the trusted comment, which it covers.

    Raises SignatureInvalid with sync.signature_malformed, sync.signature_key_mismatch,
    sync.signature_bad (data changed) or sync.signature_comment_bad (comment changed).
    """
    parsed = _parse(signature_text)
    if not hmac.compare_digest(parsed.key_id, public_key.key_id):
        raise SignatureInvalid(
            "sync.signature_key_mismatch",
            expected=public_key.key_id_hex,
            found=_key_id_hex(parsed.key_id),
        )
    message = data
    if parsed.algorithm == _ALG_PREHASHED:
        message = hashlib.blake2b(data, digest_size=64).digest()
    try:
        verifier = Ed25519PublicKey.from_public_bytes(public_key.raw)
    except ValueError:
        raise DomainError("sync.public_key_malformed") from None
    try:
        verifier.verify(parsed.signature, message)
    except InvalidSignature:
        raise SignatureInvalid("sync.signature_bad") from None
    try:
        verifier.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment)
    except InvalidSignature:
        raise SignatureInvalid("sync.signature_comment_bad") from None
    return parsed.trusted_comment.decode("utf-8")


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64decode(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.strip().encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        return None

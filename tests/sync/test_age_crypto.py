"""age encryption: our payloads open with the stock `age -d`, and the stock tool's with ours."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.problems import DomainError
from desktop.sync.age_crypto import AgeIdentity, decrypt, encrypt, parse_recipient

PLAINTEXT = "manifest.json {\"đơn_vị\": \"Xã Hòa Bình\"}\n".encode() * 3000  # > one 64 KiB chunk


def _key_file(folder: Path, identity: AgeIdentity) -> Path:
    path = folder / "key.txt"
    path.write_text(f"# hub identity\n{identity.secret}\n", encoding="ascii")
    return path


def test_round_trip_to_every_recipient(hub_identity: AgeIdentity) -> None:
    recovery = AgeIdentity.generate()
    sealed = encrypt(PLAINTEXT, [hub_identity.recipient, recovery.recipient])
    assert sealed.startswith(b"age-encryption.org/v1\n")  # binary, not armored
    assert decrypt(sealed, [hub_identity.secret]) == PLAINTEXT
    assert decrypt(sealed, [recovery.secret]) == PLAINTEXT


@pytest.mark.tools
def test_stock_age_decrypts_what_we_encrypt(hub_identity: AgeIdentity, tmp_path: Path, stock) -> None:
    sealed = tmp_path / "payload.age"
    sealed.write_bytes(encrypt(PLAINTEXT, [AgeIdentity.generate().recipient, hub_identity.recipient]))
    result = stock("age", "-d", "-i", _key_file(tmp_path, hub_identity), sealed)
    assert result.returncode == 0, result.stderr
    assert result.stdout == PLAINTEXT


@pytest.mark.tools
def test_we_decrypt_what_stock_age_encrypts(hub_identity: AgeIdentity, tmp_path: Path, stock) -> None:
    source, sealed = tmp_path / "plain.bin", tmp_path / "plain.bin.age"
    source.write_bytes(PLAINTEXT)
    result = stock("age", "-r", hub_identity.recipient, "-o", sealed, source)
    assert result.returncode == 0, result.stderr
    assert decrypt(sealed.read_bytes(), [hub_identity.secret]) == PLAINTEXT


@pytest.mark.tools
def test_we_read_an_identity_made_by_age_keygen(tmp_path: Path, stock) -> None:
    key_file = tmp_path / "keygen.txt"
    assert stock("age-keygen", "-o", key_file).returncode == 0
    secret = next(line for line in key_file.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-1"))
    public = next(line for line in key_file.read_text().splitlines() if line.startswith("# public key: "))
    assert AgeIdentity.from_string(secret).recipient == public.removeprefix("# public key: ")


def _truncated(sealed: bytes) -> bytes:
    return sealed[: len(sealed) // 2]


def _flipped(sealed: bytes) -> bytes:
    return sealed[:-20] + bytes([sealed[-20] ^ 0x01]) + sealed[-19:]


@pytest.mark.parametrize(
    "damage",
    [_truncated, _flipped, lambda sealed: b"", lambda sealed: b"PK\x03\x04 not age"],
    ids=["truncated", "flipped", "empty", "not_age"],
)
def test_damaged_payload_is_decrypt_failed(
    hub_identity: AgeIdentity, damage: Callable[[bytes], bytes]
) -> None:
    sealed = encrypt(PLAINTEXT, [hub_identity.recipient])
    with pytest.raises(DomainError) as refused:
        decrypt(damage(sealed), [hub_identity.secret])
    assert refused.value.code == "sync.decrypt_failed"


def test_wrong_identity_is_decrypt_failed(hub_identity: AgeIdentity) -> None:
    sealed = encrypt(PLAINTEXT, [hub_identity.recipient])
    with pytest.raises(DomainError) as refused:
        decrypt(sealed, [AgeIdentity.generate().secret])
    assert refused.value.code == "sync.decrypt_failed"
    with pytest.raises(DomainError) as refused:
        decrypt(sealed, [])
    assert refused.value.code == "sync.decrypt_failed"


def test_identity_round_trips_through_its_secret_line(hub_identity: AgeIdentity) -> None:
    again = AgeIdentity.from_string(f"  {hub_identity.secret}\n")
    assert again.recipient == hub_identity.recipient
    assert hub_identity.secret.startswith("AGE-SECRET-KEY-1")
    assert hub_identity.secret not in repr(hub_identity)


@pytest.mark.parametrize("text", ["", "AGE-SECRET-KEY-1NOTVALID", "age1qqqq"])
def test_bad_identity_is_refused(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        AgeIdentity.from_string(text)
    assert refused.value.code == "sync.bad_identity"


def test_recipient_pasted_with_blanks_is_canonical(hub_identity: AgeIdentity) -> None:
    assert parse_recipient(f"\t{hub_identity.recipient} \n") == hub_identity.recipient


@pytest.mark.parametrize(
    "text",
    ["", "age1", "age1xyz", "AGE-SECRET-KEY-1QQQQ", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA", "age1\x00"],
)
def test_bad_recipient_is_refused(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_recipient(text)
    assert refused.value.code == "sync.bad_recipient"
    assert "\x00" not in refused.value.params["recipient"]


def test_a_damaged_recipient_is_caught_by_its_checksum(hub_identity: AgeIdentity) -> None:
    last = hub_identity.recipient[-1]
    damaged = hub_identity.recipient[:-1] + ("q" if last != "q" else "p")
    with pytest.raises(DomainError) as refused:
        encrypt(PLAINTEXT, [damaged])
    assert refused.value.code == "sync.bad_recipient"


def test_encrypting_to_nobody_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        encrypt(PLAINTEXT, [])
    assert refused.value.code == "sync.no_recipients"

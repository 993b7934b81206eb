"""minisign-format signatures: ours verify with the stock tool and the stock tool's with ours."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from desktop.domain.problems import DomainError
from desktop.sync import minisign
from desktop.sync.minisign import PublicKey, SignatureInvalid, SigningKey, sign, verify

PAYLOAD = b"age-encryption.org/v1\n\x00\x01 payload bytes \xff" * 50
COMMENT = "bundle=0b6f\tsender=25-08500\tsequence=42\tXã Hòa Nhập"


def _write_signed(folder: Path, key: SigningKey, data: bytes, signature: str) -> tuple[Path, Path, Path]:
    public, message, sig = folder / "pub.key", folder / "payload.age", folder / "payload.age.minisig"
    public.write_text(key.public_key().to_minisign(), encoding="utf-8")
    message.write_bytes(data)
    sig.write_bytes(signature.encode("utf-8"))
    return public, message, sig


def _flip_in_line(signature: str, line: int, *, byte: int) -> str:
    """Flip one bit of a byte inside the base64 blob on `line` (0-based)."""
    lines = signature.split("\n")
    blob = bytearray(base64.b64decode(lines[line]))
    blob[byte] ^= 0x01
    lines[line] = base64.b64encode(bytes(blob)).decode("ascii")
    return "\n".join(lines)


def _tamper_comment(signature: str) -> str:
    return signature.replace("sequence=42", "sequence=43")


def test_signature_round_trip_returns_the_trusted_comment(signing_key: SigningKey) -> None:
    signature = sign(signing_key, PAYLOAD, trusted_comment=COMMENT)
    assert verify(signing_key.public_key(), PAYLOAD, signature) == COMMENT
    lines = signature.split("\n")
    assert lines[0] == "untrusted comment: signature from Hoa Nhap"
    assert base64.b64decode(lines[1])[:2] == b"ED"  # prehashed, as current minisign signs
    assert lines[2] == f"trusted comment: {COMMENT}"
    assert signature.endswith("\n") and len(lines) == 5


@pytest.mark.tools
def test_stock_minisign_verifies_our_signature(signing_key: SigningKey, tmp_path: Path, stock) -> None:
    signature = sign(signing_key, PAYLOAD, trusted_comment=COMMENT)
    public, message, sig = _write_signed(tmp_path, signing_key, PAYLOAD, signature)
    result = stock("minisign", "-V", "-p", public, "-m", message, "-x", sig)
    assert result.returncode == 0, result.stderr
    assert f"Trusted comment: {COMMENT}".encode() in result.stdout
    # -H: the stock tool accepts it as prehashed, not only as a legacy signature.
    quiet = stock("minisign", "-V", "-H", "-Q", "-p", public, "-m", message, "-x", sig)
    assert quiet.stdout.decode("utf-8") == COMMENT + "\n"


@pytest.mark.tools
@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_we_verify_the_stock_tools_signature(
    stock_minisign_key: tuple[Path, Path], tmp_path: Path, stock, legacy: bool
) -> None:
    public_file, secret_file = stock_minisign_key
    message = tmp_path / "report.bin"
    message.write_bytes(PAYLOAD)
    flags = ["-l"] if legacy else []
    result = stock("minisign", "-S", *flags, "-s", secret_file, "-m", message, "-t", COMMENT)
    assert result.returncode == 0, result.stderr
    signature = Path(f"{message}.minisig").read_text(encoding="utf-8")
    public_key = PublicKey.from_minisign(public_file.read_text(encoding="utf-8"))
    assert verify(public_key, PAYLOAD, signature) == COMMENT
    with pytest.raises(SignatureInvalid) as refused:
        verify(public_key, PAYLOAD + b"!", signature)
    assert refused.value.code == "sync.signature_bad"


@pytest.mark.tools
def test_our_public_key_file_reads_like_the_stock_one(stock_minisign_key: tuple[Path, Path]) -> None:
    text = stock_minisign_key[0].read_text(encoding="utf-8")
    key = PublicKey.from_minisign(text)
    assert key.to_minisign().splitlines()[1] == text.splitlines()[1]
    assert PublicKey.from_minisign(text.splitlines()[1]) == key  # the bare -P form
    # The stock 0.11 prints the id without leading zeros; ours pads to 16 like minisign 0.12.
    assert text.splitlines()[0].split()[-1].rjust(16, "0") == key.key_id_hex


TAMPERINGS = {
    "data": ("sync.signature_bad", "Signature verification failed"),
    "signature": ("sync.signature_bad", "Signature verification failed"),
    "trusted_comment": ("sync.signature_comment_bad", "Comment signature verification failed"),
    "global_signature": ("sync.signature_comment_bad", "Comment signature verification failed"),
    "key_id": ("sync.signature_key_mismatch", "key id"),
    "garbage": ("sync.signature_malformed", ""),
}


def _tampered(case: str, signature: str) -> tuple[bytes, str]:
    data = PAYLOAD
    if case == "data":
        data = bytes([PAYLOAD[0] ^ 0x80]) + PAYLOAD[1:]
    elif case == "signature":
        signature = _flip_in_line(signature, 1, byte=40)
    elif case == "trusted_comment":
        signature = _tamper_comment(signature)
    elif case == "global_signature":
        signature = _flip_in_line(signature, 3, byte=5)
    elif case == "key_id":
        signature = _flip_in_line(signature, 1, byte=3)
    elif case == "garbage":
        signature = "untrusted comment: x\nnot base64!\ntrusted comment: y\nAAAA\n"
    return data, signature


@pytest.mark.parametrize("case", sorted(TAMPERINGS))
def test_tampering_is_refused_with_its_own_code(signing_key: SigningKey, case: str) -> None:
    data, signature = _tampered(case, sign(signing_key, PAYLOAD, trusted_comment=COMMENT))
    with pytest.raises(SignatureInvalid) as refused:
        verify(signing_key.public_key(), data, signature)
    assert refused.value.code == TAMPERINGS[case][0]
    assert isinstance(refused.value, DomainError)


@pytest.mark.tools
@pytest.mark.parametrize("case", sorted(TAMPERINGS))
def test_stock_minisign_refuses_the_same_tampering(
    signing_key: SigningKey, tmp_path: Path, stock, case: str
) -> None:
    data, signature = _tampered(case, sign(signing_key, PAYLOAD, trusted_comment=COMMENT))
    public, message, sig = _write_signed(tmp_path, signing_key, data, signature)
    result = stock("minisign", "-V", "-p", public, "-m", message, "-x", sig)
    assert result.returncode != 0
    assert TAMPERINGS[case][1].encode() in result.stderr


def test_signature_from_another_key_names_both_key_ids(signing_key: SigningKey) -> None:
    other = SigningKey.generate()
    with pytest.raises(SignatureInvalid) as refused:
        verify(other.public_key(), PAYLOAD, sign(signing_key, PAYLOAD, trusted_comment=COMMENT))
    assert refused.value.code == "sync.signature_key_mismatch"
    assert refused.value.params == {"expected": other.key_id_hex, "found": signing_key.key_id_hex}


def test_windows_line_endings_still_verify(signing_key: SigningKey) -> None:
    signature = sign(signing_key, PAYLOAD, trusted_comment=COMMENT).replace("\n", "\r\n")
    assert verify(signing_key.public_key(), PAYLOAD, signature) == COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "",
        "untrusted comment: x\n",
        "trusted comment: a\nAAAA\nuntrusted comment: b\nAAAA\n",
        "untrusted comment: x\nRUQ=\ntrusted comment: y\nAAAA\n",  # blob far too short
        "untrusted comment: x\n" + "A" * 100 + "\ntrusted comment: y\n" + "A" * 88 + "\nextra\n",
    ],
)
def test_malformed_signature_files_are_refused(signing_key: SigningKey, text: str) -> None:
    with pytest.raises(SignatureInvalid) as refused:
        verify(signing_key.public_key(), PAYLOAD, text)
    assert refused.value.code == "sync.signature_malformed"


def test_unknown_algorithm_is_malformed(signing_key: SigningKey) -> None:
    lines = sign(signing_key, PAYLOAD, trusted_comment=COMMENT).split("\n")
    blob = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"XX" + blob[2:]).decode("ascii")
    with pytest.raises(SignatureInvalid) as refused:
        verify(signing_key.public_key(), PAYLOAD, "\n".join(lines))
    assert refused.value.code == "sync.signature_malformed"


@pytest.mark.parametrize("comment", ["two\nlines", "carriage\rreturn", "nul\0byte"])
def test_comments_that_the_stock_tool_would_read_differently_are_refused(
    signing_key: SigningKey, comment: str
) -> None:
    with pytest.raises(DomainError) as refused:
        sign(signing_key, PAYLOAD, trusted_comment=comment)
    assert refused.value.code == "sync.comment_bad_char"
    with pytest.raises(DomainError) as refused:
        sign(signing_key, PAYLOAD, trusted_comment="ok", untrusted_comment=comment)
    assert refused.value.code == "sync.comment_bad_char"


def test_trusted_comment_over_the_limit_is_refused(signing_key: SigningKey) -> None:
    too_long = "ệ" * (minisign.TRUSTED_COMMENT_MAX_BYTES // 3 + 1)  # 3 UTF-8 bytes each
    with pytest.raises(DomainError) as refused:
        sign(signing_key, PAYLOAD, trusted_comment=too_long)
    assert refused.value.code == "sync.comment_too_long"
    assert refused.value.params == {"max": minisign.TRUSTED_COMMENT_MAX_BYTES}
    with pytest.raises(DomainError) as refused:
        sign(signing_key, PAYLOAD, trusted_comment="ok", untrusted_comment="x" * 1004)
    assert refused.value.code == "sync.comment_too_long"


@pytest.mark.tools
def test_longest_allowed_comments_still_verify_with_the_stock_tool(
    signing_key: SigningKey, tmp_path: Path, stock
) -> None:
    trusted = "t" * minisign.TRUSTED_COMMENT_MAX_BYTES
    untrusted = "u" * minisign.UNTRUSTED_COMMENT_MAX_BYTES
    signature = sign(signing_key, PAYLOAD, trusted_comment=trusted, untrusted_comment=untrusted)
    public, message, sig = _write_signed(tmp_path, signing_key, PAYLOAD, signature)
    result = stock("minisign", "-V", "-Q", "-p", public, "-m", message, "-x", sig)
    assert result.returncode == 0, result.stderr
    assert result.stdout == trusted.encode() + b"\n"
    assert verify(signing_key.public_key(), PAYLOAD, signature) == trusted


def test_the_seed_alone_recreates_the_same_public_key() -> None:
    key = SigningKey.generate()
    again = SigningKey.from_seed(key.seed)
    assert again == key
    assert again.public_key().to_minisign() == key.public_key().to_minisign()
    assert len(key.seed) == 32 and len(key.key_id) == 8
    assert re.fullmatch(r"[0-9A-F]{16}", key.key_id_hex)
    assert key.seed.hex() not in repr(key)


def test_from_seed_keeps_an_explicit_key_id() -> None:
    key = SigningKey.from_seed(bytes(range(32)), key_id=b"\x01" * 8)
    assert key.public_key().key_id == b"\x01" * 8
    assert key.key_id_hex == "0101010101010101"


def test_key_id_is_printed_little_endian_as_minisign_does() -> None:
    key = SigningKey.from_seed(bytes(32), key_id=bytes([0x0A, 0, 0, 0, 0, 0, 0, 0xB0]))
    assert key.key_id_hex == "B00000000000000A"
    first_line = key.public_key().to_minisign().splitlines()[0]
    assert first_line == "untrusted comment: minisign public key B00000000000000A"


def test_fingerprint_is_six_groups_of_five_digits_and_depends_on_the_key() -> None:
    first, second = SigningKey.generate().public_key(), SigningKey.generate().public_key()
    assert re.fullmatch(r"\d{5}( \d{5}){5}", first.fingerprint_groups())
    assert first.fingerprint_groups() == PublicKey.from_minisign(first.to_minisign()).fingerprint_groups()
    assert first.fingerprint_groups() != second.fingerprint_groups()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not base64 at all",
        "untrusted comment: minisign public key 1\nRWQ=\n",
        "untrusted comment: x\n" + base64.b64encode(b"XX" + bytes(40)).decode() + "\n",
        "a\nb\nc\n",
    ],
)
def test_malformed_public_keys_are_refused(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        PublicKey.from_minisign(text)
    assert refused.value.code == "sync.public_key_malformed"

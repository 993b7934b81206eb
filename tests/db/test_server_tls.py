"""A hub's server on the network as an administrator sets it up: password logins, TLS, the PC's own address.

The throw-away cluster of tests/engines.py trusts its unix socket, so it cannot tell a right password from a
wrong one, nor TLS from none. This module starts one more cluster that listens on this machine's network
address (not loopback) with TLS on (a certificate made here for that address) and scram-sha-256 logins, and
drives the app's commands against it: the refusals, then set-up, a second start and a pg_dump backup.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.cli import main
from desktop.db.server import ServerAddress, load_settings, open_server_engine
from desktop.domain.problems import DomainError
from tests.conftest import PASSWORD
from tests.engines import ThrowAwayCluster, _missing, pg_bin_dir

ROLE_PASSWORD = "mk-may-chu-2026"


def _network_address() -> str | None:
    """This machine's own IPv4 address that is not loopback (the route out; nothing is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.123", 9))
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if ipaddress.ip_address(address).is_loopback or address == "0.0.0.0" else address


def _certificate(folder: Path, address: str) -> Path:
    """A self-signed certificate for `address` (its own authority), as server.crt / server.key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, address)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(address))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (folder / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                          serialization.NoEncryption()))
    os.chmod(folder / "server.key", 0o600)
    if os.geteuid() == 0:
        for made in ("server.crt", "server.key"):
            shutil.chown(folder / made, "postgres")
    return folder / "server.crt"


@dataclass(frozen=True)
class NetworkServer:
    address: str
    port: int
    root_cert: Path

    def url(self, database: str = "hoanhap", query: str = "") -> str:
        return f"postgresql://hoanhap@{self.address}:{self.port}/{database}{query}"

    def tls_url(self, database: str = "hoanhap") -> str:
        return self.url(database, f"?sslmode=verify-full&sslrootcert={self.root_cert}")


class NetworkCluster(ThrowAwayCluster):
    """Local socket for the test's own set-up (trust); the network address only with a password; TLS on."""

    def start_on(self, address: str) -> NetworkServer:
        data = self.root / "data"
        self._run(str(self.bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C")
        with (data / "pg_hba.conf").open("a") as hba:
            hba.write("host all all 0.0.0.0/0 scram-sha-256\n")  # TLS or not: the app must be the one refusing
        cert = _certificate(data, address)
        options = (f"-k {self.root} -c listen_addresses={address} -p {self.port} -c fsync=off -c ssl=on "
                   "-c ssl_cert_file=server.crt -c ssl_key_file=server.key")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")
        root_cert = Path(self.root) / "ca.crt"  # the analyst's copy of the server's authority
        shutil.copy(cert, root_cert)
        psql = [str((self.bin_dir / "initdb").resolve().parent / "psql"), "-h", str(self.root), "-p", str(self.port), "-U", "postgres", "-v",
                "ON_ERROR_STOP=1", "-c", f"CREATE ROLE hoanhap LOGIN PASSWORD '{ROLE_PASSWORD}'",
                "-c", "CREATE DATABASE hoanhap OWNER hoanhap", "-c", "CREATE DATABASE hoanhap2 OWNER hoanhap"]
        self._run(*psql)
        return NetworkServer(address, self.port, root_cert)


@pytest.fixture(scope="module")
def network_server() -> Iterator[NetworkServer]:
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        _missing("initdb was not found")
    address = _network_address()
    if address is None:
        pytest.skip("this machine has no network address other than loopback")
    assert bin_dir is not None and address is not None
    cluster = NetworkCluster(bin_dir)
    try:
        server = cluster.start_on(address)
    except (subprocess.CalledProcessError, OSError):
        cluster.stop()
        raise  # the binaries are there: a cluster that does not start is a failure to look at, not a skip
    try:
        yield server
    finally:
        cluster.stop()


def _code(action) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as error:
        action()
    return error.value.code


def test_a_server_on_the_network_without_tls_is_refused_however_the_address_is_written(
        network_server: NetworkServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", ROLE_PASSWORD)
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    s = network_server
    plain = [s.url(), s.url(query="?sslmode=prefer"),
             f"postgresql://hoanhap@/hoanhap?hostaddr={s.address}&port={s.port}"]  # no host, the address only
    for url in plain:
        assert _code(lambda url=url: open_server_engine(ServerAddress.parse(url))) == "server.tls_required", url
    monkeypatch.setenv("PGHOST", s.address)  # a URL without a host takes libpq's environment
    monkeypatch.setenv("PGPORT", str(s.port))
    assert _code(lambda: open_server_engine(ServerAddress.parse("postgresql://hoanhap@/hoanhap"))) == \
        "server.tls_required"
    monkeypatch.delenv("PGHOST")
    # A libpq service file can say where to go and "no TLS" where the URL cannot show it: the app checks the
    # connection libpq really made and refuses it.
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[soyte]\nhost={s.address}\nport={s.port}\nsslmode=disable\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert _code(lambda: open_server_engine(ServerAddress.parse("postgresql://hoanhap@/hoanhap?service=soyte"))) == \
        "server.tls_required"
    # Nothing was set up by the refused command, and the message names the server.
    assert main(["init", "--hub", "--province", "25", "--database", s.url(), "--data-dir", str(tmp_path / "d")]) == 2
    assert not (tmp_path / "d").exists()


def test_a_wrong_server_password_is_said_as_such(network_server: NetworkServer, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PGPASSWORD", "sai-mat-khau")
    assert main(["server-check", "--database", network_server.tls_url()]) == 2
    assert "không nhận tài khoản “hoanhap” hoặc mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("PGPASSWORD", ROLE_PASSWORD)
    assert main(["server-check", "--database", network_server.tls_url()]) == 0
    assert "Kết nối được: PostgreSQL" in capsys.readouterr().out


def test_a_hub_on_a_password_and_tls_server_opens_again_and_dumps_with_the_saved_settings(
        network_server: NetworkServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = network_server.tls_url("hoanhap2")
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("PGPASSWORD", ROLE_PASSWORD)
    first, second = tmp_path / "may-1", tmp_path / "may-2"
    assert main(["init", "--hub", "--province", "25", "--database", url, "--data-dir", str(first)]) == 0
    assert main(["join-hub", "--database", url, "--data-dir", str(second)]) == 0
    monkeypatch.delenv("PGPASSWORD")  # from now on only what the PCs saved: server.json and server.pass
    saved = (first / "server.json").read_text()
    assert ROLE_PASSWORD not in saved and "***" not in saved and "sslrootcert" in saved
    assert load_settings(first / "server.json", first / "server.pass").address.password is None
    capsys.readouterr()
    for pc in (first, second):
        assert main(["sync-status", "--data-dir", str(pc)]) == 0, capsys.readouterr().err
        # pg_dump over TLS, verifying the server against sslrootcert as the app does
        assert main(["backup", "--data-dir", str(pc)]) == 0, capsys.readouterr().err
        dump = Path(capsys.readouterr().out.strip().splitlines()[-1])
        assert dump.read_bytes()[:5] == b"PGDMP"

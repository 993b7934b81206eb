"""A throw-away register filled with realistic synthetic data, so a newcomer sees a populated app."""

from __future__ import annotations

from desktop.db.datadir import DataDir
from desktop.db.keyring import KdfParams
from desktop.demo.hub import fill_hub
from desktop.demo.office import DEMO_COMMUNE, DEMO_PASSWORD, DEMO_USERNAME, build_office
from desktop.domain.codes import OfficeRole
from desktop.services.accounts.setup import SetupResult
from desktop.services.context import Clock

__all__ = ["DEMO_PASSWORD", "DEMO_USERNAME", "build_demo"]  # the names the window and `hoanhap demo` use


def build_demo(data_dir: DataDir, *, clock: Clock, seed: int = 2026, kdf: KdfParams = KdfParams(),
               office_role: OfficeRole = OfficeRole.COMMUNE, commune: str = DEMO_COMMUNE) -> SetupResult:
    """A commune with synthetic records, or a hub that received real bundles from a few demo communes."""
    result = build_office(data_dir, clock=clock, seed=seed, kdf=kdf, office_role=office_role, commune=commune)
    if office_role is OfficeRole.HUB:
        fill_hub(data_dir, clock=clock, kdf=kdf, username=DEMO_USERNAME, password=DEMO_PASSWORD, seed=seed)
    return result

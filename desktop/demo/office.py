"""One demo office (a commune or a hub) set up and filled with synthetic records by each area's filler."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from desktop.bootstrap import Services, open_session
from desktop.db.datadir import DataDir
from desktop.db.keyring import KdfParams
from desktop.domain.codes import OfficeRole
from desktop.domain.outreach import IN_PERSON_FORMS, OutreachDraft, OutreachForm, TargetGroup, Topic
from desktop.domain.roles import Role
from desktop.services.accounts.setup import SetupRequest, SetupResult, initialise
from desktop.services.context import Actor, Clock

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "demo-2026-hoanhap"
DEMO_COMMUNE = "08500"  # Xã Xuân Lũng, Tỉnh Phú Thọ
OTHER_ACCOUNTS = (("canbo", "Nguyễn Thị Lan", Role.OFFICER), ("xem", "Trần Văn Minh", Role.VIEWER))

_PLACES = ("Nhà văn hóa thôn Đồng Xuân", "Hội trường UBND xã", "Trường THPT Xuân Lũng", "Khu công nghiệp Phú Hà",
           "Nhà nghỉ Hoa Sen (tổ dân phố 3)", "Chợ trung tâm xã", "Trạm y tế xã", "Quán karaoke thôn Lũng Hạ")
_ORGANISERS = ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Công an xã", "Trạm y tế xã", "Văn hóa - Xã hội")
_PARTNERS = ("", "Trung tâm Kiểm soát bệnh tật tỉnh", "Ngân hàng Chính sách xã hội", "Trung tâm Dịch vụ việc làm")

# Each area adds a filler: (services, actor, rng, today) -> None.
DemoFiller = Callable[[Services, Actor, random.Random, date], None]


def fill_outreach(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    start = today - timedelta(days=540)
    for _ in range(140):
        held_on = start + timedelta(days=rng.randrange((today - start).days + 1))
        form = rng.choice(list(OutreachForm))
        group = rng.choice(list(TargetGroup))
        total = rng.randint(8, 90) if form in IN_PERSON_FORMS else rng.choice((0, 0, rng.randint(20, 300)))
        male = rng.randint(0, total)
        other = rng.choice((0, 0, 0, 1)) if total - male > 0 else 0
        female = total - male - other
        # Drawn in the order the call used to draw them, so the demo's figures stay as before.
        place = rng.choice(_PLACES)
        topics = tuple(t.value for t in rng.sample(list(Topic), rng.randint(1, 3)))
        target = rng.randint(0, total)
        services.outreach.save(actor, OutreachDraft(
            held_on=held_on, place=place, form=form.value, target_group=group.value, topics=topics,
            participants_total=total, participants_male=male, participants_female=female, participants_other=other,
            # A quarter of the group new to the year's sessions (derived: no extra random draw).
            target_members=target, newly_reached=target // 4, leaflets=rng.choice((0, 50, 100, 200)),
            condoms=rng.choice((0, 0, 50, 100)), lubricant=rng.choice((0, 0, 20)),
            organiser=rng.choice(_ORGANISERS), partners=rng.choice(_PARTNERS),
        ))


def fill_accounts(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    for username, name, role in OTHER_ACCOUNTS:
        services.accounts.add(actor, username=username, display_name=name, role=role,
                              password=DEMO_PASSWORD, confirm=DEMO_PASSWORD, must_change=False)


def fill_establishments(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    from desktop.demo.establishments import fill_establishments as fill  # the area's own module

    fill(services, actor, rng, today)


def fill_clients(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    from desktop.demo.clients import fill_clients as fill  # the area's own module

    fill(services, actor, rng, today)


def fill_registers(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    from desktop.demo.registers import fill_registers as fill  # tip-offs and support models

    fill(services, actor, rng, today)


def fill_office_start(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    # The demo's books go back to January, as an office that brought in its old books would have them.
    services.first_week.set_start_date(actor, date(today.year, 1, 1))


FILLERS: list[DemoFiller] = [fill_accounts, fill_outreach, fill_establishments, fill_clients, fill_registers,
                             fill_office_start]


def build_office(data_dir: DataDir, *, clock: Clock, seed: int = 2026, kdf: KdfParams = KdfParams(),
                 office_role: OfficeRole = OfficeRole.COMMUNE, commune: str = DEMO_COMMUNE) -> SetupResult:
    """One office with its demo records: a commune filled by every filler, a hub with its accounts only."""
    result = initialise(data_dir, SetupRequest(
        office_role=office_role, province_code="25",
        commune_code=commune if office_role is OfficeRole.COMMUNE else None,
        admin_username=DEMO_USERNAME, admin_display_name="Quản trị (dữ liệu mẫu)",
        admin_password=DEMO_PASSWORD, admin_confirm=DEMO_PASSWORD,
    ), clock=clock, kdf=kdf).value
    session = open_session(data_dir, DEMO_USERNAME, DEMO_PASSWORD, clock=clock)
    try:
        rng = random.Random(seed)
        for filler in FILLERS if office_role is OfficeRole.COMMUNE else [fill_accounts]:
            filler(session.services, session.actor, rng, clock.today())
    finally:
        session.close()
    return result

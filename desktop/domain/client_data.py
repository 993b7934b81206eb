"""What the register records about a person, by category: one definition for the consent form (what we
ask consent for) and the right-of-access record (what we show), so the two cannot drift apart.

Every column of the client tables belongs to exactly one category; a test fails when a new column is
added without saying here which category it falls in (and so without telling the person).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.clients import SERVICE_LABELS


@dataclass(frozen=True)
class DataCategory:
    code: str
    title: str  # heading on the consent form and the access record
    plain: str  # everyday words for the person signing
    columns: tuple[str, ...]  # "table.column" of the client tables this category covers
    stays_here: bool = False  # local-only: kept on the commune PC, never sent to the hub
    lists_services: bool = False  # the consent form names every service category after the words


RECORDED_DATA: tuple[DataCategory, ...] = (
    DataCategory(
        "identity", "Mã số và thông tin cơ bản",
        "một mã số tạo từ vài chữ cái (không phải họ tên; các chữ cái đó không được lưu lại), năm sinh, giới tính, "
        "xã hoặc phường",
        ("clients.uic", "clients.uic_recipe", "clients.birth_year", "clients.sex", "clients.commune")),
    DataCategory(
        "work", "Nơi làm việc và lần gặp đầu",
        "loại nơi làm việc, ngày gặp lần đầu và bạn biết đến chúng tôi qua đâu",
        ("clients.workplace_type", "clients.first_contact_on", "clients.first_contact_channel")),
    DataCategory(
        "follow_up", "Tình trạng theo dõi",
        "tình trạng theo dõi (đang theo dõi, tạm dừng, đã chuyển đi…), lý do thay đổi và ngày gặp gần nhất",
        ("clients.status", "clients.status_on", "clients.last_contact_on", "client_status_changes.changed_on",
         "client_status_changes.status", "client_status_changes.reason")),
    DataCategory(
        "consent", "Đồng ý",
        "những việc bạn đồng ý, ngày đồng ý và ngày rút lại",
        ("consents.scope", "consents.given_on", "consents.withdrawn_on")),
    DataCategory(
        "services", "Các lần tư vấn, hỗ trợ",
        "ngày, loại dịch vụ, nội dung trao đổi (có thể về sức khỏe, HIV và các bệnh lây "
        "truyền, điều trị, bạo lực, ma túy, sức khỏe tâm thần), vật phẩm đã nhận và cán bộ hỗ trợ",
        ("client_contacts.contacted_on", "client_contacts.category", "client_contacts.topics",
         "client_contacts.condoms", "client_contacts.lubricant", "client_contacts.leaflets",
         "client_contacts.worker_id"),
        lists_services=True),
    DataCategory(
        "referrals", "Giới thiệu, chuyển gửi",
        "các lần giới thiệu bạn đến nơi khác: mã phiếu, nơi nhận, dịch vụ, ngày hẹn, tình trạng và kết quả, "
        "và trường hợp cán bộ phải giới thiệu khi chưa có đồng ý của bạn",
        ("referrals.code", "referrals.referred_on", "referrals.category", "referrals.partner_id", "referrals.status",
         "referrals.status_on", "referrals.accepted_on", "referrals.closed_on", "referrals.follow_up_on",
         "referrals.outcome", "referrals.outcome_on", "referrals.consent_overridden")),
    DataCategory(
        "notes", "Ghi chép của cán bộ",
        "tên gọi cán bộ dùng khi gặp bạn, ghi chú, đánh giá nhu cầu và kế hoạch hỗ trợ do cán bộ viết, ghi chú "
        "của từng lần hỗ trợ, phản hồi của nơi nhận giới thiệu và lý do giới thiệu khi chưa có đồng ý",
        ("clients.nickname", "clients.notes", "clients.needs", "clients.plan", "clients.plan_updated_at",
         "client_contacts.notes", "referrals.feedback", "referrals.consent_override_reason"),
        stays_here=True),
)


def category(code: str) -> DataCategory:
    return next(c for c in RECORDED_DATA if c.code == code)


def consent_lines() -> tuple[str, ...]:
    """One sentence per category for the consent form, service categories named in full."""
    lines = []
    for item in RECORDED_DATA:
        text = f"{item.title}: {item.plain}"
        if item.lists_services:
            text += " — các loại dịch vụ: " + "; ".join(SERVICE_LABELS.values())
        if item.stays_here:
            text += " (chỉ lưu trên máy của xã, không gửi đi đâu)"
        lines.append(text + ".")
    return tuple(lines)

"""The outreach area's sentences (communication sessions), by stable code, merged into messages.MESSAGES."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

OUTREACH_MESSAGES: dict[str, str] = {
    # outreach sessions
    "outreach.sex_sum": QT_TRANSLATE_NOOP(
        "Problems", "Số nam, nữ và khác cộng lại ({sum}) phải bằng tổng số người tham gia ({total})."
    ),
    "outreach.target_exceeds_total": QT_TRANSLATE_NOOP(
        "Problems", "Số người thuộc nhóm đối tượng ({target}) không được lớn hơn tổng số ({total})."
    ),
    "outreach.newly_exceeds_target": QT_TRANSLATE_NOOP(
        "Problems", "Số người lần đầu được tiếp cận trong năm ({newly}) không được lớn hơn số người thuộc nhóm "
        "đối tượng ({target})."
    ),
    "outreach.no_participants": QT_TRANSLATE_NOOP(
        "Problems", "Hình thức trực tiếp phải có ít nhất một người tham gia."
    ),
    "outreach.unknown_form": QT_TRANSLATE_NOOP("Problems", "Hình thức truyền thông không hợp lệ."),
    "outreach.unknown_target_group": QT_TRANSLATE_NOOP("Problems", "Nhóm đối tượng không hợp lệ."),
    "outreach.unknown_topic": QT_TRANSLATE_NOOP("Problems", "Chủ đề lồng ghép không hợp lệ."),
    "outreach.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy buổi truyền thông (có thể đã bị xóa)."),
    "outreach.stale": QT_TRANSLATE_NOOP(
        "Problems", "Buổi truyền thông này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."
    ),
}

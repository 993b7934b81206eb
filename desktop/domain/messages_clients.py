"""The clients area's sentences (clients, consents, contacts, referrals, partners), merged into messages.MESSAGES."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

CLIENT_MESSAGES: dict[str, str] = {
    # --- clients, consents, contacts, referrals (issue 3) ---
    "client.birth_year_impossible": QT_TRANSLATE_NOOP(
        "Problems", "Năm sinh {value} không hợp lý: phải từ {min} đến {max}."
    ),
    "client.minor": QT_TRANSLATE_NOOP(
        "Problems", "Người này mới {age} tuổi, là người chưa thành niên. Trường hợp này cần xử lý theo quy định riêng."
    ),
    "client.unacknowledged": QT_TRANSLATE_NOOP(
        "Problems", "Có {count} cảnh báo cần cán bộ xem và xác nhận trước khi lưu."
    ),
    "client.unknown_code": QT_TRANSLATE_NOOP("Problems", "Giá trị đã chọn không có trong danh mục."),
    "client.contact_before_birth": QT_TRANSLATE_NOOP("Problems", "Ngày gặp lần đầu không thể trước năm sinh."),
    "client.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy người được hỗ trợ (có thể đã bị xóa)."),
    "client.stale": QT_TRANSLATE_NOOP(
        "Problems", "Hồ sơ này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."
    ),
    "client.erase_confirm_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Mã số nhập để xác nhận không khớp với mã của người này. Chưa xóa gì."
    ),
    "client.retention_invalid": QT_TRANSLATE_NOOP(
        "Problems", "Thời hạn lưu giữ phải từ {min} đến {max} tháng."
    ),
    "contact.before_first_contact": QT_TRANSLATE_NOOP(
        "Problems", "Ngày này trước ngày gặp lần đầu ({first})."
    ),
    "consent.withdrawn_before_given": QT_TRANSLATE_NOOP(
        "Problems", "Ngày rút lại đồng ý không thể trước ngày đồng ý ({given})."
    ),
    "consent.not_given": QT_TRANSLATE_NOOP("Problems", "Người này chưa đồng ý nội dung này, nên không có gì để rút lại."),
    "uic.fact_missing": QT_TRANSLATE_NOOP("Problems", "Chưa nhập đủ thông tin để tạo mã số."),
    "uic.fact_invalid": QT_TRANSLATE_NOOP("Problems", "Thông tin này không dùng để tạo mã số được. Hãy nhập lại."),
    "uic.recipe_invalid": QT_TRANSLATE_NOOP(
        "Problems", "Cách tạo mã số phiên bản {version} bị lỗi. Hãy liên hệ quản trị viên."
    ),
    "uic.recipe_unknown": QT_TRANSLATE_NOOP(
        "Problems", "Không có cách tạo mã số phiên bản {version}. Hãy liên hệ quản trị viên."
    ),
    "referral.no_consent": QT_TRANSLATE_NOOP(
        "Problems", "Người này chưa đồng ý được giới thiệu, chuyển gửi. Hãy lấy ý kiến đồng ý trước, "
        "hoặc ghi rõ lý do nếu buộc phải chuyển gửi ngay."
    ),
    "referral.follow_up_before_referral": QT_TRANSLATE_NOOP(
        "Problems", "Ngày hẹn theo dõi không thể trước ngày giới thiệu ({referred_on})."
    ),
    "referral.status_jump": QT_TRANSLATE_NOOP(
        "Problems", "Không thể chuyển sang trạng thái này. Thứ tự là: đã chuyển gửi, rồi nơi nhận tiếp nhận, "
        "rồi hoàn thành, bị từ chối hoặc mất dấu."
    ),
    "referral.date_before_previous": QT_TRANSLATE_NOOP(
        "Problems", "Ngày này không thể trước ngày {previous}."
    ),
    "referral.outcome_required": QT_TRANSLATE_NOOP("Problems", "Khi hoàn thành, hãy chọn kết quả đạt được."),
    "referral.partner_inactive": QT_TRANSLATE_NOOP(
        "Problems", "Nơi nhận “{partner}” đã ngừng sử dụng. Hãy chọn nơi khác."
    ),
    "referral.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy phiếu giới thiệu này."),
    "partner.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy nơi nhận này."),
    "partner.name_taken": QT_TRANSLATE_NOOP("Problems", "Đã có nơi nhận tên “{name}”."),
    "partner.stale": QT_TRANSLATE_NOOP(
        "Problems", "Nơi nhận này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."
    ),
    "home.referrals_overdue": QT_TRANSLATE_NOOP("Problems", "{count} phiếu giới thiệu đã quá ngày hẹn theo dõi."),
    "home.referrals_on_time": QT_TRANSLATE_NOOP("Problems", "Không có phiếu giới thiệu nào quá hạn theo dõi."),
    "home.clients_due_erasure": QT_TRANSLATE_NOOP(
        "Problems", "{count} hồ sơ đã quá thời hạn lưu giữ ({months} tháng), cần xem xét xóa."
    ),
}

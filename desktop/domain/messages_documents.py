"""The documents area's sentences (letterhead, document register, narrative), merged into messages.MESSAGES."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

DOCUMENT_MESSAGES: dict[str, str] = {
    # --- letterhead, document register, narrative (issue 10, points 1 and 6) ---
    "letterhead.issuing_body_required": QT_TRANSLATE_NOOP(
        "Problems", "Chưa nhập tên cơ quan ban hành văn bản (ví dụ: ỦY BAN NHÂN DÂN / XÃ XUÂN LŨNG)."),
    "letterhead.authority_required": QT_TRANSLATE_NOOP(
        "Problems", "Chưa nhập thẩm quyền, chức vụ người ký (ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)."),
    "letterhead.symbol_required": QT_TRANSLATE_NOOP(
        "Problems", "Chưa nhập chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản (ví dụ: UBND, SYT)."),
    "letterhead.bad_symbol": QT_TRANSLATE_NOOP(
        "Problems", "Chữ viết tắt “{symbol}” không được có dấu cách hay dấu “/” (ví dụ: UBND, SYT)."),
    "letterhead.too_long": QT_TRANSLATE_NOOP(
        "Problems", "Thể thức văn bản: mỗi mục tối đa {lines} dòng, mỗi dòng tối đa {max} ký tự."),
    "documents.number_invalid": QT_TRANSLATE_NOOP(
        "Problems", "Số văn bản phải là số nguyên từ 1 trở lên (đã nhập: {value})."),
    "documents.number_used": QT_TRANSLATE_NOOP(
        "Problems", "Số {number}/{kind}-{symbol} năm {year} đã cấp cho văn bản “{title}”. "
                    "Hãy chọn số khác (số còn trống tiếp theo: {next}). Chưa lưu gì."),
    "documents.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy văn bản trong sổ đăng ký (có thể đã bị xóa)."),
    "documents.bad_narrative": QT_TRANSLATE_NOOP(
        "Problems", "Tệp thuyết minh không đọc được: {reason}. Dùng TOML với các mục situation, results, "
                    "shortcomings, proposals."),
}

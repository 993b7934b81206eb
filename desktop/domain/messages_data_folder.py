"""Sentences of the data folder (its database file, backups, drills, offline updates), merged into MESSAGES."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

DATA_FOLDER_MESSAGES: dict[str, str] = {
    # the data folder and the database file
    "store.not_initialised": QT_TRANSLATE_NOOP(
        "Problems", "Thư mục dữ liệu {path} chưa có sổ đăng ký. Hãy chạy thiết lập lần đầu."
    ),
    "store.already_initialised": QT_TRANSLATE_NOOP("Problems", "Thư mục dữ liệu {path} đã có sổ đăng ký."),
    "store.in_use": QT_TRANSLATE_NOOP(
        "Problems", "Sổ đăng ký đang được mở ở một cửa sổ khác (tiến trình {pid}). Hãy dùng cửa sổ đó."
    ),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Problems", "Không ghi được vào thư mục dữ liệu {path}. Hãy chọn thư mục khác hoặc xin quyền ghi."
    ),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Problems", "Ổ đĩa đã đầy, không lưu được. Dữ liệu cũ vẫn còn nguyên. Hãy giải phóng dung lượng."
    ),
    "store.corrupt": QT_TRANSLATE_NOOP(
        "Problems", "Tệp sổ đăng ký bị hỏng hoặc không đúng khóa. Hãy khôi phục từ bản sao lưu."
    ),
    "store.locked": QT_TRANSLATE_NOOP(
        "Problems", "Tệp sổ đăng ký đang bị chương trình khác khóa. Hãy đóng chương trình đó rồi thử lại."
    ),
    "store.newer_release": QT_TRANSLATE_NOOP(
        "Problems", "Sổ đăng ký này do một phiên bản phần mềm mới hơn ghi (cấu trúc dữ liệu {revision}); phiên bản "
        "đang chạy không mở được. Hãy cài phiên bản mới hơn. Tệp dữ liệu không bị thay đổi."
    ),
    "store.keyring_missing": QT_TRANSLATE_NOOP(
        "Problems", "Thiếu tệp khóa (keyring.json) trong thư mục dữ liệu {path}."
    ),
    # --- drills, offline updates, backups (issue 11) ---
    "store.device_gone": QT_TRANSLATE_NOOP(
        "Problems", "Không ghi được vào {path}: ổ đĩa đã bị rút ra hoặc bị lỗi. Không có tệp dở dang nào mang tên "
        "thật; hãy cắm lại rồi thử lại."
    ),
    "backup.other_office": QT_TRANSLATE_NOOP(
        "Problems", "Bản sao lưu {path} là của {unit}, không phải của {ours}. Không khôi phục; sổ đăng ký vẫn nguyên."
    ),
    "backup.newer_release": QT_TRANSLATE_NOOP(
        "Problems", "Bản sao lưu {path} do phiên bản mới hơn ({version}) tạo ra. Hãy cập nhật ứng dụng trước khi "
        "khôi phục."
    ),
    "update.unreadable": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {path} không phải gói cập nhật của Hòa Nhập hoặc bị cắt dở. Không có gì thay đổi."
    ),
    "update.bad_signature": QT_TRANSLATE_NOOP(
        "Problems", "Chữ ký của gói cập nhật {path} không đúng: gói đã bị sửa hoặc không do đơn vị phát hành ký. "
        "Không cài; không có gì thay đổi."
    ),
    "update.unknown_key": QT_TRANSLATE_NOOP(
        "Problems", "Gói cập nhật {path} được ký bằng khóa {key_id}, không phải khóa phát hành của Hòa Nhập. "
        "Không cài; không có gì thay đổi."
    ),
    "update.downgrade": QT_TRANSLATE_NOOP(
        "Problems", "Gói cập nhật {path} là phiên bản {version}, không mới hơn phiên bản đang dùng ({installed}). "
        "Không cài; không có gì thay đổi."
    ),
    "update.health_check_failed": QT_TRANSLATE_NOOP(
        "Problems", "Phiên bản {version} không khởi động được ({detail}). Đã quay về phiên bản {previous}; "
        "dữ liệu vẫn nguyên."
    ),
    "update.nothing_to_roll_back": QT_TRANSLATE_NOOP(
        "Problems", "Không có phiên bản trước để quay về."
    ),
}

"""The catalogue of problem and error messages, keyed by stable code (Vietnamese source text)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate

CONTEXT = "Problems"


# Areas add their codes here; keep one block per area and the codes stable: tests and
# translations key on them.
MESSAGES: dict[str, str] = {
    "validation.failed": QT_TRANSLATE_NOOP("Problems", "Dữ liệu chưa hợp lệ ({count} lỗi)."),
    "required": QT_TRANSLATE_NOOP("Problems", "Chưa nhập trường bắt buộc."),
    "date.future": QT_TRANSLATE_NOOP("Problems", "Ngày không được ở tương lai."),
    "date.invalid": QT_TRANSLATE_NOOP("Problems", "Ngày không hợp lệ."),
    "number.negative": QT_TRANSLATE_NOOP("Problems", "Số không được âm."),
    "period.invalid": QT_TRANSLATE_NOOP("Problems", "Kỳ báo cáo không hợp lệ: {value}."),
    "text.too_long": QT_TRANSLATE_NOOP("Problems", "Nội dung quá dài (tối đa {max} ký tự)."),
    # outreach sessions
    "outreach.sex_sum": QT_TRANSLATE_NOOP(
        "Problems", "Số nam, nữ và khác cộng lại ({sum}) phải bằng tổng số người tham gia ({total})."
    ),
    "outreach.target_exceeds_total": QT_TRANSLATE_NOOP(
        "Problems", "Số người thuộc nhóm đối tượng ({target}) không được lớn hơn tổng số ({total})."
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
    # accounts and passwords
    "password.too_short": QT_TRANSLATE_NOOP("Problems", "Mật khẩu phải có ít nhất {min} ký tự."),
    "password.needs_letter": QT_TRANSLATE_NOOP("Problems", "Mật khẩu phải có ít nhất một chữ cái."),
    "password.needs_digit": QT_TRANSLATE_NOOP("Problems", "Mật khẩu phải có ít nhất một chữ số."),
    "password.same_as_username": QT_TRANSLATE_NOOP("Problems", "Mật khẩu không được trùng tên đăng nhập."),
    "password.mismatch": QT_TRANSLATE_NOOP("Problems", "Hai lần nhập mật khẩu không khớp."),
    "username.invalid": QT_TRANSLATE_NOOP(
        "Problems", "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm hoặc gạch dưới (3–32 ký tự)."
    ),
    "username.taken": QT_TRANSLATE_NOOP("Problems", "Tên đăng nhập này đã có."),
    "account.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy tài khoản."),
    "account.last_admin": QT_TRANSLATE_NOOP(
        "Problems", "Không thể khóa hoặc hạ quyền quản trị viên cuối cùng đang hoạt động."
    ),
    "auth.wrong_password": QT_TRANSLATE_NOOP("Problems", "Sai tên đăng nhập hoặc mật khẩu."),
    "auth.inactive": QT_TRANSLATE_NOOP("Problems", "Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên."),
    "auth.backoff": QT_TRANSLATE_NOOP(
        "Problems", "Nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại."
    ),
    "auth.wrong_recovery_key": QT_TRANSLATE_NOOP("Problems", "Mã khôi phục không đúng."),
    "permission.denied": QT_TRANSLATE_NOOP("Problems", "Tài khoản của bạn không có quyền thực hiện việc này."),
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
    "store.keyring_missing": QT_TRANSLATE_NOOP(
        "Problems", "Thiếu tệp khóa (keyring.json) trong thư mục dữ liệu {path}."
    ),
    "backup.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy bản sao lưu {path}."),
    "backup.invalid": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {path} không phải bản sao lưu hợp lệ của sổ đăng ký này."
    ),
    "setup.unknown_unit": QT_TRANSLATE_NOOP("Problems", "Không có đơn vị hành chính mã {code}."),
    "audit.broken": QT_TRANSLATE_NOOP(
        "Problems", "Nhật ký bị sửa hoặc hỏng tại dòng số {seq}."
    ),
    # --- clients, consents, contacts, referrals (issue 3) ---
    # --- establishments and inspections (issue 4) ---
    # --- sync bundles (issue 5) ---
    # --- reports and indicators (issue 6) ---
}


def render(code: str, params: Mapping[str, Any] | None = None, language: str = SOURCE_LANGUAGE) -> str:
    """The sentence for `code` in `language` with its named placeholders filled."""
    template = MESSAGES.get(code)
    if template is None:
        return code
    text = translate(CONTEXT, template, language)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text

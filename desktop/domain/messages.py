"""The catalogue of problem and error messages, keyed by stable code (Vietnamese source text)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate
from desktop.domain.messages_sync import SYNC_MESSAGES

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
    "office.hub_read_only": QT_TRANSLATE_NOOP(
        "Problems", "Cơ quan tổng hợp chỉ xem số liệu các xã gửi lên; việc sửa do xã thực hiện rồi gửi lại."),
    "permission.denied": QT_TRANSLATE_NOOP("Problems", "Tài khoản của bạn không có quyền thực hiện việc này."),
    # --- everyday use: the office's start date, printing, Excel import (issue 15) ---
    "office.start_in_future": QT_TRANSLATE_NOOP(
        "Problems", "Ngày bắt đầu dùng sổ ({date}) không được ở tương lai."),
    "import.unreadable": QT_TRANSLATE_NOOP("Problems", "Không đọc được tệp {file}: {detail}"),
    "import.encrypted": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {file} có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu, lưu lại rồi nhập lại."),
    "import.not_a_workbook": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {file} không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx."),
    "import.no_sheet": QT_TRANSLATE_NOOP("Problems", "Tệp {file} không có trang tính nào đang hiện."),
    "import.no_header": QT_TRANSLATE_NOOP(
        "Problems", "Không tìm thấy dòng tiêu đề trong 20 dòng đầu của tệp {file} (cần ít nhất hai cột như "
        "{columns}). Hãy dùng tệp mẫu, hoặc đặt tên cột."),
    "import.unmapped": QT_TRANSLATE_NOOP("Problems", "Chưa chọn cột cho: {fields}."),
    "import.formula_without_value": QT_TRANSLATE_NOOP(
        "Problems", "Ô này là công thức chưa được tính: hãy mở tệp bằng Excel, lưu lại rồi nhập lại."),
    "import.bad_year": QT_TRANSLATE_NOOP("Problems", "Năm “{value}” không hợp lệ (ghi bốn chữ số, ví dụ 2026)."),
    "number.invalid": QT_TRANSLATE_NOOP("Problems", "“{value}” không phải là một số nguyên."),
    "import.not_all_good": QT_TRANSLATE_NOOP(
        "Problems", "Còn {bad} dòng có lỗi hoặc trùng nên không nhập dòng nào (đã chọn “chỉ nhập khi mọi dòng đều hợp lệ”)."),
    "print.printer_unavailable": QT_TRANSLATE_NOOP(
        "Problems", "Không in được: máy in “{printer}” không sẵn sàng. Hãy kiểm tra máy in hoặc lưu thành tệp PDF."),
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
    # a hub on a PostgreSQL database server (issue 12)
    "server.bad_url": QT_TRANSLATE_NOOP(
        "Problems", "Địa chỉ cơ sở dữ liệu không đúng. Hãy ghi theo mẫu postgresql://người-dùng@máy-chủ/tên-cơ-sở-dữ-liệu."),
    "server.tls_required": QT_TRANSLATE_NOOP(
        "Problems", "Máy chủ {host} ở trên mạng: phải kết nối có mã hóa (thêm ?sslmode=verify-full hoặc sslmode=require "
        "vào địa chỉ). Không kết nối khi chưa mã hóa."),
    "server.unreachable": QT_TRANSLATE_NOOP(
        "Problems", "Không kết nối được tới máy chủ cơ sở dữ liệu {host}. Hãy kiểm tra mạng, tên máy chủ và cổng, "
        "rồi thử lại. Chưa có gì bị thay đổi."),
    "server.refused": QT_TRANSLATE_NOOP(
        "Problems", "Máy chủ {host} từ chối kết nối từ máy này (pg_hba.conf hoặc mã hóa). Hãy nhờ quản trị máy chủ cho phép."),
    "server.auth_failed": QT_TRANSLATE_NOOP(
        "Problems", "Máy chủ cơ sở dữ liệu không nhận tài khoản “{user}” hoặc mật khẩu của tài khoản đó. Hãy kiểm tra lại."),
    "server.no_database": QT_TRANSLATE_NOOP(
        "Problems", "Trên máy chủ không có cơ sở dữ liệu “{database}”. Hãy nhờ quản trị máy chủ tạo trước."),
    "server.too_old": QT_TRANSLATE_NOOP(
        "Problems", "Máy chủ dùng PostgreSQL {version}, quá cũ: cần từ phiên bản {minimum} trở lên."),
    "server.empty_database": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở dữ liệu “{database}” còn trống, chưa có tuyến tỉnh nào. Hãy thiết lập tuyến tỉnh trước."),
    "server.commune_data": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở dữ liệu này đang chứa sổ đăng ký của {unit} (cấp xã), không dùng được cho tuyến tỉnh. "
        "Không có gì bị thay đổi."),
    "server.foreign_data": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở dữ liệu “{database}” đã có dữ liệu không phải của Hòa Nhập. Hãy dùng một cơ sở dữ liệu trống. "
        "Không có gì bị thay đổi."),
    "server.other_hub": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở dữ liệu này đã chứa dữ liệu của một tuyến tỉnh khác ({unit}). Không có gì bị thay đổi."),
    "server.commune_refused": QT_TRANSLATE_NOOP(
        "Problems", "Máy của xã, phường giữ sổ đăng ký mã hóa ngay trên máy; chỉ cơ quan tổng hợp (tuyến tỉnh, tuyến quốc "
        "gia) mới dùng máy chủ cơ sở dữ liệu."),
    "server.settings_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "Không đọc được tệp cấu hình máy chủ {path}. Hãy kết nối lại với máy chủ."),
    "server.connection_lost": QT_TRANSLATE_NOOP(
        "Problems", "Mất kết nối tới máy chủ cơ sở dữ liệu giữa chừng. Phần đang làm dở không được ghi; hãy thử lại."),
    "server.tool_missing": QT_TRANSLATE_NOOP(
        "Problems", "Không tìm thấy công cụ {tool} của PostgreSQL trên máy này. Hãy cài gói công cụ PostgreSQL."),
    "server.tool_failed": QT_TRANSLATE_NOOP(
        "Problems", "Công cụ {tool} báo lỗi: {detail}"),
    # a server hub run for years: updates, scheduled dumps, moving the PC's folder (wave 4, serverops)
    "server.newer_schema": QT_TRANSLATE_NOOP(
        "Problems", "Máy chủ cơ sở dữ liệu của tuyến tỉnh đã được một máy khác nâng cấp lên phiên bản phần mềm mới hơn "
        "(cấu trúc dữ liệu {revision}); máy này đang chạy phiên bản {version}. Hãy cài gói cập nhật mới trên máy này "
        "(hoanhap update GÓI) rồi mở lại. Không có gì được ghi vào máy chủ."),
    "server.rollback_shared": QT_TRANSLATE_NOOP(
        "Problems", "Lần cập nhật lên {version} đã nâng cấp cơ sở dữ liệu trên máy chủ mà mọi máy phân tích dùng chung; "
        "quay lại phiên bản cũ trên một máy sẽ không mở được dữ liệu đó. Không có gì thay đổi. Nếu cả tuyến tỉnh phải "
        "quay lại, quản trị khôi phục bản sao {backup} (hoanhap restore) rồi quay lại phiên bản trên mọi máy."),
    "cli.moved": QT_TRANSLATE_NOOP(
        "Problems", "Đã chép thư mục dữ liệu của máy này sang {path}; lần mở sau ứng dụng dùng thư mục đó. Thư mục cũ "
        "vẫn nguyên."),
    "cli.moved_server": QT_TRANSLATE_NOOP(
        "Problems", "Đã chép thư mục dữ liệu của máy này (địa chỉ máy chủ, tệp mật khẩu, cấu hình) sang {path}; dữ "
        "liệu của tuyến tỉnh vẫn ở trên máy chủ. Lần mở sau ứng dụng dùng thư mục mới. Thư mục cũ vẫn nguyên."),
    "store.folder_missing": QT_TRANSLATE_NOOP(
        "Problems", "Không có thư mục {path}. Hãy cắm ổ USB hoặc chọn một thư mục có sẵn. Chưa ghi gì."),
    "backup.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy bản sao lưu {path}."),
    "backup.invalid": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {path} không phải bản sao lưu hợp lệ của sổ đăng ký này."
    ),
    "setup.unknown_unit": QT_TRANSLATE_NOOP("Problems", "Không có đơn vị hành chính mã {code}."),
    "audit.broken": QT_TRANSLATE_NOOP(
        "Problems", "Nhật ký bị sửa hoặc hỏng tại dòng số {seq}."
    ),
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
    # --- establishments and inspections (issue 4) ---
    "establishment.unknown_type": QT_TRANSLATE_NOOP("Problems", "Loại hình kinh doanh không hợp lệ."),
    "establishment.unknown_status": QT_TRANSLATE_NOOP("Problems", "Tình trạng hoạt động không hợp lệ."),
    "establishment.closed_without_date": QT_TRANSLATE_NOOP("Problems", "Cơ sở đã đóng cửa thì phải ghi ngày đóng cửa."),
    "establishment.closed_date_but_open": QT_TRANSLATE_NOOP(
        "Problems", "Có ngày đóng cửa nhưng tình trạng không phải “Đã đóng cửa”. Hãy sửa một trong hai."
    ),
    "establishment.closed_before_opened": QT_TRANSLATE_NOOP("Problems", "Ngày đóng cửa không được trước ngày bắt đầu hoạt động."),
    "establishment.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy cơ sở kinh doanh (có thể đã bị xóa)."),
    "establishment.stale": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."
    ),
    "establishment.opened_after_inspection": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở đã được kiểm tra ngày {day}, nên ngày bắt đầu hoạt động không thể sau ngày đó."
    ),
    "establishment.has_inspections": QT_TRANSLATE_NOOP(
        "Problems", "Cơ sở đã có {count} lần kiểm tra nên không xóa được. Nếu cơ sở đã nghỉ, hãy chuyển tình trạng sang “Đã đóng cửa”."
    ),
    "inspection.before_establishment": QT_TRANSLATE_NOOP(
        "Problems", "Ngày kiểm tra không được trước ngày cơ sở bắt đầu hoạt động hoặc đăng ký ({day})."
    ),
    "inspection.unknown_kind": QT_TRANSLATE_NOOP("Problems", "Hình thức kiểm tra không hợp lệ."),
    "inspection.plan_entry_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Mục kế hoạch đã chọn không phải của cơ sở này, không thuộc kỳ của kế hoạch vào ngày kiểm tra, "
                    "hoặc đã được thực hiện bởi một lần kiểm tra khác."),
    "inspection.plan_entry_reinspection": QT_TRANSLATE_NOOP(
        "Problems", "Kiểm tra lại không thực hiện mục nào của kế hoạch kiểm tra."),
    "inspection.count_exceeds_staff": QT_TRANSLATE_NOOP(
        "Problems", "Số này ({count}) không được lớn hơn số người lao động có mặt ({present})."
    ),
    "inspection.unknown_template": QT_TRANSLATE_NOOP(
        "Problems", "Không có mẫu phiếu kiểm tra phiên bản {version} áp dụng cho ngày kiểm tra."
    ),
    "inspection.item_not_in_template": QT_TRANSLATE_NOOP(
        "Problems", "Mục “{item}” không có trong mẫu phiếu kiểm tra phiên bản {version}."
    ),
    "inspection.item_not_applicable": QT_TRANSLATE_NOOP(
        "Problems", "Mục “{item}” không áp dụng cho loại hình kinh doanh của cơ sở này."
    ),
    "inspection.duplicate_result": QT_TRANSLATE_NOOP("Problems", "Mục “{item}” được ghi kết quả hai lần."),
    "inspection.verdict_required": QT_TRANSLATE_NOOP(
        "Problems", "Mục “{item}”: hãy chọn Đạt, Không đạt hoặc Không áp dụng."
    ),
    "inspection.number_required": QT_TRANSLATE_NOOP("Problems", "Mục “{item}”: hãy ghi số."),
    "inspection.answer_mismatch": QT_TRANSLATE_NOOP("Problems", "Mục “{item}”: kiểu trả lời không đúng với mẫu phiếu."),
    "inspection.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy lần kiểm tra (có thể đã bị xóa)."),
    "inspection.stale": QT_TRANSLATE_NOOP(
        "Problems", "Biên bản kiểm tra này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."
    ),
    "violation.unknown_handling": QT_TRANSLATE_NOOP("Problems", "Hình thức xử lý đề nghị không hợp lệ."),
    "violation.no_legal_basis": QT_TRANSLATE_NOOP(
        "Problems", "Vi phạm phải có căn cứ pháp lý: chọn điều khoản trong bảng tham chiếu hoặc ghi căn cứ."
    ),
    "violation.unknown_reference": QT_TRANSLATE_NOOP("Problems", "Không có điều khoản “{reference}” trong bảng tham chiếu xử phạt."),
    "violation.reference_not_in_force": QT_TRANSLATE_NOOP(
        "Problems", "{reference} không còn (hoặc chưa có) hiệu lực vào ngày kiểm tra {day}."
    ),
    "violation.amount_required": QT_TRANSLATE_NOOP("Problems", "Đề nghị phạt tiền thì phải ghi số tiền đề nghị."),
    "violation.fine_needs_reference": QT_TRANSLATE_NOOP(
        "Problems", "Đề nghị phạt tiền phải dựa trên một điều khoản có mức phạt tiền trong bảng tham chiếu."
    ),
    "violation.amount_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "Số tiền đề nghị {amount} đồng nằm ngoài khung {min} – {max} đồng của {reference}."
    ),
    "violation.amount_without_fine": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ ghi số tiền khi hình thức xử lý là đề nghị phạt tiền."
    ),
    "inspection.reinspection_days_invalid": QT_TRANSLATE_NOOP(
        "Problems", "Số ngày hẹn tái kiểm tra phải từ {min} đến {max}."
    ),
    # --- the biên bản's formalities, offenders, teams, plans, decisions (issue 9) ---
    "inspection.ended_before_start": QT_TRANSLATE_NOOP("Problems", "Giờ kết thúc phải sau giờ bắt đầu kiểm tra."),
    "inspection.visit_too_long": QT_TRANSLATE_NOOP(
        "Problems", "Một buổi kiểm tra không kéo dài quá {hours} giờ: kiểm tra lại giờ kết thúc."
    ),
    "inspection.copies_invalid": QT_TRANSLATE_NOOP("Problems", "Số bản biên bản phải từ 1 đến {max}."),
    "inspection.unknown_conclusion": QT_TRANSLATE_NOOP("Problems", "Kết luận không hợp lệ."),
    "inspection.count_contradicts_item": QT_TRANSLATE_NOOP(
        "Problems", "Đã ghi {count} người nhưng mục “{item}” lại ghi “Đạt”: số liệu và kết quả mâu thuẫn."
    ),
    "inspection.no_violation_but_recorded": QT_TRANSLATE_NOOP(
        "Problems", "Kết luận “không phát hiện vi phạm” nhưng biên bản đang ghi {count} vi phạm."
    ),
    "inspection.violation_but_none_recorded": QT_TRANSLATE_NOOP(
        "Problems", "Kết luận “có vi phạm” nhưng chưa ghi vi phạm nào."
    ),
    "inspection.not_printable": QT_TRANSLATE_NOOP(
        "Problems", "Biên bản còn mâu thuẫn, chưa in được: {problems}"
    ),
    "inspection.unknown_team": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy đội kiểm tra đã chọn."),
    "violation.offender_required": QT_TRANSLATE_NOOP(
        "Problems", "Chọn đối tượng vi phạm: chủ cơ sở (hộ kinh doanh hoặc doanh nghiệp) hay cá nhân có mặt."
    ),
    "violation.unknown_offender": QT_TRANSLATE_NOOP("Problems", "Đối tượng vi phạm không hợp lệ."),
    "violation.operator_named": QT_TRANSLATE_NOOP(
        "Problems", "Vi phạm của chủ cơ sở được ghi theo tên cơ sở: không ghi tên hay vai trò cá nhân."
    ),
    "violation.person_role_required": QT_TRANSLATE_NOOP(
        "Problems", "Ghi vai trò của cá nhân vi phạm (ví dụ: khách, người quản lý ca); không ghi tên người lao động."
    ),
    "violation.reference_not_for_offender": QT_TRANSLATE_NOOP(
        "Problems", "{reference} không áp dụng cho đối tượng vi phạm đã chọn."
    ),
    "violation.organisation_in_individual_range": QT_TRANSLATE_NOOP(
        "Problems", "Số tiền {amount} đồng là khung phạt của cá nhân; tổ chức bị phạt theo khung {min} – {max} đồng "
        "của {reference}."
    ),
    "violation.has_decision": QT_TRANSLATE_NOOP(
        "Problems", "Vi phạm {number} đã có quyết định xử phạt: không thể xóa hoặc đổi điều khoản, đối tượng của nó."
    ),
    "team.unknown_kind": QT_TRANSLATE_NOOP("Problems", "Loại đội kiểm tra không hợp lệ."),
    "team.unknown_role": QT_TRANSLATE_NOOP("Problems", "Vai trò trong đội không hợp lệ."),
    "team.period_reversed": QT_TRANSLATE_NOOP("Problems", "Ngày hết hiệu lực phải sau ngày bắt đầu."),
    "team.no_members": QT_TRANSLATE_NOOP("Problems", "Đội kiểm tra phải có ít nhất một thành viên."),
    "team.one_leader": QT_TRANSLATE_NOOP("Problems", "Đội phải có đúng một đội trưởng (đang có {count})."),
    "team.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy đội kiểm tra (có thể đã bị xóa)."),
    "team.in_use": QT_TRANSLATE_NOOP("Problems", "Đội kiểm tra đang được dùng trong {count} kế hoạch: không xóa được."),
    "plan.period_reversed": QT_TRANSLATE_NOOP("Problems", "Ngày kết thúc kế hoạch phải sau ngày bắt đầu."),
    "plan.unknown_team": QT_TRANSLATE_NOOP("Problems", "Chọn đội kiểm tra thực hiện kế hoạch."),
    "plan.team_without_members": QT_TRANSLATE_NOOP(
        "Problems", "Đội kiểm tra được chọn chưa có thành viên nào: hãy lập danh sách thành viên trước."
    ),
    "plan.no_entries": QT_TRANSLATE_NOOP("Problems", "Kế hoạch phải có ít nhất một cơ sở được kiểm tra."),
    "plan.unknown_establishment": QT_TRANSLATE_NOOP("Problems", "Cơ sở trong kế hoạch không có trong sổ quản lý."),
    "plan.duplicate_establishment": QT_TRANSLATE_NOOP("Problems", "Một cơ sở được đưa vào kế hoạch hai lần."),
    "plan.unknown_kind": QT_TRANSLATE_NOOP("Problems", "Trong kế hoạch chỉ có kiểm tra theo kế hoạch hoặc đột xuất."),
    "plan.entry_outside_period": QT_TRANSLATE_NOOP(
        "Problems", "Ngày kiểm tra dự kiến {day} nằm ngoài thời gian của kế hoạch."
    ),
    "plan.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy kế hoạch kiểm tra (có thể đã bị xóa)."),
    "decision.before_inspection": QT_TRANSLATE_NOOP(
        "Problems", "Ngày quyết định không thể trước ngày kiểm tra {day}."
    ),
    "decision.paid_on_without_paid": QT_TRANSLATE_NOOP("Problems", "Chỉ ghi ngày nộp phạt khi đã nộp."),
    "decision.paid_before_decision": QT_TRANSLATE_NOOP("Problems", "Ngày nộp phạt không thể trước ngày quyết định."),
    "decision.paid_without_fine": QT_TRANSLATE_NOOP("Problems", "Quyết định không có số tiền phạt thì không có gì để nộp."),
    "decision.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy quyết định xử phạt (có thể đã bị xóa)."),
    "violation.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy vi phạm (có thể đã bị xóa)."),
    "datafile.unreadable": QT_TRANSLATE_NOOP("Problems", "Không đọc được tệp dữ liệu {file}: {detail}."),
    "datafile.not_json": QT_TRANSLATE_NOOP("Problems", "Tệp dữ liệu {file} sai cú pháp JSON (dòng {line})."),
    "datafile.not_object": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: phải là một đối tượng JSON."
    ),
    "datafile.unknown_field": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: trường lạ “{field}”."
    ),
    "datafile.missing_field": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: thiếu trường “{field}”."
    ),
    "datafile.bad_value": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: giá trị của “{field}” không hợp lệ ({value})."
    ),
    "datafile.duplicate": QT_TRANSLATE_NOOP("Problems", "Tệp dữ liệu {file}, dòng {line}: mục {item} bị trùng."),
    "datafile.duplicate_text": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: nội dung trùng với mục {other} cho cùng loại hình."
    ),
    "datafile.ends_before_start": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: ngày hết hiệu lực {valid_to} trước ngày có hiệu lực "
        "{valid_from}."
    ),
    "datafile.org_range_below": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: mức phạt tổ chức ({org}) thấp hơn mức phạt cá nhân "
        "({person})."
    ),
    "datafile.unknown_sanction": QT_TRANSLATE_NOOP(
        "Problems", "Tệp dữ liệu {file}, dòng {line}, mục {item}: hành vi vi phạm “{reference}” không có trong bảng tra "
        "cứu xử phạt."
    ),
    "datafile.none_found": QT_TRANSLATE_NOOP("Problems", "Thư mục {folder} không có tệp dữ liệu nào ({pattern})."),
    # --- sync bundles, cards, receipts, the hub's rule checks and quarantine: messages_sync.py ---
    **SYNC_MESSAGES,
    # --- reports and indicators (issue 6) ---
    "export.password_required": QT_TRANSLATE_NOOP(
        "Problems", "Danh sách có thông tin người được hỗ trợ phải đặt mật khẩu (ít nhất {min} ký tự) để mã hóa tệp."),
    "indicators.unreadable": QT_TRANSLATE_NOOP("Problems", "Không đọc được tệp chỉ tiêu {file} (phải là tệp văn bản UTF-8)."),
    "indicators.syntax": QT_TRANSLATE_NOOP("Problems", "Tệp chỉ tiêu {file}, dòng {line}: sai cú pháp ({detail})."),
    "indicators.unknown_field": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có trường “{name}”."
    ),
    "indicators.missing_field": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: thiếu trường bắt buộc “{name}”."
    ),
    "indicators.bad_value": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: giá trị “{value}” của trường “{name}” không hợp lệ."
    ),
    "indicators.bad_period": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: kỳ “{value}” không hợp lệ."
    ),
    "indicators.duplicate": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}: mã “{name}” bị trùng."
    ),
    "indicators.unknown_code_list": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có danh mục mã “{name}”."
    ),
    "indicators.unknown_table": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có bảng dữ liệu “{table}”."
    ),
    "indicators.unknown_column": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: bảng “{table}” không có cột “{column}”."
    ),
    "indicators.not_a_reference": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không trỏ tới bảng khác."
    ),
    "indicators.local_only": QT_TRANSLATE_NOOP(
        "Problems",
        "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” chỉ lưu trên máy này, "
        "không được dùng trong báo cáo.",
    ),
    "indicators.not_a_number": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không phải số."
    ),
    "indicators.not_a_date": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không phải ngày."
    ),
    "indicators.unknown_section": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có phần báo cáo “{name}”."
    ),
    "indicators.unknown_dimension": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có cách phân tổ “{name}”."
    ),
    "indicators.dimension_not_on_table": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không phân tổ được “{name}” trên bảng “{table}”."
    ),
    "indicators.unknown_parameter": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có số liệu nền “{name}”."
    ),
    "indicators.unknown_target_set": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có cột mục tiêu “{name}”."
    ),
    "indicators.value_or_share": QT_TRANSLATE_NOOP(
        "Problems",
        "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cần hoặc “value”, hoặc cả “numerator” và “denominator”.",
    ),
    "indicators.division_by_zero": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mẫu số bằng 0 (không chia được)."
    ),
    "indicators.bad_target": QT_TRANSLATE_NOOP(
        "Problems", "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mục tiêu “{value}” phải viết dạng “>= 70” hoặc “<= 5”."
    ),
    "indicators.zero_target": QT_TRANSLATE_NOOP(
        "Problems",
        "Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mục tiêu “{value}” bằng 0 (luôn đạt, không so sánh được).",
    ),
    "indicators.overlap": QT_TRANSLATE_NOOP(
        "Problems", "Bộ chỉ tiêu trong tệp {file} có thời gian hiệu lực trùng với bộ chỉ tiêu đã nạp từ tệp {other} "
        "({start} – {end}). Hai bộ chỉ tiêu không được áp dụng cùng một thời gian; bộ đang dùng được giữ nguyên."
    ),
    "reports.no_set": QT_TRANSLATE_NOOP(
        "Problems", "Chưa có bộ chỉ tiêu áp dụng cho {period}. Đề nghị quản trị viên nạp bộ chỉ tiêu cho kỳ này."
    ),
    "reports.unknown_indicator": QT_TRANSLATE_NOOP(
        "Problems", "Không có chỉ tiêu “{name}” trong bộ chỉ tiêu áp dụng cho năm {period}."
    ),
    "reports.unknown_target_column": QT_TRANSLATE_NOOP("Problems", "Không có cột mục tiêu “{name}” trong bộ chỉ tiêu."),
    "reports.bad_target": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ tiêu “{value}” không hợp lệ: ghi dạng “>= 100” hoặc “<= 0” (tỷ lệ không quá 100, "
        "“ít nhất” phải lớn hơn 0)."
    ),
    # command line (desktop/cli*.py): sentences a person reads; key=value lines stay as they are for scripts
    "cli.dhis2_written": QT_TRANSLATE_NOOP(
        "Problems", "{path}: {values} giá trị DHIS2 của {communes} xã, phường, kỳ {period}; {withheld} số nhỏ (1–4 người) "
        "không gửi."),
    "cli.dhis2_mapping": QT_TRANSLATE_NOOP(
        "Problems", "Tệp ánh xạ hợp lệ: {elements} phần tử dữ liệu, {org_units} đơn vị, loại kỳ: {periods}."),
    "cli.fingerprint": QT_TRANSLATE_NOOP("Problems", "Dấu vân tay: {fingerprint}"),
    "cli.bundle_file": QT_TRANSLATE_NOOP("Problems", "{path}: {size} byte, {records} bản ghi, phần {part}/{parts}"),
    "cli.bundle_too_big": QT_TRANSLATE_NOOP(
        "Problems", "Cảnh báo: có tệp trên 20 MB, quá lớn với phần lớn hộp thư điện tử; dùng --split-mb 15."
    ),
    "cli.receipt": QT_TRANSLATE_NOOP("Problems", "{hub}: tuyến tỉnh đã nhận {acknowledged}/{listed} gói được liệt kê."),
    "cli.receipt_held": QT_TRANSLATE_NOOP(
        "Problems", "Tuyến tỉnh giữ lại {count} bản ghi vi phạm quy tắc: xem ở màn hình chính, sửa rồi gửi lại."),
    "cli.receipt_again": QT_TRANSLATE_NOOP("Problems", "{hub}: biên nhận này đã được nhập trước đây ({acknowledged}/{listed} gói)."),
    "cli.hub_missing": QT_TRANSLATE_NOOP("Problems", "Tuyến tỉnh chưa nhận được các gói số: {numbers}."),
    "cli.sync_status": QT_TRANSLATE_NOOP(
        "Problems", "{unit} {name}: gói gần nhất {last}, còn thiếu {missing}, xung đột {conflicts}"
    ),
    "cli.checklist_one_of": QT_TRANSLATE_NOOP("Problems", "Chọn đúng một trong hai: --type hoặc --establishment."),
    "cli.indicators_file": QT_TRANSLATE_NOOP("Problems", "Thiếu tệp: hoanhap indicators load TỆP"),
    "cli.bad_column": QT_TRANSLATE_NOOP("Problems", "cần dạng SỐ_CỘT=TÊN_TRƯỜNG, ví dụ 3=place: {value}"),
    "cli.import_file_missing": QT_TRANSLATE_NOOP(
        "Problems", "Thiếu tệp: cho tên tệp Excel cần nhập, hoặc --template TỆP để lấy tệp mẫu."),
    "cli.import_mapping": QT_TRANSLATE_NOOP("Problems", "Cột {column} “{header}” → {field}"),
    "cli.import_good": QT_TRANSLATE_NOOP("Problems", "Dòng {line}: sẽ được thêm."),
    "cli.import_duplicate": QT_TRANSLATE_NOOP(
        "Problems", "Dòng {line}: trùng với bản ghi đã có trong sổ hoặc một dòng trước trong tệp: bỏ qua."),
    "cli.import_problem": QT_TRANSLATE_NOOP("Problems", "Dòng {line}: {field}: {problem}"),
    "cli.import_totals": QT_TRANSLATE_NOOP(
        "Problems", "{total} dòng: {good} sẽ được thêm, {bad} có lỗi (không nhập), {dup} trùng (bỏ qua). "
        "Tệp {file} (SHA-256 {sha256}), trang “{sheet}”."),
    "cli.import_dry": QT_TRANSLATE_NOOP(
        "Problems", "Chưa ghi gì vào sổ. Chạy lại với --yes để nhập các dòng hợp lệ."),
    "cli.import_done": QT_TRANSLATE_NOOP("Problems", "Đã nhập {count} dòng vào sổ, trong một lần ghi."),
    "cli.template_written": QT_TRANSLATE_NOOP("Problems", "Đã ghi tệp mẫu: {path}"),
    "cli.not_a_date": QT_TRANSLATE_NOOP("Problems", "ngày phải viết dạng YYYY-MM-DD: {value}"),
    "cli.plan_entry_format": QT_TRANSLATE_NOOP("Problems", "cần dạng MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]: {value}"),
    "cli.coverage_t8": QT_TRANSLATE_NOOP(
        "Problems", "Năm {year} — T8 như báo cáo năm tính (bộ chỉ tiêu đang áp dụng); chỉ tiêu: {targets}"),
    "cli.coverage_t8_no_target": QT_TRANSLATE_NOOP("Problems", "chưa có chỉ tiêu T8 cho năm này"),
    "cli.coverage_t8_no_data": QT_TRANSLATE_NOOP("Problems", "Năm {year}: không đủ dữ liệu để tính T8."),
    "cli.coverage_programme": QT_TRANSLATE_NOOP("Problems", "Giai đoạn {period} — mỗi cơ sở được kiểm tra ít nhất một lần"),
    "cli.no_plan_running": QT_TRANSLATE_NOOP("Problems", "Không có kế hoạch kiểm tra nào đang thực hiện."),
    "cli.plan_heading": QT_TRANSLATE_NOOP("Problems", "Kế hoạch {number}: {title} ({start} – {end})"),
    "cli.plan_counts": QT_TRANSLATE_NOOP(
        "Problems", "Trong kế hoạch {planned}, đã kiểm tra {done}, quá hạn chưa kiểm tra {not_done}"),
    "cli.plan_t8": QT_TRANSLATE_NOOP(
        "Problems", "T8: {plan_percent} so với kế hoạch ({planned_inspected}/{planned}); {operating_percent} so với "
        "mọi cơ sở đang hoạt động ({operating_inspected}/{operating})"),
    "cli.t9_heading": QT_TRANSLATE_NOOP("Problems", "T9 — {period}"),
    "cli.t9_received": QT_TRANSLATE_NOOP("Problems", "Tiếp nhận: {count}"),
    "cli.t9_verified": QT_TRANSLATE_NOOP("Problems", "Đã xác minh: {count}"),
    "cli.t9_passed_on": QT_TRANSLATE_NOOP("Problems", "Đã chuyển xử lý: {count}"),
    "cli.t9_handled": QT_TRANSLATE_NOOP("Problems", "Đã xử lý xong: {count} ({share})"),
    "cli.t9_within": QT_TRANSLATE_NOOP("Problems", "Xử lý trong {days} ngày: {count}"),
    "cli.t9_median": QT_TRANSLATE_NOOP("Problems", "Số ngày xử lý (trung vị): {days}"),
    "cli.model_line": QT_TRANSLATE_NOOP(
        "Problems", "{id}  {name} ({kind}) — nòng cốt {core}/{members}, năm nay: {activities} hoạt động, "
        "{reached} người tiếp cận, {supported} người được hỗ trợ; {state}"),
    "cli.model_closed": QT_TRANSLATE_NOOP("Problems", "ngừng {date}"),
    "cli.t10_heading": QT_TRANSLATE_NOOP("Problems", "T10 — {period}"),
    "cli.t10_models": QT_TRANSLATE_NOOP("Problems", "Mô hình đang hoạt động: {count}"),
    "cli.t10_core": QT_TRANSLATE_NOOP("Problems", "Thành viên nòng cốt: {core} / {members}"),
    "cli.t10_activities": QT_TRANSLATE_NOOP("Problems", "Buổi hoạt động: {count} ({participants} lượt người)"),
    "cli.t10_reached": QT_TRANSLATE_NOOP("Problems", "Người được tiếp cận: {count}"),
    "cli.t10_supported": QT_TRANSLATE_NOOP("Problems", "Người được hỗ trợ: {count}"),
    "cli.next_document_number": QT_TRANSLATE_NOOP("Problems", "Số tiếp theo năm {year}: {number}"),
    "cli.report_heading": QT_TRANSLATE_NOOP("Problems", "{title} — {period} — {units} xã, phường"),
    "cli.definitions_loaded": QT_TRANSLATE_NOOP("Problems", "{source}: {name} ({programme}), {count} chỉ tiêu"),
    "cli.definition_set": QT_TRANSLATE_NOOP(
        "Problems", "{valid}  {source}: {name} ({programme}), {count} chỉ tiêu ({origin}{replaced})"),
    "cli.deleted": QT_TRANSLATE_NOOP("Problems", "Đã xóa bản ghi {id}."),
    "cli.written": QT_TRANSLATE_NOOP("Problems", "Đã ghi tệp {path}."),
    "cli.imported": QT_TRANSLATE_NOOP("Problems", "Đã nhập {added} dòng, bỏ qua {skipped} dòng."),
    "cli.unknown_fields": QT_TRANSLATE_NOOP("Problems", "Tệp JSON có trường không có trong biểu mẫu: {fields}"),
    "cli.bad_json": QT_TRANSLATE_NOOP("Problems", "Không đọc được tệp JSON {path}: {reason}"),
    "cli.reinspection_days": QT_TRANSLATE_NOOP("Problems", "Kiểm tra lại sau {days} ngày."),
    "cli.init_done": QT_TRANSLATE_NOOP("Problems", "{unit}: đã tạo sổ đăng ký."),
    "cli.password_changed": QT_TRANSLATE_NOOP("Problems", "Đã đổi mật khẩu của tài khoản {user}."),
    "cli.recovered": QT_TRANSLATE_NOOP(
        "Problems", "Đã mở sổ đăng ký bằng mã khôi phục và đặt mật khẩu mới cho tài khoản {user}."),
    "cli.restored": QT_TRANSLATE_NOOP("Problems", "Đã khôi phục; bản trước đó được giữ tại {path}."),
    "cli.audit_ok": QT_TRANSLATE_NOOP("Problems", "Chuỗi băm của nhật ký nguyên vẹn: {entries} dòng."),
    "cli.enrolled": QT_TRANSLATE_NOOP("Problems", "Đã tin cậy thẻ: {role} {unit} {name} (khóa {key})."),
    "cli.bundle_refused": QT_TRANSLATE_NOOP("Problems", "Từ chối {file}: {reason} ({error})"),
    "cli.record_held": QT_TRANSLATE_NOOP("Problems", "  Giữ lại {table} {id} v{version}: {rules}"),
    "cli.receipt_written": QT_TRANSLATE_NOOP("Problems", "Biên nhận: {path}"),
    "cli.period_closed": QT_TRANSLATE_NOOP("Problems", "Đã khóa sổ kỳ {period}."),
    "cli.conflict_resolved": QT_TRANSLATE_NOOP("Problems", "Đã xử lý xung đột {table} {id}: {resolution}"),
    "cli.conflict_line": QT_TRANSLATE_NOOP("Problems", "{id} {unit} {table} {record}: ở đây v{local} / gửi đến v{incoming}"),
    "cli.rolled_back": QT_TRANSLATE_NOOP("Problems", "Đã quay lại phiên bản {version}."),
    "cli.updated": QT_TRANSLATE_NOOP("Problems", "Đã cập nhật {previous} -> {version} (bản sao lưu: {backup})."),
    "cli.retention_months": QT_TRANSLATE_NOOP("Problems", "Hồ sơ được giữ {months} tháng sau lần tiếp xúc cuối."),
    "cli.client_duplicates": QT_TRANSLATE_NOOP(
        "Problems", "Đã có người cùng mã và năm sinh ({ids}); chưa thêm. Nếu đúng là người khác, chạy lại với --anyway."),
    "reports.no_units": QT_TRANSLATE_NOOP("Problems", "Chưa chọn xã, phường nào để lập báo cáo."),
    "reports.unknown_unit": QT_TRANSLATE_NOOP("Problems", "Xã, phường mã {code} không thuộc phạm vi của đơn vị này."),
    "reports.unknown_list": QT_TRANSLATE_NOOP("Problems", "Không có danh sách “{name}” (có: {known})."),
    "reports.list_unavailable": QT_TRANSLATE_NOOP("Problems", "Danh sách “{name}” chưa có trong phiên bản này."),
    "reports.unknown_parameter": QT_TRANSLATE_NOOP("Problems", "Không có số liệu nền “{name}” trong bộ chỉ tiêu đang dùng."),
    "reports.parameter_invalid": QT_TRANSLATE_NOOP("Problems", "Số liệu nền phải là số không âm (đã nhập: {value})."),
    # --- DHIS2 export (issue 12, point 4): the mapping file, row by row ---
    "dhis2.mapping_missing": QT_TRANSLATE_NOOP(
        "Problems", "Chưa có tệp ánh xạ DHIS2 ({path}). Chép tệp mẫu resources/dhis2/dhis2-mapping.example.toml, "
        "điền mã DHIS2 rồi nạp bằng lệnh dhis2-mapping."),
    "dhis2.mapping_unreadable": QT_TRANSLATE_NOOP("Problems", "Không đọc được tệp ánh xạ DHIS2 {path}: {detail}"),
    "dhis2.mapping_format": QT_TRANSLATE_NOOP("Problems", "Tệp ánh xạ DHIS2 phải ghi format = 1 (đang là “{value}”)."),
    "dhis2.mapping_not_a_table": QT_TRANSLATE_NOOP("Problems", "Mục [{name}] của tệp ánh xạ phải là một bảng."),
    "dhis2.bad_uid": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” không phải mã UID của DHIS2: cần đúng 11 chữ cái hoặc chữ số, bắt đầu bằng chữ cái."),
    "dhis2.bad_code": QT_TRANSLATE_NOOP(
        "Problems", "Mã “{value}” không hợp lệ: từ 1 đến 50 ký tự chữ, số, gạch dưới, gạch ngang hoặc dấu chấm."),
    "dhis2.bad_id_scheme": QT_TRANSLATE_NOOP("Problems", "id_scheme phải là UID hoặc CODE (đang là “{value}”)."),
    "dhis2.unknown_period_kind": QT_TRANSLATE_NOOP(
        "Problems", "Không có loại kỳ “{kind}”: dùng month, quarter, half hoặc year."),
    "dhis2.period_type_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Kỳ loại {kind} ứng với loại kỳ DHIS2 “{expected}”, không phải “{value}”."),
    "dhis2.period_not_mapped": QT_TRANSLATE_NOOP(
        "Problems", "Tệp ánh xạ chưa cho phép gửi kỳ loại {kind} ({period}): thêm dòng vào mục [periods]."),
    "dhis2.unknown_disaggregation": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ tiêu {indicator} dùng phân tổ “{dimension}” nhưng mục [disaggregations] không có phân tổ đó."),
    "dhis2.no_options": QT_TRANSLATE_NOOP("Problems", "Phân tổ {dimension} chưa có nhóm nào trong mục options."),
    "dhis2.nothing_mapped": QT_TRANSLATE_NOOP("Problems", "Tệp ánh xạ chưa gán chỉ tiêu nào cho phần tử dữ liệu DHIS2."),
    "dhis2.duplicate_adx_attribute": QT_TRANSLATE_NOOP(
        "Problems", "Hai phân tổ cùng dùng thuộc tính ADX “{value}”: mỗi phân tổ cần một tên riêng."),
    "dhis2.commune_not_mapped": QT_TRANSLATE_NOOP(
        "Problems", "{name} (mã {code}) có số liệu kỳ này nhưng chưa có mã đơn vị DHIS2 trong mục [org_units]."),
    "dhis2.unknown_indicator": QT_TRANSLATE_NOOP(
        "Problems", "Không có chỉ tiêu {indicator} trong bộ chỉ tiêu của kỳ {period}."),
    "dhis2.unknown_dimension": QT_TRANSLATE_NOOP("Problems", "Chỉ tiêu {indicator} không có phân tổ theo “{dimension}”."),
    "dhis2.option_not_mapped": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ tiêu {indicator}: nhóm “{option}” của phân tổ {dimension} chưa có mã trong tệp ánh xạ."),
    "dhis2.adx_needs_data_set": QT_TRANSLATE_NOOP(
        "Problems", "Tệp ADX cần mã bộ dữ liệu (data_set) của DHIS2 trong tệp ánh xạ."),
    "dhis2.unknown_format": QT_TRANSLATE_NOOP("Problems", "Định dạng “{value}” không có: chọn json hoặc adx."),
    "dhis2.hub_only": QT_TRANSLATE_NOOP("Problems", "Chỉ tuyến tỉnh xuất số liệu sang DHIS2."),
    # --- tip-offs and community support models (issue 10, T9 and T10) ---
    "tip_off.unknown_channel": QT_TRANSLATE_NOOP("Problems", "Nguồn tiếp nhận tin báo không hợp lệ."),
    "tip_off.unknown_subject": QT_TRANSLATE_NOOP("Problems", "Đối tượng của tin báo không hợp lệ."),
    "tip_off.unknown_code": QT_TRANSLATE_NOOP("Problems", "Giá trị đã chọn không hợp lệ."),
    "tip_off.description_has_number": QT_TRANSLATE_NOOP(
        "Problems", "Nội dung có dãy số giống số điện thoại hoặc số giấy tờ: không ghi thông tin nhận diện người."),
    "tip_off.establishment_for_other_subject": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ gắn cơ sở kinh doanh khi tin báo phản ánh về một cơ sở kinh doanh."),
    "tip_off.establishment_not_found": QT_TRANSLATE_NOOP(
        "Problems", "Không tìm thấy cơ sở kinh doanh đã chọn (có thể đã bị xóa)."),
    "tip_off.verified_before_received": QT_TRANSLATE_NOOP(
        "Problems", "Ngày xác minh không được trước ngày tiếp nhận ({received})."),
    "tip_off.passed_on_before_received": QT_TRANSLATE_NOOP(
        "Problems", "Ngày chuyển xử lý không được trước ngày tiếp nhận ({received})."),
    "tip_off.handled_before_received": QT_TRANSLATE_NOOP(
        "Problems", "Ngày xử lý xong không được trước ngày tiếp nhận ({received})."),
    "tip_off.handled_before_verified": QT_TRANSLATE_NOOP(
        "Problems", "Ngày xử lý xong không được trước ngày xác minh ({verified})."),
    "tip_off.handled_before_passed_on": QT_TRANSLATE_NOOP(
        "Problems", "Ngày xử lý xong không được trước ngày chuyển xử lý ({passed_on})."),
    "tip_off.verified_without_result": QT_TRANSLATE_NOOP("Problems", "Đã có ngày xác minh thì phải chọn kết quả xác minh."),
    "tip_off.result_without_date": QT_TRANSLATE_NOOP("Problems", "Đã chọn kết quả xác minh thì phải có ngày xác minh."),
    "tip_off.passed_on_without_recipient": QT_TRANSLATE_NOOP(
        "Problems", "Đã có ngày chuyển thì phải chọn nơi nhận chuyển xử lý."),
    "tip_off.recipient_without_date": QT_TRANSLATE_NOOP("Problems", "Đã chọn nơi nhận thì phải có ngày chuyển xử lý."),
    "tip_off.handled_without_outcome": QT_TRANSLATE_NOOP("Problems", "Đã có ngày xử lý xong thì phải chọn kết quả xử lý."),
    "tip_off.outcome_without_date": QT_TRANSLATE_NOOP("Problems", "Đã chọn kết quả xử lý thì phải có ngày xử lý xong."),
    "tip_off.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy tin báo (có thể đã bị xóa)."),
    "tip_off.stale": QT_TRANSLATE_NOOP(
        "Problems", "Tin báo này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."),
    "support_model.unknown_kind": QT_TRANSLATE_NOOP("Problems", "Loại mô hình không hợp lệ."),
    "support_model.unknown_activity": QT_TRANSLATE_NOOP("Problems", "Loại hoạt động không hợp lệ."),
    "support_model.unknown_category": QT_TRANSLATE_NOOP("Problems", "Loại dịch vụ hỗ trợ không hợp lệ."),
    "support_model.core_exceeds_members": QT_TRANSLATE_NOOP(
        "Problems", "Số thành viên nòng cốt ({core}) không được lớn hơn tổng số thành viên ({members})."),
    "support_model.new_exceeds_participants": QT_TRANSLATE_NOOP(
        "Problems", "Số người mới được tiếp cận ({new}) không được lớn hơn số người tham gia ({participants})."),
    "support_model.no_people": QT_TRANSLATE_NOOP("Problems", "Số người được hỗ trợ phải từ 1 trở lên."),
    "support_model.closed_before_established": QT_TRANSLATE_NOOP(
        "Problems", "Ngày ngừng hoạt động không được trước ngày thành lập ({established})."),
    "support_model.before_established": QT_TRANSLATE_NOOP(
        "Problems", "Ngày này ở trước ngày thành lập mô hình ({established})."),
    "support_model.after_closed": QT_TRANSLATE_NOOP(
        "Problems", "Ngày này ở sau ngày mô hình ngừng hoạt động ({closed})."),
    "support_model.established_after_records": QT_TRANSLATE_NOOP(
        "Problems", "Mô hình đã có hoạt động hoặc số người được hỗ trợ ghi ngày {day}: ngày thành lập không được sau ngày đó."),
    "support_model.closed_before_records": QT_TRANSLATE_NOOP(
        "Problems", "Mô hình đã có hoạt động hoặc số người được hỗ trợ ghi ngày {day}: ngày ngừng hoạt động không được trước ngày đó."),
    "support_model.has_records": QT_TRANSLATE_NOOP(
        "Problems", "Mô hình đã có {count} bản ghi hoạt động, hỗ trợ nên không xóa được; hãy ghi ngày ngừng hoạt động."),
    "support_model.not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy mô hình hoặc bản ghi (có thể đã bị xóa)."),
    "support_model.stale": QT_TRANSLATE_NOOP(
        "Problems", "Bản ghi này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."),
    "support_model.guidance_core": QT_TRANSLATE_NOOP(
        "Problems", "Gợi ý: định mức QĐ 1875/QĐ-LĐTBXH tính câu lạc bộ có tối đa {max} thành viên nòng cốt (vẫn lưu được)."),
    "support_model.guidance_reach": QT_TRANSLATE_NOOP(
        "Problems", "Gợi ý: năm nay mô hình mới tiếp cận {reached} người; định mức QĐ 1875/QĐ-LĐTBXH là ít nhất {min} người."),
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

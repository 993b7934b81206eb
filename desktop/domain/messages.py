"""The catalogue of problem and error messages, keyed by stable code (Vietnamese source text)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate
from desktop.domain.messages_clients import CLIENT_MESSAGES
from desktop.domain.messages_data_folder import DATA_FOLDER_MESSAGES
from desktop.domain.messages_documents import DOCUMENT_MESSAGES
from desktop.domain.messages_inspections import INSPECTION_MESSAGES
from desktop.domain.messages_outreach import OUTREACH_MESSAGES
from desktop.domain.messages_registers import REGISTER_MESSAGES
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
    # --- outreach sessions: messages_outreach.py ---
    **OUTREACH_MESSAGES,
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
    # --- the data folder and the database file; drills, offline updates, backups: messages_data_folder.py ---
    **DATA_FOLDER_MESSAGES,
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
    # --- clients, consents, contacts, referrals: messages_clients.py ---
    **CLIENT_MESSAGES,
    # --- establishments and inspections: messages_inspections.py ---
    **INSPECTION_MESSAGES,
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
    # --- tip-offs and community support models: messages_registers.py ---
    **REGISTER_MESSAGES,
    # --- letterhead, document register, narrative: messages_documents.py ---
    **DOCUMENT_MESSAGES,
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

"""Messages of the sync area (bundles, cards, receipts, the hub's rule checks and quarantine), by stable code.

Kept beside `messages.py`, which merges them into the one catalogue `MESSAGES`.
"""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

SYNC_MESSAGES: dict[str, str] = {
    # --- sync bundles (issue 5) ---
    "sync.file_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "Không đọc được tệp {path}. Hãy kiểm tra USB hoặc quyền truy cập tệp."
    ),
    "sync.empty_file": QT_TRANSLATE_NOOP(
        "Problems", "Tệp gói dữ liệu trống (0 byte), có thể chép chưa xong. Hãy chép lại tệp."
    ),
    "sync.not_a_zip": QT_TRANSLATE_NOOP("Problems", "Tệp này không phải gói dữ liệu đồng bộ (không phải tệp ZIP)."),
    "sync.truncated": QT_TRANSLATE_NOOP(
        "Problems", "Gói dữ liệu bị hỏng hoặc thiếu một phần (có thể chép chưa xong). Hãy xin đơn vị gửi gửi lại."
    ),
    "sync.unsafe_name": QT_TRANSLATE_NOOP(
        "Problems", "Gói dữ liệu chứa tệp lạ “{name}”. Chương trình không mở gói này để đảm bảo an toàn."
    ),
    "sync.member_missing": QT_TRANSLATE_NOOP(
        "Problems", "Gói dữ liệu thiếu phần “{name}”. Hãy xin đơn vị gửi xuất lại gói."
    ),
    "sync.too_large": QT_TRANSLATE_NOOP(
        "Problems", "Gói dữ liệu lớn bất thường (phần “{name}” vượt giới hạn). Chương trình không mở để tránh treo máy."
    ),
    "sync.envelope_malformed": QT_TRANSLATE_NOOP(
        "Problems", "Phần thông tin người gửi (envelope.json) trong gói dữ liệu bị hỏng hoặc thiếu thông tin."
    ),
    "sync.signature_malformed": QT_TRANSLATE_NOOP("Problems", "Chữ ký số của gói dữ liệu bị hỏng hoặc sai định dạng."),
    "sync.signature_key_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Gói dữ liệu được ký bằng khóa {found}, không phải khóa {expected} đã đăng ký của đơn vị gửi."
    ),
    "sync.signature_bad": QT_TRANSLATE_NOOP(
        "Problems", "Chữ ký số không khớp: nội dung gói dữ liệu đã bị thay đổi sau khi ký. Không nhập gói này."
    ),
    "sync.signature_comment_bad": QT_TRANSLATE_NOOP(
        "Problems", "Chữ ký số không khớp: thông tin gói (mã gói, đơn vị gửi, số thứ tự) đã bị sửa. Không nhập gói này."
    ),
    "sync.comment_too_long": QT_TRANSLATE_NOOP("Problems", "Ghi chú kèm chữ ký quá dài (tối đa {max} byte)."),
    "sync.comment_bad_char": QT_TRANSLATE_NOOP(
        "Problems", "Ghi chú kèm chữ ký không được xuống dòng hoặc chứa ký tự điều khiển."
    ),
    "sync.public_key_malformed": QT_TRANSLATE_NOOP(
        "Problems", "Khóa kiểm tra chữ ký (khóa công khai minisign) không đúng định dạng."
    ),
    "sync.decrypt_failed": QT_TRANSLATE_NOOP(
        "Problems", "Không giải mã được gói dữ liệu: gói không gửi cho đơn vị này, hoặc tệp đã bị hỏng."
    ),
    "sync.bad_recipient": QT_TRANSLATE_NOOP(
        "Problems", "Khóa mã hóa của nơi nhận “{recipient}” không hợp lệ (phải là chuỗi bắt đầu bằng age1)."
    ),
    "sync.bad_identity": QT_TRANSLATE_NOOP(
        "Problems", "Khóa giải mã không hợp lệ (phải là chuỗi bắt đầu bằng AGE-SECRET-KEY-1)."
    ),
    "sync.no_recipients": QT_TRANSLATE_NOOP(
        "Problems", "Chưa có nơi nhận để mã hóa gói dữ liệu. Hãy cài thẻ đơn vị của tuyến trên trước."
    ),
    # sync: bundles refused at import (issue 5)
    "sync.format_unsupported": QT_TRANSLATE_NOOP(
        "Problems", "Gói dữ liệu có định dạng {version}; phần mềm ở đây chỉ đọc đến định dạng {supported}. "
        "Hãy cập nhật phần mềm ở đây lên bản đọc được định dạng {version} rồi nhập lại. Chưa có gì thay đổi; "
        "nơi gửi giữ nguyên gói trong hộp thư đi, không mất dữ liệu."
    ),
    "sync.key_unknown": QT_TRANSLATE_NOOP(
        "Problems", "Gói được ký bằng khóa {key_id} chưa đăng ký ở đây. Hãy đăng ký thẻ đơn vị của nơi gửi "
        "(xác nhận mã vân tay qua điện thoại) rồi nhập lại."
    ),
    "sync.key_revoked": QT_TRANSLATE_NOOP(
        "Problems", "Khóa {key_id} của {unit} đã bị thu hồi ngày {date}. Không nhận tệp ký bằng khóa này."
    ),
    "sync.key_wrong_role": QT_TRANSLATE_NOOP(
        "Problems", "Khóa {key_id} không thuộc loại đơn vị được phép gửi tệp này đến đây."
    ),
    "sync.sender_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Tệp ghi là của đơn vị {claimed} nhưng được ký bằng khóa của {actual}. Không nhận tệp này."
    ),
    "sync.envelope_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Thông tin ngoài gói (mã gói, đơn vị gửi, số thứ tự) không khớp với chữ ký: gói đã bị sửa. Không nhập."
    ),
    "sync.bundle_id_reused": QT_TRANSLATE_NOOP(
        "Problems", "Mã gói {bundle_id} đã được nhập trước đây với nội dung khác. Không nhập; hãy liên hệ đơn vị gửi."
    ),
    "sync.replay": QT_TRANSLATE_NOOP(
        "Problems", "Nội dung gói này đã được nhập trước đây dưới mã gói {previous}. Đây là bản gửi lại dưới mã khác; "
        "không nhập."
    ),
    "sync.sequence_reused": QT_TRANSLATE_NOOP(
        "Problems", "Đã nhận một gói khác của {unit} mang cùng số thứ tự {sequence}. Không nhập; hãy liên hệ đơn vị gửi."
    ),
    "sync.manifest_malformed": QT_TRANSLATE_NOOP(
        "Problems", "Bảng kê (manifest.json) trong gói dữ liệu bị hỏng hoặc thiếu thông tin. Không nhập gói này."
    ),
    "sync.manifest_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Bảng kê trong gói không khớp với thông tin ngoài gói (mục {field}). Không nhập gói này."
    ),
    "sync.manifest_files_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {name} có trong gói mà không có trong bảng kê, hoặc ngược lại. Không nhập gói này."
    ),
    "sync.manifest_hash_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Tệp {name} trong gói không khớp mã kiểm tra ghi trong bảng kê. Không nhập gói này."
    ),
    "sync.manifest_count_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Bảng {table} có {found} bản ghi nhưng bảng kê ghi {declared}. Không nhập gói này."
    ),
    "sync.chain_broken": QT_TRANSLATE_NOOP(
        "Problems", "Gói số {sequence} của {unit} không nối tiếp các gói đã nhận (chuỗi mã kiểm tra bị đứt). "
        "Không nhập; hãy liên hệ đơn vị gửi."
    ),
    "sync.unknown_table": QT_TRANSLATE_NOOP(
        "Problems", "Gói có bảng dữ liệu lạ “{table}” mà phần mềm không có. Không nhập gói này."
    ),
    "sync.record_malformed": QT_TRANSLATE_NOOP("Problems", "Bảng {table}, dòng {line}: bản ghi không đọc được."),
    "sync.record_unknown_column": QT_TRANSLATE_NOOP("Problems", "Bảng {table}, dòng {line}: có trường lạ “{column}”."),
    "sync.record_missing_column": QT_TRANSLATE_NOOP("Problems", "Bảng {table}, dòng {line}: thiếu trường “{column}”."),
    "sync.record_bad_value": QT_TRANSLATE_NOOP(
        "Problems", "Bảng {table}, dòng {line}: giá trị của trường “{column}” không hợp lệ."
    ),
    "sync.record_foreign_origin": QT_TRANSLATE_NOOP(
        "Problems", "Bảng {table}, dòng {line}: bản ghi của đơn vị {origin}, không phải của đơn vị gửi {sender}. "
        "Không nhập gói này."
    ),
    "sync.foreign_record": QT_TRANSLATE_NOOP(
        "Problems", "Bảng {table}: bản ghi {record} đã có ở đây và thuộc đơn vị khác ({owner}). Không nhập gói này."
    ),
    "sync.duplicate_record": QT_TRANSLATE_NOOP(
        "Problems", "Bảng {table}: bản ghi {record} xuất hiện hai lần trong cùng một gói. Không nhập gói này."
    ),
    "sync.erasure_bad_target": QT_TRANSLATE_NOOP(
        "Problems", "Dấu xóa dữ liệu ở dòng {line} trỏ tới bảng lạ “{table}”. Không nhập gói này."
    ),
    "sync.apply_failed": QT_TRANSLATE_NOOP(
        "Problems", "Sổ đăng ký không ghi được dữ liệu của gói ({detail}). Chưa có gì bị thay đổi; hãy báo cho người quản trị."
    ),
    # sync: office cards, sending, receipts, conflicts, closing periods (issue 5)
    "sync.hub_only": QT_TRANSLATE_NOOP("Problems", "Chỉ cơ quan tổng hợp (tuyến trên) mới nhập gói dữ liệu của xã."),
    "sync.commune_only": QT_TRANSLATE_NOOP(
        "Problems", "Việc này chỉ làm ở xã/phường (gửi gói dữ liệu, chốt kỳ báo cáo, nhập giấy báo nhận)."
    ),
    "sync.nothing_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy tệp gói dữ liệu (.hnb) nào trong {path}."),
    "sync.card_malformed": QT_TRANSLATE_NOOP(
        "Problems", "Tệp thẻ đơn vị không đúng định dạng hoặc đã bị sửa sau khi xuất. Hãy xin đơn vị kia xuất lại thẻ."
    ),
    "sync.card_newer": QT_TRANSLATE_NOOP(
        "Problems", "Thẻ đơn vị này có định dạng {version}, do phiên bản phần mềm mới hơn tạo ra; phần mềm ở đây chỉ "
        "đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi đăng ký lại. Chưa có gì thay đổi."
    ),
    "sync.card_needs_commune": QT_TRANSLATE_NOOP("Problems", "Cơ quan tổng hợp chỉ đăng ký thẻ của xã/phường."),
    "sync.card_needs_hub": QT_TRANSLATE_NOOP("Problems", "Xã/phường chỉ cài thẻ của cơ quan tổng hợp (tuyến trên)."),
    "sync.card_wrong_province": QT_TRANSLATE_NOOP(
        "Problems", "Thẻ của {unit} thuộc tỉnh khác, không thuộc tỉnh {own} của đơn vị này."
    ),
    "sync.card_already_enrolled": QT_TRANSLATE_NOOP(
        "Problems", "Thẻ có khóa {key_id} ({unit}) đã được đăng ký từ ngày {date}."
    ),
    "sync.card_own": QT_TRANSLATE_NOOP("Problems", "Đây là thẻ của chính đơn vị này, không cần đăng ký."),
    "sync.card_not_found": QT_TRANSLATE_NOOP("Problems", "Không tìm thấy thẻ đơn vị này."),
    "sync.fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "Mã vân tay không khớp với thẻ. Hãy gọi điện cho đơn vị kia và đọc lại từng nhóm 5 số. "
        "Chưa đăng ký thẻ."
    ),
    "sync.fingerprint_required": QT_TRANSLATE_NOOP(
        "Problems", "Hãy nhập mã vân tay đã xác nhận qua điện thoại với đơn vị kia trước khi đăng ký thẻ."
    ),
    "sync.receipt_malformed": QT_TRANSLATE_NOOP(
        "Problems", "Tệp giấy báo nhận không đúng định dạng hoặc đã bị sửa. Hãy xin tuyến trên gửi lại."
    ),
    "sync.receipt_newer": QT_TRANSLATE_NOOP(
        "Problems", "Giấy báo nhận có định dạng {version}, do phiên bản phần mềm mới hơn tạo ra; phần mềm ở đây chỉ "
        "đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi nhập lại. Chưa có gì thay đổi."
    ),
    "sync.receipt_wrong_unit": QT_TRANSLATE_NOOP(
        "Problems", "Giấy báo nhận này dành cho đơn vị {unit}, không phải đơn vị này."
    ),
    "sync.conflict_not_found": QT_TRANSLATE_NOOP(
        "Problems", "Không tìm thấy xung đột này (có thể đã được giải quyết)."
    ),
    "sync.conflict_bad_choice": QT_TRANSLATE_NOOP(
        "Problems", "Hãy chọn giữ bản đang có ở đây hoặc nhận bản mới gửi đến."
    ),
    "sync.period_not_ended": QT_TRANSLATE_NOOP("Problems", "{period} chưa kết thúc nên chưa chốt được."),
    "sync.period_already_closed": QT_TRANSLATE_NOOP("Problems", "{period} đã được chốt ngày {date}."),
    # --- the hub's rule checks and quarantine (issue 14) ---
    "sync.rule_before_programme": QT_TRANSLATE_NOOP(
        "Problems", "Ngày trước khi chương trình bắt đầu ({start}): có thể nhập nhầm năm."
    ),
    "sync.rule_period_unknown": QT_TRANSLATE_NOOP(
        "Problems", "Kỳ báo cáo được chốt không hợp lệ (mã kỳ và ngày đầu, ngày cuối không khớp)."
    ),
    "sync.rule_part_exceeds_whole": QT_TRANSLATE_NOOP(
        "Problems", "Số bộ phận ({part}) lớn hơn tổng số ({whole})."
    ),
    "sync.rule_fine_outside_range": QT_TRANSLATE_NOOP(
        "Problems", "Mức phạt đề xuất {amount} đồng nằm ngoài khung {min}–{max} đồng."
    ),
    "sync.rule_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "Bản ghi có giá trị mà biểu mẫu không thể tạo ra nên không kiểm tra được."
    ),
    "sync.quarantine_reason_required": QT_TRANSLATE_NOOP(
        "Problems", "Hãy ghi lý do cho phép đưa bản ghi bị giữ lại vào số liệu."
    ),
    "sync.quarantine_not_found": QT_TRANSLATE_NOOP(
        "Problems", "Không tìm thấy bản ghi bị giữ lại này (có thể đã được cho phép hoặc đã có bản sửa thay thế)."
    ),
    "sync.quarantine_viewer": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ cán bộ hoặc quản trị viên mới được cho phép đưa bản ghi bị giữ lại vào số liệu; "
        "tài khoản xem không làm được việc này."
    ),
    "sync.receipt_held_unknown": QT_TRANSLATE_NOOP(
        "Problems", "Giấy báo nhận nêu bản ghi {table} {record} bị giữ lại nhưng máy này không có bản ghi đó; "
        "các phần khác của giấy báo nhận vẫn được ghi nhận."
    ),
    # refusal receipts: a bundle the hub cannot read yet (issue 11)
    "sync.receipt_refused": QT_TRANSLATE_NOOP(
        "Problems", "Tuyến tỉnh chưa đọc được gói số {sequence} (định dạng {format}; tuyến tỉnh đọc đến định dạng "
        "{reads}): hãy chờ tuyến tỉnh cập nhật phần mềm. Không mất dữ liệu: gói vẫn nằm trong hộp thư đi và sẽ "
        "được gửi lại."
    ),
    # national forwarding: aggregate bundles from a province hub to the national hub (issue 12)
    "national.province_only": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ cơ quan tổng hợp tuyến tỉnh mới gửi báo cáo tổng hợp lên tuyến quốc gia."
    ),
    "national.national_only": QT_TRANSLATE_NOOP(
        "Problems", "Chỉ cơ quan tổng hợp toàn quốc mới nhận và tổng hợp báo cáo của các tỉnh, thành phố."
    ),
    "national.no_recipient": QT_TRANSLATE_NOOP(
        "Problems", "Chưa đăng ký thẻ đơn vị của cơ quan tổng hợp toàn quốc: hãy nhận thẻ, xác nhận mã vân tay "
        "qua điện thoại và đăng ký trước khi gửi."
    ),
    "national.not_aggregate": QT_TRANSLATE_NOOP(
        "Problems", "Tệp này không phải báo cáo tổng hợp của một tỉnh (có thể là gói dữ liệu của xã, phường): "
        "tuyến quốc gia chỉ nhận báo cáo tổng hợp."
    ),
    "national.format_newer": QT_TRANSLATE_NOOP(
        "Problems", "Báo cáo tổng hợp có định dạng {version}; phần mềm ở đây chỉ đọc đến định dạng {supported}. "
        "Hãy cập nhật phần mềm rồi nhập lại. Chưa có gì thay đổi."
    ),
    "national.malformed": QT_TRANSLATE_NOOP(
        "Problems", "Báo cáo tổng hợp có tệp {file} không đúng định dạng. Không nhập gì; hãy xin tỉnh gửi lại."
    ),
    "national.unsuppressed": QT_TRANSLATE_NOOP(
        "Problems", "Báo cáo tổng hợp có số liệu nhỏ chưa được ẩn (chỉ tiêu {indicator}, đơn vị {unit}): không nhận, "
        "vì có thể làm lộ người được hỗ trợ. Hãy báo tỉnh kiểm tra phần mềm và gửi lại."
    ),
}

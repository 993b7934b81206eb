"""The registers area's sentences (tip-offs, community support models), merged into messages.MESSAGES."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

REGISTER_MESSAGES: dict[str, str] = {
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
}

"""Sentences of establishments and inspections (records, formalities, offenders, plans), merged into MESSAGES."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

INSPECTION_MESSAGES: dict[str, str] = {
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
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu Hòa Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;Hòa Nhập&lt;/b&gt;&lt;br&gt;Phiên bản {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đăng ký điện tử cho công tác xã hội ở xã, phường, đặc khu; dữ liệu được mã hóa trên máy.
Giấy phép: GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later).
Thư mục dữ liệu: {folder}
Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần mã nguồn mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu mới cho tài khoản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa / mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi vai trò…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Hoạt động của “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hoạt động:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người tham gia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó người mới trong năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người tham gia mà mô hình chưa tiếp cận lần nào từ đầu năm (ước tính của cán bộ). Cộng các buổi lại ra số người được tiếp cận, không tính trùng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Thêm tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu ban đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Chọn ổ USB hoặc ổ đĩa rời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu ra {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu ra ổ đĩa rời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu (register-*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay sổ đăng ký đang dùng bằng bản sao lưu {file}? Ứng dụng sẽ đóng lại sau đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục. Sổ đăng ký trước đó được giữ ở {file}. Hãy mở lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang khôi phục bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn gói cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói cập nhật Hòa Nhập (*.hnu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cài phiên bản {version} (trước đó: {previous}); bản sao lưu trước khi cập nhật: {file}. Ứng dụng sẽ đóng; hãy mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hòa Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu, khôi phục và cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ra USB / ổ đĩa rời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra hoặc khôi phục một bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài bản cập nhật từ USB…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineImportDialog</name>
    <message>
        <source>Nhập chỉ tiêu năm từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bảng tính chỉ tiêu kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} dòng có số liệu: &lt;b&gt;{good} sẽ được thêm&lt;/b&gt;, {bad} có lỗi (không nhập), {dup} đã có (bỏ qua). Tệp {file}, trang “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập {count} chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {count} chỉ tiêu năm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyStrip</name>
    <message>
        <source>Đang dừng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Chỉ quản trị viên mới cài, đăng ký hoặc thu hồi thẻ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc USB để lưu thẻ đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>từng xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ quan tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu thẻ {file} vào {folder}. Gửi tệp này cho {other}, rồi gọi điện đọc mã vân tay ở trên để bên kia đối chiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp thẻ đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ đơn vị (*.hnc);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đăng ký thẻ của {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi khóa của {unit} (mã vân tay {fingerprint})? Từ nay mọi gói dữ liệu hoặc giấy báo nhận ký bằng khóa này đều bị từ chối. Chỉ làm khi máy của đơn vị đó bị mất hoặc lộ khóa; muốn tin cậy lại phải đăng ký thẻ mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo khóa mới cho máy này? Thẻ mới được ký bằng khóa cũ nên bên kia cài được mà không cần gọi điện lại; hãy lưu thẻ mới và gửi cho bên kia. Dùng khi nghi khóa cũ bị lộ hoặc theo định kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo khóa mới; mã vân tay mới: {fingerprint}. Hãy lưu thẻ mới và gửi cho bên kia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tạo khóa mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ của {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi tệp thẻ cho mỗi xã/phường. Khi xã gọi điện để cài thẻ, đọc cho họ sáu nhóm số dưới đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ của các xã/phường đã đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký thẻ của xã/phường…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi tệp thẻ cho cơ quan tổng hợp. Khi cơ quan tổng hợp gọi điện để đăng ký, đọc cho họ sáu nhóm số dưới đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ của cơ quan tổng hợp đã cài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài thẻ của cơ quan tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã vân tay (đọc qua điện thoại theo từng nhóm 5 số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thẻ ra thư mục / USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi khóa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistChoice</name>
    <message>
        <source>In phiếu kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu trống cho loại hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu điền sẵn thông tin cơ sở “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu điền sẵn thông tin cơ sở (hãy chọn một cơ sở trong danh sách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu in theo mẫu đang có hiệu lực, gồm các mục áp dụng cho loại hình, căn cứ pháp lý và ô đạt / không đạt / không áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn nơi lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>{text}
Căn cứ: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung kiểm tra và căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận của đoàn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Mật khẩu: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đăng nhập (mặc định: biến $HOANHAP_USER, nếu không: admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp chứa mật khẩu (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo sổ đăng ký mới (thiết lập lần đầu, không cần cửa sổ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune: xã, phường; hub: tuyến tỉnh; national: tuyến quốc gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị tổng hợp (như --role hub); cùng --level national: tuyến quốc gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cùng --hub: province = tuyến tỉnh, national = tuyến quốc gia (Bộ Y tế)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã tỉnh, ví dụ 25 (không cần với --level national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã xã, phường, ví dụ 08500 (với đơn vị cấp xã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đăng nhập của quản trị viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>họ và tên của quản trị viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp chứa mật khẩu quản trị (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu quản trị: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đổi mật khẩu của chính mình (mật khẩu cũ như khi đăng nhập)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo mã khôi phục mới (phiếu cũ không còn dùng được); mã mới chỉ hiện một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quên mọi mật khẩu: mở sổ bằng mã khôi phục đã in và đặt mật khẩu mới cho một tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đăng nhập của tài khoản được đặt mật khẩu mới (mặc định: biến $HOANHAP_USER, nếu không: admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp chứa mã khôi phục (nếu không: hỏi khi chạy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã khôi phục: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ với tuyến tỉnh hoặc quốc gia: cơ sở dữ liệu PostgreSQL trống, ví dụ postgresql://hoanhap@may-chu/hoanhap?sslmode=verify-full (mật khẩu: trong địa chỉ hoặc biến $PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nâng cấp cấu trúc sổ đăng ký (sao lưu trước khi nâng cấp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi bản sao lưu đã mã hóa của sổ đăng ký vào thư mục sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khôi phục sổ đăng ký từ bản sao lưu (bản hiện tại được giữ lại để phòng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp sao lưu cần khôi phục (bỏ trống: liệt kê các bản sao lưu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chép thư mục dữ liệu của máy này sang THƯ MỤC (dùng từ lần mở sau; thư mục cũ giữ nguyên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục dữ liệu mới (trống, trong hồ sơ của người dùng này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo sổ đăng ký mẫu (dữ liệu giả) trong --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị tổng hợp (tuyến tỉnh) thay vì xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiểm tra chuỗi băm của nhật ký (`hoanhap audit verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: kiểm tra chuỗi băm; list: 50 dòng nhật ký gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục dữ liệu (nếu không: biến $HOANHAP_DATA_DIR, rồi thư mục đã chọn, rồi thư mục người dùng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mở cửa sổ với một sổ đăng ký mẫu mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiếu kiểm tra trống cho loại hình kinh doanh này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiếu điền sẵn thông tin của cơ sở này (mã định danh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiên bản mẫu phiếu (mặc định: mẫu đang áp dụng hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp PDF cần ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp chứa mật khẩu mới (không gõ mật khẩu trên dòng lệnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm tài khoản (người dùng phải đổi mật khẩu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đổi vai trò của tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khóa (no) hoặc mở lại (yes) tài khoản; mở lại cần mật khẩu mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: mở lại; no: khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đặt lại mật khẩu của tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tài khoản người dùng: liệt kê, thêm, vai trò, khóa, đặt lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại đơn vị (mã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số điện thoại của đơn vị (không ghi số di động cá nhân)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các loại dịch vụ nhận chuyển gửi (mã, cách nhau bởi dấu phẩy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách đơn vị đối tác (JSON, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cả đơn vị đã ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm đơn vị đối tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa đơn vị đối tác (chỉ các trường được nêu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngừng (no) hoặc dùng lại (yes) một đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: dùng lại; no: ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị đối tác nhận chuyển gửi: liệt kê, thêm, sửa, ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in phiếu đồng ý ra PDF (trống, hoặc cho một người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi bản sao hồ sơ cho chính người được hỗ trợ (quyền được biết) ra PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa hẳn hồ sơ một người (theo yêu cầu hoặc hết thời hạn lưu giữ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gõ lại mã của người đó để xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: người đó yêu cầu; retention: hết thời hạn lưu giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thời hạn lưu giữ hồ sơ sau lần tiếp xúc cuối (tháng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số tháng mới (bỏ trống: xem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quyền của người được hỗ trợ: phiếu đồng ý, bản sao hồ sơ, xóa hồ sơ, thời hạn lưu giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: các bản ghi đang bị giữ lại (không in nội dung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cho một bản ghi bị giữ vào số liệu (ghi lý do vào nhật ký)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: bản ghi bị giữ lại vì vi phạm quy tắc; cho vào số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày bắt đầu dùng sổ (các kỳ trước ngày này không đến hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi nhận đã in và cất giữ phiếu mã khôi phục (việc của tuần đầu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi bản sao lưu ra ổ ngoài (USB, ổ cứng rời)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục trên ổ ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sao lưu định kỳ nếu bản mới nhất đã quá một ngày (cho lịch chạy tự động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập nhiều chỉ tiêu năm cùng lúc từ tệp JSON (mục targets: danh sách [chỉ tiêu, cột chỉ tiêu, giá trị])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>việc của đơn vị: ngày bắt đầu, phiếu khôi phục, sao lưu ra ổ ngoài, sao lưu định kỳ, chỉ tiêu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in phiếu kiểm tra (trống theo loại hình, hoặc điền sẵn cho một cơ sở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của lần kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON với các trường của biểu mẫu (kết quả từng mục, hành vi vi phạm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các lần kiểm tra một cơ sở (xuất ra JSON, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toàn bộ một lần kiểm tra dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi một lần kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa một lần kiểm tra (các trường có trong tệp JSON thay cho bản đã ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một lần kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số ngày sau lần kiểm tra có vi phạm thì đến hạn kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số ngày mới (bỏ trống: xem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một đoàn kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một kế hoạch kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một quyết định xử lý đã ghi nhầm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ kiểm tra cơ sở: liệt kê, ghi, sửa, xóa lần kiểm tra; xóa đoàn, kế hoạch, quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in biên bản kiểm tra của một lần kiểm tra (không in khi biên bản còn mâu thuẫn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm cần tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kèm giai đoạn chương trình (mỗi cơ sở ít nhất một lần), ví dụ 2021-01-01..2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T8: tỷ lệ cơ sở được kiểm tra trong năm, theo loại hình kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đoàn kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số quyết định thành lập đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày ký quyết định (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người ký quyết định thành lập, ví dụ &quot;Chủ tịch UBND xã Xuân Lũng&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách thành viên có hiệu lực từ ngày (mặc định: ngày quyết định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách thành viên có hiệu lực đến ngày (bỏ trống: không thời hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Họ và tên|cơ quan|vai trò&quot; (vai trò: leader, deputy, member, secretary); mỗi thành viên một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa đoàn này (mã id) thay vì thêm đoàn mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm hoặc sửa đoàn kiểm tra và danh sách thành viên (theo quyết định thành lập)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê các đoàn kiểm tra với quyết định thành lập và thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số kế hoạch, ví dụ &quot;12/KH-UBND&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kỳ của kế hoạch, ví dụ 2026, 2026-Q3, 2026-01-01..2026-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của đoàn kiểm tra (hoanhap teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày phê duyệt kế hoạch (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]; mỗi cơ sở một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa kế hoạch này (mã id) thay vì thêm kế hoạch mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm hoặc sửa kế hoạch kiểm tra của một kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các kế hoạch đang thực hiện: trong kế hoạch / đã kiểm tra / chưa kiểm tra, và T8 so với kế hoạch và mọi cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của hành vi vi phạm (hoanhap decisions --inspection MÃ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số quyết định, ví dụ &quot;18/QĐ-XPHC&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày ra quyết định (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người có thẩm quyền ra quyết định, ví dụ &quot;Chủ tịch UBND xã Xuân Lũng&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số tiền phạt ghi trong quyết định, đơn vị đồng (ứng dụng không tự tính)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hình thức xử phạt bổ sung, ghi đúng như trong quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quyết định đình chỉ hoạt động kinh doanh hoặc tước giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày đã nộp phạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa quyết định này (mã id) thay vì thêm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi quyết định của người có thẩm quyền về một hành vi vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các hành vi vi phạm của một lần kiểm tra (kèm mã id) và quyết định xử lý từng hành vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-07, 2026-Q3, 2026-H2, 2026 hoặc 2026-01-05..2026-02-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã kỳ báo cáo đã kết thúc, ví dụ 2026-10, 2026-Q3 hoặc 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: chốt một kỳ và ghi báo cáo tổng hợp (đã ẩn số nhỏ) gửi tuyến quốc gia vào THƯ MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến quốc gia: nhập báo cáo tổng hợp của các tỉnh (tệp .hna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các tệp báo cáo tổng hợp (.hna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến quốc gia: tỉnh nào đã gửi kỳ nào (lần gửi đang dùng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến quốc gia: báo cáo toàn quốc theo tỉnh và tổng (PDF, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi bảng tính Excel vào đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi tệp PDF vào đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tuyến tỉnh: mã các xã, phường cách nhau bởi dấu phẩy (mặc định: toàn tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vào sổ đăng ký văn bản với số này (hoặc &apos;next&apos;: số tiếp theo còn trống) và in số đó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp TOML thuyết minh: situation, results, shortcomings, proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày ban hành dd/mm/yyyy (mặc định: hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lập báo cáo chỉ tiêu của một kỳ; --xlsx / --pdf ghi ra tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp Excel cần ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ các dòng trong kỳ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tuyến tỉnh: mã các xã, phường cách nhau bởi dấu phẩy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách có dòng về người được hỗ trợ được mã hóa: tệp chứa mật khẩu bảng tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xuất danh sách gốc (đủ mọi dòng) ra Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: xem; load: nạp bộ chỉ tiêu từ tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp bộ chỉ tiêu cần nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xem các bộ chỉ tiêu đang áp dụng, hoặc nạp bộ mới từ tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>có sẵn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quản trị viên nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; thay bằng bộ đã nạp ở thời gian trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm của kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã chỉ tiêu, ví dụ T3; bỏ trống để xem danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&gt;= 3500&apos;, &apos;&gt;= 100&apos; (tỷ lệ %%); &apos;none&apos; để xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột mục tiêu (ví dụ plan, province); mặc định: cột cuối của bộ chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập chỉ tiêu năm của đơn vị cho một chỉ tiêu (kế hoạch năm của tỉnh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kỳ báo cáo, ví dụ 2026-07, 2026-Q3, 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã số liệu nền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một số; &apos;none&apos; để xóa; bỏ trống cả hai để xem danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập số liệu nền của một kỳ (ví dụ số học sinh trên địa bàn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục cần ghi (ví dụ ổ USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi thẻ đơn vị này (để bên kia đăng ký) vào THƯ MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tin cậy thẻ của đơn vị khác sau khi xác nhận dấu vân tay qua điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp thẻ đơn vị (.hnc) nhận từ bên kia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sáu nhóm chữ số đọc qua điện thoại (chỉ bỏ qua khi thay khóa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê thẻ đơn vị đã đăng ký; `--revoke KEY_ID` thôi tin cậy một thẻ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thôi tin cậy thẻ có mã khóa này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo khóa mới cho máy và ghi thẻ mới (khóa cũ ký xác nhận) vào THƯ MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi gói dữ liệu tiếp theo (các thay đổi kể từ gói trước) vào THƯ MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gửi lại toàn bộ bản ghi, không chỉ các thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khóa sổ một kỳ báo cáo trước, ví dụ 2026-10 hoặc 2026-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cùng --close-period: báo cáo không phát sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chia thành các phần không quá số MB này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: nhập gói dữ liệu (tệp hoặc thư mục); --dry-run chỉ xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các tệp gói dữ liệu, hoặc thư mục chứa gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ xem trước, không nhập gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục ghi biên nhận (mặc định: hộp thư đi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiểm tra một gói mà không nhập (tuyến tỉnh: xem trước; xã: gói của chính mình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp gói dữ liệu cần kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập biên nhận của tuyến tỉnh để đánh dấu các gói đã được nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp biên nhận của tuyến tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khóa sổ một kỳ báo cáo (xác nhận có chữ ký, gửi kèm gói tiếp theo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã kỳ báo cáo, ví dụ 2026-10 hoặc 2026-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>báo cáo không phát sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: từng xã, gói gần nhất, số gói còn thiếu và xung đột chưa xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: liệt kê xung đột; `--resolve ID --choose local|incoming` xử lý một xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của xung đột cần xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local: giữ bản đang có ở đây; incoming: nhận bản gửi đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên cơ quan ban hành, mỗi dòng cách nhau bằng &apos;|&apos; (ỦY BAN NHÂN DÂN|XÃ XUÂN LŨNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ quan chủ quản in phía trên (để trống với UBND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chữ viết tắt tên cơ quan trong ký hiệu văn bản (UBND, SYT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thẩm quyền, chức vụ người ký, mỗi dòng cách nhau bằng &apos;|&apos; (TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>họ và tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nơi nhận, mỗi nơi cách nhau bằng &apos;|&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sau “Lưu:” (VT, VHXH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trở về mặc định của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thể thức văn bản (Nghị định 30/2020): xem hoặc sửa cơ quan ban hành, người ký, nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ năm này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một số đã vào sổ nhầm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ đăng ký văn bản đi: các số đã cấp và số tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách tin báo (không bao giờ in nội dung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tin báo chưa xử lý xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi nhận tin báo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày tiếp nhận (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nguồn tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đối tượng của tin báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngắn gọn, trung lập, không ghi họ tên (chỉ lưu trên máy này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) cơ sở trong danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cập nhật xác minh, chuyển xử lý, kết quả xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của tin báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày xác minh (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kết quả xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày chuyển cơ quan chức năng (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ quan nhận chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày xử lý xong (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kết quả xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu T9 của một kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ 2026, 2026-Q3, 2026-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa tin báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ tin báo, tố giác về mại dâm (chỉ tiêu T9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các mô hình và số liệu hoạt động năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày thành lập (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tổ chức chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số thành viên nòng cốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi một buổi hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số người tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số người lần đầu được tiếp cận trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi số người được hỗ trợ (chỉ ghi số lượng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu T10 của một kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một buổi hoạt động đã ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một lần ghi số người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ mô hình hỗ trợ tại cộng đồng (chỉ tiêu T10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cài gói cập nhật có chữ ký từ USB (hoặc --rollback để quay lại phiên bản trước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp gói cập nhật có chữ ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quay lại phiên bản đã chạy trước lần cập nhật gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: hoanhap update GÓI | --rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in số phiên bản đang chạy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(do `update` chạy) mở sổ đăng ký bằng khóa đọc từ stdin, nâng cấp, kiểm tra, báo ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi hướng dẫn sử dụng (tiếng Việt) ra tệp PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp PDF sẽ ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kỳ báo cáo: 2026-09, 2026-Q3, 2026-H2 hoặc 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json: dataValueSets của DHIS2; adx: tệp XML theo chuẩn ADX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp cần ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp ánh xạ DHIS2 (mặc định: bản đã nạp trong thư mục dữ liệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuyến tỉnh: xuất số liệu chỉ tiêu theo xã của một kỳ sang DHIS2 (JSON hoặc ADX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: chỗ để tệp ánh xạ của tuyến tỉnh; check: kiểm tra một tệp; install: kiểm tra rồi nạp làm bản của tuyến tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp ánh xạ cần kiểm tra hoặc nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xem, kiểm tra hoặc nạp tệp ánh xạ DHIS2 của tuyến tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của lần chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON với các trường của biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách người được hỗ trợ (xuất ra JSON, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tình trạng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toàn bộ hồ sơ một người dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm người được hỗ trợ từ tệp JSON {&quot;draft&quot;: {…}, &quot;facts&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vẫn thêm khi đã có người cùng mã và năm sinh (đã kiểm tra là người khác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các cảnh báo đã xem (mã, cách nhau bởi dấu phẩy), ví dụ người dưới 18 tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa hồ sơ (các trường có trong tệp JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đổi tình trạng hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tình trạng mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kết quả đạt được khi kết thúc (mã, không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi nhu cầu và kế hoạch hỗ trợ (từ tệp JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON {&quot;needs&quot;: &quot;…&quot;, &quot;plan&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi sự đồng ý của người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phạm vi đồng ý (support, referral, sharing; cách nhau bởi dấu phẩy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi việc rút lại sự đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phạm vi rút lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi một lần tiếp xúc, cung cấp dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ người được hỗ trợ: liệt kê, thêm, sửa, tình trạng, kế hoạch, đồng ý, tiếp xúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các lần chuyển gửi của một người (JSON, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chuyển gửi một người đến đơn vị đối tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cập nhật tình trạng chuyển gửi (từ tệp JSON {&quot;status&quot;: …, &quot;on&quot;: …})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đặt ngày theo dõi (bỏ trống: không theo dõi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi phản hồi của đơn vị đối tác (từ tệp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp văn bản chứa phản hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in phiếu chuyển gửi ra PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chuyển gửi: thêm, tình trạng, ngày theo dõi, phản hồi, in phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại hình kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người đại diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số giấy chứng nhận đăng ký kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày cấp giấy đăng ký kinh doanh (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số giấy phép đủ điều kiện kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày cấp giấy phép (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số giấy chứng nhận đủ điều kiện về an ninh, trật tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày cấp giấy chứng nhận an ninh, trật tự (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tình trạng hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày bắt đầu hoạt động (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày ngừng hoạt động (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi chú (chỉ lưu trên máy này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách cơ sở (xuất ra JSON, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ cơ sở đang hoạt động hoặc tạm ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa thông tin cơ sở (chỉ các trường được nêu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập danh sách cơ sở từ tệp Excel (các dòng có lỗi hoặc trùng được bỏ qua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không nhập gì nếu có dòng lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in danh sách cơ sở ra PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm: liệt kê, thêm, sửa, xóa, nhập từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp Excel (.xlsx) cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi tệp mẫu (tiêu đề tiếng Việt, danh sách chọn) vào tệp này rồi dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chọn cột: số thứ tự cột trong tệp (từ 1) = tên trường, ví dụ 3=place; máy nhớ cho lần sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập các dòng hợp lệ (không có: chỉ xem trước, không ghi gì)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ nhập khi mọi dòng đều hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm của tệp mẫu (mặc định: năm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập sổ buổi truyền thông từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập chỉ tiêu năm (số liệu kế hoạch của tỉnh) từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập danh sách cơ sở kinh doanh từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày tổ chức (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hình thức truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chủ đề (mã, cách nhau bởi dấu phẩy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tổng số người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số người giới tính khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số người thuộc nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trong đó lần đầu được tiếp cận trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số tờ rơi phát ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số bao cao su phát ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số gói chất bôi trơn phát ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã (id) của buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách buổi truyền thông (xuất ra JSON, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ kỳ này, ví dụ 2026, 2026-Q3, 2026-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi buổi truyền thông mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sửa buổi truyền thông (chỉ các trường được nêu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in danh sách tham dự ra PDF (trống, hoặc điền số liệu của một buổi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sổ buổi truyền thông: liệt kê, thêm, sửa, xóa, in danh sách tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách in: text (để đọc), json hoặc csv (cho tập lệnh, đủ mọi cột)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>địa chỉ cơ sở dữ liệu PostgreSQL, ví dụ postgresql://hoanhap@may-chu/hoanhap?sslmode=verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thử kết nối tới máy chủ cơ sở dữ liệu (không ghi gì)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nối được: PostgreSQL {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trống: dùng được để thiết lập tuyến tỉnh mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có dữ liệu của: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dùng máy này cho một cơ quan tổng hợp (tuyến tỉnh, quốc gia) đã có trên máy chủ cơ sở dữ liệu (nhiều cán bộ cùng làm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCountsPage</name>
    <message>
        <source>Tháng này ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý này ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm nay ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lượt người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người đã có trong sổ đến cuối kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người mới gặp lần đầu trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người đang được hỗ trợ (hiện nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp xúc, hỗ trợ trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được tiếp xúc trong kỳ, theo nhóm tuổi và giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm tuổi {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu giới thiệu lập trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu quá hạn theo dõi (hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ có số liệu tổng hợp. Mỗi số ghi rõ là lượt người (mỗi lần tính một) hay người (mỗi người tính một lần).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Mã số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gặp lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gặp gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên gọi (trên máy này)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordDialog</name>
    <message>
        <source>Hồ sơ {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (từ {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Người chưa thành niên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh năm {year} ({age} tuổi, nhóm {band}) · {sex} · Nơi làm việc: {workplace}&lt;br&gt;Gặp lần đầu {first} ({channel}) · Gặp gần nhất {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng ý: {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên gọi (chỉ trên máy này): {nickname}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In bản sao hồ sơ cho người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu, chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhu cầu và kế hoạch hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật tình trạng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu giới thiệu (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi ngày hẹn theo dõi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh giá nhu cầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch hỗ trợ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai mục này chỉ lưu trên máy này, không gửi đi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu nhu cầu và kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi lần tiếp xúc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển gửi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng ý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tình trạng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất hồ sơ cho người này (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStatusDialog</name>
    <message>
        <source>Đổi tình trạng của {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do (không bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không ghi lý do)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>Tình trạng: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng ý: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rút lại đồng ý: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp xúc, hỗ trợ: {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu {code} — {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển gửi: {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu giới thiệu: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhận hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chia sẻ thông tin với nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bao cao su: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chất bôi trơn: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tờ rơi: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi loại hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi nhóm tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi nơi làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{count}&lt;/b&gt; phiếu giới thiệu quá hạn theo dõi&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phiếu giới thiệu quá hạn theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{active}&lt;/b&gt; người đang được hỗ trợ · &lt;b&gt;{period}&lt;/b&gt;: &lt;b&gt;{contacts}&lt;/b&gt; lượt tiếp xúc, hỗ trợ ({persons} người) · {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến hạn xóa ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Những người dưới đây không được gặp lại trong hơn {months} tháng (thời hạn lưu giữ). Hãy xem từng hồ sơ và xóa khi không còn cần hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo mã số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có phiếu quá hạn theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký người được hỗ trợ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi lần tiếp xúc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển gửi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa hồ sơ đã chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu đồng ý trống…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục nơi nhận…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <source>Mọi kỳ đã kết thúc đều đã được chốt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi, &lt;b&gt;{user}&lt;/b&gt;, xác nhận &lt;b&gt;{unit}&lt;/b&gt; không có số liệu nào phát sinh trong &lt;b&gt;{period}&lt;/b&gt; (báo cáo trống).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi, &lt;b&gt;{user}&lt;/b&gt;, xác nhận số liệu &lt;b&gt;{period}&lt;/b&gt; của &lt;b&gt;{unit}&lt;/b&gt; đã được nhập đầy đủ vào sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ là lời xác nhận của xã, có chữ ký số của máy này, rằng số liệu của kỳ đã đầy đủ. Lời xác nhận được gửi lên cấp trên trong gói dữ liệu tiếp theo; cấp trên dựa vào đó để biết xã đã báo cáo đúng hạn hay chưa. Mỗi kỳ chỉ chốt được một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo trống: trong kỳ này không có hoạt động nào để báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ký và chốt kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Dưới 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18–24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 trở lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhẹ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghiêm trọng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karaoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoa bóp, xông hơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhà nghỉ, khách sạn, cơ sở lưu trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quán bar, vũ trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quán cà phê, giải khát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cắt tóc, gội đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự do, đường phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ tiếp cận tại cộng đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đồng đẳng giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự tìm đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở y tế giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội, đoàn thể giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qua kiểm tra, xử lý vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường dây nóng, mạng xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giáo dục, học nghề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tư vấn, trợ giúp pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vay vốn, việc làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chăm sóc sức khỏe, dịch vụ HIV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can thiệp giảm tác hại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hỗ trợ nạn nhân bạo lực trên cơ sở giới, nơi tạm lánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự phòng: tình dục an toàn, bao cao su, PrEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều trị ARV, methadone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phòng, chống bạo lực trên cơ sở giới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tư vấn tâm lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hòa nhập cộng đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xét nghiệm HIV, bệnh lây truyền qua đường tình dục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyền và pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Học nghề, việc làm, sinh kế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma túy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sức khỏe tâm thần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gia đình, con cái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận hỗ trợ và được ghi vào sổ theo dõi (chỉ bằng mã số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được giới thiệu, chuyển gửi đến cơ quan, tổ chức khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chia sẻ thông tin cần thiết với nơi nhận chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạm ngừng liên lạc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lượt người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã / phường (nhập liệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp (tỉnh, thành phố)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp toàn quốc (Bộ Y tế)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khách sạn, nhà nghỉ (cơ sở lưu trú)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn hộ cho thuê ngắn ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vũ trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quán bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cà phê đèn mờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhà hàng, quán ăn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạm ngừng hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đóng cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đột xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tái kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhắc nhở, đề nghị cảnh cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị phạt tiền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị đình chỉ hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển cơ quan công an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không phát hiện vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trực tiếp, tư vấn nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội nghị, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát tờ rơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pano, áp phích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loa truyền thanh xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo, đài, truyền hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mạng xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đồng đẳng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sự kiện, hội thi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người lao động tại cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đào tạo nghề cho lao động nông thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình đẳng giới, phòng, chống bạo lực trên cơ sở giới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công nhân khu công nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Học sinh, sinh viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ, công chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội viên, đoàn viên các đoàn thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người bán dâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phòng, chống mại dâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vay vốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảm nghèo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phòng, chống ma túy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phòng, chống HIV/AIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phòng, chống mua bán người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phổ biến pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận đã tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mất dấu, không theo dõi được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã vào học nghề, khóa học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được giải ngân vốn vay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có việc làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xét nghiệm HIV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khám, điều trị bệnh lây truyền qua đường tình dục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang điều trị ARV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang dùng PrEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang điều trị methadone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được trợ giúp pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được tư vấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được tạm lánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vụ việc bạo lực đã được giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã từ bỏ hoạt động mại dâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển đi nơi khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung tâm dịch vụ việc làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở giáo dục nghề nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngân hàng Chính sách xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạm y tế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung tâm Kiểm soát bệnh tật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung tâm trợ giúp pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội Liên hiệp Phụ nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung tâm công tác xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi tạm lánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổ chức phi chính phủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản trị viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên của mẹ (chỉ tên, không họ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên của bố (chỉ tên, không họ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên của người được hỗ trợ (chỉ tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đủ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trên 100% – cần kiểm tra số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm cung cấp dịch vụ hỗ trợ tại cộng đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tư vấn của cơ sở công tác xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Câu lạc bộ, nhóm đồng đẳng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm tự lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình bảo vệ quyền của người lao động tại cơ sở kinh doanh dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm, câu lạc bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp cận đồng đẳng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tư vấn nhóm, cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tập huấn kỹ năng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hỗ trợ tiếp cận dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại, đường dây nóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn, thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do công an chuyển đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trên mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có dấu hiệu đúng như tin báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra liên ngành 178</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổ kiểm tra của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội trưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội phó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn, chưa kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan có thẩm quyền khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xử lý vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra, không phát hiện vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển cơ quan có thẩm quyền giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cơ sở, kết thúc xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cá nhân có mặt tại cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hộ kinh doanh (chủ cơ sở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doanh nghiệp, tổ chức (chủ cơ sở)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneChooser</name>
    <message>
        <source>Đã chọn {count}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toàn tỉnh ({count} xã, phường)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một số xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm xã, phường (gõ không dấu được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ chọn hết</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunesPanel</name>
    <message>
        <source>Báo cáo {period}: đã nhận lời chốt kỳ của &lt;b&gt;{received}/{expected}&lt;/b&gt; xã/phường (đúng hạn {on_time}, muộn {late}, báo cáo trống {nil}). Đã đăng ký thẻ: {enrolled} xã/phường; còn thiếu gói: {gaps}; có xung đột chưa xử lý: {conflicts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessGrid</name>
    <message>
        <source>KPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận; hạn nộp {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận; đã quá hạn nộp {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ ngày {closed}, đúng hạn (hạn {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ ngày {closed}, muộn (hạn {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo không phát sinh số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessLegend</name>
    <message>
        <source>Đã nhận, đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhận, nộp muộn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận, đã quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận, chưa đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPS: báo cáo không phát sinh số liệu. Ngày ghi trong ô là ngày xã chốt kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Đang tổng hợp tình hình nộp báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tính xu hướng chỉ tiêu qua {count} kỳ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{expected}&lt;/b&gt; báo cáo cần có ({communes} xã, phường × {periods} kỳ): &lt;span style=&apos;color:#1b5e20&apos;&gt;đã nhận {received}&lt;/span&gt; (đúng hạn {on_time}, &lt;span style=&apos;color:#8a4b00&apos;&gt;muộn {late}&lt;/span&gt;); &lt;span style=&apos;color:#b00020&apos;&gt;chưa nhận {missing}&lt;/span&gt;, trong đó {pending} chưa đến hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn nộp: {days} ngày sau khi hết kỳ; tính theo bản chốt kỳ có chữ ký của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;{count} bản ghi bị giữ lại&lt;/span&gt; vì vi phạm quy tắc nhập liệu, chưa tính vào số liệu ({communes} xã, phường; xem thẻ “Bị giữ lại” ở trang nhận gói).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có số liệu để vẽ biểu đồ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số kỳ gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm xã, phường (gõ không dấu được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ hiện xã, phường còn thiếu báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xu hướng chỉ tiêu của toàn tỉnh qua các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Đang ghi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xử lý xung đột dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} “{record}” của {unit}: bản đang có ở đây (phiên bản {local}) và bản vừa nhận (phiên bản {incoming}) khác nhau mà không xác định được bản nào mới hơn. Hãy so sánh, nếu cần thì gọi điện hỏi xã, rồi chọn bản đúng. Bản không được chọn sẽ không được dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ hiện các trường khác nhau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản hiện có (phiên bản {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản mới nhận (phiên bản {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giữ bản hiện có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng bản mới nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>giữ bản hiện có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dùng bản mới nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xử lý xung đột của {unit}: {choice}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột xảy ra khi bản ghi ở đây và bản vừa nhận khác nhau mà không xác định được bản nào mới hơn (ví dụ xã khôi phục bản sao lưu cũ rồi sửa tiếp). Bản ở đây được giữ nguyên cho đến khi có người chọn. Nháy đúp một dòng để so sánh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So sánh và chọn bản…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>In phiếu đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {scope}: đã đồng ý từ {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ {scope}: chưa đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi đồng ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi việc rút lại đồng ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng ý của người có mã {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rút lại đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung đồng ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đồng ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày rút lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi rút lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu đồng ý (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu, đọc cho người đó nghe, để họ đánh dấu và ký; cất phiếu đã ký riêng, không để cùng sổ tay ghi chép.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ghi lần tiếp xúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần tiếp xúc, hỗ trợ cho người có mã {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hỗ trợ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung trao đổi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bao cao su:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chất bôi trơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ rơi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vật phẩm đã phát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú chỉ lưu trên máy này, không gửi đi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <source>ĐẠT ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHƯA ĐẠT ✘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giai đoạn chương trình {start}–{end}: {p_inspected}/{p_total} cơ sở có hoạt động trong giai đoạn (kể cả cơ sở đã đóng cửa) được kiểm tra ít nhất một lần ({p_percent}%); còn {p_missing} cơ sở chưa được kiểm tra lần nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn {missing} cơ sở đang quản lý (đang hoạt động hoặc tạm ngừng) chưa được kiểm tra trong năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kiểm tra trong năm, theo loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}&lt;/b&gt;: đang tính T8…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không đủ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có chỉ tiêu T8 cho năm này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tiêu T8 ({target}): &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}&lt;/b&gt;: không đủ dữ liệu để tính T8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}&lt;/b&gt;: đã kiểm tra {inspected}/{total} cơ sở ({percent}%); {targets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kiểm tra năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kiểm tra {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Quyết định hợp lệ, có thể lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi quyết định xử phạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ghi quyết định mới —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định đã ghi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người có thẩm quyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền phạt (theo quyết định):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức phạt bổ sung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nộp phạt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 18/QĐ-XPHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Chủ tịch UBND xã Xuân Lũng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định đình chỉ hoạt động hoặc tước giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp phạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dhis2Button</name>
    <message>
        <source>Xuất sang DHIS2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu chỉ tiêu theo từng xã của kỳ đã chọn, theo tệp ánh xạ DHIS2 trong thư mục dữ liệu; số 1–4 người không được gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHIS2 dataValueSets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADX XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sang DHIS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {count} giá trị DHIS2 của {communes} xã, phường vào {file}; {withheld} số nhỏ không gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRegisterDialog</name>
    <message>
        <source>Số tiếp theo năm {year}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa số khỏi sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa {number} (“{title}”) khỏi sổ đăng ký? Số này có thể cấp lại cho văn bản khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa số đã chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueFollowUps</name>
    <message>
        <source>Tái kiểm tra đến hạn ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ hiện các cơ sở có vi phạm đang chờ tái kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Tên cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn tái kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Có thể đã có trong sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đã có {count} hồ sơ cùng mã số và năm sinh. Có thể đây là cùng một người. Hãy mở hồ sơ đã có; chỉ tạo mới khi bạn chắc chắn đây là người khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gặp lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gặp gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên gọi (trên máy này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vẫn tạo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Thẻ sẽ được đăng ký vì khóa cũ đang tin cậy của đơn vị đã ký xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm số {groups} không khớp. Đừng đăng ký: có thể tệp thẻ đã bị thay trên đường gửi. Hãy đọc lại với bên kia, hoặc xin tệp thẻ mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Cả sáu nhóm số đều khớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gõ nhiều hơn 30 chữ số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khớp {done}/6 nhóm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài thẻ của cơ quan tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký thẻ của xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gọi điện cho đơn vị này (theo số điện thoại đã biết, không dùng số ghi trong email) và nhờ họ đọc mã vân tay trên màn hình của họ. Gõ lại các chữ số nghe được vào ô dưới: chỉ khi khớp với mã vân tay của tệp thẻ thì mới đăng ký được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ quan tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ của &lt;b&gt;{unit}&lt;/b&gt; ({kind}, mã {code}). Mã vân tay của tệp thẻ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã vân tay nghe qua điện thoại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ: 12345 67890 12345 67890 12345 67890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đây là thẻ thay khóa của đơn vị đã đăng ký: đăng ký theo xác nhận của khóa cũ (không cần đọc mã vân tay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài thẻ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký thẻ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Đang xóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Mọi thông tin về người có mã {code} (các lần tiếp xúc, đồng ý, phiếu giới thiệu, tên gọi, ghi chú) sẽ bị xóa hẳn khỏi máy này và không khôi phục được. Một dấu xóa không chứa thông tin cá nhân sẽ được gửi lên cấp trên để nơi đó cũng xóa. Bản sao lưu cũ còn giữ dữ liệu cho đến khi được thay thế.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để xác nhận, hãy gõ mã số của người này: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do xóa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ mã số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người đó yêu cầu xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã quá thời hạn lưu giữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentForm</name>
    <message>
        <source>Sửa thông tin cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm cơ sở kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên cơ sở:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ (trong xã):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ cơ sở / người đại diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký kinh doanh số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy phép kinh doanh số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy chứng nhận đủ điều kiện ANTT số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu hoạt động:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đóng cửa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú (chỉ lưu trên máy này, không gửi đi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đăng ký kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp giấy chứng nhận ANTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy chứng nhận ANTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nhà, thôn / tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt buộc với cơ sở lưu trú (khách sạn, nhà nghỉ, căn hộ cho thuê ngắn ngày).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu khi biết ngày; để trống nếu không rõ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentModel</name>
    <message>
        <source>Tên cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn tái kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số vi phạm ghi ở lần kiểm tra gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Mọi loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cơ sở đến hạn tái kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ {count} cơ sở trở lên (đang đếm…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa cơ sở “{name}” khỏi danh sách? Việc xóa sẽ được gửi lên cấp trên. Cơ sở đã có biên bản kiểm tra thì không xóa được; hãy ghi tình trạng “Đã đóng cửa”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa kiểm tra năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có vi phạm ở lần kiểm tra gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên, địa chỉ, người đại diện (gõ không dấu được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm cơ sở…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách cơ sở (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu kiểm tra trống…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi biên bản kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch, đội kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPasswordDialog</name>
    <message>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu cho tệp danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách này có thông tin về người được hỗ trợ nên tệp Excel được mã hóa. Excel hoặc LibreOffice sẽ hỏi mật khẩu khi mở tệp. Hãy ghi nhớ mật khẩu; không gửi mật khẩu cùng đường với tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Đổi ngày hẹn theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu {code}, giới thiệu ngày {referred_on} đến {partner}. Hẹn theo dõi hiện tại: {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn theo dõi mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu ngày hẹn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formalities</name>
    <message>
        <source>Biên bản: số, thành phần, kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm lập biên bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc lúc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trưởng đoàn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ghi biên bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người đại diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người chứng kiến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người không ký, lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã ghi giờ kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống: địa chỉ của cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 12/BB-ĐKT (biên bản có số được in theo thể thức biên bản hành chính)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— không chọn đội —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— chọn kết luận —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên, địa chỉ (ví dụ trưởng thôn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ ghi khi có người từ chối ký biên bản</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Hướng dẫn sử dụng – Hòa Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở bản PDF để đọc hoặc in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Truyền thông {period}: {sessions} buổi, {participants} lượt người tham gia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuyến tỉnh giữ lại một bản ghi vì vi phạm quy tắc: {rules} Bấm để mở, sửa rồi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn {count} bản ghi khác bị tuyến tỉnh giữ lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào. Hãy sao lưu trong phần Cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa từng sao lưu ra ổ đĩa rời (USB). Máy hỏng hoặc mất là mất dữ liệu: hãy sao lưu trong Cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần sao lưu ra ổ đĩa rời gần nhất đã {days} ngày trước ({when}). Hãy sao lưu ra USB trong Cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ra ổ đĩa rời gần nhất: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bản ghi chưa gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi dữ liệu đã được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa kết nối với cấp trên: hãy cài thẻ của cơ quan tổng hợp để gửi được dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phiếu giới thiệu đã quá ngày hẹn theo dõi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có phiếu giới thiệu nào quá hạn theo dõi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hồ sơ không được gặp lại quá thời hạn lưu giữ ({months} tháng): cần xem xét xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cơ sở đến hạn tái kiểm tra ({overdue} cơ sở đã quá hạn; hạn sớm nhất {first_due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}/{total} cơ sở đang hoạt động chưa được kiểm tra trong năm {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch kiểm tra {number}: đã kiểm tra {done}/{planned} cơ sở, {not_done} cơ sở quá hạn chưa kiểm tra. T8: {plan_percent}% so với kế hoạch, {all_percent}% so với mọi cơ sở đang hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gói dữ liệu đã gửi chưa được cấp trên xác nhận (gói sớm nhất gửi ngày {since}): hãy nhập giấy báo nhận, hoặc hỏi cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuyến tỉnh chưa đọc được gói dữ liệu của phiên bản ứng dụng này (định dạng {format}; tuyến tỉnh đọc đến định dạng {reads}): hãy chờ tuyến tỉnh cập nhật phần mềm. Không mất dữ liệu: {count} gói vẫn nằm trong hộp thư đi và sẽ được gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kỳ báo cáo đã kết thúc mà chưa chốt: {periods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} xung đột dữ liệu từ các xã/phường đang chờ xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: còn {count}/{expected} xã/phường chưa gửi lời chốt kỳ báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tin báo đã quá {days} ngày mà chưa xử lý xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nối với cấp trên: cài thẻ của cơ quan tổng hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký thẻ của các xã/phường gửi dữ liệu lên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký thẻ của các tỉnh, thành phố gửi báo cáo tổng hợp lên (trang Báo cáo các tỉnh, thẻ đơn vị).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập số liệu nền của năm (số học sinh, người lao động…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm hoặc nhập danh sách cơ sở kinh doanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu lần đầu ra ổ đĩa ngoài (USB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục và cất vào tủ khóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({done}/{total} việc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuần đầu dùng sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc cần chú ý – {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Tên cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đăng ký kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đăng ký kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số giấy chứng nhận ANTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp giấy chứng nhận ANTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đóng cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn từ danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng với cơ sở đã có (cùng tên và địa chỉ): bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẽ được thêm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đề lồng ghép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số người tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó thuộc nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó lần đầu được tiếp cận trong năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ rơi đã phát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bao cao su đã phát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chất bôi trơn đã phát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có chỉ tiêu này cho năm này (hoặc trùng một dòng trước): bỏ qua. Muốn sửa, dùng “Chỉ tiêu năm…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng với buổi đã có (cùng ngày, địa điểm, hình thức, nhóm đối tượng): bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Chọn bảng tính danh sách cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} dòng: &lt;b&gt;{good} sẽ được thêm&lt;/b&gt;, {bad} có lỗi (không nhập), {dup} trùng với cơ sở đã có (bỏ qua). Tệp {file}, trang “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập {count} cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {count} cơ sở vào sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập danh sách cơ sở từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Không có mẫu phiếu kiểm tra nào có hiệu lực vào ngày này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; – phiên bản {version}, áp dụng từ {day}; {count} mục áp dụng cho loại hình {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản hợp lệ, có thể lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần, kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ biên bản?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Bỏ đi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu biên bản kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có vi phạm: đã hẹn tái kiểm tra vào ngày {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In biên bản (PDF) ngay bây giờ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa biên bản kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi biên bản kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; – {type} – {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên đoàn kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đại diện cơ sở:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người lao động có mặt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó chưa có hợp đồng lao động:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó chưa đủ 18 tuổi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số khách có mặt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét, kết luận của đoàn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định xử lý (nếu đã có):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên, cơ quan của cán bộ trong đoàn (không ghi tên người lao động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người tại cơ sở (chỉ ghi số, không ghi tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các mục chưa ghi: Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi “Đạt” cho mọi mục kiểm tra còn để trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionHistory</name>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {count} lần kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa biên bản kiểm tra ngày {day} của cơ sở {name}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoàn kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn tái kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem, sửa biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi quyết định xử phạt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPrint</name>
    <message>
        <source>In biên bản kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Đã trở về mặc định của đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần đầu và phần cuối của mọi văn bản in ra (Nghị định 30/2020/NĐ-CP): tên cơ quan ban hành, số và ký hiệu, người ký, nơi nhận. Mỗi dòng in thành một dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên cơ quan ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (in phía trên; để trống với UBND):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ viết tắt trong ký hiệu (BC-…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm quyền, chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi nơi một dòng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Hòa Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khóa do không dùng – đăng nhập để tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quên mật khẩu? Dùng mã khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Người dùng: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hòa Nhập – {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalReceivePage</name>
    <message>
        <source>Nhận báo cáo tổng hợp (tệp .hna) của các tỉnh, thành phố đã đăng ký thẻ. Nhập lại cùng tệp không thay đổi gì; lần gửi mới của cùng tỉnh, cùng kỳ thay lần gửi cũ. Số đã ẩn (&lt;5, x) không được gửi lên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận báo cáo của các tỉnh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận báo cáo các tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng chưa báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐVT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent}/{total} tỉnh, thành phố đã gửi số liệu kỳ {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn các báo cáo tổng hợp nhận được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp (*.hna);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhận {imported} tệp, {again} tệp đã nhận trước đây, {refused} tệp bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang nhận số liệu của các tỉnh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu báo cáo toàn quốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalSendPage</name>
    <message>
        <source>Chốt một kỳ báo cáo đã kết thúc và ghi báo cáo tổng hợp của tỉnh (số liệu từng xã, phường đã ẩn số nhỏ như báo cáo của tỉnh, và tình hình nộp báo cáo) thành một tệp đã ký, mã hóa cho tuyến quốc gia. Không gửi hồ sơ hay bản ghi nào. Gửi lại cùng kỳ thì lần gửi mới thay lần cũ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi báo cáo lên cấp trên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi báo cáo lên cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn nơi ghi báo cáo gửi tuyến quốc gia (USB…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {file}: kỳ {period}, lần gửi {sequence}, {reporting}/{communes} xã, phường có số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeStartBox</name>
    <message>
        <source>Đã lưu ngày bắt đầu dùng sổ: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu dùng sổ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu ngày bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các kỳ báo cáo kết thúc trước ngày này không cần chốt. Đơn vị chuyển sổ sách cũ vào máy có thể lùi ngày này về trước.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachForm</name>
    <message>
        <source>Sửa buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đề lồng ghép:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số người tham gia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó thuộc nhóm đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ rơi đã phát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bao cao su đã phát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chất bôi trơn đã phát:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú (chỉ lưu trên máy này, không gửi đi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong đó lần đầu được tiếp cận trong năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa rõ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ước tính của cán bộ: trong số người thuộc nhóm đối tượng, bao nhiêu người chưa được tiếp cận ở buổi nào trước đó trong năm. Tỷ lệ T3–T5 cộng số này để một người dự nhiều buổi chỉ được tính một lần. Để “Chưa rõ” nếu không ước tính được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người tham gia và tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachImportDialog</name>
    <message>
        <source>Nhập sổ buổi truyền thông từ Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bảng tính sổ truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} dòng: &lt;b&gt;{good} sẽ được thêm&lt;/b&gt;, {bad} có lỗi (không nhập), {dup} trùng với buổi đã có (bỏ qua). Tệp {file}, trang “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập {count} buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {count} buổi truyền thông vào sổ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachModel</name>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Năm nay ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý này ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng này ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ {count} buổi trở lên (đang đếm…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: đang tính số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐẠT ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHƯA ĐẠT ✘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: {sessions} buổi truyền thông, {participants} lượt người tham gia (nam {male}, nữ {female}, khác {other}); {forms} hình thức. Chỉ tiêu T1 (có ít nhất một hình thức truyền thông trong kỳ): &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa buổi truyền thông ngày {day} tại {place}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu phiếu đếm (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo địa điểm, đơn vị tổ chức (gõ không dấu được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm buổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danh sách đã điền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu đếm trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cho buổi có người bán dâm: chỉ đếm theo giới tính và nhóm tuổi, không ghi họ tên, năm sinh, chữ ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Trang chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tin báo, tố giác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình hình nộp báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo các tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Sửa nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên cơ quan, tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch vụ nhận chuyển gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại của cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ ghi số máy của cơ quan, không ghi số di động của cá nhân.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngừng sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ngừng sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu nơi nhận “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” lại có trong danh sách nơi nhận khi chuyển gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ngừng sử dụng “{name}”. Các phiếu giới thiệu cũ vẫn giữ tên nơi này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục nơi nhận chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các cơ quan, tổ chức nhận người được giới thiệu, chuyển gửi. Nơi ngừng sử dụng không còn hiện khi chuyển gửi, nhưng các phiếu cũ vẫn giữ tên nơi đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nơi nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại do quản trị viên đặt. Hãy đổi sang mật khẩu chỉ bạn biết trước khi làm việc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>từ {start} đến {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý {quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khoảng ngày tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Tháng {month}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý {quarter}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Kế hoạch hợp lệ, có thể lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa kế hoạch kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập kế hoạch kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số kế hoạch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên kế hoạch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian từ ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở được kiểm tra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 12/KH-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— chọn đội —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ cơ sở đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <source>Kế hoạch {number}: {done}/{planned} cơ sở đã kiểm tra, {not_done} quá hạn chưa kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T8: {plan}% so với kế hoạch, {all}% so với mọi cơ sở đang hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có kế hoạch kiểm tra nào đang thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Chưa có kế hoạch kiểm tra nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt;: {planned} cơ sở trong kế hoạch, đã kiểm tra {done}, quá hạn chưa kiểm tra {not_done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T8 trong thời gian kế hoạch: {plan}% so với kế hoạch ({a}/{b}); {all}% so với mọi cơ sở đang hoạt động ({c}/{d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đội “{name}”? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch {number}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch và đội kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm đội…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa đội…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ra máy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thành tệp PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở tệp sau khi lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Đang ghi tệp PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Dữ liệu chưa hợp lệ ({count} lỗi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập trường bắt buộc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày không được ở tương lai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo không hợp lệ: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung quá dài (tối đa {max} ký tự).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nam, nữ và khác cộng lại ({sum}) phải bằng tổng số người tham gia ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người thuộc nhóm đối tượng ({target}) không được lớn hơn tổng số ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người lần đầu được tiếp cận trong năm ({newly}) không được lớn hơn số người thuộc nhóm đối tượng ({target}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức trực tiếp phải có ít nhất một người tham gia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức truyền thông không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đối tượng không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đề lồng ghép không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy buổi truyền thông (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi truyền thông này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {min} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất một chữ cái.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất một chữ số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu không được trùng tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm hoặc gạch dưới (3–32 ký tự).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập này đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thể khóa hoặc hạ quyền quản trị viên cuối cùng đang hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã khôi phục không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp chỉ xem số liệu các xã gửi lên; việc sửa do xã thực hiện rồi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản của bạn không có quyền thực hiện việc này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu dùng sổ ({date}) không được ở tương lai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp {file}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {file} có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu, lưu lại rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {file} không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {file} không có trang tính nào đang hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn cột cho: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ô này là công thức chưa được tính: hãy mở tệp bằng Excel, lưu lại rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm “{value}” không hợp lệ (ghi bốn chữ số, ví dụ 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” không phải là một số nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn {bad} dòng có lỗi hoặc trùng nên không nhập dòng nào (đã chọn “chỉ nhập khi mọi dòng đều hợp lệ”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không in được: máy in “{printer}” không sẵn sàng. Hãy kiểm tra máy in hoặc lưu thành tệp PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu {path} chưa có sổ đăng ký. Hãy chạy thiết lập lần đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu {path} đã có sổ đăng ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đăng ký đang được mở ở một cửa sổ khác (tiến trình {pid}). Hãy dùng cửa sổ đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu {path}. Hãy chọn thư mục khác hoặc xin quyền ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không lưu được. Dữ liệu cũ vẫn còn nguyên. Hãy giải phóng dung lượng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp sổ đăng ký bị hỏng hoặc không đúng khóa. Hãy khôi phục từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp sổ đăng ký đang bị chương trình khác khóa. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đăng ký này do một phiên bản phần mềm mới hơn ghi (cấu trúc dữ liệu {revision}); phiên bản đang chạy không mở được. Hãy cài phiên bản mới hơn. Tệp dữ liệu không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu tệp khóa (keyring.json) trong thư mục dữ liệu {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu không đúng. Hãy ghi theo mẫu postgresql://người-dùng@máy-chủ/tên-cơ-sở-dữ-liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ {host} ở trên mạng: phải kết nối có mã hóa (thêm ?sslmode=verify-full hoặc sslmode=require vào địa chỉ). Không kết nối khi chưa mã hóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không kết nối được tới máy chủ cơ sở dữ liệu {host}. Hãy kiểm tra mạng, tên máy chủ và cổng, rồi thử lại. Chưa có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ {host} từ chối kết nối từ máy này (pg_hba.conf hoặc mã hóa). Hãy nhờ quản trị máy chủ cho phép.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu không nhận tài khoản “{user}” hoặc mật khẩu của tài khoản đó. Hãy kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trên máy chủ không có cơ sở dữ liệu “{database}”. Hãy nhờ quản trị máy chủ tạo trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ dùng PostgreSQL {version}, quá cũ: cần từ phiên bản {minimum} trở lên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu “{database}” còn trống, chưa có tuyến tỉnh nào. Hãy thiết lập tuyến tỉnh trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đang chứa sổ đăng ký của {unit} (cấp xã), không dùng được cho tuyến tỉnh. Không có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu “{database}” đã có dữ liệu không phải của Hòa Nhập. Hãy dùng một cơ sở dữ liệu trống. Không có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã chứa dữ liệu của một tuyến tỉnh khác ({unit}). Không có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp cấu hình máy chủ {path}. Hãy kết nối lại với máy chủ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mất kết nối tới máy chủ cơ sở dữ liệu giữa chừng. Phần đang làm dở không được ghi; hãy thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy công cụ {tool} của PostgreSQL trên máy này. Hãy cài gói công cụ PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công cụ {tool} báo lỗi: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu của tuyến tỉnh đã được một máy khác nâng cấp lên phiên bản phần mềm mới hơn (cấu trúc dữ liệu {revision}); máy này đang chạy phiên bản {version}. Hãy cài gói cập nhật mới trên máy này (hoanhap update GÓI) rồi mở lại. Không có gì được ghi vào máy chủ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần cập nhật lên {version} đã nâng cấp cơ sở dữ liệu trên máy chủ mà mọi máy phân tích dùng chung; quay lại phiên bản cũ trên một máy sẽ không mở được dữ liệu đó. Không có gì thay đổi. Nếu cả tuyến tỉnh phải quay lại, quản trị khôi phục bản sao {backup} (hoanhap restore) rồi quay lại phiên bản trên mọi máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chép thư mục dữ liệu của máy này sang {path}; lần mở sau ứng dụng dùng thư mục đó. Thư mục cũ vẫn nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chép thư mục dữ liệu của máy này (địa chỉ máy chủ, tệp mật khẩu, cấu hình) sang {path}; dữ liệu của tuyến tỉnh vẫn ở trên máy chủ. Lần mở sau ứng dụng dùng thư mục mới. Thư mục cũ vẫn nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có thư mục {path}. Hãy cắm ổ USB hoặc chọn một thư mục có sẵn. Chưa ghi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu hợp lệ của sổ đăng ký này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có đơn vị hành chính mã {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký bị sửa hoặc hỏng tại dòng số {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh {value} không hợp lý: phải từ {min} đến {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người này mới {age} tuổi, là người chưa thành niên. Trường hợp này cần xử lý theo quy định riêng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có {count} cảnh báo cần cán bộ xem và xác nhận trước khi lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị đã chọn không có trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gặp lần đầu không thể trước năm sinh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy người được hỗ trợ (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã số nhập để xác nhận không khớp với mã của người này. Chưa xóa gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn lưu giữ phải từ {min} đến {max} tháng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này trước ngày gặp lần đầu ({first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày rút lại đồng ý không thể trước ngày đồng ý ({given}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người này chưa đồng ý nội dung này, nên không có gì để rút lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập đủ thông tin để tạo mã số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin này không dùng để tạo mã số được. Hãy nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách tạo mã số phiên bản {version} bị lỗi. Hãy liên hệ quản trị viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cách tạo mã số phiên bản {version}. Hãy liên hệ quản trị viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người này chưa đồng ý được giới thiệu, chuyển gửi. Hãy lấy ý kiến đồng ý trước, hoặc ghi rõ lý do nếu buộc phải chuyển gửi ngay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn theo dõi không thể trước ngày giới thiệu ({referred_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thể chuyển sang trạng thái này. Thứ tự là: đã chuyển gửi, rồi nơi nhận tiếp nhận, rồi hoàn thành, bị từ chối hoặc mất dấu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này không thể trước ngày {previous}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi hoàn thành, hãy chọn kết quả đạt được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận “{partner}” đã ngừng sử dụng. Hãy chọn nơi khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy phiếu giới thiệu này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy nơi nhận này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có nơi nhận tên “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} phiếu giới thiệu đã quá ngày hẹn theo dõi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có phiếu giới thiệu nào quá hạn theo dõi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hồ sơ đã quá thời hạn lưu giữ ({months} tháng), cần xem xét xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình kinh doanh không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng hoạt động không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở đã đóng cửa thì phải ghi ngày đóng cửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có ngày đóng cửa nhưng tình trạng không phải “Đã đóng cửa”. Hãy sửa một trong hai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đóng cửa không được trước ngày bắt đầu hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở kinh doanh (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở đã được kiểm tra ngày {day}, nên ngày bắt đầu hoạt động không thể sau ngày đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở đã có {count} lần kiểm tra nên không xóa được. Nếu cơ sở đã nghỉ, hãy chuyển tình trạng sang “Đã đóng cửa”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kiểm tra không được trước ngày cơ sở bắt đầu hoạt động hoặc đăng ký ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức kiểm tra không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục kế hoạch đã chọn không phải của cơ sở này, không thuộc kỳ của kế hoạch vào ngày kiểm tra, hoặc đã được thực hiện bởi một lần kiểm tra khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra lại không thực hiện mục nào của kế hoạch kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số này ({count}) không được lớn hơn số người lao động có mặt ({present}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có mẫu phiếu kiểm tra phiên bản {version} áp dụng cho ngày kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục “{item}” không có trong mẫu phiếu kiểm tra phiên bản {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục “{item}” không áp dụng cho loại hình kinh doanh của cơ sở này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục “{item}” được ghi kết quả hai lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục “{item}”: hãy chọn Đạt, Không đạt hoặc Không áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục “{item}”: hãy ghi số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục “{item}”: kiểu trả lời không đúng với mẫu phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy lần kiểm tra (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản kiểm tra này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức xử lý đề nghị không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm phải có căn cứ pháp lý: chọn điều khoản trong bảng tham chiếu hoặc ghi căn cứ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có điều khoản “{reference}” trong bảng tham chiếu xử phạt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} không còn (hoặc chưa có) hiệu lực vào ngày kiểm tra {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị phạt tiền thì phải ghi số tiền đề nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị phạt tiền phải dựa trên một điều khoản có mức phạt tiền trong bảng tham chiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền đề nghị {amount} đồng nằm ngoài khung {min} – {max} đồng của {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ ghi số tiền khi hình thức xử lý là đề nghị phạt tiền.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày hẹn tái kiểm tra phải từ {min} đến {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giờ kết thúc phải sau giờ bắt đầu kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một buổi kiểm tra không kéo dài quá {hours} giờ: kiểm tra lại giờ kết thúc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản biên bản phải từ 1 đến {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {count} người nhưng mục “{item}” lại ghi “Đạt”: số liệu và kết quả mâu thuẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận “không phát hiện vi phạm” nhưng biên bản đang ghi {count} vi phạm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận “có vi phạm” nhưng chưa ghi vi phạm nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản còn mâu thuẫn, chưa in được: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy đội kiểm tra đã chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn đối tượng vi phạm: chủ cơ sở (hộ kinh doanh hoặc doanh nghiệp) hay cá nhân có mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng vi phạm không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm của chủ cơ sở được ghi theo tên cơ sở: không ghi tên hay vai trò cá nhân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi vai trò của cá nhân vi phạm (ví dụ: khách, người quản lý ca); không ghi tên người lao động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} không áp dụng cho đối tượng vi phạm đã chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền {amount} đồng là khung phạt của cá nhân; tổ chức bị phạt theo khung {min} – {max} đồng của {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm {number} đã có quyết định xử phạt: không thể xóa hoặc đổi điều khoản, đối tượng của nó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại đội kiểm tra không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò trong đội không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hết hiệu lực phải sau ngày bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra phải có ít nhất một thành viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội phải có đúng một đội trưởng (đang có {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy đội kiểm tra (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra đang được dùng trong {count} kế hoạch: không xóa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kết thúc kế hoạch phải sau ngày bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn đội kiểm tra thực hiện kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đội kiểm tra được chọn chưa có thành viên nào: hãy lập danh sách thành viên trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch phải có ít nhất một cơ sở được kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở trong kế hoạch không có trong sổ quản lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một cơ sở được đưa vào kế hoạch hai lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong kế hoạch chỉ có kiểm tra theo kế hoạch hoặc đột xuất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kiểm tra dự kiến {day} nằm ngoài thời gian của kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch kiểm tra (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định không thể trước ngày kiểm tra {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ ghi ngày nộp phạt khi đã nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nộp phạt không thể trước ngày quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định không có số tiền phạt thì không có gì để nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy quyết định xử phạt (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy vi phạm (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu {file}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file} sai cú pháp JSON (dòng {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: phải là một đối tượng JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: trường lạ “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: thiếu trường “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: giá trị của “{field}” không hợp lệ ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}: mục {item} bị trùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: nội dung trùng với mục {other} cho cùng loại hình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: ngày hết hiệu lực {valid_to} trước ngày có hiệu lực {valid_from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: mức phạt tổ chức ({org}) thấp hơn mức phạt cá nhân ({person}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: hành vi vi phạm “{reference}” không có trong bảng tra cứu xử phạt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục {folder} không có tệp dữ liệu nào ({pattern}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần dạng SỐ_CỘT=TÊN_TRƯỜNG, ví dụ 3=place: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu tệp: cho tên tệp Excel cần nhập, hoặc --template TỆP để lấy tệp mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột {column} “{header}” → {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {line}: sẽ được thêm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {line}: trùng với bản ghi đã có trong sổ hoặc một dòng trước trong tệp: bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {line}: {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} dòng: {good} sẽ được thêm, {bad} có lỗi (không nhập), {dup} trùng (bỏ qua). Tệp {file} (SHA-256 {sha256}), trang “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi gì vào sổ. Chạy lại với --yes để nhập các dòng hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {count} dòng vào sổ, trong một lần ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi tệp mẫu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm {year} — T8 như báo cáo năm tính (bộ chỉ tiêu đang áp dụng); chỉ tiêu: {targets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có chỉ tiêu T8 cho năm này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm {year}: không đủ dữ liệu để tính T8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}. Hãy kiểm tra USB hoặc quyền truy cập tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu trống (0 byte), có thể chép chưa xong. Hãy chép lại tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp này không phải gói dữ liệu đồng bộ (không phải tệp ZIP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu bị hỏng hoặc thiếu một phần (có thể chép chưa xong). Hãy xin đơn vị gửi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa tệp lạ “{name}”. Chương trình không mở gói này để đảm bảo an toàn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu phần “{name}”. Hãy xin đơn vị gửi xuất lại gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu lớn bất thường (phần “{name}” vượt giới hạn). Chương trình không mở để tránh treo máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần thông tin người gửi (envelope.json) trong gói dữ liệu bị hỏng hoặc thiếu thông tin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ ký số của gói dữ liệu bị hỏng hoặc sai định dạng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu được ký bằng khóa {found}, không phải khóa {expected} đã đăng ký của đơn vị gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ ký số không khớp: nội dung gói dữ liệu đã bị thay đổi sau khi ký. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ ký số không khớp: thông tin gói (mã gói, đơn vị gửi, số thứ tự) đã bị sửa. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú kèm chữ ký quá dài (tối đa {max} byte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú kèm chữ ký không được xuống dòng hoặc chứa ký tự điều khiển.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa kiểm tra chữ ký (khóa công khai minisign) không đúng định dạng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không giải mã được gói dữ liệu: gói không gửi cho đơn vị này, hoặc tệp đã bị hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa mã hóa của nơi nhận “{recipient}” không hợp lệ (phải là chuỗi bắt đầu bằng age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa giải mã không hợp lệ (phải là chuỗi bắt đầu bằng AGE-SECRET-KEY-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có nơi nhận để mã hóa gói dữ liệu. Hãy cài thẻ đơn vị của tuyến trên trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu có định dạng {version}; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm ở đây lên bản đọc được định dạng {version} rồi nhập lại. Chưa có gì thay đổi; nơi gửi giữ nguyên gói trong hộp thư đi, không mất dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói được ký bằng khóa {key_id} chưa đăng ký ở đây. Hãy đăng ký thẻ đơn vị của nơi gửi (xác nhận mã vân tay qua điện thoại) rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa {key_id} của {unit} đã bị thu hồi ngày {date}. Không nhận tệp ký bằng khóa này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa {key_id} không thuộc loại đơn vị được phép gửi tệp này đến đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp ghi là của đơn vị {claimed} nhưng được ký bằng khóa của {actual}. Không nhận tệp này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin ngoài gói (mã gói, đơn vị gửi, số thứ tự) không khớp với chữ ký: gói đã bị sửa. Không nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã gói {bundle_id} đã được nhập trước đây với nội dung khác. Không nhập; hãy liên hệ đơn vị gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung gói này đã được nhập trước đây dưới mã gói {previous}. Đây là bản gửi lại dưới mã khác; không nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhận một gói khác của {unit} mang cùng số thứ tự {sequence}. Không nhập; hãy liên hệ đơn vị gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng kê (manifest.json) trong gói dữ liệu bị hỏng hoặc thiếu thông tin. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng kê trong gói không khớp với thông tin ngoài gói (mục {field}). Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {name} có trong gói mà không có trong bảng kê, hoặc ngược lại. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {name} trong gói không khớp mã kiểm tra ghi trong bảng kê. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table} có {found} bản ghi nhưng bảng kê ghi {declared}. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói số {sequence} của {unit} không nối tiếp các gói đã nhận (chuỗi mã kiểm tra bị đứt). Không nhập; hãy liên hệ đơn vị gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói có bảng dữ liệu lạ “{table}” mà phần mềm không có. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: bản ghi không đọc được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: có trường lạ “{column}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: thiếu trường “{column}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: giá trị của trường “{column}” không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: bản ghi của đơn vị {origin}, không phải của đơn vị gửi {sender}. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}: bản ghi {record} đã có ở đây và thuộc đơn vị khác ({owner}). Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng {table}: bản ghi {record} xuất hiện hai lần trong cùng một gói. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu xóa dữ liệu ở dòng {line} trỏ tới bảng lạ “{table}”. Không nhập gói này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ đăng ký không ghi được dữ liệu của gói ({detail}). Chưa có gì bị thay đổi; hãy báo cho người quản trị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ cơ quan tổng hợp (tuyến trên) mới nhập gói dữ liệu của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc này chỉ làm ở xã/phường (gửi gói dữ liệu, chốt kỳ báo cáo, nhập giấy báo nhận).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tệp gói dữ liệu (.hnb) nào trong {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp thẻ đơn vị không đúng định dạng hoặc đã bị sửa sau khi xuất. Hãy xin đơn vị kia xuất lại thẻ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ đơn vị này có định dạng {version}, do phiên bản phần mềm mới hơn tạo ra; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi đăng ký lại. Chưa có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp chỉ đăng ký thẻ của xã/phường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã/phường chỉ cài thẻ của cơ quan tổng hợp (tuyến trên).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ của {unit} thuộc tỉnh khác, không thuộc tỉnh {own} của đơn vị này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ có khóa {key_id} ({unit}) đã được đăng ký từ ngày {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đây là thẻ của chính đơn vị này, không cần đăng ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy thẻ đơn vị này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã vân tay không khớp với thẻ. Hãy gọi điện cho đơn vị kia và đọc lại từng nhóm 5 số. Chưa đăng ký thẻ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập mã vân tay đã xác nhận qua điện thoại với đơn vị kia trước khi đăng ký thẻ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp giấy báo nhận không đúng định dạng hoặc đã bị sửa. Hãy xin tuyến trên gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy báo nhận có định dạng {version}, do phiên bản phần mềm mới hơn tạo ra; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi nhập lại. Chưa có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy báo nhận này dành cho đơn vị {unit}, không phải đơn vị này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy xung đột này (có thể đã được giải quyết).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn giữ bản đang có ở đây hoặc nhận bản mới gửi đến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} chưa kết thúc nên chưa chốt được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} đã được chốt ngày {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trước khi chương trình bắt đầu ({start}): có thể nhập nhầm năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo được chốt không hợp lệ (mã kỳ và ngày đầu, ngày cuối không khớp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bộ phận ({part}) lớn hơn tổng số ({whole}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức phạt đề xuất {amount} đồng nằm ngoài khung {min}–{max} đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản ghi có giá trị mà biểu mẫu không thể tạo ra nên không kiểm tra được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi lý do cho phép đưa bản ghi bị giữ lại vào số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi bị giữ lại này (có thể đã được cho phép hoặc đã có bản sửa thay thế).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ cán bộ hoặc quản trị viên mới được cho phép đưa bản ghi bị giữ lại vào số liệu; tài khoản xem không làm được việc này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy báo nhận nêu bản ghi {table} {record} bị giữ lại nhưng máy này không có bản ghi đó; các phần khác của giấy báo nhận vẫn được ghi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuyến tỉnh chưa đọc được gói số {sequence} (định dạng {format}; tuyến tỉnh đọc đến định dạng {reads}): hãy chờ tuyến tỉnh cập nhật phần mềm. Không mất dữ liệu: gói vẫn nằm trong hộp thư đi và sẽ được gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ cơ quan tổng hợp tuyến tỉnh mới gửi báo cáo tổng hợp lên tuyến quốc gia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ cơ quan tổng hợp toàn quốc mới nhận và tổng hợp báo cáo của các tỉnh, thành phố.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đăng ký thẻ đơn vị của cơ quan tổng hợp toàn quốc: hãy nhận thẻ, xác nhận mã vân tay qua điện thoại và đăng ký trước khi gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp này không phải báo cáo tổng hợp của một tỉnh (có thể là gói dữ liệu của xã, phường): tuyến quốc gia chỉ nhận báo cáo tổng hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp có định dạng {version}; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi nhập lại. Chưa có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp có tệp {file} không đúng định dạng. Không nhập gì; hãy xin tỉnh gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp có số liệu nhỏ chưa được ẩn (chỉ tiêu {indicator}, đơn vị {unit}): không nhận, vì có thể làm lộ người được hỗ trợ. Hãy báo tỉnh kiểm tra phần mềm và gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề trong 20 dòng đầu của tệp {file} (cần ít nhất hai cột như {columns}). Hãy dùng tệp mẫu, hoặc đặt tên cột.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy của xã, phường giữ sổ đăng ký mã hóa ngay trên máy; chỉ cơ quan tổng hợp (tuyến tỉnh, tuyến quốc gia) mới dùng máy chủ cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách có thông tin người được hỗ trợ phải đặt mật khẩu (ít nhất {min} ký tự) để mã hóa tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp chỉ tiêu {file} (phải là tệp văn bản UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}: sai cú pháp ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có trường “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: thiếu trường bắt buộc “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: giá trị “{value}” của trường “{name}” không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: kỳ “{value}” không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}: mã “{name}” bị trùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có danh mục mã “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có bảng dữ liệu “{table}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: bảng “{table}” không có cột “{column}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không trỏ tới bảng khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” chỉ lưu trên máy này, không được dùng trong báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không phải số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không phải ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có phần báo cáo “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có cách phân tổ “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không phân tổ được “{name}” trên bảng “{table}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có số liệu nền “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có cột mục tiêu “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cần hoặc “value”, hoặc cả “numerator” và “denominator”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mẫu số bằng 0 (không chia được).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mục tiêu “{value}” phải viết dạng “&gt;= 70” hoặc “&lt;= 5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mục tiêu “{value}” bằng 0 (luôn đạt, không so sánh được).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ chỉ tiêu trong tệp {file} có thời gian hiệu lực trùng với bộ chỉ tiêu đã nạp từ tệp {other} ({start} – {end}). Hai bộ chỉ tiêu không được áp dụng cùng một thời gian; bộ đang dùng được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bộ chỉ tiêu áp dụng cho {period}. Đề nghị quản trị viên nạp bộ chỉ tiêu cho kỳ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{name}” trong bộ chỉ tiêu áp dụng cho năm {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cột mục tiêu “{name}” trong bộ chỉ tiêu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu “{value}” không hợp lệ: ghi dạng “&gt;= 100” hoặc “&lt;= 0” (tỷ lệ không quá 100, “ít nhất” phải lớn hơn 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {values} giá trị DHIS2 của {communes} xã, phường, kỳ {period}; {withheld} số nhỏ (1–4 người) không gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp ánh xạ hợp lệ: {elements} phần tử dữ liệu, {org_units} đơn vị, loại kỳ: {periods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu vân tay: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {size} byte, {records} bản ghi, phần {part}/{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo: có tệp trên 20 MB, quá lớn với phần lớn hộp thư điện tử; dùng --split-mb 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hub}: tuyến tỉnh đã nhận {acknowledged}/{listed} gói được liệt kê.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuyến tỉnh giữ lại {count} bản ghi vi phạm quy tắc: xem ở màn hình chính, sửa rồi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hub}: biên nhận này đã được nhập trước đây ({acknowledged}/{listed} gói).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuyến tỉnh chưa nhận được các gói số: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} {name}: gói gần nhất {last}, còn thiếu {missing}, xung đột {conflicts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn đúng một trong hai: --type hoặc --establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu tệp: hoanhap indicators load TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày phải viết dạng YYYY-MM-DD: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần dạng MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giai đoạn {period} — mỗi cơ sở được kiểm tra ít nhất một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có kế hoạch kiểm tra nào đang thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch {number}: {title} ({start} – {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong kế hoạch {planned}, đã kiểm tra {done}, quá hạn chưa kiểm tra {not_done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T8: {plan_percent} so với kế hoạch ({planned_inspected}/{planned}); {operating_percent} so với mọi cơ sở đang hoạt động ({operating_inspected}/{operating})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T9 — {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp nhận: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xác minh: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển xử lý: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xử lý xong: {count} ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xử lý trong {days} ngày: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày xử lý (trung vị): {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  {name} ({kind}) — nòng cốt {core}/{members}, năm nay: {activities} hoạt động, {reached} người tiếp cận, {supported} người được hỗ trợ; {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngừng {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T10 — {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình đang hoạt động: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên nòng cốt: {core} / {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi hoạt động: {count} ({participants} lượt người)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được tiếp cận: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiếp theo năm {year}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {period} — {units} xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {name} ({programme}), {count} chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{valid}  {source}: {name} ({programme}), {count} chỉ tiêu ({origin}{replaced})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xóa bản ghi {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi tệp {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {added} dòng, bỏ qua {skipped} dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp JSON có trường không có trong biểu mẫu: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp JSON {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra lại sau {days} ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: đã tạo sổ đăng ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của tài khoản {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã mở sổ đăng ký bằng mã khôi phục và đặt mật khẩu mới cho tài khoản {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục; bản trước đó được giữ tại {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuỗi băm của nhật ký nguyên vẹn: {entries} dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tin cậy thẻ: {role} {unit} {name} (khóa {key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối {file}: {reason} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Giữ lại {table} {id} v{version}: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên nhận: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khóa sổ kỳ {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xử lý xung đột {table} {id}: {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} {unit} {table} {record}: ở đây v{local} / gửi đến v{incoming}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã quay lại phiên bản {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cập nhật {previous} -&gt; {version} (bản sao lưu: {backup}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ được giữ {months} tháng sau lần tiếp xúc cuối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có người cùng mã và năm sinh ({ids}); chưa thêm. Nếu đúng là người khác, chạy lại với --anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn xã, phường nào để lập báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường mã {code} không thuộc phạm vi của đơn vị này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có danh sách “{name}” (có: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách “{name}” chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có số liệu nền “{name}” trong bộ chỉ tiêu đang dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu nền phải là số không âm (đã nhập: {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tệp ánh xạ DHIS2 ({path}). Chép tệp mẫu resources/dhis2/dhis2-mapping.example.toml, điền mã DHIS2 rồi nạp bằng lệnh dhis2-mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp ánh xạ DHIS2 {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp ánh xạ DHIS2 phải ghi format = 1 (đang là “{value}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục [{name}] của tệp ánh xạ phải là một bảng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” không phải mã UID của DHIS2: cần đúng 11 chữ cái hoặc chữ số, bắt đầu bằng chữ cái.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã “{value}” không hợp lệ: từ 1 đến 50 ký tự chữ, số, gạch dưới, gạch ngang hoặc dấu chấm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_scheme phải là UID hoặc CODE (đang là “{value}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có loại kỳ “{kind}”: dùng month, quarter, half hoặc year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ loại {kind} ứng với loại kỳ DHIS2 “{expected}”, không phải “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp ánh xạ chưa cho phép gửi kỳ loại {kind} ({period}): thêm dòng vào mục [periods].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu {indicator} dùng phân tổ “{dimension}” nhưng mục [disaggregations] không có phân tổ đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phân tổ {dimension} chưa có nhóm nào trong mục options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp ánh xạ chưa gán chỉ tiêu nào cho phần tử dữ liệu DHIS2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai phân tổ cùng dùng thuộc tính ADX “{value}”: mỗi phân tổ cần một tên riêng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (mã {code}) có số liệu kỳ này nhưng chưa có mã đơn vị DHIS2 trong mục [org_units].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có chỉ tiêu {indicator} trong bộ chỉ tiêu của kỳ {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu {indicator} không có phân tổ theo “{dimension}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu {indicator}: nhóm “{option}” của phân tổ {dimension} chưa có mã trong tệp ánh xạ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp ADX cần mã bộ dữ liệu (data_set) của DHIS2 trong tệp ánh xạ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định dạng “{value}” không có: chọn json hoặc adx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tuyến tỉnh xuất số liệu sang DHIS2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn tiếp nhận tin báo không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng của tin báo không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị đã chọn không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung có dãy số giống số điện thoại hoặc số giấy tờ: không ghi thông tin nhận diện người.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ gắn cơ sở kinh doanh khi tin báo phản ánh về một cơ sở kinh doanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở kinh doanh đã chọn (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xác minh không được trước ngày tiếp nhận ({received}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày chuyển xử lý không được trước ngày tiếp nhận ({received}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý xong không được trước ngày tiếp nhận ({received}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý xong không được trước ngày xác minh ({verified}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý xong không được trước ngày chuyển xử lý ({passed_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có ngày xác minh thì phải chọn kết quả xác minh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chọn kết quả xác minh thì phải có ngày xác minh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có ngày chuyển thì phải chọn nơi nhận chuyển xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chọn nơi nhận thì phải có ngày chuyển xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có ngày xử lý xong thì phải chọn kết quả xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chọn kết quả xử lý thì phải có ngày xử lý xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tin báo (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tin báo này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại mô hình không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hoạt động không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại dịch vụ hỗ trợ không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thành viên nòng cốt ({core}) không được lớn hơn tổng số thành viên ({members}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người mới được tiếp cận ({new}) không được lớn hơn số người tham gia ({participants}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người được hỗ trợ phải từ 1 trở lên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ngừng hoạt động không được trước ngày thành lập ({established}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này ở trước ngày thành lập mô hình ({established}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này ở sau ngày mô hình ngừng hoạt động ({closed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình đã có hoạt động hoặc số người được hỗ trợ ghi ngày {day}: ngày thành lập không được sau ngày đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình đã có hoạt động hoặc số người được hỗ trợ ghi ngày {day}: ngày ngừng hoạt động không được trước ngày đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình đã có {count} bản ghi hoạt động, hỗ trợ nên không xóa được; hãy ghi ngày ngừng hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy mô hình hoặc bản ghi (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản ghi này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gợi ý: định mức QĐ 1875/QĐ-LĐTBXH tính câu lạc bộ có tối đa {max} thành viên nòng cốt (vẫn lưu được).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gợi ý: năm nay mô hình mới tiếp cận {reached} người; định mức QĐ 1875/QĐ-LĐTBXH là ít nhất {min} người.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ quan ban hành văn bản (ví dụ: ỦY BAN NHÂN DÂN / XÃ XUÂN LŨNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập thẩm quyền, chức vụ người ký (ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản (ví dụ: UBND, SYT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ viết tắt “{symbol}” không được có dấu cách hay dấu “/” (ví dụ: UBND, SYT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức văn bản: mỗi mục tối đa {lines} dòng, mỗi dòng tối đa {max} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên từ 1 trở lên (đã nhập: {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {number}/{kind}-{symbol} năm {year} đã cấp cho văn bản “{title}”. Hãy chọn số khác (số còn trống tiếp theo: {next}). Chưa lưu gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy văn bản trong sổ đăng ký (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp thuyết minh không đọc được: {reason}. Dùng TOML với các mục situation, results, shortcomings, proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được vào {path}: ổ đĩa đã bị rút ra hoặc bị lỗi. Không có tệp dở dang nào mang tên thật; hãy cắm lại rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu {path} là của {unit}, không phải của {ours}. Không khôi phục; sổ đăng ký vẫn nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu {path} do phiên bản mới hơn ({version}) tạo ra. Hãy cập nhật ứng dụng trước khi khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {path} không phải gói cập nhật của Hòa Nhập hoặc bị cắt dở. Không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ ký của gói cập nhật {path} không đúng: gói đã bị sửa hoặc không do đơn vị phát hành ký. Không cài; không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói cập nhật {path} được ký bằng khóa {key_id}, không phải khóa phát hành của Hòa Nhập. Không cài; không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói cập nhật {path} là phiên bản {version}, không mới hơn phiên bản đang dùng ({installed}). Không cài; không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản {version} không khởi động được ({detail}). Đã quay về phiên bản {previous}; dữ liệu vẫn nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có phiên bản trước để quay về.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>Cho phép đưa vào số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do (được ghi vào nhật ký, ví dụ: đã gọi điện xác minh với xã):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đưa bản ghi của {unit} vào số liệu; lý do đã được ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản ghi của {unit} vẫn bị giữ lại; xã thấy nó trong giấy báo nhận, sửa và gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các bản ghi dưới đây vi phạm quy tắc nhập liệu nên chưa được đưa vào số liệu, báo cáo của tỉnh; phần còn lại của gói vẫn được nhập. Khi xã gửi lại bản đã sửa, bản ghi tự được thay thế. Cán bộ có thể cho phép đưa một bản ghi vào số liệu kèm lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cho phép, ghi lý do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để xã sửa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Chọn các gói dữ liệu nhận được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.hnb);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói dữ liệu (USB, thư mục tệp đính kèm email…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký và giải mã để xem trước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem trước xong: chưa có gì được ghi vào sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẽ nhập {bundles} gói: {new} bản ghi mới, {changed} sửa, {deleted} xóa, {conflicts} xung đột. Bị từ chối: {refused} tệp. Đã nhập trước đây: {skipped} gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {bundles} gói: {new} bản ghi mới, {changed} sửa, {deleted} xóa, {conflicts} xung đột. Bị từ chối: {refused} tệp. Đã nhập trước đây: {skipped} gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bản ghi vi phạm quy tắc sẽ bị giữ lại (xem thẻ “Bị giữ lại” sau khi nhập).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bản ghi vi phạm quy tắc bị giữ lại, chưa vào số liệu (thẻ “Bị giữ lại”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {count} giấy báo nhận vào {folder}: {files}. Gửi mỗi tệp cho xã/phường tương ứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có gói nào được nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có {count} xung đột cần xử lý ở thẻ “Xung đột”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập {count} gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo từng xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị giữ lại ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị giữ lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ đơn vị và mã vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một hay nhiều gói dữ liệu (.hnb) nhận qua USB hoặc email, hoặc cả một thư mục. Mỗi gói được kiểm tra chữ ký, giải mã và xem trước; chưa có gì được ghi cho đến khi bấm “Nhập”. Gói nào hỏng hoặc không đúng người gửi thì bị từ chối riêng, không ảnh hưởng các gói khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục giấy báo nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Bỏ đi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Mã khôi phục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản cần đặt lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục quyền truy cập</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Mã khôi phục mới (mã cũ không còn dùng được). Mã chỉ hiện một lần: hãy in phiếu và cất trong tủ khóa của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã khôi phục mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Hãy ghi lý do phải chuyển gửi khi người này chưa đồng ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu, chuyển gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển gửi cho người có mã {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dịch vụ cần:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày giới thiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn theo dõi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do phải chuyển gửi ngay (bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách đúng: đóng cửa sổ này, bấm “Đồng ý…” trong hồ sơ để ghi ý kiến đồng ý, rồi chuyển gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vẫn chuyển gửi khi chưa có đồng ý (việc này được ghi vào nhật ký)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do chỉ lưu trên máy này, không gửi đi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu phiếu giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Cập nhật phiếu {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {partner}&lt;br&gt;{service}, giới thiệu ngày {referred}. Hiện tại: &lt;b&gt;{status}&lt;/b&gt; (từ {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu đã kết thúc: chỉ còn ghi được phản hồi của nơi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển sang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày có kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phản hồi của nơi nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả có vào ngày khác ngày trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phản hồi chỉ lưu trên máy này, không gửi đi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa có kết quả)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterClientDialog</name>
    <message>
        <source>Hãy đánh dấu ô xác nhận về người chưa thành niên trước khi lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Bỏ đi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fact} (không bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo mã số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin lưu trong sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã số sẽ là:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin này chỉ dùng để tạo mã, không được lưu. Giới tính và năm sinh bên dưới cũng góp vào mã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi làm việc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gặp lần đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biết đến qua:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên gọi (không bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ 1995</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên gọi và ghi chú chỉ lưu trên máy này, được mã hóa, không bao giờ gửi đi. Không ghi họ tên thật, số điện thoại hay số giấy tờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi đã biết đây là người chưa thành niên và sẽ xử lý theo quy định riêng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDefinitionsDialog</name>
    <message>
        <source>có sẵn trong ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do quản trị viên nạp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bộ chỉ tiêu theo thời gian áp dụng&lt;/b&gt; (báo cáo dùng bộ có thời gian bao trùm kỳ báo cáo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; bộ đã nạp được dùng cho thời gian trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}: {programme} ({code}), {count} chỉ tiêu; tệp {file} ({origin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp định nghĩa chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu (*.toml);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
Bộ chỉ tiêu đang dùng không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nạp {count} chỉ tiêu từ tệp {file}. Các báo cáo từ nay theo bộ chỉ tiêu này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ chỉ tiêu báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi có chương trình hoặc kế hoạch mới (ví dụ giai đoạn 2026–2035), quản trị viên nạp tệp định nghĩa chỉ tiêu do tỉnh cung cấp; tệp ghi rõ thời gian áp dụng (valid_from, valid_to). Tệp được kiểm tra toàn bộ trước khi dùng; nếu có lỗi hoặc trùng thời gian với bộ đã nạp khác, các bộ hiện tại được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nạp tệp định nghĩa mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được nạp bộ chỉ tiêu mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportIssueDialog</name>
    <message>
        <source>Số văn bản và thuyết minh báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: số của báo cáo trong sổ đăng ký văn bản đi và các phần lời của báo cáo gửi cấp trên. Được in vào PDF và ghi vào trang “Thuyết minh” của tệp Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Tình hình chung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. Kết quả thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. Tồn tại, hạn chế và nguyên nhân:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. Đề xuất, kiến nghị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu vào sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParametersDialog</name>
    <message>
        <source>“{name}”: hãy nhập một số không âm, ví dụ 1.250 hoặc 37,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu nền của kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: các số liệu dùng làm mẫu số cho chỉ tiêu tỷ lệ (ví dụ số học sinh trên địa bàn). Để trống nếu chưa có số liệu; chỉ tiêu đó sẽ ghi “Không đủ dữ liệu”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTargetsDialog</name>
    <message>
        <source>Không có thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
Chưa lưu chỉ tiêu nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {count} chỉ tiêu của năm {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu năm của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu kế hoạch năm của tỉnh (hoặc của xã) vào cột “Đơn vị nhập”, dạng “&gt;= 100” (tỷ lệ %) hoặc “&gt;= 3.500” (số người); để trống để dùng chỉ tiêu trong bộ chỉ tiêu. Chỉ tiêu nhập ở đây thay chỉ tiêu trong bộ cho các báo cáo trong năm; chỉ tiêu số lượng chỉ đánh giá trên báo cáo cả năm. Ở tuyến tỉnh, báo cáo toàn tỉnh dùng chỉ tiêu do tỉnh nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong bộ chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được nhập chỉ tiêu năm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <source>lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiếc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu này không đánh giá trên loại kỳ đã chọn (ví dụ mục tiêu tính theo năm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chia theo {dimension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo từng xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tử số / mẫu số: {numerator} / {denominator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm mũi tên bên trái để xem chi tiết.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Đang lập báo cáo {period}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập số liệu nền của kỳ này: {names}. Các chỉ tiêu tỷ lệ cần số này ghi “Không đủ dữ liệu”; bấm “Số liệu nền…” để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn kỳ báo cáo rồi bấm “Lập báo cáo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tổng hợp từ {count} xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; ({start} – {end}), {scope}: &lt;span style=&apos;color:#1b5e20&apos;&gt;{met} chỉ tiêu đạt&lt;/span&gt;, &lt;span style=&apos;color:#b00020&apos;&gt;{not_met} chưa đạt&lt;/span&gt;, &lt;span style=&apos;color:#8a4b00&apos;&gt;{no_data} không đủ dữ liệu&lt;/span&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu theo {programme}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người được hỗ trợ từ 1 đến 4 được hiện là “{small}” để bảo vệ thông tin cá nhân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi in hoặc xuất tệp, số người được hỗ trợ từ 1 đến 4 được ghi là “{small}” vì tệp rời khỏi xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã dừng; không có tệp nào được ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa cấp số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu báo cáo (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi báo cáo tới máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi báo cáo vào {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu danh sách (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất {count} dòng vào {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đã được mã hóa; mở bằng mật khẩu vừa đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xuất danh sách… đã ghi {count} dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển gửi dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản, thuyết minh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp số trong sổ đăng ký văn bản và viết các phần tình hình, kết quả, tồn tại, đề xuất trước khi in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở mọi chi tiết (giới tính, nhóm tuổi…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu nền…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập các mẫu số dữ liệu không tự có, ví dụ số học sinh trên địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ chỉ tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu năm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản trị viên nhập chỉ tiêu kế hoạch năm của tỉnh, không cần sửa tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách gốc ra Excel (đủ mọi dòng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ trong kỳ đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bộ chỉ tiêu áp dụng cho kỳ này: không bộ chỉ tiêu nào đã nạp có thời gian hiệu lực bao trùm kỳ báo cáo. Đề nghị quản trị viên nạp bộ chỉ tiêu áp dụng cho kỳ này (nút “Bộ chỉ tiêu…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tổng hợp từ {reporting}/{total} xã, phường đã gửi số liệu kỳ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{codes}: tỷ lệ trên 100% – cần kiểm tra số liệu (không đánh giá là đạt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ và đánh giá chỉ tính trên các xã, phường đã gửi số liệu. Chưa báo cáo ({count}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> và {more} xã, phường khác (danh sách đủ trong báo cáo in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: đúng hạn {on_time}, muộn {late}, chưa báo cáo {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa sổ từng tháng — {months}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <source>Buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu đã gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu đã nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các bản ghi khác</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KHÔNG ĐẠT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nguyên vẹn, {count} dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bị sửa hoặc hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu lúc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản ứng dụng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không rõ (bản sao lưu cũ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản cơ sở dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuỗi nhật ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục sẽ thay sổ đăng ký đang dùng bằng bản này; những gì nhập sau lúc sao lưu sẽ không còn trong sổ (sổ hiện tại được giữ lại thành một bản sao an toàn). Chỉ xem thì bấm Đóng: chưa có gì bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDelay</name>
    <message>
        <source>Gõ các từ cần tìm, có dấu hay không dấu đều được; mọi từ phải có trong dòng. Từ có từ 3 chữ cái trở lên được tìm nhanh qua chỉ mục; từ chỉ 1–2 chữ cái (như “lo”, “12”) phải so từng dòng, nên ở danh sách rất dài có thể chậm hơn. Danh sách hiện ngay các dòng đầu, tổng số đếm sau. Nhấn Enter để tìm ngay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Chưa gửi lần nào. Lần gửi đầu tiên mang toàn bộ {count} bản ghi của sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} bản ghi&lt;/b&gt; thay đổi kể từ lần gửi trước ({when}) sẽ được gửi (kể cả các bản ghi đã xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có thay đổi nào kể từ lần gửi trước ({when}). Vẫn gửi được: gói trống cho cấp trên biết sổ của xã vẫn được cập nhật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi tới: &lt;b&gt;{hub}&lt;/b&gt;. Ghi chú riêng, biệt danh và kế hoạch hỗ trợ không bao giờ rời khỏi máy này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gói đang chờ cấp trên xác nhận đã nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba tháng gần nhất – {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc USB để ghi gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đóng gói, ký và mã hóa dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {files} ({size}) vào {folder}. Tệp quá lớn để đính kèm email (thường tối đa khoảng 20 MB): hãy chép vào USB, hoặc gửi lại và đánh dấu “chia thành nhiều tệp”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {files} ({size}) vào thư mục gửi đi, thư mục đã được mở. Hãy đính kèm tệp vào email gửi cơ quan tổng hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {files} ({size}) vào {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chốt {period}. Lời xác nhận sẽ đi cùng gói dữ liệu gửi tiếp theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn giấy báo nhận của cơ quan tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy báo nhận (*.hnr);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy báo nhận này của {hub} đã được nhập trước đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy báo nhận của {hub}: {count} gói vừa được xác nhận đã nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên chưa nhận được gói số {numbers}: hãy gửi lại các tệp đó, hoặc gửi lại toàn bộ dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ đơn vị và mã vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa cài thẻ của cơ quan tổng hợp nên chưa gửi được. &lt;a href=&quot;cards&quot;&gt;Cài thẻ của cơ quan tổng hợp…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi lại toàn bộ dữ liệu (khi cấp trên báo thiếu hoặc mất gói)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi gửi qua email: chia thành nhiều tệp nếu gói quá lớn (mỗi tệp dưới 20 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi vào thư mục / USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi qua email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi gói vào thư mục gửi đi rồi mở thư mục đó để đính kèm vào email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục gửi đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các gói đã gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập giấy báo nhận…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Đã sao lưu: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục dữ liệu mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao chép sổ đăng ký sang {folder}. Lần mở sau ứng dụng sẽ dùng thư mục này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao chép sổ đăng ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo mã khôi phục mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu mã khôi phục cũ sẽ không còn dùng được. Tiếp tục?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo mã mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu thời hạn lưu hồ sơ: {months} tháng sau lần gặp cuối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự khóa sau (phút không dùng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu gần nhất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển sang thư mục khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo mã khôi phục mới (khi mất phiếu cũ)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức văn bản: cơ quan ban hành, người ký, nơi nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn lưu hồ sơ sau lần gặp cuối (tháng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Hòa Nhập – Thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp theo &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cột {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— bỏ qua —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có gì được ghi vào sổ. Xem lại rồi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang nhập vào sổ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tải tệp mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột trong tệp và thông tin tương ứng (máy nhớ lựa chọn cho lần sau):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ nhập khi mọi dòng đều hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Đang kết nối…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nối được (PostgreSQL {version}), nhưng cơ sở dữ liệu này đã có dữ liệu{unit}. Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nối được (PostgreSQL {version}); cơ sở dữ liệu trống, sẵn sàng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết nối được (PostgreSQL {version}). Cơ sở dữ liệu này là của {unit}: máy này sẽ dùng chung cơ quan tổng hợp đó (nhiều cán bộ cùng làm). Bấm Tiếp theo, rồi đăng nhập bằng tài khoản đã được tạo cho bạn ở đó. (Để thiết lập mới, hãy dùng một cơ sở dữ liệu trống.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi lưu dữ liệu của cơ quan tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một cán bộ: lưu trên máy này. Nhiều cán bộ cùng làm: máy chủ cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trên máy này (tệp được mã hóa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu (PostgreSQL 13 trở lên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu máy chủ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thử kết nối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chủ ở trên mạng phải kết nối có mã hóa (sslmode=verify-full). Mật khẩu máy chủ được lưu trong một tệp chỉ tài khoản máy tính này đọc được. Dữ liệu trên máy chủ do ổ đĩa mã hóa và quyền truy cập của máy chủ bảo vệ: hãy hỏi quản trị máy chủ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportGivenForm</name>
    <message>
        <source>Người được hỗ trợ qua “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày (hoặc cuối tháng tổng hợp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại dịch vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ ghi số người, không ghi tên. Người cần theo dõi riêng thì lập hồ sơ ở trang “Người được hỗ trợ”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportModelForm</name>
    <message>
        <source>Sửa thông tin mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mô hình hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mô hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại mô hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan, tổ chức chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thành lập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thành viên nòng cốt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số thành viên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngừng hoạt động từ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Câu lạc bộ Bạn giúp bạn thôn Đồng Xuân</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportModelsPage</name>
    <message>
        <source>Tên mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nòng cốt / thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người tiếp cận năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại dịch vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định mức QĐ 1875/QĐ-LĐTBXH: câu lạc bộ tiếp cận ít nhất {min} người (gợi ý).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngừng từ {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;T10 – năm {year}:&lt;/b&gt; {models} mô hình đang hoạt động · {core} thành viên nòng cốt / {members} thành viên · {activities} buổi hoạt động ({participants} lượt người) · {reached} người được tiếp cận · {supported} người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa mô hình “{name}”? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa dòng đã chọn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên mô hình, cơ quan chủ trì (gõ không dấu được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mô hình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động đã tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ (số người, không ghi tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi hoạt động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi số người được hỗ trợ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncData</name>
    <message>
        <source>Buổi truyền thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần tiếp xúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi tình trạng hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sự đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả mục kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu xóa hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tin báo, tố giác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động của mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ qua mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số người tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đổi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>{n} byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ đã nhận lúc {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có giấy báo nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẵn sàng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập trước đây, sẽ bỏ qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chốt kỳ {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>còn thiếu gói số {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sequence} (phần {part}/{parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chốt {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muộn {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số {sequence} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiên bản {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã thu hồi ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã thay bằng khóa mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đang tin cậy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên đã nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói đã nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói còn thiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản hiện có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản mới nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hiện lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quy tắc bị vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giữ lại lúc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Đội kiểm tra hợp lệ, có thể lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa đội kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm đội kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đội:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại đội:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định thành lập số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách áp dụng từ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên (cán bộ; không ghi người lao động):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Đội kiểm tra liên ngành 178 xã Xuân Lũng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Chủ tịch UBND xã Xuân Lũng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan, chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thành viên đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu đội kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipOffForm</name>
    <message>
        <source>(chưa xác minh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa chuyển)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa xử lý xong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không gắn cơ sở trong danh sách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cơ sở đã xóa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày từ khi tiếp nhận đến khi xử lý xong: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa tin báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận tin báo, tố giác, phản ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tiếp nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn tiếp nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phản ánh về:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở trong danh sách:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung tóm tắt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xác minh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả xác minh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày chuyển:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý xong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả xử lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển cơ quan có thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi ngắn gọn, trung lập: sự việc, địa điểm, thời gian (tối đa {max} ký tự). Không ghi họ tên, số điện thoại của người bị phản ánh hay người báo tin. Nội dung này chỉ lưu trên máy này, không gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: phản ánh quán karaoke ở thôn … mở sau 24 giờ, nghi có hoạt động mua bán dâm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipOffModel</name>
    <message>
        <source>Ngày tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phản ánh về</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung (chỉ trên máy này)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đang mở {days}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipOffsPage</name>
    <message>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tin báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;T9 – năm {year}:&lt;/b&gt; tiếp nhận {received} · đã xác minh {verified} · đã chuyển {passed_on} · đã xử lý xong {handled} (&lt;b&gt;{share}&lt;/b&gt;) · xử lý trong {days} ngày: {within} · số ngày xử lý (trung vị): {median}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa tin báo tiếp nhận ngày {day}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá {days} ngày chưa xử lý xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm trong nội dung (gõ không dấu được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận tin báo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa, cập nhật xử lý…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ không ghi họ tên người bị phản ánh hay người báo tin. Nội dung tóm tắt chỉ lưu trên máy này; cấp trên chỉ nhận ngày, nguồn, kết quả xác minh và xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationEditor</name>
    <message>
        <source>Căn cứ ngoài bảng tham chiếu: ghi rõ văn bản, điều, khoản. Không đề nghị phạt tiền được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức phạt tiền theo văn bản: từ {min} đến {max} đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức phạt tiền đối với tổ chức: từ {min} đến {max} đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể cảnh cáo thay cho phạt tiền.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều khoản này không có mức phạt tiền (chỉ cảnh cáo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng vi phạm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên (chỉ khi luật yêu cầu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hành vi vi phạm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục kiểm tra liên quan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều khoản xử phạt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ khác:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị xử lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền đề nghị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— không gắn với mục nào —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— chọn đối tượng vi phạm —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: khách, người quản lý ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi tên người lao động, người bán dâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— căn cứ khác (ghi bên dưới) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả ngắn hành vi; không ghi tên người lao động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Nghị định 54/2019/NĐ-CP, Điều 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa vi phạm này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message numerus="yes">
        <source>Đã thêm %n vi phạm gợi ý: chọn đối tượng và ghi số tiền đề nghị nếu có.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Không có mục “không đạt” nào gợi ý điều khoản mà chưa ghi vi phạm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi vi phạm nào. Nếu phát hiện vi phạm, bấm “Thêm vi phạm” và chọn điều khoản trong bảng tham chiếu đang có hiệu lực vào ngày kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm vi phạm gợi ý từ các mục không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi mục “không đạt” của phiếu kiểm tra có gợi ý điều khoản xử phạt được thêm thành một vi phạm điền sẵn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <source>Tài khoản quản trị đầu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người quản trị thêm các tài khoản khác sau khi đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LanguageRolePage</name>
    <message>
        <source>Chào mừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết lập lần đầu cho máy này. Mọi dữ liệu được mã hóa trên máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này dùng cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã / phường / đặc khu: nhập liệu và gửi báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp (tỉnh): nhận dữ liệu từ các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp toàn quốc (Bộ Y tế): nhận báo cáo tổng hợp của các tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>In phiếu mã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đây là mã khôi phục của sổ đăng ký. Nếu mọi người đều quên mật khẩu, chỉ mã này mở được dữ liệu. Mã chỉ hiện một lần: hãy in phiếu và cất trong tủ khóa của cơ quan. Không chụp ảnh, không gửi qua mạng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi đã in hoặc chép lại mã khôi phục và cất giữ an toàn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <source>Đơn vị hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn từ danh mục chính thức (từ 01/07/2025). Gõ tên không dấu để tìm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh / thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã / phường / đặc khu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm tỉnh, ví dụ: phu tho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm xã, ví dụ: xuan lung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông cho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông cho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồ&amp;ng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu Hòa Nhập</source>
        <translation>About Hòa Nhập</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;Hòa Nhập&lt;/b&gt;&lt;br&gt;Phiên bản {version}</source>
        <translation>&lt;b style=&apos;font-size:15pt&apos;&gt;Hòa Nhập&lt;/b&gt;&lt;br&gt;Version {version}</translation>
    </message>
    <message>
        <source>Sổ đăng ký điện tử cho công tác xã hội ở xã, phường, đặc khu; dữ liệu được mã hóa trên máy.
Giấy phép: GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later).
Thư mục dữ liệu: {folder}
Python {python}</source>
        <translation>An electronic register for social work in communes, wards and special zones; the data is encrypted on this PC.
Licence: GNU GPL version 3 or later (GPL-3.0-or-later).
Data folder: {folder}
Python {python}</translation>
    </message>
    <message>
        <source>Thành phần mã nguồn mở</source>
        <translation>Open-source components</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Reopen account</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho tài khoản:</source>
        <translation>New password for the account:</translation>
    </message>
    <message>
        <source>Đổi vai trò</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Vai trò mới:</source>
        <translation>New role:</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Khóa / mở lại</source>
        <translation>Lock / unlock</translation>
    </message>
    <message>
        <source>Đổi vai trò…</source>
        <translation>Change role…</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Hoạt động của “{name}”</source>
        <translation>Activity of “{name}”</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Loại hoạt động:</source>
        <translation>Kind of activity:</translation>
    </message>
    <message>
        <source>Số người tham gia:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Trong đó người mới trong năm:</source>
        <translation>Of whom new this year:</translation>
    </message>
    <message>
        <source>Số người tham gia mà mô hình chưa tiếp cận lần nào từ đầu năm (ước tính của cán bộ). Cộng các buổi lại ra số người được tiếp cận, không tính trùng.</source>
        <translation>Participants the model had not reached since the start of the year (the officer&apos;s estimate). Added over the activities, this gives the people reached, without repeats.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Mật khẩu ban đầu:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Chọn ổ USB hoặc ổ đĩa rời</source>
        <translation>Choose the USB stick or external drive</translation>
    </message>
    <message>
        <source>Đã sao lưu ra {file}.</source>
        <translation>Backed up to {file}.</translation>
    </message>
    <message>
        <source>Đang sao lưu ra ổ đĩa rời…</source>
        <translation>Backing up to the external drive…</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu (register-*.db)</source>
        <translation>Backups (register-*.db)</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Thay sổ đăng ký đang dùng bằng bản sao lưu {file}? Ứng dụng sẽ đóng lại sau đó.</source>
        <translation>Replace the register in use with the backup {file}? The application will close afterwards.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã khôi phục. Sổ đăng ký trước đó được giữ ở {file}. Hãy mở lại ứng dụng.</source>
        <translation>Restored. The previous register is kept as {file}. Open the application again.</translation>
    </message>
    <message>
        <source>Đang khôi phục bản sao lưu…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Chọn gói cập nhật</source>
        <translation>Choose an update package</translation>
    </message>
    <message>
        <source>Gói cập nhật Hòa Nhập (*.hnu)</source>
        <translation>Hòa Nhập update packages (*.hnu)</translation>
    </message>
    <message>
        <source>Đã cài phiên bản {version} (trước đó: {previous}); bản sao lưu trước khi cập nhật: {file}. Ứng dụng sẽ đóng; hãy mở lại.</source>
        <translation>Version {version} installed (before: {previous}); backup taken before the update: {file}. The application will close; open it again.</translation>
    </message>
    <message>
        <source>Hòa Nhập</source>
        <translation>Hòa Nhập</translation>
    </message>
    <message>
        <source>Sao lưu, khôi phục và cập nhật</source>
        <translation>Backup, restore and updates</translation>
    </message>
    <message>
        <source>Sao lưu ra USB / ổ đĩa rời…</source>
        <translation>Back up to a USB stick / external drive…</translation>
    </message>
    <message>
        <source>Kiểm tra hoặc khôi phục một bản sao lưu…</source>
        <translation>Check or restore a backup…</translation>
    </message>
    <message>
        <source>Cài bản cập nhật từ USB…</source>
        <translation>Install an update from USB…</translation>
    </message>
</context>
<context>
    <name>BaselineImportDialog</name>
    <message>
        <source>Nhập chỉ tiêu năm từ Excel</source>
        <translation>Import the annual targets from Excel</translation>
    </message>
    <message>
        <source>Chọn bảng tính chỉ tiêu kế hoạch năm</source>
        <translation>Choose the workbook of the year&apos;s plan targets</translation>
    </message>
    <message>
        <source>{total} dòng có số liệu: &lt;b&gt;{good} sẽ được thêm&lt;/b&gt;, {bad} có lỗi (không nhập), {dup} đã có (bỏ qua). Tệp {file}, trang “{sheet}”.</source>
        <translation>{total} rows with a figure: &lt;b&gt;{good} will be added&lt;/b&gt;, {bad} with problems (not imported), {dup} already entered (skipped). File {file}, sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Nhập {count} chỉ tiêu</source>
        <translation>Import {count} targets</translation>
    </message>
    <message>
        <source>Đã nhập {count} chỉ tiêu năm.</source>
        <translation>Imported {count} annual targets.</translation>
    </message>
</context>
<context>
    <name>BusyStrip</name>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Chỉ quản trị viên mới cài, đăng ký hoặc thu hồi thẻ.</source>
        <translation>Only an administrator can install, enrol or revoke cards.</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc USB để lưu thẻ đơn vị</source>
        <translation>Choose a folder or USB stick to save the office card</translation>
    </message>
    <message>
        <source>từng xã/phường</source>
        <translation>each commune</translation>
    </message>
    <message>
        <source>cơ quan tổng hợp</source>
        <translation>the province office</translation>
    </message>
    <message>
        <source>Đã lưu thẻ {file} vào {folder}. Gửi tệp này cho {other}, rồi gọi điện đọc mã vân tay ở trên để bên kia đối chiếu.</source>
        <translation>Saved the card {file} to {folder}. Send this file to {other}, then phone them and read out the fingerprint above so they can check it.</translation>
    </message>
    <message>
        <source>Chọn tệp thẻ đơn vị</source>
        <translation>Choose an office card file</translation>
    </message>
    <message>
        <source>Thẻ đơn vị (*.hnc);;Mọi tệp (*)</source>
        <translation>Office cards (*.hnc);;All files (*)</translation>
    </message>
    <message>
        <source>Đã đăng ký thẻ của {unit}.</source>
        <translation>Enrolled the card of {unit}.</translation>
    </message>
    <message>
        <source>Thu hồi khóa của {unit} (mã vân tay {fingerprint})? Từ nay mọi gói dữ liệu hoặc giấy báo nhận ký bằng khóa này đều bị từ chối. Chỉ làm khi máy của đơn vị đó bị mất hoặc lộ khóa; muốn tin cậy lại phải đăng ký thẻ mới.</source>
        <translation>Revoke the key of {unit} (fingerprint {fingerprint})? From now on every bundle or receipt signed with this key is refused. Do this only when that office&apos;s PC was lost or its key exposed; trusting it again needs a new card to be enrolled.</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của {unit}.</source>
        <translation>Revoked the key of {unit}.</translation>
    </message>
    <message>
        <source>Tạo khóa mới cho máy này? Thẻ mới được ký bằng khóa cũ nên bên kia cài được mà không cần gọi điện lại; hãy lưu thẻ mới và gửi cho bên kia. Dùng khi nghi khóa cũ bị lộ hoặc theo định kỳ.</source>
        <translation>Create new keys for this computer? The new card is signed with the old key, so the other side can install it without another phone call; save the new card and send it to them. Do this when you suspect the old key leaked, or periodically.</translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation>Change keys</translation>
    </message>
    <message>
        <source>Đã tạo khóa mới; mã vân tay mới: {fingerprint}. Hãy lưu thẻ mới và gửi cho bên kia.</source>
        <translation>New keys created; new fingerprint: {fingerprint}. Save the new card and send it to the other side.</translation>
    </message>
    <message>
        <source>Đang tạo khóa mới…</source>
        <translation>Creating a new key…</translation>
    </message>
    <message>
        <source>Thẻ của {unit}</source>
        <translation>Card of {unit}</translation>
    </message>
    <message>
        <source>Gửi tệp thẻ cho mỗi xã/phường. Khi xã gọi điện để cài thẻ, đọc cho họ sáu nhóm số dưới đây.</source>
        <translation>Send the card file to each commune. When a commune phones to install it, read them the six groups of digits below.</translation>
    </message>
    <message>
        <source>Thẻ của các xã/phường đã đăng ký</source>
        <translation>Enrolled commune cards</translation>
    </message>
    <message>
        <source>Đăng ký thẻ của xã/phường…</source>
        <translation>Enrol a commune&apos;s card…</translation>
    </message>
    <message>
        <source>Gửi tệp thẻ cho cơ quan tổng hợp. Khi cơ quan tổng hợp gọi điện để đăng ký, đọc cho họ sáu nhóm số dưới đây.</source>
        <translation>Send the card file to the province office. When the province office phones to enrol it, read them the six groups of digits below.</translation>
    </message>
    <message>
        <source>Thẻ của cơ quan tổng hợp đã cài</source>
        <translation>Installed province office card</translation>
    </message>
    <message>
        <source>Cài thẻ của cơ quan tổng hợp…</source>
        <translation>Install the province office&apos;s card…</translation>
    </message>
    <message>
        <source>Mã vân tay (đọc qua điện thoại theo từng nhóm 5 số)</source>
        <translation>Fingerprint (read over the phone in groups of 5 digits)</translation>
    </message>
    <message>
        <source>Lưu thẻ ra thư mục / USB…</source>
        <translation>Save card to a folder / USB…</translation>
    </message>
    <message>
        <source>Đổi khóa…</source>
        <translation>Change keys…</translation>
    </message>
    <message>
        <source>Thu hồi khóa…</source>
        <translation>Revoke key…</translation>
    </message>
</context>
<context>
    <name>ChecklistChoice</name>
    <message>
        <source>In phiếu kiểm tra</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Phiếu trống cho loại hình:</source>
        <translation>Blank checklist for business type:</translation>
    </message>
    <message>
        <source>Phiếu điền sẵn thông tin cơ sở “{name}”</source>
        <translation>Checklist pre-filled for business “{name}”</translation>
    </message>
    <message>
        <source>Phiếu điền sẵn thông tin cơ sở (hãy chọn một cơ sở trong danh sách)</source>
        <translation>Checklist pre-filled with business details (select a business in the list)</translation>
    </message>
    <message>
        <source>Phiếu in theo mẫu đang có hiệu lực, gồm các mục áp dụng cho loại hình, căn cứ pháp lý và ô đạt / không đạt / không áp dụng.</source>
        <translation>The checklist follows the template in force, with the items for the business type, their legal basis and pass / fail / not applicable boxes.</translation>
    </message>
    <message>
        <source>Chọn nơi lưu…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>{text}
Căn cứ: {basis}</source>
        <translation>{text}
Basis: {basis}</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nội dung kiểm tra và căn cứ</source>
        <translation>Check and legal basis</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ghi nhận của đoàn</source>
        <translation>Team&apos;s observations</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Mật khẩu: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>tên đăng nhập (mặc định: biến $HOANHAP_USER, nếu không: admin)</source>
        <translation>user name (default: $HOANHAP_USER, else admin)</translation>
    </message>
    <message>
        <source>tệp chứa mật khẩu (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)</source>
        <translation>a file holding the password (else $HOANHAP_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>tạo sổ đăng ký mới (thiết lập lần đầu, không cần cửa sổ)</source>
        <translation>create a new register (first-run setup without the window)</translation>
    </message>
    <message>
        <source>commune: xã, phường; hub: tuyến tỉnh; national: tuyến quốc gia</source>
        <translation>commune: commune or ward; hub: province office; national: national office</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp (như --role hub); cùng --level national: tuyến quốc gia</source>
        <translation>an aggregating office (as --role hub); with --level national: the national office</translation>
    </message>
    <message>
        <source>cùng --hub: province = tuyến tỉnh, national = tuyến quốc gia (Bộ Y tế)</source>
        <translation>with --hub: province = province office, national = national office (Ministry of Health)</translation>
    </message>
    <message>
        <source>mã tỉnh, ví dụ 25 (không cần với --level national)</source>
        <translation>province code, e.g. 25 (not needed with --level national)</translation>
    </message>
    <message>
        <source>mã xã, phường, ví dụ 08500 (với đơn vị cấp xã)</source>
        <translation>commune code, e.g. 08500 (commune offices)</translation>
    </message>
    <message>
        <source>tên đăng nhập của quản trị viên</source>
        <translation>the administrator&apos;s user name</translation>
    </message>
    <message>
        <source>họ và tên của quản trị viên</source>
        <translation>the administrator&apos;s full name</translation>
    </message>
    <message>
        <source>tệp chứa mật khẩu quản trị (nếu không: biến $HOANHAP_PASSWORD hoặc hỏi khi chạy)</source>
        <translation>a file holding the administrator&apos;s password (else $HOANHAP_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>Mật khẩu quản trị: </source>
        <translation>Administrator password: </translation>
    </message>
    <message>
        <source>Mã khôi phục (chỉ hiện một lần, hãy in và cất giữ):</source>
        <translation>Recovery key (shown only once; print it and keep it safe):</translation>
    </message>
    <message>
        <source>đổi mật khẩu của chính mình (mật khẩu cũ như khi đăng nhập)</source>
        <translation>change your own password (the old password as when logging in)</translation>
    </message>
    <message>
        <source>tạo mã khôi phục mới (phiếu cũ không còn dùng được); mã mới chỉ hiện một lần</source>
        <translation>make a new recovery key (the old sheet stops working); the new key is shown only once</translation>
    </message>
    <message>
        <source>quên mọi mật khẩu: mở sổ bằng mã khôi phục đã in và đặt mật khẩu mới cho một tài khoản</source>
        <translation>every password forgotten: open the register with the printed recovery key and set a new password for one account</translation>
    </message>
    <message>
        <source>tên đăng nhập của tài khoản được đặt mật khẩu mới (mặc định: biến $HOANHAP_USER, nếu không: admin)</source>
        <translation>user name of the account that gets the new password (default: $HOANHAP_USER, else admin)</translation>
    </message>
    <message>
        <source>tệp chứa mã khôi phục (nếu không: hỏi khi chạy)</source>
        <translation>file holding the recovery key (else asked when run)</translation>
    </message>
    <message>
        <source>Mã khôi phục: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>chỉ với tuyến tỉnh hoặc quốc gia: cơ sở dữ liệu PostgreSQL trống, ví dụ postgresql://hoanhap@may-chu/hoanhap?sslmode=verify-full (mật khẩu: trong địa chỉ hoặc biến $PGPASSWORD)</source>
        <translation>province or national hub only: an empty PostgreSQL database, e.g. postgresql://hoanhap@server/hoanhap?sslmode=verify-full (password: in the URL or $PGPASSWORD)</translation>
    </message>
    <message>
        <source>nâng cấp cấu trúc sổ đăng ký (sao lưu trước khi nâng cấp)</source>
        <translation>upgrade the register&apos;s schema (a backup is taken first)</translation>
    </message>
    <message>
        <source>ghi bản sao lưu đã mã hóa của sổ đăng ký vào thư mục sao lưu</source>
        <translation>write an encrypted copy of the register to the backups folder</translation>
    </message>
    <message>
        <source>khôi phục sổ đăng ký từ bản sao lưu (bản hiện tại được giữ lại để phòng)</source>
        <translation>replace the register with a backup (the current one is kept as a safety copy)</translation>
    </message>
    <message>
        <source>tệp sao lưu cần khôi phục (bỏ trống: liệt kê các bản sao lưu)</source>
        <translation>the backup file to restore (none: list the backups)</translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation>list the backups</translation>
    </message>
    <message>
        <source>chép thư mục dữ liệu của máy này sang THƯ MỤC (dùng từ lần mở sau; thư mục cũ giữ nguyên)</source>
        <translation>copy this PC&apos;s data folder to FOLDER (used from the next start; the old folder is kept as it is)</translation>
    </message>
    <message>
        <source>thư mục dữ liệu mới (trống, trong hồ sơ của người dùng này)</source>
        <translation>the new data folder (empty, in this user&apos;s own profile)</translation>
    </message>
    <message>
        <source>tạo sổ đăng ký mẫu (dữ liệu giả) trong --data-dir</source>
        <translation>build a demo register (synthetic data) in --data-dir</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp (tuyến tỉnh) thay vì xã</source>
        <translation>a hub (province office) instead of a commune</translation>
    </message>
    <message>
        <source>kiểm tra chuỗi băm của nhật ký (`hoanhap audit verify`)</source>
        <translation>check the audit log&apos;s hash chain (`hoanhap audit verify`)</translation>
    </message>
    <message>
        <source>verify: kiểm tra chuỗi băm; list: 50 dòng nhật ký gần nhất</source>
        <translation>verify: check the hash chain; list: the last 50 log entries</translation>
    </message>
    <message>
        <source>thư mục dữ liệu (nếu không: biến $HOANHAP_DATA_DIR, rồi thư mục đã chọn, rồi thư mục người dùng)</source>
        <translation>data folder (else $HOANHAP_DATA_DIR, else the folder chosen in Settings, else the user data folder)</translation>
    </message>
    <message>
        <source>mở cửa sổ với một sổ đăng ký mẫu mới</source>
        <translation>open the window on a fresh demo register</translation>
    </message>
    <message>
        <source>phiếu kiểm tra trống cho loại hình kinh doanh này</source>
        <translation>a blank checklist for this business type</translation>
    </message>
    <message>
        <source>phiếu điền sẵn thông tin của cơ sở này (mã định danh)</source>
        <translation>pre-filled with this establishment&apos;s details (its id)</translation>
    </message>
    <message>
        <source>phiên bản mẫu phiếu (mặc định: mẫu đang áp dụng hôm nay)</source>
        <translation>checklist template version (default: the one in force today)</translation>
    </message>
    <message>
        <source>mã (id)</source>
        <translation>id</translation>
    </message>
    <message>
        <source>tệp PDF cần ghi</source>
        <translation>the PDF to write</translation>
    </message>
    <message>
        <source>tệp chứa mật khẩu mới (không gõ mật khẩu trên dòng lệnh)</source>
        <translation>file holding the new password (never type a password on the command line)</translation>
    </message>
    <message>
        <source>danh sách tài khoản</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <source>thêm tài khoản (người dùng phải đổi mật khẩu)</source>
        <translation>add an account (its holder must change the password)</translation>
    </message>
    <message>
        <source>tên đăng nhập</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>họ và tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <source>đổi vai trò của tài khoản</source>
        <translation>change an account&apos;s role</translation>
    </message>
    <message>
        <source>khóa (no) hoặc mở lại (yes) tài khoản; mở lại cần mật khẩu mới</source>
        <translation>lock (no) or reopen (yes) an account; reopening needs a new password</translation>
    </message>
    <message>
        <source>yes: mở lại; no: khóa</source>
        <translation>yes: reopen; no: lock</translation>
    </message>
    <message>
        <source>đặt lại mật khẩu của tài khoản</source>
        <translation>reset an account&apos;s password</translation>
    </message>
    <message>
        <source>tài khoản người dùng: liệt kê, thêm, vai trò, khóa, đặt lại mật khẩu</source>
        <translation>user accounts: list, add, role, lock, reset the password</translation>
    </message>
    <message>
        <source>tên đơn vị</source>
        <translation>name of the organisation</translation>
    </message>
    <message>
        <source>loại đơn vị (mã)</source>
        <translation>kind of organisation (code)</translation>
    </message>
    <message>
        <source>số điện thoại của đơn vị (không ghi số di động cá nhân)</source>
        <translation>the organisation&apos;s phone (never a person&apos;s mobile)</translation>
    </message>
    <message>
        <source>địa chỉ</source>
        <translation>address</translation>
    </message>
    <message>
        <source>các loại dịch vụ nhận chuyển gửi (mã, cách nhau bởi dấu phẩy)</source>
        <translation>services it takes referrals for (codes, separated by commas)</translation>
    </message>
    <message>
        <source>danh sách đơn vị đối tác (JSON, CSV)</source>
        <translation>list the partner organisations (JSON, CSV)</translation>
    </message>
    <message>
        <source>cả đơn vị đã ngừng</source>
        <translation>include those no longer used</translation>
    </message>
    <message>
        <source>thêm đơn vị đối tác</source>
        <translation>add a partner organisation</translation>
    </message>
    <message>
        <source>sửa đơn vị đối tác (chỉ các trường được nêu)</source>
        <translation>edit a partner organisation (only the fields given)</translation>
    </message>
    <message>
        <source>ngừng (no) hoặc dùng lại (yes) một đơn vị</source>
        <translation>stop using (no) or use again (yes) an organisation</translation>
    </message>
    <message>
        <source>yes: dùng lại; no: ngừng</source>
        <translation>yes: use again; no: stop using</translation>
    </message>
    <message>
        <source>đơn vị đối tác nhận chuyển gửi: liệt kê, thêm, sửa, ngừng</source>
        <translation>partner organisations taking referrals: list, add, edit, stop using</translation>
    </message>
    <message>
        <source>in phiếu đồng ý ra PDF (trống, hoặc cho một người)</source>
        <translation>print the consent form to a PDF (blank, or for one client)</translation>
    </message>
    <message>
        <source>mã (id) của người được hỗ trợ</source>
        <translation>id of the client</translation>
    </message>
    <message>
        <source>ghi bản sao hồ sơ cho chính người được hỗ trợ (quyền được biết) ra PDF</source>
        <translation>write a copy of the record for the client themself (right of access) to a PDF</translation>
    </message>
    <message>
        <source>xóa hẳn hồ sơ một người (theo yêu cầu hoặc hết thời hạn lưu giữ)</source>
        <translation>erase a client&apos;s record for good (on request or when the retention period has passed)</translation>
    </message>
    <message>
        <source>gõ lại mã của người đó để xác nhận</source>
        <translation>type the client&apos;s code again to confirm</translation>
    </message>
    <message>
        <source>request: người đó yêu cầu; retention: hết thời hạn lưu giữ</source>
        <translation>request: the person asked; retention: the retention period has passed</translation>
    </message>
    <message>
        <source>thời hạn lưu giữ hồ sơ sau lần tiếp xúc cuối (tháng)</source>
        <translation>how long records are kept after the last contact (months)</translation>
    </message>
    <message>
        <source>số tháng mới (bỏ trống: xem)</source>
        <translation>the new number of months (empty: show it)</translation>
    </message>
    <message>
        <source>quyền của người được hỗ trợ: phiếu đồng ý, bản sao hồ sơ, xóa hồ sơ, thời hạn lưu giữ</source>
        <translation>clients&apos; rights: consent form, copy of the record, erasure, retention period</translation>
    </message>
    <message>
        <source>tuyến tỉnh: các bản ghi đang bị giữ lại (không in nội dung)</source>
        <translation>hub: the records held back (their content is not printed)</translation>
    </message>
    <message>
        <source>cho một bản ghi bị giữ vào số liệu (ghi lý do vào nhật ký)</source>
        <translation>let a held record into the figures (the reason goes to the audit log)</translation>
    </message>
    <message>
        <source>lý do</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>tuyến tỉnh: bản ghi bị giữ lại vì vi phạm quy tắc; cho vào số liệu</source>
        <translation>hub: records held back for breaking a rule; let them into the figures</translation>
    </message>
    <message>
        <source>ngày bắt đầu dùng sổ (các kỳ trước ngày này không đến hạn)</source>
        <translation>the day the office started the register (periods before it are not due)</translation>
    </message>
    <message>
        <source>ghi nhận đã in và cất giữ phiếu mã khôi phục (việc của tuần đầu)</source>
        <translation>note that the recovery key sheet was printed and put away (a first-week task)</translation>
    </message>
    <message>
        <source>ghi bản sao lưu ra ổ ngoài (USB, ổ cứng rời)</source>
        <translation>write a backup to an external drive (USB stick, external disk)</translation>
    </message>
    <message>
        <source>thư mục trên ổ ngoài</source>
        <translation>folder on the external drive</translation>
    </message>
    <message>
        <source>sao lưu định kỳ nếu bản mới nhất đã quá một ngày (cho lịch chạy tự động)</source>
        <translation>the scheduled backup, if the newest is older than a day (for a task scheduler)</translation>
    </message>
    <message>
        <source>nhập nhiều chỉ tiêu năm cùng lúc từ tệp JSON (mục targets: danh sách [chỉ tiêu, cột chỉ tiêu, giá trị])</source>
        <translation>enter several annual targets at once from a JSON file (key targets: a list of [indicator, target column, value])</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>tệp JSON</source>
        <translation>JSON file</translation>
    </message>
    <message>
        <source>việc của đơn vị: ngày bắt đầu, phiếu khôi phục, sao lưu ra ổ ngoài, sao lưu định kỳ, chỉ tiêu năm</source>
        <translation>the office&apos;s tasks: start date, recovery sheet, external backup, scheduled backup, annual targets</translation>
    </message>
    <message>
        <source>in phiếu kiểm tra (trống theo loại hình, hoặc điền sẵn cho một cơ sở)</source>
        <translation>print the inspection checklist (blank for a type, or pre-filled for an establishment)</translation>
    </message>
    <message>
        <source>mã (id) của lần kiểm tra</source>
        <translation>the inspection&apos;s id</translation>
    </message>
    <message>
        <source>tệp JSON với các trường của biểu mẫu (kết quả từng mục, hành vi vi phạm)</source>
        <translation>JSON file with the form&apos;s fields (each item&apos;s result, the violations)</translation>
    </message>
    <message>
        <source>các lần kiểm tra một cơ sở (xuất ra JSON, CSV)</source>
        <translation>the inspections of an establishment (JSON, CSV for export)</translation>
    </message>
    <message>
        <source>toàn bộ một lần kiểm tra dạng JSON</source>
        <translation>one inspection in full, as JSON</translation>
    </message>
    <message>
        <source>ghi một lần kiểm tra</source>
        <translation>record an inspection</translation>
    </message>
    <message>
        <source>sửa một lần kiểm tra (các trường có trong tệp JSON thay cho bản đã ghi)</source>
        <translation>amend an inspection (the fields in the JSON file replace the recorded ones)</translation>
    </message>
    <message>
        <source>xóa một lần kiểm tra</source>
        <translation>delete an inspection</translation>
    </message>
    <message>
        <source>số ngày sau lần kiểm tra có vi phạm thì đến hạn kiểm tra lại</source>
        <translation>days after an inspection with violations until the follow-up is due</translation>
    </message>
    <message>
        <source>số ngày mới (bỏ trống: xem)</source>
        <translation>the new number of days (empty: show it)</translation>
    </message>
    <message>
        <source>xóa một đoàn kiểm tra</source>
        <translation>delete an inspection team</translation>
    </message>
    <message>
        <source>xóa một kế hoạch kiểm tra</source>
        <translation>delete an inspection plan</translation>
    </message>
    <message>
        <source>xóa một quyết định xử lý đã ghi nhầm</source>
        <translation>delete a sanction decision recorded by mistake</translation>
    </message>
    <message>
        <source>sổ kiểm tra cơ sở: liệt kê, ghi, sửa, xóa lần kiểm tra; xóa đoàn, kế hoạch, quyết định</source>
        <translation>inspections register: list, record, amend, delete inspections; delete teams, plans, decisions</translation>
    </message>
    <message>
        <source>in biên bản kiểm tra của một lần kiểm tra (không in khi biên bản còn mâu thuẫn)</source>
        <translation>print an inspection&apos;s record (biên bản; refused while the record contradicts itself)</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>năm cần tính</source>
        <translation>the year to compute</translation>
    </message>
    <message>
        <source>kèm giai đoạn chương trình (mỗi cơ sở ít nhất một lần), ví dụ 2021-01-01..2025-12-31</source>
        <translation>also the programme period (every establishment at least once), e.g. 2021-01-01..2025-12-31</translation>
    </message>
    <message>
        <source>T8: tỷ lệ cơ sở được kiểm tra trong năm, theo loại hình kinh doanh</source>
        <translation>T8: share of establishments inspected in a year, by business type</translation>
    </message>
    <message>
        <source>tên đoàn kiểm tra</source>
        <translation>the team&apos;s name</translation>
    </message>
    <message>
        <source>loại đoàn</source>
        <translation>kind of team</translation>
    </message>
    <message>
        <source>số quyết định thành lập đoàn</source>
        <translation>number of the decision forming the team</translation>
    </message>
    <message>
        <source>ngày ký quyết định (YYYY-MM-DD)</source>
        <translation>date the decision was signed (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>người ký quyết định thành lập, ví dụ &quot;Chủ tịch UBND xã Xuân Lũng&quot;</source>
        <translation>who signed the decision forming the team, e.g. &quot;Chủ tịch UBND xã Xuân Lũng&quot;</translation>
    </message>
    <message>
        <source>danh sách thành viên có hiệu lực từ ngày (mặc định: ngày quyết định)</source>
        <translation>roster in force from (default: the decision date)</translation>
    </message>
    <message>
        <source>danh sách thành viên có hiệu lực đến ngày (bỏ trống: không thời hạn)</source>
        <translation>roster in force until (none: no end date)</translation>
    </message>
    <message>
        <source>&quot;Họ và tên|cơ quan|vai trò&quot; (vai trò: leader, deputy, member, secretary); mỗi thành viên một lần</source>
        <translation>&quot;Full name|agency|role&quot; (role: leader, deputy, member, secretary); repeat per member</translation>
    </message>
    <message>
        <source>sửa đoàn này (mã id) thay vì thêm đoàn mới</source>
        <translation>change this team (its id) instead of adding one</translation>
    </message>
    <message>
        <source>thêm hoặc sửa đoàn kiểm tra và danh sách thành viên (theo quyết định thành lập)</source>
        <translation>add or change an inspection team and its roster (the decision that formed it)</translation>
    </message>
    <message>
        <source>liệt kê các đoàn kiểm tra với quyết định thành lập và thành viên</source>
        <translation>list the inspection teams with their decision and roster</translation>
    </message>
    <message>
        <source>số kế hoạch, ví dụ &quot;12/KH-UBND&quot;</source>
        <translation>the plan&apos;s number, e.g. &quot;12/KH-UBND&quot;</translation>
    </message>
    <message>
        <source>tên kế hoạch</source>
        <translation>the plan&apos;s title</translation>
    </message>
    <message>
        <source>kỳ của kế hoạch, ví dụ 2026, 2026-Q3, 2026-01-01..2026-06-30</source>
        <translation>the plan&apos;s period, e.g. 2026, 2026-Q3, 2026-01-01..2026-06-30</translation>
    </message>
    <message>
        <source>mã (id) của đoàn kiểm tra (hoanhap teams)</source>
        <translation>the team&apos;s id (hoanhap teams)</translation>
    </message>
    <message>
        <source>ngày phê duyệt kế hoạch (YYYY-MM-DD)</source>
        <translation>date the plan was approved (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]; mỗi cơ sở một lần</source>
        <translation>ESTABLISHMENT_ID@YYYY-MM-DD[@surprise]; repeat per establishment</translation>
    </message>
    <message>
        <source>sửa kế hoạch này (mã id) thay vì thêm kế hoạch mới</source>
        <translation>change this plan (its id) instead of adding one</translation>
    </message>
    <message>
        <source>thêm hoặc sửa kế hoạch kiểm tra của một kỳ</source>
        <translation>add or change an inspection plan for a period</translation>
    </message>
    <message>
        <source>các kế hoạch đang thực hiện: trong kế hoạch / đã kiểm tra / chưa kiểm tra, và T8 so với kế hoạch và mọi cơ sở</source>
        <translation>the plans running today: planned / done / not done, and T8 against the plan and against all establishments</translation>
    </message>
    <message>
        <source>mã (id) của hành vi vi phạm (hoanhap decisions --inspection MÃ)</source>
        <translation>the violation&apos;s id (hoanhap decisions --inspection ID)</translation>
    </message>
    <message>
        <source>số quyết định, ví dụ &quot;18/QĐ-XPHC&quot;</source>
        <translation>the decision&apos;s number, e.g. &quot;18/QĐ-XPHC&quot;</translation>
    </message>
    <message>
        <source>ngày ra quyết định (YYYY-MM-DD)</source>
        <translation>date of the decision (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>người có thẩm quyền ra quyết định, ví dụ &quot;Chủ tịch UBND xã Xuân Lũng&quot;</source>
        <translation>the competent authority, e.g. &quot;Chủ tịch UBND xã Xuân Lũng&quot;</translation>
    </message>
    <message>
        <source>số tiền phạt ghi trong quyết định, đơn vị đồng (ứng dụng không tự tính)</source>
        <translation>the fine written on the decision, in đồng (never computed)</translation>
    </message>
    <message>
        <source>hình thức xử phạt bổ sung, ghi đúng như trong quyết định</source>
        <translation>additional penalties as written on the decision</translation>
    </message>
    <message>
        <source>quyết định đình chỉ hoạt động kinh doanh hoặc tước giấy phép</source>
        <translation>the decision suspends the business or withdraws its licence</translation>
    </message>
    <message>
        <source>ngày đã nộp phạt</source>
        <translation>the fine was paid on this day</translation>
    </message>
    <message>
        <source>sửa quyết định này (mã id) thay vì thêm mới</source>
        <translation>change this decision (its id) instead of adding one</translation>
    </message>
    <message>
        <source>ghi quyết định của người có thẩm quyền về một hành vi vi phạm</source>
        <translation>record the competent authority&apos;s decision on a violation</translation>
    </message>
    <message>
        <source>các hành vi vi phạm của một lần kiểm tra (kèm mã id) và quyết định xử lý từng hành vi</source>
        <translation>an inspection&apos;s violations (with their ids) and the decisions on them</translation>
    </message>
    <message>
        <source>2026-07, 2026-Q3, 2026-H2, 2026 hoặc 2026-01-05..2026-02-01</source>
        <translation>2026-07, 2026-Q3, 2026-H2, 2026 or 2026-01-05..2026-02-01</translation>
    </message>
    <message>
        <source>mã kỳ báo cáo đã kết thúc, ví dụ 2026-10, 2026-Q3 hoặc 2026</source>
        <translation>code of an ended reporting period, e.g. 2026-10, 2026-Q3 or 2026</translation>
    </message>
    <message>
        <source>tuyến tỉnh: chốt một kỳ và ghi báo cáo tổng hợp (đã ẩn số nhỏ) gửi tuyến quốc gia vào THƯ MỤC</source>
        <translation>province office: close a period and write its aggregate report (small numbers hidden) for the national office to FOLDER</translation>
    </message>
    <message>
        <source>tuyến quốc gia: nhập báo cáo tổng hợp của các tỉnh (tệp .hna)</source>
        <translation>national office: import the provinces&apos; aggregate reports (.hna files)</translation>
    </message>
    <message>
        <source>các tệp báo cáo tổng hợp (.hna)</source>
        <translation>aggregate report files (.hna)</translation>
    </message>
    <message>
        <source>tuyến quốc gia: tỉnh nào đã gửi kỳ nào (lần gửi đang dùng)</source>
        <translation>national office: which province sent which period (the send in force)</translation>
    </message>
    <message>
        <source>tuyến quốc gia: báo cáo toàn quốc theo tỉnh và tổng (PDF, Excel)</source>
        <translation>national office: the national report per province and in total (PDF, Excel)</translation>
    </message>
    <message>
        <source>ghi bảng tính Excel vào đây</source>
        <translation>write the Excel workbook here</translation>
    </message>
    <message>
        <source>ghi tệp PDF vào đây</source>
        <translation>write the PDF here</translation>
    </message>
    <message>
        <source>chỉ tuyến tỉnh: mã các xã, phường cách nhau bởi dấu phẩy (mặc định: toàn tỉnh)</source>
        <translation>hub only: comma-separated commune codes (default: the whole province)</translation>
    </message>
    <message>
        <source>vào sổ đăng ký văn bản với số này (hoặc &apos;next&apos;: số tiếp theo còn trống) và in số đó</source>
        <translation>register the report under this number (&apos;next&apos; = the next free one) and print it</translation>
    </message>
    <message>
        <source>tệp TOML thuyết minh: situation, results, shortcomings, proposals</source>
        <translation>a TOML file with the narrative sections: situation, results, shortcomings, proposals</translation>
    </message>
    <message>
        <source>ngày ban hành dd/mm/yyyy (mặc định: hôm nay)</source>
        <translation>date of issue dd/mm/yyyy (default: today)</translation>
    </message>
    <message>
        <source>lập báo cáo chỉ tiêu của một kỳ; --xlsx / --pdf ghi ra tệp</source>
        <translation>compute the indicator report of a period; --xlsx / --pdf write it</translation>
    </message>
    <message>
        <source>tên danh sách</source>
        <translation>the list&apos;s name</translation>
    </message>
    <message>
        <source>tệp Excel cần ghi</source>
        <translation>the Excel workbook to write</translation>
    </message>
    <message>
        <source>chỉ các dòng trong kỳ này</source>
        <translation>only rows dated in this period</translation>
    </message>
    <message>
        <source>chỉ tuyến tỉnh: mã các xã, phường cách nhau bởi dấu phẩy</source>
        <translation>hub only: comma-separated commune codes</translation>
    </message>
    <message>
        <source>danh sách có dòng về người được hỗ trợ được mã hóa: tệp chứa mật khẩu bảng tính</source>
        <translation>lists of client rows are encrypted: a file holding the workbook password</translation>
    </message>
    <message>
        <source>xuất danh sách gốc (đủ mọi dòng) ra Excel</source>
        <translation>write a raw list (every row) to Excel</translation>
    </message>
    <message>
        <source>show: xem; load: nạp bộ chỉ tiêu từ tệp</source>
        <translation>show: list them; load: load an indicator set from a file</translation>
    </message>
    <message>
        <source>tệp bộ chỉ tiêu cần nạp</source>
        <translation>the indicator set file to load</translation>
    </message>
    <message>
        <source>xem các bộ chỉ tiêu đang áp dụng, hoặc nạp bộ mới từ tệp</source>
        <translation>show the indicator definitions in force, or load a new set from a file</translation>
    </message>
    <message>
        <source>có sẵn</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>quản trị viên nạp</source>
        <translation>loaded by the administrator</translation>
    </message>
    <message>
        <source>; thay bằng bộ đã nạp ở thời gian trùng</source>
        <translation>; replaced by a loaded set where the dates overlap</translation>
    </message>
    <message>
        <source>năm của kế hoạch</source>
        <translation>the plan&apos;s year</translation>
    </message>
    <message>
        <source>mã chỉ tiêu, ví dụ T3; bỏ trống để xem danh sách</source>
        <translation>indicator code, e.g. T3; none to list them</translation>
    </message>
    <message>
        <source>&apos;&gt;= 3500&apos;, &apos;&gt;= 100&apos; (tỷ lệ %%); &apos;none&apos; để xóa</source>
        <translation>&apos;&gt;= 3500&apos;, &apos;&gt;= 100&apos; (a share in %%); &apos;none&apos; clears it</translation>
    </message>
    <message>
        <source>cột mục tiêu (ví dụ plan, province); mặc định: cột cuối của bộ chỉ tiêu</source>
        <translation>the target column (e.g. plan, province); default: the set&apos;s last column</translation>
    </message>
    <message>
        <source>nhập chỉ tiêu năm của đơn vị cho một chỉ tiêu (kế hoạch năm của tỉnh)</source>
        <translation>enter this office&apos;s own target for an indicator and year (the province&apos;s annual plan)</translation>
    </message>
    <message>
        <source>kỳ báo cáo, ví dụ 2026-07, 2026-Q3, 2026</source>
        <translation>reporting period, e.g. 2026-07, 2026-Q3, 2026</translation>
    </message>
    <message>
        <source>mã số liệu nền</source>
        <translation>the baseline figure&apos;s code</translation>
    </message>
    <message>
        <source>một số; &apos;none&apos; để xóa; bỏ trống cả hai để xem danh sách</source>
        <translation>a number; &apos;none&apos; clears it; omit both to list them</translation>
    </message>
    <message>
        <source>nhập số liệu nền của một kỳ (ví dụ số học sinh trên địa bàn)</source>
        <translation>enter a figure the data cannot know for a period (e.g. students in the area)</translation>
    </message>
    <message>
        <source>thư mục cần ghi (ví dụ ổ USB)</source>
        <translation>the folder to write to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>ghi thẻ đơn vị này (để bên kia đăng ký) vào THƯ MỤC</source>
        <translation>write this office&apos;s card (for the other side to enrol) into FOLDER</translation>
    </message>
    <message>
        <source>tin cậy thẻ của đơn vị khác sau khi xác nhận dấu vân tay qua điện thoại</source>
        <translation>trust another office&apos;s card after confirming its fingerprint by phone</translation>
    </message>
    <message>
        <source>tệp thẻ đơn vị (.hnc) nhận từ bên kia</source>
        <translation>the office card file (.hnc) received from the other side</translation>
    </message>
    <message>
        <source>sáu nhóm chữ số đọc qua điện thoại (chỉ bỏ qua khi thay khóa)</source>
        <translation>the six groups of digits read over the phone (omit only for a rotation)</translation>
    </message>
    <message>
        <source>liệt kê thẻ đơn vị đã đăng ký; `--revoke KEY_ID` thôi tin cậy một thẻ</source>
        <translation>list enrolled office cards; `--revoke KEY_ID` stops trusting one</translation>
    </message>
    <message>
        <source>thôi tin cậy thẻ có mã khóa này</source>
        <translation>stop trusting the card with this key id</translation>
    </message>
    <message>
        <source>tạo khóa mới cho máy và ghi thẻ mới (khóa cũ ký xác nhận) vào THƯ MỤC</source>
        <translation>make new device keys and write the new card (countersigned by the old key) to FOLDER</translation>
    </message>
    <message>
        <source>ghi gói dữ liệu tiếp theo (các thay đổi kể từ gói trước) vào THƯ MỤC</source>
        <translation>write the next sync bundle (changes since the last one) into FOLDER</translation>
    </message>
    <message>
        <source>gửi lại toàn bộ bản ghi, không chỉ các thay đổi</source>
        <translation>re-send every record, not only the changes</translation>
    </message>
    <message>
        <source>khóa sổ một kỳ báo cáo trước, ví dụ 2026-10 hoặc 2026-Q3</source>
        <translation>close a reporting period first, e.g. 2026-10 or 2026-Q3</translation>
    </message>
    <message>
        <source>cùng --close-period: báo cáo không phát sinh</source>
        <translation>with --close-period: a nil report (nothing to report)</translation>
    </message>
    <message>
        <source>chia thành các phần không quá số MB này</source>
        <translation>split into parts of at most this many MB</translation>
    </message>
    <message>
        <source>tuyến tỉnh: nhập gói dữ liệu (tệp hoặc thư mục); --dry-run chỉ xem trước</source>
        <translation>import sync bundles (files or folders) at the hub; --dry-run only previews</translation>
    </message>
    <message>
        <source>các tệp gói dữ liệu, hoặc thư mục chứa gói</source>
        <translation>bundle files, or folders holding bundles</translation>
    </message>
    <message>
        <source>chỉ xem trước, không nhập gì</source>
        <translation>preview only, import nothing</translation>
    </message>
    <message>
        <source>thư mục ghi biên nhận (mặc định: hộp thư đi)</source>
        <translation>folder for the receipts (default: the outbox)</translation>
    </message>
    <message>
        <source>kiểm tra một gói mà không nhập (tuyến tỉnh: xem trước; xã: gói của chính mình)</source>
        <translation>check a bundle without importing it (hub: dry run; commune: its own bundle)</translation>
    </message>
    <message>
        <source>tệp gói dữ liệu cần kiểm tra</source>
        <translation>the bundle file to check</translation>
    </message>
    <message>
        <source>nhập biên nhận của tuyến tỉnh để đánh dấu các gói đã được nhận</source>
        <translation>import the hub&apos;s receipt to mark bundles acknowledged</translation>
    </message>
    <message>
        <source>tệp biên nhận của tuyến tỉnh</source>
        <translation>the province office&apos;s receipt file</translation>
    </message>
    <message>
        <source>khóa sổ một kỳ báo cáo (xác nhận có chữ ký, gửi kèm gói tiếp theo)</source>
        <translation>close a reporting period (signed declaration sent with the next bundle)</translation>
    </message>
    <message>
        <source>mã kỳ báo cáo, ví dụ 2026-10 hoặc 2026-Q3</source>
        <translation>the reporting period&apos;s code, e.g. 2026-10 or 2026-Q3</translation>
    </message>
    <message>
        <source>báo cáo không phát sinh</source>
        <translation>nil report (nothing happened)</translation>
    </message>
    <message>
        <source>tuyến tỉnh: từng xã, gói gần nhất, số gói còn thiếu và xung đột chưa xử lý</source>
        <translation>hub: per commune, the last bundle, missing numbers and open conflicts</translation>
    </message>
    <message>
        <source>tuyến tỉnh: liệt kê xung đột; `--resolve ID --choose local|incoming` xử lý một xung đột</source>
        <translation>hub: list open conflicts; `--resolve ID --choose local|incoming` settles one</translation>
    </message>
    <message>
        <source>mã (id) của xung đột cần xử lý</source>
        <translation>the id of the conflict to resolve</translation>
    </message>
    <message>
        <source>local: giữ bản đang có ở đây; incoming: nhận bản gửi đến</source>
        <translation>local: keep the version here; incoming: accept the one received</translation>
    </message>
    <message>
        <source>tên cơ quan ban hành, mỗi dòng cách nhau bằng &apos;|&apos; (ỦY BAN NHÂN DÂN|XÃ XUÂN LŨNG)</source>
        <translation>the issuing body, lines separated by &apos;|&apos; (ỦY BAN NHÂN DÂN|XÃ XUÂN LŨNG)</translation>
    </message>
    <message>
        <source>cơ quan chủ quản in phía trên (để trống với UBND)</source>
        <translation>the parent body printed above it (empty for a People&apos;s Committee)</translation>
    </message>
    <message>
        <source>chữ viết tắt tên cơ quan trong ký hiệu văn bản (UBND, SYT)</source>
        <translation>the body&apos;s abbreviation in document symbols (UBND, SYT)</translation>
    </message>
    <message>
        <source>thẩm quyền, chức vụ người ký, mỗi dòng cách nhau bằng &apos;|&apos; (TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH)</source>
        <translation>the signing authority and title, lines separated by &apos;|&apos; (TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH)</translation>
    </message>
    <message>
        <source>họ và tên người ký</source>
        <translation>the signer&apos;s full name</translation>
    </message>
    <message>
        <source>nơi nhận, mỗi nơi cách nhau bằng &apos;|&apos;</source>
        <translation>recipients, separated by &apos;|&apos;</translation>
    </message>
    <message>
        <source>sau “Lưu:” (VT, VHXH)</source>
        <translation>after “Lưu:” (filed at: VT, VHXH)</translation>
    </message>
    <message>
        <source>trở về mặc định của đơn vị</source>
        <translation>back to the office&apos;s defaults</translation>
    </message>
    <message>
        <source>thể thức văn bản (Nghị định 30/2020): xem hoặc sửa cơ quan ban hành, người ký, nơi nhận</source>
        <translation>document layout (Decree 30/2020): show or change the issuing body, signer and recipients</translation>
    </message>
    <message>
        <source>chỉ năm này</source>
        <translation>only this year</translation>
    </message>
    <message>
        <source>xóa một số đã vào sổ nhầm</source>
        <translation>take a wrongly registered number out of the register</translation>
    </message>
    <message>
        <source>sổ đăng ký văn bản đi: các số đã cấp và số tiếp theo</source>
        <translation>the outgoing document register: numbers given and the next one</translation>
    </message>
    <message>
        <source>danh sách tin báo (không bao giờ in nội dung)</source>
        <translation>list the tip-offs (never their description)</translation>
    </message>
    <message>
        <source>chỉ tin báo chưa xử lý xong</source>
        <translation>open tip-offs only</translation>
    </message>
    <message>
        <source>ghi nhận tin báo mới</source>
        <translation>record a new tip-off</translation>
    </message>
    <message>
        <source>ngày tiếp nhận (YYYY-MM-DD)</source>
        <translation>date received (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>nguồn tiếp nhận</source>
        <translation>how it was received</translation>
    </message>
    <message>
        <source>đối tượng của tin báo</source>
        <translation>what the tip-off is about</translation>
    </message>
    <message>
        <source>ngắn gọn, trung lập, không ghi họ tên (chỉ lưu trên máy này)</source>
        <translation>short, neutral, no names (stays on this computer)</translation>
    </message>
    <message>
        <source>mã (id) cơ sở trong danh sách</source>
        <translation>the establishment&apos;s id in the list</translation>
    </message>
    <message>
        <source>cập nhật xác minh, chuyển xử lý, kết quả xử lý</source>
        <translation>update verification, passing on and handling</translation>
    </message>
    <message>
        <source>mã (id) của tin báo</source>
        <translation>the tip-off&apos;s id</translation>
    </message>
    <message>
        <source>ngày xác minh (YYYY-MM-DD)</source>
        <translation>date verified (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>kết quả xác minh</source>
        <translation>result of the verification</translation>
    </message>
    <message>
        <source>ngày chuyển cơ quan chức năng (YYYY-MM-DD)</source>
        <translation>date passed on to the competent agency (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>cơ quan nhận chuyển</source>
        <translation>the agency it was passed on to</translation>
    </message>
    <message>
        <source>ngày xử lý xong (YYYY-MM-DD)</source>
        <translation>date handling was completed (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>kết quả xử lý</source>
        <translation>outcome of the handling</translation>
    </message>
    <message>
        <source>chỉ tiêu T9 của một kỳ</source>
        <translation>indicator T9 for a period</translation>
    </message>
    <message>
        <source>ví dụ 2026, 2026-Q3, 2026-07</source>
        <translation>e.g. 2026, 2026-Q3, 2026-07</translation>
    </message>
    <message>
        <source>xóa tin báo</source>
        <translation>delete a tip-off</translation>
    </message>
    <message>
        <source>sổ tin báo, tố giác về mại dâm (chỉ tiêu T9)</source>
        <translation>the register of tip-offs and reports about prostitution (indicator T9)</translation>
    </message>
    <message>
        <source>các mô hình và số liệu hoạt động năm nay</source>
        <translation>the models and this year&apos;s figures</translation>
    </message>
    <message>
        <source>thêm mô hình</source>
        <translation>add a model</translation>
    </message>
    <message>
        <source>tên mô hình</source>
        <translation>the model&apos;s name</translation>
    </message>
    <message>
        <source>loại mô hình</source>
        <translation>kind of model</translation>
    </message>
    <message>
        <source>ngày thành lập (YYYY-MM-DD)</source>
        <translation>date established (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>tổ chức chủ trì</source>
        <translation>host organisation</translation>
    </message>
    <message>
        <source>số thành viên nòng cốt</source>
        <translation>number of core members</translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation>total number of members</translation>
    </message>
    <message>
        <source>ghi một buổi hoạt động</source>
        <translation>record an activity</translation>
    </message>
    <message>
        <source>mã (id) của mô hình</source>
        <translation>the model&apos;s id</translation>
    </message>
    <message>
        <source>ngày (YYYY-MM-DD)</source>
        <translation>date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>loại hoạt động</source>
        <translation>kind of activity</translation>
    </message>
    <message>
        <source>số người tham gia</source>
        <translation>number of participants</translation>
    </message>
    <message>
        <source>số người lần đầu được tiếp cận trong năm</source>
        <translation>people reached for the first time this year</translation>
    </message>
    <message>
        <source>ghi số người được hỗ trợ (chỉ ghi số lượng)</source>
        <translation>record how many people were supported (a count only)</translation>
    </message>
    <message>
        <source>loại hỗ trợ</source>
        <translation>kind of support</translation>
    </message>
    <message>
        <source>số người được hỗ trợ</source>
        <translation>number of people supported</translation>
    </message>
    <message>
        <source>chỉ tiêu T10 của một kỳ</source>
        <translation>indicator T10 for a period</translation>
    </message>
    <message>
        <source>xóa mô hình</source>
        <translation>delete a model</translation>
    </message>
    <message>
        <source>xóa một buổi hoạt động đã ghi</source>
        <translation>delete a recorded activity</translation>
    </message>
    <message>
        <source>xóa một lần ghi số người được hỗ trợ</source>
        <translation>delete an entry of people supported</translation>
    </message>
    <message>
        <source>sổ mô hình hỗ trợ tại cộng đồng (chỉ tiêu T10)</source>
        <translation>the register of community support models (indicator T10)</translation>
    </message>
    <message>
        <source>đang hoạt động</source>
        <translation>operating</translation>
    </message>
    <message>
        <source>cài gói cập nhật có chữ ký từ USB (hoặc --rollback để quay lại phiên bản trước)</source>
        <translation>install a signed update package from a USB stick (or --rollback to the previous release)</translation>
    </message>
    <message>
        <source>tệp gói cập nhật có chữ ký</source>
        <translation>the signed update package file</translation>
    </message>
    <message>
        <source>quay lại phiên bản đã chạy trước lần cập nhật gần nhất</source>
        <translation>go back to the release that ran before the last update</translation>
    </message>
    <message>
        <source>Cách dùng: hoanhap update GÓI | --rollback</source>
        <translation>usage: hoanhap update PACKAGE | --rollback</translation>
    </message>
    <message>
        <source>in số phiên bản đang chạy</source>
        <translation>print the version of the release that runs</translation>
    </message>
    <message>
        <source>(do `update` chạy) mở sổ đăng ký bằng khóa đọc từ stdin, nâng cấp, kiểm tra, báo ok</source>
        <translation>(run by `update`) open the register with the key on stdin, migrate, check, say ok</translation>
    </message>
    <message>
        <source>ghi hướng dẫn sử dụng (tiếng Việt) ra tệp PDF</source>
        <translation>write the user guide (in Vietnamese) as a PDF file</translation>
    </message>
    <message>
        <source>tệp PDF sẽ ghi</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>kỳ báo cáo: 2026-09, 2026-Q3, 2026-H2 hoặc 2026</source>
        <translation>reporting period: 2026-09, 2026-Q3, 2026-H2 or 2026</translation>
    </message>
    <message>
        <source>json: dataValueSets của DHIS2; adx: tệp XML theo chuẩn ADX</source>
        <translation>json: DHIS2 dataValueSets; adx: an XML file in the ADX standard</translation>
    </message>
    <message>
        <source>tệp cần ghi</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>tệp ánh xạ DHIS2 (mặc định: bản đã nạp trong thư mục dữ liệu)</source>
        <translation>DHIS2 mapping file (default: the one installed in the data folder)</translation>
    </message>
    <message>
        <source>tuyến tỉnh: xuất số liệu chỉ tiêu theo xã của một kỳ sang DHIS2 (JSON hoặc ADX)</source>
        <translation>hub: export a period&apos;s indicator values per commune to DHIS2 (JSON or ADX)</translation>
    </message>
    <message>
        <source>show: chỗ để tệp ánh xạ của tuyến tỉnh; check: kiểm tra một tệp; install: kiểm tra rồi nạp làm bản của tuyến tỉnh</source>
        <translation>show: where the hub&apos;s mapping file is; check: check a file; install: check it and make it the hub&apos;s mapping</translation>
    </message>
    <message>
        <source>tệp ánh xạ cần kiểm tra hoặc nạp</source>
        <translation>mapping file to check or install</translation>
    </message>
    <message>
        <source>xem, kiểm tra hoặc nạp tệp ánh xạ DHIS2 của tuyến tỉnh</source>
        <translation>show, check or install the hub&apos;s DHIS2 mapping file</translation>
    </message>
    <message>
        <source>mã (id) của lần chuyển gửi</source>
        <translation>id of the referral</translation>
    </message>
    <message>
        <source>tệp JSON với các trường của biểu mẫu</source>
        <translation>JSON file with the form&apos;s fields</translation>
    </message>
    <message>
        <source>danh sách người được hỗ trợ (xuất ra JSON, CSV)</source>
        <translation>list the clients (JSON, CSV for export)</translation>
    </message>
    <message>
        <source>chỉ tình trạng này</source>
        <translation>only this status</translation>
    </message>
    <message>
        <source>toàn bộ hồ sơ một người dạng JSON</source>
        <translation>one client&apos;s whole record, as JSON</translation>
    </message>
    <message>
        <source>thêm người được hỗ trợ từ tệp JSON {&quot;draft&quot;: {…}, &quot;facts&quot;: {…}}</source>
        <translation>add a client from a JSON file {&quot;draft&quot;: {…}, &quot;facts&quot;: {…}}</translation>
    </message>
    <message>
        <source>vẫn thêm khi đã có người cùng mã và năm sinh (đã kiểm tra là người khác)</source>
        <translation>add even when someone has the same code and birth year (checked: another person)</translation>
    </message>
    <message>
        <source>các cảnh báo đã xem (mã, cách nhau bởi dấu phẩy), ví dụ người dưới 18 tuổi</source>
        <translation>warnings seen (codes, separated by commas), e.g. a person under 18</translation>
    </message>
    <message>
        <source>sửa hồ sơ (các trường có trong tệp JSON)</source>
        <translation>edit a client (the fields in the JSON file)</translation>
    </message>
    <message>
        <source>đổi tình trạng hỗ trợ</source>
        <translation>change the support status</translation>
    </message>
    <message>
        <source>tình trạng mới</source>
        <translation>the new status</translation>
    </message>
    <message>
        <source>kết quả đạt được khi kết thúc (mã, không bắt buộc)</source>
        <translation>the outcome reached when closing (code, optional)</translation>
    </message>
    <message>
        <source>ghi nhu cầu và kế hoạch hỗ trợ (từ tệp JSON)</source>
        <translation>record the needs and the support plan (from a JSON file)</translation>
    </message>
    <message>
        <source>tệp JSON {&quot;needs&quot;: &quot;…&quot;, &quot;plan&quot;: &quot;…&quot;}</source>
        <translation>JSON file {&quot;needs&quot;: &quot;…&quot;, &quot;plan&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>ghi sự đồng ý của người được hỗ trợ</source>
        <translation>record the client&apos;s consent</translation>
    </message>
    <message>
        <source>phạm vi đồng ý (support, referral, sharing; cách nhau bởi dấu phẩy)</source>
        <translation>scopes of the consent (support, referral, sharing; separated by commas)</translation>
    </message>
    <message>
        <source>ghi việc rút lại sự đồng ý</source>
        <translation>record a consent withdrawn</translation>
    </message>
    <message>
        <source>phạm vi rút lại</source>
        <translation>the scope withdrawn</translation>
    </message>
    <message>
        <source>ghi một lần tiếp xúc, cung cấp dịch vụ</source>
        <translation>record a contact or a service given</translation>
    </message>
    <message>
        <source>sổ người được hỗ trợ: liệt kê, thêm, sửa, tình trạng, kế hoạch, đồng ý, tiếp xúc</source>
        <translation>client register: list, add, edit, status, plan, consent, contacts</translation>
    </message>
    <message>
        <source>các lần chuyển gửi của một người (JSON, CSV)</source>
        <translation>a client&apos;s referrals (JSON, CSV)</translation>
    </message>
    <message>
        <source>chuyển gửi một người đến đơn vị đối tác</source>
        <translation>refer a client to a partner organisation</translation>
    </message>
    <message>
        <source>cập nhật tình trạng chuyển gửi (từ tệp JSON {&quot;status&quot;: …, &quot;on&quot;: …})</source>
        <translation>update a referral&apos;s status (from a JSON file {&quot;status&quot;: …, &quot;on&quot;: …})</translation>
    </message>
    <message>
        <source>đặt ngày theo dõi (bỏ trống: không theo dõi)</source>
        <translation>set the follow-up date (empty: no follow-up)</translation>
    </message>
    <message>
        <source>ghi phản hồi của đơn vị đối tác (từ tệp)</source>
        <translation>record the partner&apos;s feedback (from a file)</translation>
    </message>
    <message>
        <source>tệp văn bản chứa phản hồi</source>
        <translation>text file with the feedback</translation>
    </message>
    <message>
        <source>in phiếu chuyển gửi ra PDF</source>
        <translation>print the referral slip to a PDF</translation>
    </message>
    <message>
        <source>chuyển gửi: thêm, tình trạng, ngày theo dõi, phản hồi, in phiếu</source>
        <translation>referrals: add, status, follow-up date, feedback, print the slip</translation>
    </message>
    <message>
        <source>tên cơ sở</source>
        <translation>name of the establishment</translation>
    </message>
    <message>
        <source>loại hình kinh doanh</source>
        <translation>type of business</translation>
    </message>
    <message>
        <source>người đại diện</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>số giấy chứng nhận đăng ký kinh doanh</source>
        <translation>business registration certificate number</translation>
    </message>
    <message>
        <source>ngày cấp giấy đăng ký kinh doanh (YYYY-MM-DD)</source>
        <translation>date of the business registration (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>số giấy phép đủ điều kiện kinh doanh</source>
        <translation>business licence number</translation>
    </message>
    <message>
        <source>ngày cấp giấy phép (YYYY-MM-DD)</source>
        <translation>date of the licence (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>số giấy chứng nhận đủ điều kiện về an ninh, trật tự</source>
        <translation>security and order certificate number</translation>
    </message>
    <message>
        <source>ngày cấp giấy chứng nhận an ninh, trật tự (YYYY-MM-DD)</source>
        <translation>date of the security and order certificate (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>tình trạng hoạt động</source>
        <translation>operating status</translation>
    </message>
    <message>
        <source>ngày bắt đầu hoạt động (YYYY-MM-DD)</source>
        <translation>opened on (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ngày ngừng hoạt động (YYYY-MM-DD)</source>
        <translation>closed on (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ghi chú (chỉ lưu trên máy này)</source>
        <translation>notes (kept on this PC only)</translation>
    </message>
    <message>
        <source>mã (id) của cơ sở</source>
        <translation>id of the establishment</translation>
    </message>
    <message>
        <source>danh sách cơ sở (xuất ra JSON, CSV)</source>
        <translation>list the establishments (JSON, CSV for export)</translation>
    </message>
    <message>
        <source>chỉ cơ sở đang hoạt động hoặc tạm ngừng</source>
        <translation>only establishments operating or suspended</translation>
    </message>
    <message>
        <source>thêm cơ sở</source>
        <translation>add an establishment</translation>
    </message>
    <message>
        <source>sửa thông tin cơ sở (chỉ các trường được nêu)</source>
        <translation>edit an establishment (only the fields given)</translation>
    </message>
    <message>
        <source>xóa cơ sở</source>
        <translation>delete an establishment</translation>
    </message>
    <message>
        <source>nhập danh sách cơ sở từ tệp Excel (các dòng có lỗi hoặc trùng được bỏ qua)</source>
        <translation>import establishments from an Excel file (rows with problems or duplicates are left out)</translation>
    </message>
    <message>
        <source>tệp Excel (.xlsx)</source>
        <translation>Excel file (.xlsx)</translation>
    </message>
    <message>
        <source>không nhập gì nếu có dòng lỗi</source>
        <translation>import nothing if any row has a problem</translation>
    </message>
    <message>
        <source>in danh sách cơ sở ra PDF</source>
        <translation>print the list of establishments to a PDF</translation>
    </message>
    <message>
        <source>sổ cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm: liệt kê, thêm, sửa, xóa, nhập từ Excel</source>
        <translation>register of businesses at risk of prostitution: list, add, edit, delete, import from Excel</translation>
    </message>
    <message>
        <source>tệp Excel (.xlsx) cần nhập</source>
        <translation>the Excel file (.xlsx) to import</translation>
    </message>
    <message>
        <source>ghi tệp mẫu (tiêu đề tiếng Việt, danh sách chọn) vào tệp này rồi dừng</source>
        <translation>write the template (Vietnamese headers, pick-lists) to this file and stop</translation>
    </message>
    <message>
        <source>chọn cột: số thứ tự cột trong tệp (từ 1) = tên trường, ví dụ 3=place; máy nhớ cho lần sau</source>
        <translation>choose a column: the file&apos;s column number (from 1) = field name, e.g. 3=place; remembered for next time</translation>
    </message>
    <message>
        <source>nhập các dòng hợp lệ (không có: chỉ xem trước, không ghi gì)</source>
        <translation>import the good rows (without it: preview only, nothing written)</translation>
    </message>
    <message>
        <source>chỉ nhập khi mọi dòng đều hợp lệ</source>
        <translation>import only if every row is good</translation>
    </message>
    <message>
        <source>năm của tệp mẫu (mặc định: năm nay)</source>
        <translation>the template&apos;s year (default: this year)</translation>
    </message>
    <message>
        <source>nhập sổ buổi truyền thông từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)</source>
        <translation>import the outreach book from Excel (preview; --yes to import; --template for the template)</translation>
    </message>
    <message>
        <source>nhập chỉ tiêu năm (số liệu kế hoạch của tỉnh) từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)</source>
        <translation>import the annual targets (the province&apos;s plan figures) from Excel (preview; --yes to import; --template for the template)</translation>
    </message>
    <message>
        <source>nhập danh sách cơ sở kinh doanh từ Excel (xem trước; --yes để nhập; --template để lấy tệp mẫu)</source>
        <translation>import the list of businesses from Excel (preview; --yes to import; --template for the template)</translation>
    </message>
    <message>
        <source>ngày tổ chức (YYYY-MM-DD)</source>
        <translation>date held (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>địa điểm</source>
        <translation>place</translation>
    </message>
    <message>
        <source>hình thức truyền thông</source>
        <translation>form of communication</translation>
    </message>
    <message>
        <source>nhóm đối tượng</source>
        <translation>target group</translation>
    </message>
    <message>
        <source>chủ đề (mã, cách nhau bởi dấu phẩy)</source>
        <translation>topics (codes, separated by commas)</translation>
    </message>
    <message>
        <source>tổng số người tham dự</source>
        <translation>total participants</translation>
    </message>
    <message>
        <source>số nam</source>
        <translation>male participants</translation>
    </message>
    <message>
        <source>số nữ</source>
        <translation>female participants</translation>
    </message>
    <message>
        <source>số người giới tính khác</source>
        <translation>participants of another gender</translation>
    </message>
    <message>
        <source>số người thuộc nhóm đối tượng</source>
        <translation>participants from the target group</translation>
    </message>
    <message>
        <source>trong đó lần đầu được tiếp cận trong năm</source>
        <translation>of whom reached for the first time this year</translation>
    </message>
    <message>
        <source>số tờ rơi phát ra</source>
        <translation>leaflets handed out</translation>
    </message>
    <message>
        <source>số bao cao su phát ra</source>
        <translation>condoms handed out</translation>
    </message>
    <message>
        <source>số gói chất bôi trơn phát ra</source>
        <translation>lubricant sachets handed out</translation>
    </message>
    <message>
        <source>đơn vị tổ chức</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>đơn vị phối hợp</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>mã (id) của buổi truyền thông</source>
        <translation>id of the outreach session</translation>
    </message>
    <message>
        <source>danh sách buổi truyền thông (xuất ra JSON, CSV)</source>
        <translation>list the outreach sessions (JSON, CSV for export)</translation>
    </message>
    <message>
        <source>chỉ kỳ này, ví dụ 2026, 2026-Q3, 2026-07</source>
        <translation>only this period, e.g. 2026, 2026-Q3, 2026-07</translation>
    </message>
    <message>
        <source>ghi buổi truyền thông mới</source>
        <translation>record a new outreach session</translation>
    </message>
    <message>
        <source>sửa buổi truyền thông (chỉ các trường được nêu)</source>
        <translation>edit an outreach session (only the fields given)</translation>
    </message>
    <message>
        <source>xóa buổi truyền thông</source>
        <translation>delete an outreach session</translation>
    </message>
    <message>
        <source>in danh sách tham dự ra PDF (trống, hoặc điền số liệu của một buổi)</source>
        <translation>print the attendance sheet to a PDF (blank, or filled with a session&apos;s counts)</translation>
    </message>
    <message>
        <source>sổ buổi truyền thông: liệt kê, thêm, sửa, xóa, in danh sách tham dự</source>
        <translation>outreach sessions register: list, add, edit, delete, print the attendance sheet</translation>
    </message>
    <message>
        <source>cách in: text (để đọc), json hoặc csv (cho tập lệnh, đủ mọi cột)</source>
        <translation>output: text (to read), json or csv (for scripts, every column)</translation>
    </message>
    <message>
        <source>địa chỉ cơ sở dữ liệu PostgreSQL, ví dụ postgresql://hoanhap@may-chu/hoanhap?sslmode=verify-full</source>
        <translation>PostgreSQL database URL, e.g. postgresql://hoanhap@server/hoanhap?sslmode=verify-full</translation>
    </message>
    <message>
        <source>thử kết nối tới máy chủ cơ sở dữ liệu (không ghi gì)</source>
        <translation>test the connection to the database server (writes nothing)</translation>
    </message>
    <message>
        <source>Kết nối được: PostgreSQL {version}.</source>
        <translation>Connected: PostgreSQL {version}.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trống: dùng được để thiết lập tuyến tỉnh mới.</source>
        <translation>The database is empty: it can hold a new hub.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có dữ liệu của: {unit}</source>
        <translation>The database already holds the data of: {unit}</translation>
    </message>
    <message>
        <source>dùng máy này cho một cơ quan tổng hợp (tuyến tỉnh, quốc gia) đã có trên máy chủ cơ sở dữ liệu (nhiều cán bộ cùng làm)</source>
        <translation>use this PC for a province or national hub that already lives on a database server (several analysts)</translation>
    </message>
</context>
<context>
    <name>ClientCountsPage</name>
    <message>
        <source>Tháng này ({label})</source>
        <translation>This month ({label})</translation>
    </message>
    <message>
        <source>Quý này ({label})</source>
        <translation>This quarter ({label})</translation>
    </message>
    <message>
        <source>Năm nay ({label})</source>
        <translation>This year ({label})</translation>
    </message>
    <message>
        <source>Năm trước</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>lượt người</source>
        <translation>person-visits</translation>
    </message>
    <message>
        <source>phiếu</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>Người đã có trong sổ đến cuối kỳ</source>
        <translation>Persons in the register at the end of the period</translation>
    </message>
    <message>
        <source>Người mới gặp lần đầu trong kỳ</source>
        <translation>Persons first met in the period</translation>
    </message>
    <message>
        <source>Người đang được hỗ trợ (hiện nay)</source>
        <translation>Persons currently being supported</translation>
    </message>
    <message>
        <source>Tiếp xúc, hỗ trợ trong kỳ</source>
        <translation>Contacts and support in the period</translation>
    </message>
    <message>
        <source>Người được tiếp xúc trong kỳ, theo nhóm tuổi và giới tính</source>
        <translation>Persons contacted in the period, by age band and sex</translation>
    </message>
    <message>
        <source>Nhóm tuổi {band}</source>
        <translation>Age band {band}</translation>
    </message>
    <message>
        <source>Phiếu giới thiệu lập trong kỳ</source>
        <translation>Referrals made in the period</translation>
    </message>
    <message>
        <source>Phiếu quá hạn theo dõi (hôm nay)</source>
        <translation>Referrals overdue for follow-up (today)</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Chỉ có số liệu tổng hợp. Mỗi số ghi rõ là lượt người (mỗi lần tính một) hay người (mỗi người tính một lần).</source>
        <translation>Aggregate figures only. Each figure states whether it counts person-visits (each time counted) or persons (each person counted once).</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Nhóm tuổi</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nơi làm việc</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gặp lần đầu</source>
        <translation>First met</translation>
    </message>
    <message>
        <source>Gặp gần nhất</source>
        <translation>Last met</translation>
    </message>
    <message>
        <source>Tên gọi (trên máy này)</source>
        <translation>Nickname (this computer)</translation>
    </message>
</context>
<context>
    <name>ClientRecordDialog</name>
    <message>
        <source>Hồ sơ {code}</source>
        <translation>Case file {code}</translation>
    </message>
    <message>
        <source>{status} (từ {since})</source>
        <translation>{status} (since {since})</translation>
    </message>
    <message>
        <source>⚠ Người chưa thành niên</source>
        <translation>⚠ Minor</translation>
    </message>
    <message>
        <source>Sinh năm {year} ({age} tuổi, nhóm {band}) · {sex} · Nơi làm việc: {workplace}&lt;br&gt;Gặp lần đầu {first} ({channel}) · Gặp gần nhất {last}</source>
        <translation>Born {year} (age {age}, band {band}) · {sex} · Workplace: {workplace}&lt;br&gt;First met {first} ({channel}) · Last met {last}</translation>
    </message>
    <message>
        <source>Đồng ý: {scopes}</source>
        <translation>Consent: {scopes}</translation>
    </message>
    <message>
        <source>Tên gọi (chỉ trên máy này): {nickname}</source>
        <translation>Nickname (this computer only): {nickname}</translation>
    </message>
    <message>
        <source>(quá hạn)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>In phiếu giới thiệu</source>
        <translation>Print the referral slip</translation>
    </message>
    <message>
        <source>In bản sao hồ sơ cho người được hỗ trợ</source>
        <translation>Print a copy of the file for the person supported</translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Giới thiệu, chuyển gửi</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Nhu cầu và kế hoạch hỗ trợ</source>
        <translation>Needs and support plan</translation>
    </message>
    <message>
        <source>Mã phiếu</source>
        <translation>Referral code</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hẹn theo dõi</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Cập nhật tình trạng…</source>
        <translation>Update status…</translation>
    </message>
    <message>
        <source>In phiếu giới thiệu (PDF)…</source>
        <translation>Print referral slip (PDF)…</translation>
    </message>
    <message>
        <source>Đổi ngày hẹn theo dõi…</source>
        <translation>Change follow-up date…</translation>
    </message>
    <message>
        <source>Đánh giá nhu cầu:</source>
        <translation>Needs assessment:</translation>
    </message>
    <message>
        <source>Kế hoạch hỗ trợ:</source>
        <translation>Support plan:</translation>
    </message>
    <message>
        <source>Hai mục này chỉ lưu trên máy này, không gửi đi.</source>
        <translation>These two fields are kept on this computer only, never sent.</translation>
    </message>
    <message>
        <source>Lưu nhu cầu và kế hoạch</source>
        <translation>Save needs and plan</translation>
    </message>
    <message>
        <source>Ghi lần tiếp xúc…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <source>Chuyển gửi…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Đồng ý…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <source>Đổi tình trạng…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Xuất hồ sơ cho người này (PDF)…</source>
        <translation>Export case file for this person (PDF)…</translation>
    </message>
    <message>
        <source>Xóa hồ sơ…</source>
        <translation>Delete case file…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ClientStatusDialog</name>
    <message>
        <source>Đổi tình trạng của {code}</source>
        <translation>Change status of {code}</translation>
    </message>
    <message>
        <source>Tình trạng mới:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Lý do (không bắt buộc):</source>
        <translation>Reason (optional):</translation>
    </message>
    <message>
        <source>(không ghi lý do)</source>
        <translation>(no reason given)</translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>Tình trạng: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Đồng ý: {scope}</source>
        <translation>Consent: {scope}</translation>
    </message>
    <message>
        <source>Rút lại đồng ý: {scope}</source>
        <translation>Consent withdrawn: {scope}</translation>
    </message>
    <message>
        <source>Tiếp xúc, hỗ trợ: {service}</source>
        <translation>Contact, support: {service}</translation>
    </message>
    <message>
        <source>Kết quả: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>Phiếu {code} — {partner}</source>
        <translation>Referral {code} — {partner}</translation>
    </message>
    <message>
        <source>Chuyển gửi: {service}</source>
        <translation>Referred for: {service}</translation>
    </message>
    <message>
        <source>Phiếu giới thiệu: {status}</source>
        <translation>Referral status: {status}</translation>
    </message>
    <message>
        <source>nhận hỗ trợ</source>
        <translation>receive support</translation>
    </message>
    <message>
        <source>chuyển gửi</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>chia sẻ thông tin với nơi nhận</source>
        <translation>share information with the recipient</translation>
    </message>
    <message>
        <source>bao cao su: {n}</source>
        <translation>condoms: {n}</translation>
    </message>
    <message>
        <source>chất bôi trơn: {n}</source>
        <translation>lubricant: {n}</translation>
    </message>
    <message>
        <source>tờ rơi: {n}</source>
        <translation>leaflets: {n}</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Mọi loại hỗ trợ</source>
        <translation>All support types</translation>
    </message>
    <message>
        <source>Mọi nhóm tuổi</source>
        <translation>All age bands</translation>
    </message>
    <message>
        <source>Mọi nơi làm việc</source>
        <translation>All workplaces</translation>
    </message>
    <message>
        <source>{count} người</source>
        <translation>Persons: {count}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{count}&lt;/b&gt; phiếu giới thiệu quá hạn theo dõi&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Referrals overdue for follow-up: &lt;b&gt;{count}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{count} phiếu giới thiệu quá hạn theo dõi</source>
        <translation>Referrals overdue for follow-up: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{active}&lt;/b&gt; người đang được hỗ trợ · &lt;b&gt;{period}&lt;/b&gt;: &lt;b&gt;{contacts}&lt;/b&gt; lượt tiếp xúc, hỗ trợ ({persons} người) · {overdue}</source>
        <translation>Being supported: &lt;b&gt;{active}&lt;/b&gt; persons · &lt;b&gt;{period}&lt;/b&gt;: &lt;b&gt;{contacts}&lt;/b&gt; contact visits ({persons} persons) · {overdue}</translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Đến hạn xóa ({count})</source>
        <translation>Due for deletion ({count})</translation>
    </message>
    <message>
        <source>Những người dưới đây không được gặp lại trong hơn {months} tháng (thời hạn lưu giữ). Hãy xem từng hồ sơ và xóa khi không còn cần hỗ trợ.</source>
        <translation>The persons below have not been seen for more than {months} months (the retention period). Review each case file and delete it when support is no longer needed.</translation>
    </message>
    <message>
        <source>Tìm theo mã số</source>
        <translation>Search by code</translation>
    </message>
    <message>
        <source>Có phiếu quá hạn theo dõi</source>
        <translation>Has overdue referrals</translation>
    </message>
    <message>
        <source>Đăng ký người được hỗ trợ…</source>
        <translation>Register client…</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>Ghi lần tiếp xúc…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <source>Chuyển gửi…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Xóa hồ sơ đã chọn…</source>
        <translation>Delete selected case file…</translation>
    </message>
    <message>
        <source>In phiếu đồng ý trống…</source>
        <translation>Print blank consent form…</translation>
    </message>
    <message>
        <source>Danh mục nơi nhận…</source>
        <translation>Partner catalogue…</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <source>Mọi kỳ đã kết thúc đều đã được chốt.</source>
        <translation>Every ended period has been closed.</translation>
    </message>
    <message>
        <source>Tôi, &lt;b&gt;{user}&lt;/b&gt;, xác nhận &lt;b&gt;{unit}&lt;/b&gt; không có số liệu nào phát sinh trong &lt;b&gt;{period}&lt;/b&gt; (báo cáo trống).</source>
        <translation>I, &lt;b&gt;{user}&lt;/b&gt;, confirm that &lt;b&gt;{unit}&lt;/b&gt; had no data to report for &lt;b&gt;{period}&lt;/b&gt; (nil report).</translation>
    </message>
    <message>
        <source>Tôi, &lt;b&gt;{user}&lt;/b&gt;, xác nhận số liệu &lt;b&gt;{period}&lt;/b&gt; của &lt;b&gt;{unit}&lt;/b&gt; đã được nhập đầy đủ vào sổ.</source>
        <translation>I, &lt;b&gt;{user}&lt;/b&gt;, confirm that the data of &lt;b&gt;{unit}&lt;/b&gt; for &lt;b&gt;{period}&lt;/b&gt; has been entered in full.</translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo</source>
        <translation>Close reporting period</translation>
    </message>
    <message>
        <source>Chốt kỳ là lời xác nhận của xã, có chữ ký số của máy này, rằng số liệu của kỳ đã đầy đủ. Lời xác nhận được gửi lên cấp trên trong gói dữ liệu tiếp theo; cấp trên dựa vào đó để biết xã đã báo cáo đúng hạn hay chưa. Mỗi kỳ chỉ chốt được một lần.</source>
        <translation>Closing a period is the commune&apos;s statement, digitally signed by this PC, that the period&apos;s data is complete. It travels to the province office in the next bundle, which uses it to see whether the commune reported on time. Each period can be closed only once.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>Báo cáo trống: trong kỳ này không có hoạt động nào để báo cáo</source>
        <translation>Nil report: there was no activity to report in this period</translation>
    </message>
    <message>
        <source>Ký và chốt kỳ</source>
        <translation>Sign and close</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Dưới 16</source>
        <translation>Under 16</translation>
    </message>
    <message>
        <source>16–17</source>
        <translation>16–17</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49</translation>
    </message>
    <message>
        <source>50 trở lên</source>
        <translation>50 and over</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Nhẹ</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Nghiêm trọng</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Karaoke</source>
        <translation>Karaoke</translation>
    </message>
    <message>
        <source>Xoa bóp, xông hơi</source>
        <translation>Massage, sauna</translation>
    </message>
    <message>
        <source>Nhà nghỉ, khách sạn, cơ sở lưu trú</source>
        <translation>Guesthouse, hotel, lodging</translation>
    </message>
    <message>
        <source>Quán bar, vũ trường</source>
        <translation>Bar, nightclub</translation>
    </message>
    <message>
        <source>Quán cà phê, giải khát</source>
        <translation>Café, refreshment shop</translation>
    </message>
    <message>
        <source>Cắt tóc, gội đầu</source>
        <translation>Barber, hair-washing salon</translation>
    </message>
    <message>
        <source>Tự do, đường phố</source>
        <translation>Freelance, street-based</translation>
    </message>
    <message>
        <source>Qua mạng</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cán bộ tiếp cận tại cộng đồng</source>
        <translation>Community outreach worker</translation>
    </message>
    <message>
        <source>Nhóm đồng đẳng giới thiệu</source>
        <translation>Referred by peer group</translation>
    </message>
    <message>
        <source>Tự tìm đến</source>
        <translation>Came on own initiative</translation>
    </message>
    <message>
        <source>Cơ sở y tế giới thiệu</source>
        <translation>Referred by health facility</translation>
    </message>
    <message>
        <source>Hội, đoàn thể giới thiệu</source>
        <translation>Referred by mass organisation</translation>
    </message>
    <message>
        <source>Qua kiểm tra, xử lý vi phạm</source>
        <translation>Through inspection or enforcement</translation>
    </message>
    <message>
        <source>Đường dây nóng, mạng xã hội</source>
        <translation>Hotline, social media</translation>
    </message>
    <message>
        <source>Giáo dục, học nghề</source>
        <translation>Education, vocational training</translation>
    </message>
    <message>
        <source>Tư vấn, trợ giúp pháp lý</source>
        <translation>Counselling, legal aid</translation>
    </message>
    <message>
        <source>Vay vốn, việc làm</source>
        <translation>Loans, jobs</translation>
    </message>
    <message>
        <source>Chăm sóc sức khỏe, dịch vụ HIV</source>
        <translation>Health care, HIV services</translation>
    </message>
    <message>
        <source>Can thiệp giảm tác hại</source>
        <translation>Harm-reduction interventions</translation>
    </message>
    <message>
        <source>Hỗ trợ nạn nhân bạo lực trên cơ sở giới, nơi tạm lánh</source>
        <translation>Support for victims of gender-based violence, shelter</translation>
    </message>
    <message>
        <source>Dự phòng: tình dục an toàn, bao cao su, PrEP</source>
        <translation>Prevention: safer sex, condoms, PrEP</translation>
    </message>
    <message>
        <source>Điều trị ARV, methadone</source>
        <translation>ARV treatment, methadone</translation>
    </message>
    <message>
        <source>Phòng, chống bạo lực trên cơ sở giới</source>
        <translation>Prevention of gender-based violence</translation>
    </message>
    <message>
        <source>Tư vấn tâm lý</source>
        <translation>Psychological counselling</translation>
    </message>
    <message>
        <source>Hòa nhập cộng đồng</source>
        <translation>Community reintegration</translation>
    </message>
    <message>
        <source>Xét nghiệm HIV, bệnh lây truyền qua đường tình dục</source>
        <translation>HIV and STI testing</translation>
    </message>
    <message>
        <source>Quyền và pháp luật</source>
        <translation>Rights and the law</translation>
    </message>
    <message>
        <source>Học nghề, việc làm, sinh kế</source>
        <translation>Vocational training, jobs, livelihoods</translation>
    </message>
    <message>
        <source>Ma túy</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Sức khỏe tâm thần</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Gia đình, con cái</source>
        <translation>Family, children</translation>
    </message>
    <message>
        <source>Nhận hỗ trợ và được ghi vào sổ theo dõi (chỉ bằng mã số)</source>
        <translation>Receive support and be recorded in the case register (by code only)</translation>
    </message>
    <message>
        <source>Được giới thiệu, chuyển gửi đến cơ quan, tổ chức khác</source>
        <translation>Be referred to other agencies and organisations</translation>
    </message>
    <message>
        <source>Chia sẻ thông tin cần thiết với nơi nhận chuyển gửi</source>
        <translation>Share necessary information with the referral recipient</translation>
    </message>
    <message>
        <source>Đang hỗ trợ</source>
        <translation>Being supported</translation>
    </message>
    <message>
        <source>Tạm ngừng liên lạc</source>
        <translation>Contact paused</translation>
    </message>
    <message>
        <source>Kết thúc hỗ trợ</source>
        <translation>Support ended</translation>
    </message>
    <message>
        <source>lượt người</source>
        <translation>person-visits</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Xã / phường (nhập liệu)</source>
        <translation>Commune / ward (data entry)</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp (tỉnh, thành phố)</source>
        <translation>Aggregating office (province or city)</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp toàn quốc (Bộ Y tế)</source>
        <translation>National aggregating office (Ministry of Health)</translation>
    </message>
    <message>
        <source>Khách sạn, nhà nghỉ (cơ sở lưu trú)</source>
        <translation>Hotel, guesthouse (lodging)</translation>
    </message>
    <message>
        <source>Căn hộ cho thuê ngắn ngày</source>
        <translation>Short-term rental apartment</translation>
    </message>
    <message>
        <source>Vũ trường</source>
        <translation>Nightclub</translation>
    </message>
    <message>
        <source>Quán bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cà phê đèn mờ</source>
        <translation>Dim-light café</translation>
    </message>
    <message>
        <source>Nhà hàng, quán ăn</source>
        <translation>Restaurant, eatery</translation>
    </message>
    <message>
        <source>Loại hình khác</source>
        <translation>Other type</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Tạm ngừng hoạt động</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>Đã đóng cửa</source>
        <translation>Closed down</translation>
    </message>
    <message>
        <source>Theo kế hoạch</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Đột xuất</source>
        <translation>Unannounced</translation>
    </message>
    <message>
        <source>Tái kiểm tra</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>Nhắc nhở, đề nghị cảnh cáo</source>
        <translation>Reminder, warning proposed</translation>
    </message>
    <message>
        <source>Đề nghị phạt tiền</source>
        <translation>Fine proposed</translation>
    </message>
    <message>
        <source>Đề nghị đình chỉ hoạt động</source>
        <translation>Suspension proposed</translation>
    </message>
    <message>
        <source>Chuyển cơ quan công an</source>
        <translation>Referred to the police</translation>
    </message>
    <message>
        <source>Có vi phạm</source>
        <translation>Violations found</translation>
    </message>
    <message>
        <source>Không phát hiện vi phạm</source>
        <translation>No violation found</translation>
    </message>
    <message>
        <source>Trực tiếp, tư vấn nhóm</source>
        <translation>Face-to-face, group counselling</translation>
    </message>
    <message>
        <source>Hội nghị, tập huấn</source>
        <translation>Meeting, training</translation>
    </message>
    <message>
        <source>Phát tờ rơi</source>
        <translation>Leaflet distribution</translation>
    </message>
    <message>
        <source>Pano, áp phích</source>
        <translation>Billboards, posters</translation>
    </message>
    <message>
        <source>Loa truyền thanh xã</source>
        <translation>Commune loudspeaker</translation>
    </message>
    <message>
        <source>Báo, đài, truyền hình</source>
        <translation>Press, radio, TV</translation>
    </message>
    <message>
        <source>Mạng xã hội</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Nhóm đồng đẳng</source>
        <translation>Peer group</translation>
    </message>
    <message>
        <source>Sự kiện, hội thi</source>
        <translation>Events, contests</translation>
    </message>
    <message>
        <source>Người lao động tại cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm</source>
        <translation>Workers of service businesses prone to being used for prostitution</translation>
    </message>
    <message>
        <source>Đào tạo nghề cho lao động nông thôn</source>
        <translation>Vocational training for rural workers</translation>
    </message>
    <message>
        <source>Bình đẳng giới, phòng, chống bạo lực trên cơ sở giới</source>
        <translation>Gender equality, prevention of gender-based violence</translation>
    </message>
    <message>
        <source>Công nhân khu công nghiệp</source>
        <translation>Industrial-zone workers</translation>
    </message>
    <message>
        <source>Học sinh, sinh viên</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Cán bộ, công chức</source>
        <translation>Officials, civil servants</translation>
    </message>
    <message>
        <source>Hội viên, đoàn viên các đoàn thể</source>
        <translation>Mass-organisation members</translation>
    </message>
    <message>
        <source>Người dân</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Người bán dâm</source>
        <translation>Sex workers</translation>
    </message>
    <message>
        <source>Phòng, chống mại dâm</source>
        <translation>Prostitution prevention</translation>
    </message>
    <message>
        <source>Việc làm</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Vay vốn</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Giảm nghèo</source>
        <translation>Poverty reduction</translation>
    </message>
    <message>
        <source>Phòng, chống ma túy</source>
        <translation>Drug prevention</translation>
    </message>
    <message>
        <source>Phòng, chống HIV/AIDS</source>
        <translation>HIV/AIDS prevention</translation>
    </message>
    <message>
        <source>Phòng, chống mua bán người</source>
        <translation>Anti-human trafficking</translation>
    </message>
    <message>
        <source>Phổ biến pháp luật</source>
        <translation>Legal education</translation>
    </message>
    <message>
        <source>Đã chuyển gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Nơi nhận đã tiếp nhận</source>
        <translation>Accepted by recipient</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Mất dấu, không theo dõi được</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>Đã vào học nghề, khóa học</source>
        <translation>Enrolled in vocational training or a course</translation>
    </message>
    <message>
        <source>Đã được giải ngân vốn vay</source>
        <translation>Loan disbursed</translation>
    </message>
    <message>
        <source>Đã có việc làm</source>
        <translation>Job obtained</translation>
    </message>
    <message>
        <source>Đã xét nghiệm HIV</source>
        <translation>HIV test done</translation>
    </message>
    <message>
        <source>Đã khám, điều trị bệnh lây truyền qua đường tình dục</source>
        <translation>STI examined or treated</translation>
    </message>
    <message>
        <source>Đang điều trị ARV</source>
        <translation>On ARV treatment</translation>
    </message>
    <message>
        <source>Đang dùng PrEP</source>
        <translation>On PrEP</translation>
    </message>
    <message>
        <source>Đang điều trị methadone</source>
        <translation>On methadone treatment</translation>
    </message>
    <message>
        <source>Đã được trợ giúp pháp lý</source>
        <translation>Received legal aid</translation>
    </message>
    <message>
        <source>Đã được tư vấn</source>
        <translation>Counselled</translation>
    </message>
    <message>
        <source>Đã được tạm lánh</source>
        <translation>Given emergency shelter</translation>
    </message>
    <message>
        <source>Vụ việc bạo lực đã được giải quyết</source>
        <translation>Violence case resolved</translation>
    </message>
    <message>
        <source>Đã từ bỏ hoạt động mại dâm</source>
        <translation>Left sex work</translation>
    </message>
    <message>
        <source>Đã chuyển đi nơi khác</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Kết quả khác</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <source>Trung tâm dịch vụ việc làm</source>
        <translation>Employment service centre</translation>
    </message>
    <message>
        <source>Cơ sở giáo dục nghề nghiệp</source>
        <translation>Vocational school</translation>
    </message>
    <message>
        <source>Ngân hàng Chính sách xã hội</source>
        <translation>Vietnam Bank for Social Policies</translation>
    </message>
    <message>
        <source>Trạm y tế</source>
        <translation>Health station</translation>
    </message>
    <message>
        <source>Trung tâm Kiểm soát bệnh tật</source>
        <translation>Centre for Disease Control (CDC)</translation>
    </message>
    <message>
        <source>Trung tâm trợ giúp pháp lý</source>
        <translation>Legal aid centre</translation>
    </message>
    <message>
        <source>Hội Liên hiệp Phụ nữ</source>
        <translation>Women&apos;s Union</translation>
    </message>
    <message>
        <source>Trung tâm công tác xã hội</source>
        <translation>Social work centre</translation>
    </message>
    <message>
        <source>Nơi tạm lánh</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Tổ chức phi chính phủ</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Quản trị viên</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Tên của mẹ (chỉ tên, không họ)</source>
        <translation>Mother&apos;s given name (no family name)</translation>
    </message>
    <message>
        <source>Tên của bố (chỉ tên, không họ)</source>
        <translation>Father&apos;s given name (no family name)</translation>
    </message>
    <message>
        <source>Tên của người được hỗ trợ (chỉ tên)</source>
        <translation>Client&apos;s given name (given name only)</translation>
    </message>
    <message>
        <source>Tháng sinh</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Không đủ dữ liệu</source>
        <translation>Insufficient data</translation>
    </message>
    <message>
        <source>chưa báo cáo</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Trên 100% – cần kiểm tra số liệu</source>
        <translation>Over 100% – check the data</translation>
    </message>
    <message>
        <source>Điểm cung cấp dịch vụ hỗ trợ tại cộng đồng</source>
        <translation>Community support service point</translation>
    </message>
    <message>
        <source>Điểm tư vấn của cơ sở công tác xã hội</source>
        <translation>Social-work centre advice point</translation>
    </message>
    <message>
        <source>Câu lạc bộ, nhóm đồng đẳng</source>
        <translation>Peer club or group</translation>
    </message>
    <message>
        <source>Nhóm tự lực</source>
        <translation>Self-help group</translation>
    </message>
    <message>
        <source>Mô hình bảo vệ quyền của người lao động tại cơ sở kinh doanh dịch vụ</source>
        <translation>Protection of the rights of workers in service businesses</translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm, câu lạc bộ</source>
        <translation>Group or club meeting</translation>
    </message>
    <message>
        <source>Tiếp cận đồng đẳng</source>
        <translation>Peer outreach</translation>
    </message>
    <message>
        <source>Tư vấn nhóm, cá nhân</source>
        <translation>Group or individual counselling</translation>
    </message>
    <message>
        <source>Tập huấn kỹ năng</source>
        <translation>Skills training</translation>
    </message>
    <message>
        <source>Hỗ trợ tiếp cận dịch vụ</source>
        <translation>Help to reach services</translation>
    </message>
    <message>
        <source>Hoạt động khác</source>
        <translation>Other activity</translation>
    </message>
    <message>
        <source>Điện thoại, đường dây nóng</source>
        <translation>Phone or hotline</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Đơn, thư</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Do công an chuyển đến</source>
        <translation>Passed on by the police</translation>
    </message>
    <message>
        <source>Nguồn khác</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Địa điểm khác</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Trên mạng</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Có dấu hiệu đúng như tin báo</source>
        <translation>Signs confirm the tip-off</translation>
    </message>
    <message>
        <source>Không có cơ sở</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Công an</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Đội kiểm tra liên ngành 178</source>
        <translation>Inter-agency inspection team 178</translation>
    </message>
    <message>
        <source>Tổ kiểm tra của xã</source>
        <translation>Commune inspection team</translation>
    </message>
    <message>
        <source>Đội trưởng</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Đội phó</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Đã kiểm tra</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Chưa đến ngày</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Quá hạn, chưa kiểm tra</source>
        <translation>Overdue, not inspected</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <translation>Chairman of the commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Cơ quan có thẩm quyền khác</source>
        <translation>Other competent authority</translation>
    </message>
    <message>
        <source>Đã xử lý vi phạm</source>
        <translation>Violation dealt with</translation>
    </message>
    <message>
        <source>Kiểm tra, không phát hiện vi phạm</source>
        <translation>Inspected, no violation found</translation>
    </message>
    <message>
        <source>Chuyển cơ quan có thẩm quyền giải quyết xong</source>
        <translation>Settled by the competent authority it was passed to</translation>
    </message>
    <message>
        <source>Không có cơ sở, kết thúc xác minh</source>
        <translation>Unfounded, verification closed</translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đã xác minh</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Đã chuyển xử lý</source>
        <translation>Passed on</translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Cá nhân có mặt tại cơ sở</source>
        <translation>Individual present at the business</translation>
    </message>
    <message>
        <source>Hộ kinh doanh (chủ cơ sở)</source>
        <translation>Household business (the operator)</translation>
    </message>
    <message>
        <source>Doanh nghiệp, tổ chức (chủ cơ sở)</source>
        <translation>Enterprise or organisation (the operator)</translation>
    </message>
</context>
<context>
    <name>CommuneChooser</name>
    <message>
        <source>Đã chọn {count}/{total}</source>
        <translation>{count}/{total} selected</translation>
    </message>
    <message>
        <source>Toàn tỉnh ({count} xã, phường)</source>
        <translation>Whole province ({count} communes and wards)</translation>
    </message>
    <message>
        <source>Chọn một số xã, phường</source>
        <translation>Choose communes and wards</translation>
    </message>
    <message>
        <source>Tìm xã, phường (gõ không dấu được)</source>
        <translation>Find a commune or ward (diacritics optional)</translation>
    </message>
    <message>
        <source>Bỏ chọn hết</source>
        <translation>Untick all</translation>
    </message>
</context>
<context>
    <name>CommunesPanel</name>
    <message>
        <source>Báo cáo {period}: đã nhận lời chốt kỳ của &lt;b&gt;{received}/{expected}&lt;/b&gt; xã/phường (đúng hạn {on_time}, muộn {late}, báo cáo trống {nil}). Đã đăng ký thẻ: {enrolled} xã/phường; còn thiếu gói: {gaps}; có xung đột chưa xử lý: {conflicts}.</source>
        <translation>Reports for {period}: closing statements received from &lt;b&gt;{received}/{expected}&lt;/b&gt; communes (on time {on_time}, late {late}, nil reports {nil}). Cards enrolled: {enrolled} communes; with missing bundles: {gaps}; with unresolved conflicts: {conflicts}.</translation>
    </message>
</context>
<context>
    <name>CompletenessGrid</name>
    <message>
        <source>KPS</source>
        <translation>nil</translation>
    </message>
    <message>
        <source>Chưa nhận; hạn nộp {due}.</source>
        <translation>Not received; due {due}.</translation>
    </message>
    <message>
        <source>Chưa nhận; đã quá hạn nộp {due}.</source>
        <translation>Not received; overdue since {due}.</translation>
    </message>
    <message>
        <source>Chốt kỳ ngày {closed}, đúng hạn (hạn {due}).</source>
        <translation>Period closed on {closed}, on time (due {due}).</translation>
    </message>
    <message>
        <source>Chốt kỳ ngày {closed}, muộn (hạn {due}).</source>
        <translation>Period closed on {closed}, late (due {due}).</translation>
    </message>
    <message>
        <source>Báo cáo không phát sinh số liệu.</source>
        <translation>Nil report: nothing to report.</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>CompletenessLegend</name>
    <message>
        <source>Đã nhận, đúng hạn</source>
        <translation>Received on time</translation>
    </message>
    <message>
        <source>Đã nhận, nộp muộn</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>Chưa nhận, đã quá hạn</source>
        <translation>Missing, overdue</translation>
    </message>
    <message>
        <source>Chưa nhận, chưa đến hạn</source>
        <translation>Not received, not yet due</translation>
    </message>
    <message>
        <source>KPS: báo cáo không phát sinh số liệu. Ngày ghi trong ô là ngày xã chốt kỳ.</source>
        <translation>nil: a nil report (nothing to report). The date in a cell is the day the commune closed the period.</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Đang tổng hợp tình hình nộp báo cáo…</source>
        <translation>Counting the reports received…</translation>
    </message>
    <message>
        <source>Đang tính xu hướng chỉ tiêu qua {count} kỳ…</source>
        <translation>Computing the indicator trends over {count} periods…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{expected}&lt;/b&gt; báo cáo cần có ({communes} xã, phường × {periods} kỳ): &lt;span style=&apos;color:#1b5e20&apos;&gt;đã nhận {received}&lt;/span&gt; (đúng hạn {on_time}, &lt;span style=&apos;color:#8a4b00&apos;&gt;muộn {late}&lt;/span&gt;); &lt;span style=&apos;color:#b00020&apos;&gt;chưa nhận {missing}&lt;/span&gt;, trong đó {pending} chưa đến hạn.</source>
        <translation>&lt;b&gt;{expected}&lt;/b&gt; reports expected ({communes} communes and wards × {periods} periods): &lt;span style=&apos;color:#1b5e20&apos;&gt;{received} received&lt;/span&gt; ({on_time} on time, &lt;span style=&apos;color:#8a4b00&apos;&gt;{late} late&lt;/span&gt;); &lt;span style=&apos;color:#b00020&apos;&gt;{missing} not received&lt;/span&gt;, of which {pending} not yet due.</translation>
    </message>
    <message>
        <source>Hạn nộp: {days} ngày sau khi hết kỳ; tính theo bản chốt kỳ có chữ ký của xã.</source>
        <translation>Due {days} days after the period ends; judged from the communes&apos; signed period-close declarations.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;{count} bản ghi bị giữ lại&lt;/span&gt; vì vi phạm quy tắc nhập liệu, chưa tính vào số liệu ({communes} xã, phường; xem thẻ “Bị giữ lại” ở trang nhận gói).</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;{count} records held back&lt;/span&gt; for breaking a data-entry rule, not counted in the figures ({communes} communes/wards; see the “Held back” tab of the receive page).</translation>
    </message>
    <message>
        <source>{count} xã, phường</source>
        <translation>{count} communes and wards</translation>
    </message>
    <message>
        <source>Chưa có số liệu để vẽ biểu đồ.</source>
        <translation>No figures to chart yet.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Loại kỳ:</source>
        <translation>Period type:</translation>
    </message>
    <message>
        <source>Số kỳ gần nhất:</source>
        <translation>Latest periods:</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Tìm xã, phường (gõ không dấu được)</source>
        <translation>Find a commune or ward (diacritics optional)</translation>
    </message>
    <message>
        <source>Chỉ hiện xã, phường còn thiếu báo cáo</source>
        <translation>Only communes and wards with missing reports</translation>
    </message>
    <message>
        <source>Xu hướng chỉ tiêu của toàn tỉnh qua các kỳ</source>
        <translation>Province-wide indicator trend over the periods</translation>
    </message>
    <message>
        <source>Chỉ tiêu:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Xử lý xung đột dữ liệu</source>
        <translation>Resolve a data conflict</translation>
    </message>
    <message>
        <source>{kind} “{record}” của {unit}: bản đang có ở đây (phiên bản {local}) và bản vừa nhận (phiên bản {incoming}) khác nhau mà không xác định được bản nào mới hơn. Hãy so sánh, nếu cần thì gọi điện hỏi xã, rồi chọn bản đúng. Bản không được chọn sẽ không được dùng.</source>
        <translation>{kind} “{record}” of {unit}: the copy held here (version {local}) and the one just received (version {incoming}) differ, and it cannot be told which is newer. Compare them, phone the commune if needed, then choose the right one. The copy not chosen will not be used.</translation>
    </message>
    <message>
        <source>Chỉ hiện các trường khác nhau</source>
        <translation>Show only the fields that differ</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bản hiện có (phiên bản {version})</source>
        <translation>Copy held here (version {version})</translation>
    </message>
    <message>
        <source>Bản mới nhận (phiên bản {version})</source>
        <translation>Copy received (version {version})</translation>
    </message>
    <message>
        <source>Giữ bản hiện có</source>
        <translation>Keep the copy held here</translation>
    </message>
    <message>
        <source>Dùng bản mới nhận</source>
        <translation>Use the copy received</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>giữ bản hiện có</source>
        <translation>kept the copy held here</translation>
    </message>
    <message>
        <source>dùng bản mới nhận</source>
        <translation>used the copy received</translation>
    </message>
    <message>
        <source>Đã xử lý xung đột của {unit}: {choice}.</source>
        <translation>Resolved the conflict from {unit}: {choice}.</translation>
    </message>
    <message>
        <source>Xung đột xảy ra khi bản ghi ở đây và bản vừa nhận khác nhau mà không xác định được bản nào mới hơn (ví dụ xã khôi phục bản sao lưu cũ rồi sửa tiếp). Bản ở đây được giữ nguyên cho đến khi có người chọn. Nháy đúp một dòng để so sánh.</source>
        <translation>A conflict arises when a record held here and the one just received differ and it cannot be told which is newer (for example, a commune restored an old backup and kept editing). The copy held here stays as it is until someone chooses. Double-click a row to compare.</translation>
    </message>
    <message>
        <source>So sánh và chọn bản…</source>
        <translation>Compare and choose…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>In phiếu đồng ý</source>
        <translation>Print the consent form</translation>
    </message>
    <message>
        <source>✔ {scope}: đã đồng ý từ {day}</source>
        <translation>✔ {scope}: consented since {day}</translation>
    </message>
    <message>
        <source>✘ {scope}: chưa đồng ý</source>
        <translation>✘ {scope}: no consent</translation>
    </message>
    <message>
        <source>Đã ghi đồng ý.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Đã ghi việc rút lại đồng ý.</source>
        <translation>Withdrawal of consent recorded.</translation>
    </message>
    <message>
        <source>Đồng ý của người có mã {code}</source>
        <translation>Consent of person {code}</translation>
    </message>
    <message>
        <source>Ghi nhận đồng ý</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Rút lại đồng ý</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Nội dung đồng ý:</source>
        <translation>Consent to:</translation>
    </message>
    <message>
        <source>Ngày đồng ý:</source>
        <translation>Date given:</translation>
    </message>
    <message>
        <source>Ngày rút lại:</source>
        <translation>Date withdrawn:</translation>
    </message>
    <message>
        <source>Ghi đồng ý</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Ghi rút lại</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>In phiếu đồng ý (PDF)…</source>
        <translation>Print consent form (PDF)…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>In phiếu, đọc cho người đó nghe, để họ đánh dấu và ký; cất phiếu đã ký riêng, không để cùng sổ tay ghi chép.</source>
        <translation>Print the form, read it aloud to the person, and let them tick and sign it; keep signed forms separately, not with the notebook.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ghi lần tiếp xúc</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Lần tiếp xúc, hỗ trợ cho người có mã {code}</source>
        <translation>Contact or support for person {code}</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Loại hỗ trợ:</source>
        <translation>Support type:</translation>
    </message>
    <message>
        <source>Nội dung trao đổi:</source>
        <translation>Discussed:</translation>
    </message>
    <message>
        <source>Bao cao su:</source>
        <translation>Condoms:</translation>
    </message>
    <message>
        <source>Chất bôi trơn:</source>
        <translation>Lubricant:</translation>
    </message>
    <message>
        <source>Tờ rơi:</source>
        <translation>Leaflets:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Vật phẩm đã phát</source>
        <translation>Items given out</translation>
    </message>
    <message>
        <source>Ghi chú chỉ lưu trên máy này, không gửi đi.</source>
        <translation>Notes are kept on this computer only, never sent.</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <source>ĐẠT ✔</source>
        <translation>MET ✔</translation>
    </message>
    <message>
        <source>CHƯA ĐẠT ✘</source>
        <translation>NOT MET ✘</translation>
    </message>
    <message>
        <source>Giai đoạn chương trình {start}–{end}: {p_inspected}/{p_total} cơ sở có hoạt động trong giai đoạn (kể cả cơ sở đã đóng cửa) được kiểm tra ít nhất một lần ({p_percent}%); còn {p_missing} cơ sở chưa được kiểm tra lần nào.</source>
        <translation>Programme period {start}–{end}: {p_inspected}/{p_total} businesses open at some time in the period (closed ones included) inspected at least once ({p_percent}%); {p_missing} not yet inspected.</translation>
    </message>
    <message>
        <source>Còn {missing} cơ sở đang quản lý (đang hoạt động hoặc tạm ngừng) chưa được kiểm tra trong năm.</source>
        <translation>{missing} managed businesses (operating or suspended) not yet inspected this year.</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Đã kiểm tra trong năm, theo loại hình</source>
        <translation>Inspected this year, by business type</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Theo loại hình</source>
        <translation>By business type</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}&lt;/b&gt;: đang tính T8…</source>
        <translation>&lt;b&gt;Year {year}&lt;/b&gt;: working out T8…</translation>
    </message>
    <message>
        <source>không đủ dữ liệu</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <source>chưa có chỉ tiêu T8 cho năm này</source>
        <translation>no T8 target for this year</translation>
    </message>
    <message>
        <source>chỉ tiêu T8 ({target}): &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>T8 target ({target}): &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}&lt;/b&gt;: không đủ dữ liệu để tính T8.</source>
        <translation>&lt;b&gt;Year {year}&lt;/b&gt;: not enough data to compute T8.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}&lt;/b&gt;: đã kiểm tra {inspected}/{total} cơ sở ({percent}%); {targets}.</source>
        <translation>&lt;b&gt;Year {year}&lt;/b&gt;: {inspected}/{total} businesses inspected ({percent}%); {targets}.</translation>
    </message>
    <message>
        <source>Đã kiểm tra năm nay</source>
        <translation>Inspected this year</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>Đã kiểm tra {start}–{end}</source>
        <translation>Inspected {start}–{end}</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Quyết định hợp lệ, có thể lưu.</source>
        <translation>The decision is valid and can be saved.</translation>
    </message>
    <message>
        <source>Ghi quyết định xử phạt</source>
        <translation>Record a penalty decision</translation>
    </message>
    <message>
        <source>— ghi quyết định mới —</source>
        <translation>— record a new decision —</translation>
    </message>
    <message>
        <source>Vi phạm:</source>
        <translation>Violation:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Quyết định đã ghi:</source>
        <translation>Recorded decision:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Người có thẩm quyền:</source>
        <translation>Competent authority:</translation>
    </message>
    <message>
        <source>Số tiền phạt (theo quyết định):</source>
        <translation>Fine (as decided):</translation>
    </message>
    <message>
        <source>Hình thức phạt bổ sung:</source>
        <translation>Additional penalties:</translation>
    </message>
    <message>
        <source>Ngày nộp phạt:</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <source>Ví dụ: 18/QĐ-XPHC</source>
        <translation>E.g. 18/QĐ-XPHC</translation>
    </message>
    <message>
        <source>Ví dụ: Chủ tịch UBND xã Xuân Lũng</source>
        <translation>E.g. Chairman of the Xuân Lũng commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Quyết định đình chỉ hoạt động hoặc tước giấy phép</source>
        <translation>The decision suspends the business or withdraws its licence</translation>
    </message>
    <message>
        <source>Đã nộp phạt</source>
        <translation>Fine paid</translation>
    </message>
    <message>
        <source>Lưu quyết định</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Dhis2Button</name>
    <message>
        <source>Xuất sang DHIS2…</source>
        <translation>Export to DHIS2…</translation>
    </message>
    <message>
        <source>Số liệu chỉ tiêu theo từng xã của kỳ đã chọn, theo tệp ánh xạ DHIS2 trong thư mục dữ liệu; số 1–4 người không được gửi</source>
        <translation>Indicator values per commune for the chosen period, through the DHIS2 mapping file in the data folder; counts of 1–4 people are not sent</translation>
    </message>
    <message>
        <source>DHIS2 dataValueSets (*.json)</source>
        <translation>DHIS2 dataValueSets (*.json)</translation>
    </message>
    <message>
        <source>ADX XML (*.xml)</source>
        <translation>ADX XML (*.xml)</translation>
    </message>
    <message>
        <source>Xuất sang DHIS2</source>
        <translation>Export to DHIS2</translation>
    </message>
    <message>
        <source>Đã ghi {count} giá trị DHIS2 của {communes} xã, phường vào {file}; {withheld} số nhỏ không gửi.</source>
        <translation>Wrote {count} DHIS2 values of {communes} communes to {file}; {withheld} small counts not sent.</translation>
    </message>
    <message>
        <source>Đang ghi {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterDialog</name>
    <message>
        <source>Số tiếp theo năm {year}: {number}</source>
        <translation>Next number in {year}: {number}</translation>
    </message>
    <message>
        <source>Xóa số khỏi sổ</source>
        <translation>Take the number out of the register</translation>
    </message>
    <message>
        <source>Xóa {number} (“{title}”) khỏi sổ đăng ký? Số này có thể cấp lại cho văn bản khác.</source>
        <translation>Take {number} (“{title}”) out of the register? The number can then be given to another document.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản đi</source>
        <translation>Register of outgoing documents</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <source>Xóa số đã chọn…</source>
        <translation>Remove the selected number…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DueFollowUps</name>
    <message>
        <source>Tái kiểm tra đến hạn ({count})</source>
        <translation>Re-inspections due ({count})</translation>
    </message>
    <message>
        <source>Chỉ hiện các cơ sở có vi phạm đang chờ tái kiểm tra</source>
        <translation>Show only businesses with violations awaiting re-inspection</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Tên cơ sở</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Hạn tái kiểm tra</source>
        <translation>Re-inspection due</translation>
    </message>
    <message>
        <source>Tình trạng hạn</source>
        <translation>Due status</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Có thể đã có trong sổ</source>
        <translation>Possibly already registered</translation>
    </message>
    <message>
        <source>Sổ đã có {count} hồ sơ cùng mã số và năm sinh. Có thể đây là cùng một người. Hãy mở hồ sơ đã có; chỉ tạo mới khi bạn chắc chắn đây là người khác.</source>
        <translation>The register already has case files with the same code and birth year ({count}). This may be the same person. Open the existing file; create a new one only if you are sure this is someone else.</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Gặp lần đầu</source>
        <translation>First met</translation>
    </message>
    <message>
        <source>Gặp gần nhất</source>
        <translation>Last met</translation>
    </message>
    <message>
        <source>Tên gọi (trên máy này)</source>
        <translation>Nickname (this computer)</translation>
    </message>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation>Open existing file</translation>
    </message>
    <message>
        <source>Vẫn tạo mới</source>
        <translation>Create new anyway</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Thẻ sẽ được đăng ký vì khóa cũ đang tin cậy của đơn vị đã ký xác nhận.</source>
        <translation>The card will be enrolled because the office&apos;s old, trusted key has signed for it.</translation>
    </message>
    <message>
        <source>Nhóm số {groups} không khớp. Đừng đăng ký: có thể tệp thẻ đã bị thay trên đường gửi. Hãy đọc lại với bên kia, hoặc xin tệp thẻ mới.</source>
        <translation>Group(s) {groups} do not match. Do not enrol: the card file may have been swapped on the way. Read it again with the other side, or ask for a new card file.</translation>
    </message>
    <message>
        <source>✔ Cả sáu nhóm số đều khớp.</source>
        <translation>✔ All six groups match.</translation>
    </message>
    <message>
        <source>Đã gõ nhiều hơn 30 chữ số.</source>
        <translation>More than 30 digits typed.</translation>
    </message>
    <message>
        <source>Đã khớp {done}/6 nhóm…</source>
        <translation>{done}/6 groups match so far…</translation>
    </message>
    <message>
        <source>Cài thẻ của cơ quan tổng hợp</source>
        <translation>Install the province office&apos;s card</translation>
    </message>
    <message>
        <source>Đăng ký thẻ của xã/phường</source>
        <translation>Enrol a commune&apos;s card</translation>
    </message>
    <message>
        <source>Gọi điện cho đơn vị này (theo số điện thoại đã biết, không dùng số ghi trong email) và nhờ họ đọc mã vân tay trên màn hình của họ. Gõ lại các chữ số nghe được vào ô dưới: chỉ khi khớp với mã vân tay của tệp thẻ thì mới đăng ký được.</source>
        <translation>Phone this office (on a number you already know, not one given in the email) and ask them to read out the fingerprint on their screen. Type the digits you hear below: the card can be enrolled only when they match the card file&apos;s fingerprint.</translation>
    </message>
    <message>
        <source>cơ quan tổng hợp</source>
        <translation>province office</translation>
    </message>
    <message>
        <source>xã/phường</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>Thẻ của &lt;b&gt;{unit}&lt;/b&gt; ({kind}, mã {code}). Mã vân tay của tệp thẻ:</source>
        <translation>Card of &lt;b&gt;{unit}&lt;/b&gt; ({kind}, code {code}). Fingerprint of the card file:</translation>
    </message>
    <message>
        <source>Mã vân tay nghe qua điện thoại:</source>
        <translation>Fingerprint heard on the phone:</translation>
    </message>
    <message>
        <source>ví dụ: 12345 67890 12345 67890 12345 67890</source>
        <translation>e.g. 12345 67890 12345 67890 12345 67890</translation>
    </message>
    <message>
        <source>Đây là thẻ thay khóa của đơn vị đã đăng ký: đăng ký theo xác nhận của khóa cũ (không cần đọc mã vân tay)</source>
        <translation>This is a key-rotation card of an enrolled office: enrol it on the old key&apos;s signature (no fingerprint call needed)</translation>
    </message>
    <message>
        <source>Cài thẻ</source>
        <translation>Install card</translation>
    </message>
    <message>
        <source>Đăng ký thẻ</source>
        <translation>Enrol card</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Đang xóa…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn hồ sơ</source>
        <translation>Permanently delete case file</translation>
    </message>
    <message>
        <source>⛔ Mọi thông tin về người có mã {code} (các lần tiếp xúc, đồng ý, phiếu giới thiệu, tên gọi, ghi chú) sẽ bị xóa hẳn khỏi máy này và không khôi phục được. Một dấu xóa không chứa thông tin cá nhân sẽ được gửi lên cấp trên để nơi đó cũng xóa. Bản sao lưu cũ còn giữ dữ liệu cho đến khi được thay thế.</source>
        <translation>⛔ All information about person {code} (contacts, consents, referrals, nickname, notes) will be permanently deleted from this computer and cannot be recovered. A deletion marker without personal information will be sent to the higher level so it is deleted there too. Old backups keep the data until they are replaced.</translation>
    </message>
    <message>
        <source>Để xác nhận, hãy gõ mã số của người này: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>To confirm, type this person&apos;s code: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lý do xóa:</source>
        <translation>Reason for deletion:</translation>
    </message>
    <message>
        <source>Gõ mã số:</source>
        <translation>Type the code:</translation>
    </message>
    <message>
        <source>Người đó yêu cầu xóa</source>
        <translation>The person asked for deletion</translation>
    </message>
    <message>
        <source>Đã quá thời hạn lưu giữ</source>
        <translation>Retention period has passed</translation>
    </message>
    <message>
        <source>Xóa vĩnh viễn</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
</context>
<context>
    <name>EstablishmentForm</name>
    <message>
        <source>Sửa thông tin cơ sở</source>
        <translation>Edit business</translation>
    </message>
    <message>
        <source>Thêm cơ sở kinh doanh</source>
        <translation>Add business</translation>
    </message>
    <message>
        <source>Tên cơ sở:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <source>Loại hình:</source>
        <translation>Business type:</translation>
    </message>
    <message>
        <source>Địa chỉ (trong xã):</source>
        <translation>Address (in the commune):</translation>
    </message>
    <message>
        <source>Chủ cơ sở / người đại diện:</source>
        <translation>Owner / representative:</translation>
    </message>
    <message>
        <source>Đăng ký kinh doanh số:</source>
        <translation>Business registration no.:</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Giấy phép kinh doanh số:</source>
        <translation>Business licence no.:</translation>
    </message>
    <message>
        <source>Giấy chứng nhận đủ điều kiện ANTT số:</source>
        <translation>Security and order certificate no.:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Bắt đầu hoạt động:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Ngày đóng cửa:</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <source>Ghi chú (chỉ lưu trên máy này, không gửi đi):</source>
        <translation>Notes (kept on this computer only, never sent):</translation>
    </message>
    <message>
        <source>Ngày đăng ký kinh doanh</source>
        <translation>Business registration date</translation>
    </message>
    <message>
        <source>Ngày cấp giấy phép</source>
        <translation>Licence issue date</translation>
    </message>
    <message>
        <source>Ngày cấp giấy chứng nhận ANTT</source>
        <translation>Security certificate issue date</translation>
    </message>
    <message>
        <source>Giấy chứng nhận ANTT</source>
        <translation>Security and order certificate</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Số nhà, thôn / tổ dân phố</source>
        <translation>House number, village / residential group</translation>
    </message>
    <message>
        <source>Bắt buộc với cơ sở lưu trú (khách sạn, nhà nghỉ, căn hộ cho thuê ngắn ngày).</source>
        <translation>Required for lodging businesses (hotels, guesthouses, short-term rental apartments).</translation>
    </message>
    <message>
        <source>Đánh dấu khi biết ngày; để trống nếu không rõ.</source>
        <translation>Tick when the date is known; leave blank if unknown.</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Operation</translation>
    </message>
</context>
<context>
    <name>EstablishmentModel</name>
    <message>
        <source>Tên cơ sở</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kiểm tra gần nhất</source>
        <translation>Last inspection</translation>
    </message>
    <message>
        <source>Vi phạm</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Hạn tái kiểm tra</source>
        <translation>Re-inspection due</translation>
    </message>
    <message>
        <source>chưa kiểm tra</source>
        <translation>not inspected</translation>
    </message>
    <message>
        <source>Số vi phạm ghi ở lần kiểm tra gần nhất</source>
        <translation>Violations recorded at the last inspection</translation>
    </message>
</context>
<context>
    <name>EstablishmentsPage</name>
    <message>
        <source>Mọi loại hình</source>
        <translation>All business types</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{count} cơ sở đến hạn tái kiểm tra</source>
        <translation>Businesses due for re-inspection: {count}</translation>
    </message>
    <message>
        <source>{count} cơ sở</source>
        <translation>Businesses: {count}</translation>
    </message>
    <message>
        <source>Từ {count} cơ sở trở lên (đang đếm…)</source>
        <translation>{count} or more establishments (counting…)</translation>
    </message>
    <message>
        <source>Xóa cơ sở “{name}” khỏi danh sách? Việc xóa sẽ được gửi lên cấp trên. Cơ sở đã có biên bản kiểm tra thì không xóa được; hãy ghi tình trạng “Đã đóng cửa”.</source>
        <translation>Delete business “{name}” from the list? The deletion will be sent to the higher level. A business with inspection reports cannot be deleted; set its status to “Closed down” instead.</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>In danh sách cơ sở</source>
        <translation>Print the list of establishments</translation>
    </message>
    <message>
        <source>In phiếu kiểm tra</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Chưa kiểm tra năm nay</source>
        <translation>Not inspected this year</translation>
    </message>
    <message>
        <source>Có vi phạm ở lần kiểm tra gần nhất</source>
        <translation>Violations at last inspection</translation>
    </message>
    <message>
        <source>Tìm theo tên, địa chỉ, người đại diện (gõ không dấu được)</source>
        <translation>Search by name, address or representative (diacritics optional)</translation>
    </message>
    <message>
        <source>Thêm cơ sở…</source>
        <translation>Add business…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>In danh sách cơ sở (PDF)…</source>
        <translation>Print business list (PDF)…</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>In phiếu kiểm tra trống…</source>
        <translation>Print blank checklist…</translation>
    </message>
    <message>
        <source>Ghi biên bản kiểm tra…</source>
        <translation>Record inspection…</translation>
    </message>
    <message>
        <source>Lịch sử kiểm tra…</source>
        <translation>Inspection history…</translation>
    </message>
    <message>
        <source>Kế hoạch, đội kiểm tra…</source>
        <translation>Plans and teams…</translation>
    </message>
</context>
<context>
    <name>ExportPasswordDialog</name>
    <message>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Mật khẩu hợp lệ.</source>
        <translation>The password is valid.</translation>
    </message>
    <message>
        <source>Mật khẩu cho tệp danh sách</source>
        <translation>Password for the list file</translation>
    </message>
    <message>
        <source>Danh sách này có thông tin về người được hỗ trợ nên tệp Excel được mã hóa. Excel hoặc LibreOffice sẽ hỏi mật khẩu khi mở tệp. Hãy ghi nhớ mật khẩu; không gửi mật khẩu cùng đường với tệp.</source>
        <translation>This list holds information about supported persons, so the Excel file is encrypted. Excel or LibreOffice asks for the password when opening it. Remember the password; never send it the same way as the file.</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Đổi ngày hẹn theo dõi</source>
        <translation>Change follow-up date</translation>
    </message>
    <message>
        <source>Phiếu {code}, giới thiệu ngày {referred_on} đến {partner}. Hẹn theo dõi hiện tại: {current}.</source>
        <translation>Referral {code}, made on {referred_on} to {partner}. Current follow-up date: {current}.</translation>
    </message>
    <message>
        <source>Ngày hẹn theo dõi mới:</source>
        <translation>New follow-up date:</translation>
    </message>
    <message>
        <source>Lưu ngày hẹn</source>
        <translation>Save date</translation>
    </message>
</context>
<context>
    <name>Formalities</name>
    <message>
        <source>Biên bản: số, thành phần, kết luận</source>
        <translation>Record: number, participants, conclusion</translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation>Record number:</translation>
    </message>
    <message>
        <source>Địa điểm lập biên bản:</source>
        <translation>Place of the record:</translation>
    </message>
    <message>
        <source>Kết thúc lúc:</source>
        <translation>Ended at:</translation>
    </message>
    <message>
        <source>Đội kiểm tra:</source>
        <translation>Inspection team:</translation>
    </message>
    <message>
        <source>Trưởng đoàn:</source>
        <translation>Team leader:</translation>
    </message>
    <message>
        <source>Người ghi biên bản:</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>Chức vụ người đại diện:</source>
        <translation>Representative&apos;s position:</translation>
    </message>
    <message>
        <source>Người chứng kiến:</source>
        <translation>Witness:</translation>
    </message>
    <message>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Kết luận:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Người không ký, lý do:</source>
        <translation>Refused to sign, reason:</translation>
    </message>
    <message>
        <source>đã ghi giờ kết thúc</source>
        <translation>end time recorded</translation>
    </message>
    <message>
        <source>Để trống: địa chỉ của cơ sở</source>
        <translation>Leave empty: the business&apos;s address</translation>
    </message>
    <message>
        <source>Ví dụ: 12/BB-ĐKT (biên bản có số được in theo thể thức biên bản hành chính)</source>
        <translation>E.g. 12/BB-ĐKT (a numbered record prints as an administrative record)</translation>
    </message>
    <message>
        <source>— không chọn đội —</source>
        <translation>— no team chosen —</translation>
    </message>
    <message>
        <source>— chọn kết luận —</source>
        <translation>— choose the conclusion —</translation>
    </message>
    <message>
        <source>Họ tên, địa chỉ (ví dụ trưởng thôn)</source>
        <translation>Name, address (e.g. the village head)</translation>
    </message>
    <message>
        <source>Chỉ ghi khi có người từ chối ký biên bản</source>
        <translation>Only when someone refuses to sign the record</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Hướng dẫn sử dụng – Hòa Nhập</source>
        <translation>User guide – Hòa Nhập</translation>
    </message>
    <message>
        <source>Mở bản PDF để đọc hoặc in</source>
        <translation>Open the PDF to read or print</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Truyền thông {period}: {sessions} buổi, {participants} lượt người tham gia.</source>
        <translation>Outreach {period}: {sessions} sessions, {participants} person-visits.</translation>
    </message>
    <message>
        <source>Tuyến tỉnh giữ lại một bản ghi vì vi phạm quy tắc: {rules} Bấm để mở, sửa rồi gửi lại.</source>
        <translation>The province held back a record for breaking a rule: {rules} Click to open it, correct it and send again.</translation>
    </message>
    <message>
        <source>Còn {count} bản ghi khác bị tuyến tỉnh giữ lại.</source>
        <translation>{count} more records are held back by the province.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào. Hãy sao lưu trong phần Cài đặt.</source>
        <translation>No backup yet. Make one in Settings.</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {when}.</source>
        <translation>Last backup: {when}.</translation>
    </message>
    <message>
        <source>Chưa từng sao lưu ra ổ đĩa rời (USB). Máy hỏng hoặc mất là mất dữ liệu: hãy sao lưu trong Cài đặt.</source>
        <translation>Never backed up to an external drive (USB). If this PC breaks or is lost, the data is lost: back up in Settings.</translation>
    </message>
    <message>
        <source>Lần sao lưu ra ổ đĩa rời gần nhất đã {days} ngày trước ({when}). Hãy sao lưu ra USB trong Cài đặt.</source>
        <translation>The last backup to an external drive was {days} days ago ({when}). Back up to USB in Settings.</translation>
    </message>
    <message>
        <source>Sao lưu ra ổ đĩa rời gần nhất: {when}.</source>
        <translation>Last backup to an external drive: {when}.</translation>
    </message>
    <message>
        <source>{count} bản ghi chưa gửi lên cấp trên.</source>
        <translation>Records not yet sent to the higher level: {count}.</translation>
    </message>
    <message>
        <source>Mọi dữ liệu đã được gửi lên cấp trên.</source>
        <translation>All data has been sent to the higher level.</translation>
    </message>
    <message>
        <source>Chưa kết nối với cấp trên: hãy cài thẻ của cơ quan tổng hợp để gửi được dữ liệu.</source>
        <translation>Not connected to a hub yet: install the hub&apos;s office card to be able to send data.</translation>
    </message>
    <message>
        <source>{count} phiếu giới thiệu đã quá ngày hẹn theo dõi.</source>
        <translation>Referrals past their follow-up date: {count}.</translation>
    </message>
    <message>
        <source>Không có phiếu giới thiệu nào quá hạn theo dõi.</source>
        <translation>No referrals are past their follow-up date.</translation>
    </message>
    <message>
        <source>{count} hồ sơ không được gặp lại quá thời hạn lưu giữ ({months} tháng): cần xem xét xóa.</source>
        <translation>Case files not seen within the retention period ({months} months), to review for deletion: {count}.</translation>
    </message>
    <message>
        <source>{count} cơ sở đến hạn tái kiểm tra ({overdue} cơ sở đã quá hạn; hạn sớm nhất {first_due}).</source>
        <translation>Businesses due for re-inspection: {count} (overdue: {overdue}; earliest due {first_due}).</translation>
    </message>
    <message>
        <source>{count}/{total} cơ sở đang hoạt động chưa được kiểm tra trong năm {year}.</source>
        <translation>{count}/{total} operating businesses not yet inspected in {year}.</translation>
    </message>
    <message>
        <source>Kế hoạch kiểm tra {number}: đã kiểm tra {done}/{planned} cơ sở, {not_done} cơ sở quá hạn chưa kiểm tra. T8: {plan_percent}% so với kế hoạch, {all_percent}% so với mọi cơ sở đang hoạt động.</source>
        <translation>Inspection plan {number}: {done}/{planned} businesses inspected, {not_done} overdue and not inspected. T8: {plan_percent}% against the plan, {all_percent}% against all operating businesses.</translation>
    </message>
    <message>
        <source>{count} gói dữ liệu đã gửi chưa được cấp trên xác nhận (gói sớm nhất gửi ngày {since}): hãy nhập giấy báo nhận, hoặc hỏi cấp trên.</source>
        <translation>{count} bundle(s) sent not yet acknowledged by the province office (oldest sent on {since}): import its receipt, or ask the province office.</translation>
    </message>
    <message>
        <source>Tuyến tỉnh chưa đọc được gói dữ liệu của phiên bản ứng dụng này (định dạng {format}; tuyến tỉnh đọc đến định dạng {reads}): hãy chờ tuyến tỉnh cập nhật phần mềm. Không mất dữ liệu: {count} gói vẫn nằm trong hộp thư đi và sẽ được gửi lại.</source>
        <translation>The province office cannot read this app version&apos;s bundles yet (format {format}; it reads up to format {reads}): wait for the province office to update its software. Nothing is lost: {count} bundle(s) stay in the outbox and will be sent again.</translation>
    </message>
    <message>
        <source>{count} kỳ báo cáo đã kết thúc mà chưa chốt: {periods}.</source>
        <translation>{count} ended reporting period(s) not closed yet: {periods}.</translation>
    </message>
    <message>
        <source>{count} xung đột dữ liệu từ các xã/phường đang chờ xử lý.</source>
        <translation>{count} data conflict(s) from communes waiting to be resolved.</translation>
    </message>
    <message>
        <source>{period}: còn {count}/{expected} xã/phường chưa gửi lời chốt kỳ báo cáo.</source>
        <translation>{period}: {count}/{expected} communes have not sent their closing statement yet.</translation>
    </message>
    <message>
        <source>{count} tin báo đã quá {days} ngày mà chưa xử lý xong.</source>
        <translation>{count} tip-offs have been open for more than {days} days.</translation>
    </message>
    <message>
        <source>Kết nối với cấp trên: cài thẻ của cơ quan tổng hợp.</source>
        <translation>Connect to the hub: install the hub&apos;s office card.</translation>
    </message>
    <message>
        <source>Đăng ký thẻ của các xã/phường gửi dữ liệu lên.</source>
        <translation>Enrol the cards of the communes that send data.</translation>
    </message>
    <message>
        <source>Đăng ký thẻ của các tỉnh, thành phố gửi báo cáo tổng hợp lên (trang Báo cáo các tỉnh, thẻ đơn vị).</source>
        <translation>Enrol the cards of the provinces that send aggregate reports (page Provinces&apos; reports, Office cards tab).</translation>
    </message>
    <message>
        <source>Nhập số liệu nền của năm (số học sinh, người lao động…).</source>
        <translation>Enter the year&apos;s baseline figures (students, workers…).</translation>
    </message>
    <message>
        <source>Thêm hoặc nhập danh sách cơ sở kinh doanh.</source>
        <translation>Add or import the list of businesses.</translation>
    </message>
    <message>
        <source>Sao lưu lần đầu ra ổ đĩa ngoài (USB).</source>
        <translation>Make a first backup to an external drive (USB).</translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục và cất vào tủ khóa.</source>
        <translation>Print the recovery sheet and lock it away.</translation>
    </message>
    <message>
        <source>{title} ({done}/{total} việc)</source>
        <translation>{title} ({done}/{total} done)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Làm ngay</source>
        <translation>Do it now</translation>
    </message>
    <message>
        <source>Tuần đầu dùng sổ</source>
        <translation>First week with the register</translation>
    </message>
    <message>
        <source>Việc cần chú ý – {unit}</source>
        <translation>Needs attention – {unit}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Tên cơ sở</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Số đăng ký kinh doanh</source>
        <translation>Business registration number</translation>
    </message>
    <message>
        <source>Ngày đăng ký kinh doanh</source>
        <translation>Business registration date</translation>
    </message>
    <message>
        <source>Số giấy phép</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Ngày cấp giấy phép</source>
        <translation>Licence issue date</translation>
    </message>
    <message>
        <source>Số giấy chứng nhận ANTT</source>
        <translation>Security-and-order certificate number</translation>
    </message>
    <message>
        <source>Ngày cấp giấy chứng nhận ANTT</source>
        <translation>Security certificate issue date</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày bắt đầu hoạt động</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Ngày đóng cửa</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Hãy chọn từ danh sách.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>Trùng với cơ sở đã có (cùng tên và địa chỉ): bỏ qua.</source>
        <translation>Same as an establishment already registered (same name and address): skipped.</translation>
    </message>
    <message>
        <source>Sẽ được thêm.</source>
        <translation>Will be added.</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Chủ đề lồng ghép</source>
        <translation>Integrated topics</translation>
    </message>
    <message>
        <source>Tổng số người tham gia</source>
        <translation>Total participants</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Trong đó thuộc nhóm đối tượng</source>
        <translation>Of whom in the target group</translation>
    </message>
    <message>
        <source>Trong đó lần đầu được tiếp cận trong năm</source>
        <translation>Of whom reached for the first time this year</translation>
    </message>
    <message>
        <source>Tờ rơi đã phát</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>Bao cao su đã phát</source>
        <translation>Condoms handed out</translation>
    </message>
    <message>
        <source>Chất bôi trơn đã phát</source>
        <translation>Lubricant handed out</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Buổi truyền thông</source>
        <translation>Communication sessions</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Cột chỉ tiêu</source>
        <translation>Target column</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>Đã có chỉ tiêu này cho năm này (hoặc trùng một dòng trước): bỏ qua. Muốn sửa, dùng “Chỉ tiêu năm…”.</source>
        <translation>This target is already entered for the year (or repeats an earlier row): skipped. To change it, use “Annual targets…”.</translation>
    </message>
    <message>
        <source>Trùng với buổi đã có (cùng ngày, địa điểm, hình thức, nhóm đối tượng): bỏ qua.</source>
        <translation>Same as a session already recorded (same date, place, form, target group): skipped.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Chọn bảng tính danh sách cơ sở</source>
        <translation>Choose the workbook with the list of establishments</translation>
    </message>
    <message>
        <source>{total} dòng: &lt;b&gt;{good} sẽ được thêm&lt;/b&gt;, {bad} có lỗi (không nhập), {dup} trùng với cơ sở đã có (bỏ qua). Tệp {file}, trang “{sheet}”.</source>
        <translation>{total} rows: &lt;b&gt;{good} will be added&lt;/b&gt;, {bad} with problems (not imported), {dup} duplicates of registered establishments (skipped). File {file}, sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Nhập {count} cơ sở</source>
        <translation>Import {count} establishments</translation>
    </message>
    <message>
        <source>Đã nhập {count} cơ sở vào sổ.</source>
        <translation>{count} establishments imported.</translation>
    </message>
    <message>
        <source>Nhập danh sách cơ sở từ Excel</source>
        <translation>Import establishments from Excel</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Không có mẫu phiếu kiểm tra nào có hiệu lực vào ngày này.</source>
        <translation>No checklist template is in force on this date.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; – phiên bản {version}, áp dụng từ {day}; {count} mục áp dụng cho loại hình {type}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; – version {version}, in force from {day}; items applying to {type}: {count}.</translation>
    </message>
    <message>
        <source>Biên bản hợp lệ, có thể lưu.</source>
        <translation>The report is valid and can be saved.</translation>
    </message>
    <message>
        <source>Vi phạm {number}: {problem}</source>
        <translation>Violation {number}: {problem}</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Phiếu kiểm tra</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Vi phạm ({count})</source>
        <translation>Violations ({count})</translation>
    </message>
    <message>
        <source>Thành phần, kết luận</source>
        <translation>Participants, conclusion</translation>
    </message>
    <message>
        <source>Bỏ biên bản?</source>
        <translation>Discard report?</translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Bỏ đi?</source>
        <translation>What you just entered has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Đã lưu biên bản kiểm tra.</source>
        <translation>Inspection report saved.</translation>
    </message>
    <message>
        <source>Có vi phạm: đã hẹn tái kiểm tra vào ngày {day}.</source>
        <translation>Violations found: re-inspection scheduled for {day}.</translation>
    </message>
    <message>
        <source>In biên bản (PDF) ngay bây giờ?</source>
        <translation>Print the report (PDF) now?</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>In biên bản…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Sửa biên bản kiểm tra</source>
        <translation>Edit inspection report</translation>
    </message>
    <message>
        <source>Ghi biên bản kiểm tra</source>
        <translation>Record inspection</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; – {type} – {address}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; – {type} – {address}</translation>
    </message>
    <message>
        <source>Thời gian kiểm tra:</source>
        <translation>Inspection time:</translation>
    </message>
    <message>
        <source>Hình thức kiểm tra:</source>
        <translation>Inspection type:</translation>
    </message>
    <message>
        <source>Thành viên đoàn kiểm tra:</source>
        <translation>Inspection team members:</translation>
    </message>
    <message>
        <source>Đại diện cơ sở:</source>
        <translation>Business representative:</translation>
    </message>
    <message>
        <source>Số người lao động có mặt:</source>
        <translation>Workers present:</translation>
    </message>
    <message>
        <source>Trong đó chưa có hợp đồng lao động:</source>
        <translation>Of whom without a labour contract:</translation>
    </message>
    <message>
        <source>Trong đó chưa đủ 18 tuổi:</source>
        <translation>Of whom under 18:</translation>
    </message>
    <message>
        <source>Số khách có mặt:</source>
        <translation>Customers present:</translation>
    </message>
    <message>
        <source>Nhận xét, kết luận của đoàn:</source>
        <translation>Team&apos;s remarks and conclusions:</translation>
    </message>
    <message>
        <source>Số quyết định xử lý (nếu đã có):</source>
        <translation>Penalty decision no. (if any):</translation>
    </message>
    <message>
        <source>Họ tên, cơ quan của cán bộ trong đoàn (không ghi tên người lao động)</source>
        <translation>Team members&apos; names and agencies (do not write workers&apos; names)</translation>
    </message>
    <message>
        <source>Số người tại cơ sở (chỉ ghi số, không ghi tên)</source>
        <translation>People at the business (numbers only, no names)</translation>
    </message>
    <message>
        <source>Các mục chưa ghi: Đạt</source>
        <translation>Unrecorded items: Pass</translation>
    </message>
    <message>
        <source>Ghi “Đạt” cho mọi mục kiểm tra còn để trống</source>
        <translation>Record “Pass” for every checklist item still blank</translation>
    </message>
    <message>
        <source>Lưu biên bản</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InspectionHistory</name>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {count} lần kiểm tra</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: inspections: {count}</translation>
    </message>
    <message>
        <source>Xóa biên bản kiểm tra ngày {day} của cơ sở {name}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation>Delete the inspection report of {day} for {name}? The deletion will be sent to the higher level.</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Lịch sử kiểm tra</source>
        <translation>Inspection history</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Đoàn kiểm tra</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <source>Số vi phạm</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Hạn tái kiểm tra</source>
        <translation>Re-inspection due</translation>
    </message>
    <message>
        <source>Xem, sửa biên bản…</source>
        <translation>View / edit report…</translation>
    </message>
    <message>
        <source>In biên bản…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Xóa biên bản</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>Ghi quyết định xử phạt…</source>
        <translation>Record a penalty decision…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InspectionPrint</name>
    <message>
        <source>In biên bản kiểm tra</source>
        <translation>Print the inspection record</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Đã trở về mặc định của đơn vị.</source>
        <translation>Back to this office&apos;s defaults.</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Phần đầu và phần cuối của mọi văn bản in ra (Nghị định 30/2020/NĐ-CP): tên cơ quan ban hành, số và ký hiệu, người ký, nơi nhận. Mỗi dòng in thành một dòng.</source>
        <translation>The head and foot of every printed document (Decree 30/2020/NĐ-CP): issuing body, number and symbol, signatory, recipients. Each line prints as one line.</translation>
    </message>
    <message>
        <source>Tên cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (in phía trên; để trống với UBND):</source>
        <translation>Parent body (printed above; empty for a People&apos;s Committee):</translation>
    </message>
    <message>
        <source>Chữ viết tắt trong ký hiệu (BC-…):</source>
        <translation>Abbreviation in the symbol (BC-…):</translation>
    </message>
    <message>
        <source>Thẩm quyền, chức vụ người ký:</source>
        <translation>Signing authority and title:</translation>
    </message>
    <message>
        <source>Họ và tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi nơi một dòng):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <source>Lưu:</source>
        <translation>Archive:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Hòa Nhập</source>
        <translation>Hòa Nhập</translation>
    </message>
    <message>
        <source>Đã khóa do không dùng – đăng nhập để tiếp tục</source>
        <translation>Locked after inactivity – log in to continue</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quên mật khẩu? Dùng mã khôi phục…</source>
        <translation>Forgot password? Use recovery key…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Người dùng: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Hòa Nhập – {unit}</source>
        <translation>Hòa Nhập – {unit}</translation>
    </message>
    <message>
        <source>Hướng dẫn (F1)</source>
        <translation>Guide (F1)</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>NationalReceivePage</name>
    <message>
        <source>Nhận báo cáo tổng hợp (tệp .hna) của các tỉnh, thành phố đã đăng ký thẻ. Nhập lại cùng tệp không thay đổi gì; lần gửi mới của cùng tỉnh, cùng kỳ thay lần gửi cũ. Số đã ẩn (&lt;5, x) không được gửi lên.</source>
        <translation>Receive the aggregate reports (.hna files) of the provinces whose cards are enrolled. Importing the same file again changes nothing; a newer send of the same province and period replaces the older one. Hidden figures (&lt;5, x) are never sent up.</translation>
    </message>
    <message>
        <source>Nhận báo cáo của các tỉnh…</source>
        <translation>Receive provinces&apos; reports…</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Nhận báo cáo các tỉnh</source>
        <translation>Provinces&apos; reports</translation>
    </message>
    <message>
        <source>Thẻ đơn vị</source>
        <translation>Office cards</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Send no.</translation>
    </message>
    <message>
        <source>Xã, phường có số liệu</source>
        <translation>Communes with data</translation>
    </message>
    <message>
        <source>Tháng chưa báo cáo</source>
        <translation>Months not reported</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>National</translation>
    </message>
    <message>
        <source>{sent}/{total} tỉnh, thành phố đã gửi số liệu kỳ {period}.</source>
        <translation>{sent}/{total} provinces have sent data for {period}.</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>Chọn các báo cáo tổng hợp nhận được</source>
        <translation>Choose the aggregate reports received</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp (*.hna);;Mọi tệp (*)</source>
        <translation>Aggregate reports (*.hna);;All files (*)</translation>
    </message>
    <message>
        <source>Đã nhận {imported} tệp, {again} tệp đã nhận trước đây, {refused} tệp bị từ chối.</source>
        <translation>Received {imported} file(s), {again} received before, {refused} refused.</translation>
    </message>
    <message>
        <source>Đang nhận số liệu của các tỉnh…</source>
        <translation>Receiving the provinces&apos; figures…</translation>
    </message>
    <message>
        <source>Lưu báo cáo toàn quốc</source>
        <translation>Save the national report</translation>
    </message>
    <message>
        <source>Đã lưu {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <source>Đang ghi {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
</context>
<context>
    <name>NationalSendPage</name>
    <message>
        <source>Chốt một kỳ báo cáo đã kết thúc và ghi báo cáo tổng hợp của tỉnh (số liệu từng xã, phường đã ẩn số nhỏ như báo cáo của tỉnh, và tình hình nộp báo cáo) thành một tệp đã ký, mã hóa cho tuyến quốc gia. Không gửi hồ sơ hay bản ghi nào. Gửi lại cùng kỳ thì lần gửi mới thay lần cũ.</source>
        <translation>Close an ended reporting period and write the province&apos;s aggregate report (each commune&apos;s figures with small numbers hidden as in the province&apos;s report, and the reporting completeness) as a signed, encrypted file for the national office. No record is sent. Sending the same period again replaces the earlier send.</translation>
    </message>
    <message>
        <source>Gửi báo cáo lên cấp trên…</source>
        <translation>Send report to the national office…</translation>
    </message>
    <message>
        <source>Gửi báo cáo lên cấp trên</source>
        <translation>Send report up</translation>
    </message>
    <message>
        <source>Thẻ đơn vị</source>
        <translation>Office cards</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Send no.</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Xã, phường có số liệu</source>
        <translation>Communes with data</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Chọn nơi ghi báo cáo gửi tuyến quốc gia (USB…)</source>
        <translation>Choose where to write the report for the national office (USB…)</translation>
    </message>
    <message>
        <source>Đã ghi {file}: kỳ {period}, lần gửi {sequence}, {reporting}/{communes} xã, phường có số liệu.</source>
        <translation>Wrote {file}: period {period}, send {sequence}, {reporting}/{communes} communes with data.</translation>
    </message>
</context>
<context>
    <name>OfficeStartBox</name>
    <message>
        <source>Đã lưu ngày bắt đầu dùng sổ: {date}.</source>
        <translation>Start date of the register saved: {date}.</translation>
    </message>
    <message>
        <source>Sổ của đơn vị</source>
        <translation>The office&apos;s register</translation>
    </message>
    <message>
        <source>Ngày bắt đầu dùng sổ:</source>
        <translation>Register start date:</translation>
    </message>
    <message>
        <source>Lưu ngày bắt đầu</source>
        <translation>Save start date</translation>
    </message>
    <message>
        <source>Các kỳ báo cáo kết thúc trước ngày này không cần chốt. Đơn vị chuyển sổ sách cũ vào máy có thể lùi ngày này về trước.</source>
        <translation>Reporting periods that ended before this date need not be closed. An office bringing in its old books can move this date back.</translation>
    </message>
</context>
<context>
    <name>OutreachForm</name>
    <message>
        <source>Sửa buổi truyền thông</source>
        <translation>Edit outreach session</translation>
    </message>
    <message>
        <source>Thêm buổi truyền thông</source>
        <translation>Add outreach session</translation>
    </message>
    <message>
        <source>Ngày tổ chức:</source>
        <translation>Date held:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Nhóm đối tượng:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <source>Chủ đề lồng ghép:</source>
        <translation>Integrated topics:</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <source>Tổng số người tham gia:</source>
        <translation>Total participants:</translation>
    </message>
    <message>
        <source>Nam:</source>
        <translation>Male:</translation>
    </message>
    <message>
        <source>Nữ:</source>
        <translation>Female:</translation>
    </message>
    <message>
        <source>Khác:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>Trong đó thuộc nhóm đối tượng:</source>
        <translation>Of whom in the target group:</translation>
    </message>
    <message>
        <source>Tờ rơi đã phát:</source>
        <translation>Leaflets given out:</translation>
    </message>
    <message>
        <source>Bao cao su đã phát:</source>
        <translation>Condoms given out:</translation>
    </message>
    <message>
        <source>Chất bôi trơn đã phát:</source>
        <translation>Lubricant given out:</translation>
    </message>
    <message>
        <source>Ghi chú (chỉ lưu trên máy này, không gửi đi):</source>
        <translation>Notes (kept on this computer only, never sent):</translation>
    </message>
    <message>
        <source>Trong đó lần đầu được tiếp cận trong năm:</source>
        <translation>Of whom reached for the first time this year:</translation>
    </message>
    <message>
        <source>Chưa rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Ước tính của cán bộ: trong số người thuộc nhóm đối tượng, bao nhiêu người chưa được tiếp cận ở buổi nào trước đó trong năm. Tỷ lệ T3–T5 cộng số này để một người dự nhiều buổi chỉ được tính một lần. Để “Chưa rõ” nếu không ước tính được.</source>
        <translation>The officer&apos;s estimate: of the target-group members, how many had not been reached at any earlier session this year. Shares T3–T5 add this up so that a person at several sessions counts once. Leave “Unknown” if you cannot estimate it.</translation>
    </message>
    <message>
        <source>Người tham gia và tài liệu</source>
        <translation>Participants and materials</translation>
    </message>
</context>
<context>
    <name>OutreachImportDialog</name>
    <message>
        <source>Nhập sổ buổi truyền thông từ Excel</source>
        <translation>Import the outreach book from Excel</translation>
    </message>
    <message>
        <source>Chọn bảng tính sổ truyền thông</source>
        <translation>Choose the outreach book workbook</translation>
    </message>
    <message>
        <source>{total} dòng: &lt;b&gt;{good} sẽ được thêm&lt;/b&gt;, {bad} có lỗi (không nhập), {dup} trùng với buổi đã có (bỏ qua). Tệp {file}, trang “{sheet}”.</source>
        <translation>{total} rows: &lt;b&gt;{good} will be added&lt;/b&gt;, {bad} with problems (not imported), {dup} same as sessions already recorded (skipped). File {file}, sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Nhập {count} buổi</source>
        <translation>Import {count} sessions</translation>
    </message>
    <message>
        <source>Đã nhập {count} buổi truyền thông vào sổ.</source>
        <translation>Imported {count} outreach sessions into the register.</translation>
    </message>
</context>
<context>
    <name>OutreachModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Năm nay ({label})</source>
        <translation>This year ({label})</translation>
    </message>
    <message>
        <source>Quý này ({label})</source>
        <translation>This quarter ({label})</translation>
    </message>
    <message>
        <source>Tháng này ({label})</source>
        <translation>This month ({label})</translation>
    </message>
    <message>
        <source>Năm trước</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>Mọi nhóm đối tượng</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Từ {count} buổi trở lên (đang đếm…)</source>
        <translation>{count} or more sessions (counting…)</translation>
    </message>
    <message>
        <source>{count} buổi</source>
        <translation>Sessions: {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: đang tính số liệu…</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: adding up the figures…</translation>
    </message>
    <message>
        <source>ĐẠT ✔</source>
        <translation>MET ✔</translation>
    </message>
    <message>
        <source>CHƯA ĐẠT ✘</source>
        <translation>NOT MET ✘</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: {sessions} buổi truyền thông, {participants} lượt người tham gia (nam {male}, nữ {female}, khác {other}); {forms} hình thức. Chỉ tiêu T1 (có ít nhất một hình thức truyền thông trong kỳ): &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: {sessions} outreach sessions, {participants} person-visits (male {male}, female {female}, other {other}); {forms} forms. Target T1 (at least one form of outreach in the period): &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Xóa buổi truyền thông ngày {day} tại {place}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation>Delete the outreach session of {day} at {place}? The deletion will be sent to the higher level.</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>In danh sách tham dự</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <source>Lưu phiếu đếm (PDF)</source>
        <translation>Save the count sheet (PDF)</translation>
    </message>
    <message>
        <source>Tìm theo địa điểm, đơn vị tổ chức (gõ không dấu được)</source>
        <translation>Search by place or organiser (diacritics optional)</translation>
    </message>
    <message>
        <source>Thêm buổi…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>In danh sách trống</source>
        <translation>Print blank sheet</translation>
    </message>
    <message>
        <source>In danh sách đã điền</source>
        <translation>Print filled sheet</translation>
    </message>
    <message>
        <source>In phiếu đếm trống</source>
        <translation>Print a blank count sheet</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Cho buổi có người bán dâm: chỉ đếm theo giới tính và nhóm tuổi, không ghi họ tên, năm sinh, chữ ký</source>
        <translation>For a session with sex workers: counts by sex and age band only, no names, birth years or signatures</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Trang chính</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Truyền thông</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Số liệu hỗ trợ</source>
        <translation>Support figures</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Tin báo, tố giác</source>
        <translation>Tip-offs</translation>
    </message>
    <message>
        <source>Mô hình hỗ trợ</source>
        <translation>Support models</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Tình hình nộp báo cáo</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Gửi dữ liệu</source>
        <translation>Send data</translation>
    </message>
    <message>
        <source>Nhận dữ liệu</source>
        <translation>Receive data</translation>
    </message>
    <message>
        <source>Gửi cấp trên</source>
        <translation>Send up</translation>
    </message>
    <message>
        <source>Báo cáo các tỉnh</source>
        <translation>Provinces&apos; reports</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Sửa nơi nhận</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Thêm nơi nhận</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Tên cơ quan, tổ chức:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Dịch vụ nhận chuyển gửi:</source>
        <translation>Services it takes referrals for:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Điện thoại của cơ quan:</source>
        <translation>Organisation phone:</translation>
    </message>
    <message>
        <source>Chỉ ghi số máy của cơ quan, không ghi số di động của cá nhân.</source>
        <translation>Only the organisation&apos;s number, never a person&apos;s mobile.</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Ngừng sử dụng</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Use again</translation>
    </message>
    <message>
        <source>Đã ngừng sử dụng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Đã lưu nơi nhận “{name}”.</source>
        <translation>Partner “{name}” saved.</translation>
    </message>
    <message>
        <source>“{name}” lại có trong danh sách nơi nhận khi chuyển gửi.</source>
        <translation>“{name}” is offered again when referring.</translation>
    </message>
    <message>
        <source>Đã ngừng sử dụng “{name}”. Các phiếu giới thiệu cũ vẫn giữ tên nơi này.</source>
        <translation>“{name}” retired. Earlier referrals keep its name.</translation>
    </message>
    <message>
        <source>Danh mục nơi nhận chuyển gửi</source>
        <translation>Referral partner catalogue</translation>
    </message>
    <message>
        <source>Các cơ quan, tổ chức nhận người được giới thiệu, chuyển gửi. Nơi ngừng sử dụng không còn hiện khi chuyển gửi, nhưng các phiếu cũ vẫn giữ tên nơi đó.</source>
        <translation>The organisations that receive referred people. A retired partner is no longer offered when referring, but earlier referrals keep its name.</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm nơi nhận…</source>
        <translation>Add partner…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại do quản trị viên đặt. Hãy đổi sang mật khẩu chỉ bạn biết trước khi làm việc.</source>
        <translation>Your current password was set by an administrator. Change it to one only you know before you start work.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat new password:</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Quý {quarter}</source>
        <translation>Quarter {quarter}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Khoảng ngày tùy chọn</source>
        <translation>Any range of days</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Tháng {month}/{year}</source>
        <translation>Month {month}/{year}</translation>
    </message>
    <message>
        <source>Quý {quarter}/{year}</source>
        <translation>Quarter {quarter}/{year}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation>Second half of {year}</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Kế hoạch hợp lệ, có thể lưu.</source>
        <translation>The plan is valid and can be saved.</translation>
    </message>
    <message>
        <source>Sửa kế hoạch kiểm tra</source>
        <translation>Edit inspection plan</translation>
    </message>
    <message>
        <source>Lập kế hoạch kiểm tra</source>
        <translation>New inspection plan</translation>
    </message>
    <message>
        <source>Số kế hoạch:</source>
        <translation>Plan number:</translation>
    </message>
    <message>
        <source>Tên kế hoạch:</source>
        <translation>Plan title:</translation>
    </message>
    <message>
        <source>Thời gian từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Đội kiểm tra thực hiện:</source>
        <translation>Team carrying it out:</translation>
    </message>
    <message>
        <source>Cơ sở được kiểm tra:</source>
        <translation>Businesses to inspect:</translation>
    </message>
    <message>
        <source>Ví dụ: 12/KH-UBND</source>
        <translation>E.g. 12/KH-UBND</translation>
    </message>
    <message>
        <source>— chọn đội —</source>
        <translation>— choose a team —</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Ngày dự kiến</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Thêm cơ sở</source>
        <translation>Add business</translation>
    </message>
    <message>
        <source>Bỏ cơ sở đã chọn</source>
        <translation>Remove selected business</translation>
    </message>
    <message>
        <source>Lưu kế hoạch</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <source>Kế hoạch {number}: {done}/{planned} cơ sở đã kiểm tra, {not_done} quá hạn chưa kiểm tra.</source>
        <translation>Plan {number}: {done}/{planned} businesses inspected, {not_done} overdue and not inspected.</translation>
    </message>
    <message>
        <source>T8: {plan}% so với kế hoạch, {all}% so với mọi cơ sở đang hoạt động.</source>
        <translation>T8: {plan}% against the plan, {all}% against all operating businesses.</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch kiểm tra nào đang thực hiện.</source>
        <translation>No inspection plan is running.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Chưa có kế hoạch kiểm tra nào.</source>
        <translation>No inspection plan yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt;: {planned} cơ sở trong kế hoạch, đã kiểm tra {done}, quá hạn chưa kiểm tra {not_done}.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt;: {planned} businesses in the plan, {done} inspected, {not_done} overdue and not inspected.</translation>
    </message>
    <message>
        <source>T8 trong thời gian kế hoạch: {plan}% so với kế hoạch ({a}/{b}); {all}% so với mọi cơ sở đang hoạt động ({c}/{d}).</source>
        <translation>T8 over the plan&apos;s period: {plan}% against the plan ({a}/{b}); {all}% against all operating businesses ({c}/{d}).</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Xóa đội “{name}”? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation>Delete team “{name}”? The deletion will be sent to the province office.</translation>
    </message>
    <message>
        <source>Xóa kế hoạch {number}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation>Delete plan {number}? The deletion will be sent to the province office.</translation>
    </message>
    <message>
        <source>Kế hoạch và đội kiểm tra</source>
        <translation>Inspection plans and teams</translation>
    </message>
    <message>
        <source>Kế hoạch kiểm tra</source>
        <translation>Inspection plans</translation>
    </message>
    <message>
        <source>Đội kiểm tra</source>
        <translation>Inspection teams</translation>
    </message>
    <message>
        <source>Đội</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Quyết định thành lập</source>
        <translation>Formed by decision</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Số thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Số cơ sở</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Ngày dự kiến</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Thêm đội…</source>
        <translation>Add team…</translation>
    </message>
    <message>
        <source>Sửa đội…</source>
        <translation>Edit team…</translation>
    </message>
    <message>
        <source>Xóa đội</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <source>Lập kế hoạch…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Sửa kế hoạch…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <source>Xóa kế hoạch</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>In ra máy in</source>
        <translation>Print on a printer</translation>
    </message>
    <message>
        <source>Lưu thành tệp PDF</source>
        <translation>Save as a PDF file</translation>
    </message>
    <message>
        <source>Mở tệp sau khi lưu</source>
        <translation>Open the file after saving</translation>
    </message>
    <message>
        <source>Tiếp tục…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Đang ghi tệp PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Dữ liệu chưa hợp lệ ({count} lỗi).</source>
        <translation>The data is not valid (errors: {count}).</translation>
    </message>
    <message>
        <source>Chưa nhập trường bắt buộc.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <source>Ngày không được ở tương lai.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>Số không được âm.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo không hợp lệ: {value}.</source>
        <translation>Invalid reporting period: {value}.</translation>
    </message>
    <message>
        <source>Nội dung quá dài (tối đa {max} ký tự).</source>
        <translation>Text too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Số nam, nữ và khác cộng lại ({sum}) phải bằng tổng số người tham gia ({total}).</source>
        <translation>Male, female and other together ({sum}) must equal the total participants ({total}).</translation>
    </message>
    <message>
        <source>Số người thuộc nhóm đối tượng ({target}) không được lớn hơn tổng số ({total}).</source>
        <translation>Persons in the target group ({target}) cannot exceed the total ({total}).</translation>
    </message>
    <message>
        <source>Số người lần đầu được tiếp cận trong năm ({newly}) không được lớn hơn số người thuộc nhóm đối tượng ({target}).</source>
        <translation>People reached for the first time this year ({newly}) cannot exceed the target-group members ({target}).</translation>
    </message>
    <message>
        <source>Hình thức trực tiếp phải có ít nhất một người tham gia.</source>
        <translation>A face-to-face session must have at least one participant.</translation>
    </message>
    <message>
        <source>Hình thức truyền thông không hợp lệ.</source>
        <translation>Invalid outreach form.</translation>
    </message>
    <message>
        <source>Nhóm đối tượng không hợp lệ.</source>
        <translation>Invalid target group.</translation>
    </message>
    <message>
        <source>Chủ đề lồng ghép không hợp lệ.</source>
        <translation>Invalid integrated topic.</translation>
    </message>
    <message>
        <source>Không tìm thấy buổi truyền thông (có thể đã bị xóa).</source>
        <translation>Outreach session not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Buổi truyền thông này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just edited this outreach session. Reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {min} ký tự.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất một chữ cái.</source>
        <translation>The password must contain at least one letter.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất một chữ số.</source>
        <translation>The password must contain at least one digit.</translation>
    </message>
    <message>
        <source>Mật khẩu không được trùng tên đăng nhập.</source>
        <translation>The password cannot be the same as the username.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm hoặc gạch dưới (3–32 ký tự).</source>
        <translation>The username may contain only unaccented letters, digits, dots or underscores (3–32 characters).</translation>
    </message>
    <message>
        <source>Tên đăng nhập này đã có.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <source>Không tìm thấy tài khoản.</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <source>Không thể khóa hoặc hạ quyền quản trị viên cuối cùng đang hoạt động.</source>
        <translation>The last active administrator cannot be locked or demoted.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.</source>
        <translation>This account is locked. Contact an administrator.</translation>
    </message>
    <message>
        <source>Nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại.</source>
        <translation>Too many failed attempts. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <source>Mã khôi phục không đúng.</source>
        <translation>Wrong recovery key.</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp chỉ xem số liệu các xã gửi lên; việc sửa do xã thực hiện rồi gửi lại.</source>
        <translation>An aggregating office only views what communes sent; corrections are made by the commune and sent again.</translation>
    </message>
    <message>
        <source>Tài khoản của bạn không có quyền thực hiện việc này.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu dùng sổ ({date}) không được ở tương lai.</source>
        <translation>The register&apos;s start date ({date}) cannot be in the future.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {file}: {detail}</source>
        <translation>Cannot read the file {file}: {detail}</translation>
    </message>
    <message>
        <source>Tệp {file} có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu, lưu lại rồi nhập lại.</source>
        <translation>The file {file} has a password. Open it in Excel, remove the password, save it and import again.</translation>
    </message>
    <message>
        <source>Tệp {file} không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.</source>
        <translation>The file {file} is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.</translation>
    </message>
    <message>
        <source>Tệp {file} không có trang tính nào đang hiện.</source>
        <translation>The file {file} has no visible sheet.</translation>
    </message>
    <message>
        <source>Chưa chọn cột cho: {fields}.</source>
        <translation>No column chosen for: {fields}.</translation>
    </message>
    <message>
        <source>Ô này là công thức chưa được tính: hãy mở tệp bằng Excel, lưu lại rồi nhập lại.</source>
        <translation>This cell is a formula that was never calculated: open the file in Excel, save it and import again.</translation>
    </message>
    <message>
        <source>Năm “{value}” không hợp lệ (ghi bốn chữ số, ví dụ 2026).</source>
        <translation>The year “{value}” is not valid (write four digits, e.g. 2026).</translation>
    </message>
    <message>
        <source>“{value}” không phải là một số nguyên.</source>
        <translation>“{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>Còn {bad} dòng có lỗi hoặc trùng nên không nhập dòng nào (đã chọn “chỉ nhập khi mọi dòng đều hợp lệ”).</source>
        <translation>{bad} rows have problems or are duplicates, so no row was imported (“only if every row is good” was chosen).</translation>
    </message>
    <message>
        <source>Không in được: máy in “{printer}” không sẵn sàng. Hãy kiểm tra máy in hoặc lưu thành tệp PDF.</source>
        <translation>Could not print: the printer “{printer}” is not ready. Check the printer or save as a PDF file.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu {path} chưa có sổ đăng ký. Hãy chạy thiết lập lần đầu.</source>
        <translation>The data folder {path} has no register yet. Run the first-time setup.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu {path} đã có sổ đăng ký.</source>
        <translation>The data folder {path} already contains a register.</translation>
    </message>
    <message>
        <source>Sổ đăng ký đang được mở ở một cửa sổ khác (tiến trình {pid}). Hãy dùng cửa sổ đó.</source>
        <translation>The register is already open in another window (process {pid}). Use that window.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu {path}. Hãy chọn thư mục khác hoặc xin quyền ghi.</source>
        <translation>Cannot write to the data folder {path}. Choose another folder or ask for write permission.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không lưu được. Dữ liệu cũ vẫn còn nguyên. Hãy giải phóng dung lượng.</source>
        <translation>The disk is full; nothing was saved. Existing data is intact. Free up some space.</translation>
    </message>
    <message>
        <source>Tệp sổ đăng ký bị hỏng hoặc không đúng khóa. Hãy khôi phục từ bản sao lưu.</source>
        <translation>The register file is damaged or the key is wrong. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Tệp sổ đăng ký đang bị chương trình khác khóa. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>Another program has locked the register file. Close that program and try again.</translation>
    </message>
    <message>
        <source>Sổ đăng ký này do một phiên bản phần mềm mới hơn ghi (cấu trúc dữ liệu {revision}); phiên bản đang chạy không mở được. Hãy cài phiên bản mới hơn. Tệp dữ liệu không bị thay đổi.</source>
        <translation>This register was written by a newer release of the software (data structure {revision}); the release running here cannot open it. Install the newer release. The data file was not changed.</translation>
    </message>
    <message>
        <source>Thiếu tệp khóa (keyring.json) trong thư mục dữ liệu {path}.</source>
        <translation>The key file (keyring.json) is missing from the data folder {path}.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu không đúng. Hãy ghi theo mẫu postgresql://người-dùng@máy-chủ/tên-cơ-sở-dữ-liệu.</source>
        <translation>The database URL is not valid. Write it as postgresql://user@server/database-name.</translation>
    </message>
    <message>
        <source>Máy chủ {host} ở trên mạng: phải kết nối có mã hóa (thêm ?sslmode=verify-full hoặc sslmode=require vào địa chỉ). Không kết nối khi chưa mã hóa.</source>
        <translation>The server {host} is on the network: the connection must be encrypted (add ?sslmode=verify-full or sslmode=require to the URL). No connection is made without encryption.</translation>
    </message>
    <message>
        <source>Không kết nối được tới máy chủ cơ sở dữ liệu {host}. Hãy kiểm tra mạng, tên máy chủ và cổng, rồi thử lại. Chưa có gì bị thay đổi.</source>
        <translation>Could not connect to the database server {host}. Check the network, the server name and port, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Máy chủ {host} từ chối kết nối từ máy này (pg_hba.conf hoặc mã hóa). Hãy nhờ quản trị máy chủ cho phép.</source>
        <translation>The server {host} refuses connections from this PC (pg_hba.conf or encryption). Ask the server&apos;s administrator to allow it.</translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu không nhận tài khoản “{user}” hoặc mật khẩu của tài khoản đó. Hãy kiểm tra lại.</source>
        <translation>The database server does not accept the account “{user}” or its password. Check them.</translation>
    </message>
    <message>
        <source>Trên máy chủ không có cơ sở dữ liệu “{database}”. Hãy nhờ quản trị máy chủ tạo trước.</source>
        <translation>The server has no database “{database}”. Ask the server&apos;s administrator to create it first.</translation>
    </message>
    <message>
        <source>Máy chủ dùng PostgreSQL {version}, quá cũ: cần từ phiên bản {minimum} trở lên.</source>
        <translation>The server runs PostgreSQL {version}, which is too old: version {minimum} or later is needed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu “{database}” còn trống, chưa có tuyến tỉnh nào. Hãy thiết lập tuyến tỉnh trước.</source>
        <translation>The database “{database}” is empty: no hub has been set up in it. Set up the hub first.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đang chứa sổ đăng ký của {unit} (cấp xã), không dùng được cho tuyến tỉnh. Không có gì bị thay đổi.</source>
        <translation>This database holds the register of {unit} (a commune) and cannot be used for a hub. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu “{database}” đã có dữ liệu không phải của Hòa Nhập. Hãy dùng một cơ sở dữ liệu trống. Không có gì bị thay đổi.</source>
        <translation>The database “{database}” already holds data that is not Hòa Nhập&apos;s. Use an empty database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã chứa dữ liệu của một tuyến tỉnh khác ({unit}). Không có gì bị thay đổi.</source>
        <translation>This database already holds the data of another hub ({unit}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Không đọc được tệp cấu hình máy chủ {path}. Hãy kết nối lại với máy chủ.</source>
        <translation>Could not read the server settings file {path}. Connect to the server again.</translation>
    </message>
    <message>
        <source>Mất kết nối tới máy chủ cơ sở dữ liệu giữa chừng. Phần đang làm dở không được ghi; hãy thử lại.</source>
        <translation>The connection to the database server was lost part-way. The unfinished work was not saved; try again.</translation>
    </message>
    <message>
        <source>Không tìm thấy công cụ {tool} của PostgreSQL trên máy này. Hãy cài gói công cụ PostgreSQL.</source>
        <translation>PostgreSQL&apos;s {tool} tool was not found on this PC. Install the PostgreSQL client tools.</translation>
    </message>
    <message>
        <source>Công cụ {tool} báo lỗi: {detail}</source>
        <translation>{tool} reported an error: {detail}</translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu của tuyến tỉnh đã được một máy khác nâng cấp lên phiên bản phần mềm mới hơn (cấu trúc dữ liệu {revision}); máy này đang chạy phiên bản {version}. Hãy cài gói cập nhật mới trên máy này (hoanhap update GÓI) rồi mở lại. Không có gì được ghi vào máy chủ.</source>
        <translation>Another PC has upgraded the hub&apos;s database server to a newer release of the software (data structure {revision}); this PC runs version {version}. Install the new update package on this PC (hoanhap update PACKAGE), then open it again. Nothing was written to the server.</translation>
    </message>
    <message>
        <source>Lần cập nhật lên {version} đã nâng cấp cơ sở dữ liệu trên máy chủ mà mọi máy phân tích dùng chung; quay lại phiên bản cũ trên một máy sẽ không mở được dữ liệu đó. Không có gì thay đổi. Nếu cả tuyến tỉnh phải quay lại, quản trị khôi phục bản sao {backup} (hoanhap restore) rồi quay lại phiên bản trên mọi máy.</source>
        <translation>The update to {version} upgraded the database on the server that every analyst&apos;s PC shares; the older release on one PC could not open it. Nothing was changed. If the whole hub must go back, an administrator restores the copy {backup} (hoanhap restore) and then rolls back the release on every PC.</translation>
    </message>
    <message>
        <source>Đã chép thư mục dữ liệu của máy này sang {path}; lần mở sau ứng dụng dùng thư mục đó. Thư mục cũ vẫn nguyên.</source>
        <translation>This PC&apos;s data folder was copied to {path}; the app uses that folder from the next start. The old folder is unchanged.</translation>
    </message>
    <message>
        <source>Đã chép thư mục dữ liệu của máy này (địa chỉ máy chủ, tệp mật khẩu, cấu hình) sang {path}; dữ liệu của tuyến tỉnh vẫn ở trên máy chủ. Lần mở sau ứng dụng dùng thư mục mới. Thư mục cũ vẫn nguyên.</source>
        <translation>This PC&apos;s data folder (server address, password file, settings) was copied to {path}; the hub&apos;s data stays on the server. The app uses the new folder from the next start. The old folder is unchanged.</translation>
    </message>
    <message>
        <source>Không có thư mục {path}. Hãy cắm ổ USB hoặc chọn một thư mục có sẵn. Chưa ghi gì.</source>
        <translation>There is no folder {path}. Plug in the USB stick or choose a folder that exists. Nothing was written.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu {path}.</source>
        <translation>Backup {path} not found.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu hợp lệ của sổ đăng ký này.</source>
        <translation>The file {path} is not a valid backup of this register.</translation>
    </message>
    <message>
        <source>Không có đơn vị hành chính mã {code}.</source>
        <translation>There is no administrative unit with code {code}.</translation>
    </message>
    <message>
        <source>Nhật ký bị sửa hoặc hỏng tại dòng số {seq}.</source>
        <translation>The log has been altered or damaged at entry {seq}.</translation>
    </message>
    <message>
        <source>Năm sinh {value} không hợp lý: phải từ {min} đến {max}.</source>
        <translation>Birth year {value} is implausible: it must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>Người này mới {age} tuổi, là người chưa thành niên. Trường hợp này cần xử lý theo quy định riêng.</source>
        <translation>This person is only {age} years old, a minor. Minors must be handled under special rules.</translation>
    </message>
    <message>
        <source>Có {count} cảnh báo cần cán bộ xem và xác nhận trước khi lưu.</source>
        <translation>Warnings to review and confirm before saving: {count}.</translation>
    </message>
    <message>
        <source>Giá trị đã chọn không có trong danh mục.</source>
        <translation>The selected value is not in the list.</translation>
    </message>
    <message>
        <source>Ngày gặp lần đầu không thể trước năm sinh.</source>
        <translation>The first contact date cannot be before the birth year.</translation>
    </message>
    <message>
        <source>Không tìm thấy người được hỗ trợ (có thể đã bị xóa).</source>
        <translation>Client not found (they may have been deleted).</translation>
    </message>
    <message>
        <source>Hồ sơ này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just edited this case file. Reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>Mã số nhập để xác nhận không khớp với mã của người này. Chưa xóa gì.</source>
        <translation>The code entered for confirmation does not match this person&apos;s code. Nothing was deleted.</translation>
    </message>
    <message>
        <source>Thời hạn lưu giữ phải từ {min} đến {max} tháng.</source>
        <translation>The retention period must be between {min} and {max} months.</translation>
    </message>
    <message>
        <source>Ngày này trước ngày gặp lần đầu ({first}).</source>
        <translation>This date is before the first contact date ({first}).</translation>
    </message>
    <message>
        <source>Ngày rút lại đồng ý không thể trước ngày đồng ý ({given}).</source>
        <translation>The date consent was withdrawn cannot be before the date it was given ({given}).</translation>
    </message>
    <message>
        <source>Người này chưa đồng ý nội dung này, nên không có gì để rút lại.</source>
        <translation>This person has not given this consent, so there is nothing to withdraw.</translation>
    </message>
    <message>
        <source>Chưa nhập đủ thông tin để tạo mã số.</source>
        <translation>Not enough information entered to create the code.</translation>
    </message>
    <message>
        <source>Thông tin này không dùng để tạo mã số được. Hãy nhập lại.</source>
        <translation>This information cannot be used to create the code. Enter it again.</translation>
    </message>
    <message>
        <source>Cách tạo mã số phiên bản {version} bị lỗi. Hãy liên hệ quản trị viên.</source>
        <translation>Code recipe version {version} is faulty. Contact an administrator.</translation>
    </message>
    <message>
        <source>Không có cách tạo mã số phiên bản {version}. Hãy liên hệ quản trị viên.</source>
        <translation>There is no code recipe version {version}. Contact an administrator.</translation>
    </message>
    <message>
        <source>Người này chưa đồng ý được giới thiệu, chuyển gửi. Hãy lấy ý kiến đồng ý trước, hoặc ghi rõ lý do nếu buộc phải chuyển gửi ngay.</source>
        <translation>This person has not consented to referral. Obtain consent first, or state the reason if the referral cannot wait.</translation>
    </message>
    <message>
        <source>Ngày hẹn theo dõi không thể trước ngày giới thiệu ({referred_on}).</source>
        <translation>The follow-up date cannot be before the referral date ({referred_on}).</translation>
    </message>
    <message>
        <source>Không thể chuyển sang trạng thái này. Thứ tự là: đã chuyển gửi, rồi nơi nhận tiếp nhận, rồi hoàn thành, bị từ chối hoặc mất dấu.</source>
        <translation>Cannot change to this status. The order is: sent, then accepted by the recipient, then completed, refused or lost to follow-up.</translation>
    </message>
    <message>
        <source>Ngày này không thể trước ngày {previous}.</source>
        <translation>This date cannot be before {previous}.</translation>
    </message>
    <message>
        <source>Khi hoàn thành, hãy chọn kết quả đạt được.</source>
        <translation>When completing, choose the outcome achieved.</translation>
    </message>
    <message>
        <source>Nơi nhận “{partner}” đã ngừng sử dụng. Hãy chọn nơi khác.</source>
        <translation>Recipient “{partner}” is no longer in use. Choose another one.</translation>
    </message>
    <message>
        <source>Không tìm thấy phiếu giới thiệu này.</source>
        <translation>Referral not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy nơi nhận này.</source>
        <translation>Recipient not found.</translation>
    </message>
    <message>
        <source>Đã có nơi nhận tên “{name}”.</source>
        <translation>A recipient named “{name}” already exists.</translation>
    </message>
    <message>
        <source>Nơi nhận này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just edited this recipient. Reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>{count} phiếu giới thiệu đã quá ngày hẹn theo dõi.</source>
        <translation>Referrals past their follow-up date: {count}.</translation>
    </message>
    <message>
        <source>Không có phiếu giới thiệu nào quá hạn theo dõi.</source>
        <translation>No referrals are past their follow-up date.</translation>
    </message>
    <message>
        <source>{count} hồ sơ đã quá thời hạn lưu giữ ({months} tháng), cần xem xét xóa.</source>
        <translation>Case files past the retention period ({months} months), to review for deletion: {count}.</translation>
    </message>
    <message>
        <source>Loại hình kinh doanh không hợp lệ.</source>
        <translation>Invalid business type.</translation>
    </message>
    <message>
        <source>Tình trạng hoạt động không hợp lệ.</source>
        <translation>Invalid operating status.</translation>
    </message>
    <message>
        <source>Cơ sở đã đóng cửa thì phải ghi ngày đóng cửa.</source>
        <translation>A closed business must have a closing date.</translation>
    </message>
    <message>
        <source>Có ngày đóng cửa nhưng tình trạng không phải “Đã đóng cửa”. Hãy sửa một trong hai.</source>
        <translation>A closing date is set but the status is not “Closed down”. Correct one of them.</translation>
    </message>
    <message>
        <source>Ngày đóng cửa không được trước ngày bắt đầu hoạt động.</source>
        <translation>The closing date cannot be before the opening date.</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở kinh doanh (có thể đã bị xóa).</source>
        <translation>Business not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Cơ sở này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just edited this business. Reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>Cơ sở đã được kiểm tra ngày {day}, nên ngày bắt đầu hoạt động không thể sau ngày đó.</source>
        <translation>The business was inspected on {day}, so its opening date cannot be later than that.</translation>
    </message>
    <message>
        <source>Cơ sở đã có {count} lần kiểm tra nên không xóa được. Nếu cơ sở đã nghỉ, hãy chuyển tình trạng sang “Đã đóng cửa”.</source>
        <translation>The business has inspection records ({count}), so it cannot be deleted. If it has stopped trading, set its status to “Closed down”.</translation>
    </message>
    <message>
        <source>Ngày kiểm tra không được trước ngày cơ sở bắt đầu hoạt động hoặc đăng ký ({day}).</source>
        <translation>The inspection date cannot be before the business opened or was registered ({day}).</translation>
    </message>
    <message>
        <source>Hình thức kiểm tra không hợp lệ.</source>
        <translation>Invalid inspection type.</translation>
    </message>
    <message>
        <source>Mục kế hoạch đã chọn không phải của cơ sở này, không thuộc kỳ của kế hoạch vào ngày kiểm tra, hoặc đã được thực hiện bởi một lần kiểm tra khác.</source>
        <translation>The chosen plan entry is not this business&apos;s, its plan&apos;s period does not hold the inspection day, or another inspection has already carried it out.</translation>
    </message>
    <message>
        <source>Kiểm tra lại không thực hiện mục nào của kế hoạch kiểm tra.</source>
        <translation>A re-inspection carries out no entry of an inspection plan.</translation>
    </message>
    <message>
        <source>Số này ({count}) không được lớn hơn số người lao động có mặt ({present}).</source>
        <translation>This number ({count}) cannot exceed the number of workers present ({present}).</translation>
    </message>
    <message>
        <source>Không có mẫu phiếu kiểm tra phiên bản {version} áp dụng cho ngày kiểm tra.</source>
        <translation>No checklist version {version} applies on the inspection date.</translation>
    </message>
    <message>
        <source>Mục “{item}” không có trong mẫu phiếu kiểm tra phiên bản {version}.</source>
        <translation>Item “{item}” is not in checklist version {version}.</translation>
    </message>
    <message>
        <source>Mục “{item}” không áp dụng cho loại hình kinh doanh của cơ sở này.</source>
        <translation>Item “{item}” does not apply to this business type.</translation>
    </message>
    <message>
        <source>Mục “{item}” được ghi kết quả hai lần.</source>
        <translation>Item “{item}” has a result recorded twice.</translation>
    </message>
    <message>
        <source>Mục “{item}”: hãy chọn Đạt, Không đạt hoặc Không áp dụng.</source>
        <translation>Item “{item}”: choose Pass, Fail or Not applicable.</translation>
    </message>
    <message>
        <source>Mục “{item}”: hãy ghi số.</source>
        <translation>Item “{item}”: enter a number.</translation>
    </message>
    <message>
        <source>Mục “{item}”: kiểu trả lời không đúng với mẫu phiếu.</source>
        <translation>Item “{item}”: the answer type does not match the checklist.</translation>
    </message>
    <message>
        <source>Không tìm thấy lần kiểm tra (có thể đã bị xóa).</source>
        <translation>Inspection not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just edited this inspection report. Reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>Hình thức xử lý đề nghị không hợp lệ.</source>
        <translation>Invalid proposed action.</translation>
    </message>
    <message>
        <source>Vi phạm phải có căn cứ pháp lý: chọn điều khoản trong bảng tham chiếu hoặc ghi căn cứ.</source>
        <translation>A violation needs a legal basis: choose a provision from the reference table or enter the basis.</translation>
    </message>
    <message>
        <source>Không có điều khoản “{reference}” trong bảng tham chiếu xử phạt.</source>
        <translation>Provision “{reference}” is not in the penalty reference table.</translation>
    </message>
    <message>
        <source>{reference} không còn (hoặc chưa có) hiệu lực vào ngày kiểm tra {day}.</source>
        <translation>{reference} was not in force on the inspection date {day}.</translation>
    </message>
    <message>
        <source>Đề nghị phạt tiền thì phải ghi số tiền đề nghị.</source>
        <translation>A proposed fine must state the amount.</translation>
    </message>
    <message>
        <source>Đề nghị phạt tiền phải dựa trên một điều khoản có mức phạt tiền trong bảng tham chiếu.</source>
        <translation>A proposed fine must be based on a provision with a fine in the reference table.</translation>
    </message>
    <message>
        <source>Số tiền đề nghị {amount} đồng nằm ngoài khung {min} – {max} đồng của {reference}.</source>
        <translation>The proposed amount of {amount} VND is outside the range {min} – {max} VND of {reference}.</translation>
    </message>
    <message>
        <source>Chỉ ghi số tiền khi hình thức xử lý là đề nghị phạt tiền.</source>
        <translation>Enter an amount only when the proposed action is a fine.</translation>
    </message>
    <message>
        <source>Số ngày hẹn tái kiểm tra phải từ {min} đến {max}.</source>
        <translation>Days until re-inspection must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>Giờ kết thúc phải sau giờ bắt đầu kiểm tra.</source>
        <translation>The end time must be after the start of the inspection.</translation>
    </message>
    <message>
        <source>Một buổi kiểm tra không kéo dài quá {hours} giờ: kiểm tra lại giờ kết thúc.</source>
        <translation>An inspection visit does not last more than {hours} hours: check the end time.</translation>
    </message>
    <message>
        <source>Số bản biên bản phải từ 1 đến {max}.</source>
        <translation>The number of copies of the record must be between 1 and {max}.</translation>
    </message>
    <message>
        <source>Kết luận không hợp lệ.</source>
        <translation>Invalid conclusion.</translation>
    </message>
    <message>
        <source>Đã ghi {count} người nhưng mục “{item}” lại ghi “Đạt”: số liệu và kết quả mâu thuẫn.</source>
        <translation>{count} persons are recorded but item “{item}” says “Pass”: the count and the result contradict each other.</translation>
    </message>
    <message>
        <source>Kết luận “không phát hiện vi phạm” nhưng biên bản đang ghi {count} vi phạm.</source>
        <translation>The conclusion says “no violation found” but the record lists {count} violation(s).</translation>
    </message>
    <message>
        <source>Kết luận “có vi phạm” nhưng chưa ghi vi phạm nào.</source>
        <translation>The conclusion says “violations found” but no violation is recorded.</translation>
    </message>
    <message>
        <source>Biên bản còn mâu thuẫn, chưa in được: {problems}</source>
        <translation>The record contradicts itself and cannot be printed yet: {problems}</translation>
    </message>
    <message>
        <source>Không tìm thấy đội kiểm tra đã chọn.</source>
        <translation>The chosen inspection team was not found.</translation>
    </message>
    <message>
        <source>Chọn đối tượng vi phạm: chủ cơ sở (hộ kinh doanh hoặc doanh nghiệp) hay cá nhân có mặt.</source>
        <translation>Choose the offender: the operator (household business or enterprise) or an individual present.</translation>
    </message>
    <message>
        <source>Đối tượng vi phạm không hợp lệ.</source>
        <translation>Invalid offender.</translation>
    </message>
    <message>
        <source>Vi phạm của chủ cơ sở được ghi theo tên cơ sở: không ghi tên hay vai trò cá nhân.</source>
        <translation>An operator&apos;s violation is recorded under the business&apos;s name: do not enter a person&apos;s name or role.</translation>
    </message>
    <message>
        <source>Ghi vai trò của cá nhân vi phạm (ví dụ: khách, người quản lý ca); không ghi tên người lao động.</source>
        <translation>Enter the individual&apos;s role (e.g. customer, shift manager); never a worker&apos;s name.</translation>
    </message>
    <message>
        <source>{reference} không áp dụng cho đối tượng vi phạm đã chọn.</source>
        <translation>{reference} does not apply to the chosen offender.</translation>
    </message>
    <message>
        <source>Số tiền {amount} đồng là khung phạt của cá nhân; tổ chức bị phạt theo khung {min} – {max} đồng của {reference}.</source>
        <translation>{amount} VND is within an individual&apos;s range; an organisation is fined within the range {min} – {max} VND of {reference}.</translation>
    </message>
    <message>
        <source>Vi phạm {number} đã có quyết định xử phạt: không thể xóa hoặc đổi điều khoản, đối tượng của nó.</source>
        <translation>Violation {number} already has a penalty decision: it cannot be removed, nor its provision or offender changed.</translation>
    </message>
    <message>
        <source>Loại đội kiểm tra không hợp lệ.</source>
        <translation>Invalid kind of inspection team.</translation>
    </message>
    <message>
        <source>Vai trò trong đội không hợp lệ.</source>
        <translation>Invalid role in the team.</translation>
    </message>
    <message>
        <source>Ngày hết hiệu lực phải sau ngày bắt đầu.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <source>Đội kiểm tra phải có ít nhất một thành viên.</source>
        <translation>An inspection team needs at least one member.</translation>
    </message>
    <message>
        <source>Đội phải có đúng một đội trưởng (đang có {count}).</source>
        <translation>A team needs exactly one leader (it has {count}).</translation>
    </message>
    <message>
        <source>Không tìm thấy đội kiểm tra (có thể đã bị xóa).</source>
        <translation>Inspection team not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Đội kiểm tra đang được dùng trong {count} kế hoạch: không xóa được.</source>
        <translation>The team is used by {count} plan(s): it cannot be deleted.</translation>
    </message>
    <message>
        <source>Ngày kết thúc kế hoạch phải sau ngày bắt đầu.</source>
        <translation>The plan&apos;s end date must be after its start date.</translation>
    </message>
    <message>
        <source>Chọn đội kiểm tra thực hiện kế hoạch.</source>
        <translation>Choose the team that carries out the plan.</translation>
    </message>
    <message>
        <source>Đội kiểm tra được chọn chưa có thành viên nào: hãy lập danh sách thành viên trước.</source>
        <translation>The chosen team has no members: enter its roster first.</translation>
    </message>
    <message>
        <source>Kế hoạch phải có ít nhất một cơ sở được kiểm tra.</source>
        <translation>A plan needs at least one business to inspect.</translation>
    </message>
    <message>
        <source>Cơ sở trong kế hoạch không có trong sổ quản lý.</source>
        <translation>A business in the plan is not in the register.</translation>
    </message>
    <message>
        <source>Một cơ sở được đưa vào kế hoạch hai lần.</source>
        <translation>A business is in the plan twice.</translation>
    </message>
    <message>
        <source>Trong kế hoạch chỉ có kiểm tra theo kế hoạch hoặc đột xuất.</source>
        <translation>A plan holds only planned or surprise inspections.</translation>
    </message>
    <message>
        <source>Ngày kiểm tra dự kiến {day} nằm ngoài thời gian của kế hoạch.</source>
        <translation>The planned date {day} is outside the plan&apos;s period.</translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch kiểm tra (có thể đã bị xóa).</source>
        <translation>Inspection plan not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Ngày quyết định không thể trước ngày kiểm tra {day}.</source>
        <translation>The decision cannot be dated before the inspection on {day}.</translation>
    </message>
    <message>
        <source>Chỉ ghi ngày nộp phạt khi đã nộp.</source>
        <translation>Enter the payment date only when the fine was paid.</translation>
    </message>
    <message>
        <source>Ngày nộp phạt không thể trước ngày quyết định.</source>
        <translation>The payment date cannot be before the decision date.</translation>
    </message>
    <message>
        <source>Quyết định không có số tiền phạt thì không có gì để nộp.</source>
        <translation>A decision without a fine has nothing to pay.</translation>
    </message>
    <message>
        <source>Không tìm thấy quyết định xử phạt (có thể đã bị xóa).</source>
        <translation>Penalty decision not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy vi phạm (có thể đã bị xóa).</source>
        <translation>Violation not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu {file}: {detail}.</source>
        <translation>Cannot read data file {file}: {detail}.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file} sai cú pháp JSON (dòng {line}).</source>
        <translation>Data file {file} has a JSON syntax error (line {line}).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: phải là một đối tượng JSON.</source>
        <translation>Data file {file}, line {line}, item {item}: must be a JSON object.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: trường lạ “{field}”.</source>
        <translation>Data file {file}, line {line}, item {item}: unknown field “{field}”.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: thiếu trường “{field}”.</source>
        <translation>Data file {file}, line {line}, item {item}: missing field “{field}”.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: giá trị của “{field}” không hợp lệ ({value}).</source>
        <translation>Data file {file}, line {line}, item {item}: invalid value of “{field}” ({value}).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}: mục {item} bị trùng.</source>
        <translation>Data file {file}, line {line}: item {item} is a duplicate.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: nội dung trùng với mục {other} cho cùng loại hình.</source>
        <translation>Data file {file}, line {line}, item {item}: same text as item {other} for the same business type.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: ngày hết hiệu lực {valid_to} trước ngày có hiệu lực {valid_from}.</source>
        <translation>Data file {file}, line {line}, item {item}: end date {valid_to} is before the start date {valid_from}.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: mức phạt tổ chức ({org}) thấp hơn mức phạt cá nhân ({person}).</source>
        <translation>Data file {file}, line {line}, item {item}: the organisation&apos;s fine range ({org}) is below the individual&apos;s ({person}).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {file}, dòng {line}, mục {item}: hành vi vi phạm “{reference}” không có trong bảng tra cứu xử phạt.</source>
        <translation>Data file {file}, line {line}, item {item}: offence “{reference}” is not in the sanction reference.</translation>
    </message>
    <message>
        <source>Thư mục {folder} không có tệp dữ liệu nào ({pattern}).</source>
        <translation>Folder {folder} contains no data files ({pattern}).</translation>
    </message>
    <message>
        <source>cần dạng SỐ_CỘT=TÊN_TRƯỜNG, ví dụ 3=place: {value}</source>
        <translation>expected COLUMN_NUMBER=FIELD_NAME, e.g. 3=place: {value}</translation>
    </message>
    <message>
        <source>Thiếu tệp: cho tên tệp Excel cần nhập, hoặc --template TỆP để lấy tệp mẫu.</source>
        <translation>No file: give the Excel file to import, or --template FILE for the template.</translation>
    </message>
    <message>
        <source>Cột {column} “{header}” → {field}</source>
        <translation>Column {column} “{header}” → {field}</translation>
    </message>
    <message>
        <source>Dòng {line}: sẽ được thêm.</source>
        <translation>Row {line}: will be added.</translation>
    </message>
    <message>
        <source>Dòng {line}: trùng với bản ghi đã có trong sổ hoặc một dòng trước trong tệp: bỏ qua.</source>
        <translation>Row {line}: same as a record already in the register or an earlier row of the file: skipped.</translation>
    </message>
    <message>
        <source>Dòng {line}: {field}: {problem}</source>
        <translation>Row {line}: {field}: {problem}</translation>
    </message>
    <message>
        <source>{total} dòng: {good} sẽ được thêm, {bad} có lỗi (không nhập), {dup} trùng (bỏ qua). Tệp {file} (SHA-256 {sha256}), trang “{sheet}”.</source>
        <translation>{total} rows: {good} will be added, {bad} with problems (not imported), {dup} duplicates (skipped). File {file} (SHA-256 {sha256}), sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Chưa ghi gì vào sổ. Chạy lại với --yes để nhập các dòng hợp lệ.</source>
        <translation>Nothing was written to the register. Run again with --yes to import the good rows.</translation>
    </message>
    <message>
        <source>Đã nhập {count} dòng vào sổ, trong một lần ghi.</source>
        <translation>Imported {count} rows into the register, in one transaction.</translation>
    </message>
    <message>
        <source>Đã ghi tệp mẫu: {path}</source>
        <translation>Template written: {path}</translation>
    </message>
    <message>
        <source>Năm {year} — T8 như báo cáo năm tính (bộ chỉ tiêu đang áp dụng); chỉ tiêu: {targets}</source>
        <translation>{year} — T8 as the year&apos;s report computes it (definitions in force); target: {targets}</translation>
    </message>
    <message>
        <source>chưa có chỉ tiêu T8 cho năm này</source>
        <translation>no T8 target for this year</translation>
    </message>
    <message>
        <source>Năm {year}: không đủ dữ liệu để tính T8.</source>
        <translation>{year}: not enough data to compute T8.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}. Hãy kiểm tra USB hoặc quyền truy cập tệp.</source>
        <translation>Cannot read file {path}. Check the USB drive or file permissions.</translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu trống (0 byte), có thể chép chưa xong. Hãy chép lại tệp.</source>
        <translation>The data package file is empty (0 bytes); copying may not have finished. Copy the file again.</translation>
    </message>
    <message>
        <source>Tệp này không phải gói dữ liệu đồng bộ (không phải tệp ZIP).</source>
        <translation>This file is not a sync data package (not a ZIP file).</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị hỏng hoặc thiếu một phần (có thể chép chưa xong). Hãy xin đơn vị gửi gửi lại.</source>
        <translation>The data package is damaged or incomplete (copying may not have finished). Ask the sending unit to send it again.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa tệp lạ “{name}”. Chương trình không mở gói này để đảm bảo an toàn.</source>
        <translation>The data package contains an unexpected file “{name}”. For safety, it will not be opened.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu phần “{name}”. Hãy xin đơn vị gửi xuất lại gói.</source>
        <translation>The data package is missing part “{name}”. Ask the sending unit to export it again.</translation>
    </message>
    <message>
        <source>Gói dữ liệu lớn bất thường (phần “{name}” vượt giới hạn). Chương trình không mở để tránh treo máy.</source>
        <translation>The data package is unusually large (part “{name}” exceeds the limit). It will not be opened, to avoid freezing the computer.</translation>
    </message>
    <message>
        <source>Phần thông tin người gửi (envelope.json) trong gói dữ liệu bị hỏng hoặc thiếu thông tin.</source>
        <translation>The sender information (envelope.json) in the data package is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Chữ ký số của gói dữ liệu bị hỏng hoặc sai định dạng.</source>
        <translation>The data package&apos;s digital signature is damaged or malformed.</translation>
    </message>
    <message>
        <source>Gói dữ liệu được ký bằng khóa {found}, không phải khóa {expected} đã đăng ký của đơn vị gửi.</source>
        <translation>The data package was signed with key {found}, not the sending unit&apos;s registered key {expected}.</translation>
    </message>
    <message>
        <source>Chữ ký số không khớp: nội dung gói dữ liệu đã bị thay đổi sau khi ký. Không nhập gói này.</source>
        <translation>Signature mismatch: the package contents were changed after signing. Do not import this package.</translation>
    </message>
    <message>
        <source>Chữ ký số không khớp: thông tin gói (mã gói, đơn vị gửi, số thứ tự) đã bị sửa. Không nhập gói này.</source>
        <translation>Signature mismatch: the package details (package ID, sending unit, sequence number) were altered. Do not import this package.</translation>
    </message>
    <message>
        <source>Ghi chú kèm chữ ký quá dài (tối đa {max} byte).</source>
        <translation>The signature comment is too long (at most {max} bytes).</translation>
    </message>
    <message>
        <source>Ghi chú kèm chữ ký không được xuống dòng hoặc chứa ký tự điều khiển.</source>
        <translation>The signature comment cannot contain line breaks or control characters.</translation>
    </message>
    <message>
        <source>Khóa kiểm tra chữ ký (khóa công khai minisign) không đúng định dạng.</source>
        <translation>The signature verification key (minisign public key) is malformed.</translation>
    </message>
    <message>
        <source>Không giải mã được gói dữ liệu: gói không gửi cho đơn vị này, hoặc tệp đã bị hỏng.</source>
        <translation>Cannot decrypt the data package: it was not sent to this unit, or the file is damaged.</translation>
    </message>
    <message>
        <source>Khóa mã hóa của nơi nhận “{recipient}” không hợp lệ (phải là chuỗi bắt đầu bằng age1).</source>
        <translation>Recipient encryption key “{recipient}” is invalid (it must start with age1).</translation>
    </message>
    <message>
        <source>Khóa giải mã không hợp lệ (phải là chuỗi bắt đầu bằng AGE-SECRET-KEY-1).</source>
        <translation>Invalid decryption key (it must start with AGE-SECRET-KEY-1).</translation>
    </message>
    <message>
        <source>Chưa có nơi nhận để mã hóa gói dữ liệu. Hãy cài thẻ đơn vị của tuyến trên trước.</source>
        <translation>No recipient to encrypt the data package for. Install the higher level&apos;s unit card first.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có định dạng {version}; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm ở đây lên bản đọc được định dạng {version} rồi nhập lại. Chưa có gì thay đổi; nơi gửi giữ nguyên gói trong hộp thư đi, không mất dữ liệu.</source>
        <translation>The data package uses format {version}; the software here reads formats up to {supported}. Update the software here to a release that reads format {version}, then import again. Nothing was changed; the sender keeps the package in its outbox, no data is lost.</translation>
    </message>
    <message>
        <source>Gói được ký bằng khóa {key_id} chưa đăng ký ở đây. Hãy đăng ký thẻ đơn vị của nơi gửi (xác nhận mã vân tay qua điện thoại) rồi nhập lại.</source>
        <translation>The package is signed with key {key_id}, which is not registered here. Register the sender&apos;s unit card (confirm the fingerprint by phone), then import again.</translation>
    </message>
    <message>
        <source>Khóa {key_id} của {unit} đã bị thu hồi ngày {date}. Không nhận tệp ký bằng khóa này.</source>
        <translation>Key {key_id} of {unit} was revoked on {date}. Files signed with this key are not accepted.</translation>
    </message>
    <message>
        <source>Khóa {key_id} không thuộc loại đơn vị được phép gửi tệp này đến đây.</source>
        <translation>Key {key_id} does not belong to a type of unit allowed to send this file here.</translation>
    </message>
    <message>
        <source>Tệp ghi là của đơn vị {claimed} nhưng được ký bằng khóa của {actual}. Không nhận tệp này.</source>
        <translation>The file claims to be from {claimed} but is signed with {actual}&apos;s key. It is not accepted.</translation>
    </message>
    <message>
        <source>Thông tin ngoài gói (mã gói, đơn vị gửi, số thứ tự) không khớp với chữ ký: gói đã bị sửa. Không nhập.</source>
        <translation>The package details (package ID, sending unit, sequence number) do not match the signature: the package was altered. Not imported.</translation>
    </message>
    <message>
        <source>Mã gói {bundle_id} đã được nhập trước đây với nội dung khác. Không nhập; hãy liên hệ đơn vị gửi.</source>
        <translation>Package ID {bundle_id} was imported before with different contents. Not imported; contact the sending unit.</translation>
    </message>
    <message>
        <source>Nội dung gói này đã được nhập trước đây dưới mã gói {previous}. Đây là bản gửi lại dưới mã khác; không nhập.</source>
        <translation>These contents were already imported as package {previous}. This is a resend under another ID; not imported.</translation>
    </message>
    <message>
        <source>Đã nhận một gói khác của {unit} mang cùng số thứ tự {sequence}. Không nhập; hãy liên hệ đơn vị gửi.</source>
        <translation>Another package from {unit} with the same sequence number {sequence} was already received. Not imported; contact the sending unit.</translation>
    </message>
    <message>
        <source>Bảng kê (manifest.json) trong gói dữ liệu bị hỏng hoặc thiếu thông tin. Không nhập gói này.</source>
        <translation>The manifest (manifest.json) in the data package is damaged or incomplete. Do not import this package.</translation>
    </message>
    <message>
        <source>Bảng kê trong gói không khớp với thông tin ngoài gói (mục {field}). Không nhập gói này.</source>
        <translation>The manifest does not match the package details (field {field}). Do not import this package.</translation>
    </message>
    <message>
        <source>Tệp {name} có trong gói mà không có trong bảng kê, hoặc ngược lại. Không nhập gói này.</source>
        <translation>File {name} is in the package but not in the manifest, or the other way round. Do not import this package.</translation>
    </message>
    <message>
        <source>Tệp {name} trong gói không khớp mã kiểm tra ghi trong bảng kê. Không nhập gói này.</source>
        <translation>File {name} does not match the checksum in the manifest. Do not import this package.</translation>
    </message>
    <message>
        <source>Bảng {table} có {found} bản ghi nhưng bảng kê ghi {declared}. Không nhập gói này.</source>
        <translation>Table {table} has {found} records but the manifest states {declared}. Do not import this package.</translation>
    </message>
    <message>
        <source>Gói số {sequence} của {unit} không nối tiếp các gói đã nhận (chuỗi mã kiểm tra bị đứt). Không nhập; hãy liên hệ đơn vị gửi.</source>
        <translation>Package {sequence} from {unit} does not follow on from the packages received (the checksum chain is broken). Not imported; contact the sending unit.</translation>
    </message>
    <message>
        <source>Gói có bảng dữ liệu lạ “{table}” mà phần mềm không có. Không nhập gói này.</source>
        <translation>The package contains an unknown data table “{table}”. Do not import this package.</translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: bản ghi không đọc được.</source>
        <translation>Table {table}, line {line}: the record cannot be read.</translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: có trường lạ “{column}”.</source>
        <translation>Table {table}, line {line}: unknown field “{column}”.</translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: thiếu trường “{column}”.</source>
        <translation>Table {table}, line {line}: missing field “{column}”.</translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: giá trị của trường “{column}” không hợp lệ.</source>
        <translation>Table {table}, line {line}: invalid value in field “{column}”.</translation>
    </message>
    <message>
        <source>Bảng {table}, dòng {line}: bản ghi của đơn vị {origin}, không phải của đơn vị gửi {sender}. Không nhập gói này.</source>
        <translation>Table {table}, line {line}: the record belongs to {origin}, not to the sending unit {sender}. Do not import this package.</translation>
    </message>
    <message>
        <source>Bảng {table}: bản ghi {record} đã có ở đây và thuộc đơn vị khác ({owner}). Không nhập gói này.</source>
        <translation>Table {table}: record {record} already exists here and belongs to another unit ({owner}). Do not import this package.</translation>
    </message>
    <message>
        <source>Bảng {table}: bản ghi {record} xuất hiện hai lần trong cùng một gói. Không nhập gói này.</source>
        <translation>Table {table}: record {record} appears twice in the same package. Do not import this package.</translation>
    </message>
    <message>
        <source>Dấu xóa dữ liệu ở dòng {line} trỏ tới bảng lạ “{table}”. Không nhập gói này.</source>
        <translation>The deletion marker on line {line} refers to an unknown table “{table}”. Do not import this package.</translation>
    </message>
    <message>
        <source>Sổ đăng ký không ghi được dữ liệu của gói ({detail}). Chưa có gì bị thay đổi; hãy báo cho người quản trị.</source>
        <translation>The register could not store the package&apos;s data ({detail}). Nothing was changed; tell the administrator.</translation>
    </message>
    <message>
        <source>Chỉ cơ quan tổng hợp (tuyến trên) mới nhập gói dữ liệu của xã.</source>
        <translation>Only an aggregating office (higher level) imports commune data packages.</translation>
    </message>
    <message>
        <source>Việc này chỉ làm ở xã/phường (gửi gói dữ liệu, chốt kỳ báo cáo, nhập giấy báo nhận).</source>
        <translation>This is done only at commune/ward level (sending data packages, closing reporting periods, importing receipts).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp gói dữ liệu (.hnb) nào trong {path}.</source>
        <translation>No data package files (.hnb) found in {path}.</translation>
    </message>
    <message>
        <source>Tệp thẻ đơn vị không đúng định dạng hoặc đã bị sửa sau khi xuất. Hãy xin đơn vị kia xuất lại thẻ.</source>
        <translation>The unit card file is malformed or was altered after export. Ask the other unit to export the card again.</translation>
    </message>
    <message>
        <source>Thẻ đơn vị này có định dạng {version}, do phiên bản phần mềm mới hơn tạo ra; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi đăng ký lại. Chưa có gì thay đổi.</source>
        <translation>This unit card uses format {version}, made by a newer release of the software; the software here reads formats up to {supported}. Update the software, then register the card again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp chỉ đăng ký thẻ của xã/phường.</source>
        <translation>An aggregating office registers only commune/ward cards.</translation>
    </message>
    <message>
        <source>Xã/phường chỉ cài thẻ của cơ quan tổng hợp (tuyến trên).</source>
        <translation>A commune/ward installs only the card of its aggregating office (higher level).</translation>
    </message>
    <message>
        <source>Thẻ của {unit} thuộc tỉnh khác, không thuộc tỉnh {own} của đơn vị này.</source>
        <translation>The card of {unit} belongs to another province, not this unit&apos;s province {own}.</translation>
    </message>
    <message>
        <source>Thẻ có khóa {key_id} ({unit}) đã được đăng ký từ ngày {date}.</source>
        <translation>The card with key {key_id} ({unit}) has been registered since {date}.</translation>
    </message>
    <message>
        <source>Đây là thẻ của chính đơn vị này, không cần đăng ký.</source>
        <translation>This is this unit&apos;s own card; it need not be registered.</translation>
    </message>
    <message>
        <source>Không tìm thấy thẻ đơn vị này.</source>
        <translation>Unit card not found.</translation>
    </message>
    <message>
        <source>Mã vân tay không khớp với thẻ. Hãy gọi điện cho đơn vị kia và đọc lại từng nhóm 5 số. Chưa đăng ký thẻ.</source>
        <translation>The fingerprint does not match the card. Phone the other unit and read it back group by group (5 digits each). The card was not registered.</translation>
    </message>
    <message>
        <source>Hãy nhập mã vân tay đã xác nhận qua điện thoại với đơn vị kia trước khi đăng ký thẻ.</source>
        <translation>Enter the fingerprint confirmed by phone with the other unit before registering the card.</translation>
    </message>
    <message>
        <source>Tệp giấy báo nhận không đúng định dạng hoặc đã bị sửa. Hãy xin tuyến trên gửi lại.</source>
        <translation>The receipt file is malformed or was altered. Ask the higher level to send it again.</translation>
    </message>
    <message>
        <source>Giấy báo nhận có định dạng {version}, do phiên bản phần mềm mới hơn tạo ra; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi nhập lại. Chưa có gì thay đổi.</source>
        <translation>The receipt uses format {version}, made by a newer release of the software; the software here reads formats up to {supported}. Update the software, then import it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Giấy báo nhận này dành cho đơn vị {unit}, không phải đơn vị này.</source>
        <translation>This receipt is for {unit}, not for this unit.</translation>
    </message>
    <message>
        <source>Không tìm thấy xung đột này (có thể đã được giải quyết).</source>
        <translation>Conflict not found (it may have been resolved).</translation>
    </message>
    <message>
        <source>Hãy chọn giữ bản đang có ở đây hoặc nhận bản mới gửi đến.</source>
        <translation>Choose to keep the version here or accept the newly received one.</translation>
    </message>
    <message>
        <source>{period} chưa kết thúc nên chưa chốt được.</source>
        <translation>{period} has not ended yet, so it cannot be closed.</translation>
    </message>
    <message>
        <source>{period} đã được chốt ngày {date}.</source>
        <translation>{period} was closed on {date}.</translation>
    </message>
    <message>
        <source>Ngày trước khi chương trình bắt đầu ({start}): có thể nhập nhầm năm.</source>
        <translation>Date before the programme started ({start}): the year may be mistyped.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo được chốt không hợp lệ (mã kỳ và ngày đầu, ngày cuối không khớp).</source>
        <translation>The closed reporting period is not valid (its code and its first and last days do not match).</translation>
    </message>
    <message>
        <source>Số bộ phận ({part}) lớn hơn tổng số ({whole}).</source>
        <translation>The part ({part}) is larger than the whole ({whole}).</translation>
    </message>
    <message>
        <source>Mức phạt đề xuất {amount} đồng nằm ngoài khung {min}–{max} đồng.</source>
        <translation>The proposed fine of {amount} dong is outside the range {min}–{max} dong.</translation>
    </message>
    <message>
        <source>Bản ghi có giá trị mà biểu mẫu không thể tạo ra nên không kiểm tra được.</source>
        <translation>The record holds a value the form could never produce, so it cannot be checked.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do cho phép đưa bản ghi bị giữ lại vào số liệu.</source>
        <translation>Give a reason for letting the held-back record into the figures.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi bị giữ lại này (có thể đã được cho phép hoặc đã có bản sửa thay thế).</source>
        <translation>This held-back record was not found (it may have been released or replaced by a corrected version).</translation>
    </message>
    <message>
        <source>Chỉ cán bộ hoặc quản trị viên mới được cho phép đưa bản ghi bị giữ lại vào số liệu; tài khoản xem không làm được việc này.</source>
        <translation>Only an officer or an administrator may let a held-back record into the figures; a viewer account cannot do this.</translation>
    </message>
    <message>
        <source>Giấy báo nhận nêu bản ghi {table} {record} bị giữ lại nhưng máy này không có bản ghi đó; các phần khác của giấy báo nhận vẫn được ghi nhận.</source>
        <translation>The receipt says record {table} {record} was held back, but this PC does not have that record; the rest of the receipt was still applied.</translation>
    </message>
    <message>
        <source>Tuyến tỉnh chưa đọc được gói số {sequence} (định dạng {format}; tuyến tỉnh đọc đến định dạng {reads}): hãy chờ tuyến tỉnh cập nhật phần mềm. Không mất dữ liệu: gói vẫn nằm trong hộp thư đi và sẽ được gửi lại.</source>
        <translation>The province office cannot read bundle number {sequence} yet (format {format}; it reads up to format {reads}): wait for the province office to update its software. Nothing is lost: the bundle stays in the outbox and will be sent again.</translation>
    </message>
    <message>
        <source>Chỉ cơ quan tổng hợp tuyến tỉnh mới gửi báo cáo tổng hợp lên tuyến quốc gia.</source>
        <translation>Only a province office sends aggregate reports to the national office.</translation>
    </message>
    <message>
        <source>Chỉ cơ quan tổng hợp toàn quốc mới nhận và tổng hợp báo cáo của các tỉnh, thành phố.</source>
        <translation>Only the national office receives and aggregates the provinces&apos; reports.</translation>
    </message>
    <message>
        <source>Chưa đăng ký thẻ đơn vị của cơ quan tổng hợp toàn quốc: hãy nhận thẻ, xác nhận mã vân tay qua điện thoại và đăng ký trước khi gửi.</source>
        <translation>The national office&apos;s card is not enrolled: get its card, confirm the fingerprint by phone and enrol it before sending.</translation>
    </message>
    <message>
        <source>Tệp này không phải báo cáo tổng hợp của một tỉnh (có thể là gói dữ liệu của xã, phường): tuyến quốc gia chỉ nhận báo cáo tổng hợp.</source>
        <translation>This file is not a province&apos;s aggregate report (it may be a commune&apos;s data bundle): the national office only receives aggregate reports.</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp có định dạng {version}; phần mềm ở đây chỉ đọc đến định dạng {supported}. Hãy cập nhật phần mềm rồi nhập lại. Chưa có gì thay đổi.</source>
        <translation>The aggregate report uses format {version}; the software here reads formats up to {supported}. Update the software, then import again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp có tệp {file} không đúng định dạng. Không nhập gì; hãy xin tỉnh gửi lại.</source>
        <translation>The aggregate report&apos;s file {file} is malformed. Nothing was imported; ask the province to send it again.</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp có số liệu nhỏ chưa được ẩn (chỉ tiêu {indicator}, đơn vị {unit}): không nhận, vì có thể làm lộ người được hỗ trợ. Hãy báo tỉnh kiểm tra phần mềm và gửi lại.</source>
        <translation>The aggregate report carries a small number that is not hidden (indicator {indicator}, unit {unit}): refused, as it could reveal the people supported. Ask the province to check its software and send again.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề trong 20 dòng đầu của tệp {file} (cần ít nhất hai cột như {columns}). Hãy dùng tệp mẫu, hoặc đặt tên cột.</source>
        <translation>No header row was found in the first 20 rows of {file} (at least two columns such as {columns} are needed). Use the template, or name the columns.</translation>
    </message>
    <message>
        <source>Máy của xã, phường giữ sổ đăng ký mã hóa ngay trên máy; chỉ cơ quan tổng hợp (tuyến tỉnh, tuyến quốc gia) mới dùng máy chủ cơ sở dữ liệu.</source>
        <translation>A commune PC keeps its encrypted register on the PC itself; only an aggregating office (province or national hub) uses a database server.</translation>
    </message>
    <message>
        <source>Danh sách có thông tin người được hỗ trợ phải đặt mật khẩu (ít nhất {min} ký tự) để mã hóa tệp.</source>
        <translation>A list with information about supported people must be given a password (at least {min} characters) to encrypt the file.</translation>
    </message>
    <message>
        <source>Không đọc được tệp chỉ tiêu {file} (phải là tệp văn bản UTF-8).</source>
        <translation>Cannot read indicator file {file} (it must be a UTF-8 text file).</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}: sai cú pháp ({detail}).</source>
        <translation>Indicator file {file}, line {line}: syntax error ({detail}).</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có trường “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no field “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: thiếu trường bắt buộc “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: required field “{name}” is missing.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: giá trị “{value}” của trường “{name}” không hợp lệ.</source>
        <translation>Indicator file {file}, line {line}, item {item}: invalid value “{value}” for field “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: kỳ “{value}” không hợp lệ.</source>
        <translation>Indicator file {file}, line {line}, item {item}: invalid period “{value}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}: mã “{name}” bị trùng.</source>
        <translation>Indicator file {file}, line {line}: duplicate code “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có danh mục mã “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no code list “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có bảng dữ liệu “{table}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no data table “{table}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: bảng “{table}” không có cột “{column}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: table “{table}” has no column “{column}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không trỏ tới bảng khác.</source>
        <translation>Indicator file {file}, line {line}, item {item}: column “{column}” of table “{table}” does not refer to another table.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” chỉ lưu trên máy này, không được dùng trong báo cáo.</source>
        <translation>Indicator file {file}, line {line}, item {item}: column “{column}” of table “{table}” is kept on this computer only and cannot be used in reports.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không phải số.</source>
        <translation>Indicator file {file}, line {line}, item {item}: column “{column}” of table “{table}” is not a number.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cột “{column}” của bảng “{table}” không phải ngày.</source>
        <translation>Indicator file {file}, line {line}, item {item}: column “{column}” of table “{table}” is not a date.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có phần báo cáo “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no report section “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có cách phân tổ “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no disaggregation “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không phân tổ được “{name}” trên bảng “{table}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: table “{table}” cannot be disaggregated by “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có số liệu nền “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no baseline figure “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: không có cột mục tiêu “{name}”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: there is no target column “{name}”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: cần hoặc “value”, hoặc cả “numerator” và “denominator”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: needs either “value”, or both “numerator” and “denominator”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mẫu số bằng 0 (không chia được).</source>
        <translation>Indicator file {file}, line {line}, item {item}: the denominator is 0 (cannot divide).</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mục tiêu “{value}” phải viết dạng “&gt;= 70” hoặc “&lt;= 5”.</source>
        <translation>Indicator file {file}, line {line}, item {item}: target “{value}” must be written as “&gt;= 70” or “&lt;= 5”.</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu {file}, dòng {line}, mục {item}: mục tiêu “{value}” bằng 0 (luôn đạt, không so sánh được).</source>
        <translation>Indicator file {file}, line {line}, item {item}: target “{value}” is 0 (always met, nothing to compare).</translation>
    </message>
    <message>
        <source>Bộ chỉ tiêu trong tệp {file} có thời gian hiệu lực trùng với bộ chỉ tiêu đã nạp từ tệp {other} ({start} – {end}). Hai bộ chỉ tiêu không được áp dụng cùng một thời gian; bộ đang dùng được giữ nguyên.</source>
        <translation>The indicator set in {file} overlaps in time with the set loaded from {other} ({start} – {end}). Two sets cannot apply at the same time; the sets in force stay as they were.</translation>
    </message>
    <message>
        <source>Chưa có bộ chỉ tiêu áp dụng cho {period}. Đề nghị quản trị viên nạp bộ chỉ tiêu cho kỳ này.</source>
        <translation>No indicator set applies to {period}. Ask the administrator to load a set for this period.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{name}” trong bộ chỉ tiêu áp dụng cho năm {period}.</source>
        <translation>There is no indicator “{name}” in the set that applies to {period}.</translation>
    </message>
    <message>
        <source>Không có cột mục tiêu “{name}” trong bộ chỉ tiêu.</source>
        <translation>The indicator set has no target column “{name}”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{value}” không hợp lệ: ghi dạng “&gt;= 100” hoặc “&lt;= 0” (tỷ lệ không quá 100, “ít nhất” phải lớn hơn 0).</source>
        <translation>Target “{value}” is not valid: write it as “&gt;= 100” or “&lt;= 0” (a share at most 100, “at least” above 0).</translation>
    </message>
    <message>
        <source>{path}: {values} giá trị DHIS2 của {communes} xã, phường, kỳ {period}; {withheld} số nhỏ (1–4 người) không gửi.</source>
        <translation>{path}: {values} DHIS2 values of {communes} communes, period {period}; {withheld} small counts (1–4 people) not sent.</translation>
    </message>
    <message>
        <source>Tệp ánh xạ hợp lệ: {elements} phần tử dữ liệu, {org_units} đơn vị, loại kỳ: {periods}.</source>
        <translation>The mapping is valid: {elements} data elements, {org_units} org units, period types: {periods}.</translation>
    </message>
    <message>
        <source>Dấu vân tay: {fingerprint}</source>
        <translation>fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>{path}: {size} byte, {records} bản ghi, phần {part}/{parts}</source>
        <translation>{path}: {size} bytes, {records} records, part {part}/{parts}</translation>
    </message>
    <message>
        <source>Cảnh báo: có tệp trên 20 MB, quá lớn với phần lớn hộp thư điện tử; dùng --split-mb 15.</source>
        <translation>Warning: a file is over 20 MB, too big for most e-mail; use --split-mb 15.</translation>
    </message>
    <message>
        <source>{hub}: tuyến tỉnh đã nhận {acknowledged}/{listed} gói được liệt kê.</source>
        <translation>{hub}: {acknowledged} acknowledged of {listed} listed.</translation>
    </message>
    <message>
        <source>Tuyến tỉnh giữ lại {count} bản ghi vi phạm quy tắc: xem ở màn hình chính, sửa rồi gửi lại.</source>
        <translation>The province held back {count} records breaking a rule: see the home screen, correct them and send again.</translation>
    </message>
    <message>
        <source>{hub}: biên nhận này đã được nhập trước đây ({acknowledged}/{listed} gói).</source>
        <translation>{hub}: this receipt was imported before ({acknowledged} of {listed}).</translation>
    </message>
    <message>
        <source>Tuyến tỉnh chưa nhận được các gói số: {numbers}.</source>
        <translation>The hub has not received bundles: {numbers}.</translation>
    </message>
    <message>
        <source>{unit} {name}: gói gần nhất {last}, còn thiếu {missing}, xung đột {conflicts}</source>
        <translation>{unit} {name}: last {last}, missing {missing}, conflicts {conflicts}</translation>
    </message>
    <message>
        <source>Chọn đúng một trong hai: --type hoặc --establishment.</source>
        <translation>Give exactly one of --type or --establishment.</translation>
    </message>
    <message>
        <source>Thiếu tệp: hoanhap indicators load TỆP</source>
        <translation>Missing file: hoanhap indicators load FILE</translation>
    </message>
    <message>
        <source>ngày phải viết dạng YYYY-MM-DD: {value}</source>
        <translation>not a date (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <source>cần dạng MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]: {value}</source>
        <translation>expected ESTABLISHMENT_ID@YYYY-MM-DD[@surprise]: {value}</translation>
    </message>
    <message>
        <source>Giai đoạn {period} — mỗi cơ sở được kiểm tra ít nhất một lần</source>
        <translation>Programme {period} — every establishment inspected at least once</translation>
    </message>
    <message>
        <source>Không có kế hoạch kiểm tra nào đang thực hiện.</source>
        <translation>No inspection plan is running.</translation>
    </message>
    <message>
        <source>Kế hoạch {number}: {title} ({start} – {end})</source>
        <translation>Plan {number}: {title} ({start} – {end})</translation>
    </message>
    <message>
        <source>Trong kế hoạch {planned}, đã kiểm tra {done}, quá hạn chưa kiểm tra {not_done}</source>
        <translation>Planned {planned}, inspected {done}, overdue and not inspected {not_done}</translation>
    </message>
    <message>
        <source>T8: {plan_percent} so với kế hoạch ({planned_inspected}/{planned}); {operating_percent} so với mọi cơ sở đang hoạt động ({operating_inspected}/{operating})</source>
        <translation>T8: {plan_percent} of the plan ({planned_inspected}/{planned}); {operating_percent} of all operating establishments ({operating_inspected}/{operating})</translation>
    </message>
    <message>
        <source>T9 — {period}</source>
        <translation>T9 — {period}</translation>
    </message>
    <message>
        <source>Tiếp nhận: {count}</source>
        <translation>Received: {count}</translation>
    </message>
    <message>
        <source>Đã xác minh: {count}</source>
        <translation>Verified: {count}</translation>
    </message>
    <message>
        <source>Đã chuyển xử lý: {count}</source>
        <translation>Passed on: {count}</translation>
    </message>
    <message>
        <source>Đã xử lý xong: {count} ({share})</source>
        <translation>Handled: {count} ({share})</translation>
    </message>
    <message>
        <source>Xử lý trong {days} ngày: {count}</source>
        <translation>Handled within {days} days: {count}</translation>
    </message>
    <message>
        <source>Số ngày xử lý (trung vị): {days}</source>
        <translation>Days to handle (median): {days}</translation>
    </message>
    <message>
        <source>{id}  {name} ({kind}) — nòng cốt {core}/{members}, năm nay: {activities} hoạt động, {reached} người tiếp cận, {supported} người được hỗ trợ; {state}</source>
        <translation>{id}  {name} ({kind}) — core {core}/{members}, this year: {activities} activities, {reached} people reached, {supported} people supported; {state}</translation>
    </message>
    <message>
        <source>ngừng {date}</source>
        <translation>closed {date}</translation>
    </message>
    <message>
        <source>T10 — {period}</source>
        <translation>T10 — {period}</translation>
    </message>
    <message>
        <source>Mô hình đang hoạt động: {count}</source>
        <translation>Models operating: {count}</translation>
    </message>
    <message>
        <source>Thành viên nòng cốt: {core} / {members}</source>
        <translation>Core members: {core} / {members}</translation>
    </message>
    <message>
        <source>Buổi hoạt động: {count} ({participants} lượt người)</source>
        <translation>Activities: {count} ({participants} attendances)</translation>
    </message>
    <message>
        <source>Người được tiếp cận: {count}</source>
        <translation>People reached: {count}</translation>
    </message>
    <message>
        <source>Người được hỗ trợ: {count}</source>
        <translation>People supported: {count}</translation>
    </message>
    <message>
        <source>Số tiếp theo năm {year}: {number}</source>
        <translation>Next number in {year}: {number}</translation>
    </message>
    <message>
        <source>{title} — {period} — {units} xã, phường</source>
        <translation>{title} — {period} — {units} communes and wards</translation>
    </message>
    <message>
        <source>{source}: {name} ({programme}), {count} chỉ tiêu</source>
        <translation>{source}: {name} ({programme}), {count} indicators</translation>
    </message>
    <message>
        <source>{valid}  {source}: {name} ({programme}), {count} chỉ tiêu ({origin}{replaced})</source>
        <translation>{valid}  {source}: {name} ({programme}), {count} indicators ({origin}{replaced})</translation>
    </message>
    <message>
        <source>Đã xóa bản ghi {id}.</source>
        <translation>Record {id} deleted.</translation>
    </message>
    <message>
        <source>Đã ghi tệp {path}.</source>
        <translation>File {path} written.</translation>
    </message>
    <message>
        <source>Đã nhập {added} dòng, bỏ qua {skipped} dòng.</source>
        <translation>{added} rows imported, {skipped} rows left out.</translation>
    </message>
    <message>
        <source>Tệp JSON có trường không có trong biểu mẫu: {fields}</source>
        <translation>The JSON file has fields the form does not have: {fields}</translation>
    </message>
    <message>
        <source>Không đọc được tệp JSON {path}: {reason}</source>
        <translation>Cannot read the JSON file {path}: {reason}</translation>
    </message>
    <message>
        <source>Kiểm tra lại sau {days} ngày.</source>
        <translation>Follow-up inspection after {days} days.</translation>
    </message>
    <message>
        <source>{unit}: đã tạo sổ đăng ký.</source>
        <translation>{unit}: register created.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của tài khoản {user}.</source>
        <translation>The password of account {user} was changed.</translation>
    </message>
    <message>
        <source>Đã mở sổ đăng ký bằng mã khôi phục và đặt mật khẩu mới cho tài khoản {user}.</source>
        <translation>The register was opened with the recovery key and account {user} has a new password.</translation>
    </message>
    <message>
        <source>Đã khôi phục; bản trước đó được giữ tại {path}.</source>
        <translation>Restored; the previous register is kept at {path}.</translation>
    </message>
    <message>
        <source>Chuỗi băm của nhật ký nguyên vẹn: {entries} dòng.</source>
        <translation>The audit log&apos;s hash chain is intact: {entries} entries.</translation>
    </message>
    <message>
        <source>Đã tin cậy thẻ: {role} {unit} {name} (khóa {key}).</source>
        <translation>Card trusted: {role} {unit} {name} (key {key}).</translation>
    </message>
    <message>
        <source>Từ chối {file}: {reason} ({error})</source>
        <translation>Refused {file}: {reason} ({error})</translation>
    </message>
    <message>
        <source>  Giữ lại {table} {id} v{version}: {rules}</source>
        <translation>  Held {table} {id} v{version}: {rules}</translation>
    </message>
    <message>
        <source>Biên nhận: {path}</source>
        <translation>Receipt: {path}</translation>
    </message>
    <message>
        <source>Đã khóa sổ kỳ {period}.</source>
        <translation>Period {period} closed.</translation>
    </message>
    <message>
        <source>Đã xử lý xung đột {table} {id}: {resolution}</source>
        <translation>Conflict resolved {table} {id}: {resolution}</translation>
    </message>
    <message>
        <source>{id} {unit} {table} {record}: ở đây v{local} / gửi đến v{incoming}</source>
        <translation>{id} {unit} {table} {record}: here v{local} / incoming v{incoming}</translation>
    </message>
    <message>
        <source>Đã quay lại phiên bản {version}.</source>
        <translation>Rolled back to version {version}.</translation>
    </message>
    <message>
        <source>Đã cập nhật {previous} -&gt; {version} (bản sao lưu: {backup}).</source>
        <translation>Updated {previous} -&gt; {version} (backup: {backup}).</translation>
    </message>
    <message>
        <source>Hồ sơ được giữ {months} tháng sau lần tiếp xúc cuối.</source>
        <translation>Records are kept {months} months after the last contact.</translation>
    </message>
    <message>
        <source>Đã có người cùng mã và năm sinh ({ids}); chưa thêm. Nếu đúng là người khác, chạy lại với --anyway.</source>
        <translation>Someone has the same code and birth year ({ids}); not added. If this is another person, run again with --anyway.</translation>
    </message>
    <message>
        <source>Chưa chọn xã, phường nào để lập báo cáo.</source>
        <translation>No commune or ward selected for the report.</translation>
    </message>
    <message>
        <source>Xã, phường mã {code} không thuộc phạm vi của đơn vị này.</source>
        <translation>Commune/ward {code} is outside the area of this unit.</translation>
    </message>
    <message>
        <source>Không có danh sách “{name}” (có: {known}).</source>
        <translation>There is no list “{name}” (available: {known}).</translation>
    </message>
    <message>
        <source>Danh sách “{name}” chưa có trong phiên bản này.</source>
        <translation>List “{name}” is not available in this version yet.</translation>
    </message>
    <message>
        <source>Không có số liệu nền “{name}” trong bộ chỉ tiêu đang dùng.</source>
        <translation>There is no baseline figure “{name}” in the indicator set in use.</translation>
    </message>
    <message>
        <source>Số liệu nền phải là số không âm (đã nhập: {value}).</source>
        <translation>A baseline figure must be a non-negative number (entered: {value}).</translation>
    </message>
    <message>
        <source>Chưa có tệp ánh xạ DHIS2 ({path}). Chép tệp mẫu resources/dhis2/dhis2-mapping.example.toml, điền mã DHIS2 rồi nạp bằng lệnh dhis2-mapping.</source>
        <translation>There is no DHIS2 mapping file yet ({path}). Copy the example resources/dhis2/dhis2-mapping.example.toml, fill in the DHIS2 identifiers and install it with the dhis2-mapping command.</translation>
    </message>
    <message>
        <source>Không đọc được tệp ánh xạ DHIS2 {path}: {detail}</source>
        <translation>Cannot read the DHIS2 mapping file {path}: {detail}</translation>
    </message>
    <message>
        <source>Tệp ánh xạ DHIS2 phải ghi format = 1 (đang là “{value}”).</source>
        <translation>The DHIS2 mapping file must say format = 1 (it says “{value}”).</translation>
    </message>
    <message>
        <source>Mục [{name}] của tệp ánh xạ phải là một bảng.</source>
        <translation>The mapping&apos;s [{name}] must be a table.</translation>
    </message>
    <message>
        <source>“{value}” không phải mã UID của DHIS2: cần đúng 11 chữ cái hoặc chữ số, bắt đầu bằng chữ cái.</source>
        <translation>“{value}” is not a DHIS2 UID: it needs exactly 11 letters or digits, starting with a letter.</translation>
    </message>
    <message>
        <source>Mã “{value}” không hợp lệ: từ 1 đến 50 ký tự chữ, số, gạch dưới, gạch ngang hoặc dấu chấm.</source>
        <translation>The code “{value}” is not valid: 1 to 50 letters, digits, underscores, hyphens or dots.</translation>
    </message>
    <message>
        <source>id_scheme phải là UID hoặc CODE (đang là “{value}”).</source>
        <translation>id_scheme must be UID or CODE (it is “{value}”).</translation>
    </message>
    <message>
        <source>Không có loại kỳ “{kind}”: dùng month, quarter, half hoặc year.</source>
        <translation>There is no period kind “{kind}”: use month, quarter, half or year.</translation>
    </message>
    <message>
        <source>Kỳ loại {kind} ứng với loại kỳ DHIS2 “{expected}”, không phải “{value}”.</source>
        <translation>A {kind} period is the DHIS2 period type “{expected}”, not “{value}”.</translation>
    </message>
    <message>
        <source>Tệp ánh xạ chưa cho phép gửi kỳ loại {kind} ({period}): thêm dòng vào mục [periods].</source>
        <translation>The mapping does not allow sending {kind} periods ({period}): add a line to [periods].</translation>
    </message>
    <message>
        <source>Chỉ tiêu {indicator} dùng phân tổ “{dimension}” nhưng mục [disaggregations] không có phân tổ đó.</source>
        <translation>Indicator {indicator} uses the breakdown “{dimension}” but [disaggregations] has no such breakdown.</translation>
    </message>
    <message>
        <source>Phân tổ {dimension} chưa có nhóm nào trong mục options.</source>
        <translation>The breakdown {dimension} has no groups under options.</translation>
    </message>
    <message>
        <source>Tệp ánh xạ chưa gán chỉ tiêu nào cho phần tử dữ liệu DHIS2.</source>
        <translation>The mapping assigns no indicator to a DHIS2 data element.</translation>
    </message>
    <message>
        <source>Hai phân tổ cùng dùng thuộc tính ADX “{value}”: mỗi phân tổ cần một tên riêng.</source>
        <translation>Two breakdowns use the ADX attribute “{value}”: each needs its own name.</translation>
    </message>
    <message>
        <source>{name} (mã {code}) có số liệu kỳ này nhưng chưa có mã đơn vị DHIS2 trong mục [org_units].</source>
        <translation>{name} (code {code}) has data for this period but no DHIS2 org unit in [org_units].</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu {indicator} trong bộ chỉ tiêu của kỳ {period}.</source>
        <translation>There is no indicator {indicator} in the indicator set of period {period}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu {indicator} không có phân tổ theo “{dimension}”.</source>
        <translation>Indicator {indicator} has no breakdown by “{dimension}”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu {indicator}: nhóm “{option}” của phân tổ {dimension} chưa có mã trong tệp ánh xạ.</source>
        <translation>Indicator {indicator}: the group “{option}” of the breakdown {dimension} has no identifier in the mapping.</translation>
    </message>
    <message>
        <source>Tệp ADX cần mã bộ dữ liệu (data_set) của DHIS2 trong tệp ánh xạ.</source>
        <translation>An ADX file needs the DHIS2 data set (data_set) in the mapping.</translation>
    </message>
    <message>
        <source>Định dạng “{value}” không có: chọn json hoặc adx.</source>
        <translation>There is no format “{value}”: choose json or adx.</translation>
    </message>
    <message>
        <source>Chỉ tuyến tỉnh xuất số liệu sang DHIS2.</source>
        <translation>Only a hub exports figures to DHIS2.</translation>
    </message>
    <message>
        <source>Nguồn tiếp nhận tin báo không hợp lệ.</source>
        <translation>The channel of the tip-off is not valid.</translation>
    </message>
    <message>
        <source>Đối tượng của tin báo không hợp lệ.</source>
        <translation>The subject of the tip-off is not valid.</translation>
    </message>
    <message>
        <source>Giá trị đã chọn không hợp lệ.</source>
        <translation>The value chosen is not valid.</translation>
    </message>
    <message>
        <source>Nội dung có dãy số giống số điện thoại hoặc số giấy tờ: không ghi thông tin nhận diện người.</source>
        <translation>The description holds a run of digits like a phone or ID number: do not write anything that identifies a person.</translation>
    </message>
    <message>
        <source>Chỉ gắn cơ sở kinh doanh khi tin báo phản ánh về một cơ sở kinh doanh.</source>
        <translation>Link a business only when the tip-off is about a business.</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở kinh doanh đã chọn (có thể đã bị xóa).</source>
        <translation>The chosen business was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Ngày xác minh không được trước ngày tiếp nhận ({received}).</source>
        <translation>The verification date cannot be before the date received ({received}).</translation>
    </message>
    <message>
        <source>Ngày chuyển xử lý không được trước ngày tiếp nhận ({received}).</source>
        <translation>The date passed on cannot be before the date received ({received}).</translation>
    </message>
    <message>
        <source>Ngày xử lý xong không được trước ngày tiếp nhận ({received}).</source>
        <translation>The date handled cannot be before the date received ({received}).</translation>
    </message>
    <message>
        <source>Ngày xử lý xong không được trước ngày xác minh ({verified}).</source>
        <translation>The date handled cannot be before the verification date ({verified}).</translation>
    </message>
    <message>
        <source>Ngày xử lý xong không được trước ngày chuyển xử lý ({passed_on}).</source>
        <translation>The date handled cannot be before the date passed on ({passed_on}).</translation>
    </message>
    <message>
        <source>Đã có ngày xác minh thì phải chọn kết quả xác minh.</source>
        <translation>A verification date needs a verification result.</translation>
    </message>
    <message>
        <source>Đã chọn kết quả xác minh thì phải có ngày xác minh.</source>
        <translation>A verification result needs a verification date.</translation>
    </message>
    <message>
        <source>Đã có ngày chuyển thì phải chọn nơi nhận chuyển xử lý.</source>
        <translation>A date passed on needs the body it was passed to.</translation>
    </message>
    <message>
        <source>Đã chọn nơi nhận thì phải có ngày chuyển xử lý.</source>
        <translation>The body it was passed to needs a date.</translation>
    </message>
    <message>
        <source>Đã có ngày xử lý xong thì phải chọn kết quả xử lý.</source>
        <translation>A date handled needs an outcome.</translation>
    </message>
    <message>
        <source>Đã chọn kết quả xử lý thì phải có ngày xử lý xong.</source>
        <translation>An outcome needs the date handled.</translation>
    </message>
    <message>
        <source>Không tìm thấy tin báo (có thể đã bị xóa).</source>
        <translation>The tip-off was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Tin báo này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just changed this tip-off. Open it again to see the latest version.</translation>
    </message>
    <message>
        <source>Loại mô hình không hợp lệ.</source>
        <translation>The kind of model is not valid.</translation>
    </message>
    <message>
        <source>Loại hoạt động không hợp lệ.</source>
        <translation>The kind of activity is not valid.</translation>
    </message>
    <message>
        <source>Loại dịch vụ hỗ trợ không hợp lệ.</source>
        <translation>The service category is not valid.</translation>
    </message>
    <message>
        <source>Số thành viên nòng cốt ({core}) không được lớn hơn tổng số thành viên ({members}).</source>
        <translation>Core members ({core}) cannot be more than members ({members}).</translation>
    </message>
    <message>
        <source>Số người mới được tiếp cận ({new}) không được lớn hơn số người tham gia ({participants}).</source>
        <translation>People newly reached ({new}) cannot be more than participants ({participants}).</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ phải từ 1 trở lên.</source>
        <translation>People supported must be 1 or more.</translation>
    </message>
    <message>
        <source>Ngày ngừng hoạt động không được trước ngày thành lập ({established}).</source>
        <translation>The date it stopped cannot be before it was set up ({established}).</translation>
    </message>
    <message>
        <source>Ngày này ở trước ngày thành lập mô hình ({established}).</source>
        <translation>This date is before the model was set up ({established}).</translation>
    </message>
    <message>
        <source>Ngày này ở sau ngày mô hình ngừng hoạt động ({closed}).</source>
        <translation>This date is after the model stopped ({closed}).</translation>
    </message>
    <message>
        <source>Mô hình đã có hoạt động hoặc số người được hỗ trợ ghi ngày {day}: ngày thành lập không được sau ngày đó.</source>
        <translation>The model has an activity or support recorded on {day}: it cannot have been set up after that day.</translation>
    </message>
    <message>
        <source>Mô hình đã có hoạt động hoặc số người được hỗ trợ ghi ngày {day}: ngày ngừng hoạt động không được trước ngày đó.</source>
        <translation>The model has an activity or support recorded on {day}: it cannot have stopped before that day.</translation>
    </message>
    <message>
        <source>Mô hình đã có {count} bản ghi hoạt động, hỗ trợ nên không xóa được; hãy ghi ngày ngừng hoạt động.</source>
        <translation>The model has {count} activity or support records, so it cannot be deleted; enter the date it stopped instead.</translation>
    </message>
    <message>
        <source>Không tìm thấy mô hình hoặc bản ghi (có thể đã bị xóa).</source>
        <translation>The model or record was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Bản ghi này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.</source>
        <translation>Someone else has just changed this record. Open it again to see the latest version.</translation>
    </message>
    <message>
        <source>Gợi ý: định mức QĐ 1875/QĐ-LĐTBXH tính câu lạc bộ có tối đa {max} thành viên nòng cốt (vẫn lưu được).</source>
        <translation>Guidance: the QĐ 1875/QĐ-LĐTBXH cost norm counts a club of at most {max} core members (it can still be saved).</translation>
    </message>
    <message>
        <source>Gợi ý: năm nay mô hình mới tiếp cận {reached} người; định mức QĐ 1875/QĐ-LĐTBXH là ít nhất {min} người.</source>
        <translation>Guidance: this year the model has reached {reached} people so far; the QĐ 1875/QĐ-LĐTBXH norm is at least {min} people.</translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ quan ban hành văn bản (ví dụ: ỦY BAN NHÂN DÂN / XÃ XUÂN LŨNG).</source>
        <translation>Enter the name of the issuing body (e.g. ỦY BAN NHÂN DÂN / XÃ XUÂN LŨNG).</translation>
    </message>
    <message>
        <source>Chưa nhập thẩm quyền, chức vụ người ký (ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).</source>
        <translation>Enter the signing authority and title (e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).</translation>
    </message>
    <message>
        <source>Chưa nhập chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản (ví dụ: UBND, SYT).</source>
        <translation>Enter the issuing body&apos;s abbreviation used in document symbols (e.g. UBND, SYT).</translation>
    </message>
    <message>
        <source>Chữ viết tắt “{symbol}” không được có dấu cách hay dấu “/” (ví dụ: UBND, SYT).</source>
        <translation>The abbreviation “{symbol}” must not contain spaces or “/” (e.g. UBND, SYT).</translation>
    </message>
    <message>
        <source>Thể thức văn bản: mỗi mục tối đa {lines} dòng, mỗi dòng tối đa {max} ký tự.</source>
        <translation>Letterhead: at most {lines} lines per field and {max} characters per line.</translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên từ 1 trở lên (đã nhập: {value}).</source>
        <translation>The document number must be a whole number from 1 up (entered: {value}).</translation>
    </message>
    <message>
        <source>Số {number}/{kind}-{symbol} năm {year} đã cấp cho văn bản “{title}”. Hãy chọn số khác (số còn trống tiếp theo: {next}). Chưa lưu gì.</source>
        <translation>Number {number}/{kind}-{symbol} of {year} was already given to “{title}”. Choose another number (next free number: {next}). Nothing was saved.</translation>
    </message>
    <message>
        <source>Không tìm thấy văn bản trong sổ đăng ký (có thể đã bị xóa).</source>
        <translation>The document was not found in the register (it may have been removed).</translation>
    </message>
    <message>
        <source>Tệp thuyết minh không đọc được: {reason}. Dùng TOML với các mục situation, results, shortcomings, proposals.</source>
        <translation>The narrative file cannot be read: {reason}. Use TOML with the keys situation, results, shortcomings, proposals.</translation>
    </message>
    <message>
        <source>Không ghi được vào {path}: ổ đĩa đã bị rút ra hoặc bị lỗi. Không có tệp dở dang nào mang tên thật; hãy cắm lại rồi thử lại.</source>
        <translation>Cannot write to {path}: the drive was removed or failed. No half-written file carries a real name; plug it in again and retry.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} là của {unit}, không phải của {ours}. Không khôi phục; sổ đăng ký vẫn nguyên.</source>
        <translation>The backup {path} belongs to {unit}, not to {ours}. Not restored; the register is unchanged.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} do phiên bản mới hơn ({version}) tạo ra. Hãy cập nhật ứng dụng trước khi khôi phục.</source>
        <translation>The backup {path} was made by a newer version ({version}). Update the application before restoring it.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải gói cập nhật của Hòa Nhập hoặc bị cắt dở. Không có gì thay đổi.</source>
        <translation>The file {path} is not a Hòa Nhập update package, or it is cut short. Nothing was changed.</translation>
    </message>
    <message>
        <source>Chữ ký của gói cập nhật {path} không đúng: gói đã bị sửa hoặc không do đơn vị phát hành ký. Không cài; không có gì thay đổi.</source>
        <translation>The signature of the update package {path} does not match: the package was altered or was not signed by the publisher. Not installed; nothing was changed.</translation>
    </message>
    <message>
        <source>Gói cập nhật {path} được ký bằng khóa {key_id}, không phải khóa phát hành của Hòa Nhập. Không cài; không có gì thay đổi.</source>
        <translation>The update package {path} is signed with key {key_id}, not the Hòa Nhập release key. Not installed; nothing was changed.</translation>
    </message>
    <message>
        <source>Gói cập nhật {path} là phiên bản {version}, không mới hơn phiên bản đang dùng ({installed}). Không cài; không có gì thay đổi.</source>
        <translation>The update package {path} is version {version}, not newer than the version in use ({installed}). Not installed; nothing was changed.</translation>
    </message>
    <message>
        <source>Phiên bản {version} không khởi động được ({detail}). Đã quay về phiên bản {previous}; dữ liệu vẫn nguyên.</source>
        <translation>Version {version} failed to start ({detail}). Back to version {previous}; the data is unchanged.</translation>
    </message>
    <message>
        <source>Không có phiên bản trước để quay về.</source>
        <translation>There is no previous version to go back to.</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi.</source>
        <translation>An unexpected error occurred. No data was changed.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>Cho phép đưa vào số liệu</source>
        <translation>Let into the figures</translation>
    </message>
    <message>
        <source>Lý do (được ghi vào nhật ký, ví dụ: đã gọi điện xác minh với xã):</source>
        <translation>Reason (kept in the audit log, e.g. confirmed by phone with the commune):</translation>
    </message>
    <message>
        <source>Đã đưa bản ghi của {unit} vào số liệu; lý do đã được ghi vào nhật ký.</source>
        <translation>The record of {unit} is now in the figures; the reason was written to the audit log.</translation>
    </message>
    <message>
        <source>Bản ghi của {unit} vẫn bị giữ lại; xã thấy nó trong giấy báo nhận, sửa và gửi lại.</source>
        <translation>The record of {unit} stays held back; the commune sees it in the receipt, corrects it and sends it again.</translation>
    </message>
    <message>
        <source>Các bản ghi dưới đây vi phạm quy tắc nhập liệu nên chưa được đưa vào số liệu, báo cáo của tỉnh; phần còn lại của gói vẫn được nhập. Khi xã gửi lại bản đã sửa, bản ghi tự được thay thế. Cán bộ có thể cho phép đưa một bản ghi vào số liệu kèm lý do.</source>
        <translation>The records below break a data-entry rule, so they are not in the province&apos;s figures or reports; the rest of each bundle was imported. When the commune sends a corrected version, it replaces the held record. An officer may let a record into the figures with a reason.</translation>
    </message>
    <message>
        <source>Cho phép, ghi lý do…</source>
        <translation>Let in, with a reason…</translation>
    </message>
    <message>
        <source>Để xã sửa</source>
        <translation>Leave for the commune</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Chọn các gói dữ liệu nhận được</source>
        <translation>Choose the bundles received</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.hnb);;Mọi tệp (*)</source>
        <translation>Bundles (*.hnb);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói dữ liệu (USB, thư mục tệp đính kèm email…)</source>
        <translation>Choose a folder holding bundles (USB stick, email attachments folder…)</translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký và giải mã để xem trước…</source>
        <translation>Checking signatures and decrypting for the preview…</translation>
    </message>
    <message>
        <source>Xem trước xong: chưa có gì được ghi vào sổ.</source>
        <translation>Preview done: nothing has been written to the register yet.</translation>
    </message>
    <message>
        <source>Sẽ nhập {bundles} gói: {new} bản ghi mới, {changed} sửa, {deleted} xóa, {conflicts} xung đột. Bị từ chối: {refused} tệp. Đã nhập trước đây: {skipped} gói.</source>
        <translation>Will import {bundles} bundle(s): {new} new records, {changed} changed, {deleted} deleted, {conflicts} conflicts. Refused: {refused} file(s). Imported before: {skipped} bundle(s).</translation>
    </message>
    <message>
        <source>Đã nhập {bundles} gói: {new} bản ghi mới, {changed} sửa, {deleted} xóa, {conflicts} xung đột. Bị từ chối: {refused} tệp. Đã nhập trước đây: {skipped} gói.</source>
        <translation>Imported {bundles} bundle(s): {new} new records, {changed} changed, {deleted} deleted, {conflicts} conflicts. Refused: {refused} file(s). Imported before: {skipped} bundle(s).</translation>
    </message>
    <message>
        <source>{count} bản ghi vi phạm quy tắc sẽ bị giữ lại (xem thẻ “Bị giữ lại” sau khi nhập).</source>
        <translation>{count} records breaking a rule would be held back (see the “Held back” tab after importing).</translation>
    </message>
    <message>
        <source>{count} bản ghi vi phạm quy tắc bị giữ lại, chưa vào số liệu (thẻ “Bị giữ lại”).</source>
        <translation>{count} records breaking a rule were held back, not in the figures (“Held back” tab).</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Đã ghi {count} giấy báo nhận vào {folder}: {files}. Gửi mỗi tệp cho xã/phường tương ứng.</source>
        <translation>Wrote {count} receipt(s) to {folder}: {files}. Send each file to its commune.</translation>
    </message>
    <message>
        <source>Không có gói nào được nhập.</source>
        <translation>No bundle was imported.</translation>
    </message>
    <message>
        <source>Có {count} xung đột cần xử lý ở thẻ “Xung đột”.</source>
        <translation>{count} conflict(s) to resolve on the “Conflicts” tab.</translation>
    </message>
    <message>
        <source>Nhập {count} gói</source>
        <translation>Import {count} bundle(s)</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nhận gói dữ liệu</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <source>Theo từng xã/phường</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>Xung đột ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Bị giữ lại ({count})</source>
        <translation>Held back ({count})</translation>
    </message>
    <message>
        <source>Bị giữ lại</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Thẻ đơn vị và mã vân tay</source>
        <translation>Office cards and fingerprints</translation>
    </message>
    <message>
        <source>Chọn một hay nhiều gói dữ liệu (.hnb) nhận qua USB hoặc email, hoặc cả một thư mục. Mỗi gói được kiểm tra chữ ký, giải mã và xem trước; chưa có gì được ghi cho đến khi bấm “Nhập”. Gói nào hỏng hoặc không đúng người gửi thì bị từ chối riêng, không ảnh hưởng các gói khác.</source>
        <translation>Choose one or more bundles (.hnb) received by USB stick or email, or a whole folder. Each bundle&apos;s signature is checked, it is decrypted and previewed; nothing is written until you press “Import”. A damaged bundle or one from the wrong sender is refused on its own without affecting the others.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Mở thư mục giấy báo nhận</source>
        <translation>Open the receipts folder</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thông tin hợp lệ.</source>
        <translation>The information is valid.</translation>
    </message>
    <message>
        <source>Bỏ thay đổi?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Bỏ đi?</source>
        <translation>What you just entered has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Mã khôi phục:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Tài khoản cần đặt lại:</source>
        <translation>Account to reset:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>Khôi phục quyền truy cập</source>
        <translation>Recover access</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Mã khôi phục mới (mã cũ không còn dùng được). Mã chỉ hiện một lần: hãy in phiếu và cất trong tủ khóa của cơ quan.</source>
        <translation>New recovery key (the old key no longer works). It is shown only once: print the sheet and keep it in the office&apos;s locked cabinet.</translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục…</source>
        <translation>Print the recovery sheet…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mã khôi phục mới</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục</source>
        <translation>Print the recovery sheet</translation>
    </message>
    <message>
        <source>Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy.</source>
        <translation>The sheet was sent to the printer; no file was kept on this PC.</translation>
    </message>
    <message>
        <source>Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy.</source>
        <translation>Sheet saved. Print it, then delete the file from this computer.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Hãy ghi lý do phải chuyển gửi khi người này chưa đồng ý.</source>
        <translation>Enter why the referral is needed although this person has not consented.</translation>
    </message>
    <message>
        <source>Giới thiệu, chuyển gửi</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Chuyển gửi cho người có mã {code}</source>
        <translation>Referral for person {code}</translation>
    </message>
    <message>
        <source>Dịch vụ cần:</source>
        <translation>Service needed:</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Ngày giới thiệu:</source>
        <translation>Referral date:</translation>
    </message>
    <message>
        <source>Ngày hẹn theo dõi:</source>
        <translation>Follow-up date:</translation>
    </message>
    <message>
        <source>Lý do phải chuyển gửi ngay (bắt buộc):</source>
        <translation>Why the referral cannot wait (required):</translation>
    </message>
    <message>
        <source>Cách đúng: đóng cửa sổ này, bấm “Đồng ý…” trong hồ sơ để ghi ý kiến đồng ý, rồi chuyển gửi.</source>
        <translation>The right way: close this window, click “Consent…” in the case file to record consent, then refer.</translation>
    </message>
    <message>
        <source>Vẫn chuyển gửi khi chưa có đồng ý (việc này được ghi vào nhật ký)</source>
        <translation>Refer without consent anyway (this is logged)</translation>
    </message>
    <message>
        <source>Lý do chỉ lưu trên máy này, không gửi đi.</source>
        <translation>The reason is kept on this computer only, never sent.</translation>
    </message>
    <message>
        <source>Lưu phiếu giới thiệu</source>
        <translation>Save referral</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Cập nhật phiếu {code}</source>
        <translation>Update referral {code}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {partner}&lt;br&gt;{service}, giới thiệu ngày {referred}. Hiện tại: &lt;b&gt;{status}&lt;/b&gt; (từ {since}).</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {partner}&lt;br&gt;{service}, referred on {referred}. Now: &lt;b&gt;{status}&lt;/b&gt; (since {since}).</translation>
    </message>
    <message>
        <source>Phiếu đã kết thúc: chỉ còn ghi được phản hồi của nơi nhận.</source>
        <translation>The referral is closed: only the recipient&apos;s feedback can still be recorded.</translation>
    </message>
    <message>
        <source>Chuyển sang:</source>
        <translation>Change to:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Ngày có kết quả:</source>
        <translation>Outcome date:</translation>
    </message>
    <message>
        <source>Phản hồi của nơi nhận:</source>
        <translation>Recipient&apos;s feedback:</translation>
    </message>
    <message>
        <source>Kết quả có vào ngày khác ngày trên</source>
        <translation>The outcome came on a different date</translation>
    </message>
    <message>
        <source>Phản hồi chỉ lưu trên máy này, không gửi đi.</source>
        <translation>Feedback is kept on this computer only, never sent.</translation>
    </message>
    <message>
        <source>(chưa có kết quả)</source>
        <translation>(no outcome yet)</translation>
    </message>
</context>
<context>
    <name>RegisterClientDialog</name>
    <message>
        <source>Hãy đánh dấu ô xác nhận về người chưa thành niên trước khi lưu.</source>
        <translation>Tick the box acknowledging this is a minor before saving.</translation>
    </message>
    <message>
        <source>Thông tin hợp lệ.</source>
        <translation>The information is valid.</translation>
    </message>
    <message>
        <source>Bỏ thay đổi?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Bỏ đi?</source>
        <translation>What you just entered has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>{fact} (không bắt buộc):</source>
        <translation>{fact} (optional):</translation>
    </message>
    <message>
        <source>Đăng ký người được hỗ trợ</source>
        <translation>Register client</translation>
    </message>
    <message>
        <source>Tạo mã số</source>
        <translation>Create code</translation>
    </message>
    <message>
        <source>Thông tin lưu trong sổ</source>
        <translation>Information kept in the register</translation>
    </message>
    <message>
        <source>Mã số sẽ là:</source>
        <translation>The code will be:</translation>
    </message>
    <message>
        <source>Thông tin này chỉ dùng để tạo mã, không được lưu. Giới tính và năm sinh bên dưới cũng góp vào mã.</source>
        <translation>This information is used only to create the code and is not stored. Sex and birth year below also go into the code.</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Birth year:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Nơi làm việc:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <source>Ngày gặp lần đầu:</source>
        <translation>First met on:</translation>
    </message>
    <message>
        <source>Biết đến qua:</source>
        <translation>Came via:</translation>
    </message>
    <message>
        <source>Tên gọi (không bắt buộc):</source>
        <translation>Nickname (optional):</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>ví dụ 1995</source>
        <translation>e.g. 1995</translation>
    </message>
    <message>
        <source>Tên gọi và ghi chú chỉ lưu trên máy này, được mã hóa, không bao giờ gửi đi. Không ghi họ tên thật, số điện thoại hay số giấy tờ.</source>
        <translation>Nickname and notes are kept encrypted on this computer only and never sent. Do not enter real names, phone numbers or ID numbers.</translation>
    </message>
    <message>
        <source>Tôi đã biết đây là người chưa thành niên và sẽ xử lý theo quy định riêng.</source>
        <translation>I know this is a minor and will follow the special rules.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportDefinitionsDialog</name>
    <message>
        <source>có sẵn trong ứng dụng</source>
        <translation>shipped with the application</translation>
    </message>
    <message>
        <source>do quản trị viên nạp</source>
        <translation>loaded by an administrator</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bộ chỉ tiêu theo thời gian áp dụng&lt;/b&gt; (báo cáo dùng bộ có thời gian bao trùm kỳ báo cáo):</source>
        <translation>&lt;b&gt;Indicator sets by validity&lt;/b&gt; (a report uses the set whose dates hold its whole period):</translation>
    </message>
    <message>
        <source>; bộ đã nạp được dùng cho thời gian trùng</source>
        <translation>; the loaded set is used where they overlap</translation>
    </message>
    <message>
        <source>{start} – {end}: {programme} ({code}), {count} chỉ tiêu; tệp {file} ({origin}).</source>
        <translation>{start} – {end}: {programme} ({code}), {count} indicators; file {file} ({origin}).</translation>
    </message>
    <message>
        <source>Chọn tệp định nghĩa chỉ tiêu</source>
        <translation>Choose an indicator definition file</translation>
    </message>
    <message>
        <source>Tệp chỉ tiêu (*.toml);;Mọi tệp (*)</source>
        <translation>Indicator files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>{problem}
Bộ chỉ tiêu đang dùng không thay đổi.</source>
        <translation>{problem}
The indicator set in force is unchanged.</translation>
    </message>
    <message>
        <source>Đã nạp {count} chỉ tiêu từ tệp {file}. Các báo cáo từ nay theo bộ chỉ tiêu này.</source>
        <translation>Loaded {count} indicators from {file}. Reports follow this set from now on.</translation>
    </message>
    <message>
        <source>Bộ chỉ tiêu báo cáo</source>
        <translation>Report indicator set</translation>
    </message>
    <message>
        <source>Khi có chương trình hoặc kế hoạch mới (ví dụ giai đoạn 2026–2035), quản trị viên nạp tệp định nghĩa chỉ tiêu do tỉnh cung cấp; tệp ghi rõ thời gian áp dụng (valid_from, valid_to). Tệp được kiểm tra toàn bộ trước khi dùng; nếu có lỗi hoặc trùng thời gian với bộ đã nạp khác, các bộ hiện tại được giữ nguyên.</source>
        <translation>When a new programme or plan arrives (e.g. 2026–2035), the administrator loads the indicator file the province provides; the file states when it applies (valid_from, valid_to). The file is checked in full first; if anything is wrong, or it overlaps another loaded set, the sets in force stay as they were.</translation>
    </message>
    <message>
        <source>Nạp tệp định nghĩa mới…</source>
        <translation>Load a new definition file…</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được nạp bộ chỉ tiêu mới.</source>
        <translation>Only an administrator may load a new indicator set.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportIssueDialog</name>
    <message>
        <source>Số văn bản và thuyết minh báo cáo</source>
        <translation>Report number and narrative</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: số của báo cáo trong sổ đăng ký văn bản đi và các phần lời của báo cáo gửi cấp trên. Được in vào PDF và ghi vào trang “Thuyết minh” của tệp Excel.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: the report&apos;s number in the register of outgoing documents and the written sections of a report to superiors. Printed in the PDF and written to the “Thuyết minh” sheet of the Excel file.</translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>I. Tình hình chung:</source>
        <translation>I. General situation:</translation>
    </message>
    <message>
        <source>II. Kết quả thực hiện:</source>
        <translation>II. Results:</translation>
    </message>
    <message>
        <source>III. Tồn tại, hạn chế và nguyên nhân:</source>
        <translation>III. Shortcomings and their causes:</translation>
    </message>
    <message>
        <source>IV. Đề xuất, kiến nghị:</source>
        <translation>IV. Proposals:</translation>
    </message>
    <message>
        <source>Lưu vào sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportParametersDialog</name>
    <message>
        <source>“{name}”: hãy nhập một số không âm, ví dụ 1.250 hoặc 37,5.</source>
        <translation>“{name}”: enter a number that is not negative, e.g. 1.250 or 37,5.</translation>
    </message>
    <message>
        <source>Số liệu nền của kỳ báo cáo</source>
        <translation>Baseline figures of the period</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt;: các số liệu dùng làm mẫu số cho chỉ tiêu tỷ lệ (ví dụ số học sinh trên địa bàn). Để trống nếu chưa có số liệu; chỉ tiêu đó sẽ ghi “Không đủ dữ liệu”.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;: the figures used as denominators of share indicators (e.g. students in the area). Leave a field empty when the figure is not known; that indicator then shows “Not enough data”.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportTargetsDialog</name>
    <message>
        <source>Không có thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>{problem}
Chưa lưu chỉ tiêu nào.</source>
        <translation>{problem}
No target was saved.</translation>
    </message>
    <message>
        <source>Đã lưu {count} chỉ tiêu của năm {year}.</source>
        <translation>Saved {count} targets for {year}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm của đơn vị</source>
        <translation>This office&apos;s targets for the year</translation>
    </message>
    <message>
        <source>Nhập chỉ tiêu kế hoạch năm của tỉnh (hoặc của xã) vào cột “Đơn vị nhập”, dạng “&gt;= 100” (tỷ lệ %) hoặc “&gt;= 3.500” (số người); để trống để dùng chỉ tiêu trong bộ chỉ tiêu. Chỉ tiêu nhập ở đây thay chỉ tiêu trong bộ cho các báo cáo trong năm; chỉ tiêu số lượng chỉ đánh giá trên báo cáo cả năm. Ở tuyến tỉnh, báo cáo toàn tỉnh dùng chỉ tiêu do tỉnh nhập.</source>
        <translation>Enter the province&apos;s (or commune&apos;s) annual plan targets in the “Entered here” column, as “&gt;= 100” (a share in %) or “&gt;= 3.500” (people); leave it empty to use the set&apos;s target. A target entered here replaces the set&apos;s for reports within the year; count targets are judged on the whole year&apos;s report only. At a hub, the province report uses the targets the province entered.</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Cột mục tiêu</source>
        <translation>Target column</translation>
    </message>
    <message>
        <source>Trong bộ chỉ tiêu</source>
        <translation>In the set</translation>
    </message>
    <message>
        <source>Đơn vị nhập</source>
        <translation>Entered here</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được nhập chỉ tiêu năm.</source>
        <translation>Only an administrator enters the year&apos;s targets.</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <source>lượt</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>cơ sở</source>
        <translation>businesses</translation>
    </message>
    <message>
        <source>buổi</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>xã</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>vụ</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>tờ</source>
        <translation>leaflets</translation>
    </message>
    <message>
        <source>chiếc</source>
        <translation>pieces</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>VND</translation>
    </message>
    <message>
        <source>mô hình</source>
        <translation>models</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Mục tiêu này không đánh giá trên loại kỳ đã chọn (ví dụ mục tiêu tính theo năm).</source>
        <translation>This target is not judged for the chosen kind of period (e.g. a yearly target).</translation>
    </message>
    <message>
        <source>Chia theo {dimension}</source>
        <translation>By {dimension}</translation>
    </message>
    <message>
        <source>Theo từng xã, phường</source>
        <translation>By commune or ward</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Tử số / mẫu số: {numerator} / {denominator}</source>
        <translation>Numerator / denominator: {numerator} / {denominator}</translation>
    </message>
    <message>
        <source>Bấm mũi tên bên trái để xem chi tiết.</source>
        <translation>Click the arrow on the left for the details.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Đang lập báo cáo {period}…</source>
        <translation>Computing the report for {period}…</translation>
    </message>
    <message>
        <source>Chưa nhập số liệu nền của kỳ này: {names}. Các chỉ tiêu tỷ lệ cần số này ghi “Không đủ dữ liệu”; bấm “Số liệu nền…” để nhập.</source>
        <translation>Baseline figures not entered for this period: {names}. Share indicators that need them show “Not enough data”; click “Baseline figures…” to enter them.</translation>
    </message>
    <message>
        <source>Chọn kỳ báo cáo rồi bấm “Lập báo cáo”.</source>
        <translation>Choose the reporting period, then click “Make report”.</translation>
    </message>
    <message>
        <source>tổng hợp từ {count} xã, phường</source>
        <translation>totals of {count} communes and wards</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; ({start} – {end}), {scope}: &lt;span style=&apos;color:#1b5e20&apos;&gt;{met} chỉ tiêu đạt&lt;/span&gt;, &lt;span style=&apos;color:#b00020&apos;&gt;{not_met} chưa đạt&lt;/span&gt;, &lt;span style=&apos;color:#8a4b00&apos;&gt;{no_data} không đủ dữ liệu&lt;/span&gt;.</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; ({start} – {end}), {scope}: &lt;span style=&apos;color:#1b5e20&apos;&gt;met: {met}&lt;/span&gt;, &lt;span style=&apos;color:#b00020&apos;&gt;not met: {not_met}&lt;/span&gt;, &lt;span style=&apos;color:#8a4b00&apos;&gt;not enough data: {no_data}&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Mục tiêu theo {programme}.</source>
        <translation>Targets of the {programme}.</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ từ 1 đến 4 được hiện là “{small}” để bảo vệ thông tin cá nhân.</source>
        <translation>Counts of supported persons from 1 to 4 show as “{small}” to protect personal information.</translation>
    </message>
    <message>
        <source>Khi in hoặc xuất tệp, số người được hỗ trợ từ 1 đến 4 được ghi là “{small}” vì tệp rời khỏi xã.</source>
        <translation>When printed or exported, counts of 1 to 4 people supported are written as “{small}” because the file leaves the commune.</translation>
    </message>
    <message>
        <source>Đã dừng; không có tệp nào được ghi.</source>
        <translation>Stopped; no file was written.</translation>
    </message>
    <message>
        <source>(chưa cấp số)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo (Excel)</source>
        <translation>Save the report (Excel)</translation>
    </message>
    <message>
        <source>In báo cáo</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Đã gửi báo cáo tới máy in.</source>
        <translation>The report was sent to the printer.</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo vào {file}.</source>
        <translation>Report written to {file}.</translation>
    </message>
    <message>
        <source>Đang ghi {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Lưu danh sách (Excel)</source>
        <translation>Save the list (Excel)</translation>
    </message>
    <message>
        <source>Đã xuất {count} dòng vào {file}.</source>
        <translation>Exported {count} rows to {file}.</translation>
    </message>
    <message>
        <source>Tệp đã được mã hóa; mở bằng mật khẩu vừa đặt.</source>
        <translation>The file is encrypted; open it with the password just set.</translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <source>Đang xuất danh sách… đã ghi {count} dòng</source>
        <translation>Exporting the list… {count} rows written</translation>
    </message>
    <message>
        <source>Buổi truyền thông</source>
        <translation>Communication sessions</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation>Support contacts</translation>
    </message>
    <message>
        <source>Chuyển gửi dịch vụ</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở</source>
        <translation>Business inspections</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>In báo cáo…</source>
        <translation>Print the report…</translation>
    </message>
    <message>
        <source>Số văn bản, thuyết minh…</source>
        <translation>Number, narrative…</translation>
    </message>
    <message>
        <source>Sổ văn bản…</source>
        <translation>Document register…</translation>
    </message>
    <message>
        <source>Cấp số trong sổ đăng ký văn bản và viết các phần tình hình, kết quả, tồn tại, đề xuất trước khi in</source>
        <translation>Give the report its number in the document register and write the situation, results, shortcomings and proposals before printing</translation>
    </message>
    <message>
        <source>Mở mọi chi tiết (giới tính, nhóm tuổi…)</source>
        <translation>Open every breakdown (sex, age band…)</translation>
    </message>
    <message>
        <source>Số liệu nền…</source>
        <translation>Baseline figures…</translation>
    </message>
    <message>
        <source>Nhập các mẫu số dữ liệu không tự có, ví dụ số học sinh trên địa bàn</source>
        <translation>Enter denominators the data cannot know, e.g. the students in the area</translation>
    </message>
    <message>
        <source>Bộ chỉ tiêu…</source>
        <translation>Indicator set…</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm…</source>
        <translation>Targets for the year…</translation>
    </message>
    <message>
        <source>Quản trị viên nhập chỉ tiêu kế hoạch năm của tỉnh, không cần sửa tệp</source>
        <translation>The administrator enters the province&apos;s annual plan targets, without editing a file</translation>
    </message>
    <message>
        <source>Danh sách gốc ra Excel (đủ mọi dòng):</source>
        <translation>Raw list to Excel (every row):</translation>
    </message>
    <message>
        <source>chỉ trong kỳ đã chọn</source>
        <translation>only in the chosen period</translation>
    </message>
    <message>
        <source>Xuất danh sách…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Chưa có bộ chỉ tiêu áp dụng cho kỳ này: không bộ chỉ tiêu nào đã nạp có thời gian hiệu lực bao trùm kỳ báo cáo. Đề nghị quản trị viên nạp bộ chỉ tiêu áp dụng cho kỳ này (nút “Bộ chỉ tiêu…”).</source>
        <translation>No indicator set applies to this period: no loaded set&apos;s validity holds the whole period. Ask the administrator to load a set for it (the “Indicator set…” button).</translation>
    </message>
    <message>
        <source>tổng hợp từ {reporting}/{total} xã, phường đã gửi số liệu kỳ này</source>
        <translation>compiled from the {reporting}/{total} communes that sent data for this period</translation>
    </message>
    <message>
        <source>{codes}: tỷ lệ trên 100% – cần kiểm tra số liệu (không đánh giá là đạt).</source>
        <translation>{codes}: share above 100% – check the data (not judged as met).</translation>
    </message>
    <message>
        <source>Tỷ lệ và đánh giá chỉ tính trên các xã, phường đã gửi số liệu. Chưa báo cáo ({count}): {names}</source>
        <translation>Shares and verdicts count only the communes that sent data. Not reported ({count}): {names}</translation>
    </message>
    <message>
        <source> và {more} xã, phường khác (danh sách đủ trong báo cáo in).</source>
        <translation> and {more} more communes (the full list is in the printed report).</translation>
    </message>
    <message>
        <source>{month}: đúng hạn {on_time}, muộn {late}, chưa báo cáo {missing}</source>
        <translation>{month}: on time {on_time}, late {late}, not reported {missing}</translation>
    </message>
    <message>
        <source>Khóa sổ từng tháng — {months}.</source>
        <translation>Months closed — {months}.</translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <source>Buổi truyền thông</source>
        <translation>Outreach sessions</translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation>People supported</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation>Service contacts</translation>
    </message>
    <message>
        <source>Phiếu giới thiệu</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Lần kiểm tra</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Gói dữ liệu đã gửi</source>
        <translation>Data packages sent</translation>
    </message>
    <message>
        <source>Gói dữ liệu đã nhận</source>
        <translation>Data packages received</translation>
    </message>
    <message>
        <source>Dòng nhật ký</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Các bản ghi khác</source>
        <translation>Other records</translation>
    </message>
</context>
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>KHÔNG ĐẠT</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>nguyên vẹn, {count} dòng</source>
        <translation>intact, {count} entries</translation>
    </message>
    <message>
        <source>bị sửa hoặc hỏng</source>
        <translation>altered or damaged</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Cơ quan:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Sao lưu lúc:</source>
        <translation>Backed up at:</translation>
    </message>
    <message>
        <source>Phiên bản ứng dụng:</source>
        <translation>Application version:</translation>
    </message>
    <message>
        <source>không rõ (bản sao lưu cũ)</source>
        <translation>unknown (older backup)</translation>
    </message>
    <message>
        <source>Phiên bản cơ sở dữ liệu:</source>
        <translation>Database version:</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn tệp:</source>
        <translation>File integrity check:</translation>
    </message>
    <message>
        <source>Chuỗi nhật ký:</source>
        <translation>Log chain:</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Khôi phục sẽ thay sổ đăng ký đang dùng bằng bản này; những gì nhập sau lúc sao lưu sẽ không còn trong sổ (sổ hiện tại được giữ lại thành một bản sao an toàn). Chỉ xem thì bấm Đóng: chưa có gì bị thay đổi.</source>
        <translation>Restoring replaces the register in use with this copy; anything entered after the backup was taken will no longer be in it (the current register is kept as a safety copy). To only look, press Close: nothing has been changed.</translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation>Restore this copy</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kiểm tra bản sao lưu</source>
        <translation>Check a backup</translation>
    </message>
</context>
<context>
    <name>SearchDelay</name>
    <message>
        <source>Gõ các từ cần tìm, có dấu hay không dấu đều được; mọi từ phải có trong dòng. Từ có từ 3 chữ cái trở lên được tìm nhanh qua chỉ mục; từ chỉ 1–2 chữ cái (như “lo”, “12”) phải so từng dòng, nên ở danh sách rất dài có thể chậm hơn. Danh sách hiện ngay các dòng đầu, tổng số đếm sau. Nhấn Enter để tìm ngay.</source>
        <translation>Type the words to find, with or without diacritics; every word must occur in the row. Words of 3 letters or more are found quickly through the index; words of only 1–2 letters (such as “lo”, “12”) are compared row by row, so on a very long list they can be slower. The first rows show at once, the total is counted afterwards. Press Enter to search at once.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Chưa gửi lần nào. Lần gửi đầu tiên mang toàn bộ {count} bản ghi của sổ.</source>
        <translation>Nothing sent yet. The first bundle carries all {count} records of the register.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} bản ghi&lt;/b&gt; thay đổi kể từ lần gửi trước ({when}) sẽ được gửi (kể cả các bản ghi đã xóa).</source>
        <translation>&lt;b&gt;{count} records&lt;/b&gt; changed since the last bundle ({when}) will be sent (deleted records included).</translation>
    </message>
    <message>
        <source>Không có thay đổi nào kể từ lần gửi trước ({when}). Vẫn gửi được: gói trống cho cấp trên biết sổ của xã vẫn được cập nhật.</source>
        <translation>No changes since the last bundle ({when}). You can still send: an empty bundle tells the province office the register is kept up to date.</translation>
    </message>
    <message>
        <source>Gửi tới: &lt;b&gt;{hub}&lt;/b&gt;. Ghi chú riêng, biệt danh và kế hoạch hỗ trợ không bao giờ rời khỏi máy này.</source>
        <translation>Sent to: &lt;b&gt;{hub}&lt;/b&gt;. Private notes, nicknames and support plans never leave this PC.</translation>
    </message>
    <message>
        <source>{count} gói đang chờ cấp trên xác nhận đã nhận.</source>
        <translation>{count} bundle(s) waiting for the province office to acknowledge receipt.</translation>
    </message>
    <message>
        <source>Ba tháng gần nhất – {status}</source>
        <translation>Last three months – {status}</translation>
    </message>
    <message>
        <source>Chọn thư mục hoặc USB để ghi gói dữ liệu</source>
        <translation>Choose a folder or USB stick for the bundle</translation>
    </message>
    <message>
        <source>Đang đóng gói, ký và mã hóa dữ liệu…</source>
        <translation>Packing, signing and encrypting the data…</translation>
    </message>
    <message>
        <source>Đã ghi {files} ({size}) vào {folder}. Tệp quá lớn để đính kèm email (thường tối đa khoảng 20 MB): hãy chép vào USB, hoặc gửi lại và đánh dấu “chia thành nhiều tệp”.</source>
        <translation>Wrote {files} ({size}) to {folder}. The file is too big to attach to an email (usually about 20 MB at most): copy it to a USB stick, or send again with “split into several files” ticked.</translation>
    </message>
    <message>
        <source>Đã ghi {files} ({size}) vào thư mục gửi đi, thư mục đã được mở. Hãy đính kèm tệp vào email gửi cơ quan tổng hợp.</source>
        <translation>Wrote {files} ({size}) to the outbox folder, which is now open. Attach the file to an email to the province office.</translation>
    </message>
    <message>
        <source>Đã ghi {files} ({size}) vào {folder}.</source>
        <translation>Wrote {files} ({size}) to {folder}.</translation>
    </message>
    <message>
        <source>Đã chốt {period}. Lời xác nhận sẽ đi cùng gói dữ liệu gửi tiếp theo.</source>
        <translation>Closed {period}. The statement travels with the next bundle sent.</translation>
    </message>
    <message>
        <source>Chọn giấy báo nhận của cơ quan tổng hợp</source>
        <translation>Choose the province office&apos;s receipt</translation>
    </message>
    <message>
        <source>Giấy báo nhận (*.hnr);;Mọi tệp (*)</source>
        <translation>Receipts (*.hnr);;All files (*)</translation>
    </message>
    <message>
        <source>Giấy báo nhận này của {hub} đã được nhập trước đây.</source>
        <translation>This receipt from {hub} was imported before.</translation>
    </message>
    <message>
        <source>Giấy báo nhận của {hub}: {count} gói vừa được xác nhận đã nhận.</source>
        <translation>Receipt from {hub}: {count} bundle(s) now acknowledged as received.</translation>
    </message>
    <message>
        <source>Cấp trên chưa nhận được gói số {numbers}: hãy gửi lại các tệp đó, hoặc gửi lại toàn bộ dữ liệu.</source>
        <translation>The province office has not received bundle number(s) {numbers}: send those files again, or re-send all data.</translation>
    </message>
    <message>
        <source>Gửi dữ liệu</source>
        <translation>Send data</translation>
    </message>
    <message>
        <source>Thẻ đơn vị và mã vân tay</source>
        <translation>Office cards and fingerprints</translation>
    </message>
    <message>
        <source>Chưa cài thẻ của cơ quan tổng hợp nên chưa gửi được. &lt;a href=&quot;cards&quot;&gt;Cài thẻ của cơ quan tổng hợp…&lt;/a&gt;</source>
        <translation>The province office&apos;s card is not installed, so nothing can be sent yet. &lt;a href=&quot;cards&quot;&gt;Install the province office&apos;s card…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên</source>
        <translation>Send data to the province office</translation>
    </message>
    <message>
        <source>Gửi lại toàn bộ dữ liệu (khi cấp trên báo thiếu hoặc mất gói)</source>
        <translation>Re-send all data (when the province office reports missing or lost bundles)</translation>
    </message>
    <message>
        <source>Khi gửi qua email: chia thành nhiều tệp nếu gói quá lớn (mỗi tệp dưới 20 MB)</source>
        <translation>When sending by email: split into several files if the bundle is large (each under 20 MB)</translation>
    </message>
    <message>
        <source>Gửi vào thư mục / USB…</source>
        <translation>Send to a folder / USB…</translation>
    </message>
    <message>
        <source>Gửi qua email</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <source>Ghi gói vào thư mục gửi đi rồi mở thư mục đó để đính kèm vào email</source>
        <translation>Write the bundle to the outbox folder and open it, to attach to an email</translation>
    </message>
    <message>
        <source>Mở thư mục gửi đi</source>
        <translation>Open outbox folder</translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo</source>
        <translation>Close reporting period</translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo…</source>
        <translation>Close a reporting period…</translation>
    </message>
    <message>
        <source>Các gói đã gửi</source>
        <translation>Bundles sent</translation>
    </message>
    <message>
        <source>Nhập giấy báo nhận…</source>
        <translation>Import a receipt…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Đã sao lưu: {file}</source>
        <translation>Backed up: {file}</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Chọn thư mục dữ liệu mới</source>
        <translation>Choose new data folder</translation>
    </message>
    <message>
        <source>Đã sao chép sổ đăng ký sang {folder}. Lần mở sau ứng dụng sẽ dùng thư mục này.</source>
        <translation>The register was copied to {folder}. The app will use this folder from the next start.</translation>
    </message>
    <message>
        <source>Đang sao chép sổ đăng ký…</source>
        <translation>Copying the register…</translation>
    </message>
    <message>
        <source>Tạo mã khôi phục mới</source>
        <translation>Create new recovery key</translation>
    </message>
    <message>
        <source>Phiếu mã khôi phục cũ sẽ không còn dùng được. Tiếp tục?</source>
        <translation>The old recovery key sheet will no longer work. Continue?</translation>
    </message>
    <message>
        <source>Tạo mã mới</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã lưu thời hạn lưu hồ sơ: {months} tháng sau lần gặp cuối.</source>
        <translation>Retention period saved: {months} months after the last contact.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Cài đặt chung</source>
        <translation>General settings</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Tự khóa sau (phút không dùng):</source>
        <translation>Auto-lock after (idle minutes):</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Chuyển sang thư mục khác…</source>
        <translation>Move to another folder…</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Tạo mã khôi phục mới (khi mất phiếu cũ)…</source>
        <translation>Create new recovery key (if the old sheet is lost)…</translation>
    </message>
    <message>
        <source>Thể thức văn bản: cơ quan ban hành, người ký, nơi nhận…</source>
        <translation>Letterhead: issuing body, signatory, recipients…</translation>
    </message>
    <message>
        <source>Hồ sơ người được hỗ trợ</source>
        <translation>Client files</translation>
    </message>
    <message>
        <source>Thời hạn lưu hồ sơ sau lần gặp cuối (tháng):</source>
        <translation>Keep files after the last contact (months):</translation>
    </message>
    <message>
        <source>Lưu thời hạn</source>
        <translation>Save period</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Hòa Nhập – Thiết lập</source>
        <translation>Hòa Nhập – Setup</translation>
    </message>
    <message>
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu tệp mẫu</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu: {file}</source>
        <translation>Template saved: {file}</translation>
    </message>
    <message>
        <source>Đang đọc {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>(cột {n})</source>
        <translation>(column {n})</translation>
    </message>
    <message>
        <source>— bỏ qua —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>Chưa có gì được ghi vào sổ. Xem lại rồi bấm “Nhập”.</source>
        <translation>Nothing has been written yet. Review, then press “Import”.</translation>
    </message>
    <message>
        <source>Đang nhập vào sổ…</source>
        <translation>Importing into the register…</translation>
    </message>
    <message>
        <source>Chọn tệp Excel…</source>
        <translation>Choose an Excel file…</translation>
    </message>
    <message>
        <source>Tải tệp mẫu…</source>
        <translation>Save the template…</translation>
    </message>
    <message>
        <source>Cột trong tệp và thông tin tương ứng (máy nhớ lựa chọn cho lần sau):</source>
        <translation>Columns of the file and what they hold (remembered for next time):</translation>
    </message>
    <message>
        <source>Chỉ nhập khi mọi dòng đều hợp lệ</source>
        <translation>Import only if every row is good</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Kết nối được (PostgreSQL {version}), nhưng cơ sở dữ liệu này đã có dữ liệu{unit}. Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>Connected (PostgreSQL {version}), but this database already holds data{unit}. Use an empty database.</translation>
    </message>
    <message>
        <source>Kết nối được (PostgreSQL {version}); cơ sở dữ liệu trống, sẵn sàng.</source>
        <translation>Connected (PostgreSQL {version}); the database is empty and ready.</translation>
    </message>
    <message>
        <source>Kết nối được (PostgreSQL {version}). Cơ sở dữ liệu này là của {unit}: máy này sẽ dùng chung cơ quan tổng hợp đó (nhiều cán bộ cùng làm). Bấm Tiếp theo, rồi đăng nhập bằng tài khoản đã được tạo cho bạn ở đó. (Để thiết lập mới, hãy dùng một cơ sở dữ liệu trống.)</source>
        <translation>Connected (PostgreSQL {version}). This database belongs to {unit}: this PC will share that office (several analysts). Press Next, then log in with the account made for you there. (To set up a new one, use an empty database.)</translation>
    </message>
    <message>
        <source>Nơi lưu dữ liệu của cơ quan tổng hợp</source>
        <translation>Where the hub keeps its data</translation>
    </message>
    <message>
        <source>Một cán bộ: lưu trên máy này. Nhiều cán bộ cùng làm: máy chủ cơ sở dữ liệu.</source>
        <translation>One analyst: on this PC. Several analysts at once: a database server.</translation>
    </message>
    <message>
        <source>Trên máy này (tệp được mã hóa)</source>
        <translation>On this PC (an encrypted file)</translation>
    </message>
    <message>
        <source>Máy chủ cơ sở dữ liệu (PostgreSQL 13 trở lên)</source>
        <translation>A database server (PostgreSQL 13 or later)</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Mật khẩu máy chủ:</source>
        <translation>Server password:</translation>
    </message>
    <message>
        <source>Thử kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Máy chủ ở trên mạng phải kết nối có mã hóa (sslmode=verify-full). Mật khẩu máy chủ được lưu trong một tệp chỉ tài khoản máy tính này đọc được. Dữ liệu trên máy chủ do ổ đĩa mã hóa và quyền truy cập của máy chủ bảo vệ: hãy hỏi quản trị máy chủ.</source>
        <translation>A server on the network must be reached with encryption (sslmode=verify-full). The server password is kept in a file only this computer account can read. On the server, the data is protected by disk encryption and the server&apos;s access rules: ask the server&apos;s administrator.</translation>
    </message>
</context>
<context>
    <name>SupportGivenForm</name>
    <message>
        <source>Người được hỗ trợ qua “{name}”</source>
        <translation>People supported through “{name}”</translation>
    </message>
    <message>
        <source>Ngày (hoặc cuối tháng tổng hợp):</source>
        <translation>Date (or the end of the month tallied):</translation>
    </message>
    <message>
        <source>Loại dịch vụ:</source>
        <translation>Service category:</translation>
    </message>
    <message>
        <source>Số người:</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>Chỉ ghi số người, không ghi tên. Người cần theo dõi riêng thì lập hồ sơ ở trang “Người được hỗ trợ”.</source>
        <translation>Enter the number of people only, no names. Someone who needs follow-up gets a case file on the “People supported” page.</translation>
    </message>
</context>
<context>
    <name>SupportModelForm</name>
    <message>
        <source>Sửa thông tin mô hình</source>
        <translation>Edit model</translation>
    </message>
    <message>
        <source>Thêm mô hình hỗ trợ</source>
        <translation>Add support model</translation>
    </message>
    <message>
        <source>Tên mô hình:</source>
        <translation>Name of the model:</translation>
    </message>
    <message>
        <source>Loại mô hình:</source>
        <translation>Kind of model:</translation>
    </message>
    <message>
        <source>Cơ quan, tổ chức chủ trì:</source>
        <translation>Host organisation:</translation>
    </message>
    <message>
        <source>Ngày thành lập:</source>
        <translation>Set up on:</translation>
    </message>
    <message>
        <source>Số thành viên nòng cốt:</source>
        <translation>Core members:</translation>
    </message>
    <message>
        <source>Tổng số thành viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Ngừng hoạt động từ:</source>
        <translation>Stopped on:</translation>
    </message>
    <message>
        <source>Ví dụ: Câu lạc bộ Bạn giúp bạn thôn Đồng Xuân</source>
        <translation>e.g. Friends Help Friends club, Đồng Xuân village</translation>
    </message>
</context>
<context>
    <name>SupportModelsPage</name>
    <message>
        <source>Tên mô hình</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Nòng cốt / thành viên</source>
        <translation>Core / members</translation>
    </message>
    <message>
        <source>Hoạt động năm nay</source>
        <translation>Activities this year</translation>
    </message>
    <message>
        <source>Người tiếp cận năm nay</source>
        <translation>People reached this year</translation>
    </message>
    <message>
        <source>Người được hỗ trợ năm nay</source>
        <translation>People supported this year</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Người mới</source>
        <translation>New people</translation>
    </message>
    <message>
        <source>Loại dịch vụ</source>
        <translation>Service category</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Định mức QĐ 1875/QĐ-LĐTBXH: câu lạc bộ tiếp cận ít nhất {min} người (gợi ý).</source>
        <translation>QĐ 1875/QĐ-LĐTBXH norm: a club reaches at least {min} people (guidance).</translation>
    </message>
    <message>
        <source>Ngừng từ {day}</source>
        <translation>Stopped on {day}</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>&lt;b&gt;T10 – năm {year}:&lt;/b&gt; {models} mô hình đang hoạt động · {core} thành viên nòng cốt / {members} thành viên · {activities} buổi hoạt động ({participants} lượt người) · {reached} người được tiếp cận · {supported} người được hỗ trợ</source>
        <translation>&lt;b&gt;T10 – {year}:&lt;/b&gt; {models} models operating · {core} core members / {members} members · {activities} activities ({participants} person-visits) · {reached} people reached · {supported} people supported</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa mô hình “{name}”? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation>Delete the model “{name}”? The deletion will be sent to the province office.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Xóa dòng đã chọn?</source>
        <translation>Delete the selected line?</translation>
    </message>
    <message>
        <source>Tìm theo tên mô hình, cơ quan chủ trì (gõ không dấu được)</source>
        <translation>Search by model name or host (diacritics optional)</translation>
    </message>
    <message>
        <source>Thêm mô hình…</source>
        <translation>Add model…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hoạt động đã tổ chức</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Người được hỗ trợ (số người, không ghi tên)</source>
        <translation>People supported (counts, no names)</translation>
    </message>
    <message>
        <source>Ghi hoạt động…</source>
        <translation>Record activity…</translation>
    </message>
    <message>
        <source>Ghi số người được hỗ trợ…</source>
        <translation>Record people supported…</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Delete line</translation>
    </message>
</context>
<context>
    <name>SyncData</name>
    <message>
        <source>Buổi truyền thông</source>
        <translation>Outreach session</translation>
    </message>
    <message>
        <source>Hồ sơ người được hỗ trợ</source>
        <translation>Client record</translation>
    </message>
    <message>
        <source>Lần tiếp xúc</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Thay đổi tình trạng hồ sơ</source>
        <translation>Client status change</translation>
    </message>
    <message>
        <source>Sự đồng ý</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Phiếu giới thiệu</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>Kết quả mục kiểm tra</source>
        <translation>Checklist item result</translation>
    </message>
    <message>
        <source>Vi phạm</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Chốt kỳ báo cáo</source>
        <translation>Period closure</translation>
    </message>
    <message>
        <source>Dấu xóa hồ sơ</source>
        <translation>Erasure marker</translation>
    </message>
    <message>
        <source>Tin báo, tố giác</source>
        <translation>Tip-offs</translation>
    </message>
    <message>
        <source>Mô hình hỗ trợ</source>
        <translation>Support models</translation>
    </message>
    <message>
        <source>Hoạt động của mô hình</source>
        <translation>Activity of a support model</translation>
    </message>
    <message>
        <source>Người được hỗ trợ qua mô hình</source>
        <translation>People supported through a model</translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Nhóm đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Tổng số người tham gia</source>
        <translation>Total participants</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày đổi tình trạng</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>{n} byte</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>✔ đã nhận lúc {when}</source>
        <translation>✔ received {when}</translation>
    </message>
    <message>
        <source>chưa có giấy báo nhận</source>
        <translation>no receipt yet</translation>
    </message>
    <message>
        <source>Sẵn sàng nhập</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Đã nhập ✔</source>
        <translation>Imported ✔</translation>
    </message>
    <message>
        <source>Đã nhập trước đây, sẽ bỏ qua</source>
        <translation>Imported before, will be skipped</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>chốt kỳ {periods}</source>
        <translation>closes {periods}</translation>
    </message>
    <message>
        <source>còn thiếu gói số {numbers}</source>
        <translation>bundle number(s) {numbers} still missing</translation>
    </message>
    <message>
        <source>{sequence} (phần {part}/{parts})</source>
        <translation>{sequence} (part {part}/{parts})</translation>
    </message>
    <message>
        <source>chưa chốt</source>
        <translation>not closed</translation>
    </message>
    <message>
        <source>✔ {day}</source>
        <translation>✔ {day}</translation>
    </message>
    <message>
        <source>Chốt {period}</source>
        <translation>{period}</translation>
    </message>
    <message>
        <source>muộn {day}</source>
        <translation>late {day}</translation>
    </message>
    <message>
        <source>trống</source>
        <translation>nil</translation>
    </message>
    <message>
        <source>số {sequence} ({day})</source>
        <translation>no. {sequence} ({day})</translation>
    </message>
    <message>
        <source>đã đăng ký</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>chưa đăng ký</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>phiên bản {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>đã thu hồi ({day})</source>
        <translation>revoked ({day})</translation>
    </message>
    <message>
        <source>đã thay bằng khóa mới</source>
        <translation>replaced by a new key</translation>
    </message>
    <message>
        <source>đang tin cậy</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp</source>
        <translation>Province office</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation>Bundle no.</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận</source>
        <translation>Received by the province</translation>
    </message>
    <message>
        <source>Đơn vị gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kỳ dữ liệu</source>
        <translation>Data period</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Thẻ</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Gói đã nhận</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>Nhập lúc</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Gói còn thiếu</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Bản hiện có</source>
        <translation>Copy held here</translation>
    </message>
    <message>
        <source>Bản mới nhận</source>
        <translation>Copy received</translation>
    </message>
    <message>
        <source>Phát hiện lúc</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quy tắc bị vi phạm</source>
        <translation>Rule broken</translation>
    </message>
    <message>
        <source>Giữ lại lúc</source>
        <translation>Held at</translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Đội kiểm tra hợp lệ, có thể lưu.</source>
        <translation>The team is valid and can be saved.</translation>
    </message>
    <message>
        <source>Sửa đội kiểm tra</source>
        <translation>Edit inspection team</translation>
    </message>
    <message>
        <source>Thêm đội kiểm tra</source>
        <translation>Add inspection team</translation>
    </message>
    <message>
        <source>Tên đội:</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <source>Loại đội:</source>
        <translation>Kind of team:</translation>
    </message>
    <message>
        <source>Quyết định thành lập số:</source>
        <translation>Formed by decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Người ký quyết định:</source>
        <translation>Decision signed by:</translation>
    </message>
    <message>
        <source>Danh sách áp dụng từ:</source>
        <translation>Roster in force from:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Thành viên (cán bộ; không ghi người lao động):</source>
        <translation>Members (officials; never workers):</translation>
    </message>
    <message>
        <source>Ví dụ: Đội kiểm tra liên ngành 178 xã Xuân Lũng</source>
        <translation>E.g. Đội kiểm tra liên ngành 178 xã Xuân Lũng</translation>
    </message>
    <message>
        <source>Ví dụ: Chủ tịch UBND xã Xuân Lũng</source>
        <translation>E.g. Chairman of the Xuân Lũng commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Cơ quan, chức vụ</source>
        <translation>Agency, position</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Bỏ thành viên đã chọn</source>
        <translation>Remove selected member</translation>
    </message>
    <message>
        <source>Lưu đội kiểm tra</source>
        <translation>Save team</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TipOffForm</name>
    <message>
        <source>(chưa xác minh)</source>
        <translation>(not verified yet)</translation>
    </message>
    <message>
        <source>(chưa chuyển)</source>
        <translation>(not passed on)</translation>
    </message>
    <message>
        <source>(chưa xử lý xong)</source>
        <translation>(not handled yet)</translation>
    </message>
    <message>
        <source>(không gắn cơ sở trong danh sách)</source>
        <translation>(no business of the register)</translation>
    </message>
    <message>
        <source>(cơ sở đã xóa)</source>
        <translation>(deleted business)</translation>
    </message>
    <message>
        <source>Số ngày từ khi tiếp nhận đến khi xử lý xong: {days}</source>
        <translation>Days from receipt to handling: {days}</translation>
    </message>
    <message>
        <source>Sửa tin báo</source>
        <translation>Edit tip-off</translation>
    </message>
    <message>
        <source>Ghi nhận tin báo, tố giác, phản ánh</source>
        <translation>Record a tip-off or complaint</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Nguồn tiếp nhận:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Phản ánh về:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>Cơ sở trong danh sách:</source>
        <translation>Business of the register:</translation>
    </message>
    <message>
        <source>Nội dung tóm tắt:</source>
        <translation>Short description:</translation>
    </message>
    <message>
        <source>Ngày xác minh:</source>
        <translation>Verified on:</translation>
    </message>
    <message>
        <source>Kết quả xác minh:</source>
        <translation>Verification result:</translation>
    </message>
    <message>
        <source>Chuyển cho:</source>
        <translation>Passed on to:</translation>
    </message>
    <message>
        <source>Ngày chuyển:</source>
        <translation>Passed on on:</translation>
    </message>
    <message>
        <source>Ngày xử lý xong:</source>
        <translation>Handled on:</translation>
    </message>
    <message>
        <source>Kết quả xử lý:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Xác minh</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Chuyển cơ quan có thẩm quyền</source>
        <translation>Passed on to a competent authority</translation>
    </message>
    <message>
        <source>Kết quả giải quyết</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Ghi ngắn gọn, trung lập: sự việc, địa điểm, thời gian (tối đa {max} ký tự). Không ghi họ tên, số điện thoại của người bị phản ánh hay người báo tin. Nội dung này chỉ lưu trên máy này, không gửi lên cấp trên.</source>
        <translation>Keep it short and neutral: what, where, when (at most {max} characters). Do not write names or phone numbers of the people reported or of the informant. This text stays on this computer and is never sent to the province office.</translation>
    </message>
    <message>
        <source>Ví dụ: phản ánh quán karaoke ở thôn … mở sau 24 giờ, nghi có hoạt động mua bán dâm</source>
        <translation>e.g. report that a karaoke bar in … village stays open after midnight, suspected of prostitution</translation>
    </message>
</context>
<context>
    <name>TipOffModel</name>
    <message>
        <source>Ngày tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Phản ánh về</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Nội dung (chỉ trên máy này)</source>
        <translation>Description (this computer only)</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày xử lý xong</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>đang mở {days}</source>
        <translation>open {days}</translation>
    </message>
</context>
<context>
    <name>TipOffsPage</name>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi nguồn</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{count} tin báo</source>
        <translation>{count} tip-offs</translation>
    </message>
    <message>
        <source>&lt;b&gt;T9 – năm {year}:&lt;/b&gt; tiếp nhận {received} · đã xác minh {verified} · đã chuyển {passed_on} · đã xử lý xong {handled} (&lt;b&gt;{share}&lt;/b&gt;) · xử lý trong {days} ngày: {within} · số ngày xử lý (trung vị): {median}</source>
        <translation>&lt;b&gt;T9 – {year}:&lt;/b&gt; received {received} · verified {verified} · passed on {passed_on} · handled {handled} (&lt;b&gt;{share}&lt;/b&gt;) · handled within {days} days: {within} · days to handle (median): {median}</translation>
    </message>
    <message>
        <source>Xác nhận xóa</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Xóa tin báo tiếp nhận ngày {day}? Việc xóa sẽ được gửi lên cấp trên.</source>
        <translation>Delete the tip-off received on {day}? The deletion will be sent to the province office.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Quá {days} ngày chưa xử lý xong</source>
        <translation>Open for more than {days} days</translation>
    </message>
    <message>
        <source>Tìm trong nội dung (gõ không dấu được)</source>
        <translation>Search the description (diacritics optional)</translation>
    </message>
    <message>
        <source>Ghi nhận tin báo…</source>
        <translation>Record tip-off…</translation>
    </message>
    <message>
        <source>Sửa, cập nhật xử lý…</source>
        <translation>Edit, update handling…</translation>
    </message>
    <message>
        <source>Sổ không ghi họ tên người bị phản ánh hay người báo tin. Nội dung tóm tắt chỉ lưu trên máy này; cấp trên chỉ nhận ngày, nguồn, kết quả xác minh và xử lý.</source>
        <translation>The register keeps no names of the people reported or of informants. The short description stays on this computer; the province office receives only dates, channel, verification and handling.</translation>
    </message>
</context>
<context>
    <name>ViolationEditor</name>
    <message>
        <source>Căn cứ ngoài bảng tham chiếu: ghi rõ văn bản, điều, khoản. Không đề nghị phạt tiền được.</source>
        <translation>Basis outside the reference table: state the document, article and clause. A fine cannot be proposed.</translation>
    </message>
    <message>
        <source>Mức phạt tiền theo văn bản: từ {min} đến {max} đồng.</source>
        <translation>Fine under the regulation: from {min} to {max} VND.</translation>
    </message>
    <message>
        <source>Mức phạt tiền đối với tổ chức: từ {min} đến {max} đồng.</source>
        <translation>Fine range for an organisation: {min} to {max} VND.</translation>
    </message>
    <message>
        <source>Có thể cảnh cáo thay cho phạt tiền.</source>
        <translation>A warning may be given instead of a fine.</translation>
    </message>
    <message>
        <source>Điều khoản này không có mức phạt tiền (chỉ cảnh cáo).</source>
        <translation>This provision carries no fine (warning only).</translation>
    </message>
    <message>
        <source>Vi phạm {number}</source>
        <translation>Violation {number}</translation>
    </message>
    <message>
        <source>Đối tượng vi phạm:</source>
        <translation>Offender:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Họ tên (chỉ khi luật yêu cầu):</source>
        <translation>Name (only where the law requires it):</translation>
    </message>
    <message>
        <source>Hành vi vi phạm:</source>
        <translation>Violation:</translation>
    </message>
    <message>
        <source>Mục kiểm tra liên quan:</source>
        <translation>Related checklist item:</translation>
    </message>
    <message>
        <source>Điều khoản xử phạt:</source>
        <translation>Penalty provision:</translation>
    </message>
    <message>
        <source>Căn cứ khác:</source>
        <translation>Other basis:</translation>
    </message>
    <message>
        <source>Đề nghị xử lý:</source>
        <translation>Proposed action:</translation>
    </message>
    <message>
        <source>Số tiền đề nghị:</source>
        <translation>Proposed amount:</translation>
    </message>
    <message>
        <source>— không gắn với mục nào —</source>
        <translation>— not linked to an item —</translation>
    </message>
    <message>
        <source>— chọn đối tượng vi phạm —</source>
        <translation>— choose the offender —</translation>
    </message>
    <message>
        <source>Ví dụ: khách, người quản lý ca</source>
        <translation>E.g. customer, shift manager</translation>
    </message>
    <message>
        <source>Không ghi tên người lao động, người bán dâm</source>
        <translation>Never the name of a worker or of a person selling sex</translation>
    </message>
    <message>
        <source>— căn cứ khác (ghi bên dưới) —</source>
        <translation>— other basis (enter below) —</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <source>Mô tả ngắn hành vi; không ghi tên người lao động</source>
        <translation>Brief description; do not write workers&apos; names</translation>
    </message>
    <message>
        <source>Ví dụ: Nghị định 54/2019/NĐ-CP, Điều 4</source>
        <translation>E.g. Decree 54/2019/NĐ-CP, Article 4</translation>
    </message>
    <message>
        <source>Xóa vi phạm này</source>
        <translation>Delete this violation</translation>
    </message>
</context>
<context>
    <name>ViolationList</name>
    <message numerus="yes">
        <source>Đã thêm %n vi phạm gợi ý: chọn đối tượng và ghi số tiền đề nghị nếu có.</source>
        <translation>
            <numerusform>Added %n suggested violation: choose the offender and enter the proposed amount if any.</numerusform>
            <numerusform>Added %n suggested violations: choose the offender and enter the proposed amount if any.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không có mục “không đạt” nào gợi ý điều khoản mà chưa ghi vi phạm.</source>
        <translation>No failed item suggests a provision that is not yet recorded as a violation.</translation>
    </message>
    <message>
        <source>Chưa ghi vi phạm nào. Nếu phát hiện vi phạm, bấm “Thêm vi phạm” và chọn điều khoản trong bảng tham chiếu đang có hiệu lực vào ngày kiểm tra.</source>
        <translation>No violations recorded. If you find one, click “Add violation” and choose a provision from the reference table in force on the inspection date.</translation>
    </message>
    <message>
        <source>Thêm vi phạm</source>
        <translation>Add violation</translation>
    </message>
    <message>
        <source>Thêm vi phạm gợi ý từ các mục không đạt</source>
        <translation>Add the violations suggested by failed items</translation>
    </message>
    <message>
        <source>Mỗi mục “không đạt” của phiếu kiểm tra có gợi ý điều khoản xử phạt được thêm thành một vi phạm điền sẵn</source>
        <translation>Each failed checklist item that suggests a penalty provision is added as a pre-filled violation</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <source>Tài khoản quản trị đầu tiên</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <source>Người quản trị thêm các tài khoản khác sau khi đăng nhập.</source>
        <translation>The administrator adds other accounts after logging in.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
</context>
<context>
    <name>_LanguageRolePage</name>
    <message>
        <source>Chào mừng</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Thiết lập lần đầu cho máy này. Mọi dữ liệu được mã hóa trên máy.</source>
        <translation>First-time setup for this computer. All data is encrypted on this computer.</translation>
    </message>
    <message>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Máy này dùng cho:</source>
        <translation>This computer is used by:</translation>
    </message>
    <message>
        <source>Xã / phường / đặc khu: nhập liệu và gửi báo cáo</source>
        <translation>Commune / ward / special zone: enter data and send reports</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp (tỉnh): nhận dữ liệu từ các xã</source>
        <translation>Aggregating office (province): receives data from communes</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp toàn quốc (Bộ Y tế): nhận báo cáo tổng hợp của các tỉnh</source>
        <translation>National aggregating office (Ministry of Health): receives the provinces&apos; aggregate reports</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>In phiếu mã khôi phục</source>
        <translation>Print the recovery sheet</translation>
    </message>
    <message>
        <source>Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy.</source>
        <translation>The sheet was sent to the printer; no file was kept on this PC.</translation>
    </message>
    <message>
        <source>Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy.</source>
        <translation>Sheet saved. Print it, then delete the file from this computer.</translation>
    </message>
    <message>
        <source>Mã khôi phục</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Đây là mã khôi phục của sổ đăng ký. Nếu mọi người đều quên mật khẩu, chỉ mã này mở được dữ liệu. Mã chỉ hiện một lần: hãy in phiếu và cất trong tủ khóa của cơ quan. Không chụp ảnh, không gửi qua mạng.</source>
        <translation>This is the register&apos;s recovery key. If everyone forgets their password, only this key can open the data. It is shown only once: print the sheet and keep it in the office&apos;s locked cabinet. Do not photograph it or send it over the internet.</translation>
    </message>
    <message>
        <source>In phiếu mã khôi phục…</source>
        <translation>Print the recovery sheet…</translation>
    </message>
    <message>
        <source>Tôi đã in hoặc chép lại mã khôi phục và cất giữ an toàn</source>
        <translation>I have printed or written down the recovery key and stored it safely</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
    <message>
        <source>Chọn từ danh mục chính thức (từ 01/07/2025). Gõ tên không dấu để tìm.</source>
        <translation>Choose from the official list (from 01/07/2025). Type the name without diacritics to search.</translation>
    </message>
    <message>
        <source>Tỉnh / thành phố:</source>
        <translation>Province / city:</translation>
    </message>
    <message>
        <source>Xã / phường / đặc khu:</source>
        <translation>Commune / ward / special zone:</translation>
    </message>
    <message>
        <source>Tìm tỉnh, ví dụ: phu tho</source>
        <translation>Search province, e.g. phu tho</translation>
    </message>
    <message>
        <source>Tìm xã, ví dụ: xuan lung</source>
        <translation>Search commune, e.g. xuan lung</translation>
    </message>
</context>
</TS>

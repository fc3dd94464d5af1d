# Biểu mẫu web cho bác sĩ (`handout serve`): chữ của trang, bằng ngôn ngữ của bác sĩ.
# Bản nháp của nhóm duy trì handout.
# REVIEW: cả tệp cần người bản ngữ xem lại, nhất là từ "mối lo".

serve-page-title = In tờ thông tin — handout
serve-page-title-problems = Kiểm tra biểu mẫu:
serve-heading = In tờ thông tin
serve-intro = Đánh dấu những mối lo mà bệnh nhân đã nói, chọn ngôn ngữ của bệnh nhân, rồi in.

serve-topic-heading = Tờ thông tin
serve-concerns-legend = Bệnh nhân đã nói những mối lo nào? ({ $topic })
serve-concerns-hint = Tờ thông tin trả lời những mối lo bạn đánh dấu. Không đánh dấu gì thì trả lời tất cả.
serve-concerns-none = Tờ thông tin này không có mối lo để chọn: in toàn bộ.
serve-wording-clinic = Cách diễn đạt câu trả lời do phòng khám chọn: { $variant }
serve-wording-default = Cách diễn đạt câu trả lời thông thường: { $variant }

serve-locale-label = Ngôn ngữ của bệnh nhân
serve-locale-hint = Mỗi ngôn ngữ được ghi bằng tên của chính nó.
serve-locales-reviewed = Bản dịch đã xem lại
serve-locales-draft = Bản dịch nháp (chưa xem lại)
serve-locale-draft-note = Tờ thông tin in từ bản dịch nháp có dòng “Bản dịch chưa được xem lại” dưới tiêu đề.

serve-paper-legend = Khổ giấy
serve-paper-from-clinic = Đã chọn khổ giấy của phòng khám.
serve-paper-from-browser = Chọn theo khu vực của trình duyệt.
serve-paper-from-server = Chọn theo khu vực của máy tính này.
serve-paper-from-default = A4, trừ khi bạn chọn Letter.
serve-paper-letter = Letter (Mỹ)
serve-paper-a4 = A4

serve-large-print = Chữ lớn (chữ to hơn, nhiều trang hơn)

serve-name-label = Tên bệnh nhân (không bắt buộc)
serve-name-hint = In dưới tiêu đề thành “Dành cho …”. Không được lưu hay ghi lại.

serve-print = In tờ thông tin
serve-download = Tải xuống
serve-print-hint = “In tờ thông tin” mở tệp PDF trong thẻ mới: in từ đó. “Tải xuống” lưu tệp.
serve-privacy = Trang này chạy trên máy tính này. Những gì bạn nhập không được giữ lại sau khi làm xong tờ thông tin.

serve-problems-heading = Chưa làm được tờ thông tin. Vui lòng kiểm tra:
serve-error-label = Lỗi:
serve-error-encoding = Biểu mẫu không được gửi dưới dạng văn bản UTF-8.
serve-error-unknown-field = Biểu mẫu có một trường mà máy chủ này không biết: { $field }. Các trường đã biết: { $fields }.
serve-error-repeated-field = Trường { $field } được gửi hai lần.
serve-error-too-many-concerns = Gửi quá nhiều mối lo (hơn { $limit }).
serve-error-topic-missing = Hãy chọn một tờ thông tin.
serve-error-topic-invalid = Tên tờ thông tin này không hợp lệ.
serve-error-topic-unknown = Không có tờ thông tin này. Các tờ thông tin: { $topics }.
serve-error-concern-invalid = Tên của một mối lo không hợp lệ.
serve-error-concern-unknown = Tờ thông tin này không có mối lo “{ $concern }”. Các mối lo của nó: { $concerns }.
serve-error-locale-invalid = Mã ngôn ngữ này không hợp lệ.
serve-error-locale-unknown = Không có bản dịch bằng ngôn ngữ này. Các ngôn ngữ: { $locales }.
serve-error-locale-served-by = Ngôn ngữ “{ $locale }” được in bằng bản dịch “{ $folder }”: hãy chọn bản dịch đó.
serve-error-locale-messages = Bản dịch “{ $locale }” chưa in được tờ thông tin này. Hãy chọn ngôn ngữ khác, hoặc báo cho người phụ trách bản dịch.
serve-error-name = Không in được tên này.
serve-error-paper = Hãy chọn Letter hoặc A4.
serve-error-large-print = Chữ lớn chỉ có thể đánh dấu hoặc không.
serve-error-copy = Không làm được bản này. Các bản: { $values }.
serve-error-format = Không làm được định dạng này. Các định dạng: { $values }.
serve-error-action = Hãy dùng nút “In tờ thông tin” hoặc “Tải xuống”.
serve-error-leaflet = Không làm được tờ thông tin.

# The copy and the format to make.
# REVIEW: draft translation of the copy and format choices.
serve-copy-legend = Bản nào
serve-copy-patient = Tờ thông tin cho bệnh nhân
serve-copy-clinician = Bản cho nhân viên y tế (nội dung tờ thông tin, kèm câu hỏi kiểm tra hiểu biết), bằng ngôn ngữ của trang này
serve-format-legend = Định dạng
serve-format-pdf = PDF, để in
serve-format-html = Trang web (HTML), cho cổng thông tin bệnh nhân hoặc trình đọc màn hình

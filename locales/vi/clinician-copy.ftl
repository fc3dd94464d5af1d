# Bản nháp (draft) dịch từ locales/en-US/clinician-copy.ftl: bản dành cho nhân viên y tế.

clinician-copy-title = Bản dành cho nhân viên y tế: { $title }
clinician-copy-leaflet-language = Tờ thông tin của bệnh nhân viết bằng { $language }. Trang này cho bạn biết, bằng tiếng Việt, tờ thông tin nói gì.
clinician-copy-language-en-US = tiếng Anh
clinician-copy-language-es = tiếng Tây Ban Nha
clinician-copy-language-ar = tiếng Ả Rập
clinician-copy-language-zh-Hans = tiếng Trung (giản thể)
clinician-copy-language-vi = tiếng Việt
clinician-copy-language-ru = tiếng Nga
clinician-copy-leaflet-draft = Bản dịch của tờ này là bản nháp, chưa được nhân viên y tế bản ngữ duyệt.
clinician-copy-all-concerns = Tờ thông tin trả lời mọi lo lắng của chủ đề.
clinician-copy-how = Với mỗi lo lắng: điều tờ thông tin nói với bệnh nhân, một câu hỏi để kiểm tra hiểu biết, và một gợi ý phỏng vấn tạo động lực.
clinician-copy-teach-back-opener = Để bắt đầu: "Tôi muốn chắc là tôi đã giải thích rõ. Bạn có thể nói lại bằng lời của bạn…"
clinician-copy-tells-heading = Điều tờ thông tin nói với bệnh nhân
clinician-copy-worry-label = Lo lắng:
clinician-copy-answer-label = Câu trả lời của tờ thông tin:
clinician-copy-wording = Cách viết phòng khám đã chọn: { $wording }
clinician-copy-meetings-label = Các buổi họp được liệt kê:
# REVIEW: "teach-back": "kiểm tra hiểu biết" hay "phương pháp nói lại".
clinician-copy-teach-back-label = Kiểm tra hiểu biết:
# Above the teach-back question in the patient's language (when the sheet is in another).
# REVIEW: new message.
clinician-copy-teach-back-in = Bằng { $language }:
clinician-copy-mi-label = Phỏng vấn tạo động lực:
clinician-copy-no-teach-back = Lo lắng này chưa có câu hỏi kiểm tra hiểu biết.
clinician-copy-mi-tips-heading = Khi nói chuyện với bệnh nhân
clinician-copy-mi-tips = Xin phép trước khi đưa thông tin. Hỏi trước xem bệnh nhân đã nghe gì. Nhắc lại lo lắng trước khi trả lời. Kết thúc bằng sự lựa chọn của họ: đi hay không, và khi nào, là do họ quyết định.
clinician-copy-record = Đã kiểm tra hiểu biết (ngày, chữ ký tắt):
clinician-copy-sources-heading = Nguồn
clinician-copy-footer = Bản dành cho nhân viên y tế · không đưa cho bệnh nhân

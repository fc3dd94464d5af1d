# Bản nháp (draft) dịch từ locales/en-US/actions.ftl: điểm chính, "Bước tiếp
# theo của tôi", "Tìm trợ giúp ngay". Xưng hô: "bạn".

actions-key-points-label = Điểm chính
tsm-key-point-1 = Các buổi họp đều miễn phí.
tsm-key-point-2 = Bạn không phải nói. Bạn có thể chỉ nghe.
tsm-key-point-3 = Đi hay không là do bạn chọn. Bạn có thể thử một buổi rồi tự quyết định.
fm-key-point-1 = Các buổi họp đều miễn phí.
fm-key-point-2 = Không ai bị bắt phải nói. Bạn có thể chỉ nghe.
fm-key-point-3 = Nếu một buổi họp không hợp, hãy thử buổi khác.

actions-next-step-heading = Bước tiếp theo của tôi
actions-next-step-intro = Hãy điền cùng chúng tôi, hoặc tự điền.
actions-next-step-meeting = Một buổi họp tôi có thể thử:
actions-next-step-when = Ngày và giờ:
actions-next-step-with = Người có thể đi cùng tôi:

actions-website = Trang web:

actions-welcoming-heading = Các buổi họp chúng tôi biết là chào đón người đang dùng thuốc:
actions-welcoming-meeting = { $name }: { $when }, { $place } (chúng tôi đã kiểm tra ngày { $checked })

actions-help-heading = Tìm trợ giúp ngay
actions-help-crisis = Khi gặp khủng hoảng, hãy gọi { $number }.
actions-help-helpline = Để được giúp đỡ và biết thêm thông tin, hãy gọi { $number }.
# REVIEW: "naloxone" giữ nguyên tên thuốc; "đừng dùng một mình" là câu giảm hại thường dùng.
actions-help-naloxone = Nếu bạn dùng lại, đừng dùng một mình. Hãy mang theo naloxone. Thuốc này có thể cứu khi bị quá liều.

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Template chrome shared by every leaflet (templates/leaflet.tera). Vietnamese: "bạn" throughout.

leaflet-worry-label = Có thể bạn đang nghĩ:
leaflet-answer-label = Điều thường xảy ra:
leaflet-talk-heading = Hãy trao đổi với chúng tôi
leaflet-talk-body = Mỗi lần đến khám, bạn đều có thể nói chuyện với nhân viên y tế về các buổi họp. Bạn có thể hỏi bất cứ điều gì.
leaflet-talk-body-clinic = Bạn có thể nói chuyện với nhân viên y tế tại { $clinic } về các buổi họp. Bạn có thể hỏi bất cứ điều gì.
leaflet-clinic-blank = Phòng khám:
leaflet-phone-blank = Điện thoại:
leaflet-phone = Điện thoại: { $phone }
leaflet-footer-version = Phiên bản { $version } · duyệt ngày { $date }
leaflet-footer-page = Trang { $page }/{ $pages }
leaflet-language-name = Tiếng Việt
leaflet-draft-notice = Bản dịch chưa được duyệt
# Printed in place of the worries when the clinician ticked none.
leaflet-concerns-none = Nhân viên y tế có thể cùng bạn xem qua những lo lắng thường gặp.
leaflet-find-meetings = Tìm buổi họp gần bạn:
# What a screen reader says for the clinic's logo and for the QR code.
# REVIEW: draft translation of "Logo of { $clinic }" and "QR code: a link to the list of meetings, { $url }".
leaflet-logo-alt = Biểu trưng của { $clinic }
leaflet-qr-alt = Mã QR: đường dẫn đến danh sách các buổi họp, { $url }
# Printed under the title when the clinician gives the patient's name ($name, as written).
leaflet-prepared-for = Dành cho { $name }

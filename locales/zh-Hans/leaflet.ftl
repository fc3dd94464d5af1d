# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Template chrome shared by every leaflet (templates/leaflet.tera). Simplified Chinese: 您; full-width punctuation.

leaflet-worry-label = 您可能在想：
leaflet-answer-label = 通常的情况是：
leaflet-talk-heading = 和我们聊聊
leaflet-talk-body = 每次来看病时，您都可以和医护人员聊聊聚会的事。任何问题都欢迎提出。
leaflet-talk-body-clinic = 您可以和{ $clinic }的医护人员聊聊聚会的事。任何问题都欢迎提出。
leaflet-clinic-blank = 诊所：
leaflet-phone-blank = 电话：
leaflet-phone = 电话：{ $phone }
leaflet-footer-version = 版本{ $version } · 审核日期{ $date }
leaflet-footer-page = 第{ $page }页，共{ $pages }页
leaflet-language-name = 简体中文
leaflet-draft-notice = 译文尚未经过审核
# Printed in place of the worries when the clinician ticked none.
leaflet-concerns-none = 您的医护人员可以和您一起看看常见的顾虑。
leaflet-find-meetings = 查找您附近的聚会：
# What a screen reader says for the clinic's logo and for the QR code.
# REVIEW: draft translation of "Logo of { $clinic }" and "QR code: a link to the list of meetings, { $url }".
leaflet-logo-alt = { $clinic }的标志
leaflet-qr-alt = 二维码：聚会列表的链接，{ $url }
# Printed under the title when the clinician gives the patient's name ($name, as written).
leaflet-prepared-for = 本资料专为{ $name }准备

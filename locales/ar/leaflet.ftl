# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Template chrome shared by every leaflet (templates/leaflet.tera). Arabic: simple Modern Standard Arabic.
# "You" is kept gender-neutral where possible (verbal nouns, unvocalized suffixes); "clinician" is «طبيبك أو معالجك».

leaflet-worry-label = قد يخطر في بالك:
leaflet-answer-label = ما يحدث عادةً:
leaflet-talk-heading = لنتحدث معًا
leaflet-talk-body = يمكنك الحديث عن الاجتماعات مع طبيبك أو معالجك في أي زيارة. نرحب بكل الأسئلة.
leaflet-talk-body-clinic = يمكنك الحديث عن الاجتماعات مع طبيبك أو معالجك في { $clinic }. نرحب بكل الأسئلة.
leaflet-clinic-blank = العيادة:
leaflet-phone-blank = الهاتف:
leaflet-phone = الهاتف: { $phone }
leaflet-footer-version = الإصدار { $version } · تاريخ المراجعة { $date }
leaflet-footer-page = صفحة { $page } من { $pages }
leaflet-language-name = العربية
leaflet-draft-notice = ترجمة لم تتم مراجعتها بعد
# Printed in place of the worries when the clinician ticked none.
leaflet-concerns-none = يمكن لطبيبك أو معالجك أن يراجع معك المخاوف الشائعة.
leaflet-find-meetings = للعثور على اجتماع قريب منك:
# What a screen reader says for the clinic's logo and for the QR code.
# REVIEW: draft translation of "Logo of { $clinic }" and "QR code: a link to the list of meetings, { $url }".
leaflet-logo-alt = شعار { $clinic }
leaflet-qr-alt = رمز QR: رابط إلى قائمة الاجتماعات، { $url }
# Printed under the title when the clinician gives the patient's name ($name, as written).
# REVIEW: "This leaflet was prepared for"; the name follows unchanged, so no prefix such as «لـ» is attached to it.
leaflet-prepared-for = أُعدّت هذه النشرة من أجل { $name }

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Template chrome shared by every leaflet (templates/leaflet.tera). Russian: polite «вы», lowercase.
# "clinician" is «врач или консультант».

leaflet-worry-label = Возможно, вы думаете:
leaflet-answer-label = Что обычно происходит:
leaflet-talk-heading = Поговорите с нами
leaflet-talk-body = Вы можете поговорить о собраниях с вашим врачом или консультантом на любом приёме. Мы рады любым вопросам.
# REVIEW: the clinic name stays in the nominative after «в клинике»; check that this reads well with real clinic names.
leaflet-talk-body-clinic = Вы можете поговорить о собраниях с вашим врачом или консультантом в клинике { $clinic }. Мы рады любым вопросам.
leaflet-clinic-blank = Клиника:
leaflet-phone-blank = Телефон:
leaflet-phone = Телефон: { $phone }
leaflet-footer-version = Версия { $version } · проверено { $date }
leaflet-footer-page = Страница { $page } из { $pages }
leaflet-language-name = Русский
leaflet-draft-notice = Перевод ещё не проверен
# Printed in place of the worries when the clinician ticked none.
leaflet-concerns-none = Ваш врач или консультант может обсудить с вами частые опасения.
leaflet-find-meetings = Найдите собрание рядом с вами:
# What a screen reader says for the clinic's logo and for the QR code.
# REVIEW: draft translation of "Logo of { $clinic }" and "QR code: a link to the list of meetings, { $url }".
leaflet-logo-alt = Логотип: { $clinic }
leaflet-qr-alt = QR-код: ссылка на список собраний, { $url }
# Printed under the title when the clinician gives the patient's name ($name, as written).
# REVIEW: the name stays in the nominative, hence the colon after «для»; check that this reads naturally.
leaflet-prepared-for = Подготовлено для: { $name }

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Template chrome shared by every leaflet (templates/leaflet.tera). Spanish: "usted".

leaflet-worry-label = Quizás usted piense:
leaflet-answer-label = Lo que suele pasar:
leaflet-talk-heading = Hable con nosotros
leaflet-talk-body = Puede hablar de las reuniones con su profesional de salud en cualquier consulta. Todas las preguntas son bienvenidas.
leaflet-talk-body-clinic = Puede hablar de las reuniones con su profesional de salud en { $clinic }. Todas las preguntas son bienvenidas.
leaflet-clinic-blank = Clínica:
leaflet-phone-blank = Teléfono:
leaflet-phone = Teléfono: { $phone }
leaflet-footer-version = Versión { $version } · revisión { $date }
leaflet-footer-page = Página { $page } de { $pages }
leaflet-language-name = Español
leaflet-draft-notice = Traducción aún no revisada
# Printed in place of the worries when the clinician ticked none.
leaflet-concerns-none = Su profesional de salud puede repasar con usted las dudas más comunes.
leaflet-find-meetings = Encuentre una reunión cerca de usted:
# What a screen reader says for the clinic's logo and for the QR code.
# REVIEW: draft translation of "Logo of { $clinic }" and "QR code: a link to the list of meetings, { $url }".
leaflet-logo-alt = Logotipo de { $clinic }
leaflet-qr-alt = Código QR: un enlace a la lista de reuniones, { $url }
# Printed under the title when the clinician gives the patient's name ($name, as written).
leaflet-prepared-for = Preparado para { $name }

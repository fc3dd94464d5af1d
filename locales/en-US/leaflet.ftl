# Template chrome shared by every leaflet (templates/leaflet.tera).

leaflet-worry-label = You may be thinking:
leaflet-answer-label = What usually happens:
leaflet-talk-heading = Talk it over with us
leaflet-talk-body = You can talk about meetings with your clinician at any visit. Any question is welcome.
leaflet-talk-body-clinic = You can talk about meetings with your clinician at { $clinic }. Any question is welcome.
leaflet-clinic-blank = Clinic:
leaflet-phone-blank = Phone:
leaflet-phone = Phone: { $phone }
leaflet-footer-version = Version { $version } · reviewed { $date }
leaflet-footer-page = Page { $page } of { $pages }
leaflet-language-name = English
leaflet-draft-notice = Translation not yet reviewed
# Printed in place of the worries when the clinician ticked none.
leaflet-concerns-none = Your clinician can go through the common worries with you.
leaflet-find-meetings = Find a meeting near you:
# What a screen reader says for the clinic's logo and for the QR code.
leaflet-logo-alt = Logo of { $clinic }
leaflet-qr-alt = QR code: a link to the list of meetings, { $url }
# Printed under the title when the clinician gives the patient's name ($name, as written).
leaflet-prepared-for = Prepared for { $name }

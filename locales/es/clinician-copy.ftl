# Borrador (draft) de locales/en-US/clinician-copy.ftl: la copia para el
# profesional (handout render --copy clinician).

clinician-copy-title = Copia para el profesional: { $title }
clinician-copy-leaflet-language = El folleto del paciente está en { $language }. Esta hoja le dice, en español, lo que dice el folleto.
clinician-copy-language-en-US = inglés
clinician-copy-language-es = español
clinician-copy-language-ar = árabe
clinician-copy-language-zh-Hans = chino (simplificado)
clinician-copy-language-vi = vietnamita
clinician-copy-language-ru = ruso
clinician-copy-leaflet-draft = Su traducción es un borrador, aún no revisado por un profesional clínico nativo.
clinician-copy-all-concerns = El folleto responde a todas las preocupaciones del tema.
clinician-copy-how = Para cada preocupación: lo que el folleto le dice al paciente, una pregunta para comprobar lo entendido y una pregunta de entrevista motivacional.
clinician-copy-teach-back-opener = Para empezar: «Quiero asegurarme de haberlo explicado bien. ¿Me puede decir con sus propias palabras…?»
clinician-copy-tells-heading = Lo que el folleto le dice al paciente
clinician-copy-worry-label = La preocupación:
clinician-copy-answer-label = La respuesta del folleto:
clinician-copy-wording = Redacción elegida por la clínica: { $wording }
clinician-copy-meetings-label = Las reuniones que menciona:
# REVIEW: «teach-back» suele traducirse «método de enseñanza de retorno» o «comprobar lo entendido».
clinician-copy-teach-back-label = Comprobar lo entendido:
# Above the teach-back question in the patient's language (when the sheet is in another).
# REVIEW: new message.
clinician-copy-teach-back-in = En { $language }:
clinician-copy-mi-label = Entrevista motivacional:
clinician-copy-no-teach-back = Aún no hay una pregunta para comprobar lo entendido en esta preocupación.
clinician-copy-mi-tips-heading = Al hablar con el paciente
clinician-copy-mi-tips = Pida permiso antes de dar información. Pregunte primero qué ha oído el paciente. Refleje la preocupación antes de responder. Termine con su decisión: ir o no, y cuándo, lo decide el paciente.
clinician-copy-record = Comprobación hecha (fecha, iniciales):
clinician-copy-sources-heading = Fuentes
clinician-copy-footer = Copia para el profesional · no es para el paciente

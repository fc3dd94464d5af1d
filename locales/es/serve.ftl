# El formulario web del clínico (`handout serve`): las palabras de la página,
# en el idioma del clínico. Borrador de los mantenedores de handout.

serve-page-title = Imprimir un folleto — handout
serve-page-title-problems = Revise el formulario:
serve-heading = Imprimir un folleto
serve-intro = Marque las preocupaciones que expresó el paciente, elija el idioma del paciente e imprima.

serve-topic-heading = Folleto
serve-concerns-legend = ¿Qué preocupaciones expresó el paciente? ({ $topic })
serve-concerns-hint = El folleto responde a las que marque. Si no marca ninguna, responde a todas.
serve-concerns-none = Este folleto no tiene preocupaciones para elegir: se imprime completo.
serve-wording-clinic = Redacción de la respuesta elegida por la clínica: { $variant }
serve-wording-default = Redacción habitual de la respuesta: { $variant }

serve-locale-label = Idioma del paciente
serve-locale-hint = Cada idioma aparece con su propio nombre.
serve-locales-reviewed = Traducciones revisadas
serve-locales-draft = Traducciones en borrador (aún sin revisar)
serve-locale-draft-note = Un folleto en una traducción en borrador dice «Traducción aún no revisada» debajo del título.

serve-paper-legend = Papel
serve-paper-from-clinic = Se eligió el papel de la clínica.
serve-paper-from-browser = Elegido según la región de su navegador.
serve-paper-from-server = Elegido según la región de esta computadora.
serve-paper-from-default = A4, a menos que elija Carta.
serve-paper-letter = Carta (EE. UU.)
serve-paper-a4 = A4

serve-large-print = Letra grande (letras más grandes, más páginas)

serve-name-label = Nombre del paciente (opcional)
serve-name-hint = Se imprime debajo del título como «Preparado para …». No se guarda ni se registra.

serve-print = Imprimir folleto
serve-download = Descargar
serve-print-hint = «Imprimir folleto» abre el PDF en una pestaña nueva: imprímalo desde allí. «Descargar» lo guarda.
serve-privacy = Esta página funciona en esta computadora. Nada de lo que escriba se conserva después de crear el folleto.

serve-problems-heading = No se creó el folleto. Revise lo siguiente:
serve-error-label = Error:
serve-error-encoding = El formulario no se envió como texto UTF-8.
serve-error-unknown-field = El formulario tiene un campo que este servidor no conoce: { $field }. Campos conocidos: { $fields }.
serve-error-repeated-field = El campo { $field } se envió dos veces.
serve-error-too-many-concerns = Se enviaron demasiadas preocupaciones (más de { $limit }).
serve-error-topic-missing = Elija un folleto.
serve-error-topic-invalid = El nombre de este folleto no es válido.
serve-error-topic-unknown = No existe ese folleto. Folletos: { $topics }.
serve-error-concern-invalid = El nombre de una preocupación no es válido.
serve-error-concern-unknown = Este folleto no tiene la preocupación «{ $concern }». Sus preocupaciones: { $concerns }.
serve-error-locale-invalid = Este código de idioma no es válido.
serve-error-locale-unknown = No hay traducción en este idioma. Idiomas: { $locales }.
serve-error-locale-served-by = El idioma «{ $locale }» se imprime con la traducción «{ $folder }»: elija esa.
serve-error-locale-messages = La traducción «{ $locale }» todavía no puede imprimir este folleto. Elija otro idioma o avise a la persona que se ocupa de las traducciones.
serve-error-name = Este nombre no se puede imprimir.
serve-error-paper = Elija Carta o A4.
serve-error-large-print = La letra grande se marca o no se marca.
serve-error-copy = No se puede crear esta copia. Copias: { $values }.
serve-error-format = No se puede crear este formato. Formatos: { $values }.
serve-error-action = Use el botón «Imprimir folleto» o «Descargar».
serve-error-leaflet = No se pudo crear el folleto.

# The copy and the format to make.
# REVIEW: draft translation of the copy and format choices.
serve-copy-legend = Qué copia
serve-copy-patient = El folleto del paciente
serve-copy-clinician = La copia para el profesional (lo que dice el folleto, con preguntas de comprobación), en el idioma de esta página
serve-format-legend = Formato
serve-format-pdf = PDF, para imprimir
serve-format-html = Página web (HTML), para un portal de pacientes o un lector de pantalla

# The clinician's web form (`handout serve`): the page's own words, in the
# clinician's language. The leaflet's words are in the other files.

serve-page-title = Print a leaflet — handout
serve-page-title-problems = Check the form:
serve-heading = Print a leaflet
serve-intro = Tick the worries the patient voiced, choose the patient's language, and print.

serve-topic-heading = Leaflet
serve-concerns-legend = Which worries did the patient voice? ({ $topic })
serve-concerns-hint = The leaflet answers the ones you tick. Tick none to answer them all.
serve-concerns-none = This leaflet has no worries to choose: it prints whole.
serve-wording-clinic = Answer wording chosen by the clinic: { $variant }
serve-wording-default = Standard answer wording: { $variant }

serve-locale-label = Patient's language
serve-locale-hint = Each language is shown by its own name.
serve-locales-reviewed = Reviewed translations
serve-locales-draft = Draft translations (not yet reviewed)
serve-locale-draft-note = A leaflet in a draft translation says “Translation not yet reviewed” under its title.

serve-paper-legend = Paper
serve-paper-from-clinic = The clinic's paper is chosen.
serve-paper-from-browser = Chosen from your browser's region.
serve-paper-from-server = Chosen from this computer's region.
serve-paper-from-default = A4 unless you choose Letter.
serve-paper-letter = Letter (US)
serve-paper-a4 = A4

serve-large-print = Large print (bigger letters, more pages)

serve-name-label = Patient's name (optional)
serve-name-hint = Printed under the title as “Prepared for …”. It is not stored or logged.

serve-print = Print leaflet
serve-download = Download
serve-print-hint = “Print leaflet” opens the PDF in a new tab: print it from there. “Download” saves it.
serve-privacy = This page runs on this computer. Nothing you type is kept after the leaflet is made.

serve-problems-heading = The leaflet was not made. Please check:
serve-error-label = Error:
serve-error-encoding = The form was not sent as UTF-8 text.
serve-error-unknown-field = The form has a field this server does not know: { $field }. Known fields: { $fields }.
serve-error-repeated-field = The field { $field } was sent twice.
serve-error-too-many-concerns = Too many worries were sent (more than { $limit }).
serve-error-topic-missing = Choose a leaflet.
serve-error-topic-invalid = This leaflet name is not valid.
serve-error-topic-unknown = There is no such leaflet. Leaflets: { $topics }.
serve-error-concern-invalid = A worry's name is not valid.
serve-error-concern-unknown = This leaflet has no worry “{ $concern }”. Its worries: { $concerns }.
serve-error-locale-invalid = This language code is not valid.
serve-error-locale-unknown = There is no translation in this language. Languages: { $locales }.
serve-error-locale-served-by = The language “{ $locale }” is printed from the translation “{ $folder }”: choose that one.
serve-error-locale-messages = The translation “{ $locale }” cannot print this leaflet yet. Choose another language, or ask the person who looks after the translations.
serve-error-name = This name cannot be printed.
serve-error-paper = Choose Letter or A4.
serve-error-large-print = Large print is either ticked or not.
serve-error-copy = This copy cannot be made. Copies: { $values }.
serve-error-format = This format cannot be made. Formats: { $values }.
serve-error-action = Use the “Print leaflet” or “Download” button.
serve-error-leaflet = The leaflet could not be made.

# The copy and the format to make.
serve-copy-legend = Which copy
serve-copy-patient = The patient’s leaflet
serve-copy-clinician = The clinician copy (what the leaflet says, with teach-back questions), in this page’s language
serve-format-legend = Format
serve-format-pdf = PDF, to print
serve-format-html = Web page (HTML), for a patient portal or a screen reader

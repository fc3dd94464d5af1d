# The clinician copy (templates/clinician.tera, `handout render --copy
# clinician`): the words around what the leaflet says. The per-concern
# teach-back questions, MI prompts and sources are the topic's messages.

clinician-copy-title = Clinician copy: { $title }
# $language: the language of the patient's leaflet, from the messages below
# (clinician-copy-language-TAG); for a language not listed, its name in itself.
clinician-copy-leaflet-language = The patient's leaflet is in { $language }. This sheet tells you, in English, what it says.
clinician-copy-language-en-US = English
clinician-copy-language-es = Spanish
clinician-copy-language-ar = Arabic
clinician-copy-language-zh-Hans = Chinese (Simplified)
clinician-copy-language-vi = Vietnamese
clinician-copy-language-ru = Russian
clinician-copy-leaflet-draft = Its translation is a draft, not yet reviewed by a native-speaking clinician.
clinician-copy-all-concerns = The leaflet answers every worry of the topic.
clinician-copy-how = For each worry: what the leaflet tells the patient, a teach-back question, and a motivational-interviewing prompt.
clinician-copy-teach-back-opener = To open the teach-back: “I want to be sure I explained this well. Can you tell me in your own words…”
clinician-copy-tells-heading = What the leaflet tells the patient
clinician-copy-worry-label = The worry:
clinician-copy-answer-label = The leaflet’s answer:
clinician-copy-wording = Wording chosen by the clinic: { $wording }
clinician-copy-meetings-label = The meetings it lists:
clinician-copy-teach-back-label = Teach-back:
# Above the teach-back question in the patient's language (when the sheet is in another).
clinician-copy-teach-back-in = In { $language }:
clinician-copy-mi-label = MI prompt:
clinician-copy-no-teach-back = No teach-back question is written for this worry yet.
clinician-copy-mi-tips-heading = Talking with the patient
clinician-copy-mi-tips = Ask before giving information. Ask what the patient has heard first. Reflect the worry before you answer. End with their choice: whether and when to go is up to them.
clinician-copy-record = Teach-back done (date, initials):
clinician-copy-sources-heading = Sources
clinician-copy-footer = Clinician copy · not for the patient

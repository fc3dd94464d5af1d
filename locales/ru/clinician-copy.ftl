# Черновик (draft) перевода locales/en-US/clinician-copy.ftl: копия для специалиста.

clinician-copy-title = Копия для специалиста: { $title }
clinician-copy-leaflet-language = Язык памятки пациента: { $language }. Этот лист по-русски говорит, что в ней написано.
clinician-copy-language-en-US = английский
clinician-copy-language-es = испанский
clinician-copy-language-ar = арабский
clinician-copy-language-zh-Hans = китайский (упрощённый)
clinician-copy-language-vi = вьетнамский
clinician-copy-language-ru = русский
clinician-copy-leaflet-draft = Её перевод — черновик, ещё не проверенный специалистом — носителем языка.
clinician-copy-all-concerns = Памятка отвечает на все опасения темы.
clinician-copy-how = Для каждого опасения: что памятка говорит пациенту, вопрос для проверки понимания и подсказка для мотивационного интервью.
clinician-copy-teach-back-opener = Начать можно так: «Я хочу убедиться, что хорошо объяснил. Расскажите своими словами…»
clinician-copy-tells-heading = Что памятка говорит пациенту
clinician-copy-worry-label = Опасение:
clinician-copy-answer-label = Ответ памятки:
clinician-copy-wording = Формулировка, выбранная клиникой: { $wording }
clinician-copy-meetings-label = Собрания, которые она называет:
# REVIEW: "teach-back": «проверка понимания» или «метод обратного пересказа».
clinician-copy-teach-back-label = Проверка понимания:
# Above the teach-back question in the patient's language (when the sheet is in another).
# REVIEW: new message.
clinician-copy-teach-back-in = На языке пациента ({ $language }):
clinician-copy-mi-label = Мотивационное интервью:
clinician-copy-no-teach-back = Для этого опасения ещё нет вопроса для проверки понимания.
clinician-copy-mi-tips-heading = Разговор с пациентом
clinician-copy-mi-tips = Спросите разрешения, прежде чем давать информацию. Сначала спросите, что пациент уже слышал. Отразите опасение, прежде чем отвечать. Закончите его выбором: идти ли и когда, решает он сам.
clinician-copy-record = Понимание проверено (дата, инициалы):
clinician-copy-sources-heading = Источники
clinician-copy-footer = Копия для специалиста · не для пациента

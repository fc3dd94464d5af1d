# Веб-форма для врача (`handout serve`): слова самой страницы, на языке врача.
# Черновик сопровождающих handout.
# REVIEW: весь файл нужно проверить носителю языка, особенно слово «опасения».

serve-page-title = Печать памятки — handout
serve-page-title-problems = Проверьте форму:
serve-heading = Печать памятки
serve-intro = Отметьте опасения, которые высказал пациент, выберите язык пациента и напечатайте.

serve-topic-heading = Памятка
serve-concerns-legend = Какие опасения высказал пациент? ({ $topic })
serve-concerns-hint = Памятка отвечает на отмеченные опасения. Если ничего не отмечено, она отвечает на все.
serve-concerns-none = В этой памятке нет опасений для выбора: она печатается целиком.
serve-wording-clinic = Формулировка ответа, выбранная клиникой: { $variant }
serve-wording-default = Обычная формулировка ответа: { $variant }

serve-locale-label = Язык пациента
serve-locale-hint = Каждый язык показан под своим собственным названием.
serve-locales-reviewed = Проверенные переводы
serve-locales-draft = Черновые переводы (ещё не проверены)
serve-locale-draft-note = На памятке в черновом переводе под заголовком напечатано «Перевод ещё не проверен».

serve-paper-legend = Бумага
serve-paper-from-clinic = Выбрана бумага клиники.
serve-paper-from-browser = Выбрано по региону вашего браузера.
serve-paper-from-server = Выбрано по региону этого компьютера.
serve-paper-from-default = A4, если вы не выберете Letter.
serve-paper-letter = Letter (США)
serve-paper-a4 = A4

serve-large-print = Крупный шрифт (буквы больше, страниц больше)

serve-name-label = Имя пациента (необязательно)
serve-name-hint = Печатается под заголовком: «Подготовлено для …». Не сохраняется и не записывается в журнал.

serve-print = Напечатать памятку
serve-download = Скачать
serve-print-hint = «Напечатать памятку» открывает PDF в новой вкладке: печатайте оттуда. «Скачать» сохраняет файл.
serve-privacy = Эта страница работает на этом компьютере. После создания памятки ничего из введённого не сохраняется.

serve-problems-heading = Памятка не создана. Проверьте:
serve-error-label = Ошибка:
serve-error-encoding = Форма отправлена не как текст UTF-8.
serve-error-unknown-field = В форме есть поле, которого этот сервер не знает: { $field }. Известные поля: { $fields }.
serve-error-repeated-field = Поле { $field } отправлено дважды.
serve-error-too-many-concerns = Отправлено слишком много опасений (больше { $limit }).
serve-error-topic-missing = Выберите памятку.
serve-error-topic-invalid = Название этой памятки недопустимо.
serve-error-topic-unknown = Такой памятки нет. Памятки: { $topics }.
serve-error-concern-invalid = Название одного из опасений недопустимо.
serve-error-concern-unknown = В этой памятке нет опасения «{ $concern }». Её опасения: { $concerns }.
serve-error-locale-invalid = Этот код языка недопустим.
serve-error-locale-unknown = Перевода на этот язык нет. Языки: { $locales }.
serve-error-locale-served-by = Язык «{ $locale }» печатается по переводу «{ $folder }»: выберите его.
serve-error-locale-messages = Перевод «{ $locale }» пока не может напечатать эту памятку. Выберите другой язык или сообщите тому, кто отвечает за переводы.
serve-error-name = Это имя нельзя напечатать.
serve-error-paper = Выберите Letter или A4.
serve-error-large-print = Крупный шрифт либо отмечен, либо нет.
serve-error-copy = Такую копию создать нельзя. Копии: { $values }.
serve-error-format = Такой формат создать нельзя. Форматы: { $values }.
serve-error-action = Нажмите кнопку «Напечатать памятку» или «Скачать».
serve-error-leaflet = Не удалось создать памятку.

# The copy and the format to make.
# REVIEW: draft translation of the copy and format choices.
serve-copy-legend = Какой экземпляр
serve-copy-patient = Памятка для пациента
serve-copy-clinician = Экземпляр для специалиста (что говорит памятка, с вопросами для проверки понимания), на языке этой страницы
serve-format-legend = Формат
serve-format-pdf = PDF, для печати
serve-format-html = Веб-страница (HTML), для портала пациента или экранного диктора

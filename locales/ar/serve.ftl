# نموذج الويب للطبيب (`handout serve`): كلمات الصفحة بلغة الطبيب.
# مسودة من القائمين على handout.
# REVIEW: all of this file; the clinician's wording ("worries" = مخاوف) needs a native reviewer.

serve-page-title = طباعة نشرة — handout
serve-page-title-problems = راجع النموذج:
serve-heading = طباعة نشرة
serve-intro = ضع علامة على المخاوف التي عبّر عنها المريض، واختر لغة المريض، ثم اطبع.

serve-topic-heading = النشرة
serve-concerns-legend = ما المخاوف التي عبّر عنها المريض؟ ({ $topic })
serve-concerns-hint = تجيب النشرة عن المخاوف التي تضع عليها علامة. إن لم تختر شيئًا، تجيب عنها كلها.
serve-concerns-none = لا توجد في هذه النشرة مخاوف للاختيار: تُطبع كاملة.
serve-wording-clinic = صياغة الإجابة التي اختارتها العيادة: { $variant }
serve-wording-default = صياغة الإجابة المعتادة: { $variant }

serve-locale-label = لغة المريض
serve-locale-hint = تظهر كل لغة باسمها في لغتها.
serve-locales-reviewed = ترجمات تمت مراجعتها
serve-locales-draft = ترجمات مسودة (لم تُراجع بعد)
serve-locale-draft-note = النشرة المطبوعة بترجمة مسودة تحمل تحت عنوانها عبارة «ترجمة لم تُراجع بعد».

serve-paper-legend = الورق
serve-paper-from-clinic = تم اختيار ورق العيادة.
serve-paper-from-browser = تم الاختيار حسب منطقة متصفحك.
serve-paper-from-server = تم الاختيار حسب منطقة هذا الحاسوب.
serve-paper-from-default = الورق A4، ما لم تختر Letter.
serve-paper-letter = Letter (الولايات المتحدة)
serve-paper-a4 = A4

serve-large-print = خط كبير (حروف أكبر وصفحات أكثر)

serve-name-label = اسم المريض (اختياري)
serve-name-hint = يُطبع تحت العنوان بعبارة «أُعدّت من أجل …». لا يُحفظ ولا يُسجَّل.

serve-print = طباعة النشرة
serve-download = تنزيل
serve-print-hint = زر «طباعة النشرة» يفتح ملف PDF في علامة تبويب جديدة لتطبعه منها. زر «تنزيل» يحفظه.
serve-privacy = تعمل هذه الصفحة على هذا الحاسوب. لا يُحتفظ بشيء مما تكتبه بعد إعداد النشرة.

serve-problems-heading = لم تُعَدّ النشرة. يُرجى مراجعة ما يلي:
serve-error-label = خطأ:
serve-error-encoding = لم يُرسل النموذج نصًّا بترميز UTF-8.
serve-error-unknown-field = في النموذج حقل لا يعرفه هذا الخادم: { $field }. الحقول المعروفة: { $fields }.
serve-error-repeated-field = أُرسل الحقل { $field } مرتين.
serve-error-too-many-concerns = أُرسلت مخاوف كثيرة جدًّا (أكثر من { $limit }).
serve-error-topic-missing = اختر نشرة.
serve-error-topic-invalid = اسم هذه النشرة غير صالح.
serve-error-topic-unknown = لا توجد هذه النشرة. النشرات: { $topics }.
serve-error-concern-invalid = اسم أحد المخاوف غير صالح.
serve-error-concern-unknown = لا يوجد في هذه النشرة القلق «{ $concern }». مخاوفها: { $concerns }.
serve-error-locale-invalid = رمز اللغة هذا غير صالح.
serve-error-locale-unknown = لا توجد ترجمة بهذه اللغة. اللغات: { $locales }.
serve-error-locale-served-by = تُطبع اللغة «{ $locale }» بالترجمة «{ $folder }»: اختر تلك الترجمة.
serve-error-locale-messages = لا تستطيع الترجمة «{ $locale }» طباعة هذه النشرة بعد. اختر لغة أخرى، أو أخبر المسؤول عن الترجمات.
serve-error-name = لا يمكن طباعة هذا الاسم.
serve-error-paper = اختر Letter أو A4.
serve-error-large-print = الخط الكبير إما أن يُختار أو لا.
serve-error-copy = لا يمكن إعداد هذه النسخة. النسخ: { $values }.
serve-error-format = لا يمكن إعداد هذه الصيغة. الصيغ: { $values }.
serve-error-action = استخدم زر «طباعة النشرة» أو زر «تنزيل».
serve-error-leaflet = تعذّر إعداد النشرة.

# The copy and the format to make.
# REVIEW: draft translation of the copy and format choices.
serve-copy-legend = أي نسخة
serve-copy-patient = نشرة المريض
serve-copy-clinician = نسخة المعالج (ما تقوله النشرة، مع أسئلة للتحقق من الفهم)، بلغة هذه الصفحة
serve-format-legend = الصيغة
serve-format-pdf = PDF، للطباعة
serve-format-html = صفحة ويب (HTML)، لبوابة المرضى أو لقارئ الشاشة

# مسودة (draft) من locales/en-US/clinician-copy.ftl: نسخة المعالج.

clinician-copy-title = نسخة المعالج: { $title }
clinician-copy-leaflet-language = نشرة المريض باللغة { $language }. تخبرك هذه الورقة بالعربية بما تقوله النشرة.
clinician-copy-language-en-US = الإنجليزية
clinician-copy-language-es = الإسبانية
clinician-copy-language-ar = العربية
clinician-copy-language-zh-Hans = الصينية (المبسطة)
clinician-copy-language-vi = الفيتنامية
clinician-copy-language-ru = الروسية
clinician-copy-leaflet-draft = ترجمتها مسودة لم يراجعها بعد معالج من أهل اللغة.
clinician-copy-all-concerns = تجيب النشرة عن كل مخاوف الموضوع.
clinician-copy-how = لكل مخاوف: ما تقوله النشرة للمريض، وسؤال للتأكد من الفهم، وسؤال من المقابلة التحفيزية.
clinician-copy-teach-back-opener = للبدء: «أريد أن أتأكد أنني شرحت هذا جيدًا. هل يمكنك أن تخبرني بكلماتك…»
clinician-copy-tells-heading = ما تقوله النشرة للمريض
clinician-copy-worry-label = المخاوف:
clinician-copy-answer-label = جواب النشرة:
clinician-copy-wording = الصياغة التي اختارتها العيادة: { $wording }
clinician-copy-meetings-label = الاجتماعات التي تذكرها:
# REVIEW: "teach-back": «التأكد من الفهم» أو «طريقة الإعادة».
clinician-copy-teach-back-label = التأكد من الفهم:
# Above the teach-back question in the patient's language (when the sheet is in another).
# REVIEW: new message.
clinician-copy-teach-back-in = باللغة { $language }:
clinician-copy-mi-label = المقابلة التحفيزية:
clinician-copy-no-teach-back = لا يوجد بعد سؤال للتأكد من الفهم لهذه المخاوف.
clinician-copy-mi-tips-heading = الحديث مع المريض
clinician-copy-mi-tips = استأذن قبل أن تعطي معلومات. اسأل أولًا عما سمعه المريض. اعكس المخاوف قبل أن تجيب. اختم بقراره: الذهاب ووقته يعودان إليه.
clinician-copy-record = تم التأكد من الفهم (التاريخ، الأحرف الأولى):
clinician-copy-sources-heading = المصادر
clinician-copy-footer = نسخة المعالج · ليست للمريض

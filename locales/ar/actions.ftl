# مسودة (draft) من locales/en-US/actions.ftl: النقاط الأساسية، «خطوتي
# التالية»، «اطلب المساعدة الآن». صياغة محايدة من حيث الجنس.

actions-key-points-label = نقاط أساسية
tsm-key-point-1 = الاجتماعات مجانية.
tsm-key-point-2 = لست مضطرًا إلى الكلام. يمكنك أن تكتفي بالاستماع.
tsm-key-point-3 = الذهاب قرارك. يمكنك أن تجرب اجتماعًا وتقرر بنفسك.
fm-key-point-1 = الاجتماعات مجانية.
fm-key-point-2 = لا أحد يُجبَر على الكلام. يمكنك أن تكتفي بالاستماع.
fm-key-point-3 = إذا لم يناسبك اجتماع، جرّب اجتماعًا آخر.

actions-next-step-heading = خطوتي التالية
actions-next-step-intro = املأ هذا معنا، أو وحدك.
actions-next-step-meeting = اجتماع يمكنني أن أجربه:
actions-next-step-when = اليوم والساعة:
actions-next-step-with = شخص يمكن أن يذهب معي:

actions-website = الموقع الإلكتروني:

actions-welcoming-heading = اجتماعات نعرف أنها ترحب بمن يتناولون الدواء:
actions-welcoming-meeting = { $name }: { $when }، { $place } (تحققنا في { $checked })

actions-help-heading = اطلب المساعدة الآن
actions-help-crisis = في الأزمات، اتصل بالرقم { $number }.
actions-help-helpline = للمساعدة والمعلومات، اتصل بالرقم { $number }.
# REVIEW: «نالوكسون» (Narcan)؛ «لا تتعاطَ وحدك» عبارة الحد من الضرر المعتادة.
actions-help-naloxone = إذا عدت إلى التعاطي، فلا تتعاطَ وحدك. احمل معك النالوكسون. يمكنه أن يوقف الجرعة الزائدة.

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Arabic: simple Modern Standard Arabic.
# "You" is kept gender-neutral where possible (verbal nouns such as «يمكنك تجربة», unvocalized suffixes).
# "chairperson" is «رئيس الاجتماع»; "share" is «المشاركة بالحديث»; "I pass" is «أكتفي بالاستماع».

tsm-title = اجتماعات الخطوات الـ12: إجابات عن مخاوف شائعة
tsm-subtitle = زمالة المدمنين المجهولين (NA) وزمالة مدمني الكحول المجهولين (AA)

tsm-intro-1 = زمالتا NA وAA مجموعتان من أشخاص يساعد بعضهم بعضًا على الابتعاد عن المخدرات أو الكحول. منذ عشرات السنين، ساعدت الزمالتان ملايين الناس حول العالم. وتوجد اجتماعات في معظم الأماكن.
tsm-intro-2 = إذا لم يسبق لك حضور أي اجتماع، فالشعور بالتوتر أمر طبيعي. تجيب هذه النشرة عن المخاوف التي تحدثت عنها معنا.

## How meetings differ from group therapy

tsm-two-kinds-heading = الاجتماعات ليست علاجًا جماعيًا
tsm-two-kinds-therapy = العلاج الجماعي جزء من العلاج. يقوده مرشد مدرب. وعادة ما يكون بمقابل مادي. وفي معظم الأحيان، يُنتظر من كل شخص أن يقول شيئًا.
tsm-two-kinds-meetings = اجتماع الخطوات الـ12 ليس علاجًا. هو لقاء بين أشخاص مرّوا بمشكلات مع المخدرات أو الكحول، يدعم فيه بعضهم بعضًا. في الاجتماع:
tsm-two-kinds-free = الحضور مجاني.
tsm-two-kinds-no-speaking = لا أحد مُلزَم بالكلام.
tsm-two-kinds-no-advice = يحكي الناس قصتهم الخاصة بدلًا من إعطاء النصائح.
tsm-two-kinds-members-lead = يدير الاجتماع عضو من الأعضاء، وليس معالجًا.

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = إجابات عن مخاوفك

tsm-made-to-speak-worry = «سيجبرونني على الكلام».
tsm-made-to-speak-answer = لا أحد يُجبَر على الكلام. في بعض الاجتماعات، يُعرض الدور على كل شخص، ويمكنك ببساطة قول: «أكتفي بالاستماع». وفي اجتماعات أخرى، يرفع الناس أيديهم ويعطيهم رئيس الاجتماع الكلمة. ومرحبًا بك حتى لو اكتفيت بالاستماع.

tsm-drug-talk-triggers-worry = «سماع الناس يتحدثون عن المخدرات سيجعلني أرغب في التعاطي».
tsm-drug-talk-triggers-answer = تطلب مجموعات كثيرة من الأعضاء ألا يدخلوا في تفاصيل عن مخدرات بعينها. بدلًا من ذلك، يتحدث الأعضاء عن مشاعرهم وعمّا يساعدهم على الامتناع عن التعاطي. وبعض رؤساء الاجتماعات يوقفون القصة الطويلة التي تجعل التعاطي يبدو أمرًا جيدًا.

tsm-others-problems-worry = «لا أريد أن أسمع مشكلات الجميع».
tsm-others-problems-answer = يتحدث الناس عن مشكلاتهم، لكن التركيز يكون على إيجاد الحلول. الاجتماع الجيد لا يصبح مكانًا لتفريغ التجارب السيئة فقط. يتحدث الأعضاء عمّا نفعهم وعمّا لم ينفعهم.

tsm-costs-money-worry = «الاجتماعات تكلف مالًا، مثل العلاج».
tsm-costs-money-answer = الاجتماعات مجانية. قد تُمرَّر سلة لمن يرغب في التبرع. لا يُنتظر من القادمين الجدد أن يقدموا أي شيء. والاجتماع ليس علاجًا، بل هو أشخاص لديهم المشكلة نفسها يساعد بعضهم بعضًا.

tsm-advice-and-confrontation-worry = «سيقولون لي ماذا أفعل، أو سيواجهونني بأخطائي».
tsm-advice-and-confrontation-answer = لا يقدم الأعضاء النصائح بعضهم لبعض، ولا يواجه أحدهم الآخر بأخطائه. بل يشاركون تجربتهم الخاصة: ما نفعهم وما لم ينفعهم. والأعضاء ليسوا كاملين، لذلك قد يقدم أحدهم نصيحة أو يعظ أحيانًا.

tsm-therapist-in-charge-worry = «سيدير الاجتماع معالج نفسي».
tsm-therapist-in-charge-answer = لا يدير الاجتماع أي معالج أو مرشد. بل يفتتحه عضو يُسمّى رئيس الاجتماع، ويختتمه في موعده. رئيس الاجتماع يوجّه الاجتماع، لكنه لا يتحكم فيه.

tsm-attendance-records-worry = «سيحتفظ أحدهم بسجلات عني».
tsm-attendance-records-answer = لا تحتفظ الاجتماعات بسجلات للحضور. أنت عضو متى قلت ذلك. يستخدم الناس أسماءهم الأولى فقط. ومن العادة أن ما يُقال في الاجتماع يبقى فيه.

tsm-religion-worry = «الأمر ديني، وأنا لست شخصًا متدينًا».
tsm-religion-answer = الاجتماعات روحية وليست دينية. قد يتحدث الأعضاء عن «قوة عليا». كل عضو يفهم ذلك بطريقته الخاصة. لا يُشترط أي معتقد ديني، ويحضر الاجتماعات أيضًا أشخاص لا يتبعون أي دين.

tsm-only-aa-nearby-worry = «لا توجد في منطقتي إلا AA، ومشكلتي هي المخدرات».
tsm-only-aa-nearby-answer = ترحب AA بكل من يرغب في التوقف عن شرب الكحول. وكثير من أعضاء AA تعاطوا مخدرات أخرى أيضًا. إذا شاركت بالحديث في AA، يُطلب منك الالتزام بتركيز AA على الكحول. أما NA فتعتبر الكحول مخدرًا أيضًا.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = «هل سيرحبون بي إذا كنت أتناول الميثادون أو البوبرينورفين؟»
tsm-maintenance-medication-answer-1 = الشرط الوحيد للعضوية هو الرغبة في التوقف عن التعاطي. دواؤك علاج طبي. أنت والطبيب الذي وصفه لك تقرران بشأنه معًا. التوقف المفاجئ عن المواد الأفيونية قد يكون خطيرًا.
tsm-maintenance-medication-answer-2 = لدى بعض الأعضاء وبعض المجموعات آراء سلبية عن هذه الأدوية. تطلب بعض المجموعات ممن تناولوا مؤخرًا مواد «تغير العقل أو المزاج» ألا يشاركوا بالحديث. وتترك NA مثل هذه القواعد لكل مجموعة. ذكر دوائك في الاجتماع أو عدم ذكره قرار يعود إليك. وكثير من المرضى يختارون ألا يذكروه.
# REVIEW: NA "In Times of Illness" and AA "The A.A. Member: Medications and Other Drugs" are kept in English;
# replace them with the fellowships' own Arabic titles if those pamphlets exist in Arabic.
tsm-maintenance-medication-answer-3 = الاجتماعات تختلف كثيرًا. إذا بدا لك اجتماع غير مرحب، يمكنك تجربة اجتماع آخر. كتيب NA «In Times of Illness» يتحدث عن الأدوية. ونشرة AA «The A.A. Member: Medications and Other Drugs» تقول إن على الأعضاء ألا يلعبوا دور الطبيب.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
# REVIEW: same two pamphlet titles kept in English as above.
tsm-maintenance-medication-answer-3-welcoming = الاجتماعات تختلف كثيرًا. يمكننا أن نخبرك عن اجتماعات نعرف أنها مرحبة. ويمكننا أيضًا أن نخبرك عن اجتماعات عبر الإنترنت. إذا بدا لك اجتماع غير مرحب، يمكنك تجربة اجتماع آخر. كتيب NA «In Times of Illness» ونشرة AA «The A.A. Member: Medications and Other Drugs» يتحدثان عن الأدوية.

## Closing sections

tsm-find-heading = كيف يمكنك العثور على اجتماع
tsm-find-web = يمكنك طلب عنوان موقع على الإنترنت منا، فيه قائمة بالاجتماعات القريبة منك. وتوجد أيضًا اجتماعات عبر الإنترنت، فيمكنك الانضمام إليها من البيت.
tsm-find-try-another = الاجتماعات تختلف كثيرًا. إذا لم يناسبك اجتماع ما، يمكنك تجربة اجتماع آخر.

tsm-side-by-side-heading = الاجتماعات والعلاج يكمل أحدهما الآخر
tsm-side-by-side-body = يمكنك حضور الاجتماعات خلال فترة علاجك. العلاج يقدم لك رعاية من فريق مدرب. والاجتماعات تقدم لك دعم أشخاص مرّوا بالتجربة نفسها.

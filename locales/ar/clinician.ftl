# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Clinician copy (`handout render --copy clinician --clinician-locale ar`).
# Teach-back questions are asked of the patient, in the patient's language, by a clinician or interpreter.
# The MI prompts, the NA literature history and the sources are DRAFT translations by the handout
# maintainers, not yet reviewed by a clinician who reads this language; lines marked REVIEW say what
# to check. Publication titles stay in English (how the documents are catalogued), each followed by
# a short translation in brackets; that translation is not an official title unless a REVIEW note says so.

## twelve-step-meetings: one pair per concern (tsm-<concern-id>-teach-back, -mi-prompt)

tsm-made-to-speak-teach-back = بكلماتك الخاصة، ماذا يحدث إذا جاء دورك ولا رغبة لديك في الكلام؟
tsm-made-to-speak-mi-prompt = اعكس القلق أولًا («يبدو التحدث أمام الغرباء أمرًا صعبًا»). ثم اسأل: «ما الذي يسهّل عليك أن تجلس وتستمع فقط في المرة الأولى؟» الإجابة المنتظرة: «يمكنني أن أقول: أكتفي بالاستماع».

tsm-labels-teach-back = عندما يعرّف الناس بأنفسهم، ماذا يمكن أن يُقال بدلًا من «أنا مدمن»؟
tsm-labels-mi-prompt = اسأل المريض عمّا تعنيه له كلمتا «مدمن» و«مدمن كحول»، واعكس شعوره. وضّح أن طريقة وصفه لنفسه خياره هو، في الاجتماع وهنا.

tsm-still-using-teach-back = هل يجب التوقف عن التعاطي قبل الذهاب إلى اجتماع؟ وماذا يمكنك أن تفعل هناك إذا تعاطيت في ذلك اليوم؟
tsm-still-using-mi-prompt = اسأل لتستكشف رأيه: «كيف سيكون بالنسبة إليك أن تذهب الآن، قبل أن تتوقف؟» تجنّب جعل الحضور شرطًا للعلاج. إذا كان المريض يتعاطى المواد الأفيونية، فقدّم له النالوكسون ونصيحة «لا تتعاطَ وحدك» كلًّا على حدة.

tsm-drug-talk-triggers-teach-back = إذا أثار حديث أحدهم عن التعاطي رغبتك في التعاطي، ماذا يمكنك أن تفعل؟
tsm-drug-talk-triggers-mi-prompt = خطّطا لذلك معًا واربطاه بخطة المريض للوقاية من الانتكاس: الخروج قليلًا، التحدث مع شخص بعد الاجتماع، الاتصال بنا، تجربة اجتماع آخر. اسأل: «ما الذي ساعدك من قبل على التعامل مع الرغبة الملحّة في التعاطي؟»

tsm-others-problems-teach-back = عمّ يتحدث الناس في الغالب عندما يشاركون بالحديث؟
tsm-others-problems-mi-prompt = اعكس: «لديك ما يكفيك من الهموم». اسأل عمّا يودّ أن يسمعه في الاجتماع. الإجابة المنتظرة: الأمل والأفكار التي تنجح، لا المشكلات.

tsm-costs-money-teach-back = هل يلزمك إحضار مال إلى الاجتماع؟
tsm-costs-money-mi-prompt = أكّد أن الاجتماعات مجانية وأنه لا يُنتظر من القادمين الجدد أن يدفعوا شيئًا. ثم اسأل: «كيف تتوافق الاجتماعات مع العلاج الذي تتلقاه هنا؟» (الاجتماعات تُضاف إلى العلاج ولا تحلّ محلّه).

tsm-advice-and-confrontation-teach-back = إذا قدّم لك أحدهم نصيحة لا تريدها، ماذا يمكنك أن تفعل؟
tsm-advice-and-confrontation-mi-prompt = اسأل عن تجارب سابقة قيل له فيها ما يجب أن يفعل، واعكسها. الإجابة المنتظرة: «آخذ ما يفيدني وأترك الباقي». أكثر ما يُقال للمرضى الذين يتناولون دواءً هو أن يوقفوه: تدرّبا معًا على الرد (التحدث أولًا مع الطبيب الذي وصف الدواء).

tsm-therapist-in-charge-teach-back = من يدير الاجتماع؟
tsm-therapist-in-charge-mi-prompt = اسأل المريض كيف يتصوّر الاجتماع، ثم أكمل ما ينقص بعد الاستئذان («هل تسمح لي أن أخبرك كيف يجري الاجتماع عادةً؟»). الإجابة المنتظرة: «عضو، هو ميسّر الاجتماع».

tsm-attendance-records-teach-back = هل يحتفظ الاجتماع بقائمة بمن يحضر؟ وهل ما تقوله هناك محميّ مثل ما تقوله هنا؟
# REVIEW: probation, custody and a court attendance form are US legal settings; check the Arabic terms against the clinic's jurisdiction.
tsm-attendance-records-mi-prompt = الإجابة المنتظرة: «لا توجد قائمة؛ الخصوصية هناك عُرف وليست قانونًا». إذا كان المريض تحت المراقبة القضائية، أو صدر بحقه أمر من المحكمة، أو كانت هناك قضية حضانة أو تدخّل من جهات حماية الطفل، فناقشا معًا ما يختار أن يشاركه. بعض الاجتماعات توقّع عند الطلب على استمارة حضور للمحكمة؛ ومع ذلك لا تحتفظ المجموعة بأي قائمة.

tsm-someone-i-know-teach-back = إذا رأيت في الاجتماع شخصًا تعرفه، لماذا هو هناك، وماذا سيفعل بما رآه؟
tsm-someone-i-know-mi-prompt = اسأل المريض عمّن يخشى أن يلتقيه، وماذا سيحدث لو التقاه. استكشفا خيارات يختارها هو: اجتماع في منطقة أخرى، اجتماع عبر الإنترنت، الذهاب مع شخص يثق به.

tsm-religion-teach-back = هل يلزم الإيمان بالله لحضور الاجتماعات؟ وماذا يمكنك أن تفعل إذا قالوا دعاءً؟
tsm-religion-mi-prompt = اسأل عن معتقداته دون إصدار أحكام. إذا كان الجانب الروحي أمرًا لا يقبله، فاعرض عليه أنواعًا أخرى من مجموعات الدعم (SMART Recovery وLifeRing واجتماعات AA العلمانية). للمرضى من ديانة غير مسيحية: الاجتماعات ليست تابعة لأي كنيسة، حتى لو عُقدت في إحداها.

tsm-only-aa-nearby-teach-back = هل يمكنك حضور AA إذا كانت مشكلتك المخدرات؟ وأي اجتماعات AA مفتوحة للجميع؟
tsm-only-aa-nearby-mi-prompt = الإجابة المنتظرة: «الاجتماعات المفتوحة؛ لدى NA اجتماعات عبر الإنترنت». اسأل أيّها يودّ أن يجرّب أولًا. إذا كان يتناول الميثادون أو البوبرينورفين، فقد يكون شرب الكحول معه خطرًا (تثبيط الجهاز العصبي المركزي): قل ذلك هنا، لا في النشرة.

tsm-cant-get-there-teach-back = إذا لم تستطع حضور اجتماع بنفسك، كيف يمكنك المشاركة بطريقة أخرى؟
tsm-cant-get-there-mi-prompt = اعكس الأعباء العملية (المواصلات، العمل، الأطفال). اسأل: «أي وقت من اليوم يناسبك؟» ثم ساعده على اختيار اجتماع واحد عبر الإنترنت أو بالهاتف وكتابته في خانة «خطوتي التالية».

tsm-tried-once-teach-back = إذا لم يناسبك أول اجتماع تجربه، ماذا يمكنك أن تفعل؟
# REVIEW: «مجتمع الميم» for LGBTQ+; check that it suits the clinic's Arabic-speaking patients.
tsm-tried-once-mi-prompt = اسأل عمّا لم يناسبه، واعكسه. اسأل: «كيف يبدو الاجتماع الذي يناسبك؟» اذكر الاجتماعات المخصصة للنساء أو الرجال أو الشباب أو أفراد مجتمع الميم (LGBTQ+) أو التي تُعقد بلغته، حيثما وُجدت.

tsm-maintenance-medication-teach-back = من يقرر بشأن دوائك؟ وماذا ستفعل إذا طلب منك أحد في الاجتماع أن توقفه؟
tsm-maintenance-medication-mi-prompt = الإجابة المنتظرة: «أقرر أنا والطبيب الذي يصف لي الدواء؛ أتحدث معه أولًا؛ التوقف المفاجئ خطر». اسأل عمّا سمعه عن الاجتماعات والأدوية. قل بوضوح إن العيادة ترى الدواء جزءًا من التعافي. ذِكر الدواء في الاجتماع أو عدمه خياره هو.

# NA's literature on medication, for the clinician (not printed for the patient).
# REVIEW: check whether NA/AA publish Arabic titles for these pamphlets, and the Arabic NA wording for "carry the message" (حمل الرسالة) and "complete abstinence" (الامتناع التام).
tsm-medication-literature-history = تقول نشرة NA رقم 29، “Regarding Methadone and Other Drug Replacement Programs” (بشأن الميثادون وبرامج الاستبدال الدوائي الأخرى، 1996)، إن من يتناولون الميثادون مرحَّب بهم للحضور والاستماع، لكن مشاركتهم بالحديث أو إدارتهم للاجتماعات لا تحمل رسالة NA. ويخفّف كتيّب الخدمة “NA Groups & Medication” (مجموعات NA والأدوية، 2011) هذا الموقف: فكل مجموعة تقرر مدى مشاركة الشخص الذي يتلقى علاجًا استبداليًا، لكن NA لا تزال لا تعدّ العلاج الاستبدالي الامتناعَ التام الذي تطلبه من أعضائها. وتنشر NA أيضًا للمهنيين “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” (زمالة المدمنين المجهولين والأشخاص الذين يتلقون علاجًا بمساعدة الأدوية). أما كتيّب NA “In Times of Illness” (في أوقات المرض) فيتناول الأدوية في حالات المرض والإصابة والألم والصحة النفسية، لا الميثادون ولا البوبرينورفين، فلا تُحِل إليه المرضى الذين يتناولون هذه الأدوية. ومنذ عام 2018 يناقش المؤتمر العالمي للخدمة في NA أدبيات جديدة للأعضاء حول DRT/MAT (العلاج الاستبدالي/العلاج بمساعدة الأدوية): راجع na.org بحثًا عنها قبل كل مراجعة للمحتوى. ويقول كتيّب AA “The A.A. Member—Medications and Other Drugs” (عضو AA: الأدوية والمخدرات الأخرى، مراجَع 2011) إنه لا ينبغي لأي عضو أن «يلعب دور الطبيب»، وإن النصيحة الطبية يجب أن تأتي من طبيب مؤهل.

# The wording a clinic chooses for the medication answer (topic `wording: names:`), named for the web form; never printed for the patient.
# REVIEW: the names of the three wordings, shown to the clinician in the web form.
tsm-maintenance-medication-wording-balanced = متوازنة (الاجتماعات تختلف كثيرًا ويمكن تجربة غيرها؛ وتقول AA إنه لا ينبغي لأي عضو أن «يلعب دور الطبيب»)
tsm-maintenance-medication-wording-welcoming = مع قائمة الاجتماعات المرحِّبة (تستطيع العيادة أن تذكر اجتماعات تعرف أنها مرحِّبة، واجتماعات عبر الإنترنت)
tsm-maintenance-medication-wording-candid = صريحة (قد لا تحتسب بعض المجموعات فترة تناول الدواء «فترة نظافة»، وقد لا تسمح بإدارة الاجتماع أو المشاركة بالحديث)

## twelve-step-meetings: sources (the topic's `sources:` list)

tsm-source-1 = تدوينة لأحد المعالجين، “The Differences Between 12-step Meetings and Group Therapy”، وتعليقات قرّائها (2011–2017): مقارنة الاجتماعات بالعلاج الجماعي؛ المخاوف التي يعبّر عنها المرضى.
tsm-source-2 = NA World Services، النشرة رقم 29، “Regarding Methadone and Other Drug Replacement Programs” (بشأن الميثادون وبرامج الاستبدال الدوائي الأخرى، 1996)؛ وقد خفّفها كتيّب “NA Groups & Medication” (2011).
tsm-source-3 = NA World Services، “NA Groups & Medication” (مجموعات NA والأدوية؛ كتيّب خدمة، 2011): كل مجموعة تقرر؛ العلاج الاستبدالي ليس الامتناع التام بمفهوم NA.
tsm-source-4 = NA World Services، “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” (زمالة المدمنين المجهولين والأشخاص الذين يتلقون علاجًا بمساعدة الأدوية؛ كتيّب للمهنيين).
tsm-source-5 = AA World Services، “The A.A. Member—Medications and Other Drugs” (عضو AA: الأدوية والمخدرات الأخرى؛ 1984، مراجَع 2011): لا ينبغي لأي عضو أن «يلعب دور الطبيب».
tsm-source-6 = Bill W. (بيل و.)، “Problems Other Than Alcohol” (مشكلات غير الكحول؛ A.A. Grapevine، 1958؛ كتيّب من AA): عضوية AA لمن لديه رغبة في التوقف عن الشرب؛ ويمكن لأي شخص حضور الاجتماعات المفتوحة.
tsm-source-7 = AA، “A Newcomer Asks” (قادم جديد يسأل) و“Frequently Asked Questions About A.A.” (أسئلة شائعة عن AA): لا سجلات للحضور؛ من تعرفهم موجودون هناك للسبب نفسه؛ أنت وحدك من يقرر.
# REVIEW: check the wording of the Third Tradition in Arabic NA and AA literature.
tsm-source-8 = التقليد الثالث في NA وAA: الشرط الوحيد للعضوية هو الرغبة في التوقف عن التعاطي (NA) أو عن الشرب (AA).
tsm-source-9 = SAMHSA، TIP 63، “Medications for Opioid Use Disorder” (أدوية علاج اضطراب تعاطي المواد الأفيونية؛ تحديث 2020): إيقاف الدواء يرفع خطر العودة إلى التعاطي وخطر الجرعة الزائدة؛ التعافي مع الدواء.
tsm-source-10 = NIDA، “Words Matter” (الكلمات مهمة): مصطلحات تضع الشخص أولًا ولا تَصِم («خالٍ من المخدرات» بدلًا من «نظيف»)؛ MARA وSMART Recovery وLifeRing وRecovery Dharma وWomen for Sobriety كما تصف كلٌّ منها نفسها.

## first-meeting: sources

fm-source-1 = تدوينة لأحد المعالجين، “The Differences Between 12-step Meetings and Group Therapy”، وتعليقات قرّائها (2011–2017): أشكال الاجتماعات، ميسّر الاجتماع، السلة، الخصوصية.
# REVIEW: same Third Tradition wording as tsm-source-8.
fm-source-2 = التقليد الثالث في NA وAA: الشرط الوحيد للعضوية هو الرغبة في التوقف عن التعاطي (NA) أو عن الشرب (AA).
fm-source-3 = NA، “An Introduction to NA Meetings” (مقدمة عن اجتماعات NA)؛ AA، “A Newcomer Asks” (قادم جديد يسأل): الاجتماعات المفتوحة والمغلقة، الميداليات والعملات، الرعاة.

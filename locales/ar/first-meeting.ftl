# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: first-meeting (topics/first-meeting.yaml). Arabic: simple Modern Standard Arabic.
# "You" is kept gender-neutral where possible (verbal nouns, unvocalized suffixes).
# "chairperson" is «رئيس الاجتماع»; "I pass" is «أكتفي بالاستماع».

fm-title = أول اجتماع لك من اجتماعات الخطوات الـ12
fm-subtitle = ما يمكن توقعه في اجتماع زمالة المدمنين المجهولين (NA) أو زمالة مدمني الكحول المجهولين (AA)

fm-intro-1 = من الطبيعي الشعور بالتوتر قبل أول اجتماع. وقد تفيدك معرفة ما يحدث هناك.
fm-intro-2 = الاجتماعات تختلف من مكان إلى آخر، لذلك قد لا يطابق اجتماعك كل التفاصيل المذكورة هنا.

## Before the meeting

fm-before-heading = قبل الاجتماع
fm-before-early = من الجيد الوصول قبل الموعد ببضع دقائق. قد يأتي أحدهم ليسلم عليك. وقد تكون هناك قهوة.
fm-before-newcomer = يمكنك السؤال: هل يوجد اجتماع «للقادمين الجدد» أو «للمبتدئين»؟ هذه الاجتماعات مخصصة للأشخاص الجدد.

## During the meeting

fm-during-heading = أثناء الاجتماع
fm-during-length = يستمر الاجتماع نحو ساعة، بين 50 و90 دقيقة تقريبًا. وتبدأ اجتماعات كثيرة ببعض القراءات القصيرة.
fm-during-kinds = هناك نوعان شائعان من الاجتماعات:
fm-during-speaker = اجتماع المتحدث: يحكي شخص واحد قصته. يتحدث عن حاله في الماضي، وعمّا حدث، وعن حاله الآن.
fm-during-discussion = اجتماع النقاش: يتكلم الناس بالدور، أو يرفعون أيديهم للمشاركة بالحديث.

## What is up to you

fm-choice-heading = مقدار مشاركتك قرارك أنت
fm-choice-intro = لا أحد يُجبَر على الكلام. يوجه الاجتماع عضو يُسمّى رئيس الاجتماع، وليس معالجًا.
fm-choice-listen = يمكنك الاستماع فقط. وإذا جاء دورك، يمكنك ببساطة قول: «أكتفي بالاستماع».
fm-choice-new = قد يُسأل الحاضرون إن كان بينهم أحد جديد. يمكنك الإفصاح عن ذلك أو التزام الصمت. القرار لك.
fm-choice-names = يستخدم الناس أسماءهم الأولى فقط. لا أحد يحتفظ بقائمة بمن يحضر.
fm-choice-basket = قد تُمرَّر سلة لجمع المال. لا يُنتظر من القادمين الجدد أن يقدموا شيئًا.

## After the meeting

fm-after-heading = بعد الاجتماع
fm-after-phone = قد يعرض عليك بعض الأشخاص أرقام هواتفهم. يمكنك الاتصال بهم متى أردت الدعم. أخذ الرقم اختيارك أنت.
fm-after-try-another = إذا لم يناسبك هذا الاجتماع، يمكنك تجربة اجتماع آخر. الاجتماعات تختلف كثيرًا.

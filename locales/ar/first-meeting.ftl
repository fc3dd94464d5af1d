# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: first-meeting (topics/first-meeting.yaml). Arabic: simple Modern Standard Arabic.
# "You" is kept gender-neutral where possible (verbal nouns, unvocalized suffixes).
# "chairperson" is «ميسّر الاجتماع»; "I pass" is «أكتفي بالاستماع».

fm-title = أول اجتماع لك من اجتماعات الخطوات الـ12
fm-subtitle = ما يمكن توقعه في اجتماع زمالة المدمنين المجهولين (NA) أو زمالة مدمني الكحول المجهولين (AA)

fm-intro-1 = من الطبيعي الشعور بالتوتر قبل أول اجتماع. وقد تفيدك معرفة ما يحدث هناك.
fm-intro-2 = الاجتماعات تختلف من مكان إلى آخر، لذلك قد لا يطابق اجتماعك كل التفاصيل المذكورة هنا.

## Before the meeting

fm-before-heading = قبل الاجتماع
fm-before-early = من الجيد الوصول قبل الموعد ببضع دقائق. قد يأتي أحدهم ليسلم عليك، وقد تكون هناك قهوة.
fm-before-newcomer = يمكنك السؤال عن اجتماع «للقادمين الجدد» أو «للمبتدئين».
fm-before-open-closed = غالبًا ما تذكر قوائم الاجتماعات هل الاجتماع مفتوح أم مغلق. الاجتماعات المفتوحة ترحب بأي شخص، ومنهم الأهل والأصدقاء. أما المغلقة فهي لمن يريدون التوقف عن التعاطي أو الشرب.

## During the meeting

fm-during-heading = أثناء الاجتماع
fm-during-length = يستمر الاجتماع نحو ساعة، بين 50 و90 دقيقة تقريبًا.
fm-during-prayer = تبدأ اجتماعات كثيرة ببعض القراءات القصيرة، وتُختتم بدعاء أو بقراءة. يمكنك المشاركة، أو التزام الصمت ببساطة.
fm-during-language = قد يتحدث الناس بصراحة شديدة، وأحيانًا بألفاظ قاسية.
fm-during-kinds = هناك نوعان شائعان من الاجتماعات:
fm-during-speaker = اجتماع المتحدث: يحكي شخص واحد قصته عن حاله في الماضي، وعمّا حدث، وعن حاله الآن.
fm-during-discussion = اجتماع النقاش: يتكلم الناس بالدور، أو يرفعون أيديهم للمشاركة بالحديث.

## What is up to you

fm-choice-heading = مقدار مشاركتك قرارك أنت
fm-choice-intro = يوجه الاجتماع عضو يُسمّى ميسّر الاجتماع، وليس معالجًا.
fm-choice-listen = يمكنك الاستماع فقط. وإذا جاء دورك، يمكنك ببساطة قول: «أكتفي بالاستماع».
fm-choice-new = قد يُسأل الحاضرون إن كان بينهم أحد جديد. يمكنك الإفصاح عن ذلك أو التزام الصمت.
fm-choice-names = يستخدم معظم الناس أسماءهم الأولى فقط. لا أحد يحتفظ بقائمة بمن يحضر.
fm-choice-basket = قد تُمرَّر سلة لجمع المال. لا يُنتظر من القادمين الجدد أن يقدموا شيئًا.

## Words you may hear

# REVIEW: Arabic fellowship terms for sponsor, home group, keytags/chips and clean time are unverified.
fm-words-heading = كلمات شائعة في الاجتماعات
fm-words-sponsor = الراعي (sponsor): عضو أمضى وقتًا أطول في التعافي، يساعد عضوًا أحدث منه بشكل فردي.
fm-words-home-group = المجموعة الأم: المجموعة التي يحضرها العضو أكثر من غيرها ويساعد في تنظيمها.
fm-words-keytags = الميداليات أو العملات: قطع صغيرة تشير إلى مدة التعافي. تقدم مجموعات كثيرة واحدة منها للقادمين الجدد.
fm-words-clean-time = الوقت النظيف (في AA: «الصحو»): المدة التي عاشها العضو دون تعاطٍ أو شرب.

## After the meeting

fm-after-heading = بعد الاجتماع
fm-after-phone = قد يعطيك بعض الأشخاص أرقام هواتفهم لتتصل بهم متى أردت الدعم. أخذ الرقم اختيارك أنت.
fm-after-sponsor = لاحقًا، يمكنك اختيار راعٍ. الراعي ليس مرشدًا ولا طبيبًا. القرارات بشأن دوائك تعود إليك وإلى الطبيب الذي وصفه لك.

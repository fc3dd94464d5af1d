# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Clinician copy (`handout render --copy clinician --clinician-locale ru`).
# Teach-back questions are asked of the patient, in the patient's language, by a clinician or interpreter.
# The MI prompts, the NA literature history and the sources are DRAFT translations by the handout
# maintainers, not yet reviewed by a clinician who reads this language; lines marked REVIEW say what
# to check. Publication titles stay in English (how the documents are catalogued), each followed by
# a short translation in brackets; that translation is not an official title unless a REVIEW note says so.

## twelve-step-meetings: one pair per concern (tsm-<concern-id>-teach-back, -mi-prompt)

tsm-made-to-speak-teach-back = Расскажите своими словами: что будет, если до вас дошла очередь, а вы не хотите говорить?
tsm-made-to-speak-mi-prompt = Сначала отразите опасение («Говорить перед незнакомыми людьми — это непросто»). Затем спросите: «Что помогло бы вам в первый раз просто посидеть и послушать?» Ожидаемый ответ: «Я могу сказать: „Я пропускаю“».

tsm-labels-teach-back = Когда люди представляются, что вы можете сказать, если не хотите называть себя наркоманом или алкоголиком?
# REVIEW: Russian NA members usually introduce themselves as «зависимый»; check that «наркоман» («зависимый») reads as intended.
tsm-labels-mi-prompt = Спросите, что значат для пациента слова «наркоман» («зависимый») и «алкоголик», и отразите его чувства. Ясно дайте понять, что как себя называть — решать ему, и на собрании, и здесь.

tsm-still-using-teach-back = Нужно ли бросить употреблять, прежде чем идти на собрание? Что вы можете делать там, если употребляли в этот день?
tsm-still-using-mi-prompt = Выясните мнение пациента: «Каково было бы для вас пойти уже сейчас, ещё до того, как вы бросили?» Не делайте посещение собраний условием лечения. Если пациент употребляет опиоиды, отдельно предложите налоксон и совет «не употребляйте в одиночку».

tsm-drug-talk-triggers-teach-back = Если от чужого рассказа об употреблении вас потянет употребить, что вы можете сделать?
tsm-drug-talk-triggers-mi-prompt = Составьте план вместе и свяжите его с планом профилактики срыва: ненадолго выйти, поговорить с кем-нибудь после собрания, позвонить нам, попробовать другое собрание. Спросите: «Что раньше помогало вам справляться с тягой?»

tsm-others-problems-teach-back = О чём чаще всего говорят люди, когда высказываются?
tsm-others-problems-mi-prompt = Отразите: «У вас и так хватает забот». Спросите, что пациент хотел бы услышать на собрании. Ожидаемый ответ — надежда и то, что помогает, а не проблемы.

tsm-costs-money-teach-back = Нужно ли брать с собой деньги на собрание?
tsm-costs-money-mi-prompt = Подтвердите, что собрания бесплатны и что от новичков денег не ждут. Затем спросите: «Как собрания сочетались бы с лечением, которое вы получаете здесь?» (собрания дополняют лечение, а не заменяют его).

tsm-advice-and-confrontation-teach-back = Если кто-то даёт вам совет, который вам не нужен, что вы можете сделать?
tsm-advice-and-confrontation-mi-prompt = Расспросите о прошлом опыте, когда пациенту указывали, что делать, и отразите его. Ожидаемый ответ: «взять то, что помогает, а остальное оставить». Пациентам, принимающим лекарство, чаще всего советуют его бросить: отрепетируйте ответ (сначала поговорить с врачом, который назначил лекарство).

tsm-therapist-in-charge-teach-back = Кто ведёт собрание?
tsm-therapist-in-charge-mi-prompt = Спросите, каким пациент представляет себе собрание, затем с его разрешения восполните пробелы («Можно я расскажу, как это обычно проходит?»). Ожидаемый ответ: «участник, ведущий».

tsm-attendance-records-teach-back = Ведут ли на собрании список тех, кто приходит? Защищено ли то, что вы там говорите, так же, как то, что вы говорите здесь?
# REVIEW: probation, custody and a court attendance form are US legal settings; check the wording against the clinic's jurisdiction.
tsm-attendance-records-mi-prompt = Ожидаемый ответ: «списка нет; конфиденциальность там — обычай, а не закон». Если пациент на пробации (условном сроке), есть решение суда, спор об опеке или дело в службе защиты детей, обсудите, чем он сам решит делиться. Некоторые собрания по просьбе подписывают форму о посещении для суда; список группа всё равно не ведёт.

tsm-someone-i-know-teach-back = Если вы встретите на собрании знакомого, почему он там и что он сделает с тем, что увидел?
tsm-someone-i-know-mi-prompt = Спросите, кого пациент боится встретить и что было бы, если бы это случилось. Рассмотрите варианты, которые он выберет сам: собрание в другом районе, онлайн-собрание, пойти с человеком, которому он доверяет.

tsm-religion-teach-back = Нужно ли верить в Бога, чтобы ходить на собрания? Что вы можете делать, если там читают молитву?
tsm-religion-mi-prompt = Без оценок расспросите о его убеждениях. Если духовная сторона для пациента неприемлема, предложите другие группы поддержки (SMART Recovery, LifeRing, светские собрания АА). Пациентам нехристианского вероисповедания: собрания не относятся ни к какой церкви, даже если проходят в церковном помещении.

tsm-only-aa-nearby-teach-back = Можно ли ходить в АА, если ваша проблема — наркотики? Какие собрания АА открыты для всех?
tsm-only-aa-nearby-mi-prompt = Ожидаемый ответ: «открытые собрания; у АН есть онлайн-собрания». Спросите, что пациент попробовал бы сначала. Если он принимает метадон или бупренорфин, алкоголь вместе с ними может быть опасен (угнетение ЦНС): скажите об этом здесь, а не в памятке.

tsm-cant-get-there-teach-back = Если вы не можете прийти на собрание лично, как ещё можно в нём участвовать?
tsm-cant-get-there-mi-prompt = Отразите практические трудности (транспорт, работа, дети). Спросите: «В какое время дня вам было бы удобно?» Затем помогите выбрать одно онлайн- или телефонное собрание и записать его в рамку «Мой следующий шаг».

tsm-tried-once-teach-back = Если первое собрание вам не подошло, что вы можете сделать?
tsm-tried-once-mi-prompt = Спросите, что пациенту не подошло, и отразите это. Спросите: «Каким было бы собрание, которое вам подходит?» Упомяните собрания для женщин, для мужчин, для молодёжи, для ЛГБТК+ людей или на его языке, если такие есть.

tsm-maintenance-medication-teach-back = Кто принимает решения о вашем лекарстве? Что вы сделаете, если кто-то на собрании скажет вам его бросить?
tsm-maintenance-medication-mi-prompt = Ожидаемый ответ: «решаем я и мой врач; сначала поговорить с врачом; резко бросать опасно». Спросите, что пациент слышал о собраниях и лекарствах. Прямо скажите, что клиника считает лекарство частью выздоровления. Упоминать ли о нём на собрании — решать пациенту.

# NA's literature on medication, for the clinician (not printed for the patient).
# REVIEW: check whether Russian NA/AA service offices publish Russian titles for these pamphlets (e.g. «Во время болезни» for "In Times of Illness"); «нести весть» is the Russian NA phrase for "carry the message".
tsm-medication-literature-history = Бюллетень АН № 29, “Regarding Methadone and Other Drug Replacement Programs” («О метадоне и других программах заместительной терапии», 1996), говорит, что люди на метадоне могут приходить на собрания и слушать, но если они будут высказываться или вести собрания, это не будет нести весть АН. Сервисная брошюра “NA Groups & Medication” («Группы АН и лекарства», 2011) смягчает эту позицию: каждая группа сама решает, насколько человек на заместительной терапии участвует в собраниях, но АН по-прежнему не считает заместительную терапию тем полным воздержанием, которого ждёт от своих членов. Для специалистов АН также издаёт брошюру “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” («Анонимные Наркоманы и люди, получающие медикаментозное лечение»). Брошюра АН “In Times of Illness” («Во время болезни») посвящена лекарствам при болезни, травме, боли и проблемах психического здоровья, а не метадону или бупренорфину, поэтому не направляйте к ней пациентов, принимающих эти препараты. С 2018 года Всемирная конференция обслуживания АН обсуждает новую литературу для членов о заместительной и медикаментозной терапии (DRT/MAT): проверяйте na.org перед каждым пересмотром содержания. Брошюра АА “The A.A. Member—Medications and Other Drugs” («Член АА — лекарства и другие наркотики», ред. 2011) говорит, что ни один член АА не должен «играть в доктора» и что медицинские советы должен давать квалифицированный врач.

# The wording a clinic chooses for the medication answer (topic `wording: names:`), named for the web form; never printed for the patient.
# REVIEW: the names of the three wordings, shown to the clinician in the web form.
tsm-maintenance-medication-wording-balanced = взвешенная (собрания очень разные, можно попробовать другое; АА говорит, что никто не должен «играть в доктора»)
tsm-maintenance-medication-wording-welcoming = со списком доброжелательных собраний (клиника может назвать собрания, где точно рады, и онлайн-собрания)
tsm-maintenance-medication-wording-candid = откровенная (некоторые группы могут не засчитывать время на лекарстве как «чистое» и не давать вести собрание или высказываться)

## twelve-step-meetings: sources (the topic's `sources:` list)

tsm-source-1 = Запись в блоге клинициста “The Differences Between 12-step Meetings and Group Therapy” и комментарии читателей (2011–2017): сравнение собраний с групповой терапией; опасения, которые высказывают пациенты.
tsm-source-2 = NA World Services, Бюллетень № 29, “Regarding Methadone and Other Drug Replacement Programs” («О метадоне и других программах заместительной терапии», 1996); позиция смягчена в “NA Groups & Medication” (2011).
tsm-source-3 = NA World Services, “NA Groups & Medication” («Группы АН и лекарства», сервисная брошюра, 2011): каждая группа решает сама; заместительная терапия — не полное воздержание в понимании АН.
tsm-source-4 = NA World Services, “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” («Анонимные Наркоманы и люди, получающие медикаментозное лечение»; брошюра для специалистов).
tsm-source-5 = AA World Services, “The A.A. Member—Medications and Other Drugs” («Член АА — лекарства и другие наркотики», 1984, ред. 2011): ни один член АА не должен «играть в доктора».
# REVIEW: check whether a Russian AA translation of "Problems Other Than Alcohol" exists and under which title.
tsm-source-6 = Билл У. (Bill W.), “Problems Other Than Alcohol” («Проблемы, не связанные с алкоголем»; A.A. Grapevine, 1958; брошюра АА): членство в АА — для тех, у кого есть желание бросить пить; на открытые собрания может прийти любой.
# REVIEW: check the Russian AA titles of "A Newcomer Asks" and "Frequently Asked Questions About A.A.", if published.
tsm-source-7 = АА, “A Newcomer Asks” («Новичок спрашивает») и “Frequently Asked Questions About A.A.” («Часто задаваемые вопросы об АА»): учёта посещений нет; знакомые там по той же причине; решать можете только вы.
tsm-source-8 = Третья традиция АН и АА: единственное условие членства — желание прекратить употреблять (АН) или бросить пить (АА).
tsm-source-9 = SAMHSA, TIP 63, “Medications for Opioid Use Disorder” («Лекарственная терапия расстройства, вызванного употреблением опиоидов», обновление 2020 г.): прекращение приёма лекарства повышает риск возврата к употреблению и передозировки; выздоровление с лекарственной терапией.
tsm-source-10 = NIDA, “Words Matter” («Слова имеют значение»): нестигматизирующие формулировки, в которых на первом месте человек («без наркотиков» вместо «чистый»); MARA, SMART Recovery, LifeRing, Recovery Dharma и Women for Sobriety — по описанию самих этих групп.

## first-meeting: sources

fm-source-1 = Запись в блоге клинициста “The Differences Between 12-step Meetings and Group Therapy” и комментарии читателей (2011–2017): форматы собраний, ведущий, корзинка для пожертвований, конфиденциальность.
fm-source-2 = Третья традиция АН и АА: единственное условие членства — желание прекратить употреблять (АН) или бросить пить (АА).
fm-source-3 = АН, “An Introduction to NA Meetings” («Введение в собрания АН»); АА, “A Newcomer Asks” («Новичок спрашивает»): открытые и закрытые собрания, брелоки и медальоны, спонсоры.

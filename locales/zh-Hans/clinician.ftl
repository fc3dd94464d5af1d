# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Clinician copy (`handout render --copy clinician --clinician-locale zh-Hans`).
# Teach-back questions are asked of the patient, in the patient's language, by a clinician or interpreter.
# The MI prompts, the NA literature history and the sources are DRAFT translations by the handout
# maintainers, not yet reviewed by a clinician who reads this language; lines marked REVIEW say what
# to check. Publication titles stay in English (how the documents are catalogued), each followed by
# a short translation in brackets; that translation is not an official title unless a REVIEW note says so.

## twelve-step-meetings: one pair per concern (tsm-<concern-id>-teach-back, -mi-prompt)

tsm-made-to-speak-teach-back = 请用您自己的话说一说：如果轮到您，而您不想说话，会怎么样？
tsm-made-to-speak-mi-prompt = 先回应患者的担心（“在陌生人面前说话，听起来挺难的”）。然后问：“第一次去的时候，怎样能让您更容易只是坐着听？”期待听到的回答：“我可以说‘我今天就听听’。”

tsm-labels-teach-back = 大家介绍自己的时候，如果您不想给自己贴标签，可以怎么说？
tsm-labels-mi-prompt = 问问“成瘾者”和“酗酒者”这两个词对患者意味着什么，并回应其中的感受。讲清楚：怎样称呼自己由患者自己决定，在聚会上和在这里都一样。

tsm-still-using-teach-back = 您必须先戒掉，才能去聚会吗？如果您当天用过，在聚会上可以怎么做？
tsm-still-using-mi-prompt = 引导患者自己说出来：“在还没戒掉的时候就去，对您来说会是什么样？”不要把参加聚会作为接受治疗的条件。如果患者使用阿片类物质，另外单独提供纳洛酮和“不要独自使用”的建议。

tsm-drug-talk-triggers-teach-back = 如果听别人谈用毒品让您也想用，您可以怎么做？
tsm-drug-talk-triggers-mi-prompt = 和患者一起做计划，并和其防复发计划联系起来：出去待一会儿、会后找人聊聊、给我们打电话、换一个聚会试试。问：“以前有什么帮您应对过渴求？”

tsm-others-problems-teach-back = 大家分享的时候，主要谈些什么？
tsm-others-problems-mi-prompt = 回应：“您自己要操心的事已经够多了。”问问患者希望在聚会上听到什么。期待听到的回答：希望和管用的办法，而不是问题。

tsm-costs-money-teach-back = 去聚会需要带钱吗？
tsm-costs-money-mi-prompt = 确认聚会是免费的，新来的人不需要给钱。然后问：“聚会和您在这里接受的治疗可以怎样配合？”（聚会是治疗的补充，不能代替治疗。）

tsm-advice-and-confrontation-teach-back = 如果有人给您不想要的建议，您可以怎么做？
tsm-advice-and-confrontation-mi-prompt = 问问患者过去被别人指点该怎么做的经历，并作出回应。期待听到的回答：“有用的就拿走，其余的放下。”用药的患者最常听到的就是让他们停药：和患者预先练习怎么回答（先和开药的医生谈）。

tsm-therapist-in-charge-teach-back = 聚会由谁来带领？
tsm-therapist-in-charge-mi-prompt = 问患者觉得聚会会是什么样子，再征得同意后补充（“我跟您说说聚会一般是怎么进行的，可以吗？”）。期待听到的回答：“一位成员，也就是主持人。”

tsm-attendance-records-teach-back = 聚会会记录谁来参加吗？您在那里说的话，会像在这里说的一样受到保护吗？
# REVIEW: probation, custody and a court attendance form are US legal settings; check 缓刑 and the other terms against the clinic's jurisdiction.
tsm-attendance-records-mi-prompt = 期待听到的回答：“没有名单；那里的保密是惯例，不是法律。”如果患者在缓刑期、有法院命令、涉及子女监护权或有儿童保护机构介入，和患者一起谈谈他们选择分享哪些内容。有些聚会应要求会在法院的出勤表上签字；小组本身仍然不保留名单。

tsm-someone-i-know-teach-back = 如果您在聚会上看到熟人，他们为什么会在那里？他们会怎么对待看到的事？
tsm-someone-i-know-mi-prompt = 问患者担心遇见谁，如果遇见了会怎么样。一起探讨由患者自己选择的办法：去别的地区、参加网上聚会、和信任的人一起去。

tsm-religion-teach-back = 去聚会需要信上帝吗？如果大家一起祷告，您可以怎么做？
tsm-religion-mi-prompt = 不带评判地问问患者的信仰。如果灵性的部分让患者无法接受，就介绍其他类型的互助小组（SMART Recovery、LifeRing、AA世俗聚会）。对信仰基督教以外宗教的患者：聚会不属于任何教会，即使在教堂里开也是如此。

tsm-only-aa-nearby-teach-back = 如果您的问题是毒品，可以去AA吗？哪些AA聚会是对所有人开放的？
tsm-only-aa-nearby-mi-prompt = 期待听到的回答：“公开聚会；NA有网上聚会。”问患者想先试哪一种。如果患者在用美沙酮或丁丙诺啡，同时喝酒可能有危险（中枢神经系统抑制）：在这里当面说明，不写进给患者的资料。

tsm-cant-get-there-teach-back = 如果您没法亲自去聚会，还可以怎样参加？
tsm-cant-get-there-mi-prompt = 回应实际困难（交通、工作、孩子）。问：“一天里什么时间对您合适？”然后帮患者选一个网上或电话聚会，写进“我的下一步”一栏。

tsm-tried-once-teach-back = 如果您试的第一个聚会不合适，您可以怎么做？
tsm-tried-once-mi-prompt = 问问哪里让患者觉得不合适，并作出回应。问：“适合您的聚会会是什么样子？”如果当地有，提一提专为女性、男性、年轻人、LGBTQ+人群开的聚会，或用患者母语开的聚会。

tsm-maintenance-medication-teach-back = 您用药的事由谁决定？如果聚会上有人叫您停药，您会怎么做？
tsm-maintenance-medication-mi-prompt = 期待听到的回答：“我和开药的医生决定；先和开药的医生谈；突然停药很危险。”问患者听说过哪些关于聚会和用药的说法。明确告诉患者，本诊所把药物治疗看作康复的一部分。要不要在聚会上提到用药，由患者自己决定。

# NA's literature on medication, for the clinician (not printed for the patient).
# REVIEW: check whether NA/AA China publish Chinese titles for these pamphlets; "Other Drugs" is rendered 其他成瘾物质 (drugs of abuse), and 传递NA的信息 for "carry NA's message".
tsm-medication-literature-history = NA第29号公报 “Regarding Methadone and Other Drug Replacement Programs”（《关于美沙酮及其他药物替代项目》，1996年）说，欢迎使用美沙酮的人来参加聚会、倾听，但他们发言或主持聚会不能传递NA的信息。服务手册 “NA Groups & Medication”（《NA小组与药物》，2011年）缓和了这一立场：使用药物替代治疗的人参与到什么程度，由各小组决定；但NA仍不把替代治疗算作它要求成员做到的完全戒断。NA还为专业人员出版了 “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment”（《匿名戒毒会与接受药物辅助治疗的人》）。NA的 “In Times of Illness”（《生病的时候》）讲的是生病、受伤、疼痛和精神健康问题所用的药物，不是美沙酮或丁丙诺啡，所以不要让用这些药的患者去看它。从2018年起，NA世界服务大会一直在讨论关于DRT/MAT（药物替代治疗／药物辅助治疗）的新成员文献：每次内容复审前请查看na.org。AA的 “The A.A. Member—Medications and Other Drugs”（《AA成员——药物与其他成瘾物质》，2011年修订）说，任何成员都不应该“扮演医生”，医疗建议应该来自合格的医生。

# The wording a clinic chooses for the medication answer (topic `wording: names:`), named for the web form; never printed for the patient.
# REVIEW: the names of the three wordings, shown to the clinician in the web form.
tsm-maintenance-medication-wording-balanced = 平衡（各聚会差别很大，可以换一个试试；AA说任何成员都不应该“扮演医生”）
tsm-maintenance-medication-wording-welcoming = 列出友好的聚会（诊所可以介绍已知友好的聚会和网上聚会）
tsm-maintenance-medication-wording-candid = 坦率（有些小组可能不把用药期间算作“清醒时间”，也可能不让人主持或发言）

## twelve-step-meetings: sources (the topic's `sources:` list)

tsm-source-1 = 一位临床工作者的博客文章 “The Differences Between 12-step Meetings and Group Therapy” 及读者评论（2011–2017年）：聚会与团体治疗的比较；患者常说出的担心。
tsm-source-2 = NA World Services（NA世界服务处），第29号公报 “Regarding Methadone and Other Drug Replacement Programs”（《关于美沙酮及其他药物替代项目》，1996年）；后由 “NA Groups & Medication”（2011年）缓和。
tsm-source-3 = NA World Services，“NA Groups & Medication”（《NA小组与药物》，服务手册，2011年）：由各小组决定；药物替代不算NA所说的完全戒断。
tsm-source-4 = NA World Services，“Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment”（《匿名戒毒会与接受药物辅助治疗的人》，供专业人员阅读的手册）。
tsm-source-5 = AA World Services（AA世界服务处），“The A.A. Member—Medications and Other Drugs”（《AA成员——药物与其他成瘾物质》，1984年，2011年修订）：任何成员都不应该“扮演医生”。
tsm-source-6 = Bill W.（比尔·W.），“Problems Other Than Alcohol”（《酒精以外的问题》，A.A. Grapevine，1958年；AA小册子）：AA成员资格要求有戒酒的心愿；任何人都可以参加公开聚会。
# REVIEW: check the Chinese AA titles of "A Newcomer Asks" and "Frequently Asked Questions About A.A.", if published (AA China's "44 Questions" is a different pamphlet).
tsm-source-7 = AA，“A Newcomer Asks”（《新人的疑问》）和 “Frequently Asked Questions About A.A.”（《关于AA的常见问题》）：不记录出勤；您认识的人也是为了同样的原因来的；只有您自己能决定。
# REVIEW: check the wording of the Third Tradition in Chinese NA and AA literature.
tsm-source-8 = NA和AA的第三传统：成为成员的唯一要求，是有停止使用毒品（NA）或戒酒（AA）的心愿。
tsm-source-9 = SAMHSA（美国药物滥用和精神卫生服务管理局），TIP 63，“Medications for Opioid Use Disorder”（《阿片类物质使用障碍的药物治疗》，2020年更新版）：停药会增加复用和过量中毒的风险；借助药物康复。
tsm-source-10 = NIDA（美国国家药物滥用研究所），“Words Matter”（《用词很重要》）：以人为先、不带污名的用语（说“不使用毒品”，不说“干净”）；MARA、SMART Recovery、LifeRing、Recovery Dharma和Women for Sobriety的介绍以各团体自己的描述为准。

## first-meeting: sources

fm-source-1 = 一位临床工作者的博客文章 “The Differences Between 12-step Meetings and Group Therapy” 及读者评论（2011–2017年）：聚会形式、主持人、捐款篮、隐私。
# REVIEW: same Third Tradition wording as tsm-source-8.
fm-source-2 = NA和AA的第三传统：成为成员的唯一要求，是有停止使用毒品（NA）或戒酒（AA）的心愿。
fm-source-3 = NA，“An Introduction to NA Meetings”（《NA聚会简介》）；AA，“A Newcomer Asks”（《新人的疑问》）：公开聚会和封闭聚会、钥匙牌和纪念币、引导人。

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Simplified Chinese: 您; full-width punctuation.
# Names: 匿名戒毒会（NA）, 匿名戒酒会（AA）. "chairperson" is 主持人; "I pass" is “我今天就听听” (“我跳过” sounded like gaming slang); "Higher Power" is “更高力量”.
# REVIEW: AA China uses both 匿名戒酒会 (intro booklet) and 嗜酒者互诫协会 (44 Questions); AA Beijing uses 嗜酒者无名会. The subtitles give both on first mention: 匿名戒酒会（AA，又称嗜酒者互诫协会）.

tsm-title = 12步聚会：常见顾虑解答
tsm-subtitle = 匿名戒毒会（NA）和匿名戒酒会（AA，又称嗜酒者互诫协会）

tsm-intro-1 = NA和AA是由一群人组成的团体，他们互相帮助，远离毒品或酒。几十年来，这些团体已经在世界各地帮助了几百万人。大多数地方都有聚会。
tsm-intro-2 = 如果您从来没去过聚会，感到紧张是很正常的。这份资料回答一些常见的顾虑，也包括您和我们谈到的那些。

## How meetings differ from group therapy

tsm-two-kinds-heading = 聚会不是团体治疗
tsm-two-kinds-therapy = 团体治疗是治疗的一部分，由受过训练的咨询师带领。团体治疗通常要花钱。大多数时候，每个人都需要说几句。
tsm-two-kinds-meetings = 12步聚会不是治疗。来参加的人都曾经有过毒品或酒的问题，大家互相支持。在聚会上：
tsm-two-kinds-free = 不收费。
tsm-two-kinds-no-speaking = 没有人必须发言。
tsm-two-kinds-no-advice = 大家讲自己的经历，通常不给别人提建议。
tsm-two-kinds-members-lead = 带领聚会的是一位成员，而不是治疗师。

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = 解答您的顾虑

tsm-made-to-speak-worry = “我会被逼着说话。”
tsm-made-to-speak-answer = 没有人会被逼着发言。在有些聚会上，每个人都会轮到一次，您只说一句“我今天就听听”就可以了。在另一些聚会上，想说话的人举手，由主持人请他们发言。您只听不说也完全可以。

tsm-drug-talk-triggers-worry = “听别人谈毒品，会让我又想吸毒。”
tsm-drug-talk-triggers-answer = 很多小组请成员不要细谈毒品。成员们会谈自己的感受，以及什么能帮助他们远离毒品。如果有人讲很长的故事，把用毒品说得很美好，有些主持人会请他停下来。不过，您可能还是会听到有人谈起过去用毒品的事。如果这勾起了您的毒瘾，您可以出去走一走，或者来和我们谈谈。

tsm-others-problems-worry = “我不想听所有人讲他们的问题。”
tsm-others-problems-answer = 大家会讲到问题，但大多数时候重点是什么能帮上忙。好的聚会不是一个只用来诉苦的地方。成员们会讲什么对他们有用，什么没用。

tsm-costs-money-worry = “这要花钱，就像治疗一样。”
tsm-costs-money-answer = 聚会是免费的。聚会上可能会传一个篮子，想捐钱的人可以放一些。新来的人不需要给任何钱。聚会不是治疗，而是有同样问题的人互相帮助。

tsm-advice-and-confrontation-worry = “他们会对我指手画脚，或者当面指责我。”
tsm-advice-and-confrontation-answer = 在聚会上，成员们通常不会互相提建议，也不会当面指责对方。他们分享自己的经历：什么对他们有用，什么没用。成员们也不是完美的，所以偶尔还是会有人给建议或说教。有用的您就留下，其余的可以不管。

tsm-therapist-in-charge-worry = “会有治疗师来管这个聚会。”
tsm-therapist-in-charge-answer = 聚会不是由治疗师或咨询师带领的。一位叫作“主持人”的成员负责按时开始和结束聚会。主持人引导聚会，但不控制聚会。

tsm-attendance-records-worry = “会有人把我的情况记录下来。”
tsm-attendance-records-answer = 聚会不记录谁来参加。只要您说自己是成员，您就是成员。聚会和警察、法院或本诊所都没有关系，也不向任何人报告。大家通常只用名字或昵称，不用说全名。按照惯例，聚会上说的话就留在聚会里。这只是惯例，不是法律，所以您只分享自己觉得可以分享的事。

tsm-religion-worry = “这是宗教活动，可我不信教。”
tsm-religion-answer = NA和AA说，它们关注的是心灵，不是宗教。您可能会听到“上帝”或“更高力量”这样的说法。每个成员都用自己的方式来理解。有些聚会结束时会一起祷告，您可以只是安静地待着。您不需要有任何信仰，也不需要懂宗教。聚会不属于任何教会，即使在教堂里举行也是这样。有各种信仰的人来参加，也有没有信仰的人来参加。

tsm-only-aa-nearby-worry = “我住的地方只有AA，可我的问题是毒品。”
tsm-only-aa-nearby-answer = AA的公开聚会欢迎任何人参加。要成为AA成员，需要有戒酒的心愿。很多AA成员除了喝酒，也用过毒品。很多AA小组请发言的人谈酒的问题。NA也把酒看作一种成瘾物质，而且NA有网上聚会。

## More worries (added after the clinical content review)

# REVIEW: 成瘾者 / 酗酒者 for "addict" / "alcoholic" as members introduce themselves; please confirm Chinese NA and AA usage.
tsm-labels-worry = “我得管自己叫成瘾者或酗酒者。”
tsm-labels-answer = 很多成员会说自己的名字，再说“我是成瘾者”或“我是酗酒者”。您不一定要这样说。您可以只说名字，或者说“我是新来的”，或者什么都不说。

tsm-still-using-worry = “我还在用，所以现在还不能去。”
tsm-still-using-answer = 您现在就可以去。唯一需要的就是想戒掉的心愿。有些小组会请当天用过的人不要发言。您仍然可以去听。

tsm-someone-i-know-worry = “会有熟人在那里看到我。”
tsm-someone-i-know-answer = 如果熟人在那里，他们和您是为了同样的原因而来。按照惯例，成员不会告诉别人在聚会上见到了谁。您也可以去别的地区的聚会，或者参加网上聚会。

tsm-cant-get-there-worry = “我去不了。我没时间，还要照顾孩子。”
tsm-cant-get-there-answer = 一天中很多时段都有聚会。也有网上和电话聚会，您在家里就能参加。很多时候您可以不开摄像头。我们可以帮您找一个适合您时间的聚会。

tsm-tried-once-worry = “我去过一次，觉得不适合我。”
tsm-tried-once-answer = 各个聚会的人数、气氛和方式差别很大。很多人试了几个，才找到合适的。在很多地方，有专门给女性、男性、年轻人或LGBTQ+人士的聚会，也有用其他语言的聚会。

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = “如果我在用美沙酮或丁丙诺啡，他们会欢迎我吗？”
tsm-maintenance-medication-answer-1 = 可以，您可以去。要成为成员，唯一需要的就是想戒掉的心愿。您用的药是医疗的一部分。用药的事，由您和给您开药的医生一起决定。做任何改变之前，先和给您开药的医生谈一谈。突然停药可能会让您非常难受，还会增加过量中毒的风险。
tsm-maintenance-medication-answer-2 = 有些成员和有些小组对这类药物有不好的看法。如果有人最近用过会改变想法或情绪的东西，有些小组会请他不要发言。即使在这样的小组，也欢迎您去听。要不要在聚会上提到您在用药，由您自己决定。有的人会提，很多人选择不提。
tsm-maintenance-medication-answer-3 = 各个聚会差别很大。如果一个聚会让您觉得不受欢迎，可以换一个试试。AA自己的小册子说，任何成员都不应该“扮演医生”。如果有人叫您停药，请先和给您开药的医生谈一谈。
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
tsm-maintenance-medication-answer-3-welcoming = 各个聚会差别很大。我们可以告诉您，我们知道哪些聚会是欢迎人的，还有哪些网上聚会。如果一个聚会让您觉得不受欢迎，可以换一个试试。在我们看来，按医嘱用药是您康复的一部分。如果有人叫您停药，请先和给您开药的医生谈一谈。
# Variant "candid". REVIEW: “戒断时间” for NA's "clean time"; please confirm Chinese NA usage.
tsm-maintenance-medication-answer-3-candid = 有些小组不把用这类药物的时间算作“戒断时间”。有些小组可能不让您主持聚会。因为您每天都要用药，那些请人不要发言的小组，也可能这样要求您。您仍然可以去听，而且别的聚会可能会完全接纳您。在我们看来，按医嘱用药是您康复的一部分。如果有人叫您停药，请先和给您开药的医生谈一谈。

## Closing sections

tsm-find-heading = 怎样找到聚会
tsm-find-web = 我们可以帮您找到附近的聚会。也有网上聚会，您在家里就能参加。

## Optional closing section "other-support-groups". Group names stay as the groups write them (Latin script).

tsm-other-groups-heading = 其他类型的互助小组
tsm-other-groups-intro = 有些人想找一个没有心灵内容的小组，或者想要不同的东西。也有人两种都参加。
tsm-other-groups-ask = 这些小组都有网上聚会。您可以问问我们，哪些在您附近也有聚会：
tsm-other-groups-smart = SMART Recovery：聚会教一些改变习惯的实用方法。欢迎为康复而用药的人。
tsm-other-groups-lifering = LifeRing Secular Recovery：没有心灵或宗教内容的聚会。
tsm-other-groups-dharma = Recovery Dharma：运用冥想和佛教理念的聚会。
tsm-other-groups-wfs = Women for Sobriety：女性小组。
tsm-other-groups-mara = MARA（Medication-Assisted Recovery Anonymous）：为使用美沙酮或丁丙诺啡等药物的人举办的聚会。
tsm-other-groups-secular = AA世俗聚会：很少谈到或不谈上帝的AA聚会。
tsm-other-groups-family = 给家人和朋友：Al-Anon（为受他人饮酒影响的人）和Nar-Anon（为受他人吸毒影响的人）。

tsm-side-by-side-heading = 聚会和治疗可以互相配合
tsm-side-by-side-body = 您在接受治疗的同时，也可以去参加聚会。治疗让您得到受过训练的专业人员的照顾。聚会让您得到过来人的支持。

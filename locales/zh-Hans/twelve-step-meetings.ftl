# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Simplified Chinese: 您; full-width punctuation.
# Names: 匿名戒毒会（NA）, 匿名戒酒会（AA）. "chairperson" is 主持人; "I pass" is “我跳过”; "Higher Power" is “更高力量”.
# REVIEW: AA's own name in mainland China is 嗜酒者互诫协会; this draft uses 匿名戒酒会 as the maintainers asked. Please confirm which name patients will recognise.

tsm-title = 12步聚会：常见顾虑解答
tsm-subtitle = 匿名戒毒会（NA）和匿名戒酒会（AA）

tsm-intro-1 = NA和AA是由一群人组成的团体，他们互相帮助，远离毒品或酒。几十年来，这些团体已经在世界各地帮助了几百万人。大多数地方都有聚会。
tsm-intro-2 = 如果您从来没去过聚会，感到紧张是很正常的。这份资料回答您和我们谈到的顾虑。

## How meetings differ from group therapy

tsm-two-kinds-heading = 聚会不是团体治疗
tsm-two-kinds-therapy = 团体治疗是治疗的一部分，由受过训练的咨询师带领。团体治疗通常要花钱。大多数时候，每个人都需要说几句。
tsm-two-kinds-meetings = 12步聚会不是治疗。来参加的人都曾经有过毒品或酒的问题，大家互相支持。在聚会上：
tsm-two-kinds-free = 不收费。
tsm-two-kinds-no-speaking = 没有人必须发言。
tsm-two-kinds-no-advice = 大家讲自己的经历，而不是给别人提建议。
tsm-two-kinds-members-lead = 带领聚会的是一位成员，而不是治疗师。

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = 解答您的顾虑

tsm-made-to-speak-worry = “我会被逼着说话。”
tsm-made-to-speak-answer = 没有人会被逼着发言。在有些聚会上，每个人都会轮到一次，您只说一句“我跳过”就可以了。在另一些聚会上，想说话的人举手，由主持人请他们发言。您只听不说也完全可以。

tsm-drug-talk-triggers-worry = “听别人谈毒品，会让我想用。”
tsm-drug-talk-triggers-answer = 很多小组请成员不要细谈某种具体的毒品。成员们会谈自己的感受，以及什么能帮助他们继续远离毒品和酒。如果有人讲很长的故事，把用毒品说得很美好，有些主持人会请他停下来。

tsm-others-problems-worry = “我不想听所有人讲他们的问题。”
tsm-others-problems-answer = 大家会讲到问题，但重点是找到解决的办法。好的聚会不会变成一个只用来倒苦水的地方。成员们会讲什么对他们有用，什么没用。

tsm-costs-money-worry = “这要花钱，就像治疗一样。”
tsm-costs-money-answer = 聚会是免费的。聚会上可能会传一个篮子，想捐钱的人可以放一些。新来的人不需要给任何钱。聚会不是治疗，而是有同样问题的人互相帮助。

tsm-advice-and-confrontation-worry = “他们会教我该怎么做，或者当面批评我。”
tsm-advice-and-confrontation-answer = 成员们不会互相提建议，也不会当面批评对方。他们分享自己的经历：什么对他们有用，什么没用。成员们也不是完美的，所以偶尔还是会有人给建议或说教。

tsm-therapist-in-charge-worry = “会有治疗师来管这个聚会。”
tsm-therapist-in-charge-answer = 聚会不是由治疗师或咨询师带领的。一位叫作“主持人”的成员负责按时开始和结束聚会。主持人引导聚会，但不控制聚会。

tsm-attendance-records-worry = “会有人把我的情况记录下来。”
# REVIEW: "first names only" is rendered 只用名字，不说全名; please check it reads naturally for Chinese names (many members use a nickname).
tsm-attendance-records-answer = 聚会不记录谁来参加。只要您说自己是成员，您就是成员。大家只用名字，不说全名。按照惯例，聚会上说的话就留在聚会里。

tsm-religion-worry = “这是宗教活动，可我不信教。”
tsm-religion-answer = 聚会关注的是心灵，不是宗教。您可能会听到“更高力量”这个说法。每个成员都用自己的方式来理解它。您不需要有任何宗教信仰，没有宗教信仰的人也会来参加聚会。

tsm-only-aa-nearby-worry = “我住的地方只有AA，可我的问题是毒品。”
tsm-only-aa-nearby-answer = 任何想戒酒的人，AA都欢迎。很多AA成员除了喝酒，也用过毒品。如果您在AA聚会上发言，大家会请您围绕AA关注的酒的问题来谈。NA也把酒看作一种成瘾物质。

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = “如果我在用美沙酮或丁丙诺啡，他们会欢迎我吗？”
tsm-maintenance-medication-answer-1 = 要成为成员，唯一需要的就是想戒掉的心愿。您用的药是医疗的一部分。用药的事，由您和给您开药的医生一起决定。突然停用阿片类药物可能会有危险。
tsm-maintenance-medication-answer-2 = 有些成员和有些小组对这类药物有不好的看法。如果有人最近用过“会改变心智或情绪”的东西，有些小组会请他不要发言。NA把这类规定留给每个小组自己决定。要不要在聚会上提到您在用药，由您自己决定。很多病人选择不提。
# REVIEW: English titles kept: NA's "In Times of Illness" and AA's "The A.A. Member: Medications and Other Drugs"; replace with the fellowships' own Chinese titles if they exist.
tsm-maintenance-medication-answer-3 = 各个聚会差别很大。如果一个聚会让您觉得不受欢迎，可以换一个试试。NA的小册子《In Times of Illness》谈到了用药。AA的小册子《The A.A. Member: Medications and Other Drugs》说，成员不应该扮演医生的角色。
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
# REVIEW: English titles kept: NA's "In Times of Illness" and AA's "The A.A. Member: Medications and Other Drugs"; replace with the fellowships' own Chinese titles if they exist.
tsm-maintenance-medication-answer-3-welcoming = 各个聚会差别很大。我们可以告诉您，我们知道哪些聚会是友好、欢迎人的。我们也可以告诉您一些网上聚会。如果一个聚会让您觉得不受欢迎，可以换一个试试。NA的小册子《In Times of Illness》和AA的小册子《The A.A. Member: Medications and Other Drugs》都谈到了用药。

## Closing sections

tsm-find-heading = 怎样找到聚会
tsm-find-web = 您可以向我们要一个网址，上面列出了您附近的聚会。也有网上聚会，您在家里就能参加。
tsm-find-try-another = 各个聚会差别很大。如果一个聚会让您觉得不合适，就换一个试试。

tsm-side-by-side-heading = 聚会和治疗可以互相配合
tsm-side-by-side-body = 您在接受治疗的同时，也可以去参加聚会。治疗让您得到受过训练的专业人员的照顾。聚会让您得到过来人的支持。

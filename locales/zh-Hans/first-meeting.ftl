# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: first-meeting (topics/first-meeting.yaml). Simplified Chinese: 您; full-width punctuation.
# Names: 匿名戒毒会（NA）, 匿名戒酒会（AA） (see the REVIEW note in twelve-step-meetings.ftl). "chairperson" is 主持人; "I pass" is “我今天就听听”.

fm-title = 您的第一次12步聚会
fm-subtitle = 参加匿名戒毒会（NA）或匿名戒酒会（AA，又称嗜酒者互诫协会）的聚会时，会是什么样子

fm-intro-1 = 第一次参加聚会前感到紧张，是很正常的。先了解聚会上会发生什么，可能会有帮助。
fm-intro-2 = 各地的聚会不一样，所以您去的聚会不一定和这里说的每一点都一样。

## Before the meeting

fm-before-heading = 聚会开始前
fm-before-early = 尽量提前几分钟到。可能会有人跟您打招呼，也可能会有咖啡。
fm-before-newcomer = 您可以问一问有没有“新人”或“初学者”聚会。
fm-before-open-closed = 聚会名单上常会写明是公开聚会还是封闭聚会。公开聚会欢迎任何人，包括家人和朋友。封闭聚会只给想戒毒或戒酒的人参加。

## During the meeting

fm-during-heading = 聚会进行时
fm-during-length = 一次聚会大约一个小时，一般在50到90分钟之间。
fm-during-prayer = 很多聚会开始时会先读几段简短的文字，结束时会一起祷告，或者再读一段文字。您可以跟着一起，也可以只是安静地待着。
fm-during-language = 大家说话可能很直白，有时还会说粗话。
fm-during-kinds = 常见的聚会有两种：
fm-during-speaker = 讲述者聚会：由一个人讲自己的故事，讲以前是什么样子，发生了什么事，现在又是什么样子。
fm-during-discussion = 讨论聚会：大家轮流发言，或者举手分享。

## What is up to you

fm-choice-heading = 参与多少，由您自己决定
fm-choice-intro = 带领聚会的是一位叫作“主持人”的成员，而不是治疗师。
fm-choice-listen = 您可以只听。如果轮到您，您可以说“我今天就听听”。
fm-choice-new = 聚会上可能会问有没有新来的人。您可以说出来，也可以不出声。
fm-choice-names = 大家通常只用名字或昵称，不用说全名。没有人记录谁来过。
fm-choice-basket = 聚会上可能会传一个篮子，让大家自愿放钱。新来的人不需要给钱。

## Words you may hear

# REVIEW: Chinese fellowship terms for sponsor (引导人), home group (主场小组), keytags/chips and clean time are unverified.
fm-words-heading = 您可能听到的词
fm-words-sponsor = 引导人（sponsor）：康复时间更长的成员，一对一地帮助新一些的成员。
fm-words-home-group = 主场小组：成员最常去、也帮着办的那个小组。
fm-words-keytags = 钥匙牌或纪念币：标记康复时间的小物件。很多小组会送新来的人一个。
fm-words-clean-time = 戒断时间（AA里叫“清醒时间”）：成员不用毒品或不喝酒已经多久了。

## After the meeting

fm-after-heading = 聚会结束后
fm-after-phone = 有些人可能会把电话号码给您，需要支持时可以打给他们。要不要接受，由您自己决定。
fm-after-sponsor = 以后，您可以选一位引导人。引导人不是咨询师，也不是医生。用药的事，由您和给您开药的医生决定。

# Topic: first-meeting (topics/first-meeting.yaml)
# Plain language, US grade 6-8. Every fact comes from shared/CONTENT-BRIEF.md.

fm-title = Your First 12-Step Meeting
fm-subtitle = What to expect at a Narcotics Anonymous (NA) or Alcoholics Anonymous (AA) meeting

fm-intro-1 = It is normal to feel nervous before your first meeting. It can help to know what happens there.
fm-intro-2 = Meetings differ from place to place, so yours may not match every detail here.

## Before the meeting

fm-before-heading = Before the meeting
fm-before-early = Try to get there a few minutes early. Someone may say hello, and there may be coffee.
fm-before-newcomer = You can ask if there is a “newcomer” or “beginners” meeting.
fm-before-open-closed = Meeting lists often say if a meeting is open or closed. Open ones welcome anyone, including family and friends. Closed ones are for people who want to stop using or drinking.

## During the meeting

fm-during-heading = During the meeting
fm-during-length = A meeting lasts about an hour, somewhere between 50 and 90 minutes.
fm-during-prayer = Many meetings start with a few short readings and end with a prayer or a reading. You can join in, or just stay quiet.
fm-during-language = People may speak very openly, sometimes with strong language.
fm-during-kinds = There are two common kinds of meeting:
fm-during-speaker = Speaker meeting: one person tells their own story of what it was like, what happened, and what it is like now.
fm-during-discussion = Discussion meeting: people take turns, or raise a hand to share.

## What is up to you

fm-choice-heading = You choose how much to take part
fm-choice-intro = A member called the chairperson guides the meeting, not a therapist.
fm-choice-listen = You can just listen. If it is your turn, you can say “I pass.”
fm-choice-new = You may be asked if anyone is new. You can say so, or stay quiet.
fm-choice-names = Most people use only their first name. Nobody keeps a list of who comes.
fm-choice-basket = A basket may be passed for money. Newcomers are not expected to give.

## Words you may hear

fm-words-heading = Words you may hear
fm-words-sponsor = Sponsor: a member with more time in recovery who helps a newer member, one to one.
fm-words-home-group = Home group: the group a member goes to most often and helps to run.
fm-words-keytags = Keytags or chips: small tokens that mark time in recovery. Many groups offer one to newcomers.
fm-words-clean-time = Clean time (in AA, “sobriety”): how long a member has gone without using or drinking.

## After the meeting

fm-after-heading = After the meeting
fm-after-phone = Some people may give you their phone number, to call when you want support. Taking it is your choice.
fm-after-sponsor = Later, you may choose a sponsor. A sponsor is not a counselor or a doctor. Decisions about your medicine are for you and your prescriber.

# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml)
# Plain language, US grade 6-8. Every fact comes from shared/CONTENT-BRIEF.md.

tsm-title = 12-Step Meetings: Answers to Common Worries
tsm-subtitle = Narcotics Anonymous (NA) and Alcoholics Anonymous (AA)

tsm-intro-1 = NA and AA are groups of people who help each other stay away from drugs or alcohol. For decades, they have helped millions of people around the world. There are meetings in most places.
tsm-intro-2 = If you have never been to a meeting, it is normal to feel nervous. This leaflet answers some common worries, including the ones you told us about.

## How meetings differ from group therapy

tsm-two-kinds-heading = Meetings are not group therapy
tsm-two-kinds-therapy = Group therapy is part of treatment. A trained counselor leads it. It usually costs money. Most of the time, everyone is expected to say something.
tsm-two-kinds-meetings = A 12-step meeting is not treatment. It is people who have had problems with drugs or alcohol, supporting each other. At a meeting:
tsm-two-kinds-free = It is free.
tsm-two-kinds-no-speaking = Nobody has to speak.
tsm-two-kinds-no-advice = People share their own story. They usually do not give advice.
tsm-two-kinds-members-lead = A member leads the meeting, not a therapist.

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = Your worries, answered

tsm-made-to-speak-worry = “I’ll be made to talk.”
tsm-made-to-speak-answer = Nobody is made to speak. At some meetings, each person is offered a turn, and you can just say “I pass.” At others, people raise a hand and the chairperson calls on them. You are welcome to just listen.

tsm-drug-talk-triggers-worry = “Hearing people talk about drugs will make me want to use.”
tsm-drug-talk-triggers-answer = Many groups ask members not to go into detail about drugs. Members talk about how they feel and what helps them stay drug-free. Some chairpersons will stop a long story that makes using sound good. You may still hear some talk about past using. If it stirs up cravings, you can step outside, or talk it over with us.

tsm-others-problems-worry = “I don’t want to hear everybody else’s problems.”
tsm-others-problems-answer = People do talk about problems, but most of the time the focus is on what helps. A good meeting is not a place just to complain. Members talk about what worked for them and what did not.

tsm-costs-money-worry = “It costs money, like therapy.”
tsm-costs-money-answer = Meetings are free. A basket may be passed for people who want to give. Newcomers are not expected to give anything. A meeting is not therapy. It is people with the same problem helping each other.

tsm-advice-and-confrontation-worry = “They’ll tell me what to do, or confront me.”
tsm-advice-and-confrontation-answer = In the meeting, members usually do not give each other advice or confront each other. They share their own experience: what worked for them and what did not. Members are not perfect, so now and then someone may give advice or preach. You can take what helps and leave the rest.

tsm-therapist-in-charge-worry = “A therapist will run it.”
tsm-therapist-in-charge-answer = No therapist or counselor runs the meeting. A member called the chairperson opens it and closes it on time. The chairperson guides the meeting but does not control it.

tsm-attendance-records-worry = “Someone will keep records on me.”
tsm-attendance-records-answer = Meetings keep no attendance records. You are a member when you say you are. Meetings are not part of the police, the courts or this clinic, and they do not report to anyone. Most people use only their first name. By custom, what is said at a meeting stays there. This is a custom, not a law, so share only what you feel OK sharing.

tsm-religion-worry = “It’s religious, and I’m not.”
tsm-religion-answer = NA and AA say they are spiritual, not religious. You may hear about God or a “Higher Power.” Each member understands this in their own way. Some meetings end with a prayer. You can just stay quiet. You do not need any belief, or to know anything about religion. Meetings are not part of any church, even when they meet in one. People of every faith, and of none, go to meetings.

tsm-only-aa-nearby-worry = “There is only AA where I live, and my problem is drugs.”
tsm-only-aa-nearby-answer = Open AA meetings welcome anyone. To be an AA member, you need a wish to stop drinking. Many AA members have also used other drugs. Many AA groups ask people who share to talk about alcohol. NA sees alcohol as a drug too, and NA has meetings online.

## More worries (added after the clinical content review)

tsm-labels-worry = “I’ll have to call myself an addict or an alcoholic.”
tsm-labels-answer = Many members say their first name and “I’m an addict” or “I’m an alcoholic.” You do not have to. You can say just your first name, or “I’m new,” or nothing at all.

tsm-still-using-worry = “I’m still using, so I can’t go yet.”
tsm-still-using-answer = You can go now. The only thing you need is the wish to stop. Some groups ask people who used that day not to share. You can still come and listen.

tsm-someone-i-know-worry = “Someone I know will see me there.”
tsm-someone-i-know-answer = If they are there, they came for the same reason you did. By custom, members do not tell others who they saw. You can also try a meeting in another area, or online.

tsm-cant-get-there-worry = “I can’t get there. I have no time, and I have my kids.”
tsm-cant-get-there-answer = Meetings are held at many times of the day. There are meetings online and by phone that you can join from home. You can often keep your camera off. We can help you find one that fits your day.

tsm-tried-once-worry = “I went once, and it wasn’t for me.”
tsm-tried-once-answer = Meetings differ a lot in size, mood and style. Many people try a few before one feels right. In many places there are meetings just for women, men, young people or LGBTQ+ people, and meetings in other languages.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = “Will I be welcome if I take methadone or buprenorphine?”
tsm-maintenance-medication-answer-1 = Yes, you can go. The only thing you need to be a member is the wish to stop using. Your medicine is medical treatment. You and your prescriber decide about it together. Talk with your prescriber before any change. Stopping your medicine suddenly can make you very sick and raises your risk of overdose.
tsm-maintenance-medication-answer-2 = Some members and some groups have negative views about these medicines. Some groups ask people who recently took drugs that change how you think or feel not to share. Even there, you are welcome to come and listen. Whether you mention your medicine at a meeting is up to you. Some people do. Many choose not to.
tsm-maintenance-medication-answer-3 = Meetings differ a lot. If one feels unwelcoming, try another. AA’s own pamphlet says no member should “play doctor.” If anyone tells you to stop your medicine, talk with your prescriber first.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
tsm-maintenance-medication-answer-3-welcoming = Meetings differ a lot. We can tell you about meetings we know to be welcoming, and about online meetings. If one feels unwelcoming, try another. We see taking your medicine as prescribed as part of your recovery. If anyone tells you to stop your medicine, talk with your prescriber first.
# Variant "candid": for clinics that want the hard facts said plainly (clean time, leading,
# daily dosing inside a 24-hour sharing custom). Never implies that tapering is the goal.
tsm-maintenance-medication-answer-3-candid = Some groups do not count time on these medicines as “clean time.” Some may not let you lead a meeting. Because you take your medicine every day, groups that ask people not to share after recent use may ask you not to share, too. You can still listen, and other meetings may welcome you fully. We see taking your medicine as prescribed as part of your recovery. If anyone tells you to stop your medicine, talk with your prescriber first.

## Closing sections

tsm-find-heading = How to find a meeting
tsm-find-web = We can help you find a meeting near you. There are also meetings online, so you can join from home.

## Optional closing section "other-support-groups" (printed when the clinic enables it).
## Neutral: never compare these groups with 12-step meetings, for or against.

tsm-other-groups-heading = Other kinds of support groups
tsm-other-groups-intro = Some people want a group without the spiritual part, or something different. Some go to both kinds.
tsm-other-groups-ask = All of these groups have meetings online. Ask us which ones also meet near you:
tsm-other-groups-smart = SMART Recovery: meetings that teach practical tools for changing habits. It welcomes people who take medicine for their recovery.
tsm-other-groups-lifering = LifeRing Secular Recovery: meetings with no spiritual or religious part.
tsm-other-groups-dharma = Recovery Dharma: meetings that use meditation and ideas from Buddhism.
tsm-other-groups-wfs = Women for Sobriety: groups for women.
tsm-other-groups-mara = MARA (Medication-Assisted Recovery Anonymous): meetings for people who take medicine such as methadone or buprenorphine.
tsm-other-groups-secular = Secular AA meetings: AA meetings with little or no talk of God.
tsm-other-groups-family = For family and friends: Al-Anon (for people hurt by someone’s drinking) and Nar-Anon (by someone’s drug use).

tsm-side-by-side-heading = Meetings and treatment go well together
tsm-side-by-side-body = You can go to meetings while you are in treatment. Treatment gives you care from trained staff. Meetings give you support from people who have been there.

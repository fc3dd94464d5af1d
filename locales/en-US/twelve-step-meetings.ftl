# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml)
# Plain language, US grade 6-8. Every fact comes from shared/CONTENT-BRIEF.md.

tsm-title = 12-Step Meetings: Answers to Common Worries
tsm-subtitle = Narcotics Anonymous (NA) and Alcoholics Anonymous (AA)

tsm-intro-1 = NA and AA are groups of people who help each other stay away from drugs or alcohol. For decades, they have helped millions of people around the world. There are meetings in most places.
tsm-intro-2 = If you have never been to a meeting, it is normal to feel nervous. This leaflet answers the worries you talked about with us.

## How meetings differ from group therapy

tsm-two-kinds-heading = Meetings are not group therapy
tsm-two-kinds-therapy = Group therapy is part of treatment. A trained counselor leads it. It usually costs money. Most of the time, everyone is expected to say something.
tsm-two-kinds-meetings = A 12-step meeting is not treatment. It is people who have had problems with drugs or alcohol, supporting each other. At a meeting:
tsm-two-kinds-free = It is free.
tsm-two-kinds-no-speaking = Nobody has to speak.
tsm-two-kinds-no-advice = People share their own story instead of giving advice.
tsm-two-kinds-members-lead = A member leads the meeting, not a therapist.

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = Your worries, answered

tsm-made-to-speak-worry = “I’ll be made to talk.”
tsm-made-to-speak-answer = Nobody is made to speak. At some meetings, each person is offered a turn, and you can just say “I pass.” At others, people raise a hand and the chairperson calls on them. You are welcome to just listen.

tsm-drug-talk-triggers-worry = “Hearing people talk about drugs will make me want to use.”
tsm-drug-talk-triggers-answer = Many groups ask members not to go into detail about specific drugs. Instead, members talk about how they feel and what helps them stay clean. Some chairpersons will stop a long story that makes using sound good.

tsm-others-problems-worry = “I don’t want to hear everybody else’s problems.”
tsm-others-problems-answer = Problems are shared, but the focus is on finding answers. A good meeting does not turn into a place just to unload bad experiences. Members talk about what worked for them and what did not.

tsm-costs-money-worry = “It costs money, like therapy.”
tsm-costs-money-answer = Meetings are free. A basket may be passed for people who want to give. Newcomers are not expected to give anything. A meeting is not therapy. It is people with the same problem helping each other.

tsm-advice-and-confrontation-worry = “They’ll tell me what to do, or confront me.”
tsm-advice-and-confrontation-answer = Members do not give each other advice or confront each other. They share their own experience: what worked for them and what did not. Members are not perfect, so now and then someone may still give advice or preach.

tsm-therapist-in-charge-worry = “A therapist will run it.”
tsm-therapist-in-charge-answer = No therapist or counselor runs the meeting. A member called the chairperson opens it and closes it on time. The chair guides the meeting but does not control it.

tsm-attendance-records-worry = “Someone will keep records on me.”
tsm-attendance-records-answer = Meetings keep no attendance records. You are a member when you say you are. People use first names only. By custom, what is said at a meeting stays there.

tsm-religion-worry = “It’s religious, and I’m not.”
tsm-religion-answer = Meetings are spiritual, not religious. You may hear about a “Higher Power.” Each member understands this in their own way. You do not need any religious belief, and people with no religion go to meetings too.

tsm-only-aa-nearby-worry = “There is only AA where I live, and my problem is drugs.”
tsm-only-aa-nearby-answer = AA welcomes anyone who wants to stop drinking. Many AA members have also used other drugs. If you share at AA, you are asked to keep to AA’s focus on alcohol. NA sees alcohol as a drug too.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = “Will I be welcome if I take methadone or buprenorphine?”
tsm-maintenance-medication-answer-1 = The only thing you need to be a member is the wish to stop using. Your medication is medical treatment. You and your prescriber decide on it together. Stopping opioids suddenly can be dangerous.
tsm-maintenance-medication-answer-2 = Some members and some groups have negative views about these medicines. Some groups ask people who recently took “mind- or mood-altering” drugs not to share. NA leaves rules like this to each group. Whether you mention your medication at a meeting is up to you. Many patients choose not to.
tsm-maintenance-medication-answer-3 = Meetings differ a lot. If one feels unwelcoming, try another. NA’s booklet “In Times of Illness” talks about medication. AA’s pamphlet “The A.A. Member: Medications and Other Drugs” says members should not play doctor.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
tsm-maintenance-medication-answer-3-welcoming = Meetings differ a lot. We can tell you about meetings we know to be welcoming. We can also tell you about online meetings. If one meeting feels unwelcoming, try another. NA’s booklet “In Times of Illness” and AA’s pamphlet “The A.A. Member: Medications and Other Drugs” talk about medication.

## Closing sections

tsm-find-heading = How to find a meeting
tsm-find-web = Ask us for a web address that lists meetings near you. There are also meetings online, so you can join from home.
tsm-find-try-another = Meetings differ a lot. If one does not feel right, try another one.

tsm-side-by-side-heading = Meetings and treatment go well together
tsm-side-by-side-body = You can go to meetings while you are in treatment. Treatment gives you care from trained staff. Meetings give you support from people who have been there.

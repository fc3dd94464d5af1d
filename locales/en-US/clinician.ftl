# Clinician copy (`handout render --copy clinician`): per concern one teach-back
# question and one motivational-interviewing (MI) prompt, then the topic's
# sources. Read by the clinician, in the clinician's language, not by the
# patient: plain but professional; not measured for reading level.
# Teach-back: AHRQ Health Literacy Universal Precautions Toolkit (Tool 5):
# open with "I want to be sure I explained this well", ask for the patient's
# own words, and re-teach if the answer is off. MI: ask permission, elicit
# first, reflect the worry, end with autonomy ("It's your choice").

## twelve-step-meetings: one pair per concern (tsm-<concern-id>-teach-back, -mi-prompt)

tsm-made-to-speak-teach-back = In your own words, what happens if it’s your turn and you don’t want to talk?
tsm-made-to-speak-mi-prompt = Reflect the worry first (“Speaking in front of strangers sounds hard”). Then ask: “What would make it easier to just sit and listen the first time?” Listen for “I can say I pass.”

tsm-labels-teach-back = When people introduce themselves, what can you say if you don’t want to use a label?
tsm-labels-mi-prompt = Ask what the words “addict” and “alcoholic” mean to them, and reflect the feeling. Make clear that how they describe themselves is their choice, at the meeting and here.

tsm-still-using-teach-back = Do you have to stop using before you can go to a meeting? What can you do there if you used that day?
tsm-still-using-mi-prompt = Elicit: “What would going now, before you have stopped, be like for you?” Avoid making attendance a condition of treatment. If they use opioids, offer naloxone and the “don’t use alone” advice separately.

tsm-drug-talk-triggers-teach-back = If hearing someone talk about using makes you want to use, what could you do?
tsm-drug-talk-triggers-mi-prompt = Plan it together and link it to their relapse-prevention plan: step outside, talk to someone after, call us, try another meeting. Ask: “What has helped you with cravings before?”

tsm-others-problems-teach-back = What do people mostly talk about when they share?
tsm-others-problems-mi-prompt = Reflect: “You have enough on your plate already.” Ask what they would want to hear at a meeting. Listen for hope and ideas that work, rather than problems.

tsm-costs-money-teach-back = Do you need to bring money to a meeting?
tsm-costs-money-mi-prompt = Confirm that it is free and that newcomers are not expected to give. Then ask: “How would meetings fit with the treatment you get here?” (meetings add to treatment; they do not replace it).

tsm-advice-and-confrontation-teach-back = If someone gives you advice you don’t want, what can you do?
tsm-advice-and-confrontation-mi-prompt = Ask about past experiences of being told what to do, and reflect them. Listen for “take what helps and leave the rest.” Patients on medication are most often told to stop it: rehearse the answer (talk with the prescriber first).

tsm-therapist-in-charge-teach-back = Who runs the meeting?
tsm-therapist-in-charge-mi-prompt = Ask what they expect a meeting to look like, then fill the gaps with permission (“Would it be OK if I told you how it usually goes?”). Listen for “a member, the chairperson.”

tsm-attendance-records-teach-back = Does the meeting keep a list of who comes? Is what you say there protected the way it is here?
tsm-attendance-records-mi-prompt = Listen for “no list; privacy there is a custom, not a law.” If there is probation, a court order, custody or child protection involvement, talk through what they choose to share. Some meetings will sign a court attendance form on request; the group still keeps no list.

tsm-someone-i-know-teach-back = If you see someone you know at a meeting, why are they there, and what will they do with what they saw?
tsm-someone-i-know-mi-prompt = Ask who they worry about meeting, and what would happen if they did. Explore options they choose: another area, an online meeting, going with someone they trust.

tsm-religion-teach-back = Do you need to believe in God to go? What can you do if they say a prayer?
tsm-religion-mi-prompt = Ask about their beliefs without judging. If the spiritual part is a dealbreaker, offer the other kinds of support groups (SMART Recovery, LifeRing, secular AA). For patients of a non-Christian faith: meetings are not part of any church, even when they meet in one.

tsm-only-aa-nearby-teach-back = Can you go to AA if your problem is drugs? Which AA meetings are open to anyone?
tsm-only-aa-nearby-mi-prompt = Listen for “open meetings; NA has meetings online.” Ask which they would try first. If they take methadone or buprenorphine, alcohol with it can be dangerous (CNS depression): say so here, not in the leaflet.

tsm-cant-get-there-teach-back = If you can’t get to a meeting in person, how else could you join one?
tsm-cant-get-there-mi-prompt = Reflect the practical load (transport, work, children). Ask: “What time of day could work for you?” Then help them pick one online or phone meeting and write it in the “My next step” box.

tsm-tried-once-teach-back = If the first meeting you try doesn’t feel right, what can you do?
tsm-tried-once-mi-prompt = Ask what did not feel right, and reflect it. Ask: “What would a meeting that fits you look like?” Mention meetings for women, men, young people, LGBTQ+ people or in their language, where they exist.

tsm-maintenance-medication-teach-back = Who decides about your medicine? What will you do if someone at a meeting tells you to stop it?
tsm-maintenance-medication-mi-prompt = Listen for “me and my prescriber; talk to my prescriber first; stopping suddenly is dangerous.” Ask what they have heard about meetings and medication. Say plainly that the clinic sees medication as part of recovery. Whether to mention it at a meeting is their choice.

# NA's literature on medication, for the clinician (not printed for the patient).
tsm-medication-literature-history = NA’s Bulletin #29, “Regarding Methadone and Other Drug Replacement Programs” (1996), says people on methadone are welcome to attend and listen, but that sharing or leading at meetings would not carry NA’s message. The service pamphlet “NA Groups & Medication” (2011) softens this: each group decides how far a person on drug replacement therapy takes part, but NA still does not count replacement therapy as the complete abstinence it asks of members. NA also publishes “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” for professionals. NA’s “In Times of Illness” is about medicine for illness, injury, pain and mental health, not about methadone or buprenorphine, so do not point patients on these medicines to it. Since 2018 NA’s World Service Conference has discussed new member literature on DRT/MAT: check na.org for it before each content review. AA’s “The A.A. Member—Medications and Other Drugs” (rev. 2011) says no member should “play doctor” and that medical advice should come from a qualified physician.

# The wording a clinic chooses for the medication answer (topic `wording: names:`), named for the web form; never printed for the patient.
tsm-maintenance-medication-wording-balanced = balanced (meetings differ, so try another; AA says no member should “play doctor”)
tsm-maintenance-medication-wording-welcoming = welcoming meetings listed (the clinic can name meetings it knows to be welcoming, and online ones)
tsm-maintenance-medication-wording-candid = candid (some groups may not count time on medication as clean time, or let the patient lead or share)

## twelve-step-meetings: sources (the topic's `sources:` list)

tsm-source-1 = A clinician’s blog post, “The Differences Between 12-step Meetings and Group Therapy”, and its readers’ comments (2011–2017): meetings compared with group therapy; the worries patients voice.
tsm-source-2 = NA World Services, Bulletin #29, “Regarding Methadone and Other Drug Replacement Programs” (1996); softened by “NA Groups & Medication” (2011).
tsm-source-3 = NA World Services, “NA Groups & Medication” (service pamphlet, 2011): each group decides; drug replacement is not NA’s complete abstinence.
tsm-source-4 = NA World Services, “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” (pamphlet for professionals).
tsm-source-5 = AA World Services, “The A.A. Member—Medications and Other Drugs” (1984, rev. 2011): no member should “play doctor.”
tsm-source-6 = Bill W., “Problems Other Than Alcohol” (A.A. Grapevine, 1958; AA pamphlet): AA membership is for people with a desire to stop drinking; anyone may attend open meetings.
tsm-source-7 = AA, “A Newcomer Asks” and “Frequently Asked Questions About A.A.”: no attendance records; people you know are there for the same reason; only you can decide.
tsm-source-8 = The Third Tradition of NA and of AA: the only requirement for membership is a desire to stop using (NA) or to stop drinking (AA).
tsm-source-9 = SAMHSA, TIP 63, “Medications for Opioid Use Disorder” (2020 update): stopping medication raises the risk of return to use and overdose; recovery with medication.
tsm-source-10 = NIDA, “Words Matter”: person-first, non-stigmatising terms (“drug-free” rather than “clean”); MARA, SMART Recovery, LifeRing, Recovery Dharma and Women for Sobriety as described by each group.

## first-meeting: sources

fm-source-1 = A clinician’s blog post, “The Differences Between 12-step Meetings and Group Therapy”, and its readers’ comments (2011–2017): meeting formats, the chairperson, the basket, privacy.
fm-source-2 = The Third Tradition of NA and of AA: the only requirement for membership is a desire to stop using (NA) or to stop drinking (AA).
fm-source-3 = NA, “An Introduction to NA Meetings”; AA, “A Newcomer Asks”: open and closed meetings, keytags and chips, sponsors.

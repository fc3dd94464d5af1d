# What a leaflet asks the patient to do, and where to get help
# (templates/leaflet.tera), and each topic's key points (`key-points:` in
# topics/*.yaml). Plain language, US grade 6 or under.

## Key points: a box under the title

actions-key-points-label = Key points
tsm-key-point-1 = Meetings are free.
tsm-key-point-2 = You do not have to talk. You can just listen.
tsm-key-point-3 = Going is your choice. You can try a meeting and decide for yourself.
fm-key-point-1 = Meetings are free.
fm-key-point-2 = Nobody is made to speak. You can just listen.
fm-key-point-3 = If one meeting does not feel right, try another.

## My next step: lines to fill in with the clinician

actions-next-step-heading = My next step
actions-next-step-intro = Fill this in with us, or on your own.
actions-next-step-meeting = A meeting I could try:
actions-next-step-when = Day and time:
actions-next-step-with = Someone who could go with me:

## The clinic's contact details

actions-website = Website:

## Meetings the clinic knows welcome people on medication (clinic profile,
## `welcoming-meetings:`), under the `welcoming-meetings-listed` wording.
## $name, $when, $place and $checked (a date, YYYY-MM-DD) are as the clinic wrote them.

actions-welcoming-heading = Meetings we know welcome people on medication:
actions-welcoming-meeting = { $name }: { $when }, { $place } (we checked on { $checked })

## Get help now: numbers from the clinic profile. In the US, where the clinic
## sets none: 988 (crisis line) and 1-800-662-4357 (SAMHSA's National Helpline).

actions-help-heading = Get help now
actions-help-crisis = In a crisis, call { $number }.
actions-help-helpline = For help and information, call { $number }.
# Printed only when the clinic profile sets `naloxone: true`.
actions-help-naloxone = If you use again, do not use alone. Carry naloxone. It can reverse an overdose.

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: first-meeting (topics/first-meeting.yaml). Spanish: "usted".

fm-title = Su primera reunión de 12 pasos
fm-subtitle = Qué esperar en una reunión de Narcóticos Anónimos (NA) o Alcohólicos Anónimos (AA)

fm-intro-1 = Es normal sentir nervios antes de la primera reunión. Puede ayudar saber lo que pasa allí.
fm-intro-2 = Las reuniones cambian de un lugar a otro, así que la suya puede no coincidir en todo con lo que se dice aquí.

## Before the meeting

fm-before-heading = Antes de la reunión
fm-before-early = Trate de llegar unos minutos antes. Puede que alguien se acerque a darle la bienvenida. Puede que haya café.
fm-before-newcomer = Puede preguntar si hay una reunión para «recién llegados» o «principiantes». Esas reuniones son para personas nuevas.

## During the meeting

fm-during-heading = Durante la reunión
fm-during-length = Una reunión dura más o menos una hora, entre 50 y 90 minutos. Muchas reuniones empiezan con algunas lecturas cortas.
fm-during-kinds = Hay dos tipos comunes de reunión:
fm-during-speaker = Reunión de orador: una persona cuenta su historia. Habla de cómo era su vida, qué pasó y cómo es ahora.
fm-during-discussion = Reunión de discusión: las personas comparten por turnos o levantan la mano para hablar.

## What is up to you

fm-choice-heading = Usted decide cuánto participar
fm-choice-intro = Nadie está obligado a hablar. Un miembro coordina y guía la reunión, no un terapeuta.
fm-choice-listen = Puede solo escuchar. Si le toca su turno, puede decir «Paso».
fm-choice-new = Puede que pregunten si hay alguien nuevo. Puede decirlo, o no decir nada. Usted decide.
fm-choice-names = Las personas usan solo su nombre, sin apellido. Nadie lleva una lista de quién asiste.
fm-choice-basket = Puede que pasen una canasta para dar dinero. No se espera que los recién llegados den nada.

## After the meeting

fm-after-heading = Después de la reunión
fm-after-phone = Algunas personas pueden ofrecerle su número de teléfono. Puede llamarlas cuando quiera apoyo. Aceptar un número es decisión suya.
fm-after-try-another = Si esta reunión no le pareció bien, pruebe otra. Las reuniones varían mucho.

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: first-meeting (topics/first-meeting.yaml). Spanish: "usted".

fm-title = Su primera reunión de 12 pasos
fm-subtitle = Qué esperar en una reunión de Narcóticos Anónimos (NA) o Alcohólicos Anónimos (AA)

fm-intro-1 = Es normal sentir nervios antes de la primera reunión. Puede ayudar saber lo que pasa allí.
fm-intro-2 = Las reuniones cambian de un lugar a otro. La suya puede ser un poco distinta.

## Before the meeting

fm-before-heading = Antes de la reunión
fm-before-early = Trate de llegar unos minutos antes. Puede que alguien le salude y que haya café.
fm-before-newcomer = Puede preguntar si hay una reunión para «recién llegados» o «principiantes».
fm-before-open-closed = Las listas de reuniones suelen decir si una reunión es abierta o cerrada. Las abiertas reciben a cualquier persona, también a familiares y amigos. Las cerradas son para quienes quieren dejar de consumir o de beber.

## During the meeting

fm-during-heading = Durante la reunión
fm-during-length = Una reunión dura más o menos una hora, entre 50 y 90 minutos.
fm-during-prayer = Muchas reuniones empiezan con algunas lecturas cortas y terminan con una oración o una lectura. Puede unirse, o simplemente quedarse en silencio.
fm-during-language = Puede que la gente hable con mucha franqueza, a veces con palabras fuertes.
fm-during-kinds = Hay dos tipos comunes de reunión:
fm-during-speaker = Reunión de orador: una persona cuenta su historia de cómo era su vida, qué pasó y cómo es ahora.
fm-during-discussion = Reunión de discusión: la gente comparte por turnos o levanta la mano.

## What is up to you

fm-choice-heading = Usted decide cuánto participar
fm-choice-intro = Un miembro coordina y guía la reunión, no un terapeuta.
fm-choice-listen = Puede solo escuchar. Si le toca su turno, puede decir «Paso».
fm-choice-new = Puede que pregunten si hay alguien nuevo. Puede decirlo, o no decir nada.
fm-choice-names = La mayoría usa solo su nombre, sin apellido. Nadie lleva una lista de quién asiste.
fm-choice-basket = Puede que pasen una canasta para dar dinero. No se espera que los recién llegados den nada.

## Words you may hear

fm-words-heading = Palabras que puede oír
fm-words-sponsor = Padrino o madrina: un miembro con más tiempo en recuperación que ayuda a un miembro más nuevo, de persona a persona.
fm-words-home-group = Grupo base: el grupo al que un miembro va más a menudo y donde ayuda.
# REVIEW: NA Spanish says «llavero» for keytag; AA says «ficha» for chip. Please confirm.
fm-words-keytags = Llaveros o fichas: pequeños objetos que marcan el tiempo en recuperación. Muchos grupos le dan uno a quien llega por primera vez.
fm-words-clean-time = Tiempo limpio (en AA, «sobriedad»): cuánto tiempo lleva un miembro sin consumir o sin beber.

## After the meeting

fm-after-heading = Después de la reunión
fm-after-phone = Algunas personas pueden darle su número de teléfono, para llamar cuando quiera apoyo. Aceptarlo es decisión suya.
fm-after-sponsor = Más adelante, puede elegir un padrino o una madrina. Esa persona no es un consejero ni un médico. Las decisiones sobre su medicamento las toman usted y la persona que se lo receta.

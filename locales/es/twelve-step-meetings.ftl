# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Spanish: "usted".
# "chairperson" is "quien coordina" / "coordinador"; "I pass" is «Paso».

tsm-title = Reuniones de 12 pasos: respuestas a dudas comunes
tsm-subtitle = Narcóticos Anónimos (NA) y Alcohólicos Anónimos (AA)

tsm-intro-1 = NA y AA son grupos de personas que se ayudan entre sí a mantenerse lejos de las drogas o el alcohol. Desde hace décadas han ayudado a millones de personas en todo el mundo. Hay reuniones en la mayoría de los lugares.
tsm-intro-2 = Si nunca ha ido a una reunión, es normal sentir nervios. Este folleto responde a las preocupaciones que usted nos contó.

## How meetings differ from group therapy

tsm-two-kinds-heading = Las reuniones no son terapia de grupo
tsm-two-kinds-therapy = La terapia de grupo es parte del tratamiento. La dirige un consejero con formación. Suele costar dinero. Por lo general, se espera que todos digan algo.
tsm-two-kinds-meetings = Una reunión de 12 pasos no es un tratamiento. Son personas que han tenido problemas con las drogas o el alcohol y que se apoyan entre sí. En una reunión:
tsm-two-kinds-free = Es gratis.
tsm-two-kinds-no-speaking = Nadie tiene que hablar.
tsm-two-kinds-no-advice = Las personas cuentan su propia historia en lugar de dar consejos.
tsm-two-kinds-members-lead = Un miembro coordina la reunión, no un terapeuta.

## Worries

tsm-concerns-heading = Respuestas a sus preocupaciones

tsm-made-to-speak-worry = «Me van a obligar a hablar».
tsm-made-to-speak-answer = Nadie está obligado a hablar. En algunas reuniones, cada persona tiene su turno y puede decir «Paso». En otras, la gente levanta la mano y quien coordina le da la palabra. Si quiere, puede solo escuchar.

tsm-drug-talk-triggers-worry = «Oír hablar de drogas me va a dar ganas de consumir».
tsm-drug-talk-triggers-answer = Muchos grupos piden no dar detalles sobre drogas específicas. Los miembros hablan de cómo se sienten y de lo que les ayuda a seguir limpios. Algunos coordinadores cortan una historia larga que pinta el consumo como algo bueno.

tsm-others-problems-worry = «No quiero oír los problemas de todos los demás».
tsm-others-problems-answer = Se comparten problemas, pero lo importante es encontrar soluciones. Una buena reunión no se convierte en un lugar solo para descargar malas experiencias. Los miembros cuentan lo que les funcionó y lo que no.

tsm-costs-money-worry = «Cuesta dinero, como la terapia».
tsm-costs-money-answer = Las reuniones son gratis. Puede que pasen una canasta para quien quiera dar algo. No se espera que los recién llegados den nada. Una reunión no es terapia. Son personas con el mismo problema que se ayudan entre sí.

tsm-advice-and-confrontation-worry = «Me van a decir qué hacer o me van a confrontar».
tsm-advice-and-confrontation-answer = Los miembros no se dan consejos ni se confrontan. Comparten su propia experiencia: lo que les funcionó y lo que no. Los miembros no son perfectos, así que a veces alguien puede dar consejos o sermonear.

tsm-therapist-in-charge-worry = «Un terapeuta va a dirigir la reunión».
tsm-therapist-in-charge-answer = Ningún terapeuta ni consejero dirige la reunión. Un miembro hace de coordinador: abre la reunión y la cierra a la hora. Esa persona guía la reunión, pero no la controla.

tsm-attendance-records-worry = «Alguien va a llevar un registro sobre mí».
tsm-attendance-records-answer = En las reuniones no se lleva registro de asistencia. Usted es miembro cuando dice que lo es. Las personas usan solo su nombre, sin apellido. Por costumbre, lo que se dice en una reunión se queda allí.

tsm-religion-worry = «Es algo religioso, y yo no lo soy».
tsm-religion-answer = Las reuniones son espirituales, no religiosas. Puede que oiga hablar de un «Poder Superior». Cada miembro lo entiende a su manera. No necesita ninguna creencia religiosa, y también van personas sin religión.

tsm-only-aa-nearby-worry = «Donde vivo solo hay AA, y mi problema son las drogas».
tsm-only-aa-nearby-answer = AA recibe a quien quiera dejar de beber, y muchos de sus miembros también han consumido otras drogas. Al compartir en AA, se pide respetar su enfoque en el alcohol. NA considera que el alcohol también es una droga.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = «¿Me van a aceptar si tomo metadona o buprenorfina?»
tsm-maintenance-medication-answer-1 = Lo único que necesita para ser miembro es el deseo de dejar de consumir. Su medicamento es un tratamiento médico. Usted y la persona que se lo receta lo deciden juntos. Dejar los opioides de golpe puede ser peligroso.
tsm-maintenance-medication-answer-2 = Algunos miembros y algunos grupos ven mal estos medicamentos. Algunos grupos piden que no comparta quien tomó hace poco sustancias que «alteran la mente o el estado de ánimo». NA deja estas reglas a cada grupo. Usted decide si cuenta o no en una reunión que toma este medicamento. Muchos pacientes prefieren no contarlo.
# Reviewer: «Cuando estamos enfermos» is taken to be NA's Spanish title of "In Times of Illness";
# «El miembro de A.A. – los medicamentos y otras drogas» is AA's Spanish title. Please confirm.
tsm-maintenance-medication-answer-3 = Las reuniones varían mucho. Si una le parece poco acogedora, pruebe otra. El folleto de NA «Cuando estamos enfermos» habla de los medicamentos. El de AA, «El miembro de A.A. – los medicamentos y otras drogas», dice que los miembros no deben hacer de médicos.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
tsm-maintenance-medication-answer-3-welcoming = Las reuniones varían mucho. Podemos indicarle reuniones que sabemos que son acogedoras, y también reuniones en línea. Si una reunión le parece poco acogedora, pruebe otra. Los folletos de NA «Cuando estamos enfermos» y de AA «El miembro de A.A. – los medicamentos y otras drogas» hablan de los medicamentos.

## Closing sections

tsm-find-heading = Cómo encontrar una reunión
tsm-find-web = Pídanos una dirección web con las reuniones cerca de usted. También hay reuniones en línea, para conectarse desde su casa.
tsm-find-try-another = Las reuniones varían mucho. Si una no le parece bien, pruebe otra.

tsm-side-by-side-heading = Las reuniones y el tratamiento van bien juntos
tsm-side-by-side-body = Puede ir a reuniones mientras está en tratamiento. El tratamiento le da atención profesional. Las reuniones le dan el apoyo de personas que han pasado por lo mismo.

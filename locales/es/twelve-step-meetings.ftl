# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Spanish: "usted".
# "chairperson" is "quien coordina" / "coordinador"; "I pass" is «Paso».

tsm-title = Reuniones de 12 pasos: respuestas a dudas comunes
tsm-subtitle = Narcóticos Anónimos (NA) y Alcohólicos Anónimos (AA)

tsm-intro-1 = NA y AA son grupos de personas que se ayudan entre sí a mantenerse lejos de las drogas o el alcohol. Desde hace décadas han ayudado a millones de personas en todo el mundo. Hay reuniones en la mayoría de los lugares.
tsm-intro-2 = Si nunca ha ido a una reunión, es normal sentir nervios. Este folleto responde a algunas preocupaciones comunes, incluidas las que usted nos contó.

## How meetings differ from group therapy

tsm-two-kinds-heading = Las reuniones no son terapia de grupo
tsm-two-kinds-therapy = La terapia de grupo es parte del tratamiento. La dirige un consejero con formación. Suele costar dinero. Por lo general, se espera que todos digan algo.
tsm-two-kinds-meetings = Una reunión de 12 pasos no es un tratamiento. Son personas que han tenido problemas con las drogas o el alcohol y que se apoyan entre sí. En una reunión:
tsm-two-kinds-free = Es gratis.
tsm-two-kinds-no-speaking = Nadie tiene que hablar.
tsm-two-kinds-no-advice = Las personas cuentan su propia historia. Por lo general, no dan consejos.
tsm-two-kinds-members-lead = Un miembro coordina la reunión, no un terapeuta.

## Worries

tsm-concerns-heading = Respuestas a sus preocupaciones

tsm-made-to-speak-worry = «Me van a obligar a hablar».
tsm-made-to-speak-answer = Nadie está obligado a hablar. En algunas reuniones, cada persona tiene su turno y puede decir «Paso». En otras, la gente levanta la mano y quien coordina le da la palabra. Si quiere, puede solo escuchar.

tsm-drug-talk-triggers-worry = «Oír hablar de drogas me va a dar ganas de consumir».
tsm-drug-talk-triggers-answer = Muchos grupos piden no dar detalles sobre las drogas. Los miembros hablan de cómo se sienten y de lo que les ayuda a vivir sin drogas. Algunos coordinadores cortan una historia larga que pinta el consumo como algo bueno. Aun así, puede que oiga hablar de consumos pasados. Si eso le despierta las ganas de consumir, puede salir un momento o hablarlo con nosotros.

tsm-others-problems-worry = «No quiero oír los problemas de todos los demás».
tsm-others-problems-answer = Sí se habla de problemas, pero casi siempre lo importante es lo que ayuda. Una buena reunión no es un lugar solo para quejarse. Los miembros cuentan lo que les funcionó y lo que no.

tsm-costs-money-worry = «Cuesta dinero, como la terapia».
tsm-costs-money-answer = Las reuniones son gratis. Puede que pasen una canasta para quien quiera dar algo. No se espera que los recién llegados den nada. Una reunión no es terapia. Son personas con el mismo problema que se ayudan entre sí.

tsm-advice-and-confrontation-worry = «Me van a decir qué hacer o me van a confrontar».
tsm-advice-and-confrontation-answer = En la reunión, por lo general los miembros no se dan consejos ni se confrontan. Comparten su propia experiencia: lo que les funcionó y lo que no. Los miembros no son perfectos, así que a veces alguien puede dar consejos o sermonear. Usted puede quedarse con lo que le sirva y dejar el resto.

tsm-therapist-in-charge-worry = «Un terapeuta va a dirigir la reunión».
tsm-therapist-in-charge-answer = Ningún terapeuta ni consejero dirige la reunión. Un miembro hace de coordinador: abre la reunión y la cierra a la hora. Esa persona guía la reunión, pero no la controla.

tsm-attendance-records-worry = «Alguien va a llevar un registro sobre mí».
tsm-attendance-records-answer = En las reuniones no se lleva registro de asistencia. Usted es miembro cuando dice que lo es. Las reuniones no forman parte de la policía, de los tribunales ni de esta clínica, y no informan a nadie. La mayoría usa solo su nombre, sin apellido. Por costumbre, lo que se dice en una reunión se queda allí. Es una costumbre, no una ley: comparta solo lo que le parezca bien compartir.

tsm-religion-worry = «Es algo religioso, y yo no lo soy».
tsm-religion-answer = NA y AA dicen que son espirituales, no religiosos. Puede que oiga hablar de Dios o de un «Poder Superior». Cada miembro lo entiende a su manera. Algunas reuniones terminan con una oración. Usted puede simplemente quedarse en silencio. No necesita ninguna creencia, ni saber nada de religión. Las reuniones no forman parte de ninguna iglesia, aunque se hagan en una. Van personas de todas las religiones y personas sin religión.

tsm-only-aa-nearby-worry = «Donde vivo solo hay AA, y mi problema son las drogas».
tsm-only-aa-nearby-answer = Las reuniones abiertas de AA reciben a cualquier persona. Para ser miembro de AA, hace falta el deseo de dejar de beber. Muchos miembros de AA también han consumido otras drogas. Muchos grupos de AA piden que, al compartir, se hable del alcohol, que es el tema de AA. NA considera que el alcohol también es una droga, y NA tiene reuniones en línea.

## More worries (added after the clinical content review)

# REVIEW: masculine generics in the quoted self-descriptions («adicto», «alcohólico»), as elsewhere in this locale.
tsm-labels-worry = «Voy a tener que decir que soy adicto o alcohólico».
tsm-labels-answer = Muchos miembros dicen su nombre y «soy adicto» o «soy alcohólico». Usted no tiene que hacerlo. Puede decir solo su nombre, o «soy nuevo», o nada.

tsm-still-using-worry = «Todavía consumo, así que aún no puedo ir».
tsm-still-using-answer = Puede ir ahora. Lo único que necesita es el deseo de dejar de consumir. Algunos grupos piden que no comparta quien consumió ese día. Aun así, puede ir y escuchar.

tsm-someone-i-know-worry = «Alguien que me conoce me va a ver allí».
tsm-someone-i-know-answer = Si esa persona está allí, fue por la misma razón que usted. Por costumbre, los miembros no cuentan a otros a quién vieron. También puede probar una reunión en otra zona, o en línea.

tsm-cant-get-there-worry = «No puedo llegar. No tengo tiempo, y tengo a mis hijos».
tsm-cant-get-there-answer = Hay reuniones a muchas horas del día. También hay reuniones en línea y por teléfono, para conectarse desde su casa. Muchas veces puede dejar la cámara apagada. Podemos ayudarle a encontrar una que se ajuste a su día.

tsm-tried-once-worry = «Fui una vez, y no era para mí».
tsm-tried-once-answer = Las reuniones son muy distintas en tamaño, ambiente y estilo. Muchas personas prueban varias antes de encontrar una que les guste. En muchos lugares hay reuniones solo para mujeres, para hombres, para jóvenes o para personas LGBTQ+, y reuniones en otros idiomas.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = «¿Me van a aceptar si tomo metadona o buprenorfina?»
tsm-maintenance-medication-answer-1 = Sí, puede ir. Lo único que necesita para ser miembro es el deseo de dejar de consumir. Su medicamento es un tratamiento médico. Usted y la persona que se lo receta lo deciden juntos. Hable con esa persona antes de cualquier cambio. Dejar el medicamento de golpe puede hacerle sentir muy mal y aumenta su riesgo de sobredosis.
tsm-maintenance-medication-answer-2 = Algunos miembros y algunos grupos ven mal estos medicamentos. Algunos grupos piden que no comparta quien tomó hace poco drogas que cambian lo que uno piensa o siente. Incluso allí, usted puede ir y escuchar. Usted decide si cuenta o no en una reunión que toma este medicamento. Algunas personas lo cuentan. Muchas prefieren no hacerlo.
tsm-maintenance-medication-answer-3 = Las reuniones varían mucho. Si una le parece poco acogedora, pruebe otra. Un folleto de AA dice que ningún miembro debe «hacer de médico». Si alguien le dice que deje su medicamento, hable primero con la persona que se lo receta.
# REVIEW: «Dejar el medicamento de golpe puede hacerle sentir muy mal» renders "can make you very sick" (withdrawal); please check it is strong enough.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
tsm-maintenance-medication-answer-3-welcoming = Las reuniones varían mucho. Podemos indicarle reuniones que sabemos que son acogedoras, y también reuniones en línea. Si una le parece poco acogedora, pruebe otra. Para nosotros, tomar su medicamento como se lo recetaron es parte de su recuperación. Si alguien le dice que deje su medicamento, hable primero con la persona que se lo receta.
# Variant "candid". REVIEW: «tiempo limpio» for NA's "clean time"; please confirm the Spanish NA usage.
tsm-maintenance-medication-answer-3-candid = Algunos grupos no cuentan el tiempo con estos medicamentos como «tiempo limpio». Puede que algunos no le dejen coordinar una reunión. Como usted toma su medicamento todos los días, los grupos que piden no compartir pueden pedírselo también a usted. Aun así puede escuchar, y otras reuniones pueden recibirle sin reservas. Para nosotros, tomar su medicamento como se lo recetaron es parte de su recuperación. Si alguien le dice que deje su medicamento, hable primero con la persona que se lo receta.

## Closing sections

tsm-find-heading = Cómo encontrar una reunión
tsm-find-web = Podemos ayudarle a encontrar una reunión cerca de usted. También hay reuniones en línea, para conectarse desde su casa.

## Optional closing section "other-support-groups". Group names stay as the groups write them.

tsm-other-groups-heading = Otros tipos de grupos de apoyo
tsm-other-groups-intro = Algunas personas quieren un grupo sin la parte espiritual, o algo distinto. Otras van a los dos tipos.
tsm-other-groups-ask = Todos estos grupos tienen reuniones en línea. Pregúntenos cuáles se reúnen también cerca de usted:
tsm-other-groups-smart = SMART Recovery: reuniones que enseñan herramientas prácticas para cambiar hábitos. Recibe a personas que toman medicamentos para su recuperación.
tsm-other-groups-lifering = LifeRing Secular Recovery: reuniones sin parte espiritual ni religiosa.
tsm-other-groups-dharma = Recovery Dharma: reuniones que usan la meditación e ideas del budismo.
tsm-other-groups-wfs = Women for Sobriety: grupos para mujeres.
tsm-other-groups-mara = MARA (Medication-Assisted Recovery Anonymous): reuniones para personas que toman medicamentos como la metadona o la buprenorfina.
tsm-other-groups-secular = Reuniones laicas de AA: reuniones de AA en las que se habla poco o nada de Dios.
tsm-other-groups-family = Para familiares y amigos: Al-Anon (para quienes sufren por la bebida de otra persona) y Nar-Anon (por el consumo de drogas de otra persona).

tsm-side-by-side-heading = Las reuniones y el tratamiento van bien juntos
tsm-side-by-side-body = Puede ir a reuniones mientras está en tratamiento. El tratamiento le da atención profesional. Las reuniones le dan el apoyo de personas que han pasado por lo mismo.

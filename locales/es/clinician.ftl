# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Clinician copy (`handout render --copy clinician`), read by a Spanish-speaking clinician.
# Teach-back questions are addressed to the patient ("usted"); the prompts to the clinician.
# Titles of fellowship and agency publications stay in English: they are how the documents are catalogued.

## twelve-step-meetings: one pair per concern

tsm-made-to-speak-teach-back = Con sus propias palabras, ¿qué pasa si le toca su turno y no quiere hablar?
tsm-made-to-speak-mi-prompt = Primero refleje la preocupación («Hablar delante de desconocidos suena difícil»). Luego pregunte: «¿Qué le haría más fácil solo sentarse a escuchar la primera vez?». Espere oír «puedo decir Paso».

tsm-labels-teach-back = Cuando las personas se presentan, ¿qué puede decir usted si no quiere usar una etiqueta?
tsm-labels-mi-prompt = Pregunte qué significan para la persona las palabras «adicto» y «alcohólico», y refleje lo que siente. Deje claro que cómo se describe es decisión suya, en la reunión y aquí.

tsm-still-using-teach-back = ¿Tiene que dejar de consumir antes de poder ir a una reunión? ¿Qué puede hacer allí si consumió ese día?
tsm-still-using-mi-prompt = Explore: «¿Cómo sería para usted ir ya, antes de haber dejado de consumir?». No convierta la asistencia en una condición del tratamiento. Si consume opioides, ofrezca naloxona y el consejo de no consumir a solas, por separado.

tsm-drug-talk-triggers-teach-back = Si oír a alguien hablar de consumir le da ganas de consumir, ¿qué podría hacer?
tsm-drug-talk-triggers-mi-prompt = Háganlo juntos y enlácelo con su plan de prevención de recaídas: salir un momento, hablar con alguien después, llamarnos, probar otra reunión. Pregunte: «¿Qué le ha ayudado antes con las ganas de consumir?».

tsm-others-problems-teach-back = ¿De qué habla la gente casi siempre cuando comparte?
tsm-others-problems-mi-prompt = Refleje: «Ya tiene bastante con lo suyo». Pregunte qué le gustaría oír en una reunión. Espere oír esperanza e ideas que funcionan, más que problemas.

tsm-costs-money-teach-back = ¿Necesita llevar dinero a una reunión?
tsm-costs-money-mi-prompt = Confirme que es gratis y que no se espera que los recién llegados den dinero. Luego pregunte: «¿Cómo encajarían las reuniones con el tratamiento que recibe aquí?» (las reuniones se suman al tratamiento; no lo sustituyen).

tsm-advice-and-confrontation-teach-back = Si alguien le da un consejo que usted no quiere, ¿qué puede hacer?
tsm-advice-and-confrontation-mi-prompt = Pregunte por experiencias pasadas en las que le dijeron qué hacer, y refléjelas. Espere oír «me quedo con lo que me sirve y dejo el resto». A quien toma medicamento se le dice con más frecuencia que lo deje: ensayen la respuesta (hablar antes con quien se lo receta).

tsm-therapist-in-charge-teach-back = ¿Quién dirige la reunión?
tsm-therapist-in-charge-mi-prompt = Pregunte cómo se imagina una reunión y complete lo que falte con permiso («¿Le parece bien si le cuento cómo suele ser?»). Espere oír «un miembro, quien coordina».

tsm-attendance-records-teach-back = ¿La reunión lleva una lista de quién va? ¿Lo que usted dice allí está protegido como lo que dice aquí?
tsm-attendance-records-mi-prompt = Espere oír «no hay lista; allí la privacidad es una costumbre, no una ley». Si hay libertad condicional, una orden judicial, custodia o servicios de protección de menores, hablen de lo que la persona decide compartir. Algunas reuniones firman un formulario de asistencia del tribunal si se les pide; el grupo sigue sin llevar una lista.

tsm-someone-i-know-teach-back = Si ve a alguien conocido en una reunión, ¿por qué está esa persona allí y qué hará con lo que vio?
tsm-someone-i-know-mi-prompt = Pregunte a quién teme encontrarse y qué pasaría si ocurriera. Exploren opciones que la persona elija: otra zona, una reunión en línea, ir con alguien de confianza.

tsm-religion-teach-back = ¿Necesita creer en Dios para ir? ¿Qué puede hacer si rezan una oración?
tsm-religion-mi-prompt = Pregunte por sus creencias sin juzgar. Si la parte espiritual es un obstáculo, ofrezca otros tipos de grupos de apoyo (SMART Recovery, LifeRing, AA laica). Para pacientes de una fe no cristiana: las reuniones no forman parte de ninguna iglesia, aunque se hagan en una.

tsm-only-aa-nearby-teach-back = ¿Puede ir a AA si su problema son las drogas? ¿Qué reuniones de AA están abiertas a cualquier persona?
tsm-only-aa-nearby-mi-prompt = Espere oír «las reuniones abiertas; NA tiene reuniones en línea». Pregunte cuál probaría primero. Si toma metadona o buprenorfina, el alcohol junto con ella puede ser peligroso (depresión del sistema nervioso central): dígalo aquí, no en el folleto.

tsm-cant-get-there-teach-back = Si no puede ir a una reunión en persona, ¿de qué otra forma podría participar?
tsm-cant-get-there-mi-prompt = Refleje la carga práctica (transporte, trabajo, hijos). Pregunte: «¿A qué hora del día le vendría bien?». Luego ayúdele a elegir una reunión en línea o por teléfono y a anotarla en el recuadro «Mi próximo paso».

tsm-tried-once-teach-back = Si la primera reunión que prueba no le parece bien, ¿qué puede hacer?
tsm-tried-once-mi-prompt = Pregunte qué no le pareció bien, y refléjelo. Pregunte: «¿Cómo sería una reunión que vaya con usted?». Mencione reuniones para mujeres, hombres, jóvenes, personas LGBTQ+ o en su idioma, donde las haya.

tsm-maintenance-medication-teach-back = ¿Quién decide sobre su medicamento? ¿Qué hará si alguien en una reunión le dice que lo deje?
tsm-maintenance-medication-mi-prompt = Espere oír «yo y quien me lo receta; hablo primero con quien me lo receta; dejarlo de golpe es peligroso». Pregunte qué ha oído sobre las reuniones y los medicamentos. Diga con claridad que la clínica ve el medicamento como parte de la recuperación. Mencionarlo en una reunión es decisión de la persona.

# NA's literature on medication, for the clinician (not printed for the patient).
tsm-medication-literature-history = El Boletín n.º 29 de NA, “Regarding Methadone and Other Drug Replacement Programs” (1996), dice que las personas en metadona pueden asistir y escuchar, pero que compartir o coordinar no transmitiría el mensaje de NA. El folleto de servicio “NA Groups & Medication” (2011) lo suaviza: cada grupo decide cuánto participa una persona en terapia de sustitución, pero NA sigue sin considerar esa terapia como la abstinencia completa que pide a sus miembros. NA publica además “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” para profesionales. “In Times of Illness” («Cuando estamos enfermos») trata de medicamentos para enfermedades, lesiones, dolor y salud mental, no de la metadona ni de la buprenorfina: no remita a estos pacientes a ese folleto. Desde 2018 la Conferencia de Servicio Mundial de NA debate nueva literatura para miembros sobre DRT/MAT: compruebe na.org antes de cada revisión del contenido. El folleto de AA “The A.A. Member—Medications and Other Drugs” (rev. 2011) dice que ningún miembro debe «hacer de médico» y que el consejo médico debe venir de un médico cualificado.

# The wording a clinic chooses for the medication answer (topic `wording: names:`), named for the web form; never printed for the patient.
# REVIEW: the names of the three wordings, shown to the clinician in the web form.
tsm-maintenance-medication-wording-balanced = equilibrada (las reuniones son muy distintas y se puede probar otra; AA dice que ningún miembro debe «hacer de médico»)
tsm-maintenance-medication-wording-welcoming = con reuniones acogedoras (la clínica puede indicar reuniones que sabe acogedoras, y reuniones en línea)
tsm-maintenance-medication-wording-candid = franca (algunos grupos pueden no contar el tiempo con medicamento como tiempo limpio, ni dejar coordinar o compartir)

## twelve-step-meetings: sources

tsm-source-1 = Entrada de blog de un profesional clínico, “The Differences Between 12-step Meetings and Group Therapy”, y los comentarios de sus lectores (2011–2017): reuniones frente a terapia de grupo; las preocupaciones que expresan los pacientes.
tsm-source-2 = NA World Services, Boletín n.º 29, “Regarding Methadone and Other Drug Replacement Programs” (1996); suavizado por “NA Groups & Medication” (2011).
tsm-source-3 = NA World Services, “NA Groups & Medication” (folleto de servicio, 2011): cada grupo decide; la sustitución no es la abstinencia completa de NA.
tsm-source-4 = NA World Services, “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” (folleto para profesionales).
tsm-source-5 = AA World Services, “The A.A. Member—Medications and Other Drugs” (1984, rev. 2011): ningún miembro debe «hacer de médico».
tsm-source-6 = Bill W., “Problems Other Than Alcohol” (A.A. Grapevine, 1958; folleto de AA «Problemas diferentes del alcohol»): ser miembro de AA requiere el deseo de dejar de beber; cualquiera puede asistir a las reuniones abiertas.
tsm-source-7 = AA, “A Newcomer Asks” y “Frequently Asked Questions About A.A.”: no hay registros de asistencia; los conocidos están allí por la misma razón; solo usted puede decidir.
tsm-source-8 = La Tercera Tradición de NA y de AA: el único requisito para ser miembro es el deseo de dejar de consumir (NA) o de beber (AA).
tsm-source-9 = SAMHSA, TIP 63, “Medications for Opioid Use Disorder” (actualización de 2020): dejar el medicamento aumenta el riesgo de volver a consumir y de sobredosis; recuperación con medicamento.
tsm-source-10 = NIDA, “Words Matter”: términos que ponen primero a la persona y no estigmatizan («sin drogas» en vez de «limpio»); MARA, SMART Recovery, LifeRing, Recovery Dharma y Women for Sobriety según la descripción de cada grupo.

## first-meeting: sources

fm-source-1 = Entrada de blog de un profesional clínico, “The Differences Between 12-step Meetings and Group Therapy”, y los comentarios de sus lectores (2011–2017): formatos de reunión, quien coordina, la canasta, la privacidad.
fm-source-2 = La Tercera Tradición de NA y de AA: el único requisito para ser miembro es el deseo de dejar de consumir (NA) o de beber (AA).
fm-source-3 = NA, “An Introduction to NA Meetings”; AA, “A Newcomer Asks”: reuniones abiertas y cerradas, llaveros y fichas, padrinos.

# Borrador (draft) de locales/en-US/actions.ftl: puntos clave, «Mi próximo
# paso», «Ayuda inmediata». Registro: usted.

## Puntos clave

actions-key-points-label = Puntos clave
tsm-key-point-1 = Las reuniones son gratis.
tsm-key-point-2 = No tiene que hablar. Puede solo escuchar.
tsm-key-point-3 = Ir es su decisión. Puede probar una reunión y decidir por sí mismo.
fm-key-point-1 = Las reuniones son gratis.
fm-key-point-2 = Nadie está obligado a hablar. Puede solo escuchar.
fm-key-point-3 = Si una reunión no le parece bien, pruebe otra.

## Mi próximo paso

actions-next-step-heading = Mi próximo paso
actions-next-step-intro = Llénelo con nosotros, o por su cuenta.
actions-next-step-meeting = Una reunión que podría probar:
actions-next-step-when = Día y hora:
actions-next-step-with = Alguien que podría ir conmigo:

actions-website = Sitio web:

actions-welcoming-heading = Reuniones que sabemos que reciben bien a personas con medicamentos:
actions-welcoming-meeting = { $name }: { $when }, { $place } (lo comprobamos el { $checked })

## Ayuda inmediata

actions-help-heading = Ayuda inmediata
actions-help-crisis = En una crisis, llame al { $number }.
actions-help-helpline = Para ayuda e información, llame al { $number }.
# REVIEW: «naloxona» (Narcan); «no consuma a solas» es la frase usual de reducción de daños.
actions-help-naloxone = Si vuelve a consumir, no lo haga a solas. Lleve naloxona. Puede revertir una sobredosis.

# Черновик (draft) перевода locales/en-US/actions.ftl: главное, «Мой
# следующий шаг», «Помощь сейчас». Обращение на «вы».

actions-key-points-label = Главное
tsm-key-point-1 = Собрания бесплатные.
tsm-key-point-2 = Говорить не обязательно. Можно просто слушать.
tsm-key-point-3 = Идти или нет, решаете вы. Можно сходить на одно собрание и решить самим.
fm-key-point-1 = Собрания бесплатные.
fm-key-point-2 = Никого не заставляют говорить. Можно просто слушать.
fm-key-point-3 = Если собрание не подошло, попробуйте другое.

actions-next-step-heading = Мой следующий шаг
actions-next-step-intro = Заполните это вместе с нами или сами.
# REVIEW: shortened from «Собрание, которое я могу попробовать:» so the label fits on one line; please check it reads naturally.
actions-next-step-meeting = Какое собрание попробую:
actions-next-step-when = День и время:
actions-next-step-with = Кто может пойти со мной:

actions-website = Сайт:

actions-welcoming-heading = Собрания, где, как мы знаем, рады людям на лекарствах:
actions-welcoming-meeting = { $name }: { $when }, { $place } (мы проверили { $checked })

actions-help-heading = Помощь сейчас
actions-help-crisis = В кризисной ситуации звоните по номеру { $number }.
actions-help-helpline = За помощью и информацией звоните по номеру { $number }.
# REVIEW: «налоксон»; «не употребляйте в одиночку» — обычная фраза снижения вреда.
actions-help-naloxone = Если вы снова начнёте употреблять, не делайте этого в одиночку. Носите с собой налоксон. Он может остановить передозировку.

# 草稿（draft），译自 locales/en-US/clinician-copy.ftl：医护人员副本。

clinician-copy-title = 医护人员副本：{ $title }
clinician-copy-leaflet-language = 患者的资料是用{ $language }写的。本页用中文告诉您资料里说了什么。
clinician-copy-language-en-US = 英文
clinician-copy-language-es = 西班牙文
clinician-copy-language-ar = 阿拉伯文
clinician-copy-language-zh-Hans = 简体中文
clinician-copy-language-vi = 越南文
clinician-copy-language-ru = 俄文
clinician-copy-leaflet-draft = 这份译文是草稿，尚未经过以该语言为母语的临床人员审核。
clinician-copy-all-concerns = 资料回答了本主题的所有顾虑。
clinician-copy-how = 每个顾虑包括：资料告诉患者的内容、一个复述确认问题，以及一个动机式访谈提示。
clinician-copy-teach-back-opener = 开场可以说：“我想确认我讲清楚了。您能用自己的话说说……”
clinician-copy-tells-heading = 资料告诉患者的内容
clinician-copy-worry-label = 顾虑：
clinician-copy-answer-label = 资料的回答：
clinician-copy-wording = 诊所选择的措辞：{ $wording }
clinician-copy-meetings-label = 资料列出的聚会：
# REVIEW: "teach-back" 常译作“回授法”或“复述确认”。
clinician-copy-teach-back-label = 复述确认：
# Above the teach-back question in the patient's language (when the sheet is in another).
# REVIEW: new message.
clinician-copy-teach-back-in = 用{ $language }：
clinician-copy-mi-label = 动机式访谈：
clinician-copy-no-teach-back = 这个顾虑还没有复述确认问题。
clinician-copy-mi-tips-heading = 与患者交谈
clinician-copy-mi-tips = 提供信息前先征得同意。先问患者听说过什么。回答前先复述对方的顾虑。最后强调由患者自己决定：去不去、什么时候去，都由患者决定。
clinician-copy-record = 已做复述确认（日期、签名缩写）：
clinician-copy-sources-heading = 来源
clinician-copy-footer = 医护人员副本 · 不发给患者

# 临床医生用的网页表单（`handout serve`）：页面本身的文字，用临床医生的语言。
# handout 维护者的草稿。
# REVIEW: 全部文字需要母语审校，尤其是“顾虑”一词。

serve-page-title = 打印宣传单 — handout
serve-page-title-problems = 请检查表单：
serve-heading = 打印宣传单
serve-intro = 勾选患者说出的顾虑，选择患者的语言，然后打印。

serve-topic-heading = 宣传单
serve-concerns-legend = 患者说出了哪些顾虑？（{ $topic }）
serve-concerns-hint = 宣传单只回答您勾选的顾虑。一个都不勾选，就回答全部顾虑。
serve-concerns-none = 这份宣传单没有可选的顾虑：整份打印。
serve-wording-clinic = 诊所选择的回答措辞：{ $variant }
serve-wording-default = 标准回答措辞：{ $variant }

serve-locale-label = 患者的语言
serve-locale-hint = 每种语言都用它自己的名称显示。
serve-locales-reviewed = 已审校的翻译
serve-locales-draft = 翻译草稿（尚未审校）
serve-locale-draft-note = 用翻译草稿打印的宣传单，标题下方会注明“翻译尚未审校”。

serve-paper-legend = 纸张
serve-paper-from-clinic = 已选择诊所的纸张。
serve-paper-from-browser = 按您浏览器的地区选择。
serve-paper-from-server = 按这台电脑的地区选择。
serve-paper-from-default = 默认 A4，除非您选择 Letter。
serve-paper-letter = Letter（美国）
serve-paper-a4 = A4

serve-large-print = 大字版（字更大，页数更多）

serve-name-label = 患者姓名（可不填）
serve-name-hint = 打印在标题下方：“为……准备”。不会保存，也不会记录。

serve-print = 打印宣传单
serve-download = 下载
serve-print-hint = “打印宣传单”会在新标签页中打开 PDF，请在那里打印。“下载”会保存文件。
serve-privacy = 这个页面在这台电脑上运行。宣传单做好后，您输入的内容不会被保留。

serve-problems-heading = 宣传单没有生成。请检查：
serve-error-label = 错误：
serve-error-encoding = 表单没有以 UTF-8 文本发送。
serve-error-unknown-field = 表单中有本服务器不认识的字段：{ $field }。已知字段：{ $fields }。
serve-error-repeated-field = 字段 { $field } 发送了两次。
serve-error-too-many-concerns = 发送的顾虑太多（超过 { $limit } 个）。
serve-error-topic-missing = 请选择一份宣传单。
serve-error-topic-invalid = 这个宣传单名称无效。
serve-error-topic-unknown = 没有这份宣传单。宣传单：{ $topics }。
serve-error-concern-invalid = 某个顾虑的名称无效。
serve-error-concern-unknown = 这份宣传单没有顾虑“{ $concern }”。它的顾虑：{ $concerns }。
serve-error-locale-invalid = 这个语言代码无效。
serve-error-locale-unknown = 没有这种语言的翻译。语言：{ $locales }。
serve-error-locale-served-by = 语言“{ $locale }”使用翻译“{ $folder }”打印：请选择该翻译。
serve-error-locale-messages = 翻译“{ $locale }”目前还不能打印这份宣传单。请选择其他语言，或告知负责翻译的人。
serve-error-name = 这个姓名无法打印。
serve-error-paper = 请选择 Letter 或 A4。
serve-error-large-print = 大字版只能勾选或不勾选。
serve-error-copy = 无法生成这个副本。副本：{ $values }。
serve-error-format = 无法生成这种格式。格式：{ $values }。
serve-error-action = 请使用“打印宣传单”或“下载”按钮。
serve-error-leaflet = 无法生成宣传单。

# The copy and the format to make.
# REVIEW: draft translation of the copy and format choices.
serve-copy-legend = 哪一份
serve-copy-patient = 患者的宣传单
serve-copy-clinician = 给临床人员的副本（宣传单的内容及复述确认问题），使用本页面的语言
serve-format-legend = 格式
serve-format-pdf = PDF，用于打印
serve-format-html = 网页（HTML），用于患者门户或屏幕阅读器

# 草稿（draft），译自 locales/en-US/actions.ftl：要点、“我的下一步”、“立即求助”。用“您”。

actions-key-points-label = 要点
tsm-key-point-1 = 聚会是免费的。
tsm-key-point-2 = 您不必发言，可以只听。
tsm-key-point-3 = 去不去由您决定。您可以先去一次，再自己决定。
fm-key-point-1 = 聚会是免费的。
fm-key-point-2 = 没有人会被要求发言。您可以只听。
fm-key-point-3 = 如果这次聚会不合适，可以换一个试试。

actions-next-step-heading = 我的下一步
actions-next-step-intro = 可以和我们一起填，也可以自己填。
actions-next-step-meeting = 我可以去试试的聚会：
actions-next-step-when = 日期和时间：
actions-next-step-with = 可以陪我去的人：

actions-website = 网站：

actions-welcoming-heading = 我们知道欢迎服药者的聚会：
actions-welcoming-meeting = { $name }：{ $when }，{ $place }（我们于{ $checked }核实）

actions-help-heading = 立即求助
actions-help-crisis = 遇到危机时，请拨打{ $number }。
actions-help-helpline = 如需帮助和信息，请拨打{ $number }。
# REVIEW: 纳洛酮（naloxone）；“不要独自使用”是减害的常用说法。
actions-help-naloxone = 如果您再次使用，不要一个人用。随身带着纳洛酮，它可以逆转过量。

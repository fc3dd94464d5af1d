# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Vietnamese: "bạn" throughout.
# "meeting" is "buổi họp"; "chairperson" is "người chủ trì"; "I pass" is “Tôi xin qua lượt.”; "Higher Power" is “Quyền Năng Cao Hơn”.
# REVIEW: names as Vietnamese AA literature writes them (the 1991 Big Book translation: Hội Người Nghiện Rượu Ẩn Danh), and the same pattern for NA.
# If "người nghiện" is judged too stigmatising, the press form is "Hội Cai Nghiện Ma Túy Ẩn Danh" / "Hội Cai Nghiện Rượu Ẩn Danh". Register: "bạn"; US materials for older Vietnamese-American adults often use "quý vị" (a reviewer's decision).

tsm-title = Buổi họp 12 bước: Giải đáp những lo lắng thường gặp
tsm-subtitle = Hội Người Nghiện Ma Túy Ẩn Danh (Narcotics Anonymous, NA) và Hội Người Nghiện Rượu Ẩn Danh (Alcoholics Anonymous, AA)

tsm-intro-1 = NA và AA là những nhóm người giúp đỡ nhau tránh xa ma túy hoặc rượu. Trong nhiều chục năm qua, các nhóm này đã giúp hàng triệu người trên khắp thế giới. Ở hầu hết mọi nơi đều có buổi họp.
tsm-intro-2 = Nếu bạn chưa bao giờ đi họp, cảm thấy hồi hộp là chuyện bình thường. Tờ thông tin này giải đáp một số lo lắng thường gặp, trong đó có những điều bạn đã nói với chúng tôi.

## How meetings differ from group therapy

tsm-two-kinds-heading = Buổi họp không phải là trị liệu nhóm
tsm-two-kinds-therapy = Trị liệu nhóm là một phần của việc điều trị. Người hướng dẫn là một chuyên viên tư vấn đã được đào tạo. Trị liệu nhóm thường phải trả tiền. Thường thì ai cũng cần nói vài câu.
tsm-two-kinds-meetings = Buổi họp 12 bước không phải là điều trị. Đó là những người từng gặp vấn đề với ma túy hoặc rượu, hỗ trợ lẫn nhau. Tại buổi họp:
tsm-two-kinds-free = Không mất tiền.
tsm-two-kinds-no-speaking = Không ai bị bắt phải nói.
tsm-two-kinds-no-advice = Mọi người kể chuyện của chính mình. Họ thường không khuyên bảo người khác.
tsm-two-kinds-members-lead = Một thành viên dẫn buổi họp, không phải nhà trị liệu.

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = Giải đáp những lo lắng của bạn

tsm-made-to-speak-worry = “Tôi sẽ bị bắt phải nói.”
tsm-made-to-speak-answer = Không ai bị bắt phải nói. Ở một số buổi họp, mỗi người lần lượt được mời nói, và bạn chỉ cần nói “Tôi xin qua lượt.” Ở những buổi họp khác, ai muốn nói thì giơ tay và người chủ trì sẽ mời người đó nói. Bạn hoàn toàn có thể chỉ ngồi nghe.

tsm-drug-talk-triggers-worry = “Nghe người khác nói về ma túy sẽ làm tôi thèm dùng.”
tsm-drug-talk-triggers-answer = Nhiều nhóm đề nghị thành viên không kể chi tiết về ma túy. Thành viên nói về cảm xúc của mình và điều gì giúp họ sống không ma túy. Nếu ai đó kể một câu chuyện dài khiến việc dùng ma túy nghe có vẻ hay, một số người chủ trì sẽ ngắt lời. Dù vậy, bạn vẫn có thể nghe người khác kể về chuyện dùng ma túy trước đây. Nếu điều đó làm bạn thèm, bạn có thể ra ngoài một lúc, hoặc nói chuyện với chúng tôi.

tsm-others-problems-worry = “Tôi không muốn nghe chuyện rắc rối của mọi người.”
tsm-others-problems-answer = Mọi người có nói về khó khăn, nhưng phần lớn thời gian tập trung vào điều giúp ích. Một buổi họp tốt không phải là chỗ chỉ để than phiền. Thành viên kể điều gì đã giúp được họ và điều gì không.

tsm-costs-money-worry = “Đi họp tốn tiền, giống như trị liệu.”
tsm-costs-money-answer = Buổi họp không mất tiền. Có thể người ta chuyền một cái giỏ để ai muốn thì góp tiền. Người mới không cần phải góp gì cả. Buổi họp không phải là trị liệu. Đó là những người có cùng vấn đề giúp đỡ lẫn nhau.

tsm-advice-and-confrontation-worry = “Họ sẽ bảo tôi phải làm gì, hoặc sẽ chất vấn làm tôi bẽ mặt.”
tsm-advice-and-confrontation-answer = Trong buổi họp, thành viên thường không khuyên bảo nhau và cũng không chất vấn nhau. Họ chia sẻ kinh nghiệm của chính mình: điều gì đã giúp được họ và điều gì không. Thành viên cũng không hoàn hảo, nên đôi khi vẫn có người đưa ra lời khuyên hoặc giảng đạo lý. Bạn có thể giữ lại điều có ích và bỏ qua phần còn lại.

tsm-therapist-in-charge-worry = “Sẽ có nhà trị liệu điều khiển buổi họp.”
tsm-therapist-in-charge-answer = Không có nhà trị liệu hay chuyên viên tư vấn nào điều khiển buổi họp. Một thành viên, gọi là người chủ trì, mở đầu và kết thúc buổi họp đúng giờ. Người chủ trì hướng dẫn buổi họp nhưng không kiểm soát buổi họp.

tsm-attendance-records-worry = “Sẽ có người ghi chép hồ sơ về tôi.”
tsm-attendance-records-answer = Buổi họp không ghi danh sách người đến họp. Bạn là thành viên khi bạn nói mình là thành viên. Các buổi họp không thuộc công an, tòa án hay phòng khám này, và không báo cáo cho ai cả. Phần lớn mọi người chỉ dùng tên gọi. Theo thông lệ, điều gì nói ở buổi họp thì chỉ để lại ở buổi họp. Đây là thông lệ, không phải luật, nên bạn chỉ chia sẻ những gì bạn thấy thoải mái.

tsm-religion-worry = “Đó là tôn giáo, mà tôi thì không theo đạo.”
# REVIEW: "spiritual" is rendered "nói về đời sống tinh thần" rather than "tâm linh", which many readers link to spirits and worship; please check.
tsm-religion-answer = NA và AA nói rằng họ hướng về đời sống tinh thần, không phải tôn giáo. Bạn có thể nghe nói đến Thượng Đế hoặc một “Quyền Năng Cao Hơn”. Mỗi thành viên hiểu điều này theo cách riêng của mình. Một số buổi họp kết thúc bằng một lời cầu nguyện. Bạn có thể chỉ im lặng. Bạn không cần có niềm tin nào, cũng không cần biết gì về tôn giáo. Buổi họp không thuộc nhà thờ nào, kể cả khi họp trong nhà thờ. Người thuộc mọi tôn giáo, và cả người không theo đạo nào, đều đi họp.

tsm-only-aa-nearby-worry = “Chỗ tôi ở chỉ có AA, mà vấn đề của tôi là ma túy.”
tsm-only-aa-nearby-answer = Các buổi họp AA mở chào đón bất cứ ai. Để trở thành thành viên AA, bạn cần mong muốn bỏ rượu. Nhiều thành viên AA cũng từng dùng ma túy. Nhiều nhóm AA đề nghị người chia sẻ nói về rượu. NA cũng xem rượu là một chất gây nghiện, và NA có các buổi họp trực tuyến.

## More worries (added after the clinical content review)

tsm-labels-worry = “Tôi sẽ phải tự gọi mình là người nghiện hay người nghiện rượu.”
tsm-labels-answer = Nhiều thành viên nói tên mình và “Tôi là người nghiện” hoặc “Tôi là người nghiện rượu”. Bạn không bắt buộc phải nói vậy. Bạn có thể chỉ nói tên, hoặc nói “Tôi mới đến”, hoặc không nói gì cả.

tsm-still-using-worry = “Tôi vẫn còn đang dùng, nên chưa đi họp được.”
tsm-still-using-answer = Bạn có thể đi ngay bây giờ. Điều duy nhất bạn cần là mong muốn ngừng sử dụng. Một số nhóm đề nghị người đã dùng trong ngày hôm đó không chia sẻ. Bạn vẫn có thể đến và ngồi nghe.

tsm-someone-i-know-worry = “Người quen sẽ nhìn thấy tôi ở đó.”
tsm-someone-i-know-answer = Nếu họ ở đó, họ đến vì cùng một lý do với bạn. Theo thông lệ, thành viên không kể với người khác là mình đã gặp ai. Bạn cũng có thể thử một buổi họp ở khu vực khác, hoặc họp trực tuyến.

tsm-cant-get-there-worry = “Tôi không đến đó được. Tôi không có thời gian, và tôi còn con nhỏ.”
tsm-cant-get-there-answer = Có buổi họp vào nhiều giờ khác nhau trong ngày. Có các buổi họp trực tuyến và qua điện thoại mà bạn có thể tham gia tại nhà. Thường thì bạn có thể tắt camera. Chúng tôi có thể giúp bạn tìm một buổi họp hợp với lịch của bạn.

tsm-tried-once-worry = “Tôi đã đi một lần, và thấy không hợp với mình.”
tsm-tried-once-answer = Các buổi họp rất khác nhau về số người, bầu không khí và cách họp. Nhiều người thử vài buổi rồi mới thấy một buổi hợp với mình. Ở nhiều nơi có buổi họp chỉ dành cho phụ nữ, cho nam giới, cho người trẻ hoặc cho người LGBTQ+, và có buổi họp bằng những ngôn ngữ khác.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = “Nếu tôi đang dùng methadone hoặc buprenorphine, tôi có được chào đón không?”
tsm-maintenance-medication-answer-1 = Có, bạn có thể đi họp. Điều duy nhất bạn cần để trở thành thành viên là mong muốn ngừng sử dụng. Thuốc của bạn là một cách điều trị y khoa. Bạn và bác sĩ kê đơn cho bạn cùng nhau quyết định về thuốc này. Hãy nói chuyện với bác sĩ kê đơn trước khi thay đổi điều gì. Ngừng thuốc đột ngột có thể làm bạn ốm nặng và làm tăng nguy cơ quá liều.
tsm-maintenance-medication-answer-2 = Một số thành viên và một số nhóm có cái nhìn không tốt về các loại thuốc này. Một số nhóm đề nghị người nào gần đây có dùng chất làm thay đổi suy nghĩ hoặc cảm xúc thì không chia sẻ. Ngay cả ở những nhóm đó, bạn vẫn được chào đón đến ngồi nghe. Có nói về thuốc của bạn ở buổi họp hay không là do bạn quyết định. Có người nói. Nhiều người chọn không nói.
tsm-maintenance-medication-answer-3 = Các buổi họp rất khác nhau. Nếu bạn thấy mình không được chào đón ở một buổi họp, hãy thử buổi khác. Chính tờ thông tin của AA nói rằng không thành viên nào nên “đóng vai bác sĩ”. Nếu có ai bảo bạn ngừng thuốc, hãy nói chuyện với bác sĩ kê đơn trước.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
tsm-maintenance-medication-answer-3-welcoming = Các buổi họp rất khác nhau. Chúng tôi có thể cho bạn biết những buổi họp mà chúng tôi biết là chào đón, và các buổi họp trực tuyến. Nếu bạn thấy mình không được chào đón ở một buổi họp, hãy thử buổi khác. Chúng tôi xem việc dùng thuốc đúng theo đơn là một phần trong quá trình hồi phục của bạn. Nếu có ai bảo bạn ngừng thuốc, hãy nói chuyện với bác sĩ kê đơn trước.
# Variant "candid". REVIEW: “thời gian sạch” for NA's "clean time"; please confirm the Vietnamese NA usage.
tsm-maintenance-medication-answer-3-candid = Một số nhóm không tính thời gian dùng các loại thuốc này là “thời gian sạch”. Một số nhóm có thể không cho bạn chủ trì buổi họp. Vì bạn dùng thuốc mỗi ngày, những nhóm đề nghị không chia sẻ có thể cũng đề nghị bạn như vậy. Bạn vẫn có thể ngồi nghe, và những buổi họp khác có thể chào đón bạn trọn vẹn. Chúng tôi xem việc dùng thuốc đúng theo đơn là một phần trong quá trình hồi phục của bạn. Nếu có ai bảo bạn ngừng thuốc, hãy nói chuyện với bác sĩ kê đơn trước.

## Closing sections

tsm-find-heading = Cách tìm một buổi họp
tsm-find-web = Chúng tôi có thể giúp bạn tìm một buổi họp gần nơi bạn ở. Cũng có các buổi họp trực tuyến, để bạn tham gia ngay tại nhà.

## Optional closing section "other-support-groups". Group names stay as the groups write them.

tsm-other-groups-heading = Những loại nhóm hỗ trợ khác
tsm-other-groups-intro = Có người muốn một nhóm không có phần đời sống tinh thần, hoặc muốn điều gì khác. Có người đi cả hai loại nhóm.
tsm-other-groups-ask = Tất cả các nhóm này đều có buổi họp trực tuyến. Hãy hỏi chúng tôi nhóm nào cũng họp gần nơi bạn ở:
tsm-other-groups-smart = SMART Recovery: buổi họp dạy những cách thực tế để thay đổi thói quen. Nhóm chào đón người đang dùng thuốc để hồi phục.
tsm-other-groups-lifering = LifeRing Secular Recovery: buổi họp không có phần tinh thần hay tôn giáo.
tsm-other-groups-dharma = Recovery Dharma: buổi họp dùng thiền và những ý tưởng từ đạo Phật.
tsm-other-groups-wfs = Women for Sobriety: nhóm dành cho phụ nữ.
tsm-other-groups-mara = MARA (Medication-Assisted Recovery Anonymous): buổi họp dành cho người đang dùng thuốc như methadone hoặc buprenorphine.
tsm-other-groups-secular = Buổi họp AA thế tục: buổi họp AA ít hoặc không nói về Thượng Đế.
tsm-other-groups-family = Cho gia đình và bạn bè: Al-Anon (cho người bị ảnh hưởng vì người khác uống rượu) và Nar-Anon (vì người khác dùng ma túy).

tsm-side-by-side-heading = Đi họp và điều trị hỗ trợ tốt cho nhau
tsm-side-by-side-body = Bạn có thể đi họp trong lúc đang điều trị. Việc điều trị cho bạn sự chăm sóc của nhân viên đã được đào tạo. Buổi họp cho bạn sự hỗ trợ từ những người từng trải qua hoàn cảnh giống bạn.

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: twelve-step-meetings (topics/twelve-step-meetings.yaml). Vietnamese: "bạn" throughout.
# "meeting" is "buổi họp"; "chairperson" is "người chủ trì"; "I pass" is “Tôi xin qua lượt.”; "Higher Power" is “Quyền Năng Cao Hơn”.
# REVIEW: the Vietnamese glosses of the names (Hội Ẩn danh Cai nghiện Ma túy / Hội Ẩn danh Cai rượu) are descriptive, not the fellowships' confirmed Vietnamese names; please confirm.

tsm-title = Buổi họp 12 bước: Giải đáp những lo lắng thường gặp
tsm-subtitle = Hội Ẩn danh Cai nghiện Ma túy (Narcotics Anonymous, NA) và Hội Ẩn danh Cai rượu (Alcoholics Anonymous, AA)

tsm-intro-1 = NA và AA là những nhóm người giúp đỡ nhau tránh xa ma túy hoặc rượu. Trong nhiều chục năm qua, các nhóm này đã giúp hàng triệu người trên khắp thế giới. Ở hầu hết mọi nơi đều có buổi họp.
tsm-intro-2 = Nếu bạn chưa bao giờ đi họp, cảm thấy hồi hộp là chuyện bình thường. Tờ thông tin này giải đáp những lo lắng mà bạn đã nói với chúng tôi.

## How meetings differ from group therapy

tsm-two-kinds-heading = Buổi họp không phải là trị liệu nhóm
tsm-two-kinds-therapy = Trị liệu nhóm là một phần của việc điều trị. Người hướng dẫn là một chuyên viên tư vấn đã được đào tạo. Trị liệu nhóm thường phải trả tiền. Thường thì ai cũng cần nói vài câu.
tsm-two-kinds-meetings = Buổi họp 12 bước không phải là điều trị. Đó là những người từng gặp vấn đề với ma túy hoặc rượu, hỗ trợ lẫn nhau. Tại buổi họp:
tsm-two-kinds-free = Không mất tiền.
tsm-two-kinds-no-speaking = Không ai bị bắt phải nói.
tsm-two-kinds-no-advice = Mọi người kể chuyện của chính mình thay vì khuyên bảo người khác.
tsm-two-kinds-members-lead = Một thành viên dẫn buổi họp, không phải nhà trị liệu.

## Worries. Each worry is one short sentence in the patient’s own words.

tsm-concerns-heading = Giải đáp những lo lắng của bạn

tsm-made-to-speak-worry = “Tôi sẽ bị bắt phải nói.”
tsm-made-to-speak-answer = Không ai bị bắt phải nói. Ở một số buổi họp, mỗi người lần lượt được mời nói, và bạn chỉ cần nói “Tôi xin qua lượt.” Ở những buổi họp khác, ai muốn nói thì giơ tay và người chủ trì sẽ mời người đó nói. Bạn hoàn toàn có thể chỉ ngồi nghe.

tsm-drug-talk-triggers-worry = “Nghe người khác nói về ma túy sẽ làm tôi thèm dùng.”
tsm-drug-talk-triggers-answer = Nhiều nhóm đề nghị thành viên không kể chi tiết về từng loại ma túy. Thay vào đó, thành viên nói về cảm xúc của mình và điều gì giúp họ tiếp tục tránh xa ma túy và rượu. Nếu ai đó kể một câu chuyện dài khiến việc dùng ma túy nghe có vẻ hay, một số người chủ trì sẽ ngắt lời.

tsm-others-problems-worry = “Tôi không muốn nghe chuyện rắc rối của mọi người.”
tsm-others-problems-answer = Mọi người có chia sẻ khó khăn, nhưng điều chính là tìm ra cách giải quyết. Một buổi họp tốt không biến thành chỗ chỉ để trút những chuyện không vui. Thành viên kể điều gì đã giúp được họ và điều gì không.

tsm-costs-money-worry = “Đi họp tốn tiền, giống như trị liệu.”
tsm-costs-money-answer = Buổi họp không mất tiền. Có thể người ta chuyền một cái giỏ để ai muốn thì góp tiền. Người mới không cần phải góp gì cả. Buổi họp không phải là trị liệu. Đó là những người có cùng vấn đề giúp đỡ lẫn nhau.

tsm-advice-and-confrontation-worry = “Họ sẽ bảo tôi phải làm gì, hoặc sẽ chỉ trích tôi.”
tsm-advice-and-confrontation-answer = Thành viên không khuyên bảo nhau và cũng không chỉ trích nhau. Họ chia sẻ kinh nghiệm của chính mình: điều gì đã giúp được họ và điều gì không. Thành viên cũng không hoàn hảo, nên đôi khi vẫn có người đưa ra lời khuyên hoặc giảng đạo lý.

tsm-therapist-in-charge-worry = “Sẽ có nhà trị liệu điều khiển buổi họp.”
tsm-therapist-in-charge-answer = Không có nhà trị liệu hay chuyên viên tư vấn nào điều khiển buổi họp. Một thành viên, gọi là người chủ trì, mở đầu và kết thúc buổi họp đúng giờ. Người chủ trì hướng dẫn buổi họp nhưng không kiểm soát buổi họp.

tsm-attendance-records-worry = “Sẽ có người ghi chép hồ sơ về tôi.”
tsm-attendance-records-answer = Buổi họp không ghi danh sách người đến họp. Bạn là thành viên khi bạn nói mình là thành viên. Mọi người chỉ dùng tên gọi, không dùng họ tên đầy đủ. Theo thông lệ, điều gì nói ở buổi họp thì chỉ để lại ở buổi họp.

tsm-religion-worry = “Đó là tôn giáo, mà tôi thì không theo đạo.”
# REVIEW: "spiritual" is rendered "nói về đời sống tinh thần" rather than "tâm linh", which many readers link to spirits and worship; please check.
tsm-religion-answer = Buổi họp nói về đời sống tinh thần, không phải về tôn giáo. Bạn có thể nghe nói đến một “Quyền Năng Cao Hơn”. Mỗi thành viên hiểu điều này theo cách riêng của mình. Bạn không cần có niềm tin tôn giáo nào, và những người không theo đạo nào cũng đi họp.

tsm-only-aa-nearby-worry = “Chỗ tôi ở chỉ có AA, mà vấn đề của tôi là ma túy.”
tsm-only-aa-nearby-answer = AA chào đón bất cứ ai muốn bỏ rượu. Nhiều thành viên AA cũng từng dùng ma túy. Nếu bạn chia sẻ ở AA, bạn sẽ được đề nghị nói xoay quanh vấn đề rượu, là điều AA tập trung vào. NA cũng xem rượu là một chất gây nghiện.

## The most sensitive worry. Never advise stopping or changing medication.
## A clinic picks a wording variant or replaces these messages.

tsm-maintenance-medication-worry = “Nếu tôi đang dùng methadone hoặc buprenorphine, tôi có được chào đón không?”
tsm-maintenance-medication-answer-1 = Điều duy nhất bạn cần để trở thành thành viên là mong muốn ngừng sử dụng. Thuốc của bạn là một cách điều trị y khoa. Bạn và bác sĩ kê đơn cho bạn cùng nhau quyết định về thuốc này. Ngừng các chất dạng thuốc phiện (opioid) đột ngột có thể nguy hiểm.
tsm-maintenance-medication-answer-2 = Một số thành viên và một số nhóm có cái nhìn không tốt về các loại thuốc này. Một số nhóm đề nghị người nào gần đây có dùng chất “làm thay đổi tâm trí hoặc tâm trạng” thì không chia sẻ. NA để mỗi nhóm tự quyết định những quy định như vậy. Có nói về thuốc của bạn ở buổi họp hay không là do bạn quyết định. Nhiều bệnh nhân chọn không nói.
# REVIEW: English titles kept: NA's "In Times of Illness" and AA's "The A.A. Member: Medications and Other Drugs"; replace with the fellowships' own Vietnamese titles if they exist.
tsm-maintenance-medication-answer-3 = Các buổi họp rất khác nhau. Nếu bạn thấy mình không được chào đón ở một buổi họp, hãy thử buổi khác. Tập sách nhỏ “In Times of Illness” của NA có nói về thuốc men. Tờ thông tin “The A.A. Member: Medications and Other Drugs” của AA nói rằng thành viên không nên đóng vai bác sĩ.
# Variant "welcoming-meetings-listed": for clinics that keep a list of welcoming meetings.
# REVIEW: English titles kept: NA's "In Times of Illness" and AA's "The A.A. Member: Medications and Other Drugs"; replace with the fellowships' own Vietnamese titles if they exist.
tsm-maintenance-medication-answer-3-welcoming = Các buổi họp rất khác nhau. Chúng tôi có thể cho bạn biết những buổi họp mà chúng tôi biết là thân thiện, chào đón. Chúng tôi cũng có thể cho bạn biết về các buổi họp trực tuyến. Nếu bạn thấy mình không được chào đón ở một buổi họp, hãy thử buổi khác. Tập sách nhỏ “In Times of Illness” của NA và tờ thông tin “The A.A. Member: Medications and Other Drugs” của AA có nói về thuốc men.

## Closing sections

tsm-find-heading = Cách tìm một buổi họp
tsm-find-web = Hãy hỏi chúng tôi địa chỉ trang web có danh sách các buổi họp gần nơi bạn ở. Cũng có các buổi họp trực tuyến, để bạn tham gia ngay tại nhà.
tsm-find-try-another = Các buổi họp rất khác nhau. Nếu bạn thấy một buổi họp không hợp, hãy thử buổi khác.

tsm-side-by-side-heading = Đi họp và điều trị hỗ trợ tốt cho nhau
tsm-side-by-side-body = Bạn có thể đi họp trong lúc đang điều trị. Việc điều trị cho bạn sự chăm sóc của nhân viên đã được đào tạo. Buổi họp cho bạn sự hỗ trợ từ những người từng trải qua hoàn cảnh giống bạn.

# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Clinician copy (`handout render --copy clinician --clinician-locale vi`).
# Teach-back questions are asked of the patient, in the patient's language, by a clinician or interpreter.
# The MI prompts, the NA literature history and the sources are DRAFT translations by the handout
# maintainers, not yet reviewed by a clinician who reads this language; lines marked REVIEW say what
# to check. Publication titles stay in English (how the documents are catalogued), each followed by
# a short translation in brackets; that translation is not an official title unless a REVIEW note says so.

## twelve-step-meetings: one pair per concern (tsm-<concern-id>-teach-back, -mi-prompt)

tsm-made-to-speak-teach-back = Bạn hãy nói lại bằng lời của mình: nếu đến lượt bạn mà bạn không muốn nói thì sao?
tsm-made-to-speak-mi-prompt = Trước hết, hãy phản ánh nỗi lo (“Nói trước mặt người lạ nghe có vẻ khó”). Sau đó hỏi: “Điều gì sẽ giúp bạn dễ dàng chỉ ngồi nghe trong lần đầu?” Câu trả lời cần nghe: “Tôi có thể nói: Tôi xin qua lượt.”

tsm-labels-teach-back = Khi mọi người giới thiệu bản thân, bạn có thể nói gì nếu không muốn tự gọi mình là người nghiện?
tsm-labels-mi-prompt = Hỏi xem các từ “người nghiện” và “người nghiện rượu” có ý nghĩa gì với người bệnh, và phản ánh cảm xúc của họ. Nói rõ rằng họ tự gọi mình thế nào là do họ chọn, ở buổi họp cũng như ở đây.

tsm-still-using-teach-back = Bạn có phải ngừng sử dụng rồi mới được đi họp không? Nếu hôm đó bạn đã dùng, bạn có thể làm gì ở buổi họp?
tsm-still-using-mi-prompt = Khơi gợi: “Nếu bạn đi họp ngay bây giờ, khi chưa ngừng sử dụng, thì với bạn sẽ như thế nào?” Tránh biến việc đi họp thành điều kiện để được điều trị. Nếu người bệnh dùng chất dạng thuốc phiện (opioid), hãy cung cấp riêng naloxone và lời khuyên “đừng sử dụng một mình”.

tsm-drug-talk-triggers-teach-back = Nếu nghe ai đó kể về chuyện dùng ma túy làm bạn thèm, bạn có thể làm gì?
tsm-drug-talk-triggers-mi-prompt = Cùng nhau lập kế hoạch và gắn nó với kế hoạch phòng tái nghiện của người bệnh: ra ngoài một lúc, nói chuyện với ai đó sau buổi họp, gọi cho chúng tôi, thử một buổi họp khác. Hỏi: “Trước đây điều gì đã giúp bạn vượt qua cơn thèm?”

tsm-others-problems-teach-back = Khi chia sẻ, mọi người thường nói về điều gì nhất?
tsm-others-problems-mi-prompt = Phản ánh: “Bạn đã có quá nhiều chuyện phải lo rồi.” Hỏi xem họ muốn nghe điều gì ở buổi họp. Câu trả lời cần nghe: hy vọng và những cách làm có hiệu quả, hơn là các vấn đề.

tsm-costs-money-teach-back = Bạn có cần mang tiền đến buổi họp không?
tsm-costs-money-mi-prompt = Xác nhận rằng buổi họp miễn phí và người mới không cần phải góp tiền. Sau đó hỏi: “Các buổi họp sẽ đi cùng với việc điều trị bạn đang nhận ở đây như thế nào?” (buổi họp bổ sung cho điều trị, không thay thế điều trị).

tsm-advice-and-confrontation-teach-back = Nếu có người khuyên bạn điều bạn không muốn nghe, bạn có thể làm gì?
tsm-advice-and-confrontation-mi-prompt = Hỏi về những lần trước đây người bệnh bị người khác bảo phải làm gì, và phản ánh lại. Câu trả lời cần nghe: “điều gì có ích thì giữ, còn lại thì bỏ qua.” Người bệnh đang dùng thuốc hay bị khuyên ngừng thuốc nhất: hãy cùng tập trước câu trả lời (nói chuyện với bác sĩ kê đơn trước đã).

tsm-therapist-in-charge-teach-back = Ai điều khiển buổi họp?
tsm-therapist-in-charge-mi-prompt = Hỏi xem người bệnh hình dung buổi họp như thế nào, rồi xin phép bổ sung những gì còn thiếu (“Tôi kể cho bạn nghe buổi họp thường diễn ra thế nào nhé, được không?”). Câu trả lời cần nghe: “một thành viên, người chủ trì.”

tsm-attendance-records-teach-back = Buổi họp có ghi danh sách người đến không? Điều bạn nói ở đó có được bảo vệ giống như điều bạn nói ở đây không?
# REVIEW: probation, custody and a court attendance form are US legal settings; check the Vietnamese terms ("quản chế" for probation) against the clinic's jurisdiction.
tsm-attendance-records-mi-prompt = Câu trả lời cần nghe: “không có danh sách; sự riêng tư ở đó là thông lệ, không phải luật.” Nếu người bệnh đang bị quản chế (probation), có lệnh của tòa, có tranh chấp quyền nuôi con hoặc có cơ quan bảo vệ trẻ em can thiệp, hãy cùng bàn xem họ chọn chia sẻ những gì. Một số buổi họp sẽ ký giấy xác nhận tham dự cho tòa án nếu được yêu cầu; nhóm vẫn không giữ danh sách.

tsm-someone-i-know-teach-back = Nếu bạn gặp người quen ở buổi họp, vì sao họ ở đó, và họ sẽ làm gì với điều họ thấy?
tsm-someone-i-know-mi-prompt = Hỏi xem người bệnh lo gặp ai, và nếu gặp thì chuyện gì sẽ xảy ra. Cùng tìm những lựa chọn do họ quyết định: đi họp ở khu vực khác, họp trực tuyến, đi cùng một người họ tin tưởng.

tsm-religion-teach-back = Bạn có cần tin vào Thượng Đế để đi họp không? Nếu mọi người cầu nguyện, bạn có thể làm gì?
tsm-religion-mi-prompt = Hỏi về niềm tin của người bệnh mà không phán xét. Nếu phần tinh thần là điều họ không thể chấp nhận, hãy giới thiệu các loại nhóm hỗ trợ khác (SMART Recovery, LifeRing, buổi họp AA thế tục). Với người bệnh theo một tôn giáo không phải Kitô giáo: các buổi họp không thuộc nhà thờ nào, kể cả khi họp trong nhà thờ.

tsm-only-aa-nearby-teach-back = Bạn có thể đi AA nếu vấn đề của bạn là ma túy không? Những buổi họp AA nào mở cho mọi người?
tsm-only-aa-nearby-mi-prompt = Câu trả lời cần nghe: “các buổi họp mở; NA có buổi họp trực tuyến.” Hỏi xem họ muốn thử loại nào trước. Nếu người bệnh dùng methadone hoặc buprenorphine, uống rượu cùng với thuốc có thể nguy hiểm (ức chế hệ thần kinh trung ương): hãy nói điều này ở đây, không đưa vào tờ thông tin.

tsm-cant-get-there-teach-back = Nếu bạn không thể đến buổi họp trực tiếp, bạn có thể tham gia bằng cách nào khác?
tsm-cant-get-there-mi-prompt = Phản ánh những khó khăn thực tế (đi lại, công việc, con cái). Hỏi: “Khoảng thời gian nào trong ngày thì tiện cho bạn?” Sau đó giúp người bệnh chọn một buổi họp trực tuyến hoặc qua điện thoại và ghi vào ô “Bước tiếp theo của tôi”.

tsm-tried-once-teach-back = Nếu buổi họp đầu tiên bạn thử không hợp, bạn có thể làm gì?
tsm-tried-once-mi-prompt = Hỏi xem điều gì khiến họ thấy không hợp, và phản ánh lại. Hỏi: “Một buổi họp hợp với bạn sẽ như thế nào?” Nhắc đến các buổi họp dành cho phụ nữ, nam giới, người trẻ, người LGBTQ+ hoặc họp bằng ngôn ngữ của họ, nếu có.

tsm-maintenance-medication-teach-back = Ai quyết định về thuốc của bạn? Bạn sẽ làm gì nếu có người ở buổi họp bảo bạn ngừng thuốc?
tsm-maintenance-medication-mi-prompt = Câu trả lời cần nghe: “tôi và bác sĩ kê đơn quyết định; nói chuyện với bác sĩ kê đơn trước; ngừng thuốc đột ngột là nguy hiểm.” Hỏi xem họ đã nghe gì về buổi họp và thuốc. Nói rõ ràng rằng phòng khám xem thuốc là một phần của quá trình hồi phục. Có nói về thuốc ở buổi họp hay không là do họ chọn.

# NA's literature on medication, for the clinician (not printed for the patient).
# REVIEW: check whether NA/AA publish Vietnamese titles for these pamphlets, and the Vietnamese NA wording for "carry the message" and "complete abstinence".
tsm-medication-literature-history = Bản tin số 29 của NA, “Regarding Methadone and Other Drug Replacement Programs” (Về methadone và các chương trình thay thế ma túy khác, 1996), nói rằng người đang dùng methadone được chào đón đến dự và lắng nghe, nhưng việc họ chia sẻ hoặc chủ trì buổi họp sẽ không truyền đạt thông điệp của NA. Tờ thông tin phục vụ “NA Groups & Medication” (Các nhóm NA và thuốc, 2011) làm dịu quan điểm này: mỗi nhóm tự quyết định người đang điều trị thay thế được tham gia đến mức nào, nhưng NA vẫn không xem điều trị thay thế là sự kiêng hoàn toàn mà NA yêu cầu ở thành viên. NA cũng phát hành “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” (NA và những người đang điều trị có hỗ trợ bằng thuốc) dành cho người làm chuyên môn. Tài liệu “In Times of Illness” (Khi đau ốm) của NA nói về thuốc dùng khi bị bệnh, chấn thương, đau và các vấn đề sức khỏe tâm thần, không nói về methadone hay buprenorphine, vì vậy đừng giới thiệu tài liệu này cho người bệnh đang dùng các thuốc đó. Từ năm 2018, Hội nghị Phục vụ Thế giới của NA đã thảo luận về tài liệu mới cho thành viên về DRT/MAT (điều trị thay thế / điều trị có hỗ trợ bằng thuốc): hãy kiểm tra na.org trước mỗi lần xem xét lại nội dung. Tờ thông tin của AA “The A.A. Member—Medications and Other Drugs” (Thành viên AA — thuốc men và các chất gây nghiện khác, bản sửa đổi 2011) nói rằng không thành viên nào nên “đóng vai bác sĩ” và lời khuyên y khoa phải đến từ một bác sĩ có chuyên môn.

# The wording a clinic chooses for the medication answer (topic `wording: names:`), named for the web form; never printed for the patient.
# REVIEW: the names of the three wordings, shown to the clinician in the web form.
tsm-maintenance-medication-wording-balanced = cân bằng (mỗi buổi họp mỗi khác, có thể thử buổi khác; AA nói không thành viên nào nên “đóng vai bác sĩ”)
tsm-maintenance-medication-wording-welcoming = có danh sách buổi họp thân thiện (phòng khám có thể giới thiệu các buổi họp biết là chào đón, và các buổi họp trực tuyến)
tsm-maintenance-medication-wording-candid = thẳng thắn (một số nhóm có thể không tính thời gian dùng thuốc là thời gian “sạch”, hoặc không cho chủ trì hay chia sẻ)

## twelve-step-meetings: sources (the topic's `sources:` list)

tsm-source-1 = Bài blog của một nhà lâm sàng, “The Differences Between 12-step Meetings and Group Therapy”, và bình luận của người đọc (2011–2017): so sánh buổi họp với trị liệu nhóm; những nỗi lo người bệnh nói ra.
tsm-source-2 = NA World Services, Bản tin số 29, “Regarding Methadone and Other Drug Replacement Programs” (Về methadone và các chương trình thay thế ma túy khác, 1996); được làm dịu bởi “NA Groups & Medication” (2011).
tsm-source-3 = NA World Services, “NA Groups & Medication” (Các nhóm NA và thuốc; tờ thông tin phục vụ, 2011): mỗi nhóm tự quyết định; điều trị thay thế không phải là sự kiêng hoàn toàn theo nghĩa của NA.
tsm-source-4 = NA World Services, “Narcotics Anonymous and Persons Receiving Medication-Assisted Treatment” (NA và những người đang điều trị có hỗ trợ bằng thuốc; tờ thông tin cho người làm chuyên môn).
tsm-source-5 = AA World Services, “The A.A. Member—Medications and Other Drugs” (Thành viên AA — thuốc men và các chất gây nghiện khác; 1984, sửa đổi 2011): không thành viên nào nên “đóng vai bác sĩ”.
tsm-source-6 = Bill W., “Problems Other Than Alcohol” (Những vấn đề ngoài rượu; A.A. Grapevine, 1958; tờ thông tin của AA): tư cách thành viên AA dành cho người có mong muốn bỏ rượu; bất cứ ai cũng có thể dự các buổi họp mở.
tsm-source-7 = AA, “A Newcomer Asks” (Người mới hỏi) và “Frequently Asked Questions About A.A.” (Những câu hỏi thường gặp về AA): không có sổ ghi danh người tham dự; người quen ở đó vì cùng một lý do; chỉ bạn mới có thể quyết định.
# REVIEW: check the wording of the Third Tradition in Vietnamese AA literature (the 1991 Big Book translation).
tsm-source-8 = Truyền thống Thứ Ba của NA và của AA: điều kiện duy nhất để trở thành thành viên là mong muốn ngừng sử dụng (NA) hoặc bỏ rượu (AA).
tsm-source-9 = SAMHSA, TIP 63, “Medications for Opioid Use Disorder” (Thuốc điều trị rối loạn sử dụng chất dạng thuốc phiện; bản cập nhật 2020): ngừng thuốc làm tăng nguy cơ sử dụng lại và quá liều; hồi phục cùng với thuốc.
tsm-source-10 = NIDA, “Words Matter” (Ngôn từ quan trọng): cách dùng từ đặt con người lên trước và không kỳ thị (“không dùng ma túy” thay vì “sạch”); MARA, SMART Recovery, LifeRing, Recovery Dharma và Women for Sobriety theo mô tả của chính mỗi nhóm.

## first-meeting: sources

fm-source-1 = Bài blog của một nhà lâm sàng, “The Differences Between 12-step Meetings and Group Therapy”, và bình luận của người đọc (2011–2017): các hình thức buổi họp, người chủ trì, giỏ góp tiền, sự riêng tư.
# REVIEW: same Third Tradition wording as tsm-source-8.
fm-source-2 = Truyền thống Thứ Ba của NA và của AA: điều kiện duy nhất để trở thành thành viên là mong muốn ngừng sử dụng (NA) hoặc bỏ rượu (AA).
fm-source-3 = NA, “An Introduction to NA Meetings” (Giới thiệu về các buổi họp NA); AA, “A Newcomer Asks” (Người mới hỏi): buổi họp mở và buổi họp kín, móc khóa và đồng xu, người đỡ đầu.

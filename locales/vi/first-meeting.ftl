# DRAFT translation written by the handout maintainers; not yet reviewed by a native-speaking clinician.
# Topic: first-meeting (topics/first-meeting.yaml). Vietnamese: "bạn" throughout.
# "meeting" is "buổi họp"; "chairperson" is "người chủ trì"; "I pass" is “Tôi xin qua lượt.” Name glosses: see the REVIEW note in twelve-step-meetings.ftl.

fm-title = Buổi họp 12 bước đầu tiên của bạn
fm-subtitle = Những điều bạn có thể gặp tại một buổi họp của Hội Người Nghiện Ma Túy Ẩn Danh (Narcotics Anonymous, NA) hoặc Hội Người Nghiện Rượu Ẩn Danh (Alcoholics Anonymous, AA)

fm-intro-1 = Hồi hộp trước buổi họp đầu tiên là bình thường. Biết trước những gì diễn ra có thể giúp bạn.
fm-intro-2 = Mỗi nơi họp một khác, nên buổi họp của bạn có thể không giống hết mọi điều ở đây.

## Before the meeting

fm-before-heading = Trước buổi họp
fm-before-early = Bạn hãy cố đến sớm vài phút. Có thể sẽ có người đến chào bạn, và có thể có cà phê.
fm-before-newcomer = Bạn có thể hỏi xem có buổi họp dành cho “người mới” hoặc “người mới bắt đầu” không.
fm-before-open-closed = Danh sách các buổi họp thường ghi buổi họp là mở hay kín. Buổi họp mở chào đón bất cứ ai, kể cả gia đình và bạn bè. Buổi họp kín dành cho người muốn bỏ ma túy hoặc bỏ rượu.

## During the meeting

fm-during-heading = Trong buổi họp
fm-during-length = Một buổi họp kéo dài khoảng một tiếng, thường từ 50 đến 90 phút.
fm-during-prayer = Nhiều buổi họp mở đầu bằng vài đoạn đọc ngắn, và kết thúc bằng lời cầu nguyện hoặc một đoạn đọc. Bạn có thể cùng tham gia, hoặc chỉ im lặng.
fm-during-language = Mọi người có thể nói rất thẳng thắn, đôi khi dùng lời lẽ nặng nề.
fm-during-kinds = Có hai loại buổi họp thường gặp:
fm-during-speaker = Buổi họp có người kể chuyện: một người kể câu chuyện của mình, trước đây mình thế nào, chuyện gì đã xảy ra, và bây giờ ra sao.
fm-during-discussion = Buổi họp thảo luận: mọi người lần lượt nói, hoặc giơ tay để chia sẻ.

## What is up to you

fm-choice-heading = Bạn tự chọn mình tham gia đến đâu
fm-choice-intro = Người hướng dẫn buổi họp là một thành viên, gọi là người chủ trì, không phải nhà trị liệu.
fm-choice-listen = Bạn có thể chỉ ngồi nghe. Nếu đến lượt bạn, bạn có thể nói “Tôi xin qua lượt.”
fm-choice-new = Có thể người ta sẽ hỏi có ai mới đến không. Bạn có thể nói, hoặc im lặng.
fm-choice-names = Phần lớn mọi người chỉ dùng tên gọi. Không ai ghi danh sách người đến họp.
fm-choice-basket = Có thể người ta chuyền một cái giỏ để góp tiền. Người mới không cần phải góp.

## Words you may hear

# REVIEW: the Vietnamese fellowship terms for sponsor, home group, keytags/chips and clean time are unverified.
fm-words-heading = Những từ bạn có thể nghe thấy
fm-words-sponsor = Người đỡ đầu (sponsor): một thành viên đã hồi phục lâu hơn, giúp riêng một thành viên mới hơn.
fm-words-home-group = Nhóm nhà: nhóm mà một thành viên đi họp thường xuyên nhất và giúp tổ chức.
fm-words-keytags = Móc khóa hoặc đồng xu: những vật nhỏ đánh dấu thời gian hồi phục. Nhiều nhóm tặng một cái cho người mới.
fm-words-clean-time = Thời gian sạch (ở AA gọi là “thời gian tỉnh táo”): một thành viên đã sống không ma túy hoặc không rượu được bao lâu.

## After the meeting

fm-after-heading = Sau buổi họp
fm-after-phone = Một số người có thể cho bạn số điện thoại để gọi khi cần hỗ trợ. Nhận hay không là tùy bạn.
fm-after-sponsor = Về sau, bạn có thể chọn một người đỡ đầu. Người đỡ đầu không phải là chuyên viên tư vấn hay bác sĩ. Các quyết định về thuốc của bạn là do bạn và bác sĩ kê đơn cùng đưa ra.

"""Content of the demo quiz "Kuis: Layanan, perawatan, dan pengalaman" / "Quiz: service,
care and experience".

Written from shared/curriculum.md: the facts and figures come from there, the sentences
are our own. Bahasa Indonesia first, English second, with the same meaning; choices, pairs
and ordering items appear in the same order in both languages and share their fractions
and numeric values. Fractions are strings (read as Decimal by the loader).

For "truefalse", `feedback_true` is shown to a learner who answered "true" and
`feedback_false` to one who answered "false". For "numeric", the first entry is the right
answer; the entries after it (fraction "0") catch common calculation mistakes with their
own feedback.
"""

DEMO_QUIZ = {
    "slug": "kuis-layanan-perawatan-pengalaman",
    "pass_mark": "70",
    "attempts_allowed": 3,
    "time_limit_minutes": 20,
    "id": {
        "title": "Kuis: Layanan, perawatan, dan pengalaman",
        "intro": (
            "<p>Kuis singkat ini menguji pemahaman Anda tentang perbedaan layanan pelanggan, "
            "perawatan pelanggan, dan pengalaman pelanggan, tentang tahap perjalanan "
            "pelanggan, serta cara menghitung dua metrik CX.</p>"
            "<p>Ada 10 soal. Anda punya waktu 20 menit dan 3 kali kesempatan; nilai lulusnya "
            "70%. Siapkan kalkulator untuk dua soal hitungan. Selamat mengerjakan!</p>"
        ),
    },
    "en": {
        "title": "Quiz: service, care and experience",
        "intro": (
            "<p>This short quiz checks your understanding of how customer service, customer "
            "care and customer experience differ, of the stages of the customer journey, and "
            "of how to calculate two CX metrics.</p>"
            "<p>There are 10 questions. You have 20 minutes and 3 attempts; the pass mark is "
            "70%. Keep a calculator handy for the two calculation questions. Good luck!</p>"
        ),
    },
    "category": ["CX Mindset", "Modul 1"],
    "questions": [
        # 1 -------------------------------------------------------------------------------
        {
            "kind": "single",
            "name": "CS is reactive",
            "id": {
                "text": (
                    "<p>Seorang nasabah menelepon call center bank karena kartu debitnya "
                    "terblokir. Agen memverifikasi identitasnya dan membuka blokir kartu itu "
                    "dalam satu panggilan.</p>"
                    "<p>Sifat pekerjaan <strong>layanan pelanggan</strong> seperti ini paling "
                    "tepat digambarkan sebagai…</p>"
                ),
                "general_feedback": (
                    "<p>Layanan pelanggan pada dasarnya reaktif dan transaksional: satu kontak, "
                    "satu masalah, diselesaikan secara real time. Kesalahan yang umum adalah "
                    "menyebutnya proaktif; sikap proaktif justru langkah yang membawa kita dari "
                    "layanan menuju perawatan pelanggan dan CX.</p>"
                ),
                "choices": [
                    {
                        "text": (
                            "Reaktif dan transaksional: bantuan diberikan ketika pelanggan "
                            "bertanya atau menghadapi masalah"
                        ),
                        "fraction": "1",
                        "feedback": (
                            "Tepat. Layanan pelanggan bergerak ketika pelanggan datang dengan "
                            "pertanyaan atau masalah, lalu menyelesaikannya dengan cepat."
                        ),
                    },
                    {
                        "text": (
                            "Proaktif, personal, dan emosional: membangun hubungan jangka "
                            "panjang dengan nasabah"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Ini ciri perawatan pelanggan, yang berlanjut "
                            "setelah masalahnya selesai."
                        ),
                    },
                    {
                        "text": "Proaktif dan dirancang menyeluruh di sepanjang perjalanan nasabah",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Ini ciri pengalaman pelanggan (CX), yang mencakup "
                            "setiap titik sentuh, bukan satu panggilan."
                        ),
                    },
                    {
                        "text": "Responsif sekaligus proaktif sejak awal",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Beberapa sumber memang menyebutnya begitu, tetapi "
                            "kursus ini memahami layanan pelanggan sebagai pekerjaan reaktif. "
                            "Sikap proaktif adalah langkah menuju perawatan pelanggan dan CX."
                        ),
                    },
                ],
            },
            "en": {
                "text": (
                    "<p>A customer calls their bank's call center because their debit card "
                    "has been blocked. The agent verifies their identity and unblocks the card "
                    "within the same call.</p>"
                    "<p>This kind of <strong>customer service</strong> work is best described "
                    "as…</p>"
                ),
                "general_feedback": (
                    "<p>Customer service is essentially reactive and transactional: one "
                    "contact, one problem, solved in real time. A common mistake is to call it "
                    "proactive; proactivity is precisely the step that takes us from service "
                    "towards customer care and CX.</p>"
                ),
                "choices": [
                    {
                        "text": (
                            "Reactive and transactional: help is given when the customer asks "
                            "or runs into a problem"
                        ),
                        "fraction": "1",
                        "feedback": (
                            "Correct. Customer service acts when a customer comes with a "
                            "question or a problem, and then solves it quickly."
                        ),
                    },
                    {
                        "text": (
                            "Proactive, personal and emotional: building a long-term "
                            "relationship with the customer"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Not quite. That describes customer care, which continues after "
                            "the problem has been solved."
                        ),
                    },
                    {
                        "text": "Proactive and designed end to end across the customer's journey",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. That describes customer experience (CX), which covers "
                            "every touchpoint, not a single call."
                        ),
                    },
                    {
                        "text": "Responsive and proactive from the start",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. Some sources do describe it that way, but this course "
                            "treats customer service as reactive work. Proactivity is the move "
                            "towards customer care and CX."
                        ),
                    },
                ],
            },
        },
        # 2 -------------------------------------------------------------------------------
        {
            "kind": "single",
            "name": "Repeating the same data",
            "id": {
                "text": (
                    "<p>Seorang pelanggan operator seluler mengeluhkan kuota internetnya yang "
                    "terpotong. Ia menjelaskan masalah yang sama, lengkap dengan nomor dan data "
                    "dirinya, kepada tiga agen berbeda: lewat chat, email, lalu call center. "
                    "Ketiga agen itu sopan dan ramah.</p>"
                    "<p>Penilaian mana yang paling tepat tentang pengalaman pelanggan ini?</p>"
                ),
                "general_feedback": (
                    "<p>Pelanggan yang harus mengulang data yang sama kepada beberapa agen "
                    "mendapat pengalaman buruk, sesopan apa pun agennya. Jalan keluarnya "
                    "bersifat sistemik, yaitu satu riwayat percakapan untuk semua saluran dan "
                    "serah terima yang membawa konteks, bukan sekadar pelatihan keramahan.</p>"
                ),
                "choices": [
                    {
                        "text": (
                            "Pengalamannya buruk, karena ia harus mengulang data yang sama "
                            "meskipun setiap agen sopan"
                        ),
                        "fraction": "1",
                        "feedback": (
                            "Tepat. Keramahan agen tidak menebus beban harus mengulang cerita "
                            "dan data yang sama tiga kali."
                        ),
                    },
                    {
                        "text": "Pengalamannya baik, karena semua agen sudah sopan dan ramah",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Sopan saja tidak cukup. Pelanggan menilai seluruh "
                            "prosesnya, termasuk harus mengulang data berkali-kali."
                        ),
                    },
                    {
                        "text": (
                            "Masalahnya ada pada para agen, jadi cukup latih ulang keramahan mereka"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Para agen sudah ramah. Akar masalahnya ada pada "
                            "sistem: riwayat percakapan tidak tersambung antarsaluran."
                        ),
                    },
                    {
                        "text": (
                            "Ini tidak berkaitan dengan CX, karena CX hanya menyangkut situs "
                            "web dan aplikasi"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. CX mencakup setiap titik sentuh, termasuk layanan "
                            "pelanggan itu sendiri."
                        ),
                    },
                ],
            },
            "en": {
                "text": (
                    "<p>A mobile operator's customer complains that their internet data quota "
                    "was cut. They explain the same problem, complete with their number and "
                    "personal details, to three different agents: over chat, by email, and then "
                    "to the call center. All three agents are polite and friendly.</p>"
                    "<p>Which assessment of this customer's experience is the most accurate?</p>"
                ),
                "general_feedback": (
                    "<p>A customer who has to repeat the same data to several agents has a bad "
                    "experience, however polite the agents are. The fix is systemic, namely one "
                    "conversation history across all channels and handovers that carry the "
                    "context, not just courtesy training.</p>"
                ),
                "choices": [
                    {
                        "text": (
                            "The experience is bad, because they had to repeat the same data "
                            "even though every agent was polite"
                        ),
                        "fraction": "1",
                        "feedback": (
                            "Correct. Friendly agents do not make up for having to repeat the "
                            "same story and data three times."
                        ),
                    },
                    {
                        "text": (
                            "The experience is good, because all the agents were polite and "
                            "friendly"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Not quite. Politeness alone is not enough. The customer judges the "
                            "whole process, including having to repeat their data again and "
                            "again."
                        ),
                    },
                    {
                        "text": (
                            "The problem lies with the agents, so retraining their friendliness "
                            "is enough"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Not quite. The agents were already friendly. The root cause is in "
                            "the system: the conversation history is not shared across "
                            "channels."
                        ),
                    },
                    {
                        "text": (
                            "This has nothing to do with CX, because CX is only about the "
                            "website and the app"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Not quite. CX covers every touchpoint, including customer service "
                            "itself."
                        ),
                    },
                ],
            },
        },
        # 3 -------------------------------------------------------------------------------
        {
            "kind": "multi",
            "name": "CS success metrics",
            "id": {
                "text": (
                    "<p>Kepala tim layanan pelanggan sebuah e-commerce ingin memantau kinerja "
                    "operasional timnya. Metrik mana saja yang merupakan ukuran keberhasilan "
                    "<strong>layanan pelanggan</strong>? Pilih semua yang benar. Pilihan yang "
                    "keliru mengurangi nilai.</p>"
                ),
                "general_feedback": (
                    "<p>Layanan pelanggan diukur dari kecepatan dan ketuntasannya: waktu respons, "
                    "rata-rata waktu penyelesaian, FCR, dan AHT. CLV dan retensi memang penting, "
                    "tetapi keduanya mengukur hubungan jangka panjang dan dampak bisnis, bukan "
                    "kinerja operasional tim layanan.</p>"
                ),
                "choices": [
                    {
                        "text": "Waktu respons",
                        "fraction": "0.25",
                        "feedback": (
                            "Benar. Seberapa cepat tim menanggapi adalah ukuran inti layanan "
                            "pelanggan."
                        ),
                    },
                    {
                        "text": (
                            "First contact resolution (FCR): persentase masalah yang selesai "
                            "pada kontak pertama"
                        ),
                        "fraction": "0.25",
                        "feedback": (
                            "Benar. FCR menunjukkan apakah masalah tuntas tanpa pelanggan harus "
                            "menghubungi lagi."
                        ),
                    },
                    {
                        "text": (
                            "Average handling time (AHT): rata-rata waktu penanganan per kontak"
                        ),
                        "fraction": "0.25",
                        "feedback": (
                            "Benar. AHT menjumlahkan waktu bicara, waktu tunggu, dan pekerjaan "
                            "setelah kontak, lalu membaginya dengan jumlah kontak."
                        ),
                    },
                    {
                        "text": "Rata-rata waktu penyelesaian tiket",
                        "fraction": "0.25",
                        "feedback": (
                            "Benar. Ini mengukur berapa lama, rata-rata, sebuah tiket sampai "
                            "terselesaikan."
                        ),
                    },
                    {
                        "text": "Customer lifetime value (CLV)",
                        "fraction": "-0.5",
                        "feedback": (
                            "Keliru. CLV mengukur nilai hubungan jangka panjang, yaitu ranah "
                            "perawatan pelanggan dan dampak bisnis."
                        ),
                    },
                    {
                        "text": "Tingkat retensi pelanggan",
                        "fraction": "-0.5",
                        "feedback": (
                            "Keliru. Retensi mengukur dampak bisnis dari keseluruhan "
                            "pengalaman, bukan kinerja operasional tim layanan."
                        ),
                    },
                ],
            },
            "en": {
                "text": (
                    "<p>The head of an e-commerce company's customer service team wants to "
                    "track the team's operational performance. Which metrics measure the "
                    "success of <strong>customer service</strong>? Select all that apply. Wrong "
                    "choices lower your score.</p>"
                ),
                "general_feedback": (
                    "<p>Customer service is measured by speed and resolution: response time, "
                    "average resolution time, FCR and AHT. CLV and retention do matter, but they "
                    "measure the long-term relationship and business impact, not the service "
                    "team's operational performance.</p>"
                ),
                "choices": [
                    {
                        "text": "Response time",
                        "fraction": "0.25",
                        "feedback": (
                            "Correct. How quickly the team responds is a core customer service "
                            "measure."
                        ),
                    },
                    {
                        "text": (
                            "First contact resolution (FCR): the percentage of issues resolved "
                            "on the first contact"
                        ),
                        "fraction": "0.25",
                        "feedback": (
                            "Correct. FCR shows whether an issue is settled without the "
                            "customer having to get in touch again."
                        ),
                    },
                    {
                        "text": "Average handling time (AHT): the average time spent per contact",
                        "fraction": "0.25",
                        "feedback": (
                            "Correct. AHT adds up talk time, hold time and after-contact work, "
                            "then divides by the number of contacts."
                        ),
                    },
                    {
                        "text": "Average ticket resolution time",
                        "fraction": "0.25",
                        "feedback": (
                            "Correct. It measures how long, on average, a ticket takes to be "
                            "resolved."
                        ),
                    },
                    {
                        "text": "Customer lifetime value (CLV)",
                        "fraction": "-0.5",
                        "feedback": (
                            "Wrong. CLV measures the value of the long-term relationship, which "
                            "belongs to customer care and business impact."
                        ),
                    },
                    {
                        "text": "Customer retention rate",
                        "fraction": "-0.5",
                        "feedback": (
                            "Wrong. Retention measures the business impact of the whole "
                            "experience, not the service team's operational performance."
                        ),
                    },
                ],
            },
        },
        # 4 -------------------------------------------------------------------------------
        {
            "kind": "multi",
            "name": "Sincere customer care",
            "id": {
                "text": (
                    "<p>Seorang pelanggan toko ritel menerima blender yang rusak. Tim layanan "
                    "pelanggan menanggapi dengan cepat dan mengirim unit pengganti dalam dua "
                    "hari; tugas layanan pelanggan sudah selesai. Kini giliran "
                    "<strong>perawatan pelanggan</strong>.</p>"
                    "<p>Tindakan mana saja yang mencerminkan perawatan pelanggan yang tulus? "
                    "Pilih semua yang benar. Pilihan yang keliru mengurangi nilai.</p>"
                ),
                "general_feedback": (
                    "<p>Perawatan pelanggan dimulai setelah masalah selesai: tindak lanjut yang "
                    "proaktif, permintaan maaf yang tulus, dan perhatian yang personal. "
                    "Kesalahan yang umum adalah menjadikannya sekadar pengendalian kerusakan "
                    "atau mengirim pesan otomatis yang generik.</p>"
                ),
                "choices": [
                    {
                        "text": (
                            "Beberapa hari kemudian, menghubungi pelanggan untuk menanyakan "
                            "apakah blender penggantinya berfungsi dengan baik"
                        ),
                        "fraction": "0.5",
                        "feedback": (
                            "Benar. Menindaklanjuti kepuasan pelanggan setelah masalah selesai "
                            "adalah inti perawatan pelanggan."
                        ),
                    },
                    {
                        "text": (
                            "Mengirim permintaan maaf yang tulus dengan menyebut nama pelanggan "
                            "dan pesanannya, disertai voucher dan tips merawat blender"
                        ),
                        "fraction": "0.5",
                        "feedback": (
                            "Benar. Permintaan maaf yang personal dan tips yang berguna "
                            "menunjukkan kepedulian yang nyata."
                        ),
                    },
                    {
                        "text": (
                            "Mengirim pesan otomatis yang sama ke semua pelanggan: “Terima kasih "
                            "telah menjadi pelanggan setia kami”"
                        ),
                        "fraction": "-0.5",
                        "feedback": (
                            "Keliru. Pesan otomatis yang generik tanpa personalisasi adalah "
                            "salah satu kesalahan perawatan pelanggan yang paling umum."
                        ),
                    },
                    {
                        "text": (
                            "Baru menghubungi pelanggan lagi jika ia mengeluh di media sosial, "
                            "untuk meredam kerusakan"
                        ),
                        "fraction": "-0.5",
                        "feedback": (
                            "Keliru. Perawatan pelanggan bukan pengendalian kerusakan. Ia "
                            "dilakukan secara proaktif, tanpa menunggu keluhan."
                        ),
                    },
                    {
                        "text": (
                            "Menutup tiket secepat mungkin agar rata-rata waktu penyelesaian "
                            "tetap rendah"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "Ini ukuran yang baik untuk layanan pelanggan, tetapi bukan "
                            "perawatan pelanggan. Tahap layanan di sini sudah selesai."
                        ),
                    },
                ],
            },
            "en": {
                "text": (
                    "<p>A retail customer receives a faulty blender. The customer service team "
                    "responds quickly and sends a replacement unit within two days; the "
                    "customer service job is done. Now it is time for <strong>customer "
                    "care</strong>.</p>"
                    "<p>Which actions reflect sincere customer care? Select all that apply. "
                    "Wrong choices lower your score.</p>"
                ),
                "general_feedback": (
                    "<p>Customer care starts once the problem is solved: proactive follow-up, "
                    "a sincere apology and personal attention. The common mistakes are to treat "
                    "it as mere damage control or to send generic automated messages.</p>"
                ),
                "choices": [
                    {
                        "text": (
                            "A few days later, contacting the customer to ask whether the "
                            "replacement blender works well"
                        ),
                        "fraction": "0.5",
                        "feedback": (
                            "Correct. Following up on the customer's satisfaction after the "
                            "problem is solved is the heart of customer care."
                        ),
                    },
                    {
                        "text": (
                            "Sending a sincere apology that mentions the customer's name and "
                            "order, with a voucher and tips for looking after the blender"
                        ),
                        "fraction": "0.5",
                        "feedback": (
                            "Correct. A personal apology and useful tips show genuine care."
                        ),
                    },
                    {
                        "text": (
                            "Sending every customer the same automated message: “Thank you for "
                            "being our loyal customer”"
                        ),
                        "fraction": "-0.5",
                        "feedback": (
                            "Wrong. Generic automated messages without real personalisation are "
                            "one of the most common customer care mistakes."
                        ),
                    },
                    {
                        "text": (
                            "Only contacting the customer again if they complain on social "
                            "media, to limit the damage"
                        ),
                        "fraction": "-0.5",
                        "feedback": (
                            "Wrong. Customer care is not damage control. It is done "
                            "proactively, without waiting for a complaint."
                        ),
                    },
                    {
                        "text": (
                            "Closing the ticket as fast as possible to keep the average "
                            "resolution time low"
                        ),
                        "fraction": "0",
                        "feedback": (
                            "That is a good customer service measure, but it is not customer "
                            "care. The service stage is already over here."
                        ),
                    },
                ],
            },
        },
        # 5 -------------------------------------------------------------------------------
        {
            "kind": "truefalse",
            "name": "Great CS cannot rescue a poor journey",
            "id": {
                "text": (
                    "<p>Benar atau salah? Jika tim layanan pelanggan sebuah peritel sudah "
                    "sangat baik, navigasi situs yang membingungkan dan proses retur yang "
                    "berbelit tidak akan banyak memengaruhi pengalaman pelanggan secara "
                    "keseluruhan.</p>"
                ),
                "general_feedback": (
                    "<p>Layanan pelanggan hanyalah satu unsur di dalam pengalaman pelanggan. "
                    "Layanan yang sangat baik tidak dapat menyelamatkan perjalanan yang buruk, "
                    "dan layanan yang buruk dapat merusak perjalanan yang sebenarnya baik. "
                    "Itulah sebabnya penilaian terhadap tim layanan bisa tinggi sementara "
                    "retensi tetap rendah.</p>"
                ),
                "correct": False,
                "feedback_true": (
                    "Kurang tepat. Layanan yang sangat baik tidak dapat menutupi titik sentuh "
                    "lain yang buruk, seperti situs yang membingungkan atau retur yang berbelit."
                ),
                "feedback_false": (
                    "Tepat. Layanan pelanggan hanya satu unsur di dalam CX; titik sentuh lain "
                    "yang buruk tetap merusak pengalaman secara keseluruhan."
                ),
            },
            "en": {
                "text": (
                    "<p>True or false? If a retailer's customer service team is already "
                    "excellent, confusing website navigation and a painful returns process will "
                    "not do much harm to the overall customer experience.</p>"
                ),
                "general_feedback": (
                    "<p>Customer service is only one element inside customer experience. "
                    "Excellent service cannot rescue a poor journey, and poor service can spoil "
                    "an otherwise good one. That is why ratings of the service team can be high "
                    "while retention stays low.</p>"
                ),
                "correct": False,
                "feedback_true": (
                    "Not quite. Excellent service cannot make up for other poor touchpoints, "
                    "such as a confusing website or a painful returns process."
                ),
                "feedback_false": (
                    "Correct. Customer service is only one element inside CX; other poor "
                    "touchpoints still spoil the experience as a whole."
                ),
            },
        },
        # 6 -------------------------------------------------------------------------------
        {
            "kind": "shortanswer",
            "name": "Term for the cumulative impression",
            "id": {
                "text": (
                    "<p>Kesan kumulatif yang terbentuk dari <strong>setiap</strong> interaksi "
                    "pelanggan dengan sebuah merek, sebelum, selama, dan setelah pembelian, "
                    "disebut apa? Tuliskan istilahnya dalam bahasa Indonesia atau Inggris.</p>"
                ),
                "general_feedback": (
                    "<p>Istilahnya adalah pengalaman pelanggan (customer experience, CX): kesan "
                    "kumulatif dari seluruh interaksi dengan merek, di setiap titik sentuh. "
                    "Jangan tertukar dengan layanan pelanggan, yang hanya mencakup satu titik "
                    "sentuh dan satu kontak.</p>"
                ),
                "choices": [
                    {"text": "pengalaman pelanggan", "fraction": "1", "feedback": "Tepat."},
                    {"text": "pengalaman pelanggan (cx)", "fraction": "1", "feedback": "Tepat."},
                    {"text": "pengalaman konsumen", "fraction": "1", "feedback": "Tepat."},
                    {"text": "customer experience", "fraction": "1", "feedback": "Tepat."},
                    {"text": "customer experience (cx)", "fraction": "1", "feedback": "Tepat."},
                    {"text": "cx", "fraction": "1", "feedback": "Tepat."},
                ],
            },
            "en": {
                "text": (
                    "<p>What is the name for the cumulative impression formed by "
                    "<strong>every</strong> interaction a customer has with a brand, before, "
                    "during and after purchase? Type the term in English or Indonesian.</p>"
                ),
                "general_feedback": (
                    "<p>The term is customer experience (CX): the cumulative impression left by "
                    "every interaction with the brand, at every touchpoint. Do not confuse it "
                    "with customer service, which covers only one touchpoint and one "
                    "contact.</p>"
                ),
                "choices": [
                    {"text": "customer experience", "fraction": "1", "feedback": "Correct."},
                    {"text": "customer experience (cx)", "fraction": "1", "feedback": "Correct."},
                    {"text": "cx", "fraction": "1", "feedback": "Correct."},
                    {"text": "pengalaman pelanggan", "fraction": "1", "feedback": "Correct."},
                    {"text": "pengalaman pelanggan (cx)", "fraction": "1", "feedback": "Correct."},
                    {"text": "pengalaman konsumen", "fraction": "1", "feedback": "Correct."},
                ],
            },
        },
        # 7 -------------------------------------------------------------------------------
        {
            "kind": "numeric",
            "name": "NPS from counts",
            "id": {
                "text": (
                    "<p>Sebuah operator seluler bertanya kepada pelanggannya: “Seberapa besar "
                    "kemungkinan Anda merekomendasikan kami kepada teman atau keluarga?” "
                    "(skala 0–10). Dari 200 jawaban yang masuk, 90 adalah promotor (skor 9–10), "
                    "70 pasif (skor 7–8), dan 40 detraktor (skor 0–6).</p>"
                    "<p>Berapa NPS-nya? Tuliskan angkanya saja, tanpa tanda %.</p>"
                ),
                "general_feedback": (
                    "<p>NPS = % promotor − % detraktor. Jawaban pasif tetap dihitung dalam "
                    "total 200, tetapi tidak masuk ke kelompok mana pun: 90 ÷ 200 = 45%, "
                    "40 ÷ 200 = 20%, jadi NPS = 45 − 20 = 25. Kesalahan yang umum adalah "
                    "membuang jawaban pasif dari total, sehingga hasilnya menjadi sekitar "
                    "38,5.</p>"
                ),
                "numeric": [
                    {
                        "value": "25",
                        "tolerance": "0.5",
                        "fraction": "1",
                        "feedback": (
                            "Tepat. 45% promotor dikurangi 20% detraktor menghasilkan NPS 25."
                        ),
                    },
                    {
                        "value": "38.5",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Anda mengeluarkan 70 jawaban pasif dari total. "
                            "Pasif tetap dihitung dalam total 200 jawaban."
                        ),
                    },
                    {
                        "value": "45",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. 45 hanyalah persentase promotor. Kurangi dulu "
                            "dengan persentase detraktor."
                        ),
                    },
                    {
                        "value": "50",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. 50 adalah selisih jumlah orang (90 − 40). NPS "
                            "dihitung dari persentase, bukan dari jumlah."
                        ),
                    },
                ],
            },
            "en": {
                "text": (
                    "<p>A mobile operator asks its customers: “How likely are you to recommend "
                    "us to a friend or family member?” (scale 0–10). Of the 200 answers "
                    "received, 90 are promoters (score 9–10), 70 passives (score 7–8) and 40 "
                    "detractors (score 0–6).</p>"
                    "<p>What is the NPS? Type the number only, without a % sign.</p>"
                ),
                "general_feedback": (
                    "<p>NPS = % promoters − % detractors. Passives still count in the total of "
                    "200 but belong to neither group: 90 ÷ 200 = 45%, 40 ÷ 200 = 20%, so NPS = "
                    "45 − 20 = 25. A common mistake is to drop the passives from the total, "
                    "which gives about 38.5.</p>"
                ),
                "numeric": [
                    {
                        "value": "25",
                        "tolerance": "0.5",
                        "fraction": "1",
                        "feedback": (
                            "Correct. 45% promoters minus 20% detractors gives an NPS of 25."
                        ),
                    },
                    {
                        "value": "38.5",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. You left the 70 passives out of the total. Passives "
                            "still count in the total of 200 answers."
                        ),
                    },
                    {
                        "value": "45",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. 45 is only the percentage of promoters. Subtract the "
                            "percentage of detractors from it."
                        ),
                    },
                    {
                        "value": "50",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. 50 is the difference in head count (90 − 40). NPS is "
                            "calculated from percentages, not counts."
                        ),
                    },
                ],
            },
        },
        # 8 -------------------------------------------------------------------------------
        {
            "kind": "numeric",
            "name": "Customer retention rate",
            "id": {
                "text": (
                    "<p>Sebuah bank digital memiliki 1.000 nasabah pada awal kuartal. Selama "
                    "kuartal itu, bank mendapatkan 200 nasabah baru, dan pada akhir kuartal "
                    "jumlah nasabahnya 1.050.</p>"
                    "<p>Berapa tingkat retensi pelanggannya, dalam persen? Tuliskan angkanya "
                    "saja, tanpa tanda %.</p>"
                ),
                "general_feedback": (
                    "<p>Retensi = (E − N) ÷ S × 100 = (1.050 − 200) ÷ 1.000 × 100 = 85%. "
                    "Nasabah baru harus dikurangi lebih dulu, karena retensi hanya menghitung "
                    "nasabah lama yang bertahan; tanpa langkah itu hasilnya keliru menjadi "
                    "105%.</p>"
                ),
                "numeric": [
                    {
                        "value": "85",
                        "tolerance": "0.5",
                        "fraction": "1",
                        "feedback": "Tepat. (1.050 − 200) ÷ 1.000 × 100 = 85%.",
                    },
                    {
                        "value": "105",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. Anda belum mengurangi 200 nasabah baru. Retensi "
                            "hanya menghitung nasabah lama yang bertahan."
                        ),
                    },
                    {
                        "value": "15",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. 15% adalah tingkat churn: 150 dari 1.000 nasabah "
                            "pergi. Yang ditanyakan adalah retensi."
                        ),
                    },
                    {
                        "value": "5",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Kurang tepat. 5% adalah pertumbuhan jumlah nasabah, bukan "
                            "retensi. Gunakan rumus (E − N) ÷ S × 100."
                        ),
                    },
                ],
            },
            "en": {
                "text": (
                    "<p>A digital bank has 1,000 customers at the start of the quarter. During "
                    "the quarter it wins 200 new customers, and at the end of the quarter it "
                    "has 1,050 customers.</p>"
                    "<p>What is its customer retention rate, in percent? Type the number only, "
                    "without a % sign.</p>"
                ),
                "general_feedback": (
                    "<p>Retention = (E − N) ÷ S × 100 = (1,050 − 200) ÷ 1,000 × 100 = 85%. The "
                    "new customers must be subtracted first, because retention counts only the "
                    "existing customers who stayed; skip that step and you wrongly get "
                    "105%.</p>"
                ),
                "numeric": [
                    {
                        "value": "85",
                        "tolerance": "0.5",
                        "fraction": "1",
                        "feedback": "Correct. (1,050 − 200) ÷ 1,000 × 100 = 85%.",
                    },
                    {
                        "value": "105",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. You did not subtract the 200 new customers. Retention "
                            "counts only the existing customers who stayed."
                        ),
                    },
                    {
                        "value": "15",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. 15% is the churn rate: 150 of the 1,000 customers left. "
                            "The question asks for retention."
                        ),
                    },
                    {
                        "value": "5",
                        "tolerance": "0.5",
                        "fraction": "0",
                        "feedback": (
                            "Not quite. 5% is the growth in customer numbers, not retention. "
                            "Use the formula (E − N) ÷ S × 100."
                        ),
                    },
                ],
            },
        },
        # 9 -------------------------------------------------------------------------------
        {
            "kind": "matching",
            "name": "Service, care or experience",
            "id": {
                "text": "<p>Pasangkan setiap ciri dengan konsep yang tepat.</p>",
                "general_feedback": (
                    "<p>Layanan pelanggan reaktif dan berfokus pada satu kontak; perawatan "
                    "pelanggan proaktif dan menjaga hubungan dengan satu pelanggan; pengalaman "
                    "pelanggan dirancang untuk seluruh perjalanan dan melibatkan setiap tim. "
                    "Yang paling sering tertukar adalah layanan dan perawatan: layanan "
                    "menyelesaikan masalah dengan cepat, perawatan membangun hubungan jangka "
                    "panjang.</p>"
                ),
                "pairs": [
                    {
                        "prompt": (
                            "Reaktif dan transaksional; satu kontak secara real time, misalnya "
                            "lewat call center atau help desk"
                        ),
                        "answer": "Layanan pelanggan",
                    },
                    {
                        "prompt": (
                            "Proaktif dan personal; hubungan berkelanjutan setelah transaksi, "
                            "misalnya lewat program loyalitas"
                        ),
                        "answer": "Perawatan pelanggan",
                    },
                    {
                        "prompt": (
                            "Dirancang menyeluruh; mencakup setiap titik sentuh dan setiap tim, "
                            "sebelum hingga setelah pembelian"
                        ),
                        "answer": "Pengalaman pelanggan",
                    },
                ],
            },
            "en": {
                "text": "<p>Match each attribute with the right concept.</p>",
                "general_feedback": (
                    "<p>Customer service is reactive and focused on one contact; customer care "
                    "is proactive and looks after the relationship with one customer; customer "
                    "experience is designed for the whole journey and involves every team. The "
                    "pair most often mixed up is service and care: service solves problems "
                    "quickly, care builds a long-term relationship.</p>"
                ),
                "pairs": [
                    {
                        "prompt": (
                            "Reactive and transactional; one contact in real time, for example "
                            "through a call center or help desk"
                        ),
                        "answer": "Customer service",
                    },
                    {
                        "prompt": (
                            "Proactive and personal; an ongoing relationship after the "
                            "transaction, for example through a loyalty programme"
                        ),
                        "answer": "Customer care",
                    },
                    {
                        "prompt": (
                            "Designed end to end; covers every touchpoint and every team, from "
                            "before to after the purchase"
                        ),
                        "answer": "Customer experience",
                    },
                ],
            },
        },
        # 10 ------------------------------------------------------------------------------
        {
            "kind": "ordering",
            "name": "Customer journey stages",
            "id": {
                "text": (
                    "<p>Seorang pelanggan baru berbelanja di sebuah e-commerce untuk pertama "
                    "kalinya. Urutkan tahap perjalanan pelanggannya, dari yang paling awal "
                    "hingga yang paling akhir.</p>"
                ),
                "general_feedback": (
                    "<p>Urutannya: kesadaran → pertimbangan → pembelian → penggunaan dan "
                    "orientasi → purnajual dan dukungan → loyalitas dan advokasi. Kesalahan "
                    "yang umum adalah menganggap perjalanan berakhir di pembelian, padahal "
                    "masih ada tiga tahap sesudahnya, tempat loyalitas dibangun.</p>"
                ),
                "ordering": [
                    "Kesadaran",
                    "Pertimbangan",
                    "Pembelian",
                    "Penggunaan dan orientasi",
                    "Purnajual dan dukungan",
                    "Loyalitas dan advokasi",
                ],
            },
            "en": {
                "text": (
                    "<p>A new customer shops with an e-commerce company for the first time. Put "
                    "the stages of their customer journey in order, from the earliest to the "
                    "latest.</p>"
                ),
                "general_feedback": (
                    "<p>The order is: awareness → consideration → purchase → use and "
                    "onboarding → after-sales and support → loyalty and advocacy. A common "
                    "mistake is to think the journey ends at purchase, when three more stages "
                    "follow, and that is where loyalty is built.</p>"
                ),
                "ordering": [
                    "Awareness",
                    "Consideration",
                    "Purchase",
                    "Use and onboarding",
                    "After-sales and support",
                    "Loyalty and advocacy",
                ],
            },
        },
    ],
}

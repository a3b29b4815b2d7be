"""Simulation "Serah terima chatbot" / "Chatbot handover".

Written from shared/curriculum.md (simulation case 4, with facts from modules 1, 3 and 4):
the facts come from there, the sentences are our own. The bank, Bank Arunika, its chatbot
Kira and all people in the story are fictional.

The case: Kira answers customers' questions around the clock in the app and on WhatsApp.
The learner, the new digital service supervisor, reviews three conversations flagged last
night and decides, for each kind, whether Kira should keep it or hand it to a human, and
what context must travel with a handover. Then they read last month's data, write Kira's
handover rules and choose how Kira will be judged. The tempting wrong answers: keeping
everything with the bot to push the containment rate (the "no handover" route), sending
everything to humans, handing over without context, or judging the bot by containment or
volume alone.

Every decision sets the rule for all conversations like the one on screen, so it moves the
chat channel's dashboard: CSAT, CES ("Bank Arunika made it easy to handle my issue", 1-7,
higher is easier), NPS and the yearly churn of active customers. The steps run over
quarters 1 to 3.

Built with the helpers in `_bilingual`: `CHATBOT_SCENARIO["id"]` and `["en"]` come from one
structure, so everything but the texts is identical in both languages. The choice
"endang-story" is only offered to a learner who handed Ibu Endang's chat over.

Best route (the expert's choices, every data source opened): night-shift, conv-limit
(keep-with-kira), conv-money (handover-now), context-package (context-summary),
agent-picks-up, conv-card (block-and-escalate), review-month, rules (clear-triggers),
q2-good, bot-metrics (balanced-scorecard), ending-best. It scores 100.

"No handover" route: night-shift, conv-limit (remove-human-button), conv-money
(hotline-and-close), no-handover-fallout, conv-card (faq-article), review-month (nothing
opened), rules (max-containment), q2-wall, board-pressure (stay-course), ending-worst. It
scores 0.
"""

from cxacademy.home.curriculum._bilingual import T as _T
from cxacademy.home.curriculum._bilingual import choice as _choice
from cxacademy.home.curriculum._bilingual import condition as _condition
from cxacademy.home.curriculum._bilingual import cx_competencies as _cx_competencies
from cxacademy.home.curriculum._bilingual import effects as _effects
from cxacademy.home.curriculum._bilingual import kpi as _kpi
from cxacademy.home.curriculum._bilingual import localise as _localise
from cxacademy.home.curriculum._bilingual import points as _points
from cxacademy.home.curriculum._bilingual import source as _source
from cxacademy.home.curriculum._bilingual import step as _step

# --- People in the story ----------------------------------------------------------------

_LARAS = _T("Mbak Laras, Kepala Layanan Digital", "Mbak Laras, Head of Digital Service")
_PUTRI = _T("Putri, analis data layanan", "Putri, service data analyst")
_DIMAS = _T("Dimas, agen layanan shift malam", "Dimas, night-shift service agent")
_LIMIT_CHAT = _T("Kira dan seorang nasabah, pukul 02.14", "Kira and a customer, 2.14 am")
_ENDANG = _T("Ibu Endang, nasabah di Semarang", "Ibu Endang, a customer in Semarang")
_ANDREAS = _T("Pak Andreas, nasabah di Medan", "Pak Andreas, a customer in Medan")

_SCENARIO = {
    "title": _T("Serah terima chatbot", "Chatbot handover"),
    "briefing": _T(
        """<p><strong>Bank Arunika</strong> melayani tiga juta pengguna aplikasi. Chatbot-nya,
        <strong>Kira</strong>, menjawab pertanyaan nasabah 24 jam sehari di aplikasi dan
        WhatsApp. Tim agen manusia bekerja dalam shift, dengan tim kecil yang berjaga
        malam.</p>
        <p>Anda baru saja bergabung sebagai <strong>supervisor layanan digital</strong>. Tugas
        Anda: memutuskan kapan sebuah percakapan harus berpindah dari Kira ke manusia, dan apa
        yang harus ikut berpindah bersamanya.</p>
        <p>Setiap keputusan Anda menjadi aturan untuk semua percakapan yang serupa, jadi dasbor
        kanal chat ikut bergerak:</p>
        <ul>
        <li><strong>CSAT</strong>: persentase nasabah yang puas (4 atau 5) setelah chat.</li>
        <li><strong>CES</strong>: rata-rata seberapa setuju nasabah bahwa "Bank Arunika
        memudahkan urusan saya", 1–7. Makin tinggi makin mudah.</li>
        <li><strong>NPS</strong>: persen promotor dikurangi persen detraktor, dari -100 sampai
        +100.</li>
        <li><strong>Churn</strong>: persentase nasabah aktif yang pergi dalam setahun.</li>
        </ul>
        <p>Anda dinilai pada empati, kepemilikan, literasi metrik, dan terutama berpikir
        perjalanan pelanggan, yang berbobot dua kali lipat.</p>""",
        """<p><strong>Bank Arunika</strong> serves three million app users. Its chatbot,
        <strong>Kira</strong>, answers customers' questions 24 hours a day in the app and on
        WhatsApp. Human agents work in shifts, with a small team on duty at night.</p>
        <p>You have just joined as the <strong>digital service supervisor</strong>. Your job:
        deciding when a conversation must move from Kira to a person, and what has to travel
        with it.</p>
        <p>Each of your decisions becomes the rule for every similar conversation, so the chat
        channel's dashboard moves with them:</p>
        <ul>
        <li><strong>CSAT</strong>: the percentage of customers who are satisfied (4 or 5) after
        a chat.</li>
        <li><strong>CES</strong>: how strongly customers agree, on average, that "Bank Arunika
        made it easy to handle my issue", 1–7. Higher means easier.</li>
        <li><strong>NPS</strong>: percent promoters minus percent detractors, from -100 to
        +100.</li>
        <li><strong>Churn</strong>: the percentage of active customers who leave in a
        year.</li>
        </ul>
        <p>You are scored on empathy, ownership, metrics literacy and, above all, journey
        thinking, which counts double.</p>""",
    ),
    "learner_role": _T("Supervisor layanan digital", "Digital service supervisor"),
    "budget_unit": "",
    "competencies": _cx_competencies(journey="2"),
    "kpis": [
        _kpi("csat", _T("CSAT kanal chat", "Chat channel CSAT"), "64"),
        _kpi("ces", _T("CES: kemudahan (1–7)", "CES: ease (1–7)"), "4.1", "1", "7", unit=""),
        _kpi("nps", _T("NPS", "NPS"), "8", "-100", "100", unit=""),
        _kpi(
            "churn",
            _T("Churn nasabah (per tahun)", "Customer churn (yearly)"),
            "9",
            higher_is_better=False,
        ),
    ],
    "steps": [
        # Last night's conversations --------------------------------------------------------
        _step(
            "night-shift",
            "narrative",
            title=_T("Angka yang dibanggakan", "A number to be proud of"),
            channel="meeting",
            speaker=_LARAS,
            quarter=1,
            narrative=_T(
                """<p>Senin pagi, Mbak Laras menyambut Anda dengan dasbor Kira.</p>
                <p>"Kira menyelesaikan 68% chat tanpa bantuan manusia. Direksi suka sekali angka
                ini; mereka menyebutnya <em>containment rate</em>. Tapi CSAT kanal chat cuma
                64%, dan di media sosial orang menulis 'bot-nya muter-muter' dan 'tidak bisa
                bicara dengan orang'."</p>
                <p>"Semalam ada tiga percakapan yang ditandai. Tolong periksa satu per satu dan
                putuskan apa yang seharusnya dilakukan Kira dalam percakapan seperti itu.
                Keputusanmu akan jadi aturan baru."</p>""",
                """<p>On Monday morning, Mbak Laras greets you with Kira's dashboard.</p>
                <p>"Kira resolves 68% of chats without a human. The board loves this number;
                they call it the <em>containment rate</em>. But the chat channel's CSAT is only
                64%, and on social media people write 'the bot goes round in circles' and 'you
                can't talk to a person'."</p>
                <p>"Three conversations were flagged last night. Please go through them one by
                one and decide what Kira should do in conversations like them. Your decisions
                will become the new rules."</p>""",
            ),
            next="conv-limit",
        ),
        _step(
            "conv-limit",
            "decision",
            title=_T("Percakapan 1: limit transfer", "Conversation 1: a transfer limit"),
            channel="whatsapp",
            speaker=_LIMIT_CHAT,
            quarter=1,
            narrative=_T(
                """<p><em>Nasabah: "Cara naikin limit transfer harian gimana?"</em></p>
                <p><em>Kira: "Bisa lewat aplikasi: Profil › Keamanan › Limit Transaksi, pilih
                nominal, lalu konfirmasi dengan PIN. Limit baru langsung berlaku. Apakah jawaban
                ini membantu?"</em></p>
                <p><em>Nasabah: "Udah bisa, makasih!"</em></p>
                <p>Percakapan ini ditandai karena ada usulan aturan baru: semua chat yang
                menyebut "transfer" dialihkan ke agen manusia, demi keamanan.</p>""",
                """<p><em>Customer: "How do I raise my daily transfer limit?"</em></p>
                <p><em>Kira: "You can do it in the app: Profile › Security › Transaction Limit,
                choose an amount, then confirm with your PIN. The new limit applies straight
                away. Did this answer help?"</em></p>
                <p><em>Customer: "Done, thanks!"</em></p>
                <p>This conversation was flagged because of a proposed new rule: send every chat
                that mentions "transfer" to a human agent, to be safe.</p>""",
            ),
            choices=[
                _choice(
                    "keep-with-kira",
                    _T(
                        "Biarkan Kira menangani pertanyaan seperti ini: FAQ yang jelas, terjawab "
                        "tuntas pukul 02.14 tanpa antre. Tetap tawarkan pilihan bicara dengan "
                        "agen di akhir jawaban.",
                        "Let Kira handle questions like this: a clear FAQ, fully answered at "
                        "2.14 am with no queue. Still offer the option of talking to an agent at "
                        "the end of the answer.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Inilah kekuatan chatbot: pertanyaan rutin
                        terjawab cepat, kapan saja, tanpa menunggu jam kerja. Agen manusia jadi
                        punya waktu untuk percakapan yang benar-benar butuh mereka. Pintu ke
                        manusia tetap terbuka kalau jawabannya tidak membantu.</p>""",
                        """<p><strong>Right.</strong> This is what a chatbot is good at: routine
                        questions answered quickly, at any hour, without waiting for office
                        hours. Human agents keep their time for the conversations that really
                        need them. The door to a person stays open if the answer doesn't
                        help.</p>""",
                    ),
                    next="conv-money",
                    points=_points(journey=2, metrics=1),
                    effects=_effects(csat="1", ces="0.1"),
                    expert=True,
                ),
                _choice(
                    "route-all-transfer",
                    _T(
                        'Demi aman, alihkan semua chat yang menyebut kata "transfer" ke agen '
                        "manusia.",
                        'To be safe, send every chat that mentions the word "transfer" to a human '
                        "agent.",
                    ),
                    _T(
                        """<p>Kata kunci bukan ukuran risiko. Nasabah ini akan menunggu sampai
                        pukul 08.00 untuk jawaban yang bisa ia dapat dalam sepuluh detik, dan
                        antrean agen penuh oleh pertanyaan rutin. Serahkan ke manusia karena
                        kebutuhannya, bukan karena sebuah kata.</p>""",
                        """<p>A keyword is not a measure of risk. This customer would wait until
                        8 am for an answer they could get in ten seconds, and the agents' queue
                        fills up with routine questions. Hand over because of what the customer
                        needs, not because of a word.</p>""",
                    ),
                    next="conv-money",
                    points=_points(journey=-2, metrics=-1),
                    effects=_effects(csat="-1", ces="-0.2"),
                ),
                _choice(
                    "remove-human-button",
                    _T(
                        'Biarkan Kira menangani, dan hapus tombol "bicara dengan agen" supaya '
                        "containment rate naik.",
                        'Let Kira handle it, and remove the "talk to an agent" button so that the '
                        "containment rate goes up.",
                    ),
                    _T(
                        """<p>Untuk nasabah ini tidak ada bedanya, tetapi untuk nasabah
                        berikutnya, yang masalahnya tidak bisa dijawab Kira, pintunya tertutup.
                        Containment yang naik karena nasabah tidak bisa keluar bukan tanda
                        keberhasilan.</p>""",
                        """<p>It makes no difference to this customer, but for the next one,
                        whose problem Kira cannot answer, the door is shut. Containment that rises
                        because customers cannot get out is not a sign of success.</p>""",
                    ),
                    next="conv-money",
                    points=_points(empathy=-2, journey=-1, metrics=-1),
                    effects=_effects(csat="-1", nps="-1"),
                ),
            ],
        ),
        _step(
            "conv-money",
            "decision",
            title=_T("Percakapan 2: uang yang tertahan", "Conversation 2: money in limbo"),
            channel="whatsapp",
            speaker=_ENDANG,
            quarter=1,
            narrative=_T(
                """<p>WhatsApp, pukul 23.05:</p>
                <p><em>Ibu Endang: "Saldo saya terpotong Rp 4.500.000 tapi transfer ke rumah
                sakit gagal. Ini untuk bayar operasi bapak saya besok pagi."</em></p>
                <p><em>Kira: "Transaksi gagal biasanya dikembalikan otomatis dalam 1x24 jam.
                Apakah ada yang bisa saya bantu lagi?"</em></p>
                <p><em>Ibu Endang: "Bukan itu. Uangnya hilang dan saya butuh sekarang."</em></p>
                <p><em>Kira: "Maaf, saya belum mengerti. Silakan pilih topik: 1) Transfer 2)
                Kartu 3) Lainnya."</em></p>
                <p><em>Ibu Endang: "SAYA MAU BICARA DENGAN ORANG."</em></p>
                <p>Apa yang seharusnya dilakukan Kira dalam percakapan seperti ini?</p>""",
                """<p>WhatsApp, 11.05 pm:</p>
                <p><em>Ibu Endang: "Rp 4,500,000 has gone from my balance but the transfer to the
                hospital failed. It's to pay for my father's operation tomorrow
                morning."</em></p>
                <p><em>Kira: "Failed transactions are usually refunded automatically within 24
                hours. Is there anything else I can help with?"</em></p>
                <p><em>Ibu Endang: "That's not it. The money is gone and I need it
                now."</em></p>
                <p><em>Kira: "Sorry, I don't understand yet. Please choose a topic: 1) Transfer
                2) Card 3) Other."</em></p>
                <p><em>Ibu Endang: "I WANT TO TALK TO A PERSON."</em></p>
                <p>What should Kira do in a conversation like this?</p>""",
            ),
            choices=[
                _choice(
                    "handover-now",
                    _T(
                        "Serahkan ke agen manusia sekarang juga: uang nasabah bermasalah, ada "
                        "urgensi, Kira sudah dua kali gagal memahami, dan nasabah meminta "
                        "manusia.",
                        "Hand over to a human agent right now: the customer's money is at stake, "
                        "it is urgent, Kira has failed to understand twice, and the customer has "
                        "asked for a person.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Setiap tanda serah terima ada di sini
                        sekaligus. Chatbot menangani yang rutin; ketika pertanyaannya rumit, ada
                        uang dan emosi yang dipertaruhkan, atau nasabah meminta manusia, saatnya
                        manusia mengambil alih, dan secepatnya.</p>""",
                        """<p><strong>Right.</strong> Every sign for a handover is here at once. A
                        chatbot handles the routine; when the question is complex, when money
                        and emotions are at stake, or when the customer asks for a person, it is
                        time for a human to take over, and fast.</p>""",
                    ),
                    next="context-package",
                    points=_points(empathy=3, ownership=2, journey=1),
                    effects=_effects(csat="2", nps="2", churn="-0.5"),
                    expert=True,
                ),
                _choice(
                    "one-more-try",
                    _T(
                        "Biarkan Kira mencoba sekali lagi dengan pertanyaan yang lebih spesifik "
                        "sebelum menawarkan agen.",
                        "Let Kira try once more with a more specific question before offering an "
                        "agent.",
                    ),
                    _T(
                        """<p>Kira sudah dua kali gagal, dan nasabah sudah meminta manusia dengan
                        huruf kapital. Satu percobaan lagi hanya menambah frustrasi pada saat
                        paling genting. Permintaan nasabah untuk bicara dengan manusia adalah
                        pemicu serah terima, bukan gangguan.</p>""",
                        """<p>Kira has already failed twice, and the customer has asked for a
                        person in capital letters. One more try only adds frustration at the worst
                        possible moment. A customer's request for a human is a handover trigger,
                        not a nuisance.</p>""",
                    ),
                    next="no-handover-fallout",
                    points=_points(empathy=-2, journey=-1),
                    effects=_effects(csat="-1"),
                ),
                _choice(
                    "hotline-and-close",
                    _T(
                        "Kira memberikan nomor call center dan menutup percakapan.",
                        "Kira gives the call-center number and closes the conversation.",
                    ),
                    _T(
                        """<p>Ini bukan serah terima; ini pengalihan. Nasabah harus memulai lagi
                        dari nol di saluran lain, mengantre, diverifikasi ulang, dan menceritakan
                        semuanya sekali lagi. Containment rate-nya tetap terlihat bagus, padahal
                        masalahnya hanya dipindahkan.</p>""",
                        """<p>This is not a handover; it is a redirection. The customer has to
                        start from zero on another channel, queue, verify again and tell the
                        whole story once more. The containment rate still looks good, while the
                        problem has only been moved elsewhere.</p>""",
                    ),
                    next="no-handover-fallout",
                    points=_points(empathy=-2, ownership=-3, journey=-2),
                    effects=_effects(csat="-2", ces="-0.3", nps="-2", churn="0.5"),
                ),
                _choice(
                    "ticket-3-days",
                    _T(
                        'Kira membuat tiket: "Keluhan Anda akan ditindaklanjuti dalam 3 hari '
                        'kerja."',
                        'Kira opens a ticket: "Your complaint will be followed up within 3 '
                        'working days."',
                    ),
                    _T(
                        """<p>Tiket mencatat masalahnya, tetapi tidak menyelesaikannya tepat
                        waktu. Operasinya besok pagi. Nasabah dengan uang yang tertahan dan
                        tenggat yang mendesak butuh manusia malam ini.</p>""",
                        """<p>A ticket records the problem but doesn't solve it in time. The
                        operation is tomorrow morning. A customer with money stuck and an urgent
                        deadline needs a person tonight.</p>""",
                    ),
                    next="no-handover-fallout",
                    points=_points(ownership=-2, empathy=-2),
                    effects=_effects(csat="-1", ces="-0.2", churn="0.5"),
                ),
            ],
        ),
        _step(
            "context-package",
            "decision",
            title=_T("Apa yang ikut berpindah?", "What travels with it?"),
            channel="whatsapp",
            speaker=_DIMAS,
            quarter=1,
            narrative=_T(
                """<p>Percakapan Ibu Endang akan diambil alih Dimas, agen shift malam. Apa yang
                harus ikut berpindah bersama percakapannya?</p>""",
                """<p>Ibu Endang's conversation will be taken over by Dimas, the night-shift
                agent. What has to travel with it?</p>""",
            ),
            choices=[
                _choice(
                    "context-summary",
                    _T(
                        "Ringkasan 10 detik: status verifikasi, masalahnya dengan kata-kata "
                        "nasabah, nomor referensi, nominal dan waktu transaksi, jawaban Kira, "
                        "dan tanda urgensi; transkrip satu klik; nasabah diberi tahu nama agen "
                        "dan waktu tunggunya.",
                        "A 10-second summary: verification status, the problem in the "
                        "customer's words, reference number, amount and time, what Kira "
                        "answered, and an urgency flag; the transcript one click away; the "
                        "customer told the agent's name and the wait.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Serah terima yang baik membawa
                        konteks lengkap, sehingga nasabah tidak perlu mengulang apa pun dan agen
                        bisa langsung bekerja. Memberi tahu nasabah siapa yang akan membantunya
                        dan berapa lama menunggu mengubah ketidakpastian menjadi
                        kepercayaan.</p>""",
                        """<p><strong>The expert's choice.</strong> A good handover carries full
                        context, so the customer repeats nothing and the agent can get straight
                        to work. Telling the customer who will help and how long the wait is
                        turns uncertainty into trust.</p>""",
                    ),
                    next="agent-picks-up",
                    points=_points(journey=3, ownership=2, empathy=1),
                    effects=_effects(csat="2", ces="0.4"),
                    expert=True,
                ),
                _choice(
                    "transcript-only",
                    _T(
                        "Teruskan transkrip mentahnya saja; agen bisa membacanya sendiri.",
                        "Forward the raw transcript only; the agent can read it.",
                    ),
                    _T(
                        """<p>Lebih baik daripada tidak ada, tetapi agen harus menggulir dan
                        menafsirkan sendiri, sementara nasabah yang panik menunggu tanpa kabar.
                        Transkrip adalah bahan; ringkasan adalah konteks.</p>""",
                        """<p>Better than nothing, but the agent has to scroll and interpret it
                        alone, while a panicking customer waits without news. A transcript is raw
                        material; a summary is context.</p>""",
                    ),
                    next="slow-pickup",
                    points=_points(journey=1),
                    effects=_effects(ces="0.1"),
                ),
                _choice(
                    "fresh-start",
                    _T(
                        "Agen memulai dari awal: menyapa, memverifikasi ulang identitas, dan "
                        "menanyakan masalahnya.",
                        "The agent starts from scratch: greets her, verifies her identity again "
                        "and asks what the problem is.",
                    ),
                    _T(
                        """<p>Serah terima tanpa konteks memaksa nasabah menceritakan ulang
                        semuanya kepada orang baru, pada saat paling genting. Bagi nasabah, bot
                        dan agen adalah satu bank; ia sudah menjelaskan semuanya.</p>""",
                        """<p>A handover without context makes the customer tell everything again
                        to someone new, at the worst possible moment. To the customer, the bot and
                        the agent are one bank; she has already explained everything.</p>""",
                    ),
                    next="slow-pickup",
                    points=_points(journey=-3, empathy=-2),
                    effects=_effects(csat="-1", ces="-0.4"),
                ),
                _choice(
                    "everything-raw",
                    _T(
                        "Kirim semuanya: transkrip, riwayat transaksi 12 bulan, dan nomor kartu "
                        "lengkap, supaya tidak ada yang kurang.",
                        "Send everything: the transcript, 12 months of transactions and the full "
                        "card number, so nothing is missing.",
                    ),
                    _T(
                        """<p>Lebih banyak data bukan konteks yang lebih baik. Agen harus mencari
                        yang penting di tumpukan informasi, dan data sensitif seperti nomor
                        kartu lengkap tidak perlu ikut berpindah. Kirim yang dibutuhkan untuk
                        menyelesaikan masalahnya, tidak lebih.</p>""",
                        """<p>More data is not better context. The agent has to dig for what
                        matters in a pile of information, and sensitive data such as the full
                        card number does not need to travel. Send what is needed to solve the
                        problem, no more.</p>""",
                    ),
                    next="slow-pickup",
                    points=_points(ownership=-1, journey=-1),
                ),
            ],
        ),
        _step(
            "agent-picks-up",
            "narrative",
            title=_T("23.09: Dimas mengambil alih", "11.09 pm: Dimas takes over"),
            channel="whatsapp",
            speaker=_DIMAS,
            quarter=1,
            narrative=_T(
                """<p><em>"Selamat malam, Ibu Endang. Saya Dimas. Saya sudah membaca percakapan
                Ibu dengan Kira: transfer Rp 4.500.000 ke rumah sakit pukul 22.51 gagal, tetapi
                saldo Ibu terpotong. Saya cek sekarang, mohon tunggu dua menit."</em></p>
                <p>Dananya tertahan di sisi bank penerima. Dimas mengajukan pembalikan lewat tim
                24 jam; pukul 23.40 dana kembali, dan Dimas membantu mengulang transfernya.</p>
                <p><em>"Terima kasih, Mas. Saya kira harus menunggu sampai pagi."</em></p>""",
                """<p><em>"Good evening, Ibu Endang. I'm Dimas. I've read your conversation with
                Kira: a transfer of Rp 4,500,000 to the hospital at 10.51 pm failed, but the money
                left your balance. I'm checking now; please give me two minutes."</em></p>
                <p>The money is stuck on the receiving bank's side. Dimas files a reversal with
                the 24-hour team; at 11.40 pm the money is back, and Dimas helps her redo the
                transfer.</p>
                <p><em>"Thank you so much. I thought I'd have to wait until morning."</em></p>""",
            ),
            next="conv-card",
        ),
        _step(
            "slow-pickup",
            "narrative",
            title=_T("Dimas mulai dari nol", "Dimas starts from nothing"),
            channel="whatsapp",
            speaker=_DIMAS,
            quarter=1,
            narrative=_T(
                """<p>Dimas mengambil alih. Tanpa ringkasan yang jelas, ia harus mencari tahu
                dulu apa yang terjadi, sementara Ibu Endang menunggu.</p>
                <p><em>"Saya sudah jelaskan semuanya ke bot tadi,"</em> tulisnya.</p>
                <p>Masalahnya selesai setelah 24 menit. Ibu Endang memberi nilai 2 dari 5 untuk
                chat itu.</p>""",
                """<p>Dimas takes over. Without a clear summary, he first has to work out what
                happened, while Ibu Endang waits.</p>
                <p><em>"I already explained everything to the bot,"</em> she writes.</p>
                <p>The problem is solved after 24 minutes. Ibu Endang rates the chat 2 out of
                5.</p>""",
            ),
            next="conv-card",
        ),
        _step(
            "no-handover-fallout",
            "narrative",
            title=_T("Pagi harinya", "The next morning"),
            channel="phone",
            speaker=_ENDANG,
            quarter=1,
            narrative=_T(
                """<p>Ibu Endang menyerah pada chat dan menelepon call center pukul 23.20. Ia
                menunggu 18 menit, diverifikasi ulang, dan menceritakan semuanya dari awal. Dana
                baru kembali pukul 00.30.</p>
                <p>Pagi harinya ia mengunggah tangkapan layar "1) Transfer 2) Kartu 3) Lainnya"
                dengan keterangan: <em>"Uang operasi bapak saya tertahan, bank-nya kasih
                menu."</em> Unggahan itu dibagikan 3.100 kali.</p>""",
                """<p>Ibu Endang gives up on the chat and calls the call center at 11.20 pm. She
                waits 18 minutes, is verified again and tells the whole story from the start.
                The money only comes back at 12.30 am.</p>
                <p>The next morning she posts a screenshot of "1) Transfer 2) Card 3) Other"
                with the caption: <em>"The money for my father's operation was stuck, and the bank
                gave me a menu."</em> The post is shared 3,100 times.</p>""",
            ),
            next="conv-card",
        ),
        _step(
            "conv-card",
            "decision",
            title=_T("Percakapan 3: kartu hilang", "Conversation 3: a lost card"),
            channel="whatsapp",
            speaker=_ANDREAS,
            quarter=1,
            narrative=_T(
                """<p>WhatsApp, pukul 01.30:</p>
                <p><em>Pak Andreas: "Kartu debit saya hilang, dan barusan ada notifikasi
                transaksi Rp 2.000.000 yang bukan saya!"</em></p>
                <p>Apa yang seharusnya dilakukan Kira dalam percakapan seperti ini?</p>""",
                """<p>WhatsApp, 1.30 am:</p>
                <p><em>Pak Andreas: "I've lost my debit card, and I've just had a notification
                for a Rp 2,000,000 transaction that wasn't me!"</em></p>
                <p>What should Kira do in a conversation like this?</p>""",
            ),
            choices=[
                _choice(
                    "block-and-escalate",
                    _T(
                        "Kira langsung memblokir kartunya (setelah verifikasi di aplikasi), lalu "
                        "menyerahkan percakapan ke tim fraud 24 jam sebagai prioritas, dengan "
                        "ringkasan konteksnya, dan memberi tahu nasabah langkah berikutnya.",
                        "Kira blocks the card at once (after verification in the app), then "
                        "hands the conversation to the 24-hour fraud team as a priority, with a "
                        "context summary, and tells the customer what happens next.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Otomatisasi dan manusia saling
                        melengkapi: Kira mengerjakan tindakan cepat yang aman dilakukan mesin,
                        kapan saja, lalu manusia mengambil alih bagian yang butuh penilaian,
                        yaitu menyelidiki transaksi dan menenangkan nasabah.</p>""",
                        """<p><strong>The expert's choice.</strong> Automation and people
                        complement each other: Kira does the quick action a machine can safely
                        take at any hour, then a person takes over the part that needs judgement,
                        investigating the transaction and reassuring the customer.</p>""",
                    ),
                    next="review-month",
                    points=_points(ownership=3, journey=2, empathy=1),
                    effects=_effects(csat="1", nps="1", churn="-0.5"),
                    expert=True,
                ),
                _choice(
                    "faq-article",
                    _T(
                        'Kira mengirim artikel FAQ "Cara memblokir kartu" dan menutup percakapan.',
                        'Kira sends the FAQ article "How to block your card" and closes the '
                        "conversation.",
                    ),
                    _T(
                        """<p>Jawabannya benar, tetapi nasabah yang panik harus membaca dan
                        bertindak sendiri pukul 01.30, dan transaksi yang mencurigakan tidak
                        ditangani siapa pun. Kasus penipuan adalah pemicu serah terima ke
                        manusia.</p>""",
                        """<p>The answer is correct, but a panicking customer has to read and act
                        alone at 1.30 am, and nobody deals with the suspicious transaction. Fraud
                        is a trigger for handing over to a person.</p>""",
                    ),
                    next="review-month",
                    points=_points(ownership=-2, empathy=-1),
                    effects=_effects(csat="-1", churn="0.5"),
                ),
                _choice(
                    "morning-callback",
                    _T(
                        "Kira mencatat keluhannya dan menjanjikan telepon dari petugas saat "
                        "kantor buka pukul 08.00.",
                        "Kira logs the complaint and promises a call from an officer when the "
                        "office opens at 8 am.",
                    ),
                    _T(
                        """<p>Enam setengah jam dengan kartu yang masih aktif di tangan orang
                        lain. Urusan yang mendesak di luar jam kerja butuh tim yang berjaga 24
                        jam, bukan janji untuk besok pagi.</p>""",
                        """<p>Six and a half hours with a card still active in someone else's
                        hands. Urgent matters outside office hours need a team on duty around the
                        clock, not a promise for tomorrow morning.</p>""",
                    ),
                    next="review-month",
                    points=_points(ownership=-3),
                    effects=_effects(csat="-1", churn="0.5"),
                ),
            ],
        ),
        # Rules and measures ----------------------------------------------------------------
        _step(
            "review-month",
            "investigation",
            title=_T("Data sebulan", "A month of data"),
            channel="report",
            speaker=_PUTRI,
            quarter=1,
            narrative=_T(
                """<p>Sebelum menulis aturan, Anda meminta data. Putri menyiapkan empat laporan
                dari bulan lalu. Buka yang Anda perlukan, lalu lanjutkan ke rapat
                aturan.</p>""",
                """<p>Before writing the rules, you ask for data. Putri prepares four reports
                from last month. Open what you need, then go on to the rules meeting.</p>""",
            ),
            sources=[
                _source(
                    "src-containment",
                    _T("Apa arti containment 68%", "What 68% containment means"),
                    0,
                    _T(
                        """<ul>
                        <li>68% chat berakhir tanpa manusia.</li>
                        <li>Tetapi satu dari empat chat "tertangani" itu berakhir karena nasabah
                        pergi di tengah percakapan.</li>
                        <li>31% nasabah yang pergi itu menelepon call center dalam 24 jam untuk
                        masalah yang sama.</li>
                        </ul>
                        <p>Catatan Putri: <em>"Containment tidak sama dengan selesai."</em></p>""",
                        """<ul>
                        <li>68% of chats end without a human.</li>
                        <li>But one in four of those "contained" chats ends because the customer
                        left mid-conversation.</li>
                        <li>31% of the customers who left called the call center within 24 hours
                        about the same issue.</li>
                        </ul>
                        <p>Putri's note: <em>"Contained is not the same as resolved."</em></p>""",
                    ),
                    points=_points(metrics=3),
                ),
                _source(
                    "src-path-csat",
                    _T("CSAT per jalur percakapan", "CSAT by conversation path"),
                    0,
                    _T(
                        """<ul>
                        <li>Kira saja, pertanyaan FAQ terjawab: CSAT 86%.</li>
                        <li>Kira lalu agen, dengan ringkasan konteks (tim uji coba): 81%.</li>
                        <li>Kira lalu agen, tanpa konteks: 49%.</li>
                        <li>Kira gagal tiga kali atau lebih, lalu nasabah pergi: 12%.</li>
                        </ul>""",
                        """<ul>
                        <li>Kira only, FAQ answered: CSAT 86%.</li>
                        <li>Kira then an agent, with a context summary (pilot team): 81%.</li>
                        <li>Kira then an agent, without context: 49%.</li>
                        <li>Kira fails three times or more, then the customer leaves: 12%.</li>
                        </ul>""",
                    ),
                    points=_points(metrics=2, journey=1),
                ),
                _source(
                    "src-topics",
                    _T(
                        "Topik yang berhasil dan yang gagal",
                        "Topics that work and topics that fail",
                    ),
                    0,
                    _T(
                        """<p><strong>Ditangani Kira dengan baik:</strong> limit transaksi,
                        biaya, jam dan lokasi cabang, reset PIN di aplikasi, aktivasi
                        kartu.</p>
                        <p><strong>Sering gagal:</strong></p>
                        <ul>
                        <li>transaksi gagal atau disanggah dengan dana yang tertahan (41% chat
                        yang gagal);</li>
                        <li>kartu hilang, dicuri, atau penipuan;</li>
                        <li>keluhan;</li>
                        <li>rekening anggota keluarga yang meninggal;</li>
                        <li>nasabah lanjut usia yang bingung dengan aplikasi.</li>
                        </ul>""",
                        """<p><strong>Kira handles well:</strong> transaction limits, fees, branch
                        hours and locations, PIN reset in the app, card activation.</p>
                        <p><strong>Often fails:</strong></p>
                        <ul>
                        <li>failed or disputed transactions with money held up (41% of failed
                        chats);</li>
                        <li>lost or stolen cards, and fraud;</li>
                        <li>complaints;</li>
                        <li>the account of a family member who has died;</li>
                        <li>elderly customers confused by the app.</li>
                        </ul>""",
                    ),
                    points=_points(journey=2, empathy=1),
                ),
                _source(
                    "src-agents",
                    _T("Survei agen", "Agent survey"),
                    0,
                    _T(
                        """<ul>
                        <li>74% agen mengatakan mereka harus menanyakan ulang informasi setelah
                        menerima serah terima dari Kira.</li>
                        <li>Rata-rata tiga menit tambahan per chat.</li>
                        </ul>
                        <p>Seorang agen menulis: <em>"Nasabah sudah kesal sebelum saya sempat
                        menyapa."</em></p>""",
                        """<ul>
                        <li>74% of agents say they have to ask for information again after a
                        handover from Kira.</li>
                        <li>Three extra minutes per chat on average.</li>
                        </ul>
                        <p>One agent writes: <em>"Customers are already annoyed before I've even
                        said hello."</em></p>""",
                    ),
                    points=_points(empathy=1, journey=1),
                ),
            ],
            next="rules",
        ),
        _step(
            "rules",
            "decision",
            title=_T("Menulis aturan serah terima", "Writing the handover rules"),
            channel="meeting",
            speaker=_LARAS,
            quarter=2,
            narrative=_T(
                """<p>Saatnya menulis aturan serah terima Kira untuk kuartal berikutnya. Pesan
                direksi kepada Mbak Laras singkat: <em>"Pertahankan containment rate
                tinggi."</em></p>""",
                """<p>Time to write Kira's handover rules for the next quarter. The board's
                message to Mbak Laras is short: <em>"Keep the containment rate
                high."</em></p>""",
            ),
            choices=[
                _choice(
                    "clear-triggers",
                    _T(
                        "Kira tetap menangani FAQ dan layanan mandiri; serahkan ke manusia bila "
                        "nasabah memintanya, Kira dua kali gagal, ada dana hilang, kartu hilang, "
                        "penipuan, keluhan, atau tekanan berat; urusan mendesak malam ke tim 24 "
                        "jam; selalu dengan ringkasan.",
                        "Kira keeps FAQs and self-service; hand over when the customer asks, "
                        "Kira fails twice, or there is missing money, a lost card, fraud, a "
                        "complaint or real distress; urgent night cases go to the 24-hour team; "
                        "always with a summary.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Pemicu yang jelas dan bisa diuji:
                        permintaan nasabah, kegagalan berulang, topik berisiko, dan emosi yang
                        kuat. Kira mengerjakan yang berulang, manusia menangani yang rumit, dan
                        konteksnya selalu ikut. Containment mungkin turun sedikit, tetapi
                        penyelesaiannya naik.</p>""",
                        """<p><strong>The expert's choice.</strong> Clear, testable triggers: the
                        customer's request, repeated failure, risky topics and strong emotion.
                        Kira does the repetitive work, people handle the complex, and the context
                        always travels. Containment may dip a little, but resolution goes
                        up.</p>""",
                    ),
                    next="q2-good",
                    points=_points(journey=4, empathy=2, ownership=2),
                    effects=_effects(csat="6", ces="0.5", nps="6", churn="-1"),
                    expert=True,
                ),
                _choice(
                    "max-containment",
                    _T(
                        "Naikkan target containment ke 85%: Kira hanya menyerahkan ke manusia "
                        'jika nasabah mengetik "agen" tiga kali.',
                        "Raise the containment target to 85%: Kira only hands over if the "
                        'customer types "agent" three times.',
                    ),
                    _T(
                        """<p>Ini tembok, bukan aturan serah terima. Angka containment akan naik,
                        tetapi karena nasabah tidak bisa keluar, bukan karena masalahnya selesai.
                        Nasabah dengan masalah paling serius, seperti dana yang tertahan atau
                        penipuan, justru yang paling dirugikan.</p>""",
                        """<p>This is a wall, not a handover rule. The containment number will
                        rise, but because customers can't get out, not because their problems are
                        solved. Customers with the most serious problems, such as money held up
                        or fraud, are hurt the most.</p>""",
                    ),
                    next="q2-wall",
                    points=_points(empathy=-3, journey=-3, metrics=-2),
                    effects=_effects(csat="-6", ces="-0.5", nps="-8", churn="1.5"),
                ),
                _choice(
                    "office-hours-split",
                    _T(
                        "Manusia menjawab semua chat pukul 08.00–17.00; Kira hanya bertugas di "
                        "luar jam kerja.",
                        "People answer every chat from 8 am to 5 pm; Kira only works outside "
                        "office hours.",
                    ),
                    _T(
                        """<p>Pembagiannya menurut jam, bukan menurut kebutuhan. Siang hari,
                        agen kebanjiran pertanyaan rutin dan antrean memanjang; malam hari, Kira
                        tetap sendirian menghadapi kasus mendesak tanpa jalan ke manusia.</p>""",
                        """<p>The split follows the clock, not the customer's need. In the daytime
                        agents are flooded with routine questions and queues grow; at night, Kira
                        still faces urgent cases alone, with no way through to a person.</p>""",
                    ),
                    next="q2-meh",
                    points=_points(journey=-1, metrics=-1),
                    effects=_effects(csat="-1", ces="-0.3"),
                ),
                _choice(
                    "more-faq",
                    _T(
                        "Tambah 200 jawaban FAQ baru supaya Kira bisa menjawab semuanya sendiri.",
                        "Add 200 new FAQ answers so that Kira can answer everything on its own.",
                    ),
                    _T(
                        """<p>FAQ yang lebih lengkap ada gunanya, tetapi dana yang tertahan,
                        penipuan, dan duka tidak bisa dijawab dengan artikel. Masalahnya bukan
                        Kira kurang jawaban, melainkan Kira tidak tahu kapan harus
                        menyerahkan.</p>""",
                        """<p>A fuller FAQ has its uses, but money held up, fraud and grief cannot
                        be answered with an article. The problem is not that Kira lacks answers,
                        but that Kira doesn't know when to hand over.</p>""",
                    ),
                    next="q2-meh",
                    points=_points(journey=-2, metrics=-1),
                    effects=_effects(csat="-1", nps="-1"),
                ),
            ],
        ),
        _step(
            "q2-good",
            "narrative",
            title=_T(
                "Q2: containment turun, masalah selesai", "Q2: containment down, problems solved"
            ),
            channel="report",
            speaker=_PUTRI,
            quarter=2,
            narrative=_T(
                """<p>Laporan Putri setelah satu kuartal dengan aturan baru:</p>
                <ul>
                <li>Containment turun dari 68% menjadi 61%.</li>
                <li>Chat yang membutuhkan kontak ulang dalam 7 hari turun dari 24% menjadi
                11%.</li>
                <li>Nasabah yang pergi di tengah chat turun dari 25% menjadi 9%.</li>
                <li>Waktu tunggu serah terima malam hari rata-rata 3 menit.</li>
                <li>Agen yang harus menanyakan ulang informasi turun dari 74% menjadi
                18%.</li>
                </ul>
                <p>Direksi bertanya, "Kenapa containment turun?"</p>""",
                """<p>Putri's report after one quarter under the new rules:</p>
                <ul>
                <li>Containment fell from 68% to 61%.</li>
                <li>Chats needing another contact within 7 days fell from 24% to 11%.</li>
                <li>Customers leaving mid-chat fell from 25% to 9%.</li>
                <li>The average wait for a handover at night is 3 minutes.</li>
                <li>Agents having to ask for information again fell from 74% to 18%.</li>
                </ul>
                <p>The board asks, "Why has containment gone down?"</p>""",
            ),
            next="bot-metrics",
        ),
        _step(
            "q2-wall",
            "narrative",
            title=_T("Q2: tembok bot", "Q2: the bot wall"),
            channel="report",
            speaker=_PUTRI,
            quarter=2,
            narrative=_T(
                """<p>Laporan Putri setelah satu kuartal dengan aturan baru:</p>
                <ul>
                <li>Containment naik menjadi 84%, hampir mencapai target direksi.</li>
                <li>Antrean call center naik 35%, karena nasabah melewati chat dan langsung
                menelepon.</li>
                <li>Keluhan resmi naik 40%; satu di antaranya diteruskan ke regulator.</li>
                <li>Di media sosial, tangkapan layar Kira yang berputar-putar beredar dengan tagar
                #temboknyaArunika.</li>
                </ul>""",
                """<p>Putri's report after one quarter under the new rules:</p>
                <ul>
                <li>Containment rose to 84%, almost the board's target.</li>
                <li>The call-center queue grew by 35%, as customers skip the chat and phone
                instead.</li>
                <li>Formal complaints rose by 40%; one of them was passed on to the
                regulator.</li>
                <li>On social media, screenshots of Kira going round in circles spread under the
                hashtag #ArunikaWall.</li>
                </ul>""",
            ),
            next="board-pressure",
        ),
        _step(
            "q2-meh",
            "narrative",
            title=_T("Q2: yang penting belum berubah", "Q2: what matters hasn't changed"),
            channel="report",
            speaker=_PUTRI,
            quarter=2,
            narrative=_T(
                """<p>Laporan Putri setelah satu kuartal dengan aturan baru:</p>
                <ul>
                <li>Chat yang membutuhkan kontak ulang dalam 7 hari masih 23%.</li>
                <li>Nasabah yang meminta manusia menunggu rata-rata 19 menit pada jam kerja, atau
                sampai pagi pada malam hari.</li>
                <li>74% agen masih harus menanyakan ulang informasi setelah serah terima.</li>
                </ul>
                <p>Catatan Putri: <em>"Aturannya mengubah siapa yang menjawab, bukan apa yang
                terjadi saat Kira tidak bisa membantu."</em></p>""",
                """<p>Putri's report after one quarter under the new rules:</p>
                <ul>
                <li>Chats needing another contact within 7 days are still at 23%.</li>
                <li>Customers who ask for a person wait 19 minutes on average in office hours,
                or until morning at night.</li>
                <li>74% of agents still have to ask for information again after a
                handover.</li>
                </ul>
                <p>Putri's note: <em>"The rule changed who answers, not what happens when Kira
                can't help."</em></p>""",
            ),
            next="board-pressure",
        ),
        _step(
            "bot-metrics",
            "decision",
            title=_T("Ukuran untuk Kira", "How to judge Kira"),
            channel="meeting",
            speaker=_LARAS,
            quarter=3,
            narrative=_T(
                """<p>Mbak Laras harus menjawab direksi. "Mulai kuartal depan, angka apa yang
                kita pakai untuk menilai Kira?"</p>""",
                """<p>Mbak Laras has to answer the board. "From next quarter, which numbers do we
                use to judge Kira?"</p>""",
            ),
            choices=[
                _choice(
                    "balanced-scorecard",
                    _T(
                        "Ukur penyelesaian, bukan sekadar containment: chat yang selesai tanpa "
                        "kontak ulang dalam 7 hari, CSAT dan CES per jalur (Kira saja, Kira lalu "
                        "agen), waktu tunggu serah terima, dan persentase nasabah yang harus "
                        "mengulang cerita.",
                        "Measure resolution, not just containment: chats resolved with no repeat "
                        "contact within 7 days, CSAT and CES by path (Kira only, Kira then an "
                        "agent), handover wait time, and the share of customers who must repeat "
                        "their story.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Containment hanya mengukur apakah manusia
                        terlibat, bukan apakah nasabah terbantu. Dengan mengukur penyelesaian,
                        usaha nasabah, dan kualitas serah terima, direksi bisa melihat bahwa
                        serah terima yang tepat adalah keberhasilan, bukan kegagalan bot.</p>""",
                        """<p><strong>Right.</strong> Containment only measures whether a person
                        got involved, not whether the customer was helped. By measuring
                        resolution, customer effort and the quality of handovers, the board can
                        see that a well-timed handover is a success, not a failure of the
                        bot.</p>""",
                    ),
                    next="ending-best",
                    points=_points(metrics=4, journey=1),
                    effects=_effects(csat="1", nps="2"),
                    expert=True,
                ),
                _choice(
                    "containment-only",
                    _T(
                        "Containment rate saja: makin tinggi, makin hemat.",
                        "The containment rate alone: the higher it is, the more we save.",
                    ),
                    _T(
                        """<p>Dengan kompas ini, setiap serah terima yang tepat terlihat sebagai
                        kegagalan, dan tekanan untuk menutup pintu ke manusia akan kembali.
                        Containment yang tinggi bisa berarti nasabah menyerah, seperti yang
                        ditunjukkan data bulan lalu.</p>""",
                        """<p>With this compass, every well-judged handover looks like a failure,
                        and the pressure to close the door to people will come back. High
                        containment can mean customers giving up, as last month's data
                        showed.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(metrics=-3),
                ),
                _choice(
                    "chat-volume",
                    _T(
                        "Jumlah chat yang ditangani Kira per bulan.",
                        "The number of chats Kira handles per month.",
                    ),
                    _T(
                        """<p>Volume mengukur kesibukan, bukan hasil. Kira yang gagal memahami
                        lalu membuat nasabah mengulang pertanyaannya justru menaikkan angka
                        ini.</p>""",
                        """<p>Volume measures how busy Kira is, not what it achieves. A Kira that
                        misunderstands and makes customers ask again actually pushes this number
                        up.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(metrics=-2),
                ),
                _choice(
                    "endang-story",
                    _T(
                        "Ceritakan kasus Ibu Endang di rapat direksi sebagai bukti, tanpa "
                        "mengubah angka yang dipakai untuk menilai Kira.",
                        "Tell the board Ibu Endang's story as evidence, without changing the "
                        "numbers used to judge Kira.",
                    ),
                    _T(
                        """<p>Cerita nasabah yang nyata sangat meyakinkan, dan Anda memang punya
                        cerita yang baik. Tetapi tanpa ukuran yang tepat, keputusan bulan depan
                        akan kembali mengikuti containment. Cerita membuka mata; metrik menjaga
                        arah.</p>""",
                        """<p>A real customer's story is very persuasive, and you do have a good
                        one. But without the right measures, next month's decisions will drift
                        back to containment. Stories open eyes; metrics keep the course.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(metrics=-1),
                    condition=_condition("chose", step="conv-money", choice="handover-now"),
                ),
            ],
        ),
        _step(
            "board-pressure",
            "decision",
            title=_T("Direksi menunggu jawaban", "The board wants an answer"),
            channel="meeting",
            speaker=_LARAS,
            quarter=3,
            narrative=_T(
                """<p>Mbak Laras meletakkan laporan Putri di meja. "Angkanya belum seperti yang
                kita harapkan. Direksi bertanya apa langkah kita berikutnya."</p>""",
                """<p>Mbak Laras puts Putri's report on the table. "The numbers aren't where we
                want them. The board is asking what we do next."</p>""",
            ),
            choices=[
                _choice(
                    "adopt-triggers-late",
                    _T(
                        "Akui aturan sekarang tidak berhasil, dan ganti dengan pemicu serah "
                        "terima yang jelas serta ringkasan konteks untuk setiap serah terima.",
                        "Admit the current rule isn't working, and replace it with clear "
                        "handover triggers and a context summary for every handover.",
                    ),
                    _T(
                        """<p>Langkah yang benar, meski terlambat satu kuartal. Mengakui bahwa
                        aturan pertama keliru dan mengubahnya berdasarkan data adalah tanda
                        kepemilikan. Nasabah yang terlanjur kecewa selama kuartal itu tidak
                        semuanya kembali.</p>""",
                        """<p>The right step, if a quarter late. Admitting that the first rule was
                        wrong and changing it on the evidence is a sign of ownership. Not all the
                        customers let down during that quarter come back.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(ownership=1, journey=2, metrics=1),
                    effects=_effects(csat="4", ces="0.3", nps="4", churn="-0.5"),
                ),
                _choice(
                    "stay-course",
                    _T(
                        "Pertahankan aturan sekarang satu kuartal lagi; angkanya akan membaik "
                        "sendiri.",
                        "Keep the current rule another quarter; the numbers will improve on "
                        "their own.",
                    ),
                    _T(
                        """<p>Data sudah menjawab: aturan ini tidak membawa nasabah ke manusia
                        saat mereka membutuhkannya. Menunggu tanpa perubahan berarti membiarkan
                        lebih banyak nasabah seperti Ibu Endang mencari jalan keluar sendiri,
                        atau pergi.</p>""",
                        """<p>The data has answered: this rule doesn't get customers to a person
                        when they need one. Waiting without a change means leaving more customers
                        like Ibu Endang to find their own way out, or to leave.</p>""",
                    ),
                    next="ending-worst",
                    points=_points(ownership=-3, journey=-1, metrics=-2),
                    effects=_effects(csat="-2", nps="-3", churn="1"),
                ),
            ],
        ),
        # Endings ---------------------------------------------------------------------------
        _step(
            "ending-best",
            "ending",
            title=_T(
                "Akhir: bot untuk yang rutin, manusia untuk yang penting",
                "Ending: the bot for routine, people for what matters",
            ),
            channel="meeting",
            speaker=_LARAS,
            quarter=None,
            narrative=_T(
                """<p>Di rapat direksi, Mbak Laras menampilkan dua angka berdampingan:
                containment yang turun sedikit, dan penyelesaian yang naik jauh.</p>""",
                """<p>At the board meeting, Mbak Laras shows two numbers side by side:
                containment down a little, and resolution up a lot.</p>""",
            ),
            outcome=_T(
                """<p><strong>Kira menjawab pertanyaan rutin kapan saja, dan nasabah dengan
                masalah serius sampai ke manusia dalam hitungan menit, tanpa mengulang
                ceritanya.</strong> CSAT dan NPS kanal chat naik. Direksi kini menilai Kira
                dari penyelesaian dan usaha nasabah, dan meminta aturan serah terima yang sama
                untuk layanan perbankan bisnis.</p>""",
                """<p><strong>Kira answers routine questions at any hour, and customers with
                serious problems reach a person within minutes, without repeating their
                story.</strong> The chat channel's CSAT and NPS have risen. The board now
                judges Kira on resolution and customer effort, and has asked for the same
                handover rules in business banking.</p>""",
            ),
            expert_commentary=_T(
                """<p>Anda memakai chatbot untuk apa yang ia kuasai, dan manusia untuk apa yang
                tidak bisa ia lakukan.</p>
                <ul>
                <li>Otomatiskan yang berulang: FAQ, notifikasi, tindakan mandiri yang aman, dan
                perutean.</li>
                <li>Serahkan ke manusia ketika nasabah memintanya, ketika bot gagal memahami,
                ketika ada uang, penipuan, atau keluhan, dan ketika emosinya kuat.</li>
                <li>Serah terima selalu membawa konteks: siapa nasabahnya, apa masalahnya, apa
                yang sudah dicoba, dan seberapa mendesak.</li>
                <li>Containment bukan penyelesaian. Ukur kontak ulang, CSAT dan CES per jalur,
                serta waktu tunggu serah terima.</li>
                </ul>""",
                """<p>You used the chatbot for what it does well, and people for what it cannot
                do.</p>
                <ul>
                <li>Automate the repetitive: FAQs, notifications, safe self-service actions and
                routing.</li>
                <li>Hand over to a person when the customer asks, when the bot fails to
                understand, when money, fraud or a complaint is involved, and when emotions run
                high.</li>
                <li>A handover always carries context: who the customer is, what the problem is,
                what has been tried and how urgent it is.</li>
                <li>Containment is not resolution. Measure repeat contacts, CSAT and CES by
                path, and handover wait times.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-middle",
            "ending",
            title=_T("Akhir: baru setengah jalan", "Ending: only halfway there"),
            channel="meeting",
            speaker=_LARAS,
            quarter=None,
            narrative=_T(
                """<p>Di rapat direksi, Mbak Laras melaporkan kemajuan, tetapi juga pekerjaan
                yang belum selesai.</p>""",
                """<p>At the board meeting, Mbak Laras reports progress, but also work still to
                be done.</p>""",
            ),
            outcome=_T(
                """<p><strong>Sebagian nasabah kini sampai ke manusia tepat waktu, tetapi
                perbaikannya belum terkunci.</strong> Entah aturan yang tepat datang terlambat
                satu kuartal, entah Kira masih dinilai dengan angka yang salah, sehingga tekanan
                untuk menaikkan containment terus kembali. Angka dasbor membaik, tetapi belum
                sejauh yang mungkin.</p>""",
                """<p><strong>Some customers now reach a person in time, but the improvement is
                not locked in.</strong> Either the right rules came a quarter late, or Kira is
                still judged by the wrong number, so the pressure to push containment keeps
                coming back. The dashboard has improved, but not as far as it could have.</p>""",
            ),
            expert_commentary=_T(
                """<p>Serah terima yang baik butuh dua hal: aturan yang tepat dan ukuran yang
                tepat.</p>
                <ul>
                <li>Aturan: pemicu yang jelas (permintaan nasabah, kegagalan berulang, uang,
                penipuan, keluhan, emosi kuat) dan ringkasan konteks yang selalu ikut.</li>
                <li>Ukuran: penyelesaian tanpa kontak ulang, CSAT dan CES per jalur, dan waktu
                tunggu serah terima. Containment saja mendorong bot menahan nasabah.</li>
                <li>Putuskan dengan data, bukan asumsi; data bulan lalu sudah menunjukkan di mana
                Kira gagal.</li>
                </ul>""",
                """<p>A good handover needs two things: the right rules and the right
                measures.</p>
                <ul>
                <li>Rules: clear triggers (the customer's request, repeated failure, money,
                fraud, complaints, strong emotion) and a context summary that always
                travels.</li>
                <li>Measures: resolution without repeat contact, CSAT and CES by path, and
                handover wait time. Containment alone pushes the bot to hold on to
                customers.</li>
                <li>Decide on data, not assumptions; last month's data already showed where Kira
                fails.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-worst",
            "ending",
            title=_T("Akhir: tembok bot", "Ending: the bot wall"),
            channel="meeting",
            speaker=_LARAS,
            quarter=None,
            narrative=_T(
                """<p>Rapat direksi dibuka dengan tangkapan layar dari media sosial, bukan
                dengan dasbor.</p>""",
                """<p>The board meeting opens with screenshots from social media, not with the
                dashboard.</p>""",
            ),
            outcome=_T(
                """<p><strong>Nasabah yang paling membutuhkan manusia tetap tidak sampai
                kepadanya.</strong> Dana yang tertahan, kartu yang hilang, dan penipuan masih
                berakhir di menu Kira, di antrean panjang, atau di janji untuk besok pagi.
                Dasbor jauh dari yang bisa dicapai dengan aturan serah terima yang jelas, dan
                nasabah belajar bahwa jalan tercepat ke manusia adalah lewat media
                sosial.</p>""",
                """<p><strong>The customers who most need a person still don't reach
                one.</strong> Money held up, lost cards and fraud still end in Kira's menu, in a
                long queue, or in a promise for tomorrow morning. The dashboard is far from what
                clear handover rules could have reached, and customers have learned that the
                quickest way to a person is through social media.</p>""",
            ),
            expert_commentary=_T(
                """<p>Chatbot yang tidak bisa menyerahkan percakapan bukan layanan, melainkan
                tembok.</p>
                <ul>
                <li>Pintu ke manusia harus selalu terbuka; permintaan nasabah untuk bicara dengan
                manusia adalah pemicu serah terima.</li>
                <li>Memberi nomor telepon atau artikel FAQ bukan serah terima: nasabah harus
                mulai lagi dari nol.</li>
                <li>Kasus uang, penipuan, dan keluhan harus sampai ke manusia, juga di luar jam
                kerja.</li>
                <li>Containment yang naik karena nasabah tidak bisa keluar adalah angka yang
                menyesatkan; ukur penyelesaian dan kontak ulang.</li>
                </ul>""",
                """<p>A chatbot that cannot hand a conversation over is not a service; it is a
                wall.</p>
                <ul>
                <li>The door to a person must always be open; a customer's request to talk to a
                person is a handover trigger.</li>
                <li>Giving out a phone number or an FAQ article is not a handover: the customer
                has to start again from zero.</li>
                <li>Money, fraud and complaints must reach a person, outside office hours
                too.</li>
                <li>Containment that rises because customers cannot get out is a misleading
                number; measure resolution and repeat contacts.</li>
                </ul>""",
            ),
        ),
    ],
}

CHATBOT_SCENARIO = {
    "slug": "kasus-serah-terima-chatbot",
    "budget": None,
    "pass_mark": "60",
    "attempts_allowed": 3,
    "id": _localise(_SCENARIO, "id"),
    "en": _localise(_SCENARIO, "en"),
}

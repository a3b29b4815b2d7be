"""Simulation "Produk cacat: dari layanan ke perawatan" / "Defective product: from service to care".

Written from shared/curriculum.md (simulation case 2, with facts from modules 1, 3 and 4):
the facts come from there, the sentences are our own. The shop, Dapur Lestari, and all
people in the story are fictional.

The case: a customer receives a faulty air fryer that was meant as a gift for her mother.
The learner works in Dapur Lestari's small customer team, which handles both service and
care. As CS they respond fast, validate her frustration and offer a replacement or a
refund; then, as care, they read the survey correctly (CSAT for the interaction, the
recommendation score for the relationship), follow up on her satisfaction, apologise
sincerely with a voucher, send useful care tips, invite her personally to the loyalty
programme and remember her birthday. Generic automated messages (the 24-hour auto-reply,
templates, a mass "we miss you" sequence, a birthday e-mail with a placeholder name) are
the tempting wrong answers, and cost points.

The dashboard follows this one customer: her CSAT for the interactions (1-5), her answer
to the recommendation question (0-10: detractor 0-6, passive 7-8, promoter 9-10), her CES
("Dapur Lestari made it easy for me", 1-7, higher is easier) and her chance of buying
again. The case has no budget and no quarters (it follows one customer over some months).

Built with the helpers in `_bilingual`: `DEFECTIVE_SCENARIO["id"]` and `["en"]` come from
one structure, so everything but the texts is identical in both languages.

Endings: the personal birthday greeting leads to "ending-best" only when her
recommendation score is at least 9 by then (the same greeting, offered under the same
words, leads to "ending-middle" otherwise); a generic birthday e-mail or none also ends in
"ending-middle"; accepting marketing's automated win-back sequence leads to
"unsubscribed", and from there to "ending-middle" (a personal repair) or "ending-worst".

Best route (the expert's choices, every data source opened): first-message
(reply-now-validate), remedy (offer-choice), service-fast, csat-result (read-both),
look-closer, root-cause (report-batch), follow-up (ask-about-sunday), apology
(sincere-apology), care-tips (useful-tips), marketing-push (personal-for-recovery),
loyalty-invite (personal-invite), birthday (birthday-promoter), ending-best. It scores 100.

Generic, automated route: first-message (leave-auto-reply), review-posted, remedy
(standard-return), service-slow, csat-result (close-file), look-closer (nothing opened),
root-cause (one-by-one), follow-up (template-follow-up), apology (template-voucher),
care-tips (promo-broadcast), marketing-push (accept-sequence), unsubscribed
(automated-goodbye), ending-worst. It scores 0.
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

_ANISA = _T("Anisa, pelanggan di Yogyakarta", "Anisa, a customer in Yogyakarta")
_TEGUH = _T("Mas Teguh, ketua tim layanan", "Mas Teguh, customer team lead")
_MAYA = _T("Maya, tim pemasaran", "Maya, marketing team")
_CRM = _T("Catatan pelanggan (CRM)", "Customer record (CRM)")

# The recommendation score from which the birthday greeting ends the case at its best.
_PROMOTER = "9"
_BELOW_PROMOTER = "8.5"  # scores move in steps of 0.5, so nothing lies in between

_SUNDAY_CHOICE = _condition("chose", step="remedy", choice="offer-choice")
_REVIEW_POSTED = _condition("chose", step="first-message", choice="leave-auto-reply")
_BATCH_REPORTED = _condition("chose", step="root-cause", choice="report-batch")

_BIRTHDAY_LABEL = _T(
    "Kirim ucapan pribadi dari tim yang sudah mengenalnya, dengan hadiah kecil yang berguna "
    "(satu set kertas alas air fryer), tanpa promo apa pun.",
    "Send a personal greeting from the team that knows her, with a small, useful gift (a "
    "set of air fryer liners), and no promotion of any kind.",
)

_SCENARIO = {
    "title": _T(
        "Produk cacat: dari layanan ke perawatan", "Defective product: from service to care"
    ),
    "briefing": _T(
        """<p><strong>Dapur Lestari</strong> adalah toko online peralatan dapur di Yogyakarta
        yang berjualan lewat situs, aplikasi, dan WhatsApp. Timnya kecil: enam orang yang
        sekaligus menangani layanan pelanggan (CS) dan perawatan pelanggan (customer care).
        Anda salah satunya.</p>
        <p>Malam ini sebuah keluhan masuk. Dalam simulasi ini Anda akan mengikuti satu
        pelanggan selama beberapa bulan: pertama sebagai CS, yang harus cepat, memvalidasi,
        dan menawarkan refund atau penggantian; lalu sebagai care, yang menjaga hubungan
        setelah masalahnya selesai.</p>
        <p>Dasbor mengikuti pelanggan ini saja:</p>
        <ul>
        <li><strong>CSAT</strong>: kepuasannya atas interaksi dengan Anda, skala 1–5 (4 atau 5
        berarti puas).</li>
        <li><strong>Skor rekomendasi</strong>: jawabannya atas pertanyaan NPS "seberapa besar
        kemungkinan Anda merekomendasikan kami", 0–10. Nilai 0–6 berarti detraktor, 7–8 pasif,
        9–10 promotor.</li>
        <li><strong>CES</strong>: seberapa setuju ia bahwa "Dapur Lestari memudahkan urusan
        saya", 1–7. Makin tinggi makin mudah.</li>
        <li><strong>Retensi</strong>: peluang ia berbelanja lagi.</li>
        </ul>
        <p>Anda dinilai pada empat kompetensi. Empati dan ketulusan berbobot dua kali lipat:
        pesan generik yang terasa otomatis akan mengurangi nilai Anda, seberapa pun sopan
        bunyinya.</p>""",
        """<p><strong>Dapur Lestari</strong> is an online kitchenware shop in Yogyakarta that
        sells through its website, its app and WhatsApp. The team is small: six people who
        handle both customer service (CS) and customer care. You are one of them.</p>
        <p>Tonight a complaint comes in. In this simulation you follow one customer over
        several months: first as CS, which has to be fast, validate, and offer a refund or a
        replacement; then as care, which looks after the relationship once the problem is
        solved.</p>
        <p>The dashboard follows this one customer:</p>
        <ul>
        <li><strong>CSAT</strong>: her satisfaction with her interactions with you, on a 1–5
        scale (4 or 5 means satisfied).</li>
        <li><strong>Recommendation score</strong>: her answer to the NPS question "how likely
        are you to recommend us", 0–10. A 0–6 makes her a detractor, 7–8 a passive, 9–10 a
        promoter.</li>
        <li><strong>CES</strong>: how strongly she agrees that "Dapur Lestari made it easy to
        handle my issue", 1–7. Higher means easier.</li>
        <li><strong>Retention</strong>: the chance that she buys from you again.</li>
        </ul>
        <p>You are scored on four competencies. Empathy and sincerity count double: generic
        messages that feel automated lower your score, however polite they sound.</p>""",
    ),
    "learner_role": _T("Anggota tim CS & care", "CS & care team member"),
    "budget_unit": "",
    "competencies": _cx_competencies(
        empathy_label=_T("Empati & ketulusan", "Empathy & sincerity"), empathy="2"
    ),
    "kpis": [
        _kpi("csat", _T("CSAT Anisa (1–5)", "Anisa's CSAT (1–5)"), "2", "1", "5", unit=""),
        _kpi(
            "nps",
            _T("Skor rekomendasi Anisa (0–10)", "Anisa's recommendation score (0–10)"),
            "2",
            "0",
            "10",
            unit="",
        ),
        _kpi(
            "ces",
            _T("CES: kemudahan menurut Anisa (1–7)", "CES: ease for Anisa (1–7)"),
            "4",
            "1",
            "7",
            unit="",
        ),
        _kpi(
            "retention",
            _T("Retensi: peluang Anisa belanja lagi", "Retention: chance Anisa buys again"),
            "30",
        ),
    ],
    "steps": [
        # Service ---------------------------------------------------------------------------
        _step(
            "first-message",
            "decision",
            title=_T("Selasa, 19.40: hadiah yang rusak", "Tuesday, 7.40 pm: a broken gift"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Sebuah pesan WhatsApp masuk, lengkap dengan dua foto:</p>
                <p><em>"Kak, air fryer yang saya pesan baru sampai tadi sore. Lapisan
                keranjangnya mengelupas dan mesinnya tidak mau panas sama sekali. Ini mau saya
                kasih ke ibu saya hari Minggu, pas arisan keluarga. Kecewa banget."</em></p>
                <p>Fotonya jelas: lapisan antilengket tergores di beberapa sisi, layar mesin
                gelap. Pesanannya air fryer 5 liter seharga Rp 1.250.000, dibeli tiga hari
                lalu.</p>
                <p>Shift Anda selesai pukul 20.00. Sistem sudah mengirim balasan otomatis:
                <em>"Terima kasih telah menghubungi kami. Pesan Anda akan dibalas dalam 1x24
                jam."</em></p>""",
                """<p>A WhatsApp message comes in, with two photos:</p>
                <p><em>"Hi, the air fryer I ordered only arrived this afternoon. The coating on
                the basket is peeling and the machine won't heat up at all. It's a present for
                my mum on Sunday, at our family gathering. I'm so disappointed."</em></p>
                <p>The photos are clear: the non-stick coating is scratched in several places and
                the display is dark. The order is a 5-litre air fryer at Rp 1,250,000, bought
                three days ago.</p>
                <p>Your shift ends at 8 pm. The system has already sent its automatic reply:
                <em>"Thank you for contacting us. Your message will be answered within 24
                hours."</em></p>""",
            ),
            choices=[
                _choice(
                    "reply-now-validate",
                    _T(
                        "Balas sekarang: sapa namanya, akui kekecewaannya dan rencananya hari "
                        "Minggu, dan katakan Anda akan menyelesaikannya malam ini juga.",
                        "Reply now: greet her by name, acknowledge her disappointment and her "
                        "Sunday plans, and tell her you will sort it out tonight.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Dalam layanan, kecepatan dan validasi
                        datang lebih dulu daripada prosedur. Anda menunjukkan bahwa ada manusia
                        yang membaca pesannya dan memahami apa yang dipertaruhkan: hadiah untuk
                        ibunya. Foto yang ia kirim sudah cukup sebagai bukti.</p>""",
                        """<p><strong>Right.</strong> In service, speed and validation come
                        before procedure. You show her that a person has read her message and
                        understands what is at stake: a present for her mother. The photos she
                        sent are evidence enough.</p>""",
                    ),
                    next="remedy",
                    points=_points(empathy=3, ownership=2),
                    effects=_effects(csat="0.5", nps="1", ces="0.5"),
                    expert=True,
                ),
                _choice(
                    "ask-proof-first",
                    _T(
                        "Balas sekarang dengan daftar syarat klaim: nomor pesanan, video "
                        "unboxing, nomor seri, dan foto label garansi.",
                        "Reply now with the list of claim requirements: order number, unboxing "
                        "video, serial number and a photo of the warranty label.",
                    ),
                    _T(
                        """<p>Cepat, tetapi dingin. Prosedur didahulukan sebelum orangnya, dan
                        Anda meminta bukti untuk sesuatu yang sudah terlihat jelas di foto. Nomor
                        pesanan pun sudah ada di sistem Anda. Setiap permintaan tambahan
                        menambah usaha pelanggan, dan justru itulah yang diukur CES.</p>""",
                        """<p>Fast, but cold. Procedure comes before the person, and you ask for
                        proof of something the photos already show. Even the order number is
                        already in your system. Every extra request adds to the customer's
                        effort, which is exactly what CES measures.</p>""",
                    ),
                    next="remedy",
                    points=_points(empathy=-2),
                    effects=_effects(csat="-0.5", ces="-1"),
                ),
                _choice(
                    "leave-auto-reply",
                    _T(
                        "Biarkan balasan otomatis bekerja; shift Anda hampir selesai dan tim "
                        "pagi akan membalas besok.",
                        "Let the automatic reply do its job; your shift is nearly over and the "
                        "morning team will answer tomorrow.",
                    ),
                    _T(
                        """<p>Balasan otomatis "1x24 jam" memberi tahu pelanggan bahwa pesannya
                        masuk antrean, bukan bahwa ada yang peduli. Pada jam-jam pertama setelah
                        pengalaman buruk, kecepatan respons manusia sangat menentukan; semalam
                        tanpa kabar memberi waktu bagi kekecewaan untuk tumbuh menjadi
                        kemarahan.</p>""",
                        """<p>A "within 24 hours" auto-reply tells customers that their message is
                        in a queue, not that anyone cares. In the first hours after a bad
                        experience, a fast human response matters a great deal; a night without
                        news gives disappointment time to grow into anger.</p>""",
                    ),
                    next="review-posted",
                    points=_points(empathy=-2, ownership=-3),
                    effects=_effects(csat="-0.5", nps="-1", ces="-1"),
                ),
            ],
        ),
        _step(
            "review-posted",
            "narrative",
            title=_T("Rabu pagi: ulasan bintang satu", "Wednesday morning: a one-star review"),
            channel="website",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Pukul 08.10, tim pagi menemukan ulasan baru di halaman produk air fryer
                itu:</p>
                <p><em>"Bintang satu. Barang datang rusak, chat cuma dibalas robot. Hadiah buat
                ibu saya berantakan."</em></p>
                <p>Empat belas orang sudah menandainya "membantu". Semenit kemudian, pesan
                WhatsApp dari Anisa masuk lagi: <em>"Jadi gimana, Kak?"</em></p>""",
                """<p>At 8.10 am, the morning team finds a new review on the air fryer's product
                page:</p>
                <p><em>"One star. Arrived broken, and the chat only answered with a robot. My
                present for my mum is ruined."</em></p>
                <p>Fourteen people have already marked it "helpful". A minute later, another
                WhatsApp message from Anisa arrives: <em>"So, what now?"</em></p>""",
            ),
            next="remedy",
        ),
        _step(
            "remedy",
            "decision",
            title=_T("Refund atau penggantian?", "Refund or replacement?"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Anda memeriksa sistem sebelum menjawab:</p>
                <ul>
                <li>Unit pengganti tersedia di gudang Yogyakarta.</li>
                <li>Kurir sameday ke alamat Anisa biayanya Rp 35.000.</li>
                <li>Prosedur standar: pelanggan mengirim balik barangnya, gudang memeriksa
                selama 3–5 hari kerja, baru kemudian pengganti atau refund dikirim.</li>
                </ul>
                <p>Hari Minggu tinggal empat hari lagi. Apa yang Anda tawarkan?</p>""",
                """<p>You check the system before you answer:</p>
                <ul>
                <li>A replacement unit is in stock at the Yogyakarta warehouse.</li>
                <li>A same-day courier to Anisa's address costs Rp 35,000.</li>
                <li>The standard procedure: the customer sends the item back, the warehouse
                inspects it within 3–5 working days, and only then is a replacement or a refund
                sent.</li>
                </ul>
                <p>Sunday is four days away. What do you offer?</p>""",
            ),
            choices=[
                _choice(
                    "offer-choice",
                    _T(
                        "Tawarkan dua pilihan: unit pengganti dikirim kurir hari ini juga "
                        "(unit rusak dijemput sekaligus, tanpa biaya), atau refund penuh hari "
                        "ini. Anisa yang memilih.",
                        "Offer two options: a replacement sent by courier today (the faulty "
                        "unit collected at the same time, free of charge), or a full refund "
                        "today. Anisa chooses.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Anda menyelesaikan masalahnya
                        dengan cara yang paling sedikit menuntut usaha dari Anisa, tepat waktu
                        untuk hari Minggu, dan membiarkan dia yang memutuskan. Pemeriksaan
                        gudang tetap bisa dilakukan setelahnya; biaya kurir kecil dibanding
                        nilai pelanggan yang kembali.</p>""",
                        """<p><strong>The expert's choice.</strong> You solve the problem in
                        the way that asks the least effort of Anisa, in time for Sunday, and you
                        let her decide. The warehouse can still inspect the unit afterwards; the
                        courier fee is small next to the value of a customer who comes
                        back.</p>""",
                    ),
                    next="service-fast",
                    points=_points(empathy=1, ownership=3, journey=2),
                    effects=_effects(csat="1.5", nps="2", ces="2", retention="10"),
                    expert=True,
                ),
                _choice(
                    "standard-return",
                    _T(
                        "Jalankan prosedur standar: Anisa mengirim balik barangnya, gudang "
                        "memeriksa 3–5 hari kerja, lalu pengganti dikirim.",
                        "Follow the standard procedure: Anisa sends the item back, the "
                        "warehouse inspects it within 3–5 working days, then a replacement is "
                        "sent.",
                    ),
                    _T(
                        """<p>Sesuai aturan, tetapi seluruh beban jatuh ke pelanggan: ia yang
                        mengemas, mengirim, membayar ongkir, dan menunggu, sementara hari Minggu
                        terlewat. Prosedur yang membuat pelanggan berjuang untuk haknya sendiri
                        menurunkan CES dan peluangnya kembali.</p>""",
                        """<p>By the rules, but the whole burden falls on the customer: she
                        packs, ships, pays the postage and waits, while Sunday passes. A
                        procedure that makes customers fight for what they are owed lowers CES
                        and the chance that they come back.</p>""",
                    ),
                    next="service-slow",
                    points=_points(ownership=-2, journey=-2),
                    effects=_effects(csat="-0.5", nps="-1", ces="-1.5", retention="-5"),
                ),
                _choice(
                    "store-credit",
                    _T(
                        "Tawarkan saldo toko senilai harga barang sebagai ganti refund, supaya "
                        "uangnya tetap di Dapur Lestari.",
                        "Offer store credit worth the price of the item instead of a refund, so "
                        "the money stays with Dapur Lestari.",
                    ),
                    _T(
                        """<p>Anisa membayar untuk hadiah yang berfungsi, bukan untuk saldo yang
                        tidak ia minta. Menawarkan kredit toko sebagai pengganti refund
                        mendahulukan kepentingan toko, dan pelanggan merasakannya. Refund atau
                        penggantian adalah haknya; biarkan dia memilih.</p>""",
                        """<p>Anisa paid for a present that works, not for credit she never asked
                        for. Offering store credit instead of a refund puts the shop's interest
                        first, and customers can tell. A refund or a replacement is hers by
                        right; let her choose.</p>""",
                    ),
                    next="service-credit",
                    points=_points(empathy=-2, journey=-1),
                    effects=_effects(csat="-1", nps="-1.5", retention="-5"),
                ),
            ],
        ),
        _step(
            "service-fast",
            "narrative",
            title=_T("Jumat: air fryer yang menyala", "Friday: an air fryer that works"),
            channel="whatsapp",
            speaker=_TEGUH,
            quarter=None,
            narrative=_T(
                """<p>Anisa memilih unit pengganti. Pukul 15.00 kurir menjemput unit yang
                rusak, pukul 17.30 unit baru tiba. Ia mengirim video singkat: air fryer menyala,
                kentangnya mulai berbunyi renyah. <em>"Makasih ya, Kak, cepat banget."</em></p>
                <p>Di sistem, kasusnya tertutup: selesai dalam 22 jam, pada kontak pertama.</p>
                <p>Mas Teguh menepuk bahu Anda. "Bagian layanan beres. Sekarang bagian
                perawatan. Di sinilah pelanggan memutuskan apakah mereka akan kembali."</p>""",
                """<p>Anisa chooses the replacement. At 3 pm the courier collects the faulty
                unit; at 5.30 pm the new one arrives. She sends a short video: the air fryer is
                on and the fries are starting to crackle. <em>"Thank you so much, that was really
                quick."</em></p>
                <p>In the system the case is closed: resolved in 22 hours, on the first
                contact.</p>
                <p>Mas Teguh pats you on the shoulder. "Service, done. Now comes care. That's
                where customers decide whether they'll come back."</p>""",
            ),
            next="csat-result",
        ),
        _step(
            "service-slow",
            "narrative",
            title=_T("Rabu berikutnya: terlambat", "The following Wednesday: too late"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Anisa mengirim balik barangnya dengan ongkir Rp 28.000 dari kantongnya
                sendiri. Gudang baru memeriksanya hari Senin, dan unit pengganti tiba Rabu
                berikutnya.</p>
                <p><em>"Sudah sampai, Kak. Tapi acaranya sudah lewat. Saya terpaksa beli hadiah
                lain di mal hari Sabtu."</em></p>
                <p>Di sistem, kasusnya tertutup: selesai dalam 8 hari, setelah empat kali
                kontak.</p>""",
                """<p>Anisa sends the item back, paying Rp 28,000 postage out of her own pocket.
                The warehouse only inspects it on Monday, and the replacement arrives the
                following Wednesday.</p>
                <p><em>"It's here. But the gathering is over. I had to buy another present at the
                mall on Saturday."</em></p>
                <p>In the system the case is closed: resolved in 8 days, after four
                contacts.</p>""",
            ),
            next="csat-result",
        ),
        _step(
            "service-credit",
            "narrative",
            title=_T("Saldo yang terpaksa dipakai", "Credit she had to spend"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Anisa menerima saldo toko itu dengan berat hati: <em>"Ya sudah, daripada
                ribet."</em> Ia memakainya untuk memesan ulang air fryer yang sama, yang baru
                tiba hari Senin. Untuk hari Minggu, ia membeli hadiah lain di mal dekat
                rumahnya.</p>
                <p>Di sistem, kasusnya tertutup dalam satu hari.</p>""",
                """<p>Anisa accepts the store credit reluctantly: <em>"Fine, whatever's less
                hassle."</em> She uses it to re-order the same air fryer, which only arrives on
                Monday. For Sunday, she buys a different present at a mall near her home.</p>
                <p>In the system the case was closed within a day.</p>""",
            ),
            next="csat-result",
        ),
        # Care ------------------------------------------------------------------------------
        _step(
            "csat-result",
            "decision",
            title=_T("Membaca hasil survei", "Reading the survey"),
            channel="report",
            speaker=_TEGUH,
            quarter=None,
            narrative=_T(
                """<p>Survei otomatis setelah kasus ditutup sudah terisi. Isinya dua
                pertanyaan: seberapa puas Anisa dengan layanan tadi (1–5), dan seberapa besar
                kemungkinan ia merekomendasikan Dapur Lestari (0–10). Jawabannya tampil di
                dasbor Anda.</p>
                <p>Mas Teguh melirik layar. "Kasusnya sudah selesai dan surveinya sudah masuk.
                Kita tutup saja berkasnya dan lanjut ke antrean berikutnya?"</p>""",
                """<p>The automatic survey sent when the case closed has come back. It asks two
                questions: how satisfied Anisa was with the service (1–5), and how likely she is
                to recommend Dapur Lestari (0–10). Her answers are on your dashboard.</p>
                <p>Mas Teguh glances at the screen. "The case is resolved and the survey is in.
                Shall we close the file and move on to the next in the queue?"</p>""",
            ),
            choices=[
                _choice(
                    "read-both",
                    _T(
                        "Belum. CSAT hanya menilai interaksi tadi. Skor rekomendasinya masih di "
                        "rentang detraktor (0–6): hubungannya belum pulih. Rencanakan tindak "
                        "lanjut perawatan.",
                        "Not yet. CSAT only rates that one interaction. Her recommendation "
                        "score is still in the detractor range (0–6): the relationship hasn't "
                        "recovered. Plan a care follow-up.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> CSAT adalah pandangan mikro atas satu
                        interaksi; pertanyaan rekomendasi (NPS) adalah pandangan makro atas
                        hubungan. Pelanggan bisa puas dengan cara masalahnya diselesaikan
                        sekaligus belum mau merekomendasikan Anda. Jarak di antara keduanya
                        adalah pekerjaan customer care.</p>""",
                        """<p><strong>Right.</strong> CSAT is a micro view of one interaction;
                        the recommendation question (NPS) is a macro view of the relationship. A
                        customer can be satisfied with how her problem was solved and still not
                        want to recommend you. The gap between the two is customer care's
                        job.</p>""",
                    ),
                    next="look-closer",
                    points=_points(metrics=4, journey=1),
                    expert=True,
                ),
                _choice(
                    "close-file",
                    _T(
                        "Tutup saja. Masalahnya sudah selesai dan survei sudah terisi; urusan "
                        "hubungan jangka panjang itu tugas tim pemasaran.",
                        "Close it. The problem is solved and the survey is in; the long-term "
                        "relationship is marketing's job.",
                    ),
                    _T(
                        """<p>Kasus yang tertutup belum tentu pelanggan yang kembali. Skor
                        rekomendasi di rentang 0–6 menandai detraktor: pelanggan yang berisiko
                        pergi dan bercerita buruk tentang Anda. Di tim kecil seperti Dapur
                        Lestari, layanan dan perawatan dikerjakan orang yang sama; yang perlu
                        berubah adalah cara berpikirnya.</p>""",
                        """<p>A closed case is not the same as a customer who comes back. A
                        recommendation score of 0–6 marks a detractor: a customer at risk of
                        leaving and of speaking badly of you. In a small team like Dapur
                        Lestari's, the same people do service and care; what has to change is the
                        mindset.</p>""",
                    ),
                    next="look-closer",
                    points=_points(metrics=-2, ownership=-2),
                ),
                _choice(
                    "weekly-survey",
                    _T(
                        "Kirimi dia survei rekomendasi yang sama setiap minggu sampai skornya "
                        "naik.",
                        "Send her the same recommendation survey every week until the score "
                        "goes up.",
                    ),
                    _T(
                        """<p>Mengukur bukan cara memperbaiki. Survei berulang menambah beban
                        pelanggan yang sedang kecewa dan terasa seperti mesin yang menagih
                        nilai. Skornya baru naik kalau pengalamannya berubah.</p>""",
                        """<p>Measuring is not fixing. Repeated surveys add to the burden of a
                        customer who is already let down, and feel like a machine chasing a
                        rating. The score only goes up when her experience changes.</p>""",
                    ),
                    next="look-closer",
                    points=_points(metrics=-1, empathy=-2),
                    effects=_effects(nps="-0.5"),
                ),
            ],
        ),
        _step(
            "look-closer",
            "investigation",
            title=_T("Melihat lebih dekat", "A closer look"),
            channel="report",
            speaker=_CRM,
            quarter=None,
            narrative=_T(
                """<p>Sebelum berkas Anisa hilang dari ingatan, Anda punya beberapa menit
                luang. Tiga sumber bisa Anda buka, dan tidak satu pun memakan biaya.</p>
                <p>Pegang satu pertanyaan: <em>apa yang perlu Anda ketahui untuk merawat
                pelanggan ini, dan untuk mencegah kejadian yang sama pada pelanggan
                lain?</em></p>""",
                """<p>Before Anisa's file slips from your mind, you have a few spare minutes.
                Three sources are open to you, and none of them costs anything.</p>
                <p>Keep one question in mind: <em>what do you need to know to care for this
                customer, and to stop the same thing happening to others?</em></p>""",
            ),
            sources=[
                _source(
                    "src-crm",
                    _T("Riwayat Anisa di CRM", "Anisa's history in the CRM"),
                    0,
                    _T(
                        """<ul>
                        <li>Pelanggan sejak 2022, lima pesanan dengan total Rp 3,1 juta.</li>
                        <li>Tiga pesanan dikirim ke alamat ibunya di Klaten.</li>
                        <li>Lebih suka dihubungi lewat WhatsApp.</li>
                        <li>Saat mendaftar, ia setuju menerima ucapan ulang tahun; ulang
                        tahunnya bulan Oktober.</li>
                        <li>Belum pernah mengeluh sebelumnya.</li>
                        </ul>""",
                        """<ul>
                        <li>A customer since 2022, five orders worth Rp 3.1 million in
                        total.</li>
                        <li>Three orders were delivered to her mother's address in Klaten.</li>
                        <li>Prefers to be contacted on WhatsApp.</li>
                        <li>When she registered, she agreed to receive birthday greetings; her
                        birthday is in October.</li>
                        <li>Has never complained before.</li>
                        </ul>""",
                    ),
                    points=_points(journey=2, empathy=1),
                ),
                _source(
                    "src-complaints",
                    _T(
                        "Keluhan minggu ini untuk model yang sama",
                        "This week's complaints about the same model",
                    ),
                    0,
                    _T(
                        """<ul>
                        <li>Enam keluhan dalam delapan hari untuk air fryer 5 liter yang sama;
                        empat di antaranya "tidak mau panas".</li>
                        <li>Keenamnya berasal dari satu batch yang masuk gudang dua minggu
                        lalu.</li>
                        <li>Dua pelanggan meninggalkan ulasan bintang satu; rating produk turun
                        dari 4,7 menjadi 4,1.</li>
                        </ul>""",
                        """<ul>
                        <li>Six complaints in eight days about the same 5-litre air fryer;
                        four of them "won't heat up".</li>
                        <li>All six come from one batch that reached the warehouse two weeks
                        ago.</li>
                        <li>Two customers left one-star reviews; the product's rating fell from
                        4.7 to 4.1.</li>
                        </ul>""",
                    ),
                    points=_points(metrics=2, ownership=1),
                ),
                _source(
                    "src-qc",
                    _T("Catatan gudang dan pemeriksaan mutu", "Warehouse and quality-check log"),
                    0,
                    _T(
                        """<ul>
                        <li>Batch berisi 120 unit dari pemasok baru.</li>
                        <li>Pemeriksaan acak dilewati karena gudang sedang sibuk dengan promo
                        tanggal gajian.</li>
                        <li>84 unit dari batch itu masih di rak dan siap dikirim.</li>
                        </ul>""",
                        """<ul>
                        <li>The batch held 120 units from a new supplier.</li>
                        <li>The spot check was skipped because the warehouse was busy with the
                        payday sale.</li>
                        <li>84 units from that batch are still on the shelves, ready to
                        ship.</li>
                        </ul>""",
                    ),
                    points=_points(ownership=1, journey=1),
                ),
            ],
            next="root-cause",
        ),
        _step(
            "root-cause",
            "decision",
            title=_T("Satu keluhan, satu pola", "One complaint, one pattern"),
            channel="meeting",
            speaker=_TEGUH,
            quarter=None,
            narrative=_T(
                """<p>Anda menceritakan temuan Anda kepada Mas Teguh. Ia mengangguk pelan.
                "Jadi, apa yang mau kamu lakukan dengan ini?"</p>""",
                """<p>You tell Mas Teguh what you found. He nods slowly. "So, what do you want
                to do about it?"</p>""",
            ),
            choices=[
                _choice(
                    "report-batch",
                    _T(
                        "Laporkan hari ini ke gudang dan pemasok (nomor batch, enam keluhan, "
                        "foto), minta 84 unit sisanya diuji sebelum dikirim, dan hubungi lebih "
                        "dulu pembeli lain dari batch itu.",
                        "Report it today to the warehouse and the supplier (batch number, six "
                        "complaints, photos), ask for the 84 remaining units to be tested "
                        "before shipping, and contact the batch's other buyers first.",
                    ),
                    _T(
                        """<p><strong>Sikap kepemilikan.</strong> Agen CS mendengar keluhan
                        lebih dulu daripada siapa pun; meneruskannya ke tim yang bisa mencegah
                        masalah adalah bagian dari pekerjaan, bukan di luar tugas. Menghubungi
                        pembeli lain sebelum mereka mengeluh adalah perawatan yang proaktif.</p>""",
                        """<p><strong>Ownership.</strong> CS agents hear complaints before
                        anyone else does; passing them to the team that can prevent the problem
                        is part of the job, not beyond it. Contacting the other buyers before
                        they complain is proactive care.</p>""",
                    ),
                    next="follow-up",
                    points=_points(ownership=3, journey=2, metrics=1),
                    expert=True,
                ),
                _choice(
                    "one-by-one",
                    _T(
                        "Tangani setiap keluhan yang masuk satu per satu; memang itu tugas CS.",
                        "Handle each complaint as it comes in; that's what CS is for.",
                    ),
                    _T(
                        """<p>Setiap keluhan akan tertangani, tetapi 84 unit bermasalah tetap
                        dikirim ke pelanggan berikutnya. Layanan yang sangat baik tidak bisa
                        menyelamatkan perjalanan yang buruk; penyebabnya ada di gudang, bukan di
                        percakapan.</p>""",
                        """<p>Every complaint will be handled, but 84 faulty units will still be
                        shipped to the next customers. Excellent service cannot rescue a poor
                        journey; the cause is in the warehouse, not in the conversation.</p>""",
                    ),
                    next="follow-up",
                    points=_points(ownership=-2, journey=-2),
                ),
                _choice(
                    "team-chat",
                    _T(
                        'Tulis peringatan di grup tim: "Hati-hati, batch air fryer ini banyak '
                        'yang rusak."',
                        'Post a warning in the team chat: "Careful, lots of this air fryer '
                        'batch are faulty."',
                    ),
                    _T(
                        """<p>Rekan Anda jadi lebih siap menjawab keluhan, dan itu ada
                        gunanya. Tetapi tidak ada yang menghentikan pengiriman unit bermasalah.
                        Peringatan di grup bukan laporan ke pihak yang bisa bertindak.</p>""",
                        """<p>Your colleagues will be better prepared for the complaints, which
                        helps. But nothing stops the faulty units from shipping. A warning in the
                        chat is not a report to the people who can act.</p>""",
                    ),
                    next="follow-up",
                    points=_points(ownership=1, journey=-1),
                ),
            ],
        ),
        _step(
            "follow-up",
            "decision",
            title=_T("Seminggu kemudian: menanyakan kabar", "A week later: checking in"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Seminggu berlalu. Anisa belum menulis apa-apa lagi. Sistem menawarkan
                template siap pakai bernama "Tindak lanjut kepuasan pelanggan"; Anda juga bisa
                menulis sendiri.</p>""",
                """<p>A week has gone by. Anisa hasn't written again. The system offers a
                ready-made template called "Customer satisfaction follow-up"; you can also write
                your own message.</p>""",
            ),
            choices=[
                _choice(
                    "ask-about-sunday",
                    _T(
                        "Tulis pesan pribadi: tanyakan apakah air fryer-nya jadi dipakai di "
                        "arisan hari Minggu dan apakah ibunya cocok memakainya.",
                        "Write a personal message: ask whether the air fryer made it to Sunday's "
                        "gathering and whether her mother is getting on with it.",
                    ),
                    _T(
                        """<p><strong>Tulus dan spesifik.</strong> Anda mengingat apa yang
                        penting baginya, bukan hanya nomor pesanannya. Pertanyaan seperti ini
                        tidak bisa dibuat oleh template; karena itu pelanggan tahu bahwa yang
                        bertanya benar-benar peduli.</p>""",
                        """<p><strong>Sincere and specific.</strong> You remember what mattered
                        to her, not just her order number. No template can ask a question like
                        this, which is exactly how the customer knows that whoever asks really
                        cares.</p>""",
                    ),
                    next="apology",
                    points=_points(empathy=3, journey=1),
                    effects=_effects(csat="0.5", nps="1", retention="10"),
                    expert=True,
                    condition=_SUNDAY_CHOICE,
                ),
                _choice(
                    "personal-check-in",
                    _T(
                        "Tulis pesan pribadi: tanyakan kabarnya setelah urusan kemarin dan "
                        "apakah masih ada yang mengganjal.",
                        "Write a personal message: ask how she is after last week's trouble and "
                        "whether anything is still bothering her.",
                    ),
                    _T(
                        """<p>Pesan pribadi yang baik: Anda membuka pintu tanpa memaksa.
                        Menindaklanjuti kepuasan setelah masalah selesai adalah langkah pertama
                        customer care. Akan lebih kuat lagi kalau Anda menyebut hal yang penting
                        baginya.</p>""",
                        """<p>A good personal message: you open the door without pushing.
                        Following up on satisfaction once the problem is solved is care's first
                        step. It would be stronger still if you mentioned what mattered to
                        her.</p>""",
                    ),
                    next="apology",
                    points=_points(empathy=2, journey=1),
                    effects=_effects(nps="1", retention="5"),
                ),
                _choice(
                    "template-follow-up",
                    _T(
                        'Kirim template sistem: "Pelanggan Yth., bagaimana pengalaman Anda '
                        'bersama kami? Beri nilai 1–5."',
                        'Send the system template: "Dear Customer, how was your experience with '
                        'us? Rate us from 1 to 5."',
                    ),
                    _T(
                        """<p>"Pelanggan Yth." kepada orang yang namanya Anda tahu, dan
                        permintaan nilai kepada orang yang baru saja kecewa: pesan generik
                        seperti ini terasa otomatis karena memang otomatis. Ini kesalahan klasik
                        customer care.</p>""",
                        """<p>"Dear Customer" to someone whose name you know, and a request for a
                        rating to someone who was just let down: a generic message like this
                        feels automated because it is. It is a classic customer care
                        mistake.</p>""",
                    ),
                    next="apology",
                    points=_points(empathy=-2, journey=-1),
                    effects=_effects(nps="-0.5"),
                ),
                _choice(
                    "skip-follow-up",
                    _T(
                        "Tidak perlu. Kalau masih ada masalah, dia pasti menghubungi lagi.",
                        "No need. If something is still wrong, she'll get in touch.",
                    ),
                    _T(
                        """<p>Menunggu pelanggan menghubungi lagi adalah cara kerja layanan
                        yang reaktif. Perawatan bersifat proaktif: Anda yang lebih dulu
                        menyapa. Kebanyakan pelanggan yang kecewa tidak mengeluh lagi; mereka
                        diam-diam pindah.</p>""",
                        """<p>Waiting for the customer to get in touch again is how reactive
                        service works. Care is proactive: you reach out first. Most
                        disappointed customers don't complain twice; they quietly leave.</p>""",
                    ),
                    next="apology",
                    points=_points(ownership=-2, empathy=-1),
                    effects=_effects(retention="-5"),
                ),
            ],
        ),
        _step(
            "apology",
            "decision",
            title=_T("Permintaan maaf dan voucher", "An apology and a voucher"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Anisa menulis lagi. Pesannya sopan, tetapi satu kalimat menonjol:
                <em>"Jujur, saya sempat kesal sekali waktu barangnya datang rusak."</em></p>
                <p>Mas Teguh menyarankan menutup urusan ini dengan permintaan maaf dan voucher.
                Bagaimana Anda menyampaikannya?</p>""",
                """<p>Anisa writes again. Her message is polite, but one sentence stands out:
                <em>"Honestly, I was really upset when it arrived broken."</em></p>
                <p>Mas Teguh suggests closing the matter with an apology and a voucher. How do
                you put it?</p>""",
            ),
            choices=[
                _choice(
                    "sincere-apology",
                    _T(
                        "Minta maaf secara pribadi dan spesifik, ceritakan bahwa unit dari "
                        "batch itu kini diuji sebelum dikirim, dan sertakan voucher Rp 100.000 "
                        "tanpa minimum belanja.",
                        "Apologise personally and specifically, tell her that units from that "
                        "batch are now tested before shipping, and add a Rp 100,000 voucher "
                        "with no minimum spend.",
                    ),
                    _T(
                        """<p><strong>Permintaan maaf yang tulus.</strong> Anda menyebut apa yang
                        salah, mengakui dampaknya baginya, dan menunjukkan bahwa keluhannya
                        mengubah sesuatu. Voucher tanpa syarat adalah tanda terima kasih, bukan
                        umpan agar ia belanja lagi.</p>""",
                        """<p><strong>A sincere apology.</strong> You name what went wrong,
                        acknowledge what it meant for her, and show that her complaint changed
                        something. A voucher with no strings attached is a thank-you, not bait to
                        make her spend again.</p>""",
                    ),
                    next="care-tips",
                    points=_points(empathy=3, ownership=1),
                    effects=_effects(csat="0.5", nps="1", retention="5"),
                    expert=True,
                    condition=_BATCH_REPORTED,
                ),
                _choice(
                    "sincere-apology-plain",
                    _T(
                        "Minta maaf secara pribadi dan spesifik atas barang rusak menjelang "
                        "acara keluarganya, dan sertakan voucher Rp 100.000 tanpa minimum "
                        "belanja.",
                        "Apologise personally and specifically for the broken item just before "
                        "her family gathering, and add a Rp 100,000 voucher with no minimum "
                        "spend.",
                    ),
                    _T(
                        """<p>Permintaan maaf yang baik: spesifik, pribadi, dan disertai tanda
                        terima kasih tanpa syarat. Akan lebih kuat lagi kalau Anda bisa
                        menceritakan apa yang berubah karena keluhannya; itu hanya mungkin kalau
                        masalahnya dilaporkan ke pihak yang bisa memperbaikinya.</p>""",
                        """<p>A good apology: specific, personal, and with a thank-you that has
                        no strings attached. It would be stronger still if you could tell her
                        what changed because of her complaint; that is only possible when the
                        problem has been reported to the people who can fix it.</p>""",
                    ),
                    next="care-tips",
                    points=_points(empathy=3),
                    effects=_effects(nps="1", retention="5"),
                ),
                _choice(
                    "template-voucher",
                    _T(
                        'Kirim template "Mohon maaf atas ketidaknyamanan yang terjadi" dengan kode '
                        "voucher 10% (minimum belanja Rp 1.000.000, berlaku 7 hari).",
                        'Send the "We apologise for any inconvenience" template with a 10% '
                        "voucher code (minimum spend Rp 1,000,000, valid for 7 days).",
                    ),
                    _T(
                        """<p>Permintaan maaf yang bisa dikirim ke siapa saja tidak terasa
                        ditujukan kepada siapa pun. Voucher dengan minimum belanja tinggi dan
                        masa berlaku pendek lebih mirip promo daripada permintaan maaf. Apresiasi
                        yang tidak tulus adalah kesalahan klasik customer care.</p>""",
                        """<p>An apology that could be sent to anyone feels addressed to no one.
                        A voucher with a high minimum spend and a short expiry looks more like a
                        promotion than an apology. Insincere appreciation is a classic customer
                        care mistake.</p>""",
                    ),
                    next="care-tips",
                    points=_points(empathy=-3),
                    effects=_effects(nps="-1", retention="-5"),
                ),
                _choice(
                    "voucher-for-review",
                    _T(
                        "Tawarkan voucher Rp 100.000 kalau dia mengubah ulasan bintang satunya "
                        "menjadi bintang lima.",
                        "Offer a Rp 100,000 voucher if she changes her one-star review to five "
                        "stars.",
                    ),
                    _T(
                        """<p>Ini membeli penilaian, bukan meminta maaf. Pelanggan merasakan
                        bahwa yang Anda pedulikan adalah rating, bukan dirinya, dan pembaca
                        ulasan lain kehilangan informasi yang jujur. Permintaan maaf tidak boleh
                        bersyarat.</p>""",
                        """<p>This buys a rating; it is not an apology. The customer can tell
                        that what you care about is the rating, not her, and other shoppers lose
                        an honest review. An apology must come without conditions.</p>""",
                    ),
                    next="care-tips",
                    points=_points(empathy=-2, ownership=-2),
                    effects=_effects(nps="-1.5"),
                    condition=_REVIEW_POSTED,
                ),
            ],
        ),
        _step(
            "care-tips",
            "decision",
            title=_T("Sebulan kemudian: kiat yang berguna", "A month later: useful tips"),
            channel="whatsapp",
            speaker=_CRM,
            quarter=None,
            narrative=_T(
                """<p>Air fryer Anisa sudah sebulan dipakai. Tim konten Dapur Lestari punya
                banyak bahan: resep, panduan membersihkan, buku manual PDF 40 halaman, dan siaran
                promo mingguan untuk semua produk.</p>
                <p>Apa yang Anda kirim kepadanya?</p>""",
                """<p>Anisa's air fryer has been in use for a month. Dapur Lestari's content team
                has plenty to offer: recipes, cleaning guides, a 40-page PDF manual, and a weekly
                promotional broadcast covering every product.</p>
                <p>What do you send her?</p>""",
            ),
            choices=[
                _choice(
                    "useful-tips",
                    _T(
                        "Kirim tiga kiat singkat untuk unitnya: membersihkan keranjang tanpa "
                        "merusak lapisan, memanaskan dulu 3 menit, dan satu resep sederhana; "
                        "tanyakan apakah ia mau kiat lain.",
                        "Send three short tips for her unit: cleaning the basket without "
                        "damaging the coating, preheating for 3 minutes, and one simple recipe; "
                        "ask whether she'd like more.",
                    ),
                    _T(
                        """<p><strong>Perawatan yang berguna.</strong> Kiat yang relevan
                        membantu ia menikmati barang yang dibelinya, dan lapisan keranjang yang
                        terawat mencegah keluhan berikutnya. Bertanya dulu sebelum mengirim lebih
                        banyak menghormati waktunya.</p>""",
                        """<p><strong>Useful care.</strong> Relevant tips help her enjoy what she
                        bought, and a well-kept basket coating prevents the next complaint.
                        Asking before you send more respects her time.</p>""",
                    ),
                    next="marketing-push",
                    points=_points(empathy=2, journey=2),
                    effects=_effects(nps="0.5", retention="5"),
                    expert=True,
                ),
                _choice(
                    "promo-broadcast",
                    _T(
                        "Masukkan nomornya ke siaran promo mingguan untuk semua produk.",
                        "Add her number to the weekly promotional broadcast for every product.",
                    ),
                    _T(
                        """<p>Siaran massal tanpa personalisasi adalah kebalikan dari perawatan:
                        pelanggan yang baru pulih dari kekecewaan justru dibanjiri penawaran
                        yang tidak ia minta. Otomatisasi massal yang terasa generik merusak
                        kepercayaan yang sedang dibangun.</p>""",
                        """<p>A mass broadcast without personalisation is the opposite of care: a
                        customer just recovering from a disappointment gets flooded with offers
                        she never asked for. Mass automation that feels generic undoes the trust
                        you are rebuilding.</p>""",
                    ),
                    next="marketing-push",
                    points=_points(empathy=-2, journey=-2),
                    effects=_effects(nps="-0.5", retention="-5"),
                ),
                _choice(
                    "manual-link",
                    _T(
                        "Kirim tautan buku manual PDF 40 halaman, supaya lengkap.",
                        "Send a link to the 40-page PDF manual, to be thorough.",
                    ),
                    _T(
                        """<p>Lengkap, tetapi tidak membantu. Empat puluh halaman memindahkan
                        pekerjaan memilah informasi kepada pelanggan. Perawatan yang baik memilih
                        apa yang berguna baginya dan menyampaikannya secara singkat.</p>""",
                        """<p>Thorough, but not helpful. Forty pages hand the work of sorting
                        the information to the customer. Good care picks out what is useful to
                        her and says it briefly.</p>""",
                    ),
                    next="marketing-push",
                    points=_points(journey=-1),
                ),
            ],
        ),
        _step(
            "marketing-push",
            "decision",
            title=_T("Urutan pesan otomatis", "An automated sequence"),
            channel="meeting",
            speaker=_MAYA,
            quarter=None,
            narrative=_T(
                """<p>Maya dari tim pemasaran mampir ke meja Anda dengan laptopnya.</p>
                <p>"Aku sudah bikin urutan pesan otomatis untuk memenangkan kembali pelanggan.
                Semua yang mengeluh kuartal ini dapat lima pesan dalam sepuluh hari: <em>'Hai
                {nama_depan}, kami kangen! Cek promo minggu ini.'</em> Hemat waktu timmu, kan?
                Anisa dan lima pembeli batch itu aku masukkan juga, ya?"</p>""",
                """<p>Maya from marketing stops by your desk with her laptop.</p>
                <p>"I've built an automated win-back sequence. Everyone who complained this
                quarter gets five messages in ten days: <em>'Hi {first_name}, we miss you! Check
                out this week's deals.'</em> It saves your team time, right? I'll add Anisa and
                the other five buyers from that batch, OK?"</p>""",
            ),
            choices=[
                _choice(
                    "personal-for-recovery",
                    _T(
                        "Otomatiskan yang rutin (notifikasi pesanan, pengingat garansi), tetapi "
                        "pelanggan yang sedang dipulihkan tetap disapa secara pribadi. Usulkan "
                        "batas frekuensi, dan ukur dari balasan, berhenti langganan, dan "
                        "pembelian ulang.",
                        "Automate the routine (order notices, warranty reminders), but keep "
                        "recovering customers on personal contact. Propose a frequency cap, and "
                        "measure replies, unsubscribes and repeat purchases.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Otomatisasi cocok untuk hal yang
                        berulang; hubungan yang sedang dipulihkan butuh sentuhan manusia. Anda
                        juga mengusulkan ukuran yang jujur: balasan, berhenti langganan, dan
                        pembelian ulang, bukan sekadar berapa pesan yang dibuka.</p>""",
                        """<p><strong>The expert's choice.</strong> Automation suits what is
                        repetitive; a relationship that is being repaired needs a human touch. You
                        also propose honest measures: replies, unsubscribes and repeat purchases,
                        not just how many messages were opened.</p>""",
                    ),
                    next="loyalty-invite",
                    points=_points(empathy=1, ownership=2, journey=2, metrics=2),
                    effects=_effects(nps="0.5"),
                    expert=True,
                ),
                _choice(
                    "accept-sequence",
                    _T(
                        "Setuju. Pesan otomatis menghemat waktu tim, lagi pula namanya sudah "
                        "dipersonalisasi.",
                        "Agreed. Automated messages save the team time, and the name is "
                        "personalised anyway.",
                    ),
                    _T(
                        """<p>Menyisipkan nama depan bukan personalisasi. Lima pesan promo dalam
                        sepuluh hari kepada pelanggan yang baru saja kecewa terasa seperti
                        mesin yang tidak mendengarkan. Inilah kesalahan yang paling sering
                        merusak customer care: pesan otomatis generik tanpa personalisasi
                        nyata.</p>""",
                        """<p>Inserting a first name is not personalisation. Five promotional
                        messages in ten days to a customer who was just let down feel like a
                        machine that isn't listening. This is the mistake that most often spoils
                        customer care: generic automated messages without real
                        personalisation.</p>""",
                    ),
                    next="unsubscribed",
                    points=_points(empathy=-4, journey=-2, metrics=-1),
                    effects=_effects(nps="-2", retention="-15"),
                ),
                _choice(
                    "no-automation",
                    _T(
                        "Tolak semua otomatisasi: setiap pesan ke pelanggan harus diketik manual.",
                        "Refuse all automation: every message to a customer must be typed by hand.",
                    ),
                    _T(
                        """<p>Niatnya baik, tetapi terlalu jauh. Notifikasi pesanan dan pengingat
                        rutin justru lebih baik diotomatiskan, supaya tim punya waktu untuk
                        percakapan yang butuh manusia. Yang keliru bukan otomatisasinya, tetapi
                        pesan massal yang generik.</p>""",
                        """<p>A good intention, but it goes too far. Order notices and routine
                        reminders are better automated, so the team has time for the
                        conversations that need a person. What is wrong is not automation, but
                        generic mass messages.</p>""",
                    ),
                    next="loyalty-invite",
                    points=_points(ownership=-1, journey=-1, metrics=-1),
                ),
            ],
        ),
        _step(
            "unsubscribed",
            "decision",
            title=_T("Hari keempat: STOP", "Day four: STOP"),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Pada hari keempat urutan pesan itu, Anisa membalas:</p>
                <p><em>"STOP. Saya kira Dapur Lestari beda. Ternyata sama saja."</em></p>
                <p>Sejak itu, pesan dari Dapur Lestari memang terkirim, tetapi tidak pernah
                lagi dibaca.</p>""",
                """<p>On day four of the sequence, Anisa replies:</p>
                <p><em>"STOP. I thought Dapur Lestari was different. Turns out you're just the
                same."</em></p>
                <p>From then on, messages from Dapur Lestari are delivered, but never read
                again.</p>""",
            ),
            choices=[
                _choice(
                    "personal-repair",
                    _T(
                        "Balas secara pribadi: akui bahwa pesan-pesan itu tidak pantas, "
                        "keluarkan dia dari semua urutan otomatis, dan jangan kirim promo apa "
                        "pun.",
                        "Reply personally: admit the messages were out of place, take her off "
                        "every automated sequence, and send no promotions at all.",
                    ),
                    _T(
                        """<p>Langkah perbaikan yang benar: mengakui kesalahan tanpa membela
                        diri, dan menghormati permintaannya. Kepercayaan yang sudah retak tidak
                        langsung pulih, tetapi pintunya tidak tertutup.</p>""",
                        """<p>The right repair: admitting the mistake without being defensive,
                        and respecting her request. Broken trust does not come back at once, but
                        the door is not closed.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(empathy=2, ownership=1),
                    effects=_effects(nps="0.5"),
                ),
                _choice(
                    "automated-goodbye",
                    _T(
                        'Biarkan sistem mengirim pesan otomatis: "Kami sedih kamu pergi. Ini '
                        'voucher 5% supaya kamu kembali."',
                        "Let the system send its automatic message: \"We're sad to see you go. "
                        "Here's a 5% voucher to bring you back.\"",
                    ),
                    _T(
                        """<p>Satu pesan otomatis lagi untuk pelanggan yang baru saja meminta
                        berhenti. Ia membaca ini sebagai bukti bahwa tidak ada manusia yang
                        mendengarkan.</p>""",
                        """<p>One more automated message to a customer who has just asked you to
                        stop. She reads it as proof that no human is listening.</p>""",
                    ),
                    next="ending-worst",
                    points=_points(empathy=-2),
                    effects=_effects(nps="-1", retention="-10"),
                ),
                _choice(
                    "let-go",
                    _T(
                        "Tandai dia sebagai pelanggan tidak aktif dan lanjutkan pekerjaan.",
                        "Mark her as an inactive customer and carry on.",
                    ),
                    _T(
                        """<p>Melepas pelanggan tanpa satu kata pun berarti membiarkan pesan
                        otomatis menjadi kata terakhir Dapur Lestari kepadanya. Customer care
                        yang proaktif setidaknya meminta maaf.</p>""",
                        """<p>Letting a customer go without a word leaves the automated messages
                        as Dapur Lestari's last words to her. Proactive care would at least
                        apologise.</p>""",
                    ),
                    next="ending-worst",
                    points=_points(ownership=-2, empathy=-1),
                    effects=_effects(retention="-10"),
                ),
            ],
        ),
        _step(
            "loyalty-invite",
            "decision",
            title=_T("Dua bulan kemudian: pesanan baru", "Two months later: a new order"),
            channel="whatsapp",
            speaker=_CRM,
            quarter=None,
            narrative=_T(
                """<p>Nama Anisa muncul lagi di daftar pesanan: sebuah rice cooker, dikirim ke
                alamat ibunya di Klaten.</p>
                <p>Program loyalitas Dapur Lestari, <strong>Sahabat Dapur</strong>, memberi
                garansi tambahan dua tahun untuk peralatan listrik, ongkos kirim gratis untuk
                belanja di atas Rp 300.000, dan undangan kelas masak online.</p>""",
                """<p>Anisa's name appears in the order list again: a rice cooker, to be
                delivered to her mother's address in Klaten.</p>
                <p>Dapur Lestari's loyalty programme, <strong>Sahabat Dapur</strong>, offers a
                two-year extended warranty on electrical appliances, free delivery on orders over
                Rp 300,000, and invitations to online cooking classes.</p>""",
            ),
            choices=[
                _choice(
                    "personal-invite",
                    _T(
                        "Undang dia secara pribadi ke Sahabat Dapur, jelaskan dua manfaat yang "
                        "paling berguna baginya (garansi tambahan dan ongkir gratis ke alamat "
                        "ibunya), dan biarkan dia memutuskan.",
                        "Invite her personally to Sahabat Dapur, explain the two benefits most "
                        "useful to her (the extended warranty and free delivery to her mother's "
                        "address), and let her decide.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Undangan ini dipilih untuknya: Anda
                        memakai apa yang Anda ketahui dari riwayatnya, dan setelah pengalaman
                        dengan barang rusak, garansi tambahan benar-benar berarti. Keputusan
                        tetap di tangannya.</p>""",
                        """<p><strong>Right.</strong> The invitation is chosen for her: you use
                        what you know from her history, and after a faulty item, an extended
                        warranty really means something. The decision stays hers.</p>""",
                    ),
                    next="birthday",
                    points=_points(empathy=1, ownership=1, journey=2),
                    effects=_effects(nps="1", retention="10"),
                    expert=True,
                ),
                _choice(
                    "auto-enrol",
                    _T(
                        "Daftarkan dia secara otomatis dan biarkan sistem mengirim email "
                        "sambutan standar berisi tabel poin.",
                        "Enrol her automatically and let the system send the standard welcome "
                        "e-mail with the points table.",
                    ),
                    _T(
                        """<p>Program loyalitas bukan loyalitas. Mendaftarkan tanpa bertanya dan
                        mengirim tabel poin generik menjadikannya satu nama lagi di daftar, bukan
                        pelanggan yang dikenal.</p>""",
                        """<p>A loyalty programme is not loyalty. Enrolling her without asking and
                        sending a generic points table makes her one more name on a list, not a
                        customer you know.</p>""",
                    ),
                    next="birthday",
                    points=_points(empathy=-1, journey=-1),
                ),
                _choice(
                    "skip-invite",
                    _T(
                        "Tidak perlu; dia sudah belanja lagi tanpa program apa pun.",
                        "No need; she's buying again without any programme.",
                    ),
                    _T(
                        """<p>Pembelian kedua setelah kekecewaan adalah kesempatan, bukan tanda
                        bahwa pekerjaan selesai. Care yang proaktif memperkuat hubungan tepat
                        ketika pelanggan memberi Anda kesempatan kedua.</p>""",
                        """<p>A second purchase after a disappointment is an opening, not a sign
                        that the work is done. Proactive care strengthens the relationship just
                        when the customer gives you a second chance.</p>""",
                    ),
                    next="birthday",
                    points=_points(ownership=-1, journey=-1),
                    effects=_effects(retention="-5"),
                ),
            ],
        ),
        _step(
            "birthday",
            "decision",
            title=_T("Oktober: ulang tahun Anisa", "October: Anisa's birthday"),
            channel="whatsapp",
            speaker=_CRM,
            quarter=None,
            narrative=_T(
                """<p>CRM mengingatkan Anda: ulang tahun Anisa minggu depan. Saat mendaftar, ia
                setuju menerima ucapan ulang tahun dari Dapur Lestari.</p>
                <p>Sistem sudah menyiapkan email ulang tahun otomatis yang terkirim pukul 00.00
                untuk semua pelanggan yang berulang tahun hari itu.</p>""",
                """<p>The CRM reminds you: Anisa's birthday is next week. When she registered,
                she agreed to receive birthday greetings from Dapur Lestari.</p>
                <p>The system has an automatic birthday e-mail ready, sent at midnight to every
                customer whose birthday it is.</p>""",
            ),
            choices=[
                _choice(
                    "birthday-promoter",
                    _BIRTHDAY_LABEL,
                    _T(
                        """<p><strong>Perawatan yang sesungguhnya.</strong> Ucapan dari orang
                        yang mengenalnya dan hadiah kecil yang berguna, tanpa embel-embel
                        promo, terasa seperti perhatian, bukan kampanye. Setelah semua langkah
                        sebelumnya, pesan ini menyempurnakan hubungan yang sudah Anda
                        pulihkan.</p>""",
                        """<p><strong>Real care.</strong> A greeting from people who know her and
                        a small, useful gift, with no promotion attached, feel like attention,
                        not a campaign. After everything before it, this message completes the
                        relationship you have rebuilt.</p>""",
                    ),
                    next="ending-best",
                    points=_points(empathy=3),
                    effects=_effects(nps="1", retention="5"),
                    expert=True,
                    condition=_condition("kpi_at_least", kpi="nps", value=_PROMOTER),
                ),
                _choice(
                    "birthday-personal",
                    _BIRTHDAY_LABEL,
                    _T(
                        """<p>Ucapan pribadi dan hadiah kecil adalah langkah yang benar. Tetapi
                        satu pesan ulang tahun tidak bisa menambal apa yang belum pulih di
                        langkah-langkah sebelumnya: skor rekomendasinya masih di bawah 9 ketika
                        Anda mengirimnya.</p>""",
                        """<p>A personal greeting and a small gift are the right move. But one
                        birthday message cannot patch what was left unrepaired in the earlier
                        steps: her recommendation score was still below 9 when you sent
                        it.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(empathy=3),
                    effects=_effects(nps="0.5", retention="5"),
                    condition=_condition("kpi_at_most", kpi="nps", value=_BELOW_PROMOTER),
                ),
                _choice(
                    "auto-birthday",
                    _T(
                        'Biarkan email otomatis terkirim pukul 00.00: "Selamat ulang tahun, '
                        '{NAMA_DEPAN}! Nikmati diskon 5% untuk semua produk."',
                        'Let the automatic e-mail go out at midnight: "Happy birthday, '
                        '{FIRST_NAME}! Enjoy 5% off everything."',
                    ),
                    _T(
                        """<p>Ucapan ulang tahun yang sama untuk ribuan orang, dengan diskon
                        sebagai isinya, mengingatkan pelanggan bahwa ia hanyalah baris di basis
                        data. Mengingat ulang tahun baru bermakna kalau pesannya ditulis untuk
                        orangnya.</p>""",
                        """<p>The same birthday greeting for thousands of people, with a
                        discount as its content, reminds customers that they are just a row in a
                        database. Remembering a birthday only means something when the message
                        is written for the person.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(empathy=-2),
                    effects=_effects(nps="-0.5"),
                ),
                _choice(
                    "skip-birthday",
                    _T(
                        "Lewatkan saja; ulang tahun itu urusan pribadi.",
                        "Skip it; birthdays are a private matter.",
                    ),
                    _T(
                        """<p>Menghormati privasi itu penting, tetapi Anisa sendiri setuju
                        menerima ucapan ulang tahun. Anda melewatkan kesempatan yang ia berikan
                        untuk menunjukkan bahwa ia diingat.</p>""",
                        """<p>Respecting privacy matters, but Anisa herself agreed to receive
                        birthday greetings. You pass up the chance she gave you to show that she
                        is remembered.</p>""",
                    ),
                    next="ending-middle",
                    points=_points(empathy=-1),
                ),
            ],
        ),
        # Endings ---------------------------------------------------------------------------
        _step(
            "ending-best",
            "ending",
            title=_T(
                "Akhir: dari pelanggan kecewa menjadi promotor",
                "Ending: from disappointed customer to promoter",
            ),
            channel="whatsapp",
            speaker=_ANISA,
            quarter=None,
            narrative=_T(
                """<p>Pagi hari ulang tahunnya, Anisa mengirim foto: ibunya memegang kertas
                alas air fryer sambil tertawa. <em>"Kalian ingat ya. Makasih, Kak."</em></p>""",
                """<p>On the morning of her birthday, Anisa sends a photo: her mother holding
                the air fryer liners and laughing. <em>"You remembered. Thank you."</em></p>""",
            ),
            outcome=_T(
                """<p><strong>Anisa memberi nilai 10 pada pertanyaan rekomendasi di survei akhir
                tahun.</strong> Ia sudah berbelanja tiga kali lagi, bergabung dengan Sahabat
                Dapur, dan di grup WhatsApp arisan keluarganya ia merekomendasikan Dapur Lestari
                kepada tiga kerabat. Barang rusak yang dulu membuatnya kecewa kini menjadi cerita
                yang ia bagikan tentang toko yang peduli.</p>""",
                """<p><strong>Anisa gives a 10 on the recommendation question in the year-end
                survey.</strong> She has bought three more times, joined Sahabat Dapur, and in
                her family gathering's WhatsApp group she recommended Dapur Lestari to three
                relatives. The broken item that once let her down is now a story she tells about
                a shop that cares.</p>""",
            ),
            expert_commentary=_T(
                """<p>Anda menjalankan dua pekerjaan yang berbeda dan tidak mencampurnya.</p>
                <ul>
                <li><strong>Layanan</strong> menyelesaikan masalahnya: cepat, memvalidasi, dan
                memberi pilihan refund atau penggantian tanpa membebani pelanggan.</li>
                <li><strong>Perawatan</strong> membangun hubungannya: menindaklanjuti kepuasan,
                meminta maaf dengan tulus, mengirim kiat yang berguna, mengundang secara
                pribadi, dan mengingat hari pentingnya.</li>
                <li>CSAT naik setelah masalah selesai, tetapi skor rekomendasi baru naik lewat
                perawatan. Ukur keduanya, karena keduanya menjawab pertanyaan yang
                berbeda.</li>
                <li>Ketulusan terlihat dari hal spesifik yang hanya diketahui orang yang benar-benar
                memperhatikan; template dan pesan massal tidak pernah bisa memalsukannya.</li>
                </ul>""",
                """<p>You did two different jobs and kept them apart.</p>
                <ul>
                <li><strong>Service</strong> solved the problem: fast, validating, and offering
                a refund or a replacement without burdening the customer.</li>
                <li><strong>Care</strong> built the relationship: following up on satisfaction,
                apologising sincerely, sending useful tips, inviting her personally and
                remembering a day that matters to her.</li>
                <li>CSAT rose once the problem was solved, but the recommendation score only
                rose through care. Measure both, because they answer different
                questions.</li>
                <li>Sincerity shows in specifics that only someone paying real attention would
                know; templates and mass messages can never fake it.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-middle",
            "ending",
            title=_T(
                "Akhir: masalahnya selesai, hatinya belum",
                "Ending: problem solved, heart not yet won",
            ),
            channel="report",
            speaker=_TEGUH,
            quarter=None,
            narrative=_T(
                """<p>Di akhir tahun, Mas Teguh membuka berkas Anisa bersama Anda untuk bahan
                pelajaran tim.</p>""",
                """<p>At the end of the year, Mas Teguh goes through Anisa's file with you as a
                lesson for the team.</p>""",
            ),
            outcome=_T(
                """<p><strong>Anisa masih pelanggan, tetapi bukan promotor.</strong> Masalahnya
                memang selesai, dan sesekali ia masih berbelanja. Namun
                ketika ditanya apakah ia akan merekomendasikan Dapur Lestari, jawabannya paling
                tinggi "mungkin". Ia tidak pergi, tetapi ia juga tidak bercerita kepada siapa
                pun.</p>""",
                """<p><strong>Anisa is still a customer, but not a promoter.</strong> Her problem
                was solved, and she still shops now and then. But asked whether she would
                recommend Dapur Lestari, the most she says is "maybe". She didn't leave, but she
                doesn't tell anyone about you either.</p>""",
            ),
            expert_commentary=_T(
                """<p>Masalahnya selesai, dan itu pekerjaan layanan yang penting. Tetapi
                kesetiaan dibangun di langkah-langkah sesudahnya, dan di sana ada yang terlewat
                atau terasa generik.</p>
                <ul>
                <li>CSAT yang baik untuk satu interaksi tidak sama dengan hubungan yang pulih;
                perhatikan skor rekomendasi.</li>
                <li>Kesalahan klasik customer care: menganggapnya sekadar pemadam kebakaran,
                apresiasi yang tidak tulus, dan pesan otomatis tanpa personalisasi
                nyata.</li>
                <li>Setiap sentuhan perawatan (tindak lanjut, permintaan maaf, kiat, undangan,
                ulang tahun) hanya bermakna kalau ditulis untuk orang itu.</li>
                </ul>""",
                """<p>The problem was solved, and that is important service work. But loyalty is
                built in the steps after it, and there something was missed or felt
                generic.</p>
                <ul>
                <li>A good CSAT for one interaction is not the same as a repaired relationship;
                watch the recommendation score.</li>
                <li>The classic care mistakes: treating it as damage control, insincere
                appreciation, and automated messages without real personalisation.</li>
                <li>Each care touch (follow-up, apology, tips, invitation, birthday) only means
                something when it is written for that person.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-worst",
            "ending",
            title=_T(
                "Akhir: pelanggan yang berhenti membaca",
                "Ending: the customer who stopped reading",
            ),
            channel="report",
            speaker=_TEGUH,
            quarter=None,
            narrative=_T(
                """<p>Pesan-pesan dari Dapur Lestari terus terkirim ke nomor Anisa, tetapi
                tidak satu pun dibaca.</p>""",
                """<p>Messages from Dapur Lestari keep arriving on Anisa's phone, but not one of
                them is read.</p>""",
            ),
            outcome=_T(
                """<p><strong>Anisa tidak pernah berbelanja lagi.</strong> Hadiah ulang tahun
                untuk ibunya berikutnya ia beli di toko lain. Dari seorang pelanggan setia dengan
                lima pesanan, Dapur Lestari kini hanya punya satu nomor yang tidak lagi membaca
                pesannya, dan setiap pesan otomatis yang dikirim ke nomor itu hanyalah
                biaya.</p>""",
                """<p><strong>Anisa never buys again.</strong> Her mother's next birthday present
                comes from another shop. Where Dapur Lestari had a loyal customer with five
                orders, it now has one number that no longer reads its messages, and every
                automated message sent to it is just a cost.</p>""",
            ),
            expert_commentary=_T(
                """<p>Masalah produk bisa dimaafkan; yang membuat pelanggan pergi adalah
                perasaan bahwa tidak ada manusia yang mendengarkan.</p>
                <ul>
                <li>Balasan otomatis, template, dan urutan promo terasa sopan bagi yang
                mengirim, tetapi generik bagi yang menerima.</li>
                <li>Personalisasi bukan menyisipkan nama depan; personalisasi berarti memakai apa
                yang Anda ketahui tentang pelanggan untuk menulis sesuatu yang berguna
                baginya.</li>
                <li>Otomatiskan yang berulang (notifikasi, pengingat), dan serahkan hubungan
                yang sedang dipulihkan kepada manusia.</li>
                <li>Setelah pelanggan meminta berhenti, satu-satunya pesan yang pantas adalah
                permintaan maaf pribadi.</li>
                </ul>""",
                """<p>A product fault can be forgiven; what drives customers away is the feeling
                that no human is listening.</p>
                <ul>
                <li>Auto-replies, templates and promotional sequences feel polite to the sender,
                but generic to the receiver.</li>
                <li>Personalisation is not inserting a first name; it means using what you know
                about the customer to write something useful to her.</li>
                <li>Automate what repeats (notices, reminders), and leave relationships that are
                being repaired to people.</li>
                <li>Once a customer asks you to stop, the only fitting message is a personal
                apology.</li>
                </ul>""",
            ),
        ),
    ],
}

DEFECTIVE_SCENARIO = {
    "slug": "kasus-produk-cacat",
    "budget": None,
    "pass_mark": "60",
    "attempts_allowed": 3,
    "id": _localise(_SCENARIO, "id"),
    "en": _localise(_SCENARIO, "en"),
}

"""Simulation "Saya kan sudah bilang!" / "I already told you that".

Written from shared/curriculum.md (simulation case 3, with facts from modules 1, 3 and 4):
the facts come from there, the sentences are our own. The telco, Sinyal Raya, and all
people in the story are fictional.

The case: a home-internet customer has explained the same fault over WhatsApp, e-mail and
the call center, and each time had to start again. The learner, a customer service team
lead, first handles his fourth contact (stop the script, find what he already said, own the
fix and the follow-up call), then diagnoses why it happened and proposes the systemic fix:
one shared customer history in an omnichannel inbox, one ticket per problem, a handover
standard (to other channels, shifts and field technicians) and verifying a customer once
per case, piloted, measured on repeat contacts, FCR, CES and churn, and then scaled with
training. The tempting wrong answers blame agents or customers, deflect contacts with a
chatbot, close a channel, or cut handling time.

The conversation steps have no quarter and move no KPI (one customer does not move the
dashboard); from the diagnosis on, the steps run over quarters 1 to 3 and the dashboard
shows the home-internet complaints: CSAT, CES ("Sinyal Raya made it easy to handle my
issue", 1-7, higher is easier), FCR and the 90-day churn of customers who complained.

Built with the helpers in `_bilingual`: `OMNICHANNEL_SCENARIO["id"]` and `["en"]` come from
one structure, so everything but the texts is identical in both languages. The choice
"explain-and-own" needs at least 2 metrics points, which before that step only the network
data source gives: the learner can only explain the real cause after reading it.

Best route (the expert's choices, every data source opened): the-call
(acknowledge-and-find), piece-together, promise (explain-and-own), fixed-next-day,
head-of-cs (diagnose-silos), repeat-data, proposal (omnichannel-fix), pilot-measure
(measure-repeat), q2-results, rollout (scale-with-habits), ending-best. It scores 100.

Worst route: the-call (follow-script), bambang-erupts (transfer-retention), slow-fix,
head-of-cs (diagnose-customers), repeat-data (nothing opened), proposal (aht-cut),
q2-misfire, second-chance (stay-course), ending-worst. It scores 0.
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

_BAMBANG = _T("Pak Bambang, pelanggan di Makassar", "Pak Bambang, a customer in Makassar")
_RATIH = _T("Bu Ratih, Kepala Layanan Pelanggan", "Bu Ratih, Head of Customer Service")
_YOGI = _T("Yogi, analis mutu layanan", "Yogi, service quality analyst")
_SYSTEMS = _T("Empat sistem, empat catatan", "Four systems, four records")

_SCENARIO = {
    "title": _T('"Saya kan sudah bilang!"', '"I already told you that!"'),
    "briefing": _T(
        """<p><strong>Sinyal Raya</strong> adalah operator telekomunikasi dengan 1,2 juta
        pelanggan internet rumah. Pelanggan bisa menghubungi Sinyal Raya lewat WhatsApp, email,
        dan call center, dan setiap saluran dikelola tim dan sistemnya sendiri.</p>
        <p>Anda adalah <strong>team lead layanan pelanggan</strong> di meja eskalasi. Pagi ini
        sebuah panggilan dialihkan kepada Anda: pelanggan yang sudah menceritakan masalah yang
        sama lewat tiga saluran.</p>
        <p>Simulasi ini punya dua bagian. Pertama, Anda menangani percakapannya. Kedua, Anda
        mencari tahu mengapa hal itu terjadi dan mengusulkan perbaikan sistemnya. Dasbor KPI
        bergerak di bagian kedua, kuartal demi kuartal, untuk seluruh keluhan internet
        rumah:</p>
        <ul>
        <li><strong>CSAT</strong>: persentase pelanggan yang puas (4 atau 5) setelah keluhannya
        ditangani.</li>
        <li><strong>CES</strong>: rata-rata seberapa setuju pelanggan bahwa "Sinyal Raya
        memudahkan urusan saya", 1–7. Makin tinggi makin mudah.</li>
        <li><strong>FCR</strong>: persentase masalah yang selesai pada kontak pertama.</li>
        <li><strong>Churn</strong>: persentase pelanggan yang mengeluh lalu berhenti berlangganan
        dalam 90 hari.</li>
        </ul>
        <p>Anda dinilai pada empati, kepemilikan, literasi metrik, dan terutama berpikir
        perjalanan pelanggan, yang berbobot dua kali lipat.</p>""",
        """<p><strong>Sinyal Raya</strong> is a telecoms operator with 1.2 million home
        internet customers. Customers can reach Sinyal Raya over WhatsApp, e-mail and the call
        center, and each channel is run by its own team with its own system.</p>
        <p>You are a <strong>customer service team lead</strong> on the escalation desk. This
        morning a call is transferred to you: a customer who has already described the same
        problem over three channels.</p>
        <p>The simulation has two parts. First, you handle the conversation. Then you find out
        why it happened and propose the fix to the system. The KPI dashboard moves in the
        second part, quarter by quarter, for all home-internet complaints:</p>
        <ul>
        <li><strong>CSAT</strong>: the percentage of customers who are satisfied (4 or 5)
        after their complaint is handled.</li>
        <li><strong>CES</strong>: how strongly customers agree, on average, that "Sinyal Raya
        made it easy to handle my issue", 1–7. Higher means easier.</li>
        <li><strong>FCR</strong>: the percentage of problems resolved on the first
        contact.</li>
        <li><strong>Churn</strong>: the percentage of customers who complain and then cancel
        within 90 days.</li>
        </ul>
        <p>You are scored on empathy, ownership, metrics literacy and, above all, journey
        thinking, which counts double.</p>""",
    ),
    "learner_role": _T("Team lead layanan pelanggan", "Customer service team lead"),
    "budget_unit": "",
    "competencies": _cx_competencies(journey="2"),
    "kpis": [
        _kpi("csat", _T("CSAT keluhan internet rumah", "Home-internet complaints CSAT"), "71"),
        _kpi(
            "ces",
            _T("CES: kemudahan (1–7)", "CES: ease (1–7)"),
            "3.4",
            "1",
            "7",
            unit="",
        ),
        _kpi("fcr", _T("FCR (selesai di kontak pertama)", "FCR (first contact resolution)"), "58"),
        _kpi(
            "churn",
            _T("Churn 90 hari setelah mengeluh", "Churn within 90 days of a complaint"),
            "17",
            higher_is_better=False,
        ),
    ],
    "steps": [
        # The conversation -----------------------------------------------------------------
        _step(
            "the-call",
            "decision",
            title=_T("Kontak keempat", "The fourth contact"),
            channel="phone",
            speaker=_BAMBANG,
            quarter=None,
            narrative=_T(
                """<p>Kamis, 10.15. Sebuah panggilan dialihkan ke meja Anda karena pelanggannya
                meminta bicara dengan atasan.</p>
                <p><em>"Ini keempat kalinya saya menghubungi Sinyal Raya. Sudah lewat WhatsApp,
                sudah kirim email lengkap dengan foto, sudah telepon dan menunggu 25 menit. Setiap
                kali saya disuruh cerita dari awal dan restart modem. Teknisi yang dijanjikan
                tidak pernah datang. Istri saya terima pesanan katering lewat internet, dan tiga
                hari ini kami kehilangan pesanan."</em></p>
                <p>Layar Anda, yaitu sistem call center, hanya menampilkan satu tiket dari Jumat
                lalu: <em>"Internet putus-putus. Teknisi dijadwalkan."</em> Tidak ada apa pun
                dari WhatsApp atau email; keduanya memakai sistem lain.</p>""",
                """<p>Thursday, 10.15 am. A call is transferred to your desk because the customer
                asked to speak to a supervisor.</p>
                <p><em>"This is the fourth time I've contacted Sinyal Raya. I've tried WhatsApp,
                I've sent an e-mail with photos, I've phoned and waited 25 minutes. Every time I'm
                told to start from the beginning and restart the modem. The technician I was
                promised never came. My wife takes catering orders over the internet, and for
                three days now we've been losing orders."</em></p>
                <p>Your screen, the call-center system, shows only one ticket, from last Friday:
                <em>"Internet keeps dropping. Technician scheduled."</em> There is nothing from
                WhatsApp or e-mail; those run on other systems.</p>""",
            ),
            choices=[
                _choice(
                    "acknowledge-and-find",
                    _T(
                        "Minta maaf karena ia harus mengulang ceritanya, katakan Anda akan "
                        "membaca apa yang sudah ia sampaikan alih-alih bertanya lagi, lalu minta "
                        "izin menahan telepon dua menit untuk mencarinya.",
                        "Apologise that he has had to repeat himself, tell him you will read "
                        "what he has already told you instead of asking again, and ask his "
                        "permission to hold for two minutes while you find it.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Anda mengakui masalah yang sebenarnya: bukan
                        hanya internetnya yang mati, tetapi usaha yang sudah ia keluarkan. Meminta
                        izin sebelum menahan telepon, dengan batas waktu yang jelas, menunjukkan
                        bahwa waktunya dihargai.</p>""",
                        """<p><strong>Right.</strong> You acknowledge the real problem: not just
                        that his internet is down, but the effort he has already put in. Asking
                        permission before putting him on hold, with a clear time limit, shows that
                        his time matters.</p>""",
                    ),
                    next="piece-together",
                    points=_points(empathy=3, ownership=2),
                    expert=True,
                ),
                _choice(
                    "follow-script",
                    _T(
                        "Ikuti skrip: verifikasi identitasnya (nama, nomor pelanggan, tanggal "
                        "lahir), lalu minta ia me-restart modem sekali lagi.",
                        "Follow the script: verify his identity (name, customer number, date of "
                        "birth), then ask him to restart the modem once more.",
                    ),
                    _T(
                        """<p>Skrip dibuat untuk kontak pertama, bukan keempat. Meminta data dan
                        langkah yang sudah ia berikan tiga kali menegaskan hal yang paling ia
                        keluhkan: tidak ada yang mendengarkan. Pelanggan yang harus mengulang data
                        yang sama kepada beberapa agen mengalami pengalaman buruk, sesopan apa pun
                        agennya.</p>""",
                        """<p>Scripts are written for the first contact, not the fourth. Asking
                        for details and steps he has given three times confirms exactly what he
                        is complaining about: nobody is listening. A customer who has to repeat
                        the same details to several agents has a bad experience, however polite
                        each agent is.</p>""",
                    ),
                    next="bambang-erupts",
                    points=_points(empathy=-3, journey=-2),
                ),
                _choice(
                    "explain-silos",
                    _T(
                        "Jelaskan dengan sopan bahwa WhatsApp, email, dan call center memakai "
                        "sistem berbeda, jadi ia perlu menceritakan ulang dari awal.",
                        "Explain politely that WhatsApp, e-mail and the call center use different "
                        "systems, so he needs to tell the story again from the start.",
                    ),
                    _T(
                        """<p>Penjelasannya jujur, tetapi bebannya Anda serahkan kepada
                        pelanggan. Sistem yang terpisah adalah masalah Sinyal Raya, bukan
                        masalahnya. Bagi pelanggan, hanya ada satu perusahaan.</p>""",
                        """<p>An honest explanation, but you hand the burden to the customer.
                        Separate systems are Sinyal Raya's problem, not his. To a customer there
                        is only one company.</p>""",
                    ),
                    next="bambang-erupts",
                    points=_points(empathy=-1, ownership=-2, journey=-1),
                ),
            ],
        ),
        _step(
            "bambang-erupts",
            "decision",
            title=_T('"Saya berhenti saja!"', '"I\'ll just cancel!"'),
            channel="phone",
            speaker=_BAMBANG,
            quarter=None,
            narrative=_T(
                """<p>Suara Pak Bambang meninggi.</p>
                <p><em>"Dari awal lagi? Sudahlah, saya berhenti langganan saja.
                Tetangga saya pakai provider lain dan tidak pernah begini."</em></p>""",
                """<p>Pak Bambang raises his voice.</p>
                <p><em>"From the start again? Forget it, I'll just cancel. My
                neighbour uses another provider and never has this."</em></p>""",
            ),
            choices=[
                _choice(
                    "apologise-and-listen",
                    _T(
                        "Tinggalkan skrip: minta maaf dengan sungguh-sungguh, janjikan ia tidak "
                        "perlu mengulang apa pun, dan minta waktu dua menit untuk membaca "
                        "catatan dari saluran lain.",
                        "Drop the script: apologise sincerely, promise he won't have to repeat "
                        "anything, and ask for two minutes to read the records from the other "
                        "channels.",
                    ),
                    _T(
                        """<p>Pemulihan yang baik. Anda mengakui kesalahan tanpa membela diri dan
                        mengganti langkah yang membuatnya marah. Lebih baik lagi kalau langkah
                        ini diambil sejak kalimat pertamanya.</p>""",
                        """<p>A good recovery. You admit the mistake without being defensive and
                        change the step that made him angry. Better still to take this step from
                        his very first sentence.</p>""",
                    ),
                    next="piece-together",
                    points=_points(empathy=2, ownership=1),
                ),
                _choice(
                    "transfer-retention",
                    _T(
                        "Alihkan teleponnya ke tim retensi, karena ia menyebut ingin berhenti "
                        "berlangganan.",
                        "Transfer the call to the retention team, since he mentioned cancelling.",
                    ),
                    _T(
                        """<p>Satu serah terima lagi, kepada tim yang juga tidak tahu ceritanya.
                        Pelanggan yang marah karena harus mengulang justru diminta mengulang
                        sekali lagi. Masalahnya Anda pindahkan, bukan Anda pegang.</p>""",
                        """<p>One more handover, to a team that doesn't know his story either. A
                        customer who is angry about repeating himself is made to repeat himself
                        once more. You pass the problem on instead of owning it.</p>""",
                    ),
                    next="slow-fix",
                    points=_points(empathy=-2, ownership=-3, journey=-1),
                ),
            ],
        ),
        _step(
            "piece-together",
            "investigation",
            title=_T("Menyusun cerita yang tercecer", "Piecing the story together"),
            channel="report",
            speaker=_SYSTEMS,
            quarter=None,
            narrative=_T(
                """<p>Dengan izin Pak Bambang, Anda menahan teleponnya. Anda punya akses ke
                empat catatan, masing-masing di sistem yang berbeda. Buka yang Anda perlukan,
                lalu kembali ke telepon.</p>""",
                """<p>With Pak Bambang's permission, you put him on hold. You have access to four
                records, each in a different system. Open what you need, then go back to the
                call.</p>""",
            ),
            sources=[
                _source(
                    "src-whatsapp",
                    _T("Riwayat chat WhatsApp (Senin lalu)", "WhatsApp chat history (last Monday)"),
                    0,
                    _T(
                        """<ul>
                        <li>Chatbot memintanya me-restart modem; ia menjawab sudah, dua
                        kali.</li>
                        <li>Agen yang mengambil alih mencatat "lampu LOS merah" dan membuka
                        tiket.</li>
                        <li>Tiket itu tertutup otomatis setelah 24 jam dengan status "pelanggan
                        tidak membalas", padahal saat itu ia sedang menulis email.</li>
                        </ul>""",
                        """<ul>
                        <li>The chatbot asked him to restart the modem; he replied he had,
                        twice.</li>
                        <li>The agent who took over noted "LOS light red" and opened a
                        ticket.</li>
                        <li>That ticket closed itself after 24 hours as "no reply from
                        customer", while he was in fact writing an e-mail.</li>
                        </ul>""",
                    ),
                    points=_points(journey=2),
                ),
                _source(
                    "src-email",
                    _T("Utas email (Rabu lalu)", "E-mail thread (last Wednesday)"),
                    0,
                    _T(
                        """<ul>
                        <li>Emailnya rapi: tabel jam-jam internet mati selama tiga hari, foto
                        modem dengan lampu LOS merah, dan nomor pelanggannya.</li>
                        <li>Balasan datang dua hari kemudian dan meminta nomor pelanggan serta
                        penjelasan masalahnya.</li>
                        <li>Status tiket: "menunggu pelanggan".</li>
                        </ul>""",
                        """<ul>
                        <li>His e-mail is tidy: a table of the hours the internet was down over
                        three days, a photo of the modem with its red LOS light, and his customer
                        number.</li>
                        <li>The reply came two days later, asking for his customer number and a
                        description of the problem.</li>
                        <li>Ticket status: "waiting for customer".</li>
                        </ul>""",
                    ),
                    points=_points(empathy=1, journey=1),
                ),
                _source(
                    "src-call",
                    _T(
                        "Catatan call center dan tim lapangan (Jumat lalu)",
                        "Call-center and field-team notes (last Friday)",
                    ),
                    0,
                    _T(
                        """<ul>
                        <li>Ia menunggu 25 menit dan diverifikasi ulang untuk kedua
                        kalinya.</li>
                        <li>Agen memesan teknisi, tetapi catatan serah terima ke tim lapangan
                        hanya berbunyi "inet mati cek".</li>
                        <li>Pesanan teknisi memakai alamat dari kontrak lama. Pak Bambang pindah
                        rumah delapan bulan lalu; alamat barunya tercatat di aplikasi.</li>
                        <li>Teknisi datang ke alamat lama dan menutup tugasnya dengan keterangan
                        "pelanggan tidak di rumah".</li>
                        </ul>""",
                        """<ul>
                        <li>He waited 25 minutes and was verified again, for the second
                        time.</li>
                        <li>The agent booked a technician, but the handover note to the field
                        team just reads "net down check".</li>
                        <li>The booking used the address from his old contract. Pak Bambang moved
                        eight months ago; his new address is in the app.</li>
                        <li>The technician went to the old address and closed the job as
                        "customer not at home".</li>
                        </ul>""",
                    ),
                    points=_points(ownership=1, journey=2),
                ),
                _source(
                    "src-network",
                    _T("Data pemantauan jaringan", "Network monitoring data"),
                    0,
                    _T(
                        """<ul>
                        <li>Titik distribusi (ODP) yang melayani jalan rumahnya mencatat
                        hilang sinyal 6–9 kali sehari selama sembilan hari.</li>
                        <li>Ada 14 rumah yang terdampak; lima di antaranya juga sudah mengeluh,
                        masing-masing lewat saluran yang berbeda.</li>
                        <li>Tidak satu pun dari keluhan itu terhubung ke gangguan jaringan
                        ini.</li>
                        </ul>""",
                        """<ul>
                        <li>The distribution point (ODP) serving his street has logged signal
                        loss 6–9 times a day for nine days.</li>
                        <li>14 homes are affected; five of them have also complained, each
                        through a different channel.</li>
                        <li>None of those complaints is linked to this network fault.</li>
                        </ul>""",
                    ),
                    points=_points(metrics=2, journey=1),
                ),
            ],
            next="promise",
        ),
        _step(
            "promise",
            "decision",
            title=_T("Kembali ke telepon", "Back to the call"),
            channel="phone",
            speaker=_BAMBANG,
            quarter=None,
            narrative=_T(
                """<p>Anda kembali ke telepon. "Masih di sana, Pak?" Pak Bambang menunggu. Apa
                yang Anda katakan?</p>""",
                """<p>You take the call off hold. "Are you still there, Pak?" Pak Bambang is
                waiting. What do you tell him?</p>""",
            ),
            choices=[
                _choice(
                    "explain-and-own",
                    _T(
                        "Rangkum apa yang sudah ia ceritakan, jelaskan penyebabnya (gangguan di "
                        "titik distribusi jalannya), gabungkan tiketnya jadi satu tiket "
                        "prioritas, pesan teknisi besok pagi ke alamat barunya, dan janjikan "
                        "Anda menelepon pukul 13.00.",
                        "Sum up what he has told you, explain the cause (a fault at his street's "
                        "distribution point), merge his tickets into one priority ticket, book a "
                        "technician at his new address tomorrow morning, and promise to call at "
                        "1 pm.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Merangkum membuktikan bahwa ia sudah
                        didengar. Menjelaskan penyebabnya mengembalikan kepercayaan: ini bukan
                        modemnya, bukan salahnya. Satu tiket, satu pemilik, dan janji yang
                        spesifik adalah sikap kepemilikan yang bisa ia pegang.</p>""",
                        """<p><strong>The expert's choice.</strong> Summing up proves he has been
                        heard. Explaining the cause restores trust: it isn't his modem and it
                        isn't his fault. One ticket, one owner and a specific promise are
                        ownership he can hold you to.</p>""",
                    ),
                    next="fixed-next-day",
                    points=_points(empathy=2, ownership=3, journey=2),
                    expert=True,
                    condition=_condition("min_score", competency="metrics", value="2"),
                ),
                _choice(
                    "own-without-cause",
                    _T(
                        "Rangkum apa yang sudah ia ceritakan, gabungkan tiketnya jadi satu tiket "
                        "prioritas, pastikan alamatnya, pesan teknisi besok pagi, dan janjikan "
                        "Anda sendiri yang menelepon besok siang.",
                        "Sum up what he has told you, merge his tickets into one priority "
                        "ticket, confirm his address, book a technician for tomorrow morning, "
                        "and promise to call him yourself tomorrow afternoon.",
                    ),
                    _T(
                        """<p>Langkah yang baik: ia didengar, masalahnya punya satu pemilik, dan
                        janjinya jelas. Yang belum ada adalah penyebabnya. Data jaringan akan
                        menunjukkan bahwa masalahnya ada di titik distribusi jalannya, dan bahwa
                        tetangganya mengalami hal yang sama.</p>""",
                        """<p>A good step: he is heard, the problem has one owner, and the promise
                        is clear. What is missing is the cause. The network data would have shown
                        that the fault is at his street's distribution point, and that his
                        neighbours have the same problem.</p>""",
                    ),
                    next="fixed-next-day",
                    points=_points(empathy=2, ownership=2, journey=1),
                ),
                _choice(
                    "fourth-ticket",
                    _T(
                        'Buat tiket baru dengan prioritas normal dan sebutkan nomornya: "Teknisi '
                        'akan menghubungi Bapak dalam 3x24 jam."',
                        'Open a new ticket at normal priority and give him the number: "A '
                        'technician will contact you within three days."',
                    ),
                    _T(
                        """<p>Tiket keempat untuk masalah yang sama, dan janji yang sudah pernah
                        diingkari. Tidak ada yang memegang masalahnya, dan tiga tiket lama tetap
                        tercecer di tiga sistem.</p>""",
                        """<p>A fourth ticket for the same problem, and a promise that has
                        already been broken once. Nobody owns the problem, and the three old
                        tickets stay scattered across three systems.</p>""",
                    ),
                    next="slow-fix",
                    points=_points(ownership=-2, journey=-2),
                ),
                _choice(
                    "promise-today",
                    _T(
                        "Janjikan teknisi pasti datang hari ini juga supaya ia tenang, walau Anda "
                        "belum mengecek jadwal tim lapangan.",
                        "Promise a technician will definitely come today to calm him down, even "
                        "though you haven't checked the field team's schedule.",
                    ),
                    _T(
                        """<p>Menenangkan untuk lima menit, mengecewakan untuk seterusnya. Janji
                        yang tidak bisa ditepati lebih buruk daripada janji yang jujur tetapi
                        lebih lama. Kepemilikan berarti memeriksa dulu, baru berjanji.</p>""",
                        """<p>Soothing for five minutes, disappointing for good. A promise you
                        cannot keep is worse than an honest one that takes longer. Ownership
                        means checking first and promising second.</p>""",
                    ),
                    next="slow-fix",
                    points=_points(ownership=-2, empathy=-1),
                ),
            ],
        ),
        _step(
            "fixed-next-day",
            "narrative",
            title=_T("Jumat, 13.00: telepon yang dijanjikan", "Friday, 1 pm: the promised call"),
            channel="phone",
            speaker=_BAMBANG,
            quarter=None,
            narrative=_T(
                """<p>Jumat pukul 11.40, teknisi mengganti konektor yang rusak di titik
                distribusi. Keempat belas rumah di jalan itu kembali stabil. Sesuai kebijakan,
                Anda menambahkan potongan tagihan untuk hari-hari tanpa layanan.</p>
                <p>Pukul 13.00 tepat Anda menelepon. <em>"Baru kali ini saya tidak perlu cerita
                ulang,"</em> kata Pak Bambang. <em>"Terima kasih sudah menelepon duluan."</em></p>
                <p>Setelah menutup telepon, Anda menghitung: ia menghubungi Sinyal Raya empat
                kali, diverifikasi tiga kali, dan menceritakan masalahnya empat kali. Lima
                tetangganya mengalami hal yang sama.</p>""",
                """<p>On Friday at 11.40 am, the technician replaces a damaged connector at the
                distribution point. All fourteen homes on the street are stable again. As policy
                allows, you add a bill credit for the days without service.</p>
                <p>At 1 pm sharp you call. <em>"This is the first time I didn't have to tell it
                all again,"</em> says Pak Bambang. <em>"Thank you for calling me first."</em></p>
                <p>After you hang up, you count: he contacted Sinyal Raya four times, was
                verified three times, and told his story four times. Five of his neighbours went
                through the same.</p>""",
            ),
            next="head-of-cs",
        ),
        _step(
            "slow-fix",
            "narrative",
            title=_T("Empat saluran, satu masalah", "Four channels, one problem"),
            channel="website",
            speaker=_BAMBANG,
            quarter=None,
            narrative=_T(
                """<p>Teknisi baru datang tiga hari kemudian, dan itu pun ke alamat yang benar
                hanya karena Pak Bambang menelepon lagi untuk kelima kalinya. Masalahnya ternyata
                konektor yang rusak di titik distribusi jalannya, yang juga mengganggu tiga belas
                rumah lain.</p>
                <p>Malam itu ia menulis di media sosial: <em>"4 saluran, 5 tiket, 1 masalah, 0
                orang yang membaca riwayat saya."</em> Unggahannya dibagikan 2.300 kali.</p>""",
                """<p>The technician only comes three days later, and to the right address only
                because Pak Bambang called a fifth time. The cause turns out to be a damaged
                connector at his street's distribution point, which was also affecting thirteen
                other homes.</p>
                <p>That evening he posts on social media: <em>"4 channels, 5 tickets, 1 problem,
                0 people who read my history."</em> The post is shared 2,300 times.</p>""",
            ),
            next="head-of-cs",
        ),
        # The systemic fix ------------------------------------------------------------------
        _step(
            "head-of-cs",
            "decision",
            title=_T("Apa yang sebenarnya terjadi?", "What is really going on?"),
            channel="meeting",
            speaker=_RATIH,
            quarter=1,
            narrative=_T(
                """<p>Senin pagi, Bu Ratih memanggil Anda.</p>
                <p>"Saya sudah membaca kasus Pak Bambang. Saya yakin dia bukan satu-satunya.
                Menurutmu, apa akar masalahnya?"</p>""",
                """<p>On Monday morning, Bu Ratih calls you in.</p>
                <p>"I've read Pak Bambang's case. I'm sure he isn't the only one. What do you
                think is at the root of it?"</p>""",
            ),
            choices=[
                _choice(
                    "diagnose-silos",
                    _T(
                        "Masalahnya di sistem, bukan di orangnya: tiap saluran punya alat dan "
                        "tiketnya sendiri, agen tidak bisa melihat apa yang sudah diceritakan "
                        "pelanggan di saluran lain, dan serah terima hanya berupa catatan satu "
                        "baris.",
                        "The problem is the system, not the people: each channel has its own "
                        "tool and tickets, agents can't see what customers said on other "
                        "channels, and handovers travel as one-line notes.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Setiap agen dalam cerita ini bersikap sopan
                        dan mengikuti prosedur, namun pengalamannya tetap buruk. Ketika orang
                        baik terus menghasilkan pengalaman buruk, penyebabnya ada pada cara kerja
                        yang mereka jalani. Anda melihat perjalanan pelanggan secara utuh, bukan
                        per saluran.</p>""",
                        """<p><strong>Right.</strong> Every agent in this story was polite and
                        followed procedure, and the experience was still bad. When good people
                        keep producing bad experiences, the cause lies in how they are made to
                        work. You look at the customer's journey as a whole, not channel by
                        channel.</p>""",
                    ),
                    next="repeat-data",
                    points=_points(journey=4, empathy=1),
                    expert=True,
                ),
                _choice(
                    "diagnose-agents",
                    _T(
                        "Agen kurang teliti membaca catatan. Beri teguran dan tambahkan langkah "
                        '"baca riwayat" ke skrip.',
                        "Agents don't read the notes carefully. Issue warnings and add a \"read "
                        'the history" step to the script.',
                    ),
                    _T(
                        """<p>Agen tidak bisa membaca riwayat yang tidak ada di layarnya. Agen
                        call center tidak punya akses ke WhatsApp dan email. Menegur mereka
                        menurunkan semangat tanpa mengubah apa yang dialami pelanggan.</p>""",
                        """<p>Agents cannot read a history that isn't on their screen. The
                        call-center agents have no access to WhatsApp or e-mail. Warning them
                        lowers morale without changing anything customers go through.</p>""",
                    ),
                    next="repeat-data",
                    points=_points(journey=-2, empathy=-1),
                ),
                _choice(
                    "diagnose-customers",
                    _T(
                        "Pelanggan menghubungi banyak saluran sekaligus sehingga tiketnya ganda. "
                        "Minta pelanggan memakai satu saluran saja.",
                        "Customers contact several channels at once, creating duplicate tickets. "
                        "Ask customers to stick to one channel.",
                    ),
                    _T(
                        """<p>Pelanggan berpindah saluran karena saluran pertama tidak
                        menyelesaikan masalahnya. Menyalahkan pelanggan atas cara ia mencari
                        bantuan membalik tanggung jawab. Pelanggan berhak memilih saluran; tugas
                        perusahaan adalah memastikan ceritanya ikut berpindah.</p>""",
                        """<p>Customers switch channels because the first one didn't solve their
                        problem. Blaming customers for how they look for help turns
                        responsibility upside down. Customers are entitled to choose a channel;
                        the company's job is to make sure their story moves with them.</p>""",
                    ),
                    next="repeat-data",
                    points=_points(journey=-2, empathy=-2),
                ),
            ],
        ),
        _step(
            "repeat-data",
            "investigation",
            title=_T("Seberapa sering ini terjadi?", "How often does this happen?"),
            channel="report",
            speaker=_YOGI,
            quarter=1,
            narrative=_T(
                """<p>Bu Ratih ingin data sebelum memutuskan apa pun. Yogi dari tim mutu layanan
                bisa menarik empat laporan. Buka yang Anda perlukan, lalu lanjutkan ke rapat
                usulan.</p>""",
                """<p>Bu Ratih wants data before deciding anything. Yogi from the service quality
                team can pull four reports. Open what you need, then go on to the proposal
                meeting.</p>""",
            ),
            sources=[
                _source(
                    "src-multichannel",
                    _T(
                        "Keluhan yang melewati lebih dari satu saluran",
                        "Complaints that cross more than one channel",
                    ),
                    0,
                    _T(
                        """<ul>
                        <li>36% keluhan internet rumah kuartal lalu melewati dua saluran atau
                        lebih, rata-rata dengan 3,1 kontak per masalah.</li>
                        <li>CSAT kasus seperti ini 44%, dibanding 83% untuk kasus yang selesai
                        dalam satu kontak.</li>
                        <li>Churn 90 harinya 29%, dibanding 9%.</li>
                        </ul>""",
                        """<ul>
                        <li>36% of last quarter's home-internet complaints crossed two or more
                        channels, with 3.1 contacts per problem on average.</li>
                        <li>The CSAT of such cases is 44%, against 83% for cases resolved in one
                        contact.</li>
                        <li>Their 90-day churn is 29%, against 9%.</li>
                        </ul>""",
                    ),
                    points=_points(metrics=2, journey=1),
                ),
                _source(
                    "src-handover-audit",
                    _T("Audit 200 serah terima", "An audit of 200 handovers"),
                    0,
                    _T(
                        """<ul>
                        <li>61% catatan serah terima (antarsaluran, antarshift, dan ke teknisi)
                        berisi delapan kata atau kurang.</li>
                        <li>72% pelanggan diminta verifikasi ulang setelah dialihkan; rata-rata
                        2,6 kali verifikasi per kasus.</li>
                        <li>Satu dari enam tugas teknisi memakai alamat yang sudah tidak
                        berlaku.</li>
                        </ul>""",
                        """<ul>
                        <li>61% of handover notes (between channels, between shifts and to
                        technicians) are eight words or fewer.</li>
                        <li>72% of customers are asked to verify again after a transfer; on
                        average 2.6 verifications per case.</li>
                        <li>One technician job in six uses an out-of-date address.</li>
                        </ul>""",
                    ),
                    points=_points(journey=2, ownership=1),
                ),
                _source(
                    "src-operations",
                    _T("Angka operasional call center", "Call-center operating figures"),
                    0,
                    _T(
                        """<ul>
                        <li>FCR 58%.</li>
                        <li>AHT 8,2 menit (waktu bicara, waktu tunggu, dan pekerjaan setelah
                        kontak); 2,4 menit di antaranya dipakai mengumpulkan ulang informasi yang
                        sebenarnya sudah dimiliki perusahaan.</li>
                        <li>Setiap kontak ulang menelan biaya sekitar Rp 18.000.</li>
                        </ul>""",
                        """<ul>
                        <li>FCR is 58%.</li>
                        <li>AHT is 8.2 minutes (talk time, hold time and after-contact work); 2.4
                        minutes of it go on collecting information the company already
                        has.</li>
                        <li>Each repeat contact costs about Rp 18,000.</li>
                        </ul>""",
                    ),
                    points=_points(metrics=2),
                ),
                _source(
                    "src-comments",
                    _T("Komentar terbuka survei", "Open survey comments"),
                    0,
                    _T(
                        """<p>Frasa yang paling sering muncul: "cerita ulang", "dari awal lagi",
                        dan "tidak nyambung". Dua kutipan:</p>
                        <ul>
                        <li><em>"Rasanya seperti menghubungi tiga perusahaan berbeda."</em></li>
                        <li><em>"Saya tidak keberatan menunggu. Saya keberatan harus menjelaskan
                        lagi."</em></li>
                        </ul>""",
                        """<p>The phrases that come up most: "tell it again", "from the start
                        again" and "no connection". Two quotes:</p>
                        <ul>
                        <li><em>"It feels like contacting three different companies."</em></li>
                        <li><em>"I don't mind waiting. I mind having to explain it
                        again."</em></li>
                        </ul>""",
                    ),
                    points=_points(empathy=2),
                ),
            ],
            next="proposal",
        ),
        _step(
            "proposal",
            "decision",
            title=_T("Satu inisiatif untuk tahun ini", "One initiative for this year"),
            channel="meeting",
            speaker=_RATIH,
            quarter=2,
            narrative=_T(
                """<p>"Saya punya ruang untuk satu inisiatif besar tahun ini," kata Bu Ratih.
                "Apa usulanmu?"</p>""",
                """<p>"I have room for one big initiative this year," says Bu Ratih. "What do
                you propose?"</p>""",
            ),
            choices=[
                _choice(
                    "omnichannel-fix",
                    _T(
                        "Satu riwayat pelanggan di kotak masuk omnichannel untuk semua saluran; "
                        "satu tiket per masalah; standar serah terima (masalah, yang sudah "
                        "dicoba, yang dijanjikan, langkah berikutnya); verifikasi sekali per "
                        "kasus. Uji coba dulu di satu tim.",
                        "One customer history in an omnichannel inbox for every channel; one "
                        "ticket per problem; a handover standard (problem, what was tried, what "
                        "was promised, next step); verify once per case. Pilot it in one team "
                        "first.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Anda memperbaiki penyebabnya: cerita
                        pelanggan kini ikut berpindah bersamanya, ke saluran lain, ke shift
                        berikutnya, dan ke teknisi. Alat (kotak masuk bersama) dan kebiasaan
                        (standar serah terima) berjalan bersama, dan uji coba memberi bukti
                        sebelum diperluas.</p>""",
                        """<p><strong>The expert's choice.</strong> You fix the cause: the
                        customer's story now travels with them, to another channel, to the next
                        shift and to the technician. A tool (the shared inbox) and a habit (the
                        handover standard) go together, and a pilot gives evidence before scaling
                        up.</p>""",
                    ),
                    next="pilot-measure",
                    points=_points(journey=5, ownership=2, metrics=1),
                    effects=_effects(csat="6", ces="0.6", fcr="8", churn="-3"),
                    expert=True,
                ),
                _choice(
                    "bot-deflect",
                    _T(
                        "Pasang chatbot di WhatsApp dan email untuk menyaring kontak, supaya "
                        "volume ke agen turun.",
                        "Put a chatbot on WhatsApp and e-mail to filter contacts, so that fewer "
                        "reach the agents.",
                    ),
                    _T(
                        """<p>Chatbot berguna untuk pertanyaan rutin, tetapi di sini ia menambah
                        satu lapis lagi yang tidak tahu riwayat pelanggan. Pak Bambang justru
                        memulai ceritanya dengan chatbot. Mengurangi kontak tidak sama dengan
                        menyelesaikan masalah.</p>""",
                        """<p>Chatbots are useful for routine questions, but here one adds
                        another layer that doesn't know the customer's history. Pak Bambang's
                        story actually began with a chatbot. Fewer contacts is not the same as
                        solved problems.</p>""",
                    ),
                    next="q2-misfire",
                    points=_points(journey=-2, metrics=-1),
                    effects=_effects(csat="-2", ces="-0.2", churn="1"),
                ),
                _choice(
                    "single-channel",
                    _T(
                        "Tutup layanan email dan arahkan semua keluhan ke call center, supaya "
                        "semuanya ada di satu sistem.",
                        "Close e-mail support and send every complaint to the call center, so "
                        "that everything is in one system.",
                    ),
                    _T(
                        """<p>Satu sistem dengan cara mengurangi pilihan pelanggan. Pelanggan
                        seperti Pak Bambang, yang mengirim foto dan tabel lewat email, kini harus
                        mengantre di telepon. Omnichannel berarti satu riwayat di banyak saluran,
                        bukan satu saluran untuk semua.</p>""",
                        """<p>One system, by taking choices away from customers. Customers like
                        Pak Bambang, who sent photos and a table by e-mail, now have to queue on
                        the phone. Omnichannel means one history across many channels, not one
                        channel for everything.</p>""",
                    ),
                    next="q2-misfire",
                    points=_points(journey=-2, empathy=-2),
                    effects=_effects(csat="-2", ces="-0.4", churn="1"),
                ),
                _choice(
                    "aht-cut",
                    _T(
                        "Turunkan target AHT dari 8,2 menjadi 6 menit supaya antrean lebih pendek.",
                        "Cut the AHT target from 8.2 to 6 minutes so that queues get shorter.",
                    ),
                    _T(
                        """<p>AHT adalah ukuran operasional, bukan tujuan. Agen yang dikejar waktu
                        akan menutup panggilan lebih cepat, dan pelanggan menelepon lagi: FCR
                        turun dan kontak ulang naik. Waktu yang terbuang untuk mengumpulkan ulang
                        informasi tidak hilang dengan target baru.</p>""",
                        """<p>AHT is an operational measure, not a goal. Agents chased by the
                        clock close calls faster, and customers call back: FCR falls and repeat
                        contacts rise. The time lost re-collecting information does not go away
                        with a new target.</p>""",
                    ),
                    next="q2-misfire",
                    points=_points(metrics=-3, empathy=-1),
                    effects=_effects(csat="-3", fcr="-4", churn="1"),
                ),
            ],
        ),
        _step(
            "pilot-measure",
            "decision",
            title=_T("Bagaimana mengukur uji cobanya?", "How to measure the pilot"),
            channel="report",
            speaker=_YOGI,
            quarter=2,
            narrative=_T(
                """<p>Uji coba dimulai di tim keluhan internet rumah: 40 agen, satu kotak masuk
                bersama, dan standar serah terima yang baru. Yogi bertanya, "Dari angka apa kita
                tahu uji coba ini berhasil?"</p>""",
                """<p>The pilot starts in the home-internet complaints team: 40 agents, one
                shared inbox and the new handover standard. Yogi asks, "Which numbers will tell
                us whether the pilot works?"</p>""",
            ),
            choices=[
                _choice(
                    "measure-repeat",
                    _T(
                        "Bandingkan sebelum dan sesudah: persentase pelanggan yang harus "
                        "menghubungi lebih dari sekali untuk satu masalah, FCR, CES setelah "
                        "kasus ditutup, dan churn 90 hari pelanggan yang mengeluh.",
                        "Compare before and after: the share of customers who must get in touch "
                        "more than once about one problem, FCR, CES after the case closes, and "
                        "the 90-day churn of customers who complained.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> Anda mengukur persis apa yang ingin
                        diperbaiki: usaha pelanggan (kontak ulang dan CES), penyelesaian (FCR),
                        dan dampak bisnisnya (churn). CES paling cocok untuk menilai sebuah
                        proses, dan churn menunjukkan apakah pelanggan bertahan.</p>""",
                        """<p><strong>Right.</strong> You measure exactly what you want to
                        improve: customer effort (repeat contacts and CES), resolution (FCR) and
                        the business impact (churn). CES is the best fit for judging a process,
                        and churn shows whether customers stay.</p>""",
                    ),
                    next="q2-results",
                    points=_points(metrics=4),
                    expert=True,
                ),
                _choice(
                    "measure-aht",
                    _T(
                        "Ukur AHT dan jumlah kontak per agen; kalau AHT turun, uji cobanya "
                        "berhasil.",
                        "Measure AHT and contacts per agent; if AHT goes down, the pilot has "
                        "worked.",
                    ),
                    _T(
                        """<p>AHT bisa justru naik sedikit, karena agen kini membaca riwayat
                        sebelum menjawab, padahal pelanggan menghemat satu atau dua kontak
                        penuh. Mengukur dengan angka yang salah bisa membuat Anda menghentikan
                        perbaikan yang berhasil.</p>""",
                        """<p>AHT may even rise a little, because agents now read the history
                        before answering, while customers save one or two whole contacts.
                        Measuring with the wrong number could make you stop a fix that
                        works.</p>""",
                    ),
                    next="q2-results",
                    points=_points(metrics=-2),
                ),
                _choice(
                    "measure-csat-only",
                    _T(
                        "Cukup CSAT setelah setiap chat atau telepon.",
                        "CSAT after every chat or call is enough.",
                    ),
                    _T(
                        """<p>CSAT menilai satu interaksi; masalah ini terjadi di antara
                        interaksi. Pelanggan bisa memberi nilai baik untuk setiap agen dan tetap
                        harus mengulang ceritanya empat kali. Anda butuh ukuran untuk
                        prosesnya.</p>""",
                        """<p>CSAT rates one interaction; this problem happens between
                        interactions. A customer can rate every agent well and still have to
                        tell the story four times. You need a measure for the process.</p>""",
                    ),
                    next="q2-results",
                    points=_points(metrics=-1),
                ),
            ],
        ),
        _step(
            "q2-results",
            "narrative",
            title=_T("Q2: hasil uji coba", "Q2: the pilot's results"),
            channel="report",
            speaker=_YOGI,
            quarter=2,
            narrative=_T(
                """<p>Laporan Yogi setelah satu kuartal:</p>
                <ul>
                <li>Pelanggan yang harus menghubungi lebih dari sekali untuk satu masalah turun
                dari 36% menjadi 21%.</li>
                <li>Verifikasi per kasus turun dari 2,6 menjadi 1,1 kali.</li>
                <li>CSAT naik dari 71% menjadi 77%, CES dari 3,4 menjadi 4,0, FCR dari 58% menjadi
                66%, dan churn 90 hari turun dari 17% menjadi 14%.</li>
                <li>AHT justru naik sedikit, dari 8,2 menjadi 8,6 menit, karena agen membaca
                riwayat dulu; tetapi total waktu per masalah turun hampir sepertiga.</li>
                </ul>
                <p>Seorang agen menulis: <em>"Sekarang saya bisa bilang, 'Saya lihat Bapak sudah
                kirim foto modemnya.' Pelanggan langsung lebih tenang."</em></p>""",
                """<p>Yogi's report after one quarter:</p>
                <ul>
                <li>Customers who had to get in touch more than once about one problem fell from
                36% to 21%.</li>
                <li>Verifications per case fell from 2.6 to 1.1.</li>
                <li>CSAT rose from 71% to 77%, CES from 3.4 to 4.0, FCR from 58% to 66%, and
                90-day churn fell from 17% to 14%.</li>
                <li>AHT actually rose a little, from 8.2 to 8.6 minutes, because agents read the
                history first; but the total time per problem fell by almost a third.</li>
                </ul>
                <p>One agent writes: <em>"Now I can say, 'I can see you've already sent a photo
                of your modem.' Customers calm down straight away."</em></p>""",
            ),
            next="rollout",
        ),
        _step(
            "rollout",
            "decision",
            title=_T("Memperluas perbaikan", "Scaling the fix"),
            channel="meeting",
            speaker=_RATIH,
            quarter=3,
            narrative=_T(
                """<p>Direksi setuju memperluas uji coba ke seluruh layanan. Bu Ratih bertanya
                bagaimana caranya.</p>""",
                """<p>The board agrees to extend the pilot to the whole service. Bu Ratih asks
                how you want to do it.</p>""",
            ),
            choices=[
                _choice(
                    "scale-with-habits",
                    _T(
                        "Perluas ke semua saluran dan tim lapangan, latih setiap agen dan teknisi "
                        "memakai standar serah terima, dan beri tahu pelanggan apa yang berubah, "
                        "mulai dari Pak Bambang dan tetangganya.",
                        "Extend it to every channel and the field teams, train every agent and "
                        "technician in the handover standard, and tell customers what changed, "
                        "starting with Pak Bambang and his neighbours.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Alat tanpa kebiasaan hanya jadi
                        layar baru. Melatih semua orang yang bersentuhan dengan pelanggan,
                        termasuk teknisi, membuat cerita pelanggan benar-benar berpindah. Memberi
                        tahu pelanggan apa yang berubah menutup lingkaran umpan balik.</p>""",
                        """<p><strong>The expert's choice.</strong> A tool without habits is just
                        a new screen. Training everyone who deals with customers, technicians
                        included, makes the customer's story really travel. Telling customers
                        what changed closes the feedback loop.</p>""",
                    ),
                    next="ending-best",
                    points=_points(ownership=2, journey=2, empathy=1),
                    effects=_effects(csat="5", ces="0.5", fcr="6", churn="-3"),
                    expert=True,
                ),
                _choice(
                    "tool-only",
                    _T(
                        "Pasang kotak masuk omnichannel di semua saluran; pelatihan dan standar "
                        "serah terima menyusul kalau ada waktu.",
                        "Roll out the omnichannel inbox on every channel; training and the "
                        "handover standard can follow when there's time.",
                    ),
                    _T(
                        """<p>Riwayatnya kini ada di satu layar, tetapi catatan serah terima tetap
                        satu baris dan teknisi tetap menerima "inet mati cek". Sebagian hasil uji
                        coba datang dari kebiasaan baru, bukan dari alatnya.</p>""",
                        """<p>The history is now on one screen, but handover notes are still one
                        line long and technicians still receive "net down check". Part of the
                        pilot's results came from the new habits, not from the tool.</p>""",
                    ),
                    next="ending-partial",
                    points=_points(journey=-1, ownership=-1),
                    effects=_effects(csat="1", ces="0.2", fcr="2", churn="-1"),
                ),
                _choice(
                    "keep-pilot",
                    _T(
                        "Biarkan di tim uji coba saja dulu; anggaran tahun ini ketat.",
                        "Keep it in the pilot team for now; the budget is tight this year.",
                    ),
                    _T(
                        """<p>Uji coba yang berhasil harus diperluas; kalau tidak, hasilnya hanya
                        dinikmati sebagian kecil pelanggan. Biaya kontak ulang, sekitar Rp 18.000
                        per kontak, terus berjalan di tim-tim lain.</p>""",
                        """<p>A successful pilot has to be scaled up; otherwise only a small share
                        of customers benefit. The cost of repeat contacts, about Rp 18,000 each,
                        keeps running in every other team.</p>""",
                    ),
                    next="ending-partial",
                    points=_points(ownership=-2),
                ),
            ],
        ),
        _step(
            "q2-misfire",
            "narrative",
            title=_T("Q2: angka yang tidak bergerak", "Q2: the number that didn't move"),
            channel="report",
            speaker=_YOGI,
            quarter=2,
            narrative=_T(
                """<p>Laporan Yogi setelah satu kuartal:</p>
                <ul>
                <li>Inisiatifnya berjalan, tetapi 35% kasus keluhan masih melewati lebih dari
                satu saluran.</li>
                <li>Pelanggan masih diverifikasi rata-rata 2,5 kali per kasus.</li>
                <li>"Cerita ulang" masih frasa yang paling sering muncul di komentar
                survei.</li>
                </ul>
                <p>Lihat dasbor Anda: CSAT dan churn bergerak ke arah yang salah. Catatan Yogi:
                <em>"Agen masih belum bisa melihat apa yang sudah diceritakan pelanggan di
                saluran lain."</em></p>""",
                """<p>Yogi's report after one quarter:</p>
                <ul>
                <li>The initiative is live, but 35% of complaint cases still cross more than one
                channel.</li>
                <li>Customers are still verified 2.5 times per case on average.</li>
                <li>"Tell it again" is still the most frequent phrase in the survey
                comments.</li>
                </ul>
                <p>Look at your dashboard: CSAT and churn have moved the wrong way. Yogi's note:
                <em>"Agents still can't see what customers have already said on other
                channels."</em></p>""",
            ),
            next="second-chance",
        ),
        _step(
            "second-chance",
            "decision",
            title=_T("Kesempatan kedua", "A second chance"),
            channel="meeting",
            speaker=_RATIH,
            quarter=3,
            narrative=_T(
                """<p>Bu Ratih meletakkan laporan Yogi di meja. "Setengah tahun sudah lewat.
                Apa langkah kita sekarang?"</p>""",
                """<p>Bu Ratih puts Yogi's report on the table. "Half the year is gone. What do
                we do now?"</p>""",
            ),
            choices=[
                _choice(
                    "late-pivot",
                    _T(
                        "Akui bahwa usulan pertama tidak menyentuh akar masalahnya, dan mulai "
                        "uji coba riwayat bersama dan standar serah terima untuk sisa tahun "
                        "ini.",
                        "Admit that the first proposal missed the root cause, and start a pilot "
                        "of a shared history and a handover standard for the rest of the year.",
                    ),
                    _T(
                        """<p>Langkah yang benar, meski terlambat. Mengakui bahwa langkah pertama
                        tidak berhasil dan mengubah arah berdasarkan data adalah tanda
                        kepemilikan. Hasilnya baru akan terasa penuh tahun depan.</p>""",
                        """<p>The right step, if late. Admitting that the first step didn't work
                        and changing course on the evidence is a sign of ownership. The full
                        results will only show next year.</p>""",
                    ),
                    next="ending-partial",
                    points=_points(ownership=3, journey=2, metrics=1),
                    effects=_effects(csat="3", ces="0.3", fcr="4", churn="-1.5"),
                ),
                _choice(
                    "stay-course",
                    _T(
                        "Pertahankan inisiatif yang sudah berjalan; hasilnya butuh waktu.",
                        "Keep the current initiative going; results take time.",
                    ),
                    _T(
                        """<p>Menunggu tanpa hipotesis baru berarti membiarkan pelanggan terus
                        mengulang ceritanya. Data Q2 sudah menjawab pertanyaannya: inisiatif ini
                        tidak memberi agen riwayat pelanggan.</p>""",
                        """<p>Waiting without a new hypothesis means letting customers keep
                        repeating their story. The Q2 data has already answered the question:
                        this initiative does not give agents the customer's history.</p>""",
                    ),
                    next="ending-worst",
                    points=_points(ownership=-2, metrics=-1),
                ),
            ],
        ),
        # Endings ---------------------------------------------------------------------------
        _step(
            "ending-best",
            "ending",
            title=_T("Akhir: cukup cerita sekali", "Ending: tell us once"),
            channel="report",
            speaker=_RATIH,
            quarter=None,
            narrative=_T(
                """<p>Di rapat akhir tahun, Bu Ratih membuka presentasinya dengan satu slide:
                unggahan terima kasih Pak Bambang.</p>""",
                """<p>At the year-end meeting, Bu Ratih opens her presentation with one slide:
                Pak Bambang's thank-you post.</p>""",
            ),
            outcome=_T(
                """<p><strong>Keluhan yang melewati lebih dari satu saluran turun dari 36% menjadi
                14%.</strong> Pelanggan cukup diverifikasi sekali per kasus. FCR naik menjadi
                72%, CSAT menjadi 82%, dan churn 90 hari pelanggan yang mengeluh turun dari 17%
                menjadi 11%. Pak Bambang menulis lagi di media sosial, kali ini: <em>"Akhirnya
                ada yang membaca riwayat saya."</em></p>""",
                """<p><strong>Complaints crossing more than one channel fell from 36% to
                14%.</strong> Customers are verified once per case. FCR rose to 72%, CSAT to 82%,
                and the 90-day churn of customers who complained fell from 17% to 11%. Pak
                Bambang posted again, this time: <em>"Finally, someone read my
                history."</em></p>""",
            ),
            expert_commentary=_T(
                """<p>Anda menangani pelanggannya dengan baik, lalu memperbaiki sistem yang
                membuatnya mengulang cerita.</p>
                <ul>
                <li>Pelanggan yang harus mengulang data yang sama kepada beberapa agen mengalami
                pengalaman buruk, sesopan apa pun setiap agennya.</li>
                <li>Omnichannel berarti satu riwayat percakapan di semua saluran, sehingga
                pelanggan tidak perlu mengulang.</li>
                <li>Serah terima yang baik membawa ringkasan: masalahnya, yang sudah dicoba, yang
                dijanjikan, dan langkah berikutnya, termasuk ke teknisi lapangan.</li>
                <li>Ukur proses dengan CES dan kontak ulang, penyelesaian dengan FCR, dan dampak
                bisnisnya dengan churn; AHT saja bisa menyesatkan.</li>
                </ul>""",
                """<p>You handled the customer well, then fixed the system that made him repeat
                himself.</p>
                <ul>
                <li>A customer who has to repeat the same details to several agents has a bad
                experience, however polite each agent is.</li>
                <li>Omnichannel means one conversation history across every channel, so that
                customers never have to repeat themselves.</li>
                <li>A good handover carries a summary: the problem, what was tried, what was
                promised and the next step, field technicians included.</li>
                <li>Measure the process with CES and repeat contacts, resolution with FCR and
                the business impact with churn; AHT alone can mislead.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-partial",
            "ending",
            title=_T("Akhir: baru setengah jalan", "Ending: only halfway there"),
            channel="report",
            speaker=_RATIH,
            quarter=None,
            narrative=_T(
                """<p>Di rapat akhir tahun, angka-angka Anda membaik, tetapi belum sebaik yang
                mungkin dicapai.</p>""",
                """<p>At the year-end meeting, your numbers have improved, but not as far as
                they could have.</p>""",
            ),
            outcome=_T(
                """<p><strong>Sebagian pelanggan tidak lagi perlu mengulang ceritanya, tetapi
                banyak yang masih harus.</strong> Perbaikannya hanya menjangkau sebagian
                perjalanan: ada yang berhenti di tim uji coba, ada yang memasang alat tanpa
                mengubah kebiasaan serah terima, ada yang dimulai terlambat setengah tahun.
                Keluhan "cerita ulang" berkurang, tetapi belum hilang.</p>""",
                """<p><strong>Some customers no longer have to repeat their story, but many still
                do.</strong> The fix reached only part of the journey: in some cases it stopped
                at the pilot team, in others the tool went in without changing how handovers
                work, or it started half a year late. "Tell it again" complaints have fallen,
                but not gone.</p>""",
            ),
            expert_commentary=_T(
                """<p>Arahnya benar, tetapi perbaikan sistemik butuh tiga hal sekaligus.</p>
                <ul>
                <li><strong>Alat</strong>: satu riwayat pelanggan di kotak masuk omnichannel.</li>
                <li><strong>Kebiasaan</strong>: standar serah terima dan pelatihan untuk semua
                orang yang bersentuhan dengan pelanggan, termasuk teknisi.</li>
                <li><strong>Skala</strong>: uji coba yang berhasil harus diperluas, dan diukur
                dengan kontak ulang, FCR, CES, dan churn.</li>
                </ul>
                <p>Kalau langkah pertama meleset, mengakuinya lebih cepat menghemat satu
                kuartal pelanggan yang terus mengulang ceritanya.</p>""",
                """<p>The direction was right, but a systemic fix needs three things at
                once.</p>
                <ul>
                <li><strong>A tool</strong>: one customer history in an omnichannel inbox.</li>
                <li><strong>Habits</strong>: a handover standard and training for everyone who
                deals with customers, technicians included.</li>
                <li><strong>Scale</strong>: a successful pilot has to be extended, and measured
                on repeat contacts, FCR, CES and churn.</li>
                </ul>
                <p>When the first step misses, admitting it sooner saves a quarter of customers
                repeating their story.</p>""",
            ),
        ),
        _step(
            "ending-worst",
            "ending",
            title=_T(
                "Akhir: pelanggan masih bercerita dari awal",
                "Ending: customers still start from scratch",
            ),
            channel="report",
            speaker=_RATIH,
            quarter=None,
            narrative=_T(
                """<p>Di rapat akhir tahun, Bu Ratih hanya menunjukkan satu grafik: churn
                pelanggan yang mengeluh, yang terus naik.</p>""",
                """<p>At the year-end meeting, Bu Ratih shows a single chart: the churn of
                customers who complained, still climbing.</p>""",
            ),
            outcome=_T(
                """<p><strong>Tidak ada yang berubah bagi pelanggan.</strong> Setiap saluran
                masih punya tiketnya sendiri, serah terima masih satu baris, dan pelanggan
                seperti Pak Bambang masih harus bercerita dari awal setiap kali berpindah
                saluran. Churn pelanggan yang mengeluh naik, dan Pak Bambang sudah pindah ke
                provider tetangganya.</p>""",
                """<p><strong>Nothing changed for customers.</strong> Each channel still has its
                own tickets, handovers are still one line long, and customers like Pak Bambang
                still have to start from scratch every time they switch channels. Churn among
                customers who complained went up, and Pak Bambang has moved to his neighbour's
                provider.</p>""",
            ),
            expert_commentary=_T(
                """<p>Masalahnya tidak pernah ada pada keramahan agen atau kebiasaan pelanggan,
                melainkan pada sistem yang memisahkan cerita pelanggan per saluran.</p>
                <ul>
                <li>Dengarkan dulu, jangan ikuti skrip: pelanggan yang sudah menghubungi empat
                kali tidak perlu diverifikasi dan ditanya ulang.</li>
                <li>Jangan pindahkan masalah ke tim lain tanpa ceritanya; setiap serah terima
                tanpa konteks adalah kontak ulang berikutnya.</li>
                <li>Menekan AHT, menutup saluran, atau menambah chatbot tidak memberi agen
                riwayat pelanggan.</li>
                <li>Perbaikan sistemik: satu riwayat, satu tiket per masalah, standar serah
                terima, dan ukuran yang tepat.</li>
                </ul>""",
                """<p>The problem was never how friendly the agents were or how customers
                behave, but a system that splits the customer's story by channel.</p>
                <ul>
                <li>Listen first, don't follow the script: a customer on his fourth contact
                should not be verified and questioned again.</li>
                <li>Don't pass a problem to another team without its story; every handover
                without context is the next repeat contact.</li>
                <li>Squeezing AHT, closing a channel or adding a chatbot does not give agents
                the customer's history.</li>
                <li>The systemic fix: one history, one ticket per problem, a handover standard,
                and the right measures.</li>
                </ul>""",
            ),
        ),
    ],
}

OMNICHANNEL_SCENARIO = {
    "slug": "kasus-saya-sudah-bilang",
    "budget": None,
    "pass_mark": "60",
    "attempts_allowed": 3,
    "id": _localise(_SCENARIO, "id"),
    "en": _localise(_SCENARIO, "en"),
}

"""Content of the demo simulation "Kasus retensi ritel" / "The retail retention case".

Written from shared/curriculum.md (simulation case 1, with facts from modules 1 to 4): the
facts come from there, the sentences are our own. The retailer, Toko Nusantara, and all
people in the story are fictional.

The case: a large retailer's CS team scores a high CSAT, yet customers do not come back.
The learner, as the new CX lead, investigates within a budget of Rp 100 juta, finds three
points of friction in the journey (navigation, product information, returns) and spends
what is left on fixing them. Retraining the already good CS team is the tempting wrong
answer.

Each step is written once, with the Indonesian and English texts side by side in `_T`
(the helpers live in `cxacademy/home/curriculum/_bilingual.py`, shared with the other cases).
`DEMO_SCENARIO["id"]` and `DEMO_SCENARIO["en"]` are built from that single structure, so
keys, kinds, links, points, effects, costs, conditions and expert flags are identical in
both languages by construction; only the texts differ. Steps, choices and sources are raw
values of `simulations.blocks.StepBlock`, `ChoiceBlock` and `SourceBlock` with every field
present. Decimals (KPI values, effects, condition values) are strings.

CES follows the course brief: the mean agreement, on a 1 to 7 scale, that the company made
it easy to handle the customer's issue, so higher is easier (and better).

Best route (the expert's choices): welcome, hendra-plan (check-data-first), dewi-meeting
(acknowledge-and-ask), investigation, diagnosis (journey-diagnosis), plan
(fix-journey-pilot), q2-report, angry-customer (personal-recovery), q3-pressure
(show-cohort), q3-report, final-call (scale-returns), q4-report, ending-best.

Worst route: welcome, hendra-plan (retrain-cs), training-week, q2-flat (discount-push),
q3-worst-report, last-quarter (final-discount), ending-worst.
"""

from cxacademy.home.curriculum._bilingual import T as _T
from cxacademy.home.curriculum._bilingual import choice as _choice
from cxacademy.home.curriculum._bilingual import condition as _condition
from cxacademy.home.curriculum._bilingual import effects as _effects
from cxacademy.home.curriculum._bilingual import localise as _localise
from cxacademy.home.curriculum._bilingual import points as _points
from cxacademy.home.curriculum._bilingual import source as _source
from cxacademy.home.curriculum._bilingual import step as _step

# --- People in the story ----------------------------------------------------------------

_HENDRA = _T("Pak Hendra, Direktur Ritel", "Pak Hendra, Retail Director")
_DEWI = _T("Dewi, Kepala Layanan Pelanggan", "Dewi, Head of Customer Service")
_RIZKY = _T("Rizky, Analis Data Digital", "Rizky, Digital Data Analyst")
_SARI = _T("Bu Sari, Manajer Toko Bandung", "Bu Sari, Bandung Store Manager")
_RATNA = _T("Ibu Ratna, pelanggan di Surabaya", "Ibu Ratna, a customer in Surabaya")
_STORE_GROUP = _T("Grup WhatsApp manajer toko", "Store managers' WhatsApp group")


# --- Scenario ---------------------------------------------------------------------------

_SCENARIO = {
    "title": _T("Kasus retensi ritel", "The retail retention case"),
    "briefing": _T(
        """<p>Selamat datang di <strong>Toko Nusantara</strong>, jaringan ritel perlengkapan
        rumah dengan 120 toko di 30 kota, ditambah aplikasi dan situs belanja online. Anda baru
        saja bergabung sebagai <strong>CX lead</strong>.</p>
        <p>Tim layanan pelanggan (CS) di sini dikenal ramah dan sigap: CSAT mereka 86%. Namun
        dari setiap 100 pelanggan, hanya 62 yang kembali berbelanja tahun berikutnya. Direksi
        ingin retensi naik dalam empat kuartal, dan Andalah yang diminta memimpinnya.</p>
        <p>Anda memegang anggaran <strong>Rp 100 juta</strong> untuk setahun. Semua biaya dalam
        simulasi ini dihitung dalam satuan <strong>Rp juta</strong>: biaya 15 berarti Rp 15
        juta. Uang yang Anda pakai untuk menyelidiki tidak bisa dipakai lagi untuk perbaikan,
        jadi pilihlah dengan cermat.</p>
        <p>Dasbor KPI bergerak kuartal demi kuartal:</p>
        <ul>
        <li><strong>CSAT</strong>: persentase jawaban puas (4 atau 5) setelah satu
        interaksi.</li>
        <li><strong>NPS</strong>: persen promotor dikurangi persen detraktor, dari -100 sampai
        +100.</li>
        <li><strong>CES</strong>: rata-rata seberapa setuju pelanggan bahwa "Toko Nusantara
        memudahkan urusan saya", skala 1 (sangat tidak setuju) sampai 7 (sangat setuju). Makin
        tinggi makin mudah, dan makin baik: usaha yang rendah membuat pelanggan setia.</li>
        <li><strong>Retensi</strong> dan <strong>churn</strong>: persentase pelanggan yang
        bertahan dan yang pergi dalam setahun.</li>
        </ul>
        <p>Anda dinilai pada empat kompetensi: empati, kepemilikan dan sikap proaktif, berpikir
        perjalanan pelanggan, dan literasi metrik. Tidak ada jawaban yang disembunyikan di akhir:
        pembahasan menunjukkan dampak setiap pilihan Anda.</p>""",
        """<p>Welcome to <strong>Toko Nusantara</strong>, a home-goods retail chain with 120
        stores in 30 cities, plus an online shopping app and website. You have just joined as
        the <strong>CX lead</strong>.</p>
        <p>The customer service (CS) team here is known for being friendly and quick: its CSAT
        is 86%. Yet out of every 100 customers, only 62 come back to shop the following year.
        The board wants retention to rise within four quarters, and they have asked you to lead
        the effort.</p>
        <p>You hold a budget of <strong>Rp 100 million</strong> for the year. Every cost in this
        simulation is counted in <strong>Rp juta</strong> (millions of rupiah): a cost of 15
        means Rp 15 million. Money you spend on investigating cannot be spent again on fixes, so
        choose carefully.</p>
        <p>The KPI dashboard moves quarter by quarter:</p>
        <ul>
        <li><strong>CSAT</strong>: the percentage of satisfied answers (4 or 5) after a single
        interaction.</li>
        <li><strong>NPS</strong>: percent promoters minus percent detractors, from -100 to
        +100.</li>
        <li><strong>CES</strong>: how strongly customers agree, on average, that "Toko
        Nusantara made it easy to handle my issue", from 1 (strongly disagree) to 7 (strongly
        agree). Higher means easier, and better: low effort predicts loyalty.</li>
        <li><strong>Retention</strong> and <strong>churn</strong>: the percentage of customers
        who stay and who leave over a year.</li>
        </ul>
        <p>You are scored on four competencies: empathy, ownership and proactivity, journey
        thinking, and metrics literacy. Nothing is hidden at the end: the debrief shows the
        effect of every choice you made.</p>""",
    ),
    "learner_role": _T("CX lead baru", "New CX lead"),
    "budget_unit": _T("Rp juta", "Rp million"),
    "competencies": [
        {"key": "empathy", "label": _T("Empati", "Empathy"), "weight": "1"},
        {
            "key": "ownership",
            "label": _T("Kepemilikan & proaktif", "Ownership & proactivity"),
            "weight": "1",
        },
        {
            "key": "journey",
            "label": _T("Berpikir perjalanan pelanggan", "Journey thinking"),
            "weight": "1",
        },
        {"key": "metrics", "label": _T("Literasi metrik", "Metrics literacy"), "weight": "1"},
    ],
    "kpis": [
        {
            "key": "csat",
            "label": _T("CSAT", "CSAT"),
            "start": "86",
            "minimum": "0",
            "maximum": "100",
            "unit": "%",
            "higher_is_better": True,
            "shown": True,
        },
        {
            "key": "nps",
            "label": _T("NPS", "NPS"),
            "start": "12",
            "minimum": "-100",
            "maximum": "100",
            "unit": "",
            "higher_is_better": True,
            "shown": True,
        },
        {
            "key": "ces",
            "label": _T("CES: kemudahan (1–7)", "CES: ease (1–7)"),
            "start": "3.2",
            "minimum": "1",
            "maximum": "7",
            "unit": "",
            "higher_is_better": True,
            "shown": True,
        },
        {
            "key": "retention",
            "label": _T("Retensi", "Retention"),
            "start": "62",
            "minimum": "0",
            "maximum": "100",
            "unit": "%",
            "higher_is_better": True,
            "shown": True,
        },
        {
            "key": "churn",
            "label": _T("Churn", "Churn"),
            "start": "38",
            "minimum": "0",
            "maximum": "100",
            "unit": "%",
            "higher_is_better": False,
            "shown": True,
        },
    ],
    "steps": [
        # Q1 ------------------------------------------------------------------------------
        _step(
            "welcome",
            "narrative",
            title=_T("Hari pertama: angka yang tidak cocok", "Day one: numbers that don't add up"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=1,
            narrative=_T(
                """<p>Pak Hendra menyambut Anda di ruang rapat lantai tujuh dan langsung
                membuka dasbor di layar.</p>
                <p>"Lihat ini. Tim CS kita dapat CSAT 86%. Di setiap survei, pelanggan memuji
                mereka. Tapi dari 100 pelanggan yang belanja tahun lalu, hanya 62 yang kembali.
                Churn kita 38%, NPS cuma 12."</p>
                <p>Ia menyodorkan sebuah map. "Anggaran Anda Rp 100 juta untuk setahun. Saya
                ingin retensi naik sebelum tutup buku. Minggu depan kita putuskan langkah
                pertamanya."</p>
                <p>Dalam perjalanan pulang, satu pertanyaan terus mengganggu Anda: <em>bagaimana
                mungkin pelanggan puas dengan layanan kita, tetapi tidak kembali?</em></p>""",
                """<p>Pak Hendra welcomes you in the seventh-floor meeting room and puts the
                dashboard straight up on the screen.</p>
                <p>"Look at this. Our CS team has a CSAT of 86%. Customers praise them in every
                survey. But of the 100 customers who shopped with us last year, only 62 came
                back. Churn is 38%, and our NPS is just 12."</p>
                <p>He slides a folder across the table. "Your budget is Rp 100 million for the
                year. I want retention up before we close the books. Next week we decide on the
                first step."</p>
                <p>On the way home, one question keeps nagging at you: <em>how can customers be
                happy with our service and still not come back?</em></p>""",
            ),
            next="hendra-plan",
        ),
        _step(
            "hendra-plan",
            "decision",
            title=_T("Usulan Pak Hendra", "Pak Hendra's proposal"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=1,
            narrative=_T(
                """<p>Seminggu kemudian, Pak Hendra sudah punya jawaban sendiri.</p>
                <p>"Saya sudah memikirkannya. Kalau pelanggan pergi, berarti pelayanan kita
                masih kurang. Kita latih ulang seluruh tim CS supaya lebih ramah dan lebih
                cepat, lalu kita beri diskon untuk pelanggan lama. Pelatihannya sekitar Rp 40
                juta. Bagaimana menurut Anda?"</p>""",
                """<p>A week later, Pak Hendra already has an answer of his own.</p>
                <p>"I've thought it over. If customers leave, our service must be falling short.
                Let's retrain the whole CS team to be friendlier and faster, then give our
                existing customers a discount. The training costs about Rp 40 million. What do
                you think?"</p>""",
            ),
            choices=[
                _choice(
                    "check-data-first",
                    _T(
                        "Minta waktu dua minggu untuk memeriksa data di sepanjang perjalanan "
                        "pelanggan sebelum memutuskan apa pun.",
                        "Ask for two weeks to examine data across the whole customer journey "
                        "before deciding anything.",
                    ),
                    _T(
                        """<p><strong>Langkah yang tepat.</strong> CSAT 86% menunjukkan tim CS
                        sudah bekerja baik pada interaksi yang mereka tangani. Sebelum
                        mengeluarkan uang, cari tahu <em>di titik mana</em> pelanggan kecewa.
                        Meninjau data yang ada sebelum mengubah strategi adalah kebiasaan dasar
                        seorang pemimpin CX.</p>""",
                        """<p><strong>The right move.</strong> A CSAT of 86% shows the CS team
                        already does well in the interactions it handles. Before spending money,
                        find out <em>where</em> in the journey customers are let down. Reviewing
                        the data you have before changing strategy is a basic habit of a CX
                        leader.</p>""",
                    ),
                    next="dewi-meeting",
                    points=_points(metrics=4, ownership=3),
                    expert=True,
                ),
                _choice(
                    "survey-blast",
                    _T(
                        "Kirim survei NPS tambahan ke seluruh pelanggan sebelum memutuskan.",
                        "Send an extra NPS survey to every customer before deciding.",
                    ),
                    _T(
                        """<p>Niatnya baik, tetapi Anda sudah memegang banyak data: transkrip
                        CS, analitik situs, data retur, dan ribuan komentar survei. Survei
                        tambahan memakan Rp 5 juta dan waktu, serta menambah beban pelanggan
                        yang sudah sering ditanya. Pakai dulu data yang sudah ada.</p>""",
                        """<p>A good intention, but you already hold plenty of data: CS
                        transcripts, site analytics, returns data and thousands of survey
                        comments. Another survey costs Rp 5 million and time, and it burdens
                        customers who are asked for feedback often enough. Use the data you
                        already have first.</p>""",
                    ),
                    next="dewi-meeting",
                    points=_points(metrics=1, ownership=-1),
                    cost=5,
                ),
                _choice(
                    "retrain-cs",
                    _T(
                        "Setuju. Jadwalkan pelatihan ulang tim CS bulan ini.",
                        "Agree. Schedule CS team retraining this month.",
                    ),
                    _T(
                        """<p><strong>Jebakan klasik.</strong> Anda memperbaiki bagian yang
                        sudah bekerja. CS hanyalah satu titik sentuh di dalam pengalaman
                        pelanggan; layanan yang sangat baik tidak bisa menyelamatkan perjalanan
                        yang buruk. CSAT mungkin naik sedikit, tetapi alasan pelanggan pergi
                        belum tersentuh, dan Rp 40 juta sudah terpakai.</p>""",
                        """<p><strong>The classic trap.</strong> You are fixing the part that
                        already works. CS is only one touchpoint within the customer experience;
                        excellent service cannot rescue a poor journey. CSAT may rise a little,
                        but the reasons customers leave remain untouched, and Rp 40 million is
                        already gone.</p>""",
                    ),
                    next="training-week",
                    points=_points(journey=-3, metrics=-3, empathy=-1),
                    effects=_effects(csat="1", retention="-1", churn="1"),
                    cost=40,
                ),
            ],
        ),
        _step(
            "dewi-meeting",
            "decision",
            title=_T("Tim CS merasa disalahkan", "The CS team feels blamed"),
            channel="meeting",
            speaker=_DEWI,
            quarter=1,
            narrative=_T(
                """<p>Kabar bahwa CX lead baru sedang menyelidiki retensi cepat menyebar. Dewi,
                yang memimpin 45 agen CS, mengetuk pintu ruangan Anda dengan wajah tegang.</p>
                <p>"Saya mau bicara terus terang. Tim saya sudah bekerja keras. Rating kami 4,6
                dari 5. Kalau pelanggan tidak kembali, jangan-jangan itu bukan salah kami. Apa
                tim saya akan dilatih ulang lagi?"</p>""",
                """<p>Word that the new CX lead is investigating retention spreads fast. Dewi,
                who leads 45 CS agents, knocks on your door looking tense.</p>
                <p>"Let me be frank. My team works hard. Our rating is 4.6 out of 5. If
                customers don't come back, maybe that isn't our fault. Is my team going to be
                retrained again?"</p>""",
            ),
            choices=[
                _choice(
                    "acknowledge-and-ask",
                    _T(
                        'Akui hasil kerja timnya, lalu minta bantuannya: "Apa yang paling '
                        'sering ditanyakan pelanggan kepada tim Anda?"',
                        "Acknowledge her team's work, then ask for her help: \"What do "
                        'customers ask your team about most often?"',
                    ),
                    _T(
                        """<p>Anda memvalidasi perasaan Dewi dan menjadikan timnya mitra. Agen
                        CS mendengar keluhan pelanggan setiap hari; mereka sensor terbaik untuk
                        menemukan titik gesekan di sepanjang perjalanan. Dewi pun membuka akses
                        transkrip dengan senang hati.</p>""",
                        """<p>You validate Dewi's feelings and make her team a partner. CS
                        agents hear customers' complaints every day; they are the best sensors
                        for finding points of friction along the journey. Dewi gladly opens up
                        the transcripts.</p>""",
                    ),
                    next="investigation",
                    points=_points(empathy=4, ownership=2, journey=1),
                    expert=True,
                ),
                _choice(
                    "blame-cs",
                    _T(
                        "Tegaskan bahwa retensi rendah adalah tanggung jawab semua tim, "
                        "termasuk CS, jadi timnya juga harus berbenah.",
                        "Make clear that low retention is every team's responsibility, CS "
                        "included, so her team must improve too.",
                    ),
                    _T(
                        """<p>Kalimatnya benar secara umum, tetapi waktunya salah dan terdengar
                        seperti tuduhan. Dewi menjadi defensif, dan Anda kehilangan sekutu yang
                        paling tahu apa yang dikeluhkan pelanggan. Empati juga berlaku untuk
                        rekan kerja.</p>""",
                        """<p>True in general, but the timing is wrong and it sounds like an
                        accusation. Dewi gets defensive, and you lose the ally who knows best
                        what customers complain about. Empathy applies to colleagues too.</p>""",
                    ),
                    next="investigation",
                    points=_points(empathy=-3, journey=-1),
                ),
                _choice(
                    "skip-cs",
                    _T(
                        "Yakinkan Dewi bahwa CS tidak bermasalah, jadi timnya tidak perlu "
                        "dilibatkan dalam penyelidikan.",
                        "Reassure Dewi that CS is not the problem, so her team need not be "
                        "involved in the investigation.",
                    ),
                    _T(
                        """<p>Dewi lega, tetapi Anda membuang sumber wawasan yang penting.
                        Setiap kontak ke CS adalah jejak dari masalah di titik lain perjalanan
                        pelanggan. Perbaikan CX membutuhkan semua tim, termasuk CS.</p>""",
                        """<p>Dewi is relieved, but you throw away an important source of
                        insight. Every contact with CS is a trace of a problem somewhere else in
                        the customer journey. Improving CX needs every team, CS included.</p>""",
                    ),
                    next="investigation",
                    points=_points(empathy=-1, journey=-2),
                ),
            ],
        ),
        _step(
            "investigation",
            "investigation",
            title=_T("Lima sumber data, satu anggaran", "Five data sources, one budget"),
            channel="report",
            speaker=_RIZKY,
            quarter=1,
            narrative=_T(
                """<p>Rizky dari tim data menyiapkan lima sumber yang bisa Anda buka.
                Masing-masing membutuhkan waktu analis, alat, atau riset tambahan, dan biayanya
                dipotong dari anggaran Anda.</p>
                <p>Anda tidak wajib membuka semuanya. Pegang satu pertanyaan: <em>di titik mana
                dalam perjalanan, pelanggan memutuskan untuk tidak kembali?</em></p>
                <p>Setelah selesai, lanjutkan ke rapat diagnosis.</p>""",
                """<p>Rizky from the data team has prepared five sources you can open. Each
                takes analyst time, tools or extra research, and its cost comes out of your
                budget.</p>
                <p>You don't have to open them all. Keep one question in mind: <em>at which
                point in the journey do customers decide not to come back?</em></p>
                <p>When you are done, go on to the diagnosis meeting.</p>""",
            ),
            sources=[
                _source(
                    "src-transcripts",
                    _T(
                        "Transkrip CS: 500 chat dan panggilan dari tiga bulan terakhir",
                        "CS transcripts: 500 chats and calls from the last three months",
                    ),
                    10,
                    _T(
                        """<p>Agen Toko Nusantara memang sangat baik:</p>
                        <ul>
                        <li>Rating rata-rata per percakapan 4,6 dari 5.</li>
                        <li>81% masalah selesai pada kontak pertama (FCR).</li>
                        <li>Bahasa sopan dan sabar di hampir semua percakapan.</li>
                        </ul>
                        <p>Yang mencolok justru <strong>isi</strong> percakapannya: 41% kontak
                        adalah pertanyaan yang seharusnya sudah terjawab sebelum pelanggan perlu
                        bertanya.</p>
                        <ul>
                        <li>18%: "Di mana saya bisa menemukan …?" (produk tidak ketemu di
                        aplikasi)</li>
                        <li>13%: "Berapa ukuran, daya, atau bahannya?" (tidak tercantum di
                        halaman produk)</li>
                        <li>10%: "Bagaimana cara mengembalikan barang, dan kapan uang saya
                        kembali?"</li>
                        </ul>
                        <p>Salah satu penutup chat: <em>"Makasih, Kak, sangat membantu. Tapi
                        jujur, saya capek harus chat dulu setiap kali mau belanja."</em></p>""",
                        """<p>Toko Nusantara's agents really are very good:</p>
                        <ul>
                        <li>The average rating per conversation is 4.6 out of 5.</li>
                        <li>81% of issues are resolved on the first contact (FCR).</li>
                        <li>The language is polite and patient in almost every
                        conversation.</li>
                        </ul>
                        <p>What stands out is <strong>what</strong> the conversations are
                        about: 41% of contacts are questions that should have been answered
                        before the customer ever needed to ask.</p>
                        <ul>
                        <li>18%: "Where can I find …?" (the product cannot be found in the
                        app)</li>
                        <li>13%: "What are the size, wattage or materials?" (not stated on the
                        product page)</li>
                        <li>10%: "How do I return an item, and when will I get my money
                        back?"</li>
                        </ul>
                        <p>One chat ends: <em>"Thanks, you've been really helpful. But honestly,
                        I'm tired of having to chat with you every time I want to buy
                        something."</em></p>""",
                    ),
                    points=_points(journey=2, metrics=1),
                ),
                _source(
                    "src-analytics",
                    _T(
                        "Analitik situs web dan aplikasi, 90 hari",
                        "Website and app analytics, 90 days",
                    ),
                    15,
                    _T(
                        """<p>Rizky menyiapkan grafik corong (funnel) 90 hari. Kalau
                        digambarkan dengan kata-kata: dari setiap 100 pengunjung yang membuka
                        halaman kategori, 34 sampai ke halaman produk, 9 memasukkan barang ke
                        keranjang, dan 4 membayar. Batang grafik paling anjlok di antara
                        <strong>halaman kategori dan halaman produk</strong>.</p>
                        <ul>
                        <li>62% pencarian di aplikasi berakhir tanpa hasil atau langsung
                        diulang dengan kata lain.</li>
                        <li>Rice cooker ada di menu "Rumah Tangga › Lainnya", bukan di
                        "Dapur".</li>
                        <li>Di ponsel, 71% pengunjung meninggalkan halaman kategori tanpa
                        mengetuk apa pun.</li>
                        <li>Pelanggan butuh rata-rata 6 ketukan untuk menemukan sebuah produk;
                        di situs pesaing utama sekitar 3.</li>
                        </ul>""",
                        """<p>Rizky has prepared a 90-day funnel chart. In words: of every 100
                        visitors who open a category page, 34 reach a product page, 9 put
                        something in the basket and 4 pay. The bars drop most steeply between
                        the <strong>category page and the product page</strong>.</p>
                        <ul>
                        <li>62% of searches in the app end with no results or are immediately
                        retyped with other words.</li>
                        <li>Rice cookers sit under "Household › Other", not under
                        "Kitchen".</li>
                        <li>On mobile, 71% of visitors leave a category page without tapping
                        anything.</li>
                        <li>Customers need 6 taps on average to find a product; on the main
                        competitor's site it takes about 3.</li>
                        </ul>""",
                    ),
                    points=_points(metrics=2, journey=2),
                ),
                _source(
                    "src-product-pages",
                    _T(
                        "Audit 200 halaman produk terlaris",
                        "Audit of the 200 best-selling product pages",
                    ),
                    10,
                    _T(
                        """<p>Bersama tim merchandising, Anda memeriksa 200 halaman produk
                        terlaris satu per satu:</p>
                        <ul>
                        <li>46% tidak mencantumkan ukuran atau dimensi.</li>
                        <li>38% tidak menyebut daya listrik, bahan, atau isi kemasan.</li>
                        <li>Hanya 1 dari 5 halaman furnitur punya panduan ukuran.</li>
                        <li>22% hanya punya satu foto dari satu sudut.</li>
                        </ul>
                        <p>Contohnya, halaman lemari dua pintu terlaris hanya berisi satu foto
                        dan kalimat "Lemari kokoh, cocok untuk kamar Anda." Tidak ada tinggi,
                        lebar, maupun kedalamannya.</p>""",
                        """<p>Together with the merchandising team, you go through the 200
                        best-selling product pages one by one:</p>
                        <ul>
                        <li>46% give no size or dimensions.</li>
                        <li>38% do not mention wattage, materials or what is in the box.</li>
                        <li>Only 1 in 5 furniture pages has a size guide.</li>
                        <li>22% have a single photo from a single angle.</li>
                        </ul>
                        <p>For example, the page of the best-selling two-door wardrobe holds one
                        photo and the sentence "A sturdy wardrobe, just right for your room."
                        No height, width or depth.</p>""",
                    ),
                    points=_points(journey=2, metrics=1),
                ),
                _source(
                    "src-returns",
                    _T(
                        "Data retur dan refund, 12 bulan",
                        "Returns and refunds data, 12 months",
                    ),
                    15,
                    _T(
                        """<ul>
                        <li>12.400 retur dalam setahun; 63% dengan alasan "tidak sesuai
                        deskripsi" atau "ukuran tidak sesuai".</li>
                        <li>Prosesnya lima langkah: isi formulir di aplikasi, cetak label,
                        tunggu kurir menjemput, pemeriksaan di gudang, baru refund. Barang yang
                        dibeli online <strong>tidak bisa</strong> dikembalikan di toko.</li>
                        <li>Uang kembali rata-rata setelah 14 hari.</li>
                        <li>Skor kemudahan (CES) proses retur hanya 1,9 dari 7 (sangat sulit),
                        dibanding 4,1 untuk urusan lain.</li>
                        <li>Analisis kohort: dari pelanggan yang pernah retur, hanya
                        <strong>31%</strong> belanja lagi dalam 12 bulan, dibanding 68%
                        pelanggan yang tidak pernah retur.</li>
                        </ul>""",
                        """<ul>
                        <li>12,400 returns in a year; 63% give "not as described" or "wrong
                        size" as the reason.</li>
                        <li>The process has five steps: fill in a form in the app, print a
                        label, wait for a courier pickup, inspection at the warehouse, and only
                        then the refund. Items bought online <strong>cannot</strong> be returned
                        in a store.</li>
                        <li>Money comes back after 14 days on average.</li>
                        <li>The ease score (CES) for returns is only 1.9 out of 7 (very hard),
                        against 4.1 for other matters.</li>
                        <li>Cohort analysis: of customers who have returned something, only
                        <strong>31%</strong> buy again within 12 months, against 68% of
                        customers who never returned anything.</li>
                        </ul>""",
                    ),
                    points=_points(journey=3, metrics=2),
                ),
                _source(
                    "src-survey",
                    _T(
                        "Komentar terbuka survei: 1.200 jawaban",
                        "Open survey comments: 1,200 answers",
                    ),
                    10,
                    _T(
                        """<p>Setelah komentar dikelompokkan per tema:</p>
                        <ul>
                        <li>34% navigasi dan pencarian</li>
                        <li>29% informasi produk yang kurang lengkap</li>
                        <li>27% proses retur dan refund</li>
                        <li>6% sikap petugas CS</li>
                        <li>4% harga</li>
                        </ul>
                        <p>Beberapa kutipan:</p>
                        <ul>
                        <li><em>"Mbak CS-nya ramah sekali, tapi cari rice cooker di aplikasi
                        rasanya seperti main petak umpet."</em></li>
                        <li><em>"Nilai 5 untuk CS-nya. Tapi kasurnya kekecilan karena ukurannya
                        tidak ditulis, dan uang saya baru kembali dua minggu kemudian. Lain kali
                        saya belanja di tempat lain saja."</em></li>
                        <li><em>"Kenapa beli online tidak bisa dikembalikan di toko? Padahal
                        tokonya dekat rumah saya."</em></li>
                        </ul>""",
                        """<p>Once the comments are grouped by theme:</p>
                        <ul>
                        <li>34% navigation and search</li>
                        <li>29% incomplete product information</li>
                        <li>27% returns and refunds</li>
                        <li>6% the attitude of CS staff</li>
                        <li>4% price</li>
                        </ul>
                        <p>A few quotes:</p>
                        <ul>
                        <li><em>"The CS lady is so friendly, but finding a rice cooker in the
                        app feels like playing hide-and-seek."</em></li>
                        <li><em>"Five stars for CS. But the mattress was too small because the
                        size wasn't listed, and I only got my money back two weeks later. Next
                        time I'll just shop somewhere else."</em></li>
                        <li><em>"Why can't I return an online order in a store? The store is
                        right near my house."</em></li>
                        </ul>""",
                    ),
                    points=_points(empathy=2, journey=1),
                ),
            ],
            next="diagnosis",
        ),
        _step(
            "diagnosis",
            "decision",
            title=_T("Rapat diagnosis", "The diagnosis meeting"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=1,
            narrative=_T(
                """<p>Pak Hendra, Dewi, Rizky, dan kepala merchandising duduk mengelilingi meja.
                "Jadi," kata Pak Hendra, "kenapa pelanggan kita tidak kembali, padahal CS kita
                dipuji di mana-mana?"</p>
                <p>Semua mata tertuju pada Anda.</p>""",
                """<p>Pak Hendra, Dewi, Rizky and the head of merchandising sit around the
                table. "So," says Pak Hendra, "why don't our customers come back, when our CS is
                praised everywhere?"</p>
                <p>All eyes are on you.</p>""",
            ),
            choices=[
                _choice(
                    "journey-diagnosis",
                    _T(
                        "Masalahnya bukan keramahan CS, melainkan tiga titik gesekan di "
                        "perjalanan: menu yang membuat pelanggan tersesat, halaman produk yang "
                        "minim keterangan, dan retur yang berbelit. Banyak kontak CS hanyalah "
                        "gejalanya.",
                        "The problem isn't how friendly CS is, but three points of friction in "
                        "the journey: confusing navigation, incomplete product information and "
                        "a painful returns process. Many CS contacts are only symptoms of "
                        "them.",
                    ),
                    _T(
                        """<p><strong>Tepat.</strong> CSAT mengukur satu interaksi; retensi
                        mengukur seluruh hubungan. Pelanggan puas dengan agen yang menolong
                        mereka, tetapi kecewa dengan perjalanan yang memaksa mereka menghubungi
                        agen. Anda menghubungkan gejala (kontak CS, retur) dengan penyebabnya
                        (navigasi, info produk, proses retur).</p>""",
                        """<p><strong>Spot on.</strong> CSAT measures a single interaction;
                        retention measures the whole relationship. Customers are pleased with
                        the agent who helps them, but let down by the journey that forced them
                        to contact an agent. You connect the symptoms (CS contacts, returns) to
                        their causes (navigation, product information, the returns
                        process).</p>""",
                    ),
                    next="plan",
                    points=_points(journey=5, metrics=3),
                    expert=True,
                ),
                _choice(
                    "price-diagnosis",
                    _T(
                        "CSAT 86% membuktikan pelanggan puas. Mereka pergi karena pesaing lebih "
                        "murah; kita harus bersaing harga.",
                        "A CSAT of 86% proves customers are satisfied. They leave because "
                        "competitors are cheaper; we have to compete on price.",
                    ),
                    _T(
                        """<p>Ini salah membaca metrik. CSAT yang tinggi hanya berarti
                        interaksi dengan CS berjalan baik; ia tidak mengukur kesetiaan. Di
                        komentar survei, harga hanya disebut oleh 4% responden. Perang harga
                        menggerus margin tanpa menyentuh alasan pelanggan pergi.</p>""",
                        """<p>This misreads the metrics. A high CSAT only means interactions
                        with CS go well; it does not measure loyalty. In the survey comments,
                        price is mentioned by just 4% of respondents. A price war erodes margins
                        without touching the reasons customers leave.</p>""",
                    ),
                    next="plan",
                    points=_points(metrics=-3, journey=-2),
                ),
                _choice(
                    "cs-diagnosis",
                    _T(
                        "Banyaknya kontak ke CS berarti agen kurang tuntas menjelaskan. Tim CS "
                        "perlu dilatih ulang.",
                        "The high number of CS contacts means agents don't explain things well "
                        "enough. The CS team needs retraining.",
                    ),
                    _T(
                        """<p>Kontak yang banyak bukan tanda agen yang lemah: 81% masalah
                        selesai pada kontak pertama. Pelanggan menghubungi CS karena situs dan
                        halaman produk gagal menjawab pertanyaan mereka. Melatih agen menjawab
                        lebih baik tidak mengurangi alasan pelanggan harus bertanya.</p>""",
                        """<p>Many contacts are not a sign of weak agents: 81% of issues are
                        resolved on the first contact. Customers contact CS because the site and
                        the product pages fail to answer their questions. Training agents to
                        answer better does not remove the reasons customers have to ask.</p>""",
                    ),
                    next="plan",
                    points=_points(journey=-3, metrics=-2, empathy=-1),
                ),
            ],
        ),
        _step(
            "plan",
            "decision",
            title=_T("Membagi anggaran", "Splitting the budget"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=2,
            narrative=_T(
                """<p>Pak Hendra meminta rencana untuk tiga kuartal ke depan. Tim digital,
                merchandising, gudang, dan toko sudah menyiapkan perkiraan biaya:</p>
                <ul>
                <li>Perbaikan menu dan pencarian di aplikasi dan situs: Rp 10 juta</li>
                <li>Melengkapi informasi 200 produk terlaris (ukuran, bahan, foto, panduan
                ukuran): Rp 5 juta</li>
                <li>Uji coba retur mudah di 10 toko (barang online bisa dikembalikan di toko,
                refund dalam 3 hari): Rp 10 juta</li>
                <li>Pelatihan ulang tim CS: Rp 15 juta; voucher diskon untuk pelanggan lama: Rp
                15 juta</li>
                </ul>
                <p>Periksa sisa anggaran Anda sebelum memilih.</p>""",
                """<p>Pak Hendra asks for a plan for the next three quarters. The digital,
                merchandising, warehouse and store teams have prepared cost estimates:</p>
                <ul>
                <li>Fixing the menus and search in the app and on the website: Rp 10
                million</li>
                <li>Completing the information on the 200 best-selling products (size,
                materials, photos, size guides): Rp 5 million</li>
                <li>An easy-returns pilot in 10 stores (online orders can be returned in store,
                refund within 3 days): Rp 10 million</li>
                <li>Retraining the CS team: Rp 15 million; discount vouchers for existing
                customers: Rp 15 million</li>
                </ul>
                <p>Check how much budget you have left before you choose.</p>""",
            ),
            choices=[
                _choice(
                    "fix-journey-pilot",
                    _T(
                        "Kerjakan ketiganya: perbaiki navigasi, lengkapi info produk, dan uji "
                        "coba retur mudah di 10 toko.",
                        "Tackle all three: fix the navigation, complete the product information "
                        "and pilot easy returns in 10 stores.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Anda menangani ketiga penyebab
                        sekaligus dengan biaya yang sepadan: perbaikan cepat untuk navigasi dan
                        info produk, dan uji coba kecil untuk proses retur, yang lebih rumit
                        karena melibatkan gudang dan toko. Uji coba memberi bukti sebelum Anda
                        mempertaruhkan anggaran yang lebih besar.</p>""",
                        """<p><strong>The expert's choice.</strong> You tackle all three causes
                        at once at a proportionate cost: quick fixes for navigation and product
                        information, and a small pilot for returns, which is harder because it
                        involves the warehouse and the stores. A pilot gives you evidence before
                        you stake a bigger budget.</p>""",
                    ),
                    next="q2-report",
                    points=_points(journey=5, ownership=2),
                    effects=_effects(csat="1", nps="6", ces="0.6", retention="3", churn="-3"),
                    cost=25,
                    expert=True,
                ),
                _choice(
                    "quick-wins-only",
                    _T(
                        "Perbaiki navigasi dan info produk saja. Retur melibatkan gudang dan "
                        "toko, terlalu rumit untuk tahun ini.",
                        "Fix only the navigation and product information. Returns involve the "
                        "warehouse and the stores, which is too complex for this year.",
                    ),
                    _T(
                        """<p>Dua perbaikan ini bagus dan murah, dan akan mengurangi retur
                        karena "tidak sesuai deskripsi". Tetapi Anda menghindari titik yang
                        paling menyakitkan: hanya 31% pelanggan yang pernah retur mau kembali.
                        Menghindari masalah karena melibatkan banyak tim adalah kebalikan dari
                        sikap kepemilikan.</p>""",
                        """<p>These two fixes are good and cheap, and they will cut returns
                        for "not as described". But you avoid the most painful point: only 31%
                        of customers who have returned something come back. Avoiding a problem
                        because it involves many teams is the opposite of ownership.</p>""",
                    ),
                    next="q2-report-partial",
                    points=_points(journey=2, ownership=-2),
                    effects=_effects(csat="0.5", nps="3", ces="0.3", retention="1.5", churn="-1.5"),
                    cost=15,
                ),
                _choice(
                    "retrain-and-voucher",
                    _T(
                        "Ikuti usulan awal Pak Hendra: pelatihan ulang CS dan voucher diskon.",
                        "Follow Pak Hendra's original idea: CS retraining and discount vouchers.",
                    ),
                    _T(
                        """<p>Anda sudah memegang bukti, tetapi memilih solusi yang paling
                        nyaman secara politis. Pelatihan menyentuh bagian yang sudah bekerja,
                        dan voucher hanya membeli satu transaksi. Tidak satu pun menyentuh
                        navigasi, info produk, atau retur.</p>""",
                        """<p>You have the evidence in hand but pick the most politically
                        comfortable option. Training touches the part that already works, and
                        vouchers only buy a single transaction. Neither touches navigation,
                        product information or returns.</p>""",
                    ),
                    next="q2-misfire",
                    points=_points(journey=-3, metrics=-3),
                    effects=_effects(csat="1", nps="1", retention="-1", churn="1"),
                    cost=30,
                ),
                _choice(
                    "cs-faq",
                    _T(
                        "Tanpa biaya: minta tim CS menyiapkan skrip jawaban cepat untuk "
                        "pertanyaan soal lokasi produk, ukuran, dan retur.",
                        "At no cost: have the CS team prepare quick answer scripts for questions "
                        "about finding products, sizes and returns.",
                    ),
                    _T(
                        """<p>Gratis, tetapi Anda menambal gejala di titik sentuh yang salah.
                        Jawaban CS yang lebih cepat tetap berarti pelanggan harus bertanya dulu.
                        Informasi itu seharusnya ada di menu dan halaman produk, tepat di tempat
                        pelanggan mencarinya, dan retur tetap selambat sebelumnya.</p>""",
                        """<p>Free, but you are patching symptoms at the wrong touchpoint. Faster
                        answers from CS still mean customers have to ask first. That information
                        belongs in the menus and on the product pages, right where customers look
                        for it, and returns stay as slow as before.</p>""",
                    ),
                    next="q2-misfire",
                    points=_points(journey=-2, metrics=-1),
                    effects=_effects(csat="1", nps="1", retention="-1", churn="1"),
                ),
            ],
        ),
        _step(
            "training-week",
            "narrative",
            title=_T("Minggu pelatihan", "Training week"),
            channel="email",
            speaker=_DEWI,
            quarter=1,
            narrative=_T(
                """<p>Email dari Dewi:</p>
                <p><em>"Pelatihan tiga hari sudah selesai. Materinya bagus: bahasa positif,
                empati, menangani pelanggan yang marah. Tapi beberapa agen senior bertanya
                kepada saya, 'Bu, memangnya cara kerja kami salah di mana?' Saya tidak tahu
                harus menjawab apa, karena sebagian besar materi itu sudah mereka praktikkan
                setiap hari.</em></p>
                <p><em>Satu hal lagi: minggu ini kami kembali menerima puluhan pertanyaan yang
                sama, soal produk yang tidak ketemu di aplikasi dan soal retur yang lama.
                Pelatihan tidak mengubah hal itu."</em></p>""",
                """<p>An email from Dewi:</p>
                <p><em>"The three-day training is over. The content was good: positive language,
                empathy, handling angry customers. But several senior agents asked me, 'So what
                exactly were we doing wrong?' I didn't know what to tell them, because they
                already practise most of it every day.</em></p>
                <p><em>One more thing: this week we again got dozens of the same questions,
                about products people can't find in the app and about slow returns. The training
                didn't change that."</em></p>""",
            ),
            next="q2-flat",
        ),
        # Q2 ------------------------------------------------------------------------------
        _step(
            "q2-report",
            "narrative",
            title=_T(
                "Laporan Q2: perjalanan mulai lancar", "Q2 report: the journey starts to flow"
            ),
            channel="report",
            speaker=_RIZKY,
            quarter=2,
            narrative=_T(
                """<p>Laporan Q2 dari Rizky:</p>
                <ul>
                <li>Menu baru dan pencarian yang mengenali sinonim ("penanak nasi" kini
                menemukan rice cooker): pengunjung yang sampai ke halaman produk naik dari 34
                menjadi 47 per 100.</li>
                <li>200 halaman produk kini lengkap dengan ukuran, bahan, dan foto dari beberapa
                sudut. Retur karena "tidak sesuai deskripsi" turun 22%.</li>
                <li>Di 10 toko uji coba, pelanggan bisa mengembalikan barang online di toko dan
                menerima refund dalam 3 hari. CES retur di toko-toko itu naik dari 1,9 menjadi
                4,6.</li>
                <li>Kontak CS jenis "di mana" dan "berapa ukurannya" turun 28%.</li>
                </ul>
                <p>Dasbor: CSAT 87%, NPS 18, CES 3,8, retensi 65%, churn 35%.</p>""",
                """<p>Rizky's Q2 report:</p>
                <ul>
                <li>New menus and a search that understands synonyms ("rice steamer" now finds
                rice cookers): visitors reaching a product page rose from 34 to 47 per
                100.</li>
                <li>The 200 product pages now list sizes and materials and show photos from
                several angles. Returns for "not as described" fell by 22%.</li>
                <li>In the 10 pilot stores, customers can return online orders in store and get
                their refund within 3 days. The returns CES in those stores rose from 1.9 to
                4.6.</li>
                <li>"Where is it" and "what size is it" contacts to CS fell by 28%.</li>
                </ul>
                <p>Dashboard: CSAT 87%, NPS 18, CES 3.8, retention 65%, churn 35%.</p>""",
            ),
            next="angry-customer",
        ),
        _step(
            "angry-customer",
            "decision",
            title=_T("Pesan WhatsApp dari Ibu Ratna", "A WhatsApp message from Ibu Ratna"),
            channel="whatsapp",
            speaker=_RATNA,
            quarter=2,
            narrative=_T(
                """<p>Dewi meneruskan pesan yang masuk ke WhatsApp resmi, karena pelanggan ini
                minta bicara dengan "atasan":</p>
                <p><em>"Saya sudah 5 tahun belanja di Toko Nusantara. Bulan lalu saya retur
                kipas angin yang rusak. Sudah 16 hari uang saya belum kembali. Toko dekat rumah
                tidak mau menerima retur karena belinya online. Tiga kali saya chat CS, semuanya
                sopan, tapi jawabannya sama: 'mohon ditunggu'. Ini terakhir kali saya belanja di
                sini."</em></p>
                <p>Surabaya belum termasuk kota uji coba retur.</p>""",
                """<p>Dewi forwards a message that came in on the official WhatsApp line,
                because this customer has asked to speak to "someone in charge":</p>
                <p><em>"I've shopped at Toko Nusantara for 5 years. Last month I returned a
                broken fan. It's been 16 days and I still don't have my money back. The store
                near my house won't take the return because I bought it online. I've chatted
                with CS three times; everyone was polite, but the answer was always the same:
                'please wait'. This is the last time I shop here."</em></p>
                <p>Surabaya is not yet one of the returns pilot cities.</p>""",
            ),
            choices=[
                _choice(
                    "personal-recovery",
                    _T(
                        "Balas sendiri dan sapa namanya: minta maaf dengan tulus, pastikan "
                        "refund diproses hari ini, jelaskan apa yang sedang diubah, dan janjikan "
                        "kabar saat retur di toko Surabaya dibuka.",
                        "Reply yourself and use her name: apologise sincerely, make sure the "
                        "refund is processed today, explain what is changing, and promise to "
                        "let her know when in-store returns open in Surabaya.",
                    ),
                    _T(
                        """<p>Anda menangani layanan (refund hari ini) dan perawatan (hubungan
                        jangka panjang) sekaligus. Permintaan maaf yang spesifik dan janji
                        tindak lanjut yang ditepati jauh lebih kuat daripada kalimat baku. Anda
                        juga menutup lingkaran umpan balik: Ibu Ratna tahu keluhannya ikut
                        mengubah sesuatu.</p>""",
                        """<p>You handle service (the refund today) and care (the long-term
                        relationship) at once. A specific apology and a follow-up promise that
                        is kept are far stronger than stock phrases. You also close the feedback
                        loop: Ibu Ratna knows her complaint helped change something.</p>""",
                    ),
                    next="q3-pressure",
                    points=_points(empathy=5, ownership=3),
                    effects=_effects(nps="1"),
                    expert=True,
                ),
                _choice(
                    "template-reply",
                    _T(
                        "Minta CS mengirim template permintaan maaf standar dan nomor tiket baru.",
                        "Ask CS to send the standard apology template and a new ticket number.",
                    ),
                    _T(
                        """<p>Pesan generik yang terasa otomatis adalah kesalahan klasik dalam
                        perawatan pelanggan. Ibu Ratna sudah tiga kali mendapat jawaban sopan
                        tanpa hasil; template keempat hanya menegaskan bahwa tidak ada yang
                        benar-benar memegang masalahnya.</p>""",
                        """<p>A generic message that feels automated is a classic customer care
                        mistake. Ibu Ratna has already had three polite answers that led
                        nowhere; a fourth template only confirms that nobody really owns her
                        problem.</p>""",
                    ),
                    next="q3-pressure",
                    points=_points(empathy=-2, ownership=-2),
                    effects=_effects(nps="-1"),
                ),
                _choice(
                    "voucher-only",
                    _T(
                        "Kirim voucher Rp 100 ribu sebagai permintaan maaf, tanpa membahas "
                        "refund-nya.",
                        "Send a Rp 100,000 voucher as an apology, without addressing the refund.",
                    ),
                    _T(
                        """<p>Voucher tanpa penyelesaian terasa seperti membeli kesabaran
                        pelanggan. Masalah utamanya, uang yang belum kembali, masih menggantung.
                        Kompensasi baru bermakna setelah masalahnya selesai dan disertai
                        permintaan maaf yang tulus.</p>""",
                        """<p>A voucher without a resolution feels like buying the customer's
                        patience. The real problem, money that has not come back, is still
                        unresolved. Compensation only means something once the problem is solved
                        and comes with a sincere apology.</p>""",
                    ),
                    next="q3-pressure",
                    points=_points(empathy=-1, journey=-1),
                ),
            ],
        ),
        _step(
            "q2-report-partial",
            "narrative",
            title=_T("Q2: mencoba aplikasi baru sendiri", "Q2: trying the new app yourself"),
            channel="website",
            speaker=_RIZKY,
            quarter=2,
            narrative=_T(
                """<p>Anda membuka aplikasi yang sudah diperbarui di ponsel dan mengetik
                "penanak nasi". Rice cooker langsung muncul di kategori "Dapur", lengkap dengan
                ukuran, daya, dan foto dari empat sudut. Laporan Q2 dari Rizky:</p>
                <ul>
                <li>Pengunjung yang sampai ke halaman produk naik dari 34 menjadi 47 per
                100.</li>
                <li>Retur karena "tidak sesuai deskripsi" turun 22%.</li>
                <li>Kontak CS jenis "di mana" dan "berapa ukurannya" turun 28%.</li>
                </ul>
                <p>Namun proses retur belum berubah: tetap lima langkah, refund tetap 14 hari,
                dan CES retur masih 1,9. Dasbor: CSAT 86,5%, NPS 15, CES 3,5, retensi 63,5%,
                churn 36,5%.</p>""",
                """<p>You open the updated app on your phone and type "rice steamer". Rice
                cookers appear at once under "Kitchen", with size, wattage and photos from four
                angles. Rizky's Q2 report:</p>
                <ul>
                <li>Visitors reaching a product page rose from 34 to 47 per 100.</li>
                <li>Returns for "not as described" fell by 22%.</li>
                <li>"Where is it" and "what size is it" contacts to CS fell by 28%.</li>
                </ul>
                <p>But the returns process has not changed: still five steps, refunds still take
                14 days, and the returns CES is still 1.9. Dashboard: CSAT 86.5%, NPS 15, CES
                3.5, retention 63.5%, churn 36.5%.</p>""",
            ),
            next="returns-escalation",
        ),
        _step(
            "q2-flat",
            "decision",
            title=_T("Laporan Q2: CSAT naik, retensi turun", "Q2 report: CSAT up, retention down"),
            channel="report",
            speaker=_HENDRA,
            quarter=2,
            narrative=_T(
                """<p>Dasbor Q2: CSAT 87% (naik satu poin), NPS tetap 12, CES tetap 3,2,
                retensi turun ke 61%, churn naik ke 39%. Sisa anggaran Rp 60 juta.</p>
                <p>Pak Hendra mengerutkan dahi. "Pelatihannya sudah jalan, pelanggan makin puas
                dengan CS, tapi yang pergi malah bertambah. Mungkin kita perlu diskon besar.
                Voucher 20% untuk semua pelanggan lama, Rp 40 juta. Setuju?"</p>""",
                """<p>Q2 dashboard: CSAT 87% (up one point), NPS still 12, CES still 3.2,
                retention down to 61%, churn up to 39%. Budget left: Rp 60 million.</p>
                <p>Pak Hendra frowns. "The training is done, customers are even happier with
                CS, and yet more of them are leaving. Maybe we need a big discount. A 20%
                voucher for every existing customer, Rp 40 million. Agreed?"</p>""",
            ),
            choices=[
                _choice(
                    "late-investigate",
                    _T(
                        "Minta waktu untuk membuka data retur dan komentar survei sebelum "
                        "mengeluarkan uang lagi.",
                        "Ask for time to open the returns data and the survey comments before "
                        "spending any more money.",
                    ),
                    _T(
                        """<p>Lebih baik terlambat daripada terus menebak. Anda berhenti
                        mengobati gejala dan mulai mencari penyebab. Mengakui bahwa langkah
                        pertama tidak berhasil dan mengubah arah berdasarkan data adalah tanda
                        kepemilikan, bukan kelemahan.</p>""",
                        """<p>Better late than guessing on. You stop treating symptoms and start
                        looking for causes. Admitting that the first step did not work and
                        changing course based on data is a sign of ownership, not
                        weakness.</p>""",
                    ),
                    next="late-findings",
                    points=_points(metrics=4, ownership=3),
                    expert=True,
                ),
                _choice(
                    "discount-push",
                    _T(
                        "Setuju. Luncurkan voucher 20% untuk semua pelanggan lama.",
                        "Agreed. Launch a 20% voucher for every existing customer.",
                    ),
                    _T(
                        """<p>Voucher memancing satu pembelian, tetapi pelanggan tetap bertemu
                        navigasi yang membingungkan, info produk yang kurang, dan retur yang
                        lama. Diskon membeli transaksi, bukan kesetiaan. Sisa anggaran untuk
                        perbaikan nyata tinggal Rp 20 juta.</p>""",
                        """<p>A voucher prompts one purchase, but customers still run into
                        confusing navigation, missing product information and slow returns.
                        Discounts buy transactions, not loyalty. Only Rp 20 million is left for
                        real fixes.</p>""",
                    ),
                    next="q3-worst-report",
                    points=_points(journey=-3, metrics=-2),
                    effects=_effects(nps="1", retention="-0.5", churn="0.5"),
                    cost=40,
                ),
                _choice(
                    "wait-for-training",
                    _T(
                        "Tunggu satu kuartal lagi; efek pelatihan butuh waktu.",
                        "Wait another quarter; training takes time to show results.",
                    ),
                    _T(
                        """<p>Menunggu tanpa hipotesis baru berarti membiarkan churn terus
                        berjalan. Pelatihan sudah terbukti menaikkan CSAT, bukan retensi; data
                        Q2 sudah menjawab pertanyaannya. Mengelola CX berarti mengukur,
                        mengevaluasi, lalu mengubah arah.</p>""",
                        """<p>Waiting without a new hypothesis means letting churn run on. The
                        training has been shown to lift CSAT, not retention; the Q2 data has
                        already answered the question. Managing CX means measuring, evaluating,
                        then changing course.</p>""",
                    ),
                    next="q3-worst-report",
                    points=_points(ownership=-3, metrics=-2),
                    effects=_effects(retention="-1", churn="1"),
                ),
            ],
        ),
        _step(
            "q2-misfire",
            "narrative",
            title=_T("Laporan Q2: bukti yang tidak dipakai", "Q2 report: evidence left unused"),
            channel="report",
            speaker=_RIZKY,
            quarter=2,
            narrative=_T(
                """<p>Laporan Q2 dari Rizky: CSAT 87%, NPS 13, CES tetap 3,2, retensi 61%,
                churn 39%.</p>
                <p>Tim CS menjawab lebih cepat dari sebelumnya, dan pelanggan memberi nilai baik
                untuk hampir setiap percakapan. Tetapi pertanyaan yang sama terus berdatangan,
                karena penyebabnya tidak berubah: produk masih sulit dicari, banyak halaman
                produk masih tanpa ukuran, dan refund masih butuh sekitar 14 hari. Sepertiga
                retur bulan ini kembali beralasan "ukuran tidak sesuai".</p>
                <p>Di akhir laporannya Rizky menambahkan satu kalimat: <em>"Temuan investigasi
                Q1 belum ditindaklanjuti."</em></p>""",
                """<p>Rizky's Q2 report: CSAT 87%, NPS 13, CES still 3.2, retention 61%, churn
                39%.</p>
                <p>The CS team answers faster than before, and customers rate almost every
                conversation well. But the same questions keep coming, because their causes
                have not changed: products are still hard to find, many product pages still
                give no size, and refunds still take about 14 days. A third of this month's
                returns again give "wrong size" as the reason.</p>
                <p>At the end of his report Rizky adds one line: <em>"The findings of the Q1
                investigation have not been acted on."</em></p>""",
            ),
            next="q3-worst-report",
        ),
        _step(
            "late-findings",
            "investigation",
            title=_T("Investigasi yang terlambat", "A late investigation"),
            channel="report",
            speaker=_RIZKY,
            quarter=2,
            narrative=_T(
                """<p>Rizky bisa menyiapkan dua sumber dalam waktu singkat. Sisa anggaran Anda
                Rp 60 juta; apa pun yang Anda buka di sini mengurangi dana untuk perbaikan.</p>
                <p>Setelah selesai, bawa temuan Anda ke Pak Hendra.</p>""",
                """<p>Rizky can prepare two sources at short notice. You have Rp 60 million
                left; whatever you open here reduces the money for fixes.</p>
                <p>When you are done, take your findings to Pak Hendra.</p>""",
            ),
            sources=[
                _source(
                    "late-src-returns",
                    _T(
                        "Data retur dan refund, 12 bulan",
                        "Returns and refunds data, 12 months",
                    ),
                    10,
                    _T(
                        """<ul>
                        <li>Alasan retur teratas: 63% "tidak sesuai deskripsi" atau "ukuran
                        tidak sesuai".</li>
                        <li>Pembelian online tidak bisa dikembalikan di toko; pelanggan harus
                        mencetak label dan menunggu kurir.</li>
                        <li>Uang kembali rata-rata setelah 14 hari; CES proses retur 1,9 dari
                        7.</li>
                        <li>Hanya 31% pelanggan yang pernah retur belanja lagi dalam 12 bulan,
                        dibanding 68% yang tidak pernah retur.</li>
                        </ul>
                        <p>Catatan Rizky: <em>"Pelatihan CS tidak mengubah satu pun angka di
                        atas. Masalahnya ada di proses, bukan di percakapan."</em></p>""",
                        """<ul>
                        <li>Top return reasons: 63% "not as described" or "wrong size".</li>
                        <li>Online orders cannot be returned in store; customers must print a
                        label and wait for a courier.</li>
                        <li>Money comes back after 14 days on average; the returns CES is 1.9
                        out of 7.</li>
                        <li>Only 31% of customers who have returned something buy again within
                        12 months, against 68% of those who never did.</li>
                        </ul>
                        <p>Rizky's note: <em>"CS training did not change a single one of these
                        numbers. The problem is in the process, not in the
                        conversation."</em></p>""",
                    ),
                    points=_points(journey=3, metrics=2),
                ),
                _source(
                    "late-src-survey",
                    _T(
                        "Komentar terbuka survei: 1.200 jawaban",
                        "Open survey comments: 1,200 answers",
                    ),
                    10,
                    _T(
                        """<p>Tema komentar: navigasi dan pencarian 34%, info produk 29%, retur
                        dan refund 27%, sikap petugas CS 6%, harga 4%.</p>
                        <ul>
                        <li><em>"Agennya sopan, kelihatannya baru ikut pelatihan juga. Tapi
                        tetap saja saya harus menunggu dua minggu untuk refund."</em></li>
                        <li><em>"Foto lemarinya cuma satu, ukurannya tidak ada. Ya sudah, saya
                        beli di tempat lain yang lebih jelas."</em></li>
                        </ul>""",
                        """<p>Comment themes: navigation and search 34%, product information
                        29%, returns and refunds 27%, CS staff attitude 6%, price 4%.</p>
                        <ul>
                        <li><em>"The agent was polite, looks like they just had training too.
                        But I still had to wait two weeks for my refund."</em></li>
                        <li><em>"There was one photo of the wardrobe and no size. So I bought
                        it somewhere that made it clear."</em></li>
                        </ul>""",
                    ),
                    points=_points(empathy=2, journey=2),
                ),
            ],
            next="late-fix",
        ),
        _step(
            "late-fix",
            "decision",
            title=_T("Perbaikan dengan sisa anggaran", "A fix with what's left"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=2,
            narrative=_T(
                """<p>Anda membawa temuan ke Pak Hendra. Ia terdiam sejenak. "Jadi pelatihan itu
                tidak menyentuh masalahnya."</p>
                <p>Sisa anggaran Anda antara Rp 40 juta dan Rp 60 juta, tergantung data yang
                Anda buka. Perkiraan tim:</p>
                <ul>
                <li>Uji coba retur mudah di 10 toko, ditambah melengkapi info 50 produk yang
                paling sering diretur: Rp 20 juta</li>
                <li>Voucher diskon 20% untuk pelanggan lama: Rp 30 juta</li>
                </ul>""",
                """<p>You take your findings to Pak Hendra. He is silent for a moment. "So the
                training never touched the problem."</p>
                <p>You have between Rp 40 million and Rp 60 million left, depending on the data
                you opened. The team's estimates:</p>
                <ul>
                <li>An easy-returns pilot in 10 stores, plus completing the information on the
                50 most-returned products: Rp 20 million</li>
                <li>A 20% discount voucher for existing customers: Rp 30 million</li>
                </ul>""",
            ),
            choices=[
                _choice(
                    "late-returns-pilot",
                    _T(
                        "Uji coba retur mudah di 10 toko dan lengkapi info 50 produk yang paling "
                        "sering diretur.",
                        "Pilot easy returns in 10 stores and complete the information on the "
                        "50 most-returned products.",
                    ),
                    _T(
                        """<p>Anda mengarahkan sisa anggaran ke titik yang paling menyakitkan
                        dalam perjalanan, dan sekaligus ke penyebab utama retur. Hasilnya tidak
                        akan menutup kerugian tiga kuartal, tetapi arahnya benar dan bisa
                        diukur dengan CES retur dan kohort pelanggan.</p>""",
                        """<p>You point what is left of the budget at the most painful point in
                        the journey, and at the main cause of returns at the same time. It will
                        not make up for three lost quarters, but the direction is right and can
                        be measured with the returns CES and customer cohorts.</p>""",
                    ),
                    next="q3-late-report",
                    points=_points(journey=4, ownership=3),
                    effects=_effects(nps="3", ces="0.4", retention="1.5", churn="-1.5"),
                    cost=20,
                    expert=True,
                ),
                _choice(
                    "late-discount",
                    _T(
                        "Tetap luncurkan voucher 20%; perbaikan proses bisa tahun depan.",
                        "Launch the 20% voucher anyway; the process fixes can wait until next "
                        "year.",
                    ),
                    _T(
                        """<p>Anda sudah tahu penyebabnya, tetapi tetap memilih obat yang
                        menenangkan direksi. Voucher akan membawa pelanggan masuk ke perjalanan
                        yang sama persis dengan yang membuat mereka pergi.</p>""",
                        """<p>You now know the causes, yet still choose the remedy that calms
                        the board. The vouchers will lead customers straight into the very
                        journey that made them leave.</p>""",
                    ),
                    next="q3-worst-report",
                    points=_points(journey=-3, metrics=-2),
                    effects=_effects(nps="1", retention="-0.5", churn="0.5"),
                    cost=30,
                ),
                _choice(
                    "late-cs-script",
                    _T(
                        "Minta tim CS menjelaskan proses retur dengan lebih sabar; tidak perlu "
                        "biaya.",
                        "Ask the CS team to explain the returns process more patiently; it "
                        "costs nothing.",
                    ),
                    _T(
                        """<p>Penjelasan yang lebih sabar tidak membuat refund lebih cepat atau
                        membuka retur di toko. Anda kembali meminta tim yang sudah bekerja baik
                        untuk menambal proses yang rusak.</p>""",
                        """<p>A more patient explanation doesn't make refunds faster or open
                        returns in stores. Once again you ask a team that already does well to
                        patch over a broken process.</p>""",
                    ),
                    next="q3-worst-report",
                    points=_points(journey=-2, empathy=-1),
                ),
            ],
        ),
        # Q3 ------------------------------------------------------------------------------
        _step(
            "q3-pressure",
            "decision",
            title=_T("Pesaing memangkas harga", "A competitor cuts prices"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=3,
            narrative=_T(
                """<p>Awal Q3. Sebuah jaringan pesaing mengumumkan diskon 25% untuk peralatan
                rumah tangga. Pak Hendra memanggil Anda.</p>
                <p>"Retensi kita memang naik, tapi pelan. Direksi mulai gelisah. Bagaimana kalau
                sebagian sisa anggaran kita pakai untuk diskon juga, supaya pelanggan tidak
                lari?"</p>""",
                """<p>Early Q3. A competing chain announces 25% off household appliances. Pak
                Hendra calls you in.</p>
                <p>"Retention is rising, I grant you, but slowly. The board is getting
                restless. What if we spend part of the remaining budget on discounts too, so
                customers don't run off?"</p>""",
            ),
            choices=[
                _choice(
                    "show-cohort",
                    _T(
                        "Tunjukkan indikator awal dari toko uji coba: 58% pelanggan yang retur "
                        "di sana sudah belanja lagi, dibanding 31% sebelumnya. Minta satu "
                        "kuartal lagi untuk membuktikannya.",
                        "Show the early indicators from the pilot stores: 58% of customers who "
                        "returned something there have already bought again, against 31% "
                        "before. Ask for one more quarter to prove it.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Anda memakai metrik yang tepat
                        untuk pertanyaan yang tepat: analisis kohort dan indikator awal
                        menunjukkan arah retensi sebelum angka tahunan sempat berubah. Bertahan
                        pada strategi yang didukung data, alih-alih bereaksi pada langkah
                        pesaing, melindungi anggaran untuk memperluas apa yang terbukti
                        berhasil.</p>""",
                        """<p><strong>The expert's choice.</strong> You use the right metric
                        for the right question: cohort analysis and early indicators show where
                        retention is heading before the yearly figure has had time to move.
                        Holding to a strategy backed by data, rather than reacting to a
                        competitor's move, protects the budget for scaling up what has been
                        shown to work.</p>""",
                    ),
                    next="q3-report",
                    points=_points(metrics=5, ownership=2),
                    effects=_effects(nps="4", ces="0.4", retention="2", churn="-2"),
                    expert=True,
                ),
                _choice(
                    "invite-hendra-store",
                    _T(
                        "Ajak Pak Hendra ke salah satu toko uji coba untuk mendengar langsung "
                        "pelanggan yang baru saja mengembalikan barang.",
                        "Take Pak Hendra to one of the pilot stores to hear first-hand from "
                        "customers who have just returned an item.",
                    ),
                    _T(
                        """<p>Cerita pelanggan yang didengar langsung sering lebih meyakinkan
                        daripada grafik, dan Pak Hendra pulang dengan keyakinan baru. Langkah
                        yang bagus; seorang ahli akan melengkapinya dengan data kohort agar
                        keputusan ini bisa dipertanggungjawabkan di depan direksi.</p>""",
                        """<p>Customers' stories heard first-hand are often more convincing than
                        charts, and Pak Hendra comes away a believer. A good move; an expert
                        would back it with the cohort data so the decision can be defended in
                        front of the board.</p>""",
                    ),
                    next="q3-report",
                    points=_points(ownership=2, metrics=1),
                    effects=_effects(nps="4", ces="0.4", retention="2", churn="-2"),
                    condition=_condition("min_score", competency="empathy", value="6"),
                ),
                _choice(
                    "join-discount",
                    _T(
                        "Setuju. Luncurkan voucher 15% agar tidak kalah bersaing.",
                        "Agreed. Launch a 15% voucher so we don't fall behind.",
                    ),
                    _T(
                        """<p>Diskon menahan sebagian pelanggan untuk sementara, tetapi Anda
                        bereaksi pada pesaing, bukan pada data pelanggan Anda sendiri: harga
                        hanya disebut 4% responden survei. Uang yang seharusnya memperluas retur
                        mudah ke semua toko habis untuk potongan harga.</p>""",
                        """<p>The discount holds on to some customers for a while, but you are
                        reacting to a competitor rather than to your own customers' data: only
                        4% of survey respondents mention price. The money that should have
                        taken easy returns to every store goes on price cuts.</p>""",
                    ),
                    next="discount-detour",
                    points=_points(metrics=-2, journey=-2),
                    effects=_effects(nps="1", retention="0.5", churn="-0.5"),
                    cost=10,
                ),
            ],
        ),
        _step(
            "q3-report",
            "narrative",
            title=_T("Laporan Q3: email dari Dewi", "Q3 report: an email from Dewi"),
            channel="email",
            speaker=_DEWI,
            quarter=3,
            narrative=_T(
                """<p>Dasbor Q3: CSAT 87%, NPS di kisaran 21 sampai 23, CES 4,2, retensi 67%,
                churn 33%. Di toko uji coba, retur kini rata-rata selesai dalam 3 hari.</p>
                <p>Email dari Dewi:</p>
                <p><em>"Saya mau berbagi kabar baik. Kontak ke CS turun 30% sejak menu dan
                halaman produk diperbaiki. Agen saya sekarang punya waktu untuk menelepon balik
                pelanggan yang pernah retur, dan mereka senang karena pertanyaannya tidak lagi
                itu-itu saja. Terus terang, di awal saya kira tim saya yang akan disalahkan.
                Ternyata masalahnya memang ada di tempat lain."</em></p>""",
                """<p>Q3 dashboard: CSAT 87%, NPS between 21 and 23, CES 4.2, retention 67%,
                churn 33%. In the pilot stores, a return now takes 3 days on average.</p>
                <p>An email from Dewi:</p>
                <p><em>"I wanted to share some good news. Contacts to CS are down 30% since the
                menus and product pages were fixed. My agents now have time to call back
                customers who made a return, and they're happier because the questions are no
                longer the same old ones. To be honest, at the start I thought my team would get
                the blame. It turns out the problem really was somewhere else."</em></p>""",
            ),
            next="final-call",
        ),
        _step(
            "discount-detour",
            "narrative",
            title=_T(
                "Q3: voucher habis, pelanggan ikut pergi",
                "Q3: the vouchers run out, and so do the customers",
            ),
            channel="whatsapp",
            speaker=_STORE_GROUP,
            quarter=3,
            narrative=_T(
                """<p>Pesan-pesan di grup WhatsApp manajer toko selama Q3:</p>
                <ul>
                <li><em>"Minggu pertama voucher ramai sekali. Minggu ketiga sudah sepi
                lagi."</em></li>
                <li><em>"Banyak yang tanya kapan retur di toko dibuka juga di kota
                kami."</em></li>
                </ul>
                <p>Voucher menarik pembeli sesaat, tetapi margin tergerus, dan sisa anggaran
                tidak lagi cukup untuk memperluas retur mudah ke luar 10 toko uji coba.</p>""",
                """<p>Messages in the store managers' WhatsApp group during Q3:</p>
                <ul>
                <li><em>"The first week of the voucher was packed. By the third week it was
                quiet again."</em></li>
                <li><em>"Lots of people are asking when in-store returns will open in our
                city too."</em></li>
                </ul>
                <p>The vouchers drew buyers for a moment, but margins took a hit, and the budget
                left is no longer enough to take easy returns beyond the 10 pilot stores.</p>""",
            ),
            next="q4-report-partial",
        ),
        _step(
            "returns-escalation",
            "decision",
            title=_T("Retur ditolak di toko", "Returns turned away at the store"),
            channel="store",
            speaker=_SARI,
            quarter=3,
            narrative=_T(
                """<p>Bu Sari meminta Anda datang ke tokonya di Bandung. Di meja layanan,
                seorang bapak berdiri memegang rak sepatu yang ia beli lewat aplikasi.</p>
                <p>"Setiap hari ada tiga sampai lima pelanggan seperti beliau," bisik Bu Sari.
                "Belinya online, tokonya dekat, tapi kami tidak boleh menerima retur. Staf saya
                yang kena marah. Aplikasinya sekarang memang lebih enak dipakai, tapi urusan
                retur tetap bikin pelanggan kapok."</p>""",
                """<p>Bu Sari asks you to come to her store in Bandung. At the service desk, a
                man stands holding a shoe rack he bought through the app.</p>
                <p>"Every day there are three to five customers like him," Bu Sari whispers.
                "They buy online, the store is close, but we aren't allowed to accept returns.
                My staff take the anger. The app is nicer to use now, I'll give you that, but
                returns still put customers off for good."</p>""",
            ),
            choices=[
                _choice(
                    "listen-and-log",
                    _T(
                        "Dengarkan langsung pelanggan dan staf, catat setiap langkah retur dari "
                        "sudut pandang mereka, lalu bawa peta itu ke rapat anggaran Q4.",
                        "Listen to the customer and the staff yourself, map every step of the "
                        "return from their point of view, and take that map to the Q4 budget "
                        "meeting.",
                    ),
                    _T(
                        """<p>Anda turun ke lapangan dan memetakan perjalanan retur lengkap
                        dengan titik-titik emosinya: bingung di aplikasi, kesal saat ditolak di
                        toko, cemas menunggu uang kembali. Peta seperti ini membuat titik
                        gesekan terlihat jelas, dan memberi Anda bahan untuk memperbaiki
                        keputusan yang Anda ambil di Q1.</p>""",
                        """<p>You go to the front line and map the returns journey with its
                        emotional low points: confused in the app, angry at being turned away in
                        store, anxious while waiting for the money. A map like this makes the
                        friction plain to see, and gives you what you need to correct the
                        decision you made in Q1.</p>""",
                    ),
                    next="q3-report-partial",
                    points=_points(empathy=3, journey=3, ownership=3),
                    effects=_effects(nps="1"),
                    expert=True,
                ),
                _choice(
                    "policy-is-policy",
                    _T(
                        "Minta Bu Sari menjelaskan kebijakan dengan sopan: retur pembelian "
                        "online hanya lewat aplikasi.",
                        "Ask Bu Sari to explain the policy politely: online orders can only be "
                        "returned through the app.",
                    ),
                    _T(
                        """<p>Kebijakan yang dijelaskan dengan sopan tetap kebijakan yang
                        menyulitkan pelanggan. Anda membebankan masalah proses kepada staf toko,
                        dan melewatkan kesempatan melihat langsung titik gesekan yang paling
                        mahal.</p>""",
                        """<p>A policy explained politely is still a policy that makes life hard
                        for customers. You push a process problem onto the store staff and miss
                        the chance to see your most expensive point of friction first-hand.</p>""",
                    ),
                    next="q3-report-partial",
                    points=_points(empathy=-2, ownership=-3),
                    effects=_effects(nps="-1"),
                ),
                _choice(
                    "cs-script",
                    _T(
                        "Minta tim CS menulis skrip baru yang lebih ramah untuk menjelaskan "
                        "proses retur.",
                        "Have the CS team write a friendlier new script for explaining the "
                        "returns process.",
                    ),
                    _T(
                        """<p>Skrip yang lebih ramah membungkus proses yang sama. Pelanggan
                        tidak butuh penjelasan yang lebih manis tentang refund 14 hari; mereka
                        butuh refund yang lebih cepat dan tempat retur yang dekat.</p>""",
                        """<p>A friendlier script wraps the same process. Customers don't need a
                        sweeter explanation of a 14-day refund; they need a faster refund and a
                        nearby place to return things.</p>""",
                    ),
                    next="q3-report-partial",
                    points=_points(journey=-2, metrics=-1),
                    cost=5,
                ),
            ],
        ),
        _step(
            "q3-report-partial",
            "narrative",
            title=_T("Laporan Q3: baru separuh jalan", "Q3 report: only halfway there"),
            channel="report",
            speaker=_RIZKY,
            quarter=3,
            narrative=_T(
                """<p>Dasbor Q3: CSAT 86,5%, NPS di kisaran 14 sampai 16, CES 3,5, retensi
                63,5%, churn 36,5%.</p>
                <p>Rizky memecah angka retensi per kelompok. Pelanggan yang tidak pernah retur
                kini bertahan 71%, naik dari 68%. Tetapi dari pelanggan yang pernah retur, tetap
                hanya 31% yang kembali. "Separuh perjalanan sudah diperbaiki," tulisnya, "separuh
                lagi masih membuat pelanggan pergi."</p>""",
                """<p>Q3 dashboard: CSAT 86.5%, NPS between 14 and 16, CES 3.5, retention
                63.5%, churn 36.5%.</p>
                <p>Rizky breaks retention down by group. Customers who never made a return now
                stay at 71%, up from 68%. But of those who did make a return, still only 31%
                come back. "Half of the journey has been fixed," he writes, "and the other half
                is still driving customers away."</p>""",
            ),
            next="final-call",
        ),
        _step(
            "q3-worst-report",
            "narrative",
            title=_T(
                "Laporan Q3: semua ramah, pelanggan tetap pergi",
                "Q3 report: everyone is polite, and customers still leave",
            ),
            channel="report",
            speaker=_RIZKY,
            quarter=3,
            narrative=_T(
                """<p>Laporan Q3 dari Rizky:</p>
                <ul>
                <li>CSAT bertahan di sekitar 87%. Agen CS tetap ramah dan sigap.</li>
                <li>Retensi masih di bawah angka awal 62%, dan churn belum turun.</li>
                <li>Tidak ada yang berubah di titik-titik yang membuat pelanggan pergi: produk
                masih sulit ditemukan di aplikasi, banyak halaman produk masih tanpa ukuran, dan
                refund masih butuh sekitar 14 hari.</li>
                </ul>
                <p>Pak Hendra menulis di pojok laporan: <em>"Uang sudah keluar, kenapa tidak ada
                yang berubah?"</em></p>""",
                """<p>Rizky's Q3 report:</p>
                <ul>
                <li>CSAT holds at about 87%. The CS agents are as friendly and quick as
                ever.</li>
                <li>Retention is still below the starting figure of 62%, and churn has not come
                down.</li>
                <li>Nothing has changed at the points that make customers leave: products are
                still hard to find in the app, many product pages still have no sizes, and
                refunds still take about 14 days.</li>
                </ul>
                <p>Pak Hendra has scribbled in the margin: <em>"We've spent the money, so why
                has nothing changed?"</em></p>""",
            ),
            next="last-quarter",
        ),
        _step(
            "q3-late-report",
            "narrative",
            title=_T("Laporan Q3: uji coba yang terlambat", "Q3 report: a late pilot"),
            channel="phone",
            speaker=_SARI,
            quarter=3,
            narrative=_T(
                """<p>Bu Sari menelepon dari Bandung, salah satu dari 10 toko uji coba:
                "Sekarang pelanggan bisa retur barang online di sini, dan uangnya kembali dalam
                3 hari. Beberapa malah langsung belanja lagi saat itu juga!"</p>
                <p>Dasbor Q3: CSAT 87%, NPS 15, CES 3,6, retensi 62,5%, churn 37,5%. Retensi
                baru kembali sedikit di atas titik awal. Menu aplikasi dan sebagian besar
                halaman produk belum tersentuh, dan sisa anggaran tidak lagi cukup untuk
                keduanya.</p>""",
                """<p>Bu Sari calls from Bandung, one of the 10 pilot stores: "Customers can
                now return online orders here, and they get their money back within 3 days. Some
                of them even buy something else on the spot!"</p>
                <p>Q3 dashboard: CSAT 87%, NPS 15, CES 3.6, retention 62.5%, churn 37.5%.
                Retention is only just back above where it started. The app's menus and most
                product pages are untouched, and the remaining budget is no longer enough for
                both.</p>""",
            ),
            next="q4-report-partial",
        ),
        # Q4 ------------------------------------------------------------------------------
        _step(
            "final-call",
            "decision",
            title=_T("Keputusan terakhir: sisa anggaran", "The last call: the remaining budget"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=4,
            narrative=_T(
                """<p>Rapat anggaran Q4. Pak Hendra membuka dengan pertanyaan singkat: "Sisa
                anggaran Anda mau dipakai untuk apa?"</p>
                <p>Perkiraan biaya dari tim: memperluas atau memulai retur mudah Rp 10 juta;
                fitur pelacakan refund di aplikasi Rp 20 juta; pelatihan lanjutan untuk tim CS
                Rp 10 juta.</p>""",
                """<p>The Q4 budget meeting. Pak Hendra opens with a short question: "What do
                you want to spend the rest of your budget on?"</p>
                <p>The team's estimates: scaling up or starting easy returns, Rp 10 million; a
                refund-tracking feature in the app, Rp 20 million; advanced training for the CS
                team, Rp 10 million.</p>""",
            ),
            choices=[
                _choice(
                    "scale-returns",
                    _T(
                        "Perluas retur mudah dari 10 toko uji coba ke seluruh 120 toko: retur di "
                        "toko mana pun, refund paling lama 3 hari.",
                        "Scale easy returns from the 10 pilot stores to all 120: return at any "
                        "store, refund within 3 days at most.",
                    ),
                    _T(
                        """<p><strong>Pilihan ahli.</strong> Uji coba sudah membuktikan
                        hasilnya: CES retur naik tajam dan pelanggan yang retur kembali
                        berbelanja. Memperluas apa yang terbukti berhasil adalah cara paling
                        efisien memakai sisa anggaran, dan menutup titik gesekan terakhir di
                        perjalanan pelanggan.</p>""",
                        """<p><strong>The expert's choice.</strong> The pilot has proved itself:
                        the returns CES rose sharply and customers who made a return came back
                        to shop. Scaling up what has been shown to work is the most efficient use
                        of the remaining budget, and it closes the last big point of friction in
                        the customer journey.</p>""",
                    ),
                    next="q4-report",
                    points=_points(journey=4, ownership=3, metrics=2),
                    effects=_effects(csat="1.5", nps="7", ces="0.8", retention="3.5", churn="-3.5"),
                    cost=10,
                    expert=True,
                    condition=_condition("chose", step="plan", choice="fix-journey-pilot"),
                ),
                _choice(
                    "start-returns-late",
                    _T(
                        "Mulai uji coba retur mudah di 10 toko sekarang.",
                        "Start an easy-returns pilot in 10 stores now.",
                    ),
                    _T(
                        """<p>Keputusan yang benar, tetapi terlambat tiga kuartal. Uji coba ini
                        baru akan memberi bukti tahun depan, sementara pelanggan yang pernah
                        retur terus pergi sepanjang tahun ini. Titik yang paling menyakitkan
                        sebaiknya ditangani sejak awal, meski dimulai dari skala kecil.</p>""",
                        """<p>The right decision, but three quarters late. This pilot will only
                        produce evidence next year, while customers who made a return have kept
                        leaving all year. The most painful point is best tackled from the start,
                        even if only on a small scale.</p>""",
                    ),
                    next="q4-report-partial",
                    points=_points(journey=2, ownership=1),
                    effects=_effects(nps="2", ces="0.3", retention="1", churn="-1"),
                    cost=10,
                    condition=_condition("not_chose", step="plan", choice="fix-journey-pilot"),
                ),
                _choice(
                    "app-tracking",
                    _T(
                        "Bangun fitur pelacakan status refund di aplikasi.",
                        "Build a refund-status tracking feature in the app.",
                    ),
                    _T(
                        """<p>Transparansi membantu, tetapi proses yang lambat tetap lambat
                        meski bisa dilacak. Di luar toko uji coba, refund masih 14 hari; fitur
                        ini hanya membuat pelanggan melihat lamanya menunggu dengan lebih jelas.
                        Perbaiki prosesnya dulu, baru bangun fitur di atasnya.</p>""",
                        """<p>Transparency helps, but a slow process is still slow when you can
                        track it. Outside the pilot stores refunds still take 14 days; this
                        feature just lets customers watch the wait more clearly. Fix the process
                        first, then build features on top of it.</p>""",
                    ),
                    next="q4-report-partial",
                    points=_points(journey=1, metrics=-1),
                    effects=_effects(nps="1", ces="0.2"),
                    cost=20,
                    condition=_condition("budget_at_least", value="20"),
                ),
                _choice(
                    "hold-budget",
                    _T(
                        "Simpan sisa anggaran dan kembalikan ke perusahaan sebagai penghematan.",
                        "Keep the rest of the budget and hand it back to the company as savings.",
                    ),
                    _T(
                        """<p>Berhemat terdengar bertanggung jawab, tetapi Anda berhenti tepat
                        saat perbaikan mulai menunjukkan hasil. Titik gesekan yang tersisa terus
                        membuat pelanggan pergi, dan itu jauh lebih mahal daripada sisa anggaran
                        yang Anda kembalikan.</p>""",
                        """<p>Saving money sounds responsible, but you stop just as the fixes
                        start to pay off. The friction that remains keeps driving customers away,
                        and that costs far more than the budget you hand back.</p>""",
                    ),
                    next="q4-report-partial",
                    points=_points(ownership=-2, metrics=-1),
                ),
                _choice(
                    "cs-bonus-training",
                    _T(
                        "Pakai sisa anggaran untuk pelatihan lanjutan tim CS sebagai penghargaan.",
                        "Spend the rest on advanced training for the CS team as a reward.",
                    ),
                    _T(
                        """<p>Menghargai tim CS itu baik, tetapi pelatihan tidak menambah
                        retensi ketika titik gesekan masih ada di perjalanan. Penghargaan
                        terbaik bagi Dewi dan timnya justru menghilangkan alasan pelanggan harus
                        menghubungi mereka.</p>""",
                        """<p>Recognising the CS team is good, but training does not add
                        retention while friction remains in the journey. The best reward for
                        Dewi and her team is to remove the reasons customers have to contact
                        them.</p>""",
                    ),
                    next="q4-report-partial",
                    points=_points(journey=-2),
                    effects=_effects(csat="0.5"),
                    cost=10,
                ),
            ],
        ),
        _step(
            "last-quarter",
            "decision",
            title=_T("Kuartal terakhir", "The final quarter"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=4,
            narrative=_T(
                """<p>Pak Hendra menutup pintu ruangannya. "Tinggal satu kuartal. Direksi akan
                bertanya ke mana uangnya pergi, dan kenapa retensi malah turun. Apa rencana
                Anda?"</p>""",
                """<p>Pak Hendra closes his office door. "One quarter left. The board will ask
                where the money went, and why retention went down instead of up. What's your
                plan?"</p>""",
            ),
            choices=[
                _choice(
                    "admit-and-plan",
                    _T(
                        "Akui bahwa diagnosis awal keliru. Minta Rizky merangkum data retur dan "
                        "survei, lalu ajukan rencana perbaikan perjalanan untuk tahun depan "
                        "dengan target yang jelas.",
                        "Admit that the first diagnosis was wrong. Have Rizky summarise the "
                        "returns and survey data, then propose a plan to fix the journey next "
                        "year, with clear targets.",
                    ),
                    _T(
                        """<p>Mengakui kesalahan dengan data di tangan adalah bentuk kepemilikan
                        yang paling sulit dan paling berharga. Anda mengubah tahun yang gagal
                        menjadi rencana yang terukur: target retensi, CES retur, dan tenggat
                        yang jelas.</p>""",
                        """<p>Owning a mistake, with data in hand, is the hardest and most
                        valuable form of ownership. You turn a failed year into a measurable
                        plan: targets for retention and the returns CES, and clear
                        deadlines.</p>""",
                    ),
                    next="ending-late-turn",
                    points=_points(ownership=5, metrics=3, journey=3),
                    expert=True,
                ),
                _choice(
                    "final-discount",
                    _T(
                        "Luncurkan diskon akhir tahun 30% untuk menahan pelanggan.",
                        "Launch a 30% year-end discount to hold on to customers.",
                    ),
                    _T(
                        """<p>Diskon yang lebih besar menarik pemburu harga yang akan pergi
                        begitu diskon berakhir, dan menggerus margin. Pelanggan setia tidak
                        kembali karena harga; mereka pergi karena perjalanannya melelahkan.</p>""",
                        """<p>A bigger discount attracts bargain hunters who leave as soon as it
                        ends, and it eats into margins. Loyal customers did not leave over price;
                        they left because the journey wore them out.</p>""",
                    ),
                    next="ending-worst",
                    points=_points(journey=-3, metrics=-2),
                    effects=_effects(nps="1", retention="-1.5", churn="1.5"),
                    cost=10,
                    condition=_condition("budget_at_least", value="10"),
                ),
                _choice(
                    "csat-bonus",
                    _T(
                        "Naikkan target CSAT tim CS menjadi 90% dan kaitkan dengan bonus agen.",
                        "Raise the CS team's CSAT target to 90% and tie it to agents' bonuses.",
                    ),
                    _T(
                        """<p>Anda menekan metrik yang sudah tinggi dan tidak bermasalah. Target
                        CSAT yang dikaitkan dengan bonus mendorong agen mengejar nilai, bukan
                        menyelesaikan masalah, sementara retensi terus turun karena
                        penyebabnya ada di luar CS.</p>""",
                        """<p>You push on a metric that is already high and was never the
                        problem. A CSAT target tied to bonuses pushes agents to chase scores
                        rather than solve problems, while retention keeps falling because the
                        causes lie outside CS.</p>""",
                    ),
                    next="ending-worst",
                    points=_points(metrics=-3, empathy=-2, journey=-2),
                    effects=_effects(csat="0.5", nps="-1", retention="-1.5", churn="1.5"),
                ),
            ],
        ),
        _step(
            "q4-report",
            "narrative",
            title=_T("Laporan Q4: pelanggan kembali", "Q4 report: customers come back"),
            channel="report",
            speaker=_RIZKY,
            quarter=4,
            narrative=_T(
                """<p>Laporan akhir tahun dari Rizky:</p>
                <ul>
                <li>Retur mudah kini berlaku di 120 toko; refund rata-rata selesai dalam 3 hari
                dan CES retur naik dari 1,9 ke 4,9.</li>
                <li>Dari pelanggan yang pernah retur, 56% kembali berbelanja, naik dari
                31%.</li>
                <li>Kontak ke CS turun 35%; agen memakai waktunya untuk menindaklanjuti
                pelanggan.</li>
                </ul>
                <p>Dasbor Q4: CSAT 88,5%, NPS di kisaran 28 sampai 30, CES 5,0, retensi 70,5%,
                churn 29,5%.</p>""",
                """<p>Rizky's end-of-year report:</p>
                <ul>
                <li>Easy returns now run in all 120 stores; refunds take 3 days on average and
                the returns CES rose from 1.9 to 4.9.</li>
                <li>Of customers who made a return, 56% came back to shop, up from 31%.</li>
                <li>Contacts to CS are down 35%; agents spend the time following up with
                customers.</li>
                </ul>
                <p>Q4 dashboard: CSAT 88.5%, NPS between 28 and 30, CES 5.0, retention 70.5%,
                churn 29.5%.</p>""",
            ),
            next="ending-best",
        ),
        _step(
            "q4-report-partial",
            "narrative",
            title=_T("Laporan Q4: pulih sebagian", "Q4 report: a partial recovery"),
            channel="report",
            speaker=_RIZKY,
            quarter=4,
            narrative=_T(
                """<p>Laporan akhir tahun dari Rizky:</p>
                <ul>
                <li>Di titik-titik yang Anda perbaiki, angka bergerak ke arah yang benar:
                pelanggan lebih jarang tersesat, retur karena info yang kurang berkurang, atau
                refund lebih cepat di toko uji coba.</li>
                <li>Di titik-titik yang belum tersentuh, pelanggan masih tersandung di tempat
                yang sama, dan sebagian besar pelanggan yang pernah retur tetap tidak
                kembali.</li>
                <li>CSAT tetap tinggi, seperti sejak awal.</li>
                </ul>
                <p>Retensi naik dari 62%, tetapi masih jauh dari potensinya. Lihat dasbor untuk
                angka Anda.</p>""",
                """<p>Rizky's end-of-year report:</p>
                <ul>
                <li>Where you made fixes, the numbers are moving the right way: fewer customers
                get lost, fewer returns are caused by missing information, or refunds are faster
                in the pilot stores.</li>
                <li>Where nothing was touched, customers still stumble in the same places, and
                most customers who made a return still don't come back.</li>
                <li>CSAT is as high as it was at the start.</li>
                </ul>
                <p>Retention is up from 62%, but still well short of what was possible. See the
                dashboard for your figures.</p>""",
            ),
            next="ending-middle",
        ),
        # Endings ---------------------------------------------------------------------------
        _step(
            "ending-best",
            "ending",
            title=_T(
                "Akhir: perjalanan pulih, pelanggan kembali",
                "Ending: the journey is fixed, and customers come back",
            ),
            channel="meeting",
            speaker=_HENDRA,
            quarter=4,
            narrative=_T(
                """<p>Di rapat tutup tahun, Pak Hendra meminta Anda mempresentasikan hasilnya
                di depan direksi, bersama Dewi, Rizky, dan Bu Sari. "Tahun depan," katanya,
                "cara kerja seperti ini kita pakai di semua kategori."</p>""",
                """<p>At the year-end meeting, Pak Hendra asks you to present the results to the
                board, together with Dewi, Rizky and Bu Sari. "Next year," he says, "we work
                this way in every category."</p>""",
            ),
            outcome=_T(
                """<p><strong>Retensi naik dari 62% ke sekitar 70%, churn turun ke sekitar 30%,
                dan NPS naik dari 12 ke kisaran 30.</strong> CES naik dari 3,2 ke 5,0: belanja
                dan retur di Toko Nusantara kini terasa mudah. CSAT tetap tinggi tanpa satu
                rupiah pun untuk pelatihan ulang.</p>
                <ul>
                <li>Menu dan pencarian diperbaiki; pelanggan menemukan produk dengan lebih
                sedikit ketukan.</li>
                <li>Halaman produk lengkap; retur karena "tidak sesuai deskripsi" turun.</li>
                <li>Retur mudah berlaku di 120 toko; pelanggan yang pernah retur kini jauh lebih
                sering kembali.</li>
                </ul>""",
                """<p><strong>Retention rose from 62% to about 70%, churn fell to about 30%, and
                NPS climbed from 12 to around 30.</strong> CES rose from 3.2 to 5.0: buying
                and returning at Toko Nusantara now feels easy. CSAT stayed high without a
                single rupiah spent on retraining.</p>
                <ul>
                <li>Menus and search were fixed; customers find products with fewer taps.</li>
                <li>Product pages are complete; returns for "not as described" fell.</li>
                <li>Easy returns run in all 120 stores; customers who made a return now come
                back far more often.</li>
                </ul>""",
            ),
            expert_commentary=_T(
                """<p>Inilah yang dilakukan pemimpin CX yang baik: <strong>meninjau data sebelum
                mengubah strategi</strong>, membaca CSAT sebagai potret satu interaksi dan
                retensi sebagai potret hubungan, lalu memperbaiki perjalanan pelanggan, bukan
                meja layanan yang sudah bekerja baik.</p>
                <ul>
                <li>Kontak CS diperlakukan sebagai gejala: setiap pertanyaan "di mana" atau
                "berapa ukurannya" menunjuk ke titik gesekan yang lebih awal di
                perjalanan.</li>
                <li>Proses retur yang rumit diuji coba dulu, diukur dengan CES dan analisis
                kohort, baru diperluas.</li>
                <li>Tim CS dijadikan mitra, bukan kambing hitam, dan pelanggan yang mengeluh
                diberi tahu apa yang berubah berkat keluhannya.</li>
                <li>Tekanan untuk ikut perang diskon dijawab dengan data, bukan dengan
                reaksi.</li>
                </ul>""",
                """<p>This is what a good CX leader does: <strong>review the data before changing
                strategy</strong>, read CSAT as a snapshot of one interaction and retention as a
                picture of the relationship, then fix the customer journey rather than the
                service desk that already works well.</p>
                <ul>
                <li>CS contacts were treated as symptoms: every "where is it" or "what size is
                it" question points to friction earlier in the journey.</li>
                <li>The complex returns process was piloted first, measured with CES and cohort
                analysis, and only then scaled up.</li>
                <li>The CS team was made a partner, not a scapegoat, and customers who
                complained were told what changed because of their feedback.</li>
                <li>Pressure to join a discount war was answered with data, not with a
                reaction.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-middle",
            "ending",
            title=_T("Akhir: perbaikan setengah jalan", "Ending: a job half done"),
            channel="meeting",
            speaker=_HENDRA,
            quarter=4,
            narrative=_T(
                """<p>Pak Hendra membaca laporan akhir tahun dan mengangguk pelan. "Ada
                kemajuan. Tapi terus terang, saya berharap lebih."</p>""",
                """<p>Pak Hendra reads the end-of-year report and nods slowly. "There's
                progress. But frankly, I hoped for more."</p>""",
            ),
            outcome=_T(
                """<p><strong>Retensi naik beberapa poin dari 62%, tetapi sebagian besar
                potensinya belum tercapai.</strong> Perbaikan yang Anda jalankan bekerja di
                tempat ia dijalankan. Namun setidaknya satu titik gesekan besar, sering kali
                proses retur, masih membuat pelanggan pergi, atau anggaran habis sebelum
                perbaikan yang terbukti sempat diperluas.</p>""",
                """<p><strong>Retention rose a few points from 62%, but most of the potential
                was left on the table.</strong> The fixes you made work where you made them. But
                at least one big point of friction, often the returns process, still drives
                customers away, or the budget ran out before a proven fix could be scaled
                up.</p>""",
            ),
            expert_commentary=_T(
                """<p>Anda melihat sebagian perjalanan pelanggan, tetapi belum seluruhnya.
                Retensi ditentukan oleh titik yang paling menyakitkan, bukan oleh rata-rata
                semua titik.</p>
                <ul>
                <li>Retur adalah titik terberat: pelanggan yang pernah retur hanya 31% yang
                kembali. Menundanya karena melibatkan gudang dan toko berarti membiarkan
                kelompok ini terus pergi.</li>
                <li>Diskon, fitur tambahan, dan pelatihan terasa seperti tindakan, tetapi tidak
                menghilangkan gesekan.</li>
                <li>Uji coba yang berhasil harus diperluas; lindungi anggaran untuk langkah
                itu.</li>
                </ul>""",
                """<p>You saw part of the customer journey, but not all of it. Retention is
                decided by the most painful point, not by the average of all the points.</p>
                <ul>
                <li>Returns are the hardest point: only 31% of customers who made a return come
                back. Putting it off because it involves the warehouse and the stores means
                letting this group keep leaving.</li>
                <li>Discounts, extra features and training feel like action, but they do not
                remove friction.</li>
                <li>A successful pilot has to be scaled up; protect the budget for that
                step.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-worst",
            "ending",
            title=_T(
                "Akhir: CS makin ramah, pelanggan tetap pergi",
                "Ending: an even friendlier CS team, and customers still leave",
            ),
            channel="meeting",
            speaker=_HENDRA,
            quarter=4,
            narrative=_T(
                """<p>Rapat tutup tahun berlangsung singkat dan dingin. Direksi menatap dua
                garis di layar: CSAT yang datar di puncak, dan retensi yang terus menurun.</p>""",
                """<p>The year-end meeting is short and chilly. The board stares at two lines on
                the screen: CSAT flat at the top, and retention sliding steadily down.</p>""",
            ),
            outcome=_T(
                """<p><strong>CSAT tetap sekitar 87%, tetapi retensi turun di bawah 60% dan churn
                naik di atas 40%.</strong> Setahun penuh, berikut uang dan tenaga yang keluar,
                habis untuk menambal gejala di meja layanan (pelatihan ulang, skrip, voucher,
                atau target baru bagi agen), bukan untuk perjalanan pelanggan. Menu aplikasi,
                halaman produk, dan proses retur tidak berubah sama sekali.</p>""",
                """<p><strong>CSAT stayed at about 87%, but retention fell below 60% and churn
                rose above 40%.</strong> A whole year, and the money and effort that went with
                it, was spent patching symptoms at the service desk (retraining, scripts,
                vouchers or new targets for agents), not on the customer journey. The app's
                menus, the product pages and the returns process did not change at all.</p>""",
            ),
            expert_commentary=_T(
                """<p>Ini jebakan yang paling sering terjadi: <strong>memperbaiki bagian yang
                sudah bekerja</strong>. CSAT yang tinggi menunjukkan tim CS sudah menangani
                setiap interaksi dengan baik; melatih mereka lagi tidak mengubah alasan
                pelanggan harus menghubungi CS.</p>
                <ul>
                <li>CS hanyalah satu elemen di dalam CX. Layanan yang sangat baik tidak bisa
                menyelamatkan perjalanan yang buruk.</li>
                <li>Diskon membeli satu transaksi, bukan kesetiaan; hanya 4% pelanggan yang
                menyebut harga.</li>
                <li>Metrik yang tepat untuk pertanyaan ini adalah retensi, churn, dan CES per
                proses, bukan CSAT per interaksi.</li>
                <li>Mulailah dari data yang sudah ada: transkrip, analitik, data retur, dan
                komentar survei sudah menunjukkan jawabannya sejak Q1.</li>
                </ul>""",
                """<p>This is the most common trap: <strong>fixing the part that already
                works</strong>. A high CSAT shows the CS team already handles each interaction
                well; training them again does not change the reasons customers have to contact
                CS.</p>
                <ul>
                <li>CS is only one element within CX. Excellent service cannot rescue a poor
                journey.</li>
                <li>Discounts buy a single transaction, not loyalty; only 4% of customers
                mentioned price.</li>
                <li>The right metrics for this question are retention, churn and CES per
                process, not CSAT per interaction.</li>
                <li>Start from the data you already have: the transcripts, analytics, returns
                data and survey comments held the answer from Q1.</li>
                </ul>""",
            ),
        ),
        _step(
            "ending-late-turn",
            "ending",
            title=_T(
                "Akhir: tahun yang hilang, arah yang benar",
                "Ending: a lost year, but the right direction",
            ),
            channel="meeting",
            speaker=_HENDRA,
            quarter=4,
            narrative=_T(
                """<p>Anda berdiri di depan direksi dengan laporan yang tidak enak dibaca, dan
                sebuah rencana yang jelas. Pak Hendra berdiri di samping Anda.</p>""",
                """<p>You stand before the board with a report that makes uncomfortable reading,
                and a clear plan. Pak Hendra stands beside you.</p>""",
            ),
            outcome=_T(
                """<p><strong>Angka tahun ini buruk:</strong> CSAT sekitar 87%, retensi di bawah
                angka awal 62%, dan setahun berlalu tanpa perbaikan di perjalanan pelanggan. Tetapi
                direksi menyetujui rencana Anda untuk tahun depan: perbaikan navigasi, info produk,
                dan proses retur, dengan target retensi 68% dan CES retur di atas 4 dalam empat
                kuartal.</p>""",
                """<p><strong>This year's numbers are poor:</strong> CSAT around 87%, retention
                below the starting 62%, and a year gone by with no fix to the customer journey. But
                the board approves your plan for next year: fixing navigation, product information
                and the returns process, with a retention target of 68% and a returns CES above 4
                within four quarters.</p>""",
            ),
            expert_commentary=_T(
                """<p>Diagnosis awal yang keliru menghabiskan satu tahun. Namun Anda melakukan hal
                terpenting berikutnya: berhenti menebak, mengakui kesalahan, dan membangun rencana
                di atas data.</p>
                <ul>
                <li>Pelajaran utama: tinjau data di sepanjang perjalanan <em>sebelum</em>
                mengeluarkan uang. Jawabannya sudah ada di data retur dan komentar survei sejak
                Q1.</li>
                <li>Target yang spesifik dan terukur (retensi, CES retur) membuat rencana tahun
                depan bisa dipertanggungjawabkan.</li>
                <li>Tim CS bukan masalahnya; libatkan mereka sebagai sumber wawasan.</li>
                </ul>""",
                """<p>A wrong first diagnosis cost a whole year. But you did the next most
                important thing: you stopped guessing, owned the mistake, and built a plan on
                data.</p>
                <ul>
                <li>The main lesson: review the data across the journey <em>before</em>
                spending money. The answer was in the returns data and survey comments from
                Q1.</li>
                <li>Specific, measurable targets (retention, returns CES) make next year's plan
                accountable.</li>
                <li>The CS team was never the problem; involve them as a source of
                insight.</li>
                </ul>""",
            ),
        ),
    ],
}

DEMO_SCENARIO = {
    "slug": "kasus-retensi-ritel",
    "budget": 100,
    "pass_mark": "60",
    "attempts_allowed": 3,
    "id": _localise(_SCENARIO, "id"),
    "en": _localise(_SCENARIO, "en"),
}

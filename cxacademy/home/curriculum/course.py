"""The course "CX Mindset": four modules of lessons, the course intro and the certificate.

Written from shared/curriculum.md: the facts and figures come from there, the sentences
are our own. Bahasa Indonesia is the original and English its faithful translation.
`CX_MINDSET` has the shape of `demo_content.DEMO_COURSE`, so `build_demo_course` loads it:
lesson bodies are raw StreamField values of `courses.blocks.LessonStreamBlock`.

Every block below is written once with both languages side by side, as
(Bahasa Indonesia, English) pairs, and split into the two lesson bodies by `_lesson`.
That keeps the two languages parallel by construction: the same blocks in the same order,
with the same numbers, emotions, correct answers and settings; only the words differ.

The companies and people in the examples are made up: Toko Kenari (a retail chain),
Bank Cendana (a bank), Lintas Seluler (a mobile and home-internet operator) and
Belanjaria (an online marketplace).
"""

Text = tuple[str, str]  # (Bahasa Indonesia, English)

LANGUAGES = ("id", "en")

# The metrics the metric lab of module 3 practises (keys of the metric lab block).
METRIC_LAB_METRICS = ["csat", "nps", "ces", "retention", "churn", "clv", "fcr", "aht"]


# --- Building blocks in both languages ------------------------------------------


def _block(block_type: str, build) -> dict[str, dict]:
    """One block in both languages; `build(i)` is its raw value in LANGUAGES[i]."""
    return {
        language: {"type": block_type, "value": build(i)} for i, language in enumerate(LANGUAGES)
    }


def _text(id_html: str, en_html: str) -> dict[str, dict]:
    return _block("rich_text", lambda i: (id_html, en_html)[i])


def _heading(text: Text, level: str = "h2") -> dict[str, dict]:
    return _block("heading", lambda i: {"text": text[i], "level": level})


def _callout(kind: str, title: Text, body: Text) -> dict[str, dict]:
    return _block("callout", lambda i: {"kind": kind, "title": title[i], "body": body[i]})


def _quote(quote: Text, attribution: Text, case_title: Text) -> dict[str, dict]:
    return _block(
        "quote",
        lambda i: {"quote": quote[i], "attribution": attribution[i], "case_title": case_title[i]},
    )


def _row(aspect: Text, *cells: Text) -> tuple[Text, tuple[Text, ...]]:
    return aspect, cells


def _table(caption: Text, columns: list[Text], rows: list[tuple]) -> dict[str, dict]:
    return _block(
        "comparison_table",
        lambda i: {
            "caption": caption[i],
            "columns": [column[i] for column in columns],
            "rows": [
                {"aspect": aspect[i], "cells": [cell[i] for cell in cells]}
                for aspect, cells in rows
            ],
        },
    )


def _term(symbol: Text, meaning: Text) -> tuple[Text, Text]:
    return symbol, meaning


def _formula(
    *,
    name: Text,
    formula: Text,
    scale: Text,
    terms: list[tuple[Text, Text]],
    problem: Text,
    working: Text,
    result: Text,
    when: Text,
) -> dict[str, dict]:
    return _block(
        "metric_formula",
        lambda i: {
            "name": name[i],
            "formula": formula[i],
            "scale": scale[i],
            "variables": [
                {"symbol": symbol[i], "meaning": meaning[i]} for symbol, meaning in terms
            ],
            "example_problem": problem[i],
            "example_working": working[i],
            "example_result": result[i],
            "when_to_use": when[i],
        },
    )


def _stage(
    *,
    stage: Text,
    goal: Text,
    touchpoints: Text,
    channel: Text,
    emotion: int,
    pain_points: Text,
    owner: Text,
) -> dict:
    return {
        "stage": stage,
        "customer_goal": goal,
        "touchpoints": touchpoints,
        "channel": channel,
        "emotion": emotion,
        "pain_points": pain_points,
        "owner": owner,
    }


def _journey(title: Text, persona: Text, stages: list[dict]) -> dict[str, dict]:
    return _block(
        "journey_map",
        lambda i: {
            "title": title[i],
            "persona": persona[i],
            "stages": [
                {key: value if key == "emotion" else value[i] for key, value in stage.items()}
                for stage in stages
            ],
        },
    )


def _choice(correct: bool, text: Text, feedback: Text) -> tuple[bool, Text, Text]:
    return correct, text, feedback


def _check(question: Text, choices: list[tuple[bool, Text, Text]], explanation: Text):
    return _block(
        "knowledge_check",
        lambda i: {
            "question": question[i],
            "choices": [
                {"text": text[i], "correct": correct, "feedback": feedback[i]}
                for correct, text, feedback in choices
            ],
            "explanation": explanation[i],
        },
    )


def _metric_lab(heading: Text, intro: Text, metrics: list[str]) -> dict[str, dict]:
    return _block(
        "metric_lab", lambda i: {"heading": heading[i], "intro": intro[i], "metrics": list(metrics)}
    )


def _lesson(
    slug: str, minutes: int, title: Text, blocks: list[dict], completion: str = "mark"
) -> dict:
    return {
        "slug": slug,
        "minutes": minutes,
        "completion": completion,
        **{
            language: {"title": title[i], "body": [block[language] for block in blocks]}
            for i, language in enumerate(LANGUAGES)
        },
    }


def _module(slug: str, title: Text, summary: Text, lessons: list[dict]) -> dict:
    return {
        "slug": slug,
        **{
            language: {"title": title[i], "summary": summary[i]}
            for i, language in enumerate(LANGUAGES)
        },
        "lessons": lessons,
    }


# --- Module 1: CS, customer care and CX: three different jobs --------------------

_M1_THREE_JOBS = _lesson(
    "tiga-pekerjaan-tiga-cara-berpikir",
    10,
    ("Tiga pekerjaan, tiga cara berpikir", "Three jobs, three ways of thinking"),
    [
        _text(
            "<p>Bayangkan Ibu Sri, pelanggan Lintas Seluler di Pontianak. Suatu sore internet di "
            "ponselnya mati. Ia menelepon call center. Di ujung telepon, seorang agen memandunya "
            "mengatur ulang jaringan sampai koneksinya pulih. Urusan beres dalam sepuluh "
            "menit.</p>"
            "<p>Tiga hari kemudian, Ibu Sri menerima pesan dari Lintas Seluler. Pesan itu "
            "menyapanya dengan nama, menanyakan apakah koneksinya tetap stabil, dan mengabarkan "
            "bahwa menara di dekat rumahnya baru saja diperkuat. Ibu Sri tersenyum, lalu "
            "memperpanjang paketnya tanpa ragu.</p>"
            "<p>Di balik cerita pendek ini ada tiga pekerjaan yang berbeda. Pelajaran ini "
            "membantu Anda memisahkannya, karena masing-masing dikelola dan diukur dengan cara "
            "sendiri.</p>",
            "<p>Picture Ibu Sri, a Lintas Seluler customer in Pontianak. One afternoon the "
            "internet on her phone stops working. She rings the call center, where an agent "
            "talks her through resetting the network settings until the connection comes back. "
            "It is sorted in ten minutes.</p>"
            "<p>Three days later, Ibu Sri gets a message from Lintas Seluler. It greets her by "
            "name, asks whether her connection has stayed stable, and lets her know that the "
            "tower near her home has just been upgraded. Ibu Sri smiles, and renews her package "
            "without a second thought.</p>"
            "<p>Behind this short story are three different jobs. This lesson helps you tell "
            "them apart, because each one is managed and measured in its own way.</p>",
        ),
        _heading(
            (
                "Layanan, perawatan, dan pengalaman berdampingan",
                "Service, care and experience side by side",
            )
        ),
        _table(
            (
                "Tiga pekerjaan dibandingkan, aspek demi aspek",
                "The three jobs compared, aspect by aspect",
            ),
            [
                ("Layanan pelanggan (customer service, CS)", "Customer service (CS)"),
                ("Perawatan pelanggan (customer care)", "Customer care"),
                ("Pengalaman pelanggan (customer experience, CX)", "Customer experience (CX)"),
            ],
            [
                _row(
                    ("Apa itu", "What it is"),
                    (
                        "Bantuan yang diberikan ketika pelanggan bertanya atau mendapat masalah",
                        "Help given when a customer asks a question or runs into a problem",
                    ),
                    (
                        "Hubungan yang dirawat terus setelah masalah terselesaikan",
                        "The relationship that is looked after once the problem has been solved",
                    ),
                    (
                        "Kesan yang terkumpul dari seluruh interaksi pelanggan dengan merek",
                        "The impression built up from every interaction a customer has with the "
                        "brand",
                    ),
                ),
                _row(
                    ("Sifat", "Nature"),
                    ("Reaktif dan transaksional", "Reactive and transactional"),
                    ("Proaktif, personal, dan emosional", "Proactive, personal and emotional"),
                    (
                        "Proaktif, dirancang utuh dari awal sampai akhir",
                        "Proactive, designed as a whole from start to finish",
                    ),
                ),
                _row(
                    ("Waktu", "Timing"),
                    ("Seketika, dalam satu kontak", "In the moment, within one contact"),
                    ("Berkelanjutan, setelah transaksi", "Ongoing, after the transaction"),
                    (
                        "Sebelum, selama, dan sesudah pembelian, sepanjang waktu",
                        "Before, during and after the purchase, all the time",
                    ),
                ),
                _row(
                    ("Cakupan", "Scope"),
                    ("Satu titik sentuh (touchpoint)", "One touchpoint"),
                    ("Hubungan dengan satu pelanggan", "The relationship with one customer"),
                    (
                        "Seluruh perjalanan: semua titik sentuh dan semua tim",
                        "The whole journey: every touchpoint and every team",
                    ),
                ),
                _row(
                    ("Saluran yang umum", "Typical channels"),
                    (
                        "Telepon, email, chat, help desk, call center",
                        "Phone, email, chat, help desk, call center",
                    ),
                    (
                        "Email tindak lanjut, program loyalitas, pesan personal",
                        "Follow-up emails, loyalty programme, personal messages",
                    ),
                    (
                        "Situs web, aplikasi, media sosial, toko fisik, layanan purnajual, dan "
                        "CS itu sendiri",
                        "Website, app, social media, physical store, after-sales service, and CS "
                        "itself",
                    ),
                ),
                _row(
                    ("Ukuran keberhasilan", "Measures of success"),
                    (
                        "Waktu respons, waktu penyelesaian rata-rata, first contact resolution "
                        "(FCR), average handling time (AHT)",
                        "Response time, average resolution time, first contact resolution (FCR), "
                        "average handling time (AHT)",
                    ),
                    (
                        "NPS, customer lifetime value (CLV), kepuasan jangka panjang",
                        "NPS, customer lifetime value (CLV), long-term satisfaction",
                    ),
                    (
                        "CSAT, NPS, CES, retensi, churn, loyalitas",
                        "CSAT, NPS, CES, retention, churn, loyalty",
                    ),
                ),
                _row(
                    ("Alat yang umum", "Typical tools"),
                    (
                        "Kotak masuk omnichannel, chatbot untuk pertanyaan yang sering diajukan "
                        "(FAQ)",
                        "Omnichannel inbox, chatbot for frequently asked questions (FAQs)",
                    ),
                    ("CRM, analitik, personalisasi", "CRM, analytics, personalisation"),
                    (
                        "Peta perjalanan pelanggan, program umpan balik, riset UX",
                        "Customer journey maps, feedback programmes, UX research",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Kembali ke Ibu Sri. Agen yang memulihkan internetnya sedang menjalankan "
            "<strong>layanan pelanggan</strong>. Ia bergerak karena ada masalah, dan tugasnya "
            "tuntas begitu masalah itu selesai.</p>"
            "<p>Pesan tiga hari kemudian adalah <strong>perawatan pelanggan</strong>. Tidak ada "
            "yang memintanya, tetapi perusahaan tetap datang untuk menjaga hubungan dengan satu "
            "pelanggan yang ia kenal.</p>"
            "<p>Lalu di mana <strong>pengalaman pelanggan</strong>? Di semuanya: iklan yang "
            "membuat Ibu Sri memilih Lintas Seluler, aplikasi tempat ia membeli paket, lama "
            "menunggu di call center, pesan tindak lanjut, bahkan kualitas sinyalnya sendiri. "
            "Layanan pelanggan hanyalah satu bagian dari keseluruhan itu.</p>",
            "<p>Back to Ibu Sri. The agent who got her internet working again was doing "
            "<strong>customer service</strong>. The agent acted because there was a problem, and "
            "the job was done as soon as the problem was solved.</p>"
            "<p>The message three days later is <strong>customer care</strong>. Nobody asked for "
            "it, yet the company still reached out to look after its relationship with one "
            "customer it knows.</p>"
            "<p>So where is the <strong>customer experience</strong>? In all of it: the advert "
            "that made Ibu Sri choose Lintas Seluler, the app where she buys her packages, the "
            "wait at the call center, the follow-up message, even the quality of the signal "
            "itself. Customer service is only one part of that whole.</p>",
        ),
        _callout(
            "warning",
            ("Waspadai tabel yang kolomnya tertukar", "Watch out for tables with swapped columns"),
            (
                "<p>Di internet Anda mungkin menemukan tabel yang menaruh “hubungan jangka "
                "panjang yang personal” di kolom layanan pelanggan, dan “penyelesaian masalah "
                "yang cepat” di kolom perawatan pelanggan. Itu terbalik. Pegang patokan ini: "
                "<strong>layanan pelanggan menyelesaikan masalah dengan cepat</strong>, "
                "<strong>perawatan pelanggan membangun hubungan jangka panjang</strong>.</p>",
                "<p>Online you may come across tables that put “a personal, long-term "
                "relationship” in the customer service column and “quick problem solving” in the "
                "customer care column. That is the wrong way round. Hold on to this rule: "
                "<strong>customer service solves problems quickly</strong>, <strong>customer "
                "care builds long-term relationships</strong>.</p>",
            ),
        ),
        _check(
            (
                "Manakah contoh perawatan pelanggan di Bank Cendana?",
                "Which of these is an example of customer care at Bank Cendana?",
            ),
            [
                _choice(
                    False,
                    (
                        "Agen call center memblokir kartu kredit yang dilaporkan hilang",
                        "A call center agent blocks a credit card reported as lost",
                    ),
                    (
                        "<p>Belum tepat. Kartu hilang adalah masalah yang dilaporkan, dan agen "
                        "menanganinya saat itu juga. Itu layanan pelanggan: reaktif dan "
                        "transaksional.</p>",
                        "<p>Not quite. A lost card is a reported problem, and the agent dealt "
                        "with it there and then. That is customer service: reactive and "
                        "transactional.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Petugas relasi menelepon nasabah sebulan setelah KPR-nya cair untuk "
                        "menanyakan apakah cicilan pertama berjalan lancar",
                        "A relationship officer calls a customer a month after her mortgage is "
                        "paid out, to ask whether the first instalment went smoothly",
                    ),
                    (
                        "<p>Tepat. Tidak ada masalah yang dilaporkan; bank datang lebih dulu "
                        "untuk merawat hubungan dengan satu nasabah. Itu proaktif dan "
                        "personal.</p>",
                        "<p>Right. No problem was reported; the bank reached out first to look "
                        "after its relationship with one customer. That is proactive and "
                        "personal.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Bank mendesain ulang aplikasi agar pembukaan rekening selesai dalam "
                        "sepuluh menit",
                        "The bank redesigns its app so that opening an account takes ten minutes",
                    ),
                    (
                        "<p>Belum tepat. Ini merancang satu bagian perjalanan untuk semua "
                        "nasabah, jadi termasuk pekerjaan CX, bukan perawatan satu pelanggan.</p>",
                        "<p>Not quite. This designs one part of the journey for every customer, "
                        "so it is CX work rather than care for one customer.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Teller menjawab pertanyaan nasabah tentang biaya administrasi bulanan",
                        "A teller answers a customer's question about the monthly account fee",
                    ),
                    (
                        "<p>Belum tepat. Nasabah bertanya dan teller menjawab: ini layanan "
                        "pelanggan yang baik, tetapi tetap reaktif.</p>",
                        "<p>Not quite. The customer asked and the teller answered: good customer "
                        "service, but still reactive.</p>",
                    ),
                ),
            ],
            (
                "<p>Layanan pelanggan menjawab ketika diminta. Perawatan pelanggan datang lebih "
                "dulu untuk menjaga hubungan. CX merancang seluruh perjalanan, termasuk "
                "keduanya.</p>",
                "<p>Customer service answers when asked. Customer care reaches out first to look "
                "after the relationship. CX designs the whole journey, both of them included.</p>",
            ),
        ),
    ],
)

_M1_REACTIVE_PROACTIVE = _lesson(
    "reaktif-atau-proaktif",
    8,
    ("Reaktif atau proaktif?", "Reactive or proactive?"),
    [
        _text(
            "<p>Ada tulisan yang menggambarkan layanan pelanggan sebagai “responsif dan "
            "proaktif”. Kursus ini menarik garis yang lebih tegas: pada intinya, layanan "
            "pelanggan bersifat <strong>reaktif</strong>. Ia bekerja setelah pelanggan datang "
            "dengan pertanyaan atau masalah, lalu menanganinya sebaik dan secepat mungkin.</p>"
            "<p>Ketika sebuah tim mulai bertindak <strong>sebelum</strong> pelanggan meminta, "
            "tim itu sedang bergerak ke arah perawatan pelanggan dan CX. Itu langkah yang baik. "
            "Hanya saja, penting untuk menyadari bahwa yang berubah adalah jenis pekerjaannya, "
            "bukan sekadar kecepatannya.</p>",
            "<p>Some writers describe customer service as “responsive and proactive”. This "
            "course draws a sharper line: at its core, customer service is "
            "<strong>reactive</strong>. It gets to work once customers come with a question or a "
            "problem, then handles it as well and as quickly as it can.</p>"
            "<p>When a team starts acting <strong>before</strong> the customer asks, it is "
            "moving towards customer care and CX. That is a good move. It just helps to see that "
            "what changes is the kind of work, not merely its speed.</p>",
        ),
        _table(
            (
                "Situasi yang sama, ditangani secara reaktif dan proaktif",
                "The same situation, handled reactively and proactively",
            ),
            [
                ("Reaktif (layanan pelanggan)", "Reactive (customer service)"),
                ("Proaktif (perawatan pelanggan dan CX)", "Proactive (customer care and CX)"),
            ],
            [
                _row(
                    (
                        "Paket pesanan terlambat (e-commerce)",
                        "An order is running late (e-commerce)",
                    ),
                    (
                        "Pembeli bertanya lewat chat; agen melacak paket dan memberi perkiraan "
                        "tiba yang baru",
                        "The buyer asks in the chat; the agent tracks the parcel and gives a new "
                        "delivery estimate",
                    ),
                    (
                        "Pembeli dikabari lebih dulu bahwa paketnya terlambat, lengkap dengan "
                        "perkiraan baru dan pilihan membatalkan jika tidak mau menunggu",
                        "The buyer is told first that the parcel is late, with a new estimate "
                        "and the option to cancel if they would rather not wait",
                    ),
                ),
                _row(
                    ("Gangguan jaringan (telko)", "A network outage (telco)"),
                    (
                        "Call center menerima ratusan telepon dan menjelaskan penyebabnya satu "
                        "per satu",
                        "The call center takes hundreds of calls and explains the cause one "
                        "caller at a time",
                    ),
                    (
                        "Pelanggan di area terdampak menerima SMS berisi penyebab gangguan dan "
                        "perkiraan waktu pulih",
                        "Customers in the affected area receive a text with the cause of the "
                        "outage and when service should be back",
                    ),
                ),
                _row(
                    (
                        "Kartu debit hampir kedaluwarsa (perbankan)",
                        "A debit card is about to expire (banking)",
                    ),
                    (
                        "Nasabah baru sadar ketika kartunya ditolak di kasir, lalu menelepon bank",
                        "The customer only notices when the card is declined at the till, then "
                        "calls the bank",
                    ),
                    (
                        "Bank mengingatkan sebulan sebelumnya dan menawarkan pengiriman kartu "
                        "baru ke alamat nasabah",
                        "The bank sends a reminder a month ahead and offers to post the new card "
                        "to the customer's address",
                    ),
                ),
                _row(
                    (
                        "Alat rumah tangga baru dibeli (ritel)",
                        "A new household appliance is bought (retail)",
                    ),
                    (
                        "Pelanggan kembali ke toko karena tidak bisa memasang alatnya",
                        "The customer comes back to the store because they cannot set the "
                        "appliance up",
                    ),
                    (
                        "Toko mengirim video panduan singkat pada hari barang diantar",
                        "The store sends a short how-to video on the day the appliance is "
                        "delivered",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Kedua kolom sama-sama dibutuhkan. Masalah akan selalu muncul, dan saat itu "
            "pelanggan butuh layanan yang cepat dan tuntas. Namun setiap kontak yang bisa "
            "dicegah adalah waktu pelanggan yang terselamatkan.</p>"
            "<p>Cara praktis untuk memulai: ambil sepuluh alasan kontak terbanyak bulan lalu "
            "dari data CS Anda. Tandai mana yang sebenarnya bisa dicegah dengan kabar yang lebih "
            "awal atau informasi yang lebih jelas. Daftar itu adalah bahan kerja bersama antara "
            "tim CS, tim perawatan, dan pemilik perjalanan pelanggan.</p>",
            "<p>Both columns are needed. Problems will always come up, and when they do, "
            "customers need service that is fast and thorough. Still, every contact that can be "
            "prevented is customer time saved.</p>"
            "<p>A practical way to start: take last month's ten most common contact reasons from "
            "your CS data. Mark the ones that an earlier message or clearer information could "
            "have prevented. That list is shared work for the CS team, the care team and whoever "
            "owns the customer journey.</p>",
        ),
        _callout(
            "tip",
            ("Responsif tidak sama dengan proaktif", "Responsive is not the same as proactive"),
            (
                "<p><strong>Responsif</strong> berarti cepat menanggapi ketika diminta; itu ciri "
                "layanan pelanggan yang baik. <strong>Proaktif</strong> berarti bertindak "
                "sebelum diminta; itu ciri perawatan pelanggan dan CX. Tim CS yang mulai "
                "proaktif sedang memperluas perannya, dan fondasinya tetap reaktif.</p>",
                "<p><strong>Responsive</strong> means answering quickly when asked; it is the "
                "mark of good customer service. <strong>Proactive</strong> means acting before "
                "being asked; it is the mark of customer care and CX. A CS team that becomes "
                "proactive is widening its role, while its foundation stays reactive.</p>",
            ),
        ),
        _check(
            (
                "Tim CS Belanjaria mulai mengirim pesan kepada pembeli yang paketnya tertahan di "
                "gudang, sebelum mereka sempat bertanya. Bagaimana langkah ini paling tepat "
                "digambarkan?",
                "Belanjaria's CS team starts messaging buyers whose parcels are stuck in the "
                "warehouse, before they have had a chance to ask. How is this step best "
                "described?",
            ),
            [
                _choice(
                    False,
                    (
                        "Tetap layanan pelanggan murni, karena dikerjakan oleh tim CS",
                        "Still pure customer service, because the CS team does it",
                    ),
                    (
                        "<p>Belum tepat. Yang menentukan adalah sifat pekerjaannya, bukan nama "
                        "timnya. Bertindak sebelum diminta adalah langkah proaktif.</p>",
                        "<p>Not quite. What counts is the nature of the work, not the name of "
                        "the team. Acting before being asked is a proactive step.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Langkah proaktif: tim CS mulai mengerjakan perawatan pelanggan dan CX",
                        "A proactive step: the CS team is starting to do customer care and CX work",
                    ),
                    (
                        "<p>Tepat. Tim CS memperluas perannya: ia mencegah pertanyaan dan "
                        "kecemasan, bukan hanya menjawabnya.</p>",
                        "<p>Right. The CS team is widening its role: it prevents questions and "
                        "worry instead of only answering them.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Tidak perlu, karena CS yang baik cukup responsif saat ditanya",
                        "Unnecessary, because good CS only needs to be responsive when asked",
                    ),
                    (
                        "<p>Belum tepat. Responsif memang wajib, tetapi pembeli yang dikabari "
                        "lebih dulu tidak perlu menghubungi CS sama sekali.</p>",
                        "<p>Not quite. Being responsive is a must, but buyers who are told first "
                        "do not need to contact CS at all.</p>",
                    ),
                ),
            ],
            (
                "<p>Layanan pelanggan pada dasarnya reaktif. Proaktivitas adalah langkah menuju "
                "perawatan pelanggan dan CX.</p>",
                "<p>Customer service is essentially reactive. Proactivity is the move towards "
                "customer care and CX.</p>",
            ),
        ),
    ],
)

_M1_EXPERIENCE_DECIDES = _lesson(
    "pengalaman-menentukan-pembelian",
    10,
    ("Pengalaman menentukan pembelian", "Experience drives the purchase"),
    [
        _text(
            "<p>Pelanggan tidak membeli hanya karena produk dan harga. Survei PwC mencatat "
            "<strong>73% konsumen</strong> menganggap pengalaman sebagai faktor penting ketika "
            "memutuskan untuk membeli. Jadi, hampir tiga dari empat orang ikut menimbang "
            "bagaimana rasanya berurusan dengan Anda.</p>"
            "<p>Karena itu CX tidak bisa diserahkan kepada satu tim saja. Layanan pelanggan "
            "hanyalah <strong>salah satu unsur di dalam</strong> CX, berdampingan dengan situs "
            "web, aplikasi, toko, pengiriman, tagihan, dan banyak titik sentuh lain.</p>",
            "<p>Customers do not buy on product and price alone. According to PwC, <strong>73% "
            "of consumers</strong> say experience is an important factor when they decide to "
            "buy. So almost three in four people also weigh up what it feels like to deal with "
            "you.</p>"
            "<p>That is why CX cannot be left to a single team. Customer service is just "
            "<strong>one of the elements inside</strong> CX, alongside the website, the app, the "
            "stores, delivery, billing and many other touchpoints.</p>",
        ),
        _heading(("Dua aturan yang berlaku bersamaan", "Two rules that hold at the same time")),
        _text(
            "<ul>"
            "<li><strong>CS yang sangat baik tidak bisa menyelamatkan perjalanan yang "
            "buruk.</strong> Agen paling ramah pun tidak bisa memperbaiki halaman produk yang "
            "menyesatkan atau proses retur yang berbelit.</li>"
            "<li><strong>CS yang buruk bisa merusak perjalanan yang baik.</strong> Satu "
            "percakapan yang ketus bisa menghapus kesan dari aplikasi yang mulus dan pengiriman "
            "yang cepat.</li>"
            "</ul>"
            "<p>Ada satu jebakan yang sering luput. Bayangkan pelanggan yang harus "
            "<strong>menyebutkan nomor pesanan dan keluhannya berulang kali</strong> kepada agen "
            "yang berbeda-beda. Semua agen sopan, tetapi pengalamannya tetap buruk. Keramahan "
            "tidak bisa menggantikan informasi yang ikut berpindah bersama pelanggan.</p>",
            "<ul>"
            "<li><strong>Excellent CS cannot rescue a poor journey.</strong> Even the "
            "friendliest agent cannot fix a misleading product page or a tangled returns "
            "process.</li>"
            "<li><strong>Poor CS can spoil a good journey.</strong> One curt conversation can "
            "wipe out the impression left by a smooth app and fast delivery.</li>"
            "</ul>"
            "<p>One trap is easy to miss. Picture a customer who has to <strong>give the order "
            "number and the complaint over and over</strong> to different agents. Every agent is "
            "courteous, and still the experience is poor. Friendliness cannot replace "
            "information that travels with the customer.</p>",
        ),
        _quote(
            (
                "Survei kami bilang pelanggan puas dengan CS. Data transaksi bilang mereka tidak "
                "kembali. Ternyata kami mengukur satu titik sentuh, padahal pelanggan menilai "
                "seluruh perjalanan.",
                "Our surveys said customers were happy with CS. Our sales data said they were "
                "not coming back. It turned out we were measuring one touchpoint, while "
                "customers were judging the whole journey.",
            ),
            (
                "Kepala CX sebuah jaringan ritel besar di Indonesia",
                "Head of CX at a large Indonesian retail chain",
            ),
            (
                "Kasus: CS dipuji, pelanggan tetap pergi",
                "Case: CS praised, customers still leaving",
            ),
        ),
        _text(
            "<p>Tim CS di jaringan ritel itu selalu mendapat penilaian kepuasan yang bagus. "
            "Anehnya, hanya sedikit pelanggan yang kembali berbelanja. Setelah perjalanan "
            "pelanggan ditelusuri dari ujung ke ujung, muncul tiga penyebab:</p>"
            "<ol>"
            "<li><strong>navigasi situs web yang membuat pelanggan tersesat</strong>,</li>"
            "<li><strong>keterangan produk yang kurang lengkap</strong>, dan</li>"
            "<li><strong>proses retur yang berbelit</strong>.</li>"
            "</ol>"
            "<p>Tak satu pun berada di tangan tim CS. Melatih ulang tim CS yang sudah bagus "
            "memang jawaban yang menggoda, tetapi keliru: uang dan waktu habis, sementara "
            "penyebab sebenarnya tidak tersentuh.</p>",
            "<p>The CS team in that retail chain always earned good satisfaction ratings. Oddly, "
            "few customers came back to shop again. When the customer journey was traced from "
            "end to end, three causes came to light:</p>"
            "<ol>"
            "<li><strong>website navigation that left customers lost</strong>,</li>"
            "<li><strong>product descriptions with details missing</strong>, and</li>"
            "<li><strong>a returns process full of hurdles</strong>.</li>"
            "</ol>"
            "<p>None of them was in the CS team's hands. Retraining a CS team that is already "
            "good is a tempting answer, but the wrong one: money and time are spent while the "
            "real causes stay untouched.</p>",
        ),
        _callout(
            "takeaway",
            (
                "Ukur perjalanannya, bukan hanya loketnya",
                "Measure the journey, not just the help desk",
            ),
            (
                "<p>Nilai kepuasan CS yang tinggi adalah kabar baik tentang satu titik sentuh. "
                "Untuk tahu apakah pelanggan akan kembali, lihat juga retensi, churn, dan titik "
                "sentuh lain di sepanjang perjalanan.</p>",
                "<p>A high satisfaction score for CS is good news about one touchpoint. To know "
                "whether customers will come back, also look at retention, churn and the other "
                "touchpoints along the journey.</p>",
            ),
        ),
        _check(
            (
                "CSAT tim CS Toko Kenari 4,6 dari 5, tetapi hanya sedikit pembeli online yang "
                "belanja lagi. Direksi mengusulkan pelatihan ulang untuk tim CS. Apa tanggapan "
                "terbaik?",
                "Toko Kenari's CS team has a CSAT of 4.6 out of 5, yet few online buyers come "
                "back to shop again. The board proposes retraining the CS team. What is the best "
                "response?",
            ),
            [
                _choice(
                    False,
                    (
                        "Setuju, karena pelatihan CS selalu menaikkan retensi",
                        "Agree, because CS training always raises retention",
                    ),
                    (
                        "<p>Belum tepat. Pelatihan untuk tim yang sudah mendapat 4,6 dari 5 "
                        "hanya menghabiskan anggaran, sementara penyebab pembeli tidak kembali "
                        "tetap di tempatnya.</p>",
                        "<p>Not quite. Training a team that already scores 4.6 out of 5 just "
                        "uses up budget, while whatever keeps buyers away stays where it is.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Menelusuri dulu titik sentuh lain: navigasi situs, halaman produk, dan "
                        "proses retur",
                        "First trace the other touchpoints: site navigation, product pages and "
                        "the returns process",
                    ),
                    (
                        "<p>Tepat. Nilai CSAT yang tinggi justru menjadi petunjuk: tim CS bukan "
                        "sumber masalahnya. Carilah di titik sentuh yang lain.</p>",
                        "<p>Right. The high CSAT is itself a clue: the CS team is not where the "
                        "problem lies. Look at the other touchpoints.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Mengganti survei CSAT dengan NPS supaya angkanya lebih jujur",
                        "Replace the CSAT survey with NPS so the numbers are more honest",
                    ),
                    (
                        "<p>Belum tepat. Mengganti alat ukur tidak menemukan penyebabnya. "
                        "CSAT-nya tidak salah; ia hanya mengukur satu titik sentuh.</p>",
                        "<p>Not quite. Changing the measuring tool does not find the cause. The "
                        "CSAT is not wrong; it only measures one touchpoint.</p>",
                    ),
                ),
            ],
            (
                "<p>Layanan pelanggan hanyalah satu unsur CX. Seunggul apa pun, ia tidak bisa "
                "menutupi perjalanan yang bermasalah.</p>",
                "<p>Customer service is only one element of CX. However excellent it is, it "
                "cannot make up for a broken journey.</p>",
            ),
        ),
    ],
)

_M1_SERVICE_AND_EXPERIENCE = _lesson(
    "layanan-dan-pengalaman-menyatu",
    8,
    ("Ketika layanan dan pengalaman menyatu", "When service and experience work as one"),
    [
        _text(
            "<p>Apple adalah contoh klasik untuk pelajaran ini. Layanan pelanggannya cepat "
            "tanggap, dan pengalaman di toko, di aplikasi, serta di layanan purnajual terasa "
            "menyatu tanpa sekat.</p>"
            "<p>Yang perlu dipelajari dari contoh ini bukan mereknya, melainkan polanya. Setiap "
            "titik sentuh terasa seperti bagian dari satu cerita. Pelanggan tidak perlu tahu tim "
            "mana yang mengelola bagian mana, karena semuanya tersambung.</p>",
            "<p>Apple is the classic example for this lesson. Its customer service is quick to "
            "respond, and the experience in the store, in the app and in after-sales service "
            "fits together without seams.</p>"
            "<p>What is worth learning from this example is not the brand but the pattern. Every "
            "touchpoint feels like part of one story. Customers do not need to know which team "
            "runs which part, because it all connects.</p>",
        ),
        _table(
            (
                "Perjalanan yang terpisah-pisah dan perjalanan yang terpadu di sebuah toko "
                "elektronik",
                "A fragmented journey and an integrated journey at an electronics retailer",
            ),
            [("Terpisah-pisah", "Fragmented"), ("Terpadu", "Integrated")],
            [
                _row(
                    ("Toko fisik", "Physical store"),
                    (
                        "Staf toko tidak bisa melihat pesanan online pelanggan",
                        "Store staff cannot see the customer's online orders",
                    ),
                    (
                        "Staf toko melihat pesanan online dan bisa membantu mengambil atau "
                        "menukar barang di tempat",
                        "Store staff can see online orders and help collect or exchange items on "
                        "the spot",
                    ),
                ),
                _row(
                    ("Aplikasi", "App"),
                    (
                        "Nota dan kartu garansi berupa kertas yang mudah hilang",
                        "Receipts and warranty cards are paper, and easily lost",
                    ),
                    (
                        "Nota dan garansi tersimpan otomatis di akun pelanggan",
                        "Receipts and warranties are saved automatically in the customer's account",
                    ),
                ),
                _row(
                    ("Layanan purnajual", "After-sales service"),
                    (
                        "Pelanggan mencari sendiri pusat servis dan menjelaskan ulang kerusakannya",
                        "The customer has to find a service centre and describe the fault all "
                        "over again",
                    ),
                    (
                        "Jadwal servis dipesan dari aplikasi, dan teknisi sudah membaca keluhan "
                        "sebelum pelanggan datang",
                        "The service slot is booked in the app, and the technician has read the "
                        "complaint before the customer arrives",
                    ),
                ),
                _row(
                    ("Layanan pelanggan", "Customer service"),
                    (
                        "Agen cepat menjawab, tetapi hanya bisa menyarankan “silakan datang ke "
                        "toko”",
                        "Agents answer quickly, but can only suggest “please visit the store”",
                    ),
                    (
                        "Agen cepat menjawab dan bisa menuntaskan urusan karena melihat riwayat "
                        "lengkap pelanggan",
                        "Agents answer quickly and can finish the job because they see the "
                        "customer's full history",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Perhatikan baris terakhir. Di kedua kolom, agennya sama-sama cepat. Perbedaannya "
            "ada pada apa yang mengelilingi agen itu.</p>"
            "<p>Itulah arti CS sebagai satu elemen di dalam CX: kecepatan layanan baru terasa "
            "bernilai ketika perjalanan di sekitarnya ikut mendukung. Prinsip ini tidak hanya "
            "berlaku bagi perusahaan raksasa. Toko dengan tiga cabang pun bisa menyimpan nota "
            "pelanggan secara digital dan memberi staf akses ke riwayat pembelian.</p>",
            "<p>Look at the last row. In both columns the agents are equally fast. The "
            "difference lies in what surrounds them.</p>"
            "<p>That is what it means for CS to be one element inside CX: fast service only "
            "feels valuable when the journey around it supports it too. The principle is not "
            "only for giant companies. A shop with three branches can also keep receipts "
            "digitally and give its staff access to purchase history.</p>",
        ),
        _quote(
            (
                "Laptop saya rusak tiga bulan setelah dibeli. Saya buka aplikasi, nota dan "
                "garansinya sudah ada. Saya pilih jadwal servis, dan waktu datang ke toko, "
                "teknisinya langsung tahu masalahnya. Saya tidak perlu bercerita dari awal.",
                "My laptop broke three months after I bought it. I opened the app and the "
                "receipt and warranty were already there. I picked a service slot, and when I "
                "got to the store the technician already knew what was wrong. I didn't have to "
                "tell the story from the beginning.",
            ),
            ("Pelanggan Toko Kenari di Semarang", "Toko Kenari customer in Semarang"),
            ("Satu cerita dari toko sampai purnajual", "One story from store to after-sales"),
        ),
        _callout(
            "tip",
            ("Pertanyaan untuk tim Anda", "A question for your team"),
            (
                "<p>Pilih satu masalah yang sering dialami pelanggan. Di berapa titik sentuh ia "
                "harus menjelaskan ulang masalahnya? Setiap pengulangan menandai celah antara "
                "layanan dan pengalaman.</p>",
                "<p>Pick one problem that customers often have. At how many touchpoints do they "
                "have to explain it again? Every repetition marks a gap between service and "
                "experience.</p>",
            ),
        ),
        _check(
            (
                "Apa pelajaran utama dari contoh Apple dan cerita pelanggan Toko Kenari?",
                "What is the main lesson of the Apple example and the Toko Kenari customer's "
                "story?",
            ),
            [
                _choice(
                    False,
                    (
                        "CS yang cepat saja sudah cukup untuk membuat pelanggan setia",
                        "Fast CS on its own is enough to make customers loyal",
                    ),
                    (
                        "<p>Belum tepat. Di tabel tadi, agen di kedua kolom sama cepatnya. Yang "
                        "membedakan adalah perjalanan di sekelilingnya.</p>",
                        "<p>Not quite. In the table, the agents in both columns were equally "
                        "fast. The journey around them made the difference.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Layanan yang responsif paling berdampak ketika toko, aplikasi, dan "
                        "purnajual tersambung menjadi satu perjalanan",
                        "Responsive service has the most impact when store, app and after-sales "
                        "connect into one journey",
                    ),
                    (
                        "<p>Tepat. Keterpaduan membuat layanan yang cepat benar-benar "
                        "menuntaskan urusan pelanggan.</p>",
                        "<p>Right. Integration is what lets fast service actually finish the "
                        "customer's business.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Pengalaman terpadu hanya mungkin bagi perusahaan besar",
                        "An integrated experience is only possible for large companies",
                    ),
                    (
                        "<p>Belum tepat. Polanya bisa diterapkan dalam skala apa pun, misalnya "
                        "dengan nota digital dan riwayat pelanggan yang bisa dilihat staf.</p>",
                        "<p>Not quite. The pattern works at any scale, for example with digital "
                        "receipts and a customer history that staff can see.</p>",
                    ),
                ),
            ],
            (
                "<p>CS yang responsif dan pengalaman yang mulus saling menguatkan. Tujuannya "
                "satu perjalanan yang utuh, bukan titik sentuh yang berdiri sendiri-sendiri.</p>",
                "<p>Responsive CS and a seamless experience strengthen each other. The goal is "
                "one whole journey, not touchpoints standing on their own.</p>",
            ),
        ),
    ],
)

_M1_CARE_IN_PRACTICE = _lesson(
    "perawatan-pelanggan-dalam-praktik",
    9,
    ("Perawatan pelanggan dalam praktik", "Customer care in practice"),
    [
        _heading(("Siapa yang menjalankan perawatan pelanggan?", "Who does customer care?")),
        _text(
            "<p>Tidak ada satu susunan tim yang benar untuk semua perusahaan. Yang menentukan "
            "adalah ukuran bisnis dan, terutama, cara berpikir orang-orangnya.</p>"
            "<p>Di kedai kopi daring milik Mbak Lia di Yogyakarta, empat karyawan menjawab chat, "
            "mengemas pesanan, sekaligus menyapa pelanggan lama. Di Bank Cendana, ratusan agen "
            "contact center bekerja terpisah dari tim relasi nasabah. Keduanya bisa sama-sama "
            "berhasil.</p>",
            "<p>There is no single team structure that suits every company. What decides it is "
            "the size of the business and, above all, the mindset of its people.</p>"
            "<p>At Mbak Lia's online coffee shop in Yogyakarta, four employees answer chats, "
            "pack orders and keep in touch with regular customers. At Bank Cendana, hundreds of "
            "contact center agents work separately from the customer relationship team. Both can "
            "work well.</p>",
        ),
        _table(
            (
                "CS dan perawatan pelanggan di bisnis kecil dan bisnis besar",
                "CS and customer care in small and large businesses",
            ),
            [("Bisnis kecil", "Small business"), ("Bisnis besar", "Large business")],
            [
                _row(
                    ("Susunan tim", "Team set-up"),
                    (
                        "Satu tim, kadang satu orang, menjalankan CS dan perawatan sekaligus",
                        "One team, sometimes one person, does both CS and care",
                    ),
                    (
                        "Sering dipisah menjadi tim CS dan tim perawatan pelanggan",
                        "Often split into a CS team and a customer care team",
                    ),
                ),
                _row(
                    ("Kunci keberhasilan", "What makes it work"),
                    (
                        "Mengubah cara berpikir: setelah masalah selesai, lanjutkan hubungannya",
                        "A change of mindset: once the problem is solved, keep the relationship "
                        "going",
                    ),
                    (
                        "CS diukur dari kecepatan; perawatan diukur dari personalisasi dan "
                        "kedalaman hubungan",
                        "CS is measured on speed; care is measured on personalisation and depth "
                        "of relationship",
                    ),
                ),
                _row(
                    ("Risiko yang perlu dijaga", "Risk to watch"),
                    (
                        "Perawatan terlupakan ketika toko sedang ramai",
                        "Care is forgotten when the shop gets busy",
                    ),
                    (
                        "Informasi tidak berpindah antara tim CS dan tim perawatan",
                        "Information does not pass between the CS team and the care team",
                    ),
                ),
            ],
        ),
        _heading(
            (
                "Tiga kesalahan yang membuat perawatan terasa hampa",
                "Three mistakes that make care feel hollow",
            )
        ),
        _text(
            "<ol>"
            "<li><strong>Perawatan yang baru muncul saat ada kebakaran.</strong> Pelanggan hanya "
            "disapa setelah ia meluapkan kekesalan di media sosial atau memberi ulasan bintang "
            "satu. Perawatan yang sungguh-sungguh berjalan terus, juga di hari-hari tanpa "
            "masalah.</li>"
            "<li><strong>Terima kasih yang hanya basa-basi.</strong> Pelanggan bisa membedakan "
            "ucapan yang tulus dari kalimat template. Yang kedua membuatnya merasa seperti nomor "
            "antrean.</li>"
            "<li><strong>Pesan otomatis yang sama untuk semua.</strong> Pesan yang tidak "
            "menyebut nama pelanggan, tidak tahu apa yang pernah ia beli, dan tidak menyinggung "
            "apa yang baru ia alami hanya terlihat personal dari luar.</li>"
            "</ol>",
            "<ol>"
            "<li><strong>Care that only turns up when there is a fire.</strong> Customers only "
            "hear from the company once they have vented on social media or left a one-star "
            "review. Genuine care keeps going, on days without problems too.</li>"
            "<li><strong>Thanks that are mere politeness.</strong> Customers can tell heartfelt "
            "thanks from a template line. The latter makes them feel like a queue number.</li>"
            "<li><strong>The same automated message for everyone.</strong> A message that does "
            "not use the customer's name, knows nothing of what they bought and says nothing of "
            "what they have just been through only looks personal from the outside.</li>"
            "</ol>",
        ),
        _quote(
            (
                "Setrika uap yang saya beli ternyata tidak panas. CS-nya cepat, besoknya barang "
                "pengganti sudah dikirim. Seminggu kemudian orang yang sama mengirim pesan: "
                "menanyakan apakah setrika barunya baik-baik saja, minta maaf sekali lagi, dan "
                "memberi tips merawat setrika uap supaya awet. Sejak itu saya langganan.",
                "The steam iron I bought didn't heat up. CS was quick, and a replacement was on "
                "its way the next day. A week later the same person messaged me: asking whether "
                "the new iron was working well, apologising once more, and sharing tips for "
                "looking after a steam iron so it lasts. I've been a regular ever since.",
            ),
            ("Pembeli di Belanjaria, Makassar", "Belanjaria shopper in Makassar"),
            ("Dari layanan ke perawatan", "From service to care"),
        ),
        _text(
            "<p>Perhatikan urutannya. Pertama <strong>layanan</strong>: tanggapan cepat, masalah "
            "divalidasi, barang diganti. Lalu <strong>perawatan</strong>: tindak lanjut tentang "
            "kepuasan, permintaan maaf yang tulus, dan sesuatu yang berguna bagi pelanggan. "
            "Kesetiaan pelanggan itu tumbuh dari langkah kedua, bukan hanya dari yang "
            "pertama.</p>",
            "<p>Notice the order. First comes <strong>service</strong>: a quick response, the "
            "problem confirmed, the item replaced. Then comes <strong>care</strong>: a follow-up "
            "on satisfaction, a sincere apology and something genuinely useful. The customer's "
            "loyalty grew out of the second step, not only the first.</p>",
        ),
        _check(
            (
                "Minggu lalu Toko Kenari mengganti AC milik Pak Yusuf yang rusak. Pesan mana "
                "yang merupakan perawatan pelanggan yang tulus?",
                "Last week Toko Kenari replaced Pak Yusuf's faulty air conditioner. Which "
                "message is sincere customer care?",
            ),
            [
                _choice(
                    False,
                    (
                        "“Yth. Pelanggan, terima kasih atas kepercayaan Anda. Nikmati promo "
                        "akhir bulan kami!”",
                        "“Dear Customer, thank you for your trust. Enjoy our end-of-month deals!”",
                    ),
                    (
                        "<p>Belum tepat. Pesan ini bisa dikirim ke siapa saja. Tidak ada nama, "
                        "tidak ada riwayat, tidak ada kepedulian pada masalah Pak Yusuf.</p>",
                        "<p>Not quite. This message could go to anyone. There is no name, no "
                        "history and no concern for Pak Yusuf's problem.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "“Halo Pak Yusuf, minggu lalu AC Bapak kami ganti dengan unit baru. "
                        "Apakah sekarang sudah dingin seperti seharusnya? Kalau ada yang kurang, "
                        "balas pesan ini dan saya bantu langsung. (Maya, Toko Kenari)”",
                        "“Hello Pak Yusuf, last week we replaced your air conditioner with a new "
                        "unit. Is it cooling properly now? If anything is not right, reply to "
                        "this message and I will help you straight away. (Maya, Toko Kenari)”",
                    ),
                    (
                        "<p>Tepat. Pesan ini personal, menyebut kejadiannya, dan datang dari "
                        "orang yang siap membantu.</p>",
                        "<p>Right. The message is personal, mentions what happened and comes "
                        "from a real person ready to help.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Mengirim voucher hanya jika Pak Yusuf menulis ulasan buruk",
                        "Send a voucher only if Pak Yusuf writes a bad review",
                    ),
                    (
                        "<p>Belum tepat. Voucher yang baru keluar setelah ulasan buruk hanyalah "
                        "upaya memadamkan api, bukan perawatan.</p>",
                        "<p>Not quite. A voucher that only appears after a bad review is "
                        "firefighting, not care.</p>",
                    ),
                ),
            ],
            (
                "<p>Perawatan pelanggan itu proaktif, personal, dan tulus. Ujian sederhananya: "
                "coba ganti nama penerimanya. Jika pesan itu tetap cocok untuk siapa saja, pesan "
                "itu belum personal.</p>",
                "<p>Customer care is proactive, personal and sincere. A simple test: swap the "
                "recipient's name. If the message would fit anyone at all, it is not personal "
                "yet.</p>",
            ),
        ),
    ],
)

_MODULE_1 = _module(
    "cs-care-dan-cx",
    (
        "CS, perawatan pelanggan, dan CX: tiga pekerjaan berbeda",
        "CS, customer care and CX: three different jobs",
    ),
    (
        "Bedakan layanan pelanggan yang reaktif, perawatan pelanggan yang proaktif dan personal, "
        "serta CX yang mencakup seluruh perjalanan, dan lihat mengapa layanan yang bagus belum "
        "menjamin pelanggan kembali.",
        "Tell reactive customer service, proactive and personal customer care, and CX across the "
        "whole journey apart, and see why good service alone does not guarantee that customers "
        "come back.",
    ),
    [
        _M1_THREE_JOBS,
        _M1_REACTIVE_PROACTIVE,
        _M1_EXPERIENCE_DECIDES,
        _M1_SERVICE_AND_EXPERIENCE,
        _M1_CARE_IN_PRACTICE,
    ],
)


# --- Module 2: customer journey mapping -----------------------------------------

_M2_SIX_STAGES = _lesson(
    "enam-tahap-perjalanan-pelanggan",
    9,
    ("Enam tahap perjalanan pelanggan", "The six stages of the customer journey"),
    [
        _text(
            "<p>Peta perjalanan pelanggan (customer journey map) adalah cara melihat bisnis Anda "
            "dari kursi pelanggan. Peta ini menuliskan, langkah demi langkah, apa yang pelanggan "
            "lakukan, di mana ia bertemu perusahaan, dan apa yang ia rasakan.</p>"
            "<p>Kebanyakan perjalanan bisa dibagi menjadi enam tahap: <strong>kesadaran → "
            "pertimbangan → pembelian → penggunaan dan orientasi → purnajual dan dukungan → "
            "loyalitas dan advokasi</strong>. Tabel di bawah mencontohkannya dengan pelanggan "
            "baru internet rumah Lintas Seluler.</p>",
            "<p>A customer journey map is a way of looking at your business from the customer's "
            "seat. It sets out, step by step, what the customer does, where they meet the "
            "company, and how they feel.</p>"
            "<p>Most journeys fall into six stages: <strong>awareness → consideration → purchase "
            "→ use and onboarding → after-sales and support → loyalty and advocacy</strong>. The "
            "table below illustrates them with a new Lintas Seluler home-internet customer.</p>",
        ),
        _table(
            (
                "Enam tahap perjalanan pelanggan internet rumah",
                "Six stages of a home-internet customer's journey",
            ),
            [
                ("Pertanyaan di benak pelanggan", "The question on the customer's mind"),
                ("Contoh titik sentuh", "Example touchpoints"),
            ],
            [
                _row(
                    ("1. Kesadaran", "1. Awareness"),
                    (
                        "“Internet apa saja yang tersedia di daerah saya?”",
                        "“Which internet providers cover my area?”",
                    ),
                    (
                        "Iklan di media sosial, cerita tetangga, spanduk di kompleks perumahan",
                        "Social media ads, a neighbour's story, a banner in the housing estate",
                    ),
                ),
                _row(
                    ("2. Pertimbangan", "2. Consideration"),
                    (
                        "“Paket mana yang pas untuk kebutuhan dan anggaran saya?”",
                        "“Which package fits my needs and my budget?”",
                    ),
                    (
                        "Halaman paket di situs web, ulasan pengguna, chat dengan tim penjualan",
                        "Package page on the website, user reviews, chat with the sales team",
                    ),
                ),
                _row(
                    ("3. Pembelian", "3. Purchase"),
                    ("“Bagaimana cara mendaftar dan membayar?”", "“How do I sign up and pay?”"),
                    (
                        "Formulir pendaftaran, pengecekan alamat, pembayaran pertama",
                        "Sign-up form, address check, first payment",
                    ),
                ),
                _row(
                    ("4. Penggunaan dan orientasi", "4. Use and onboarding"),
                    (
                        "“Kapan teknisi datang, dan bagaimana cara memakai modemnya?”",
                        "“When will the technician come, and how do I use the modem?”",
                    ),
                    (
                        "Jadwal pemasangan, kunjungan teknisi, panduan mengatur Wi-Fi",
                        "Installation appointment, technician visit, Wi-Fi set-up guide",
                    ),
                ),
                _row(
                    ("5. Purnajual dan dukungan", "5. After-sales and support"),
                    (
                        "“Ke mana saya mengadu kalau internetnya lambat?”",
                        "“Who do I turn to if the internet is slow?”",
                    ),
                    (
                        "Aplikasi, call center, kunjungan perbaikan, tagihan bulanan",
                        "App, call center, repair visit, monthly bill",
                    ),
                ),
                _row(
                    ("6. Loyalitas dan advokasi", "6. Loyalty and advocacy"),
                    (
                        "“Layakkah diperpanjang dan direkomendasikan?”",
                        "“Is it worth renewing and recommending?”",
                    ),
                    (
                        "Tawaran perpanjangan, program ajak teman, ulasan di media sosial",
                        "Renewal offer, refer-a-friend programme, reviews on social media",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Tahapan ini tidak selalu berjalan lurus. Pelanggan yang kecewa di tahap dukungan "
            "bisa kembali ke tahap pertimbangan, kali ini sambil melirik pesaing. Pelanggan yang "
            "senang bisa melompat ke advokasi dan mengajak tetangganya berlangganan.</p>"
            "<p>Setiap tahap juga punya pemilik yang berbeda di dalam perusahaan: pemasaran, "
            "penjualan, operasional lapangan, penagihan, CS. Itulah sebabnya peta ini berguna. "
            "Ia menyatukan potongan-potongan yang biasanya dilihat oleh tim yang berbeda.</p>",
            "<p>The stages do not always run in a straight line. A customer let down at the "
            "support stage can go back to consideration, this time with an eye on competitors. A "
            "happy customer can jump to advocacy and get the neighbours to sign up.</p>"
            "<p>Each stage also has a different owner inside the company: marketing, sales, "
            "field operations, billing, CS. That is why the map is useful. It joins up pieces "
            "that different teams usually see separately.</p>",
        ),
        _callout(
            "takeaway",
            ("Tulis dengan kata-kata pelanggan", "Write it in the customer's words"),
            (
                "<p>Namai langkah-langkah dengan apa yang dilakukan pelanggan (“membandingkan "
                "paket”), bukan dengan nama proses internal (“kualifikasi prospek”). Jika "
                "pelanggan tidak akan mengenali sebuah langkah, langkah itu belum ditulis dari "
                "sudut pandangnya.</p>",
                "<p>Name the steps after what the customer does (“comparing packages”), not "
                "after internal processes (“lead qualification”). If a customer would not "
                "recognise a step, it has not yet been written from their point of view.</p>",
            ),
        ),
        _check(
            (
                "Rekening Dimas di Bank Cendana baru saja aktif. Ia membuka aplikasi bank untuk "
                "pertama kali dan mencoba mengatur PIN serta notifikasi transaksi. Di tahap mana "
                "Dimas berada?",
                "Dimas's Bank Cendana account has just been activated. He opens the banking app "
                "for the first time and tries to set his PIN and transaction alerts. Which stage "
                "is Dimas in?",
            ),
            [
                _choice(
                    False,
                    ("Pembelian", "Purchase"),
                    (
                        "<p>Belum tepat. Pembelian sudah selesai saat rekeningnya dibuka. "
                        "Sekarang Dimas mulai memakai produknya.</p>",
                        "<p>Not quite. The purchase ended when the account was opened. Now Dimas "
                        "is starting to use the product.</p>",
                    ),
                ),
                _choice(
                    True,
                    ("Penggunaan dan orientasi", "Use and onboarding"),
                    (
                        "<p>Tepat. Dimas sedang belajar memakai produk untuk pertama kali. Kesan "
                        "di tahap ini sangat menentukan apakah ia akan betah.</p>",
                        "<p>Right. Dimas is learning to use the product for the first time. "
                        "Impressions at this stage go a long way in deciding whether he "
                        "stays.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("Purnajual dan dukungan", "After-sales and support"),
                    (
                        "<p>Belum tepat. Dimas belum mendapat masalah atau meminta bantuan. Ia "
                        "baru mulai memakai aplikasinya.</p>",
                        "<p>Not quite. Dimas has not hit a problem or asked for help. He is just "
                        "starting to use the app.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("Loyalitas dan advokasi", "Loyalty and advocacy"),
                    (
                        "<p>Belum tepat. Loyalitas datang belakangan, setelah Dimas merasakan "
                        "manfaat produk dari waktu ke waktu.</p>",
                        "<p>Not quite. Loyalty comes later, after Dimas has felt the product's "
                        "value over time.</p>",
                    ),
                ),
            ],
            (
                "<p>Enam tahap: kesadaran, pertimbangan, pembelian, penggunaan dan orientasi, "
                "purnajual dan dukungan, loyalitas dan advokasi.</p>",
                "<p>Six stages: awareness, consideration, purchase, use and onboarding, "
                "after-sales and support, loyalty and advocacy.</p>",
            ),
        ),
    ],
)

_M2_PERSONAS = _lesson(
    "persona-pelanggan",
    8,
    ("Persona: untuk siapa peta dibuat", "Personas: who the map is for"),
    [
        _text(
            "<p>Tidak ada “pelanggan rata-rata” yang benar-benar ada. Nasabah pensiunan dan "
            "pekerja lepas muda bisa memakai produk yang sama dengan cara yang sangat berbeda. "
            "Pendekatan “satu untuk semua” sudah tidak berhasil lagi.</p>"
            "<p>Karena itu peta perjalanan dibuat untuk satu <strong>persona</strong>: gambaran "
            "satu kelompok pelanggan yang mirip, yang disusun dari data. Kelompokkan pelanggan "
            "menurut empat hal: <strong>perilaku</strong>, <strong>demografi</strong>, "
            "<strong>preferensi</strong>, dan <strong>tujuan</strong>.</p>",
            "<p>No “average customer” really exists. A retired customer and a young freelancer "
            "can use the same product in very different ways. A “one size fits all” approach no "
            "longer works.</p>"
            "<p>That is why a journey map is drawn for one <strong>persona</strong>: a portrait "
            "of one group of similar customers, built from data. Group customers by four things: "
            "<strong>behaviour</strong>, <strong>demographics</strong>, "
            "<strong>preferences</strong> and <strong>goals</strong>.</p>",
        ),
        _table(
            ("Dua persona nasabah Bank Cendana", "Two Bank Cendana customer personas"),
            [("Pak Darmawan", "Pak Darmawan"), ("Nadia", "Nadia")],
            [
                _row(
                    ("Demografi", "Demographics"),
                    ("62 tahun, pensiunan guru di Padang", "62, retired teacher in Padang"),
                    ("24 tahun, desainer lepas di Jakarta", "24, freelance designer in Jakarta"),
                ),
                _row(
                    ("Perilaku", "Behaviour"),
                    (
                        "Datang ke kantor cabang sebulan sekali, jarang membuka aplikasi",
                        "Visits the branch once a month, rarely opens the app",
                    ),
                    (
                        "Semua transaksi lewat aplikasi, hampir tidak pernah ke cabang",
                        "Does everything in the app, almost never visits a branch",
                    ),
                ),
                _row(
                    ("Preferensi", "Preferences"),
                    (
                        "Dilayani langsung oleh petugas yang ia kenal, dengan penjelasan "
                        "tertulis yang jelas",
                        "Being served in person by staff he knows, with clear written explanations",
                    ),
                    (
                        "Proses cepat tanpa formulir kertas, jawaban lewat chat",
                        "Fast processes with no paper forms, answers by chat",
                    ),
                ),
                _row(
                    ("Tujuan", "Goals"),
                    (
                        "Uang pensiun aman dan mudah diambil setiap bulan",
                        "A pension that is safe and easy to draw each month",
                    ),
                    (
                        "Menerima pembayaran klien dan menabung untuk uang muka rumah",
                        "Receiving client payments and saving for a house deposit",
                    ),
                ),
                _row(
                    ("Yang membuatnya frustrasi", "What frustrates them"),
                    (
                        "Antrean panjang dan istilah perbankan yang membingungkan",
                        "Long queues and confusing banking jargon",
                    ),
                    (
                        "Diminta datang ke cabang untuk urusan yang seharusnya bisa dilakukan "
                        "daring",
                        "Being asked to visit a branch for something that should be possible "
                        "online",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Sekarang bayangkan perjalanan “membuka deposito” bagi keduanya. Bagi Pak "
            "Darmawan, titik terendahnya mungkin formulir yang penuh istilah. Bagi Nadia, titik "
            "terendahnya adalah saat aplikasi memintanya datang ke cabang untuk tanda tangan.</p>"
            "<p>Satu peta untuk keduanya akan menyembunyikan dua masalah itu sekaligus. Dua peta "
            "menunjukkan dua perbaikan yang berbeda, dan keduanya penting.</p>",
            "<p>Now picture the “opening a term deposit” journey for each of them. For Pak "
            "Darmawan, the low point may be a form full of jargon. For Nadia, it is the moment "
            "the app asks her to come to a branch to sign.</p>"
            "<p>One map for both would hide both problems at once. Two maps show two different "
            "fixes, and both matter.</p>",
        ),
        _callout(
            "tip",
            (
                "Bangun persona dari data, bukan dari dugaan",
                "Build personas from data, not guesses",
            ),
            (
                "<p>Bahan yang bagus: data transaksi, transkrip percakapan CS, hasil survei, dan "
                "obrolan dengan karyawan garis depan yang bertemu pelanggan setiap hari. Tiga "
                "sampai lima persona sudah cukup untuk memulai.</p>",
                "<p>Good sources: transaction data, CS conversation transcripts, survey results, "
                "and conversations with frontline employees who meet customers every day. Three "
                "to five personas are enough to start with.</p>",
            ),
        ),
        _check(
            (
                "Tim Anda ingin memperbaiki proses pengaduan di aplikasi Bank Cendana. Data "
                "menunjukkan 70% pengaduan datang dari nasabah berusia di atas 55 tahun yang "
                "jarang memakai aplikasi. Apa langkah pertama yang paling tepat?",
                "Your team wants to improve the complaints process in Bank Cendana's app. The "
                "data shows that 70% of complaints come from customers over 55 who rarely use "
                "the app. What is the best first step?",
            ),
            [
                _choice(
                    True,
                    (
                        "Menyusun persona untuk kelompok ini dan memetakan perjalanan pengaduan "
                        "mereka",
                        "Build a persona for this group and map their complaints journey",
                    ),
                    (
                        "<p>Tepat. Data sudah menunjuk kelompok yang paling terdampak. Peta dari "
                        "sudut pandang mereka akan menunjukkan di mana proses itu "
                        "menyulitkan.</p>",
                        "<p>Right. The data already points to the group most affected. A map "
                        "from their point of view will show where the process makes things "
                        "hard.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Membuat satu peta berdasarkan “nasabah rata-rata”",
                        "Draw one map based on the “average customer”",
                    ),
                    (
                        "<p>Belum tepat. Nasabah rata-rata tidak ada. Peta seperti itu akan "
                        "menyamarkan kesulitan kelompok yang paling banyak mengadu.</p>",
                        "<p>Not quite. The average customer does not exist. Such a map would "
                        "blur the difficulties of the group that complains most.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Menambah fitur baru di aplikasi agar lebih lengkap",
                        "Add new features to the app so it is more complete",
                    ),
                    (
                        "<p>Belum tepat. Fitur tambahan bisa membuat aplikasi makin sulit bagi "
                        "nasabah yang jarang memakainya. Pahami dulu perjalanan mereka.</p>",
                        "<p>Not quite. Extra features could make the app even harder for "
                        "customers who rarely use it. Understand their journey first.</p>",
                    ),
                ),
            ],
            (
                "<p>Persona disusun dari perilaku, demografi, preferensi, dan tujuan. Peta yang "
                "dibuat untuk persona yang tepat menunjukkan perbaikan yang tepat.</p>",
                "<p>Personas are built from behaviour, demographics, preferences and goals. A "
                "map drawn for the right persona shows the right fix.</p>",
            ),
        ),
    ],
)

_M2_TOUCHPOINTS_EMOTIONS = _lesson(
    "titik-sentuh-emosi-dan-titik-masalah",
    10,
    ("Titik sentuh, emosi, dan titik masalah", "Touchpoints, emotions and pain points"),
    [
        _text(
            "<p>Untuk setiap tahap, peta perjalanan mencatat enam hal:</p>"
            "<ul>"
            "<li><strong>Tujuan pelanggan</strong>: hal yang sedang ia kejar di tahap ini.</li>"
            "<li><strong>Titik sentuh</strong>: setiap tempat ia bertemu perusahaan, dari iklan "
            "sampai tagihan.</li>"
            "<li><strong>Saluran</strong>: aplikasi, telepon, toko, kurir, dan seterusnya.</li>"
            "<li><strong>Emosi</strong>: skala −2 (frustrasi) sampai +2 (senang sekali). Garis "
            "yang menghubungkan titik-titiknya disebut kurva emosi.</li>"
            "<li><strong>Titik masalah</strong> (pain points): hambatan, kebingungan, atau "
            "kekecewaan.</li>"
            "<li><strong>Pemilik</strong>: tim di dalam perusahaan yang memegang titik sentuh "
            "tersebut.</li>"
            "</ul>",
            "<p>For each stage, a journey map records six things:</p>"
            "<ul>"
            "<li><strong>Customer goal</strong>: what they are trying to achieve at this "
            "stage.</li>"
            "<li><strong>Touchpoints</strong>: every place they meet the company, from adverts "
            "to bills.</li>"
            "<li><strong>Channel</strong>: app, phone, store, courier and so on.</li>"
            "<li><strong>Emotion</strong>: a scale from −2 (frustrated) to +2 (delighted). The "
            "line joining the points is called the emotion curve.</li>"
            "<li><strong>Pain points</strong>: obstacles, confusion or disappointment.</li>"
            "<li><strong>Owner</strong>: the team inside the company that holds that "
            "touchpoint.</li>"
            "</ul>",
        ),
        _journey(
            (
                "Berlangganan internet rumah untuk usaha",
                "Signing up for home internet for a small business",
            ),
            (
                "Wayan, 31, pemilik warung makan di Denpasar, memasang internet rumah Lintas "
                "Seluler agar bisa menerima pembayaran digital",
                "Wayan, 31, owns a food stall in Denpasar and signs up for Lintas Seluler home "
                "internet so he can take digital payments",
            ),
            [
                _stage(
                    stage=("Pertimbangan", "Consideration"),
                    goal=(
                        "Memilih paket yang cukup untuk kasir digital dan kamera keamanan",
                        "Choose a package that is enough for a digital till and a security camera",
                    ),
                    touchpoints=(
                        "Halaman paket\nChat dengan tim penjualan",
                        "Package page\nChat with the sales team",
                    ),
                    channel=("Situs web, WhatsApp", "Website, WhatsApp"),
                    emotion=1,
                    pain_points=(
                        "Kecepatan unggah tidak dicantumkan di halaman paket",
                        "Upload speed is not shown on the package page",
                    ),
                    owner=("Tim penjualan", "Sales team"),
                ),
                _stage(
                    stage=("Pendaftaran", "Sign-up"),
                    goal=(
                        "Mendaftar sekali jalan, tanpa datang ke gerai",
                        "Sign up in one go, without visiting an outlet",
                    ),
                    touchpoints=(
                        "Formulir daring\nUnggah KTP\nPembayaran pertama",
                        "Online form\nID card upload\nFirst payment",
                    ),
                    channel=("Situs web", "Website"),
                    emotion=-1,
                    pain_points=(
                        "Formulir panjang\nAlamat diminta dua kali, di formulir dan lagi saat "
                        "pembayaran",
                        "Long form\nAddress asked for twice, on the form and again at payment",
                    ),
                    owner=("Tim produk digital", "Digital product team"),
                ),
                _stage(
                    stage=("Pemasangan", "Installation"),
                    goal=(
                        "Internet terpasang sebelum warung buka",
                        "Have the internet installed before the stall opens",
                    ),
                    touchpoints=(
                        "SMS jadwal\nKunjungan teknisi",
                        "Appointment text\nTechnician visit",
                    ),
                    channel=("SMS, kunjungan lapangan", "Text message, field visit"),
                    emotion=-2,
                    pain_points=(
                        "Teknisi datang tiga jam terlambat tanpa kabar\nWarung terpaksa buka "
                        "tanpa kasir digital",
                        "Technician arrives three hours late with no warning\nThe stall has to "
                        "open without its digital till",
                    ),
                    owner=("Tim operasional lapangan", "Field operations team"),
                ),
                _stage(
                    stage=("Orientasi", "Onboarding"),
                    goal=(
                        "Menyambungkan mesin kasir dan ponsel ke Wi-Fi",
                        "Connect the till and phones to the Wi-Fi",
                    ),
                    touchpoints=(
                        "Panduan di kotak modem\nAplikasi Lintas Seluler",
                        "Guide in the modem box\nLintas Seluler app",
                    ),
                    channel=("Cetak, aplikasi", "Print, app"),
                    emotion=0,
                    pain_points=(
                        "Panduan hanya menjelaskan ponsel, bukan perangkat kasir",
                        "The guide only covers phones, not till devices",
                    ),
                    owner=("Tim produk", "Product team"),
                ),
                _stage(
                    stage=("Tagihan pertama", "First bill"),
                    goal=(
                        "Memahami berapa yang harus dibayar dan mengapa",
                        "Understand how much to pay and why",
                    ),
                    touchpoints=("Email tagihan\nCall center", "Billing email\nCall center"),
                    channel=("Email, telepon", "Email, phone"),
                    emotion=-1,
                    pain_points=(
                        "Tagihan prorata membingungkan\nHarus menelepon untuk bertanya",
                        "Pro-rata charges are confusing\nHe has to call to ask",
                    ),
                    owner=("Tim penagihan", "Billing team"),
                ),
                _stage(
                    stage=("Loyalitas", "Loyalty"),
                    goal=(
                        "Memutuskan apakah akan merekomendasikan ke sesama pedagang",
                        "Decide whether to recommend it to fellow traders",
                    ),
                    touchpoints=(
                        "Pesan tindak lanjut dari tim perawatan\nProgram ajak teman",
                        "Follow-up message from the care team\nRefer-a-friend programme",
                    ),
                    channel=("WhatsApp", "WhatsApp"),
                    emotion=1,
                    pain_points=(
                        "Permintaan maaf atas keterlambatan teknisi baru datang sebulan kemudian",
                        "The apology for the late technician only comes a month later",
                    ),
                    owner=("Perawatan pelanggan", "Customer care"),
                ),
            ],
        ),
        _callout(
            "example",
            ("Membaca kurva emosi Wayan", "Reading Wayan's emotion curve"),
            (
                "<p>Titik terendah ada di <strong>pemasangan</strong>, dan pemiliknya tim "
                "operasional lapangan, bukan CS. Perhatikan juga bahwa sebagian besar titik "
                "masalah berada di luar call center. Itulah gunanya kolom pemilik: setiap titik "
                "masalah punya tim yang bisa memperbaikinya.</p>",
                "<p>The lowest point is <strong>installation</strong>, owned by field "
                "operations, not CS. Notice too that most pain points sit outside the call "
                "center. That is what the owner column is for: every pain point has a team that "
                "can fix it.</p>",
            ),
        ),
        _heading(("Temuan yang paling sering muncul", "The findings that come up most often")),
        _text(
            "<p>Ketika perusahaan di Indonesia memetakan perjalanan pelanggannya, temuan yang "
            "sama muncul berulang kali:</p>"
            "<ul>"
            "<li>menu situs web atau aplikasi yang sulit dipahami;</li>"
            "<li>keterangan produk yang kurang lengkap;</li>"
            "<li>formulir yang terlalu panjang;</li>"
            "<li>proses checkout yang lambat;</li>"
            "<li>proses retur yang menyulitkan;</li>"
            "<li>diminta memberikan data yang sama dua kali.</li>"
            "</ul>"
            "<p>Jadikan daftar ini bahan pemeriksaan pertama saat Anda memetakan perjalanan di "
            "perusahaan sendiri.</p>",
            "<p>When companies in Indonesia map their customer journeys, the same findings come "
            "up again and again:</p>"
            "<ul>"
            "<li>website or app menus that are hard to follow;</li>"
            "<li>product descriptions with details missing;</li>"
            "<li>forms that are too long;</li>"
            "<li>a slow checkout;</li>"
            "<li>a painful returns process;</li>"
            "<li>being asked for the same details twice.</li>"
            "</ul>"
            "<p>Use this list as your first checklist when you map a journey in your own "
            "company.</p>",
        ),
        _check(
            (
                "Mengapa kolom “pemilik” penting dalam peta perjalanan?",
                "Why does the “owner” column matter in a journey map?",
            ),
            [
                _choice(
                    True,
                    (
                        "Agar setiap titik masalah punya tim yang bertanggung jawab "
                        "memperbaikinya, dan terlihat bahwa banyak masalah tidak berada di CS",
                        "So that every pain point has a team responsible for fixing it, and it "
                        "becomes clear that many problems do not sit with CS",
                    ),
                    (
                        "<p>Tepat. Di peta Wayan, titik terendah dimiliki tim operasional "
                        "lapangan. Tanpa kolom pemilik, semua keluhan cenderung dilempar ke "
                        "CS.</p>",
                        "<p>Right. On Wayan's map, the lowest point belongs to field operations. "
                        "Without an owner column, every complaint tends to be pushed to CS.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("Untuk mencari siapa yang harus disalahkan", "To find out who is to blame"),
                    (
                        "<p>Belum tepat. Tujuannya kepemilikan dan perbaikan, bukan mencari "
                        "kambing hitam. Peta yang dipakai untuk menyalahkan akan cepat "
                        "ditinggalkan.</p>",
                        "<p>Not quite. The aim is ownership and improvement, not finding a "
                        "scapegoat. A map used to assign blame is soon abandoned.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Kolom ini hanya perlu di perusahaan besar",
                        "Only large companies need this column",
                    ),
                    (
                        "<p>Belum tepat. Di usaha kecil pun, tahu siapa yang memegang setiap "
                        "titik sentuh membuat perbaikan benar-benar dikerjakan.</p>",
                        "<p>Not quite. Even in a small business, knowing who holds each "
                        "touchpoint is what gets improvements done.</p>",
                    ),
                ),
            ],
            (
                "<p>Setiap tahap dicatat lengkap: tujuan, titik sentuh, saluran, emosi, titik "
                "masalah, dan pemilik. Kurva emosi menunjukkan di mana harus mulai.</p>",
                "<p>Each stage is recorded in full: goal, touchpoints, channel, emotion, pain "
                "points and owner. The emotion curve shows where to start.</p>",
            ),
        ),
    ],
)

_M2_RETURNS_EXERCISE = _lesson(
    "latihan-peta-perjalanan-retur",
    12,
    ("Latihan: memetakan proses retur", "Exercise: mapping a returns process"),
    [
        _text(
            "<p>Saatnya berlatih dengan bentuk latihan yang sama seperti di tempat kerja. Anda "
            "diberi satu persona dan daftar tahap. Tugas Anda:</p>"
            "<ol>"
            "<li>menempatkan titik sentuh di setiap tahap;</li>"
            "<li>menandai titik-titik emosi terendah;</li>"
            "<li>memilih <strong>dua intervensi</strong> dengan dampak terbesar dibandingkan "
            "usahanya.</li>"
            "</ol>"
            "<p>Persona kita: <strong>Putri, 29 tahun, perawat di Medan</strong>. Ia membeli "
            "headphone nirkabel seharga Rp 850.000 di Belanjaria. Saat dicoba, sisi kirinya "
            "tidak berbunyi.</p>",
            "<p>Time to practise, in the same shape of exercise you would use at work. You are "
            "given one persona and a list of stages. Your task:</p>"
            "<ol>"
            "<li>place the touchpoints at each stage;</li>"
            "<li>mark the emotional low points;</li>"
            "<li>pick the <strong>two interventions</strong> with the best impact for the "
            "effort.</li>"
            "</ol>"
            "<p>Our persona: <strong>Putri, 29, a nurse in Medan</strong>. She buys wireless "
            "headphones for Rp 850,000 on Belanjaria. When she tries them, the left side makes "
            "no sound.</p>",
        ),
        _journey(
            ("Retur headphone yang cacat", "Returning faulty headphones"),
            (
                "Putri, 29, perawat di Medan, berbelanja lewat aplikasi di sela jadwal jaga; "
                "membeli headphone nirkabel Rp 850.000",
                "Putri, 29, a nurse in Medan, shops in the app between shifts; bought wireless "
                "headphones for Rp 850,000",
            ),
            [
                _stage(
                    stage=("Menemukan masalah", "Finding the fault"),
                    goal=(
                        "Memastikan headphone memang rusak, bukan salah pengaturan",
                        "Make sure the headphones are really faulty, not just set up wrongly",
                    ),
                    touchpoints=(
                        "Buku panduan\nHalaman produk\nVideo ulasan",
                        "User guide\nProduct page\nReview video",
                    ),
                    channel=("Kemasan, aplikasi", "Packaging, app"),
                    emotion=-1,
                    pain_points=(
                        "Halaman produk tidak menjelaskan cara mengatur ulang sambungan Bluetooth",
                        "The product page does not explain how to reset the Bluetooth pairing",
                    ),
                    owner=("Tim konten produk", "Product content team"),
                ),
                _stage(
                    stage=("Mencari cara retur", "Finding out how to return"),
                    goal=(
                        "Tahu apakah barang bisa diretur, dan bagaimana caranya",
                        "Find out whether the item can be returned, and how",
                    ),
                    touchpoints=(
                        "Halaman pesanan\nPusat bantuan\nKebijakan retur",
                        "Order page\nHelp centre\nReturns policy",
                    ),
                    channel=("Aplikasi", "App"),
                    emotion=-2,
                    pain_points=(
                        "Tidak ada tombol retur di halaman pesanan\nKebijakan retur panjang dan "
                        "penuh istilah",
                        "No returns button on the order page\nThe returns policy is long and "
                        "full of jargon",
                    ),
                    owner=("Tim produk digital", "Digital product team"),
                ),
                _stage(
                    stage=("Mengajukan retur", "Filing the return"),
                    goal=("Mengajukan retur sekali jalan", "File the return in one go"),
                    touchpoints=(
                        "Formulir retur\nUnggah foto dan video\nChat dengan CS",
                        "Returns form\nPhoto and video upload\nChat with CS",
                    ),
                    channel=("Aplikasi, chat", "App, chat"),
                    emotion=-2,
                    pain_points=(
                        "Nomor pesanan dan alamat harus diketik lagi, padahal sudah ada di "
                        "akun\nAgen chat tidak bisa melihat video bukti, jadi Putri diminta "
                        "mengirimnya lagi",
                        "The order number and address must be typed in again, though the account "
                        "already has them\nThe chat agent cannot see the video evidence, so "
                        "Putri is asked to send it again",
                    ),
                    owner=(
                        "Tim produk digital dan layanan pelanggan",
                        "Digital product team and customer service",
                    ),
                ),
                _stage(
                    stage=("Mengirim barang kembali", "Sending the item back"),
                    goal=(
                        "Mengirim barang tanpa biaya dan tanpa repot",
                        "Send the item back at no cost and with no hassle",
                    ),
                    touchpoints=(
                        "Kode retur\nGerai kurir terdekat",
                        "Return code\nNearest courier outlet",
                    ),
                    channel=("Kurir", "Courier"),
                    emotion=-1,
                    pain_points=(
                        "Putri harus menalangi ongkos kirim lebih dulu",
                        "Putri has to pay the postage up front",
                    ),
                    owner=("Tim logistik", "Logistics team"),
                ),
                _stage(
                    stage=("Menunggu pengembalian dana", "Waiting for the refund"),
                    goal=("Tahu kapan uangnya kembali", "Know when her money will be back"),
                    touchpoints=(
                        "Notifikasi status\nEmail\nCall center",
                        "Status notifications\nEmail\nCall center",
                    ),
                    channel=("Aplikasi, email, telepon", "App, email, phone"),
                    emotion=-1,
                    pain_points=(
                        "Status “sedang diproses” selama sembilan hari tanpa penjelasan",
                        "Status stuck on “processing” for nine days with no explanation",
                    ),
                    owner=("Tim keuangan", "Finance team"),
                ),
                _stage(
                    stage=("Memutuskan belanja lagi", "Deciding whether to shop again"),
                    goal=(
                        "Menimbang apakah Belanjaria masih layak dipercaya",
                        "Weigh up whether Belanjaria can still be trusted",
                    ),
                    touchpoints=(
                        "Pesan tindak lanjut\nVoucher ongkos kirim\nPermintaan ulasan",
                        "Follow-up message\nFree-delivery voucher\nReview request",
                    ),
                    channel=("Aplikasi, chat", "App, chat"),
                    emotion=0,
                    pain_points=(
                        "Pesan tindak lanjut generik, tidak menyinggung masalah yang dialami Putri",
                        "The follow-up message is generic and does not mention what Putri went "
                        "through",
                    ),
                    owner=("Perawatan pelanggan", "Customer care"),
                ),
            ],
        ),
        _callout(
            "example",
            ("Di mana titik terendahnya?", "Where are the low points?"),
            (
                "<p>Dua tahap berada di −2: <strong>mencari cara retur</strong> dan "
                "<strong>mengajukan retur</strong>. Keduanya terutama dimiliki tim produk "
                "digital, dengan CS ikut di tahap kedua. Agen chat Belanjaria sopan; masalahnya, "
                "ia tidak bisa melihat video yang sudah diunggah Putri.</p>",
                "<p>Two stages sit at −2: <strong>finding out how to return</strong> and "
                "<strong>filing the return</strong>. Both are mainly owned by the digital "
                "product team, with CS involved in the second. Belanjaria's chat agent is "
                "polite; the problem is that the agent cannot see the video Putri has already "
                "uploaded.</p>",
            ),
        ),
        _table(
            (
                "Intervensi yang bisa dipilih untuk perjalanan retur Putri",
                "Interventions to choose from for Putri's returns journey",
            ),
            [("Dampak bagi Putri", "Impact for Putri"), ("Usaha yang dibutuhkan", "Effort needed")],
            [
                _row(
                    (
                        "Tombol “Ajukan retur” di halaman pesanan, dengan data pesanan terisi "
                        "otomatis",
                        "A “Return this item” button on the order page, with the order details "
                        "filled in automatically",
                    ),
                    (
                        "Tinggi: mengangkat dua titik terendah sekaligus",
                        "High: lifts both low points at once",
                    ),
                    (
                        "Rendah sampai sedang: perubahan pada satu layar dan satu formulir",
                        "Low to medium: a change to one screen and one form",
                    ),
                ),
                _row(
                    (
                        "Foto dan video retur langsung terlihat oleh agen chat",
                        "Return photos and videos visible to the chat agent straight away",
                    ),
                    (
                        "Tinggi: Putri tidak perlu mengirim ulang bukti",
                        "High: Putri no longer has to send her evidence again",
                    ),
                    (
                        "Rendah: mengatur hak akses di sistem yang sudah ada",
                        "Low: setting access rights in the existing system",
                    ),
                ),
                _row(
                    ("Label retur prabayar", "Prepaid return labels"),
                    (
                        "Sedang: tidak perlu menalangi ongkos kirim",
                        "Medium: no postage to pay up front",
                    ),
                    (
                        "Sedang: perlu kesepakatan baru dengan kurir",
                        "Medium: needs a new agreement with the courier",
                    ),
                ),
                _row(
                    (
                        "Status pengembalian dana dengan tanggal perkiraan",
                        "Refund status with an expected date",
                    ),
                    ("Sedang: menunggu terasa lebih tenang", "Medium: the wait feels calmer"),
                    (
                        "Rendah sampai sedang: data tersedia di tim keuangan",
                        "Low to medium: finance already has the data",
                    ),
                ),
                _row(
                    (
                        "Pelatihan keramahan untuk agen chat",
                        "Friendliness training for chat agents",
                    ),
                    ("Rendah: agennya sudah sopan", "Low: the agents are already polite"),
                    (
                        "Sedang: waktu pelatihan seluruh tim",
                        "Medium: training time for the whole team",
                    ),
                ),
                _row(
                    ("Mendesain ulang seluruh aplikasi", "Redesigning the whole app"),
                    (
                        "Belum pasti: bisa memperbaiki, bisa juga mengacaukan yang sudah berjalan",
                        "Uncertain: it may help, or break what already works",
                    ),
                    (
                        "Sangat tinggi: berbulan-bulan kerja banyak tim",
                        "Very high: months of work for many teams",
                    ),
                ),
            ],
        ),
        _check(
            (
                "Anda hanya boleh memilih dua intervensi. Pasangan mana yang paling sepadan: "
                "dampaknya besar, usahanya kecil?",
                "You may only choose two interventions. Which pair is the best value: big "
                "impact, small effort?",
            ),
            [
                _choice(
                    True,
                    (
                        "Tombol retur dengan data terisi otomatis, dan bukti retur yang langsung "
                        "terlihat oleh agen chat",
                        "The returns button with details filled in automatically, and return "
                        "evidence visible to the chat agent straight away",
                    ),
                    (
                        "<p>Tepat. Keduanya menyasar dua titik terendah, dan usahanya rendah. "
                        "Putri tidak lagi mencari-cari tombol atau mengulang data dan bukti.</p>",
                        "<p>Right. Both target the two lowest points, at low effort. Putri no "
                        "longer hunts for a button or repeats her details and evidence.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Pelatihan keramahan dan desain ulang seluruh aplikasi",
                        "Friendliness training and redesigning the whole app",
                    ),
                    (
                        "<p>Belum tepat. Pelatihan keramahan tidak menyentuh masalahnya, dan "
                        "desain ulang total memakan usaha sangat besar dengan hasil yang belum "
                        "pasti.</p>",
                        "<p>Not quite. Friendliness training does not touch the problem, and a "
                        "full redesign takes huge effort for an uncertain result.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Label retur prabayar dan voucher belanja yang besar",
                        "Prepaid return labels and a large shopping voucher",
                    ),
                    (
                        "<p>Belum tepat. Label prabayar membantu, tetapi bukan di titik "
                        "terendah. Voucher besar tidak mengubah proses yang membuat Putri "
                        "frustrasi.</p>",
                        "<p>Not quite. Prepaid labels help, but not at the lowest points. A "
                        "large voucher does not change the process that frustrated Putri.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Status pengembalian dana dan pelatihan keramahan",
                        "Refund status and friendliness training",
                    ),
                    (
                        "<p>Belum tepat. Status pengembalian dana berguna, tetapi berada di "
                        "titik −1, dan pelatihan keramahan hampir tidak berdampak di sini.</p>",
                        "<p>Not quite. Refund status is useful but sits at a −1 point, and "
                        "friendliness training has almost no impact here.</p>",
                    ),
                ),
            ],
            (
                "<p>Mulailah dari titik emosi terendah, lalu pilih perbaikan yang dampaknya "
                "besar dan usahanya kecil.</p>",
                "<p>Start from the lowest emotional points, then choose fixes with high impact "
                "and low effort.</p>",
            ),
        ),
        _callout(
            "takeaway",
            ("Setelah perbaikan, ukur lagi", "After the fix, measure again"),
            (
                "<p>Bagaimana Belanjaria tahu perbaikannya berhasil? Tanyakan kepada pembeli "
                "setelah retur selesai seberapa mudah prosesnya. Itulah customer effort score "
                "(CES), salah satu metrik di modul berikutnya.</p>",
                "<p>How will Belanjaria know the fix worked? Ask buyers how easy the process was "
                "once their return is complete. That is the customer effort score (CES), one of "
                "the metrics in the next module.</p>",
            ),
        ),
    ],
)

_MODULE_2 = _module(
    "pemetaan-perjalanan-pelanggan",
    ("Memetakan perjalanan pelanggan", "Customer journey mapping"),
    (
        "Ikuti perjalanan pelanggan dari tahap ke tahap, lengkap dengan titik sentuh, emosi, "
        "titik masalah, dan pemiliknya, untuk persona yang nyata, lalu pilih perbaikan yang "
        "paling berdampak.",
        "Follow the customer's journey from one stage to the next, with its touchpoints, "
        "emotions, pain points and owners, for a real persona, then choose the fixes with the "
        "most impact.",
    ),
    [_M2_SIX_STAGES, _M2_PERSONAS, _M2_TOUCHPOINTS_EMOTIONS, _M2_RETURNS_EXERCISE],
)


# --- Module 3: measuring CX -------------------------------------------------------

_M3_QUESTION_FIRST = _lesson(
    "pertanyaan-dulu-angka-kemudian",
    8,
    ("Pertanyaan dulu, angka kemudian", "Question first, number second"),
    [
        _text(
            "<p>Tanpa ukuran, perbaikan CX hanya berdasar perasaan: “sepertinya pelanggan lebih "
            "senang”. Dengan ukuran yang tepat, Anda tahu apa yang berubah, seberapa besar, dan "
            "apakah perubahan itu bernilai bagi bisnis.</p>"
            "<p>Kuncinya ada pada urutan. Jangan mulai dari metrik yang sedang populer. Mulailah "
            "dari <strong>pertanyaan</strong> yang ingin Anda jawab, lalu pilih angka yang cocok "
            "untuk pertanyaan itu.</p>",
            "<p>Without measurement, CX improvement runs on gut feeling: “customers seem "
            "happier”. With the right measures, you know what changed, by how much, and whether "
            "the change is worth something to the business.</p>"
            "<p>The key is the order. Do not start from whichever metric is fashionable. Start "
            "from the <strong>question</strong> you want answered, then choose the number that "
            "fits it.</p>",
        ),
        _table(
            (
                "Lima pertanyaan dan metrik yang menjawabnya",
                "Five questions and the metrics that answer them",
            ),
            [
                ("Metrik", "Metrics"),
                ("Sudut pandang", "Point of view"),
                ("Contoh penggunaan", "Example of use"),
            ],
            [
                _row(
                    ("Apakah satu interaksi berjalan baik?", "Did one interaction go well?"),
                    ("CSAT", "CSAT"),
                    (
                        "Mikro: satu percakapan atau satu transaksi",
                        "Micro: one conversation or one transaction",
                    ),
                    (
                        "Survei satu pertanyaan setelah nasabah selesai chat dengan CS bank",
                        "A one-question survey after a bank customer finishes a chat with CS",
                    ),
                ),
                _row(
                    ("Apakah satu proses terasa mudah?", "Does one process feel easy?"),
                    ("CES", "CES"),
                    (
                        "Proses: retur, orientasi, klaim, aktivasi",
                        "Process: returns, onboarding, claims, activation",
                    ),
                    (
                        "Pertanyaan setelah pembeli menyelesaikan retur di aplikasi belanja",
                        "A question after a buyer completes a return in a shopping app",
                    ),
                ),
                _row(
                    ("Apakah pelanggan setia kepada kita?", "Are customers loyal to us?"),
                    ("NPS", "NPS"),
                    ("Makro: loyalitas secara keseluruhan", "Macro: loyalty as a whole"),
                    (
                        "Survei tiap kuartal kepada seluruh pelanggan Lintas Seluler",
                        "A quarterly survey of all Lintas Seluler customers",
                    ),
                ),
                _row(
                    ("Apakah CX menguntungkan bisnis?", "Is CX paying off for the business?"),
                    ("Retensi, churn, CLV", "Retention, churn, CLV"),
                    (
                        "Bisnis: siapa yang bertahan, siapa yang pergi, dan berapa nilainya",
                        "Business: who stays, who leaves, and what they are worth",
                    ),
                    (
                        "Laporan kuartalan program member jaringan ritel",
                        "A retail chain's quarterly membership report",
                    ),
                ),
                _row(
                    (
                        "Apakah mesin layanan berjalan lancar?",
                        "Is the service operation running smoothly?",
                    ),
                    ("FCR, AHT, waktu penyelesaian rata-rata", "FCR, AHT, average resolution time"),
                    (
                        "Operasional: kinerja tim layanan",
                        "Operational: how the service team performs",
                    ),
                    (
                        "Dasbor harian contact center bank",
                        "A bank contact center's daily dashboard",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Metrik-metrik ini saling melengkapi. Survei (CSAT, CES, NPS) memberi tahu apa "
            "yang <strong>dirasakan</strong> pelanggan. Retensi, churn, dan CLV memberi tahu apa "
            "yang <strong>dilakukan</strong> pelanggan. Metrik operasional memberi tahu "
            "bagaimana tim <strong>bekerja</strong>.</p>"
            "<p>Keputusan yang baik membaca ketiganya bersama-sama, seperti kasus jaringan ritel "
            "di modul 1: CSAT yang tinggi baru bermakna setelah dibandingkan dengan retensi yang "
            "rendah.</p>",
            "<p>These metrics complement each other. Surveys (CSAT, CES, NPS) tell you what "
            "customers <strong>feel</strong>. Retention, churn and CLV tell you what customers "
            "<strong>do</strong>. Operational metrics tell you how the team "
            "<strong>works</strong>.</p>"
            "<p>Good decisions read all three together, as in the retail chain case in module 1: "
            "the high CSAT only made sense once it was set against the low retention.</p>",
        ),
        _callout(
            "tip",
            (
                "Survei yang baik itu pendek dan tepat waktu",
                "Good surveys are short and well timed",
            ),
            (
                "<p>Kirim survei sesaat setelah momen yang ingin diukur, ketika ingatan "
                "pelanggan masih segar. Satu pertanyaan utama ditambah satu kolom komentar "
                "terbuka sering lebih berguna daripada dua puluh pertanyaan yang tidak pernah "
                "selesai diisi.</p>",
                "<p>Send a survey right after the moment you want to measure, while the "
                "customer's memory is fresh. One main question plus one open comment box is "
                "often more useful than twenty questions nobody finishes.</p>",
            ),
        ),
        _check(
            (
                "Direksi Lintas Seluler ingin tahu apakah pelanggan akan tetap setia dan mau "
                "merekomendasikan perusahaan dalam setahun ke depan. Metrik mana yang paling "
                "cocok?",
                "Lintas Seluler's board wants to know whether customers will stay loyal and "
                "recommend the company over the coming year. Which metric fits best?",
            ),
            [
                _choice(
                    True,
                    ("NPS", "NPS"),
                    (
                        "<p>Tepat. NPS adalah pandangan makro tentang hubungan dan loyalitas, "
                        "diukur secara berkala.</p>",
                        "<p>Right. NPS is the macro view of the relationship and loyalty, "
                        "measured at regular intervals.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("CSAT setelah setiap panggilan", "CSAT after every call"),
                    (
                        "<p>Belum tepat. CSAT menilai satu interaksi. Pelanggan bisa puas dengan "
                        "satu panggilan, tetapi tetap tidak setia.</p>",
                        "<p>Not quite. CSAT judges one interaction. A customer can be happy with "
                        "one call and still not be loyal.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("AHT", "AHT"),
                    (
                        "<p>Belum tepat. AHT mengukur lama penanganan kontak, yaitu efisiensi "
                        "tim, bukan loyalitas pelanggan.</p>",
                        "<p>Not quite. AHT measures how long contacts take to handle, which is "
                        "team efficiency, not customer loyalty.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("FCR", "FCR"),
                    (
                        "<p>Belum tepat. FCR menunjukkan seberapa tuntas CS di kontak pertama; "
                        "itu penting, tetapi tidak menjawab pertanyaan tentang loyalitas.</p>",
                        "<p>Not quite. FCR shows how completely CS resolves issues on first "
                        "contact; it matters, but it does not answer a question about "
                        "loyalty.</p>",
                    ),
                ),
            ],
            (
                "<p>Satu interaksi → CSAT. Satu proses → CES. Hubungan → NPS. Dampak bisnis → "
                "retensi, churn, CLV. Operasi CS → FCR, AHT, waktu penyelesaian rata-rata.</p>",
                "<p>One interaction → CSAT. One process → CES. The relationship → NPS. Business "
                "impact → retention, churn, CLV. CS operations → FCR, AHT, average resolution "
                "time.</p>",
            ),
        ),
    ],
)

_M3_SURVEY_METRICS = _lesson(
    "csat-nps-dan-ces",
    14,
    ("CSAT, NPS, dan CES: suara pelanggan", "CSAT, NPS and CES: the voice of the customer"),
    [
        _text(
            "<p>Tiga metrik survei yang paling sering dipakai masing-masing mengajukan "
            "pertanyaan yang berbeda: <strong>seberapa puas</strong> (CSAT), <strong>seberapa "
            "besar kemungkinan merekomendasikan</strong> (NPS), dan <strong>seberapa "
            "mudah</strong> (CES). Pelajari rumus, skala, dan contohnya satu per satu.</p>",
            "<p>The three most widely used survey metrics each ask a different question: "
            "<strong>how satisfied</strong> (CSAT), <strong>how likely to recommend</strong> "
            "(NPS) and <strong>how easy</strong> (CES). Work through their formulas, scales and "
            "examples one at a time.</p>",
        ),
        _formula(
            name=("CSAT (customer satisfaction score)", "CSAT (customer satisfaction score)"),
            formula=(
                "CSAT = jawaban puas (4 atau 5) ÷ semua jawaban × 100%",
                "CSAT = satisfied answers (4 or 5) ÷ all answers × 100%",
            ),
            scale=("Jawaban 1–5; hasil 0–100%", "Answers 1–5; result 0–100%"),
            terms=[
                _term(
                    ("Jawaban puas", "Satisfied answers"),
                    ("Jawaban bernilai 4 atau 5", "Answers of 4 or 5"),
                ),
                _term(
                    ("Semua jawaban", "All answers"),
                    (
                        "Seluruh jawaban yang masuk, termasuk yang bernilai 1, 2, dan 3",
                        "Every answer received, including the 1s, 2s and 3s",
                    ),
                ),
            ],
            problem=(
                "Bank Cendana mengirim survei satu pertanyaan setelah setiap chat dengan CS: "
                "“Seberapa puas Anda dengan bantuan hari ini?” (1–5). Minggu ini masuk 200 "
                "jawaban, dan 160 di antaranya bernilai 4 atau 5.",
                "Bank Cendana sends a one-question survey after every CS chat: “How satisfied "
                "are you with today's help?” (1–5). This week 200 answers come in, and 160 of "
                "them are a 4 or a 5.",
            ),
            working=("160 ÷ 200 = 0,8\n0,8 × 100% = 80%", "160 ÷ 200 = 0.8\n0.8 × 100% = 80%"),
            result=("CSAT = 80%", "CSAT = 80%"),
            when=(
                "Untuk menilai satu interaksi, segera setelah interaksi itu terjadi. CSAT adalah "
                "pandangan mikro yang memicu perbaikan taktis jangka pendek, misalnya "
                "menyempurnakan jawaban untuk satu jenis pertanyaan.",
                "To judge one interaction, straight after it happens. CSAT is a micro view that "
                "triggers short-term, tactical fixes, such as improving the answer to one type "
                "of question.",
            ),
        ),
        _formula(
            name=("NPS (Net Promoter Score)", "NPS (Net Promoter Score)"),
            formula=("NPS = % promotor − % detraktor", "NPS = % promoters − % detractors"),
            scale=(
                "Jawaban 0–10; skor dari −100 sampai +100",
                "Answers 0–10; score from −100 to +100",
            ),
            terms=[
                _term(("Promotor", "Promoters"), ("Jawaban 9 atau 10", "Answers of 9 or 10")),
                _term(("Detraktor", "Detractors"), ("Jawaban 0 sampai 6", "Answers from 0 to 6")),
                _term(
                    ("Pasif", "Passives"),
                    (
                        "Jawaban 7 atau 8: ikut menjadi penyebut (total jawaban), tetapi tidak "
                        "masuk kelompok promotor maupun detraktor",
                        "Answers of 7 or 8: part of the total (the denominator), yet in neither "
                        "the promoter nor the detractor group",
                    ),
                ),
                _term(
                    ("%", "%"),
                    (
                        "Persentase dari total semua jawaban, termasuk jawaban pasif",
                        "Share of all answers, passives included",
                    ),
                ),
            ],
            problem=(
                "Lintas Seluler bertanya kepada 200 pelanggan: “Seberapa besar kemungkinan Anda "
                "merekomendasikan kami kepada teman atau keluarga?” Hasilnya: 90 promotor, 70 "
                "pasif, dan 40 detraktor.",
                "Lintas Seluler asks 200 customers: “How likely are you to recommend us to a "
                "friend or family member?” The result: 90 promoters, 70 passives and 40 "
                "detractors.",
            ),
            working=(
                "Total jawaban = 90 + 70 + 40 = 200\n% promotor = 90 ÷ 200 = 45%\n% detraktor = "
                "40 ÷ 200 = 20%\nNPS = 45 − 20 = 25",
                "Total answers = 90 + 70 + 40 = 200\n% promoters = 90 ÷ 200 = 45%\n% detractors "
                "= 40 ÷ 200 = 20%\nNPS = 45 − 20 = 25",
            ),
            result=("NPS = 25", "NPS = 25"),
            when=(
                "Untuk hubungan secara keseluruhan, yaitu pandangan makro tentang loyalitas. "
                "Ukur secara berkala, misalnya setiap kuartal. Satu percakapan terlalu kecil "
                "untuk NPS; untuk itu pakai CSAT.",
                "For the relationship as a whole: the macro view of loyalty. Measure it "
                "regularly, for example every quarter. A single conversation is too small a "
                "thing for NPS; use CSAT for that.",
            ),
        ),
        _callout(
            "warning",
            ("Jangan buang jawaban pasif dari total", "Don't drop the passives from the total"),
            (
                "<p>Kesalahan yang sering muncul: menghitung persentase hanya dari promotor dan "
                "detraktor (90 + 40 = 130 orang), sehingga NPS menjadi sekitar 38. Itu keliru. "
                "Jawaban pasif tetap dihitung dalam <strong>total</strong>; mereka hanya tidak "
                "masuk kelompok mana pun. Hasil yang benar adalah 25.</p>",
                "<p>A common mistake: working out the percentages from promoters and detractors "
                "only (90 + 40 = 130 people), which gives an NPS of about 38. That is wrong. "
                "Passives still count in the <strong>total</strong>; they simply belong to "
                "neither group. The correct result is 25.</p>",
            ),
        ),
        _formula(
            name=("CES (customer effort score)", "CES (customer effort score)"),
            formula=(
                "CES = jumlah semua nilai ÷ jumlah jawaban",
                "CES = sum of all scores ÷ number of answers",
            ),
            scale=(
                "Jawaban 1–7 (1 = sangat tidak setuju, 7 = sangat setuju); dilaporkan sebagai "
                "rata-rata, atau sebagai % yang setuju (5–7)",
                "Answers 1–7 (1 = strongly disagree, 7 = strongly agree); reported as the mean, "
                "or as the % who agree (5–7)",
            ),
            terms=[
                _term(
                    ("Pernyataan", "Statement"),
                    (
                        "“Perusahaan memudahkan saya menyelesaikan urusan saya.”",
                        "“The company made it easy to handle my issue.”",
                    ),
                ),
                _term(
                    ("Setuju", "Agree"),
                    (
                        "Jawaban 5, 6, atau 7. Makin tinggi nilainya, makin ringan usaha pelanggan",
                        "Answers of 5, 6 or 7. The higher the score, the less effort the "
                        "customer had to make",
                    ),
                ),
            ],
            problem=(
                "Setelah retur selesai, 50 pembeli Belanjaria menanggapi pernyataan itu. "
                "Jawabannya: 12 orang memberi 7, 15 orang memberi 6, 11 orang memberi 5, 6 orang "
                "memberi 4, 3 orang memberi 3, 2 orang memberi 2, dan 1 orang memberi 1.",
                "After completing a return, 50 Belanjaria buyers respond to the statement. Their "
                "answers: 12 give 7, 15 give 6, 11 give 5, 6 give 4, 3 give 3, 2 give 2 and 1 "
                "gives 1.",
            ),
            working=(
                "Jumlah nilai = 12×7 + 15×6 + 11×5 + 6×4 + 3×3 + 2×2 + 1×1 = 267\nRata-rata = "
                "267 ÷ 50 = 5,34\nSetuju (5–7) = 12 + 15 + 11 = 38 orang\n% setuju = 38 ÷ 50 × "
                "100% = 76%",
                "Sum of scores = 12×7 + 15×6 + 11×5 + 6×4 + 3×3 + 2×2 + 1×1 = 267\nMean = 267 ÷ "
                "50 = 5.34\nAgree (5–7) = 12 + 15 + 11 = 38 people\n% agree = 38 ÷ 50 × 100% = "
                "76%",
            ),
            result=("CES = 5,34 dari 7 (76% setuju)", "CES = 5.34 out of 7 (76% agree)"),
            when=(
                "Untuk menilai satu proses tertentu: retur barang, aktivasi kartu SIM, pembukaan "
                "rekening. Makin sedikit usaha yang dibutuhkan, makin besar peluang pelanggan "
                "tetap setia dan makin kecil peluangnya pergi.",
                "To judge one particular process: returning an item, activating a SIM card, "
                "opening an account. The less effort customers need, the likelier they are to "
                "stay loyal and the less likely they are to leave.",
            ),
        ),
        _check(
            (
                "Dari 400 nasabah Bank Cendana yang menjawab survei rekomendasi, 220 memberi "
                "nilai 9–10, 100 memberi nilai 7–8, dan 80 memberi nilai 0–6. Berapa NPS-nya?",
                "Of 400 Bank Cendana customers who answer the recommendation survey, 220 score "
                "9–10, 100 score 7–8 and 80 score 0–6. What is the NPS?",
            ),
            [
                _choice(
                    True,
                    ("35", "35"),
                    (
                        "<p>Tepat. 220 ÷ 400 = 55% promotor, 80 ÷ 400 = 20% detraktor, dan 55 − "
                        "20 = 35.</p>",
                        "<p>Right. 220 ÷ 400 = 55% promoters, 80 ÷ 400 = 20% detractors, and 55 "
                        "− 20 = 35.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("47", "47"),
                    (
                        "<p>Belum tepat. Angka ini muncul jika jawaban pasif dibuang dari total "
                        "(220 ÷ 300 dan 80 ÷ 300). Jawaban pasif tetap bagian dari 400 jawaban "
                        "itu.</p>",
                        "<p>Not quite. This is what you get if the passives are dropped from the "
                        "total (220 ÷ 300 and 80 ÷ 300). The passives are still part of those "
                        "400 answers.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("140", "140"),
                    (
                        "<p>Belum tepat. 220 − 80 adalah selisih jumlah orang, bukan selisih "
                        "persentase. NPS selalu berada antara −100 dan +100.</p>",
                        "<p>Not quite. 220 − 80 is a difference in head counts, not in "
                        "percentages. NPS always lies between −100 and +100.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("55", "55"),
                    (
                        "<p>Belum tepat. 55% adalah persentase promotor saja. Persentase "
                        "detraktor masih harus dikurangkan.</p>",
                        "<p>Not quite. 55% is the share of promoters only. The share of "
                        "detractors still has to be subtracted.</p>",
                    ),
                ),
            ],
            (
                "<p>NPS = % promotor − % detraktor, keduanya dihitung dari total semua jawaban. "
                "Jawaban pasif tetap ikut dalam penyebut; hanya saja mereka bukan promotor dan "
                "bukan detraktor.</p>",
                "<p>NPS = % promoters − % detractors, both taken from the total of all answers. "
                "Passives stay in the denominator; they are simply neither promoters nor "
                "detractors.</p>",
            ),
        ),
    ],
)

_M3_BUSINESS_METRICS = _lesson(
    "retensi-churn-dan-clv",
    12,
    (
        "Retensi, churn, dan CLV: dampak bagi bisnis",
        "Retention, churn and CLV: the business impact",
    ),
    [
        _text(
            "<p>Survei menunjukkan apa yang dirasakan pelanggan. Tiga metrik berikut menunjukkan "
            "apa yang mereka <strong>lakukan</strong>: tetap tinggal, pergi, dan berapa nilai "
            "mereka selama menjadi pelanggan. Inilah bahasa yang paling mudah dipahami "
            "direksi.</p>"
            "<p>Contoh retensi dan churn di bawah memakai data yang sama dari program member "
            "Toko Kenari, supaya Anda bisa melihat hubungan keduanya.</p>",
            "<p>Surveys show what customers feel. The next three metrics show what they "
            "<strong>do</strong>: stay, leave, and how much they are worth while they are "
            "customers. This is the language the board understands most easily.</p>"
            "<p>The retention and churn examples below use the same figures from Toko Kenari's "
            "membership programme, so you can see how the two relate.</p>",
        ),
        _formula(
            name=("Tingkat retensi pelanggan", "Customer retention rate"),
            formula=("Retensi = (E − N) ÷ S × 100%", "Retention = (E − N) ÷ S × 100%"),
            scale=("Hasil dalam persen, 0–100%", "Result as a percentage, 0–100%"),
            terms=[
                _term(
                    ("S", "S"),
                    ("Jumlah pelanggan di awal periode", "Customers at the start of the period"),
                ),
                _term(
                    ("E", "E"),
                    ("Jumlah pelanggan di akhir periode", "Customers at the end of the period"),
                ),
                _term(
                    ("N", "N"),
                    (
                        "Pelanggan baru yang didapat selama periode itu",
                        "New customers won during the period",
                    ),
                ),
            ],
            problem=(
                "Pada 1 Januari, program member Toko Kenari mencatat 1.000 member aktif. Sampai "
                "31 Maret, 200 orang baru mendaftar, dan jumlah member aktif pada 31 Maret "
                "adalah 1.050.",
                "On 1 January, Toko Kenari's membership programme counts 1,000 active members. "
                "By 31 March, 200 new people have signed up, and the number of active members on "
                "31 March is 1,050.",
            ),
            working=(
                "E − N = 1.050 − 200 = 850\n850 ÷ 1.000 = 0,85\n0,85 × 100% = 85%",
                "E − N = 1,050 − 200 = 850\n850 ÷ 1,000 = 0.85\n0.85 × 100% = 85%",
            ),
            result=("Retensi = 85%", "Retention = 85%"),
            when=(
                "Untuk mengukur berapa banyak pelanggan lama yang bertahan dalam satu periode, "
                "misalnya per kuartal. Pelanggan baru sengaja dikeluarkan dari hitungan, karena "
                "yang ingin diketahui adalah siapa yang tetap tinggal, bukan berapa yang "
                "berhasil direkrut.",
                "To measure how many existing customers stay over a period, for example a "
                "quarter. New customers are deliberately left out of the count, because the "
                "question is who stayed, not how many were recruited.",
            ),
        ),
        _callout(
            "warning",
            (
                "Kesalahan umum: lupa mengurangi pelanggan baru",
                "Common mistake: forgetting to subtract new customers",
            ),
            (
                "<p>1.050 ÷ 1.000 = 105% terlihat menggembirakan, padahal mustahil ada retensi "
                "di atas 100%. Tanpa mengurangi N, promosi yang mendatangkan 200 member baru "
                "menutupi 150 member lama yang pergi diam-diam.</p>",
                "<p>1,050 ÷ 1,000 = 105% looks encouraging, yet retention above 100% is "
                "impossible. Without subtracting N, a promotion that brought in 200 new members "
                "hides the 150 existing members who quietly left.</p>",
            ),
        ),
        _formula(
            name=("Tingkat churn", "Churn rate"),
            formula=(
                "Churn = pelanggan yang hilang selama periode ÷ pelanggan di awal periode × 100%",
                "Churn = customers lost during the period ÷ customers at the start of the period "
                "× 100%",
            ),
            scale=(
                "Hasil dalam persen, 0–100%; makin rendah makin baik",
                "Result as a percentage, 0–100%; lower is better",
            ),
            terms=[
                _term(
                    ("Pelanggan yang hilang", "Customers lost"),
                    (
                        "Pelanggan yang ada di awal periode tetapi berhenti selama periode itu",
                        "Customers who were there at the start of the period but left during it",
                    ),
                ),
                _term(
                    ("Pelanggan di awal periode", "Customers at the start"),
                    (
                        "Jumlah pelanggan saat periode dimulai (S)",
                        "The number of customers when the period begins (S)",
                    ),
                ),
            ],
            problem=(
                "Pada periode yang sama (Januari–Maret), 150 dari 1.000 member yang tercatat "
                "pada 1 Januari berhenti aktif.",
                "Over the same period (January to March), 150 of the 1,000 members counted on 1 "
                "January stopped being active.",
            ),
            working=(
                "150 ÷ 1.000 = 0,15\n0,15 × 100% = 15%",
                "150 ÷ 1,000 = 0.15\n0.15 × 100% = 15%",
            ),
            result=("Churn = 15%", "Churn = 15%"),
            when=(
                "Untuk memantau berapa banyak pelanggan yang pergi, terutama pada bisnis "
                "berlangganan seperti paket seluler, internet rumah, atau tabungan berjangka. "
                "Dengan data yang sama, retensi dan churn saling melengkapi: 85% bertahan, 15% "
                "pergi.",
                "To track how many customers leave, especially in subscription businesses such "
                "as mobile plans, home internet or regular savings plans. On the same figures, "
                "retention and churn complement each other: 85% stay, 15% leave.",
            ),
        ),
        _formula(
            name=(
                "CLV (customer lifetime value), versi sederhana",
                "CLV (customer lifetime value), simple version",
            ),
            formula=(
                "CLV = nilai rata-rata pesanan × jumlah pembelian per tahun × lama menjadi "
                "pelanggan (tahun)",
                "CLV = average order value × purchases per year × years as a customer",
            ),
            scale=("Dalam rupiah per pelanggan", "In rupiah per customer"),
            terms=[
                _term(
                    ("Nilai rata-rata pesanan", "Average order value"),
                    (
                        "Rata-rata belanja pelanggan dalam satu transaksi",
                        "What a customer spends in one transaction, on average",
                    ),
                ),
                _term(
                    ("Pembelian per tahun", "Purchases per year"),
                    (
                        "Berapa kali pelanggan berbelanja dalam setahun",
                        "How many times a customer buys in a year",
                    ),
                ),
                _term(
                    ("Lama menjadi pelanggan", "Years as a customer"),
                    (
                        "Berapa tahun rata-rata pelanggan bertahan",
                        "How many years a customer stays, on average",
                    ),
                ),
            ],
            problem=(
                "Pembeli setia Belanjaria rata-rata berbelanja Rp 250.000 per pesanan, 6 kali "
                "setahun, dan bertahan selama 3 tahun.",
                "Belanjaria's loyal buyers spend Rp 250,000 per order on average, 6 times a "
                "year, and stay for 3 years.",
            ),
            working=(
                "Rp 250.000 × 6 = Rp 1.500.000 per tahun\nRp 1.500.000 × 3 tahun = Rp 4.500.000",
                "Rp 250,000 × 6 = Rp 1,500,000 a year\nRp 1,500,000 × 3 years = Rp 4,500,000",
            ),
            result=("CLV = Rp 4.500.000", "CLV = Rp 4,500,000"),
            when=(
                "Untuk menunjukkan berapa nilai menjaga satu pelanggan, misalnya saat menimbang "
                "biaya program loyalitas atau biaya memperbaiki proses retur. Jika satu "
                "pelanggan bernilai Rp 4,5 juta, mencegahnya pergi layak diberi anggaran.",
                "To show what keeping one customer is worth, for example when weighing the cost "
                "of a loyalty programme or of fixing the returns process. If one customer is "
                "worth Rp 4.5 million, keeping them from leaving deserves a budget.",
            ),
        ),
        _check(
            (
                "Lintas Seluler punya 20.000 pelanggan pascabayar di awal tahun. Sepanjang tahun "
                "bergabung 3.000 pelanggan baru, dan di akhir tahun jumlahnya 19.400. Berapa "
                "tingkat retensinya?",
                "Lintas Seluler has 20,000 postpaid customers at the start of the year. During "
                "the year 3,000 new customers join, and at the end of the year there are 19,400. "
                "What is the retention rate?",
            ),
            [
                _choice(
                    True,
                    ("82%", "82%"),
                    (
                        "<p>Tepat. (19.400 − 3.000) ÷ 20.000 = 16.400 ÷ 20.000 = 0,82, jadi "
                        "retensinya 82%.</p>",
                        "<p>Right. (19,400 − 3,000) ÷ 20,000 = 16,400 ÷ 20,000 = 0.82, so "
                        "retention is 82%.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("97%", "97%"),
                    (
                        "<p>Belum tepat. 19.400 ÷ 20.000 = 97% lupa mengurangi 3.000 pelanggan "
                        "baru. Pelanggan baru tidak boleh menutupi pelanggan lama yang pergi.</p>",
                        "<p>Not quite. 19,400 ÷ 20,000 = 97% forgets to subtract the 3,000 new "
                        "customers. New customers must not hide the existing ones who left.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("18%", "18%"),
                    (
                        "<p>Belum tepat. 18% adalah churn-nya: 3.600 pelanggan lama pergi dari "
                        "20.000. Retensi adalah sisi lainnya.</p>",
                        "<p>Not quite. 18% is the churn: 3,600 existing customers left out of "
                        "20,000. Retention is the other side.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("85%", "85%"),
                    (
                        "<p>Belum tepat. Angka ini muncul jika dibagi dengan jumlah di akhir "
                        "tahun (16.400 ÷ 19.400). Pembaginya adalah jumlah pelanggan di awal "
                        "periode.</p>",
                        "<p>Not quite. This comes from dividing by the year-end figure (16,400 ÷ "
                        "19,400). The divisor is the number of customers at the start of the "
                        "period.</p>",
                    ),
                ),
            ],
            (
                "<p>Retensi = (E − N) ÷ S × 100%. Kurangi pelanggan baru lebih dulu, lalu bagi "
                "dengan jumlah pelanggan di awal periode.</p>",
                "<p>Retention = (E − N) ÷ S × 100%. Subtract the new customers first, then "
                "divide by the number of customers at the start of the period.</p>",
            ),
        ),
    ],
)

_M3_OPERATIONS_METRICS = _lesson(
    "fcr-aht-dan-waktu-penyelesaian",
    12,
    ("FCR, AHT, dan waktu penyelesaian: operasi CS", "FCR, AHT and resolution time: CS operations"),
    [
        _text(
            "<p>Metrik operasional menjawab pertanyaan tim layanan pelanggan sehari-hari: apakah "
            "masalah selesai sekali jalan, berapa lama setiap kontak ditangani, dan berapa lama "
            "pelanggan menunggu sampai urusannya benar-benar beres.</p>"
            "<p>Angka-angka ini milik kolom <strong>layanan pelanggan</strong> di tabel modul 1. "
            "Angka ini menunjukkan seberapa lancar mesin layanan bekerja, tetapi tidak dengan "
            "sendirinya memberi tahu apakah pelanggan akan bertahan.</p>",
            "<p>Operational metrics answer the day-to-day questions of the customer service "
            "team: are problems solved in one go, how long does each contact take, and how long "
            "do customers wait until their issue is truly settled.</p>"
            "<p>These numbers belong to the <strong>customer service</strong> column of the "
            "module 1 table. They show how smoothly the service machine runs, but on their own "
            "they do not tell you whether customers will stay.</p>",
        ),
        _formula(
            name=("FCR (first contact resolution)", "FCR (first contact resolution)"),
            formula=(
                "FCR = masalah yang selesai pada kontak pertama ÷ semua masalah × 100%",
                "FCR = issues resolved on the first contact ÷ all issues × 100%",
            ),
            scale=(
                "Hasil dalam persen, 0–100%; makin tinggi makin baik",
                "Result as a percentage, 0–100%; higher is better",
            ),
            terms=[
                _term(
                    ("Selesai pada kontak pertama", "Resolved on the first contact"),
                    (
                        "Pelanggan tidak perlu menghubungi lagi untuk masalah yang sama",
                        "The customer does not need to get in touch again about the same issue",
                    ),
                ),
                _term(
                    ("Semua masalah", "All issues"),
                    (
                        "Seluruh masalah yang masuk dalam periode yang sama",
                        "Every issue received in the same period",
                    ),
                ),
            ],
            problem=(
                "Dalam satu minggu, contact center Bank Cendana menerima 1.200 masalah. Sebanyak "
                "960 di antaranya selesai tanpa nasabah perlu menghubungi lagi.",
                "In one week, Bank Cendana's contact center receives 1,200 issues. 960 of them "
                "are resolved without the customer needing to get in touch again.",
            ),
            working=("960 ÷ 1.200 = 0,8\n0,8 × 100% = 80%", "960 ÷ 1,200 = 0.8\n0.8 × 100% = 80%"),
            result=("FCR = 80%", "FCR = 80%"),
            when=(
                "Untuk mengukur seberapa tuntas CS menyelesaikan masalah. FCR yang tinggi "
                "berarti pelanggan tidak perlu menghubungi lagi, bercerita ulang, atau berpindah "
                "saluran.",
                "To measure how completely CS resolves problems. A high FCR means customers do "
                "not have to call back, tell their story again or switch channels.",
            ),
        ),
        _formula(
            name=("AHT (average handling time)", "AHT (average handling time)"),
            formula=(
                "AHT = (waktu bicara + waktu tunggu + pekerjaan setelah kontak) ÷ jumlah kontak "
                "yang ditangani",
                "AHT = (talk time + hold time + after-contact work) ÷ contacts handled",
            ),
            scale=("Dalam menit atau detik per kontak", "In minutes or seconds per contact"),
            terms=[
                _term(
                    ("Waktu bicara", "Talk time"),
                    (
                        "Lama agen berbicara atau chat dengan pelanggan",
                        "Time the agent spends talking or chatting with the customer",
                    ),
                ),
                _term(
                    ("Waktu tunggu", "Hold time"),
                    (
                        "Lama pelanggan diminta menunggu selama kontak",
                        "Time the customer is put on hold during the contact",
                    ),
                ),
                _term(
                    ("Pekerjaan setelah kontak", "After-contact work"),
                    (
                        "Mencatat, memperbarui data, dan menindaklanjuti setelah kontak berakhir",
                        "Notes, data updates and follow-up tasks after the contact ends",
                    ),
                ),
            ],
            problem=(
                "Dalam satu hari, tim call center Lintas Seluler menangani 400 panggilan. Total "
                "waktu bicara 1.600 menit, waktu tunggu 200 menit, dan pekerjaan setelah "
                "panggilan 400 menit.",
                "In one day, Lintas Seluler's call center team handles 400 calls. Total talk "
                "time is 1,600 minutes, hold time 200 minutes and after-call work 400 minutes.",
            ),
            working=(
                "1.600 + 200 + 400 = 2.200 menit\n2.200 ÷ 400 = 5,5 menit per panggilan",
                "1,600 + 200 + 400 = 2,200 minutes\n2,200 ÷ 400 = 5.5 minutes per call",
            ),
            result=(
                "AHT = 5,5 menit (5 menit 30 detik)",
                "AHT = 5.5 minutes (5 minutes 30 seconds)",
            ),
            when=(
                "Untuk merencanakan kapasitas, misalnya berapa agen yang dibutuhkan pada jam "
                "sibuk. Jangan jadikan AHT target tunggal, karena agen yang dikejar waktu "
                "cenderung menutup percakapan sebelum masalahnya tuntas.",
                "For capacity planning, such as how many agents are needed at peak hours. Do not "
                "make AHT a target on its own, because agents racing the clock tend to close "
                "conversations before the problem is solved.",
            ),
        ),
        _formula(
            name=("Waktu penyelesaian rata-rata", "Average resolution time"),
            formula=(
                "Waktu penyelesaian rata-rata = total waktu penyelesaian ÷ jumlah tiket yang "
                "selesai",
                "Average resolution time = total time to resolve ÷ tickets resolved",
            ),
            scale=("Dalam jam atau hari per tiket", "In hours or days per ticket"),
            terms=[
                _term(
                    ("Total waktu penyelesaian", "Total time to resolve"),
                    (
                        "Jumlah waktu dari tiket dibuka sampai selesai, untuk semua tiket",
                        "The time from opening to resolution, added up over all tickets",
                    ),
                ),
                _term(
                    ("Tiket yang selesai", "Tickets resolved"),
                    (
                        "Jumlah tiket yang ditutup dalam periode itu",
                        "The number of tickets closed in the period",
                    ),
                ),
            ],
            problem=(
                "Bulan lalu tim CS Belanjaria menyelesaikan 250 tiket. Total waktu dari tiket "
                "dibuka sampai selesai adalah 1.500 jam.",
                "Last month Belanjaria's CS team resolved 250 tickets. The total time from "
                "opening to resolution was 1,500 hours.",
            ),
            working=("1.500 ÷ 250 = 6 jam per tiket", "1,500 ÷ 250 = 6 hours per ticket"),
            result=("Waktu penyelesaian rata-rata = 6 jam", "Average resolution time = 6 hours"),
            when=(
                "Untuk melihat berapa lama pelanggan menunggu sampai masalahnya benar-benar "
                "selesai, bukan hanya sampai dibalas. Cocok untuk urusan yang butuh beberapa "
                "langkah, seperti klaim atau pengembalian dana.",
                "To see how long customers wait until their problem is truly solved, not just "
                "answered. It suits issues that take several steps, such as claims or refunds.",
            ),
        ),
        _callout(
            "warning",
            ("Cepat belum tentu tuntas", "Fast is not the same as solved"),
            (
                "<p>Selalu baca AHT bersama FCR dan CSAT. Jika AHT turun tetapi FCR ikut turun, "
                "masalah pelanggan tidak selesai lebih cepat; masalahnya hanya dipindahkan ke "
                "kontak berikutnya.</p>",
                "<p>Always read AHT together with FCR and CSAT. If AHT falls but FCR falls with "
                "it, customers' problems are not being solved faster; they are just being pushed "
                "to the next contact.</p>",
            ),
        ),
        _check(
            (
                "Setelah target AHT diperketat dari 6 menjadi 4 menit, AHT tim call center turun "
                "ke 4,2 menit. Namun FCR turun dari 78% ke 61%, dan jumlah panggilan ulang naik. "
                "Apa yang sebenarnya terjadi?",
                "After the AHT target is tightened from 6 to 4 minutes, the call center team's "
                "AHT falls to 4.2 minutes. But FCR drops from 78% to 61%, and repeat calls go "
                "up. What is really happening?",
            ),
            [
                _choice(
                    False,
                    (
                        "Tim bekerja lebih efisien; kebijakan ini berhasil",
                        "The team is working more efficiently; the policy worked",
                    ),
                    (
                        "<p>Belum tepat. Panggilan memang lebih pendek, tetapi lebih banyak "
                        "pelanggan harus menelepon lagi. Total usaha pelanggan justru "
                        "bertambah.</p>",
                        "<p>Not quite. Calls are shorter, but more customers have to call again. "
                        "The customers' total effort has gone up.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Agen mempercepat panggilan dengan mengorbankan ketuntasan, sehingga "
                        "pelanggan harus menghubungi lagi",
                        "Agents are speeding up calls at the cost of resolving them, so "
                        "customers have to get in touch again",
                    ),
                    (
                        "<p>Tepat. Target kecepatan tanpa pasangan kualitas mendorong agen "
                        "menutup percakapan terlalu cepat.</p>",
                        "<p>Right. A speed target without a quality counterpart pushes agents to "
                        "close conversations too soon.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "FCR turun karena jumlah pelanggan bertambah, tidak ada hubungannya "
                        "dengan target AHT",
                        "FCR fell because there are more customers; it has nothing to do with "
                        "the AHT target",
                    ),
                    (
                        "<p>Belum tepat. FCR adalah persentase, jadi tidak otomatis turun karena "
                        "volume naik. Waktunya pun bersamaan dengan perubahan target.</p>",
                        "<p>Not quite. FCR is a percentage, so it does not fall just because "
                        "volume rises. And the timing matches the change of target.</p>",
                    ),
                ),
            ],
            (
                "<p>Pasangkan metrik kecepatan dengan metrik ketuntasan dan kepuasan: AHT dengan "
                "FCR, waktu respons dengan CSAT.</p>",
                "<p>Pair speed metrics with resolution and satisfaction metrics: AHT with FCR, "
                "response time with CSAT.</p>",
            ),
        ),
    ],
)

_M3_METRIC_LAB = _lesson(
    "lab-metrik",
    15,
    ("Lab metrik: hitung sendiri", "Metric lab: work it out yourself"),
    [
        _text(
            "<p>Rumus baru benar-benar melekat setelah Anda memakainya sendiri. Di lab ini Anda "
            "mendapat data yang berbeda setiap kali: jawaban survei, jumlah pelanggan, atau "
            "catatan kontak. Hitung metrik yang diminta, kirim jawaban Anda, lalu pelajari "
            "pembahasannya langkah demi langkah.</p>"
            "<p>Jawaban diperiksa dengan toleransi pembulatan yang disebutkan pada setiap soal. "
            "Ulangi sesering yang Anda mau; datanya selalu baru.</p>",
            "<p>A formula only really sticks once you have used it yourself. In this lab you get "
            "different data every time: survey answers, customer counts or contact logs. Work "
            "out the metric you are asked for, submit your answer, then study the worked "
            "solution step by step.</p>"
            "<p>Answers are checked with the rounding tolerance stated in each exercise. Repeat "
            "as often as you like; the data is always fresh.</p>",
        ),
        _metric_lab(
            ("Lab metrik CX", "CX metric lab"),
            (
                "<p>Pilih metrik, baca datanya dengan teliti, lalu hitung. Pembahasan lengkap "
                "muncul setelah Anda menjawab.</p>",
                "<p>Choose a metric, read the data carefully, then calculate. The full worked "
                "solution appears after you answer.</p>",
            ),
            METRIC_LAB_METRICS,
        ),
        _heading(("Lembar contekan rumus", "Formula cheat sheet")),
        _table(
            ("Semua rumus modul ini dalam satu tabel", "Every formula in this module in one table"),
            [("Rumus", "Formula"), ("Contoh dari pelajaran", "Example from the lessons")],
            [
                _row(
                    ("CSAT", "CSAT"),
                    ("Jawaban 4–5 ÷ semua jawaban × 100%", "Answers of 4–5 ÷ all answers × 100%"),
                    ("160 dari 200 → 80%", "160 of 200 → 80%"),
                ),
                _row(
                    ("NPS", "NPS"),
                    (
                        "% promotor (9–10) − % detraktor (0–6); pasif (7–8) ikut dalam total",
                        "% promoters (9–10) − % detractors (0–6); passives (7–8) count in the "
                        "total",
                    ),
                    ("45% − 20% → 25", "45% − 20% → 25"),
                ),
                _row(
                    ("CES", "CES"),
                    (
                        "Rata-rata jawaban 1–7, atau % jawaban 5–7",
                        "Mean of answers 1–7, or % of answers 5–7",
                    ),
                    ("267 ÷ 50 → 5,34 (76% setuju)", "267 ÷ 50 → 5.34 (76% agree)"),
                ),
                _row(
                    ("Retensi", "Retention"),
                    ("(E − N) ÷ S × 100%", "(E − N) ÷ S × 100%"),
                    ("(1.050 − 200) ÷ 1.000 → 85%", "(1,050 − 200) ÷ 1,000 → 85%"),
                ),
                _row(
                    ("Churn", "Churn"),
                    (
                        "Pelanggan hilang ÷ pelanggan di awal × 100%",
                        "Customers lost ÷ customers at the start × 100%",
                    ),
                    ("150 ÷ 1.000 → 15%", "150 ÷ 1,000 → 15%"),
                ),
                _row(
                    ("CLV", "CLV"),
                    (
                        "Nilai rata-rata pesanan × pembelian per tahun × tahun",
                        "Average order value × purchases per year × years",
                    ),
                    ("Rp 250.000 × 6 × 3 → Rp 4.500.000", "Rp 250,000 × 6 × 3 → Rp 4,500,000"),
                ),
                _row(
                    ("FCR", "FCR"),
                    (
                        "Selesai di kontak pertama ÷ semua masalah × 100%",
                        "Resolved on first contact ÷ all issues × 100%",
                    ),
                    ("960 ÷ 1.200 → 80%", "960 ÷ 1,200 → 80%"),
                ),
                _row(
                    ("AHT", "AHT"),
                    (
                        "(Bicara + tunggu + pekerjaan setelah kontak) ÷ kontak",
                        "(Talk + hold + after-contact work) ÷ contacts",
                    ),
                    ("2.200 menit ÷ 400 → 5,5 menit", "2,200 minutes ÷ 400 → 5.5 minutes"),
                ),
                _row(
                    ("Waktu penyelesaian rata-rata", "Average resolution time"),
                    (
                        "Total waktu penyelesaian ÷ tiket selesai",
                        "Total time to resolve ÷ tickets resolved",
                    ),
                    ("1.500 jam ÷ 250 → 6 jam", "1,500 hours ÷ 250 → 6 hours"),
                ),
            ],
        ),
        _callout(
            "tip",
            ("Periksa kewajaran jawaban Anda", "Sanity-check your answer"),
            (
                "<p>Sebelum mengirim, tanyakan: apakah angkanya masuk akal? Retensi, churn, "
                "CSAT, dan FCR selalu di antara 0 dan 100%. NPS selalu di antara −100 dan +100. "
                "CES tidak bisa melebihi nilai tertinggi skalanya. Jika hasil Anda keluar dari "
                "rentang ini, periksa lagi pembaginya.</p>",
                "<p>Before you submit, ask: does the number make sense? Retention, churn, CSAT "
                "and FCR always lie between 0 and 100%. NPS always lies between −100 and +100. "
                "CES cannot exceed the top of its scale. If your result falls outside these "
                "ranges, check the divisor again.</p>",
            ),
        ),
        _check(
            (
                "Manajer Toko Kenari ingin tahu apakah program loyalitas baru sepadan dengan "
                "biayanya. Metrik mana yang paling membantu menjawabnya?",
                "A Toko Kenari manager wants to know whether a new loyalty programme is worth "
                "its cost. Which metrics help most to answer that?",
            ),
            [
                _choice(
                    True,
                    ("CLV dan retensi", "CLV and retention"),
                    (
                        "<p>Tepat. Retensi menunjukkan apakah lebih banyak member bertahan, dan "
                        "CLV menunjukkan berapa nilai setiap member yang bertahan. Bersama-sama, "
                        "keduanya bisa dibandingkan dengan biaya program.</p>",
                        "<p>Right. Retention shows whether more members stay, and CLV shows what "
                        "each member who stays is worth. Together they can be set against the "
                        "programme's cost.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("AHT", "AHT"),
                    (
                        "<p>Belum tepat. AHT mengukur lama penanganan kontak CS; ia tidak "
                        "berkata apa-apa tentang nilai program loyalitas.</p>",
                        "<p>Not quite. AHT measures how long CS contacts take; it says nothing "
                        "about the value of a loyalty programme.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("CSAT setelah chat", "CSAT after a chat"),
                    (
                        "<p>Belum tepat. CSAT menilai satu interaksi, bukan dampak bisnis sebuah "
                        "program selama berbulan-bulan.</p>",
                        "<p>Not quite. CSAT judges one interaction, not the business impact of a "
                        "programme over months.</p>",
                    ),
                ),
                _choice(
                    False,
                    ("FCR", "FCR"),
                    (
                        "<p>Belum tepat. FCR adalah metrik operasional CS; ia tidak mengukur "
                        "apakah member bertahan atau berapa nilainya.</p>",
                        "<p>Not quite. FCR is a CS operations metric; it does not measure "
                        "whether members stay or what they are worth.</p>",
                    ),
                ),
            ],
            (
                "<p>Untuk pertanyaan tentang dampak bisnis, pakai retensi, churn, dan CLV.</p>",
                "<p>For questions about business impact, use retention, churn and CLV.</p>",
            ),
        ),
    ],
)

_MODULE_3 = _module(
    "mengukur-cx",
    ("Mengukur CX", "Measuring CX"),
    (
        "Hitung CSAT, NPS, CES, retensi, churn, CLV, FCR, AHT, dan waktu penyelesaian rata-rata "
        "dengan rumus, skala, dan contoh nyata, lalu tentukan metrik mana yang menjawab "
        "pertanyaan Anda.",
        "Calculate CSAT, NPS, CES, retention, churn, CLV, FCR, AHT and average resolution time "
        "with formulas, scales and real examples, then decide which metric answers your question.",
    ),
    [
        _M3_QUESTION_FIRST,
        _M3_SURVEY_METRICS,
        _M3_BUSINESS_METRICS,
        _M3_OPERATIONS_METRICS,
        _M3_METRIC_LAB,
    ],
)


# --- Module 4: CX strategy and culture -------------------------------------------

_M4_START_FROM_DATA = _lesson(
    "strategi-dimulai-dari-data",
    10,
    ("Strategi CX dimulai dari data", "A CX strategy starts from data"),
    [
        _text(
            "<p>Sebelum mengubah apa pun, lihat dulu keadaan sekarang. Tinjau strategi CS yang "
            "sedang berjalan dengan data dari helpdesk: NPS, CSAT, churn, alasan kontak "
            "terbanyak, dan waktu penyelesaian. Data itu sering mematahkan dugaan yang sudah "
            "lama dipercaya di dalam perusahaan.</p>"
            "<p>Lalu susun gambaran yang berfokus pada <strong>pengalaman</strong>, bukan pada "
            "produk atau struktur organisasi. Salah satu alat yang sederhana adalah analisis "
            "SWOT yang diisi dari sudut pandang pelanggan.</p>",
            "<p>Before changing anything, look at where you stand today. Review the current CS "
            "strategy with data from the helpdesk: NPS, CSAT, churn, the most common contact "
            "reasons and resolution times. That data often overturns assumptions the company has "
            "held for years.</p>"
            "<p>Then build a picture that focuses on the <strong>experience</strong>, not on "
            "products or the org chart. One simple tool is a SWOT analysis filled in from the "
            "customer's point of view.</p>",
        ),
        _table(
            (
                "SWOT pengalaman pelanggan Lintas Seluler",
                "Lintas Seluler's customer experience SWOT",
            ),
            [
                ("Kekuatan", "Strengths"),
                ("Kelemahan", "Weaknesses"),
                ("Peluang", "Opportunities"),
                ("Ancaman", "Threats"),
            ],
            [
                _row(
                    ("Yang ditunjukkan data", "What the data shows"),
                    ("FCR call center 82%, di atas target", "Call center FCR of 82%, above target"),
                    (
                        "CES aktivasi kartu SIM hanya 3,9 dari 7",
                        "CES for SIM card activation only 3.9 out of 7",
                    ),
                    (
                        "60% pelanggan sudah aktif memakai aplikasi",
                        "60% of customers already use the app actively",
                    ),
                    (
                        "Churn naik di kota-kota tempat pesaing menawarkan paket lebih murah",
                        "Churn is rising in cities where competitors offer cheaper plans",
                    ),
                ),
                _row(
                    ("Yang dikatakan pelanggan", "What customers say"),
                    (
                        "Agen dinilai sabar dan paham produk",
                        "Agents are seen as patient and knowledgeable",
                    ),
                    (
                        "Harus mengulang cerita setiap kali dialihkan ke bagian lain",
                        "Having to repeat the story every time they are transferred",
                    ),
                    (
                        "Banyak yang ingin diingatkan sebelum kuota habis",
                        "Many would like a reminder before their data runs out",
                    ),
                    (
                        "Keluhan tentang gangguan cepat menyebar di media sosial",
                        "Complaints about outages spread quickly on social media",
                    ),
                ),
            ],
        ),
        _heading(
            (
                "Kenali audiens, pesaing, dan keunggulan Anda",
                "Know your audience, your competitors and your edge",
            )
        ),
        _text(
            "<ul>"
            "<li><strong>Audiens.</strong> Pakai persona pembeli (buyer persona) dari modul 2. "
            "Strategi untuk Pak Darmawan dan Nadia tidak akan sama.</li>"
            "<li><strong>Pesaing.</strong> Pelajari perjalanan pelanggan di tempat pesaing. "
            "Tujuannya bukan meniru, melainkan menemukan di mana pengalaman Anda bisa "
            "berbeda.</li>"
            "<li><strong>USP yang berpusat pada pelanggan.</strong> Keunggulan unik Anda "
            "sebaiknya dirumuskan dari apa yang dirasakan pelanggan. “Ada gangguan? Kami kabari "
            "lebih dulu, sebelum Anda bertanya” lebih bermakna bagi pelanggan daripada “Jaringan "
            "terluas”.</li>"
            "</ul>",
            "<ul>"
            "<li><strong>Audience.</strong> Use the buyer personas from module 2. A strategy for "
            "Pak Darmawan and one for Nadia will not be the same.</li>"
            "<li><strong>Competitors.</strong> Study the customer journey at your competitors. "
            "The aim is not to copy them but to find where your experience can stand out.</li>"
            "<li><strong>A customer-focused USP.</strong> Your unique selling point is best put "
            "in terms of what customers feel. “An outage? We'll tell you first, before you have "
            "to ask” means more to customers than “The widest network”.</li>"
            "</ul>",
        ),
        _callout(
            "takeaway",
            ("Data dulu, keputusan kemudian", "Data first, decisions second"),
            (
                "<p>Dari SWOT di atas, prioritasnya jelas: memperbaiki aktivasi kartu SIM dan "
                "menyambungkan riwayat percakapan antarbagian. Tanpa data, perusahaan mungkin "
                "malah menambah pelatihan untuk agen yang sudah dinilai baik.</p>",
                "<p>From the SWOT above, the priorities are clear: fix SIM card activation and "
                "join up conversation history between departments. Without the data, the company "
                "might instead have added training for agents who already score well.</p>",
            ),
        ),
        _check(
            (
                "Direktur baru di Bank Cendana ingin mengganti seluruh skrip CS minggu depan "
                "karena “pelanggan sepertinya tidak puas”. Apa saran terbaik Anda?",
                "A new director at Bank Cendana wants to replace all the CS scripts next week "
                "because “customers seem unhappy”. What is your best advice?",
            ),
            [
                _choice(
                    True,
                    (
                        "Tinjau dulu data helpdesk (NPS, CSAT, churn, alasan kontak terbanyak), "
                        "baru putuskan apa yang perlu diubah",
                        "First review the helpdesk data (NPS, CSAT, churn, top contact reasons), "
                        "then decide what needs to change",
                    ),
                    (
                        "<p>Tepat. Data menunjukkan di mana masalahnya berada. Bisa jadi "
                        "skripnya baik-baik saja dan masalahnya ada di proses lain.</p>",
                        "<p>Right. The data shows where the problem lies. The scripts may well "
                        "be fine, with the problem sitting in another process.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Langsung ganti skripnya, karena perubahan cepat selalu lebih baik",
                        "Replace the scripts straight away, because quick change is always better",
                    ),
                    (
                        "<p>Belum tepat. Perubahan tanpa data bisa menghabiskan tenaga untuk "
                        "masalah yang tidak ada.</p>",
                        "<p>Not quite. Change without data can spend effort on a problem that "
                        "does not exist.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Tanyakan pendapat jajaran manajemen saja",
                        "Ask the management team for their opinion only",
                    ),
                    (
                        "<p>Belum tepat. Pendapat manajemen berguna, tetapi tidak menggantikan "
                        "data dan suara pelanggan.</p>",
                        "<p>Not quite. Management's view is useful, but it does not replace data "
                        "and the voice of the customer.</p>",
                    ),
                ),
            ],
            (
                "<p>Strategi CX dimulai dari data: tinjau kondisi sekarang, susun SWOT yang "
                "berfokus pada pengalaman, kenali audiens dan pesaing, lalu rumuskan USP yang "
                "berpusat pada pelanggan.</p>",
                "<p>A CX strategy starts from data: review where you stand, draw up a SWOT "
                "focused on the experience, know your audience and competitors, then define a "
                "customer-focused USP.</p>",
            ),
        ),
    ],
)

_M4_SMART_GOALS = _lesson(
    "tujuan-smart-dan-kpi",
    9,
    ("Tujuan SMART dan KPI yang berpusat pada pelanggan", "SMART goals and customer-centred KPIs"),
    [
        _text(
            "<p>“Meningkatkan pengalaman pelanggan” adalah niat baik, tetapi belum menjadi "
            "tujuan. Tujuan yang bisa dikerjakan memenuhi lima syarat <strong>SMART</strong>:</p>"
            "<ul>"
            "<li><strong>Spesifik</strong> (specific): jelas apa yang diperbaiki.</li>"
            "<li><strong>Terukur</strong> (measurable): ada angka awal dan angka sasaran.</li>"
            "<li><strong>Dapat dicapai</strong> (achievable): realistis dengan sumber daya yang "
            "ada.</li>"
            "<li><strong>Relevan</strong> (relevant): berhubungan dengan hal yang penting bagi "
            "pelanggan dan bisnis.</li>"
            "<li><strong>Berbatas waktu</strong> (time-bound): ada tenggat yang jelas.</li>"
            "</ul>",
            "<p>“Improve the customer experience” is a good intention, but it is not yet a goal. "
            "A goal you can act on meets the five <strong>SMART</strong> conditions:</p>"
            "<ul>"
            "<li><strong>Specific</strong>: it is clear what is being improved.</li>"
            "<li><strong>Measurable</strong>: there is a starting figure and a target figure.</li>"
            "<li><strong>Achievable</strong>: it is realistic with the resources available.</li>"
            "<li><strong>Relevant</strong>: it is connected to what matters to customers and the "
            "business.</li>"
            "<li><strong>Time-bound</strong>: it has a clear deadline.</li>"
            "</ul>",
        ),
        _table(
            ("Dari niat baik ke tujuan SMART", "From good intentions to SMART goals"),
            [("Tujuan yang kabur", "Vague goal"), ("Tujuan SMART", "SMART goal")],
            [
                _row(
                    ("Ritel", "Retail"),
                    ("Membuat retur lebih mudah", "Make returns easier"),
                    (
                        "Menaikkan CES retur online dari 4,2 menjadi 5,5 (skala 1–7) dalam dua "
                        "kuartal, dengan menaruh tombol retur di halaman pesanan",
                        "Raise the CES for online returns from 4.2 to 5.5 (1–7 scale) within two "
                        "quarters, by putting a returns button on the order page",
                    ),
                ),
                _row(
                    ("Perbankan", "Banking"),
                    (
                        "Nasabah lebih puas dengan call center",
                        "Customers happier with the call center",
                    ),
                    (
                        "Menaikkan FCR call center kartu kredit dari 70% menjadi 80% paling "
                        "lambat akhir Desember, tanpa menaikkan AHT lebih dari 10%",
                        "Raise the credit card call center's FCR from 70% to 80% by the end of "
                        "December, without raising AHT by more than 10%",
                    ),
                ),
                _row(
                    ("Telekomunikasi", "Telecoms"),
                    ("Mengurangi pelanggan yang pindah", "Fewer customers switching away"),
                    (
                        "Menurunkan churn bulanan internet rumah dari 3% menjadi 2% dalam enam "
                        "bulan",
                        "Cut monthly home-internet churn from 3% to 2% within six months",
                    ),
                ),
                _row(
                    ("E-commerce", "E-commerce"),
                    ("Lebih dekat dengan pelanggan", "Be closer to customers"),
                    (
                        "Menaikkan NPS pembeli berulang dari 18 menjadi 30 dalam 12 bulan",
                        "Raise repeat buyers' NPS from 18 to 30 within 12 months",
                    ),
                ),
            ],
        ),
        _text(
            "<p><strong>KPI yang berpusat pada pelanggan</strong> mengukur apa yang dialami "
            "pelanggan, bukan hanya apa yang dikerjakan tim. “Jumlah tiket ditutup” adalah "
            "ukuran aktivitas. “Persentase pelanggan yang masalahnya selesai di kontak pertama” "
            "adalah ukuran pengalaman.</p>"
            "<p>Setelah tujuan dan KPI ditetapkan, jalankan siklus yang sama berulang-ulang: "
            "<strong>ukur → evaluasi → perbaiki → ukur lagi</strong>. Putuskan berdasarkan data, "
            "bukan asumsi, dan berani mengubah rencana jika angka menunjukkan arah yang lain.</p>",
            "<p><strong>Customer-centred KPIs</strong> measure what customers experience, not "
            "only what the team does. “Tickets closed” is a measure of activity. “Share of "
            "customers whose problem was solved on first contact” is a measure of experience.</p>"
            "<p>Once goals and KPIs are set, run the same cycle again and again: <strong>measure "
            "→ evaluate → improve → measure again</strong>. Decide on data, not assumptions, and "
            "be ready to change the plan when the numbers point another way.</p>",
        ),
        _callout(
            "tip",
            ("Pasangkan KPI Anda", "Pair your KPIs"),
            (
                "<p>Setiap ukuran kecepatan sebaiknya punya pasangan ukuran kualitas: AHT dengan "
                "FCR, waktu respons dengan CSAT. Dengan begitu, tim tidak tergoda mengejar satu "
                "angka sambil mengorbankan pelanggan.</p>",
                "<p>Every speed measure should have a quality measure as its partner: AHT with "
                "FCR, response time with CSAT. That way the team is not tempted to chase one "
                "number at the customer's expense.</p>",
            ),
        ),
        _check(
            (
                "Manakah yang merupakan tujuan SMART?",
                "Which of these is a SMART goal?",
            ),
            [
                _choice(
                    False,
                    (
                        "Meningkatkan pengalaman nasabah secara signifikan",
                        "Significantly improve the customer experience",
                    ),
                    (
                        "<p>Belum tepat. Tidak ada angka awal, sasaran, atau tenggat. Kata "
                        "“signifikan” tidak bisa diukur.</p>",
                        "<p>Not quite. There is no starting figure, target or deadline. "
                        "“Significantly” cannot be measured.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Menurunkan waktu penyelesaian rata-rata pengaduan transaksi gagal dari "
                        "72 jam menjadi 48 jam sebelum akhir kuartal III",
                        "Cut the average resolution time for failed-transaction complaints from "
                        "72 hours to 48 hours before the end of Q3",
                    ),
                    (
                        "<p>Tepat. Spesifik, terukur, realistis, relevan bagi nasabah, dan punya "
                        "tenggat.</p>",
                        "<p>Right. It is specific, measurable, realistic, relevant to customers "
                        "and has a deadline.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Menjadi bank dengan layanan terbaik di Indonesia",
                        "Become the bank with the best service in Indonesia",
                    ),
                    (
                        "<p>Belum tepat. Ini visi, bukan tujuan SMART. Bagaimana mengukurnya, "
                        "dan kapan?</p>",
                        "<p>Not quite. This is a vision, not a SMART goal. How would you measure "
                        "it, and by when?</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Membalas semua chat secepat mungkin",
                        "Answer every chat as fast as possible",
                    ),
                    (
                        "<p>Belum tepat. “Secepat mungkin” tidak punya sasaran atau tenggat, dan "
                        "hanya mengukur kecepatan tanpa kualitas.</p>",
                        "<p>Not quite. “As fast as possible” has no target or deadline, and "
                        "measures speed without quality.</p>",
                    ),
                ),
            ],
            (
                "<p>Tujuan SMART: spesifik, terukur, dapat dicapai, relevan, dan berbatas waktu. "
                "KPI yang baik mengukur pengalaman pelanggan, bukan hanya aktivitas tim.</p>",
                "<p>SMART goals are specific, measurable, achievable, relevant and time-bound. "
                "Good KPIs measure the customer's experience, not just the team's activity.</p>",
            ),
        ),
    ],
)

_M4_OMNICHANNEL = _lesson(
    "omnichannel-dan-otomatisasi",
    11,
    (
        "Omnichannel dan otomatisasi yang tahu batas",
        "Omnichannel, and automation that knows its limits",
    ),
    [
        _text(
            "<p>Pelanggan Indonesia berpindah saluran dengan mudah: bertanya lewat Instagram, "
            "mengirim bukti lewat WhatsApp, menerima konfirmasi lewat email, lalu menelepon call "
            "center. Bagi mereka, semua itu satu percakapan dengan satu perusahaan.</p>"
            "<p>Pendekatan <strong>omnichannel</strong> menjaga agar perusahaan juga melihatnya "
            "sebagai satu percakapan. Semua saluran berbagi <strong>satu riwayat "
            "percakapan</strong>, sehingga pelanggan tidak pernah perlu mengulang ceritanya.</p>",
            "<p>Indonesian customers switch channels easily: they ask on Instagram, send proof "
            "over WhatsApp, get a confirmation by email, then call the call center. To them, it "
            "is all one conversation with one company.</p>"
            "<p>An <strong>omnichannel</strong> approach makes sure the company sees it as one "
            "conversation too. Every channel shares <strong>one conversation history</strong>, "
            "so customers never have to repeat their story.</p>",
        ),
        _quote(
            (
                "Saya kirim foto struk lewat WhatsApp. Dua hari tidak ada kabar, jadi saya kirim "
                "email. Lalu saya telepon, dan petugasnya bertanya, “Bisa diceritakan dari awal, "
                "Bu?” Saya sudah cerita dua kali!",
                "I sent a photo of the receipt on WhatsApp. Two days without a word, so I sent "
                "an email. Then I phoned, and the agent asked, “Could you tell me from the "
                "beginning, ma'am?” I had already told them twice!",
            ),
            ("Pelanggan jaringan ritel di Balikpapan", "Retail chain customer in Balikpapan"),
            ("“Saya sudah bilang tadi”", "“I already told you that”"),
        ),
        _table(
            (
                "Banyak saluran yang terpisah dibandingkan satu percakapan di semua saluran",
                "Many separate channels compared with one conversation across all channels",
            ),
            [
                (
                    "Banyak saluran, terpisah (multichannel)",
                    "Many channels, separate (multichannel)",
                ),
                (
                    "Satu percakapan di semua saluran (omnichannel)",
                    "One conversation across channels (omnichannel)",
                ),
            ],
            [
                _row(
                    ("Riwayat percakapan", "Conversation history"),
                    ("Tersimpan di masing-masing saluran", "Kept separately in each channel"),
                    (
                        "Satu riwayat untuk WhatsApp, Instagram, email, live chat, dan telepon",
                        "One history for WhatsApp, Instagram, email, live chat and phone",
                    ),
                ),
                _row(
                    ("Saat pelanggan berpindah saluran", "When the customer switches channel"),
                    ("Mulai dari nol", "Starts from zero"),
                    ("Melanjutkan dari titik terakhir", "Picks up where it left off"),
                ),
                _row(
                    ("Yang dilihat agen", "What the agent sees"),
                    ("Hanya pesan di salurannya sendiri", "Only the messages in their own channel"),
                    (
                        "Identitas pelanggan, riwayat, lampiran, dan status tiket",
                        "The customer's identity, history, attachments and ticket status",
                    ),
                ),
                _row(
                    ("Dampak pada metrik", "Effect on the metrics"),
                    (
                        "FCR rendah, CES buruk, pelanggan frustrasi",
                        "Low FCR, poor CES, frustrated customers",
                    ),
                    ("FCR naik, usaha pelanggan turun", "FCR goes up, customer effort goes down"),
                ),
            ],
        ),
        _heading(
            (
                "Chatbot untuk yang berulang, manusia untuk yang rumit",
                "Chatbots for the repetitive, people for the complex",
            )
        ),
        _text(
            "<p>Otomatisasi sangat membantu untuk pekerjaan yang berulang: menjawab pertanyaan "
            "umum (FAQ), mengirim notifikasi, dan mengarahkan percakapan ke tim yang tepat. "
            "Chatbot bisa melayani sepanjang waktu, termasuk tengah malam saat call center "
            "tutup.</p>"
            "<p>Namun ketika pertanyaannya rumit, chatbot harus tahu kapan menyerah dengan "
            "anggun. Alihkan ke manusia jika:</p>"
            "<ul>"
            "<li>pelanggan meminta berbicara dengan orang;</li>"
            "<li>menyangkut uang yang hilang, tagihan ganda, atau keamanan akun;</li>"
            "<li>pelanggan mengulang pertanyaan atau menunjukkan rasa kesal;</li>"
            "<li>pertanyaannya di luar daftar yang dikuasai chatbot.</li>"
            "</ul>"
            "<p>Dan saat mengalihkan, <strong>konteksnya ikut berpindah</strong>: identitas yang "
            "sudah diverifikasi, ringkasan masalah, langkah yang sudah dicoba, serta lampiran "
            "yang sudah dikirim. Agen menyapa dengan “Saya sudah membaca masalah Ibu”, bukan "
            "“Ada yang bisa dibantu?”.</p>",
            "<p>Automation is a great help with repetitive work: answering frequently asked "
            "questions (FAQs), sending notifications and routing conversations to the right "
            "team. A chatbot can serve around the clock, including at midnight when the call "
            "center is closed.</p>"
            "<p>But when a question is complex, the chatbot must know when to step aside "
            "gracefully. Hand over to a person when:</p>"
            "<ul>"
            "<li>the customer asks to speak to a person;</li>"
            "<li>it involves missing money, a double charge or account security;</li>"
            "<li>the customer repeats the question or shows frustration;</li>"
            "<li>the question falls outside what the chatbot knows.</li>"
            "</ul>"
            "<p>And when handing over, <strong>the context travels too</strong>: the verified "
            "identity, a summary of the problem, the steps already tried, and any attachments "
            "already sent. The agent opens with “I've read about your problem”, not “How can I "
            "help you?”.</p>",
        ),
        _callout(
            "warning",
            (
                "Otomatisasi yang terasa generik merusak kepercayaan",
                "Automation that feels generic erodes trust",
            ),
            (
                "<p>Chatbot yang berputar-putar di menu yang sama, atau pesan massal yang jelas "
                "tidak ditulis untuk siapa pun, membuat pelanggan merasa tidak didengar. "
                "Otomatiskan yang berulang, tetapi jangan otomatiskan kepedulian.</p>",
                "<p>A chatbot that loops through the same menu, or a mass message clearly "
                "written for nobody in particular, makes customers feel unheard. Automate the "
                "repetitive, but do not automate caring.</p>",
            ),
        ),
        _check(
            (
                "Chatbot Bank Cendana sedang melayani nasabah yang saldonya terpotong dua kali "
                "untuk satu transaksi QRIS. Nasabah sudah dua kali menulis “saya mau bicara "
                "dengan orang”. Apa yang seharusnya terjadi?",
                "Bank Cendana's chatbot is serving a customer who was charged twice for one QRIS "
                "payment. The customer has twice written “I want to talk to a person”. What "
                "should happen?",
            ),
            [
                _choice(
                    True,
                    (
                        "Alihkan ke agen, lengkap dengan identitas terverifikasi, ringkasan "
                        "masalah, dan bukti transaksi yang sudah dikirim",
                        "Hand over to an agent, with the verified identity, a summary of the "
                        "problem and the transaction proof already sent",
                    ),
                    (
                        "<p>Tepat. Ada uang yang terpotong dan permintaan yang jelas untuk "
                        "bicara dengan orang. Konteks yang ikut berpindah membuat nasabah tidak "
                        "perlu mengulang.</p>",
                        "<p>Right. Money has been taken and the customer has clearly asked for a "
                        "person. Passing on the context means the customer does not have to "
                        "repeat anything.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Chatbot menampilkan lagi artikel FAQ tentang transaksi gagal",
                        "The chatbot shows the FAQ article about failed transactions again",
                    ),
                    (
                        "<p>Belum tepat. Nasabah sudah meminta manusia dua kali. Mengulang FAQ "
                        "membuatnya merasa tidak didengar.</p>",
                        "<p>Not quite. The customer has asked for a person twice. Repeating the "
                        "FAQ makes them feel unheard.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Alihkan ke agen, lalu agen meminta nasabah menjelaskan dari awal supaya "
                        "datanya akurat",
                        "Hand over to an agent, who then asks the customer to explain from the "
                        "beginning so the data is accurate",
                    ),
                    (
                        "<p>Belum tepat. Pengalihannya benar, tetapi konteksnya tertinggal. "
                        "Nasabah terpaksa mengulang cerita, persis masalah yang ingin dihindari "
                        "omnichannel.</p>",
                        "<p>Not quite. Handing over is right, but the context was left behind. "
                        "The customer has to repeat the story, exactly what omnichannel is meant "
                        "to prevent.</p>",
                    ),
                ),
            ],
            (
                "<p>Otomatiskan yang berulang; serahkan yang rumit kepada manusia, bersama "
                "seluruh konteksnya.</p>",
                "<p>Automate the repetitive; hand the complex to a person, together with all the "
                "context.</p>",
            ),
        ),
    ],
)

_M4_CULTURE = _lesson(
    "budaya-cx",
    10,
    ("Budaya CX: semua orang ikut melayani", "CX culture: everyone serves the customer"),
    [
        _text(
            "<p>Pelanggan bertemu perusahaan Anda lewat banyak orang: kasir, teknisi, kurir, "
            "teller, tenaga penjual, staf gudang yang menyiapkan retur. Jika hanya tim CS yang "
            "dilatih berpikir dari sudut pandang pelanggan, sebagian besar pertemuan itu "
            "dibiarkan terjadi begitu saja.</p>"
            "<p>Karena itu, latih <strong>setiap karyawan yang berhadapan dengan "
            "pelanggan</strong> dalam pola pikir CX. Empat keterampilan dasarnya: "
            "<strong>empati</strong>, <strong>kesabaran</strong>, <strong>bahasa yang "
            "positif</strong>, dan <strong>pengetahuan produk</strong>.</p>",
            "<p>Customers meet your company through many people: cashiers, technicians, "
            "couriers, tellers, sales staff, warehouse staff preparing returns. If only the CS "
            "team is trained to think from the customer's point of view, most of those "
            "encounters are left to chance.</p>"
            "<p>That is why <strong>every customer-facing employee</strong> should be trained in "
            "the CX mindset. The four basic skills are <strong>empathy</strong>, "
            "<strong>patience</strong>, <strong>positive language</strong> and <strong>product "
            "knowledge</strong>.</p>",
        ),
        _table(
            ("Bahasa positif dalam praktik", "Positive language in practice"),
            [("Hindari", "Avoid"), ("Lebih baik", "Better")],
            [
                _row(
                    ("Barang habis", "Out of stock"),
                    ("“Stoknya kosong, Bu.”", "“It's out of stock, ma'am.”"),
                    (
                        "“Di toko ini stoknya sedang habis, Bu. Saya cek di cabang terdekat, "
                        "atau bisa kami antar ke rumah Ibu hari Kamis.”",
                        "“This store has run out, ma'am. I'll check the nearest branch, or we "
                        "can deliver it to your home on Thursday.”",
                    ),
                ),
                _row(
                    ("Di luar wewenang", "Outside your remit"),
                    ("“Itu bukan urusan bagian saya.”", "“That's not my department.”"),
                    (
                        "“Saya sambungkan dengan rekan di bagian kartu kredit, dan saya "
                        "ceritakan dulu masalah Bapak supaya Bapak tidak perlu mengulang.”",
                        "“I'll connect you with my colleague in credit cards, and I'll brief "
                        "them on your problem first so you don't have to repeat it.”",
                    ),
                ),
                _row(
                    ("Pelanggan keliru", "The customer made a mistake"),
                    ("“Bapak salah isi formulirnya.”", "“You filled in the form wrong, sir.”"),
                    (
                        "“Ada satu kolom yang perlu kita perbaiki bersama, Pak. Mari saya "
                        "tunjukkan.”",
                        "“There's one field we need to fix together, sir. Let me show you.”",
                    ),
                ),
                _row(
                    ("Butuh waktu", "It will take time"),
                    ("“Tunggu saja, nanti dikabari.”", "“Just wait, you'll hear from us.”"),
                    (
                        "“Prosesnya sekitar dua hari kerja. Saya kabari Ibu lewat WhatsApp "
                        "paling lambat Rabu sore.”",
                        "“It takes about two working days. I'll update you on WhatsApp by "
                        "Wednesday afternoon at the latest.”",
                    ),
                ),
            ],
        ),
        _heading(("Personalisasi yang tulus", "Personalisation that is sincere")),
        _text(
            "<p>Personalisasi berarti memakai apa yang sudah Anda ketahui tentang pelanggan: "
            "<strong>namanya, riwayatnya, dan preferensinya</strong>. Bandingkan dua pesan dari "
            "bank ini:</p>"
            "<ul>"
            "<li>“Yth. Nasabah, kartu Anda akan segera kedaluwarsa.”</li>"
            "<li>“Bu Ani, kartu debit Ibu berakhir 30 Juni. Seperti biasa, kartu baru kami kirim "
            "ke alamat kantor Ibu di Jalan Pemuda, atau Ibu ingin alamat lain?”</li>"
            "</ul>"
            "<p>Pesan kedua tetap bisa dikirim otomatis oleh sistem, tetapi terasa ditulis untuk "
            "satu orang. Yang perlu dihindari adalah otomatisasi massal yang terasa generik.</p>",
            "<p>Personalisation means using what you already know about the customer: "
            "<strong>their name, their history and their preferences</strong>. Compare these two "
            "messages from a bank:</p>"
            "<ul>"
            "<li>“Dear Customer, your card will expire soon.”</li>"
            "<li>“Bu Ani, your debit card expires on 30 June. As usual, we'll send the new card "
            "to your office address on Jalan Pemuda, or would you like a different address?”</li>"
            "</ul>"
            "<p>The second message can still be sent automatically by the system, yet it feels "
            "written for one person. What to avoid is mass automation that feels generic.</p>",
        ),
        _quote(
            (
                "Dulu saya pikir tugas saya hanya memasang modem. Sekarang saya baru pamit "
                "setelah pelanggan bisa menyambungkan ponselnya sendiri, dan saya tinggalkan "
                "nomor WhatsApp tim kami. Keluhan “tidak bisa tersambung” di minggu pertama jauh "
                "berkurang.",
                "I used to think my job was just installing the modem. Now I only leave once the "
                "customer can connect their own phone, and I leave our team's WhatsApp number. "
                "Complaints about “can't connect” in the first week have dropped a lot.",
            ),
            (
                "Teknisi lapangan operator internet rumah di Bekasi",
                "Field technician at a home-internet operator in Bekasi",
            ),
            (
                "Teknisi yang ikut menjaga pengalaman",
                "A technician who looks after the experience too",
            ),
        ),
        _check(
            (
                "Toko Kenari ingin menanamkan pola pikir CX. Siapa yang perlu ikut pelatihan?",
                "Toko Kenari wants to build a CX mindset. Who should take part in the training?",
            ),
            [
                _choice(
                    False,
                    (
                        "Hanya tim CS, karena merekalah yang menerima keluhan",
                        "Only the CS team, because they are the ones who receive complaints",
                    ),
                    (
                        "<p>Belum tepat. Keluhan sering berasal dari pertemuan di luar CS: di "
                        "kasir, saat pengantaran, atau saat pemasangan.</p>",
                        "<p>Not quite. Complaints often start with encounters outside CS: at the "
                        "till, on delivery or during installation.</p>",
                    ),
                ),
                _choice(
                    True,
                    (
                        "Semua karyawan yang berhadapan dengan pelanggan, termasuk kasir, "
                        "teknisi, kurir, dan tenaga penjual",
                        "Every customer-facing employee, including cashiers, technicians, "
                        "couriers and sales staff",
                    ),
                    (
                        "<p>Tepat. Setiap pertemuan membentuk pengalaman pelanggan, jadi setiap "
                        "orang yang bertemu pelanggan perlu pola pikir yang sama.</p>",
                        "<p>Right. Every encounter shapes the customer experience, so everyone "
                        "who meets customers needs the same mindset.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Hanya para manajer, agar mereka bisa mengawasi tim",
                        "Only managers, so they can supervise their teams",
                    ),
                    (
                        "<p>Belum tepat. Manajer perlu memberi contoh, tetapi pelanggan jarang "
                        "bertemu manajer. Mereka bertemu karyawan garis depan.</p>",
                        "<p>Not quite. Managers need to lead by example, but customers rarely "
                        "meet managers. They meet frontline staff.</p>",
                    ),
                ),
            ],
            (
                "<p>Budaya CX berarti setiap karyawan yang bertemu pelanggan membawa empati, "
                "kesabaran, bahasa yang positif, dan pengetahuan produk.</p>",
                "<p>A CX culture means every employee who meets customers brings empathy, "
                "patience, positive language and product knowledge.</p>",
            ),
        ),
    ],
)

_M4_FEEDBACK_LOOP = _lesson(
    "menutup-lingkaran-umpan-balik",
    10,
    ("Menutup lingkaran umpan balik", "Closing the feedback loop"),
    [
        _text(
            "<p>Umpan balik pelanggan baru bernilai jika ada yang berubah karenanya. Banyak "
            "perusahaan rajin mengumpulkan survei, tetapi hasilnya berhenti di slide presentasi. "
            "Pelanggan merasakannya: mereka sudah memberi masukan, dan tidak ada yang "
            "terjadi.</p>",
            "<p>Customer feedback is only worth something if something changes because of it. "
            "Many companies collect surveys diligently, but the results stop at a presentation "
            "slide. Customers notice: they gave their input, and nothing happened.</p>",
        ),
        _table(
            ("Sumber umpan balik pelanggan", "Sources of customer feedback"),
            [("Yang Anda pelajari", "What you learn"), ("Kapan dipakai", "When to use it")],
            [
                _row(
                    ("Survei (NPS, CSAT, CES)", "Surveys (NPS, CSAT, CES)"),
                    (
                        "Angka yang bisa dibandingkan dari waktu ke waktu",
                        "Numbers you can compare over time",
                    ),
                    (
                        "Terus-menerus, setelah interaksi, proses, atau secara berkala",
                        "Continuously: after an interaction or a process, or at regular intervals",
                    ),
                ),
                _row(
                    ("Wawancara pelanggan", "Customer interviews"),
                    (
                        "Alasan di balik angka, dengan kata-kata pelanggan sendiri",
                        "The reasons behind the numbers, in customers' own words",
                    ),
                    (
                        "Saat angka berubah dan Anda perlu tahu mengapa",
                        "When a number moves and you need to know why",
                    ),
                ),
                _row(
                    ("Ulasan", "Reviews"),
                    (
                        "Apa yang pelanggan ceritakan kepada calon pelanggan lain",
                        "What customers tell other potential customers",
                    ),
                    (
                        "Setiap minggu, terutama setelah peluncuran produk atau perubahan proses",
                        "Weekly, especially after a product launch or a process change",
                    ),
                ),
                _row(
                    ("Social listening", "Social listening"),
                    (
                        "Pembicaraan tentang merek Anda yang tidak ditujukan kepada Anda",
                        "Conversations about your brand that are not addressed to you",
                    ),
                    (
                        "Setiap hari, terutama saat ada gangguan layanan",
                        "Daily, especially during a service outage",
                    ),
                ),
            ],
        ),
        _text(
            "<p>Lingkaran umpan balik yang tertutup punya lima langkah:</p>"
            "<ol>"
            "<li><strong>Dengarkan</strong>: kumpulkan umpan balik dari beberapa sumber "
            "sekaligus.</li>"
            "<li><strong>Pahami</strong>: cari penyebab di balik keluhan, misalnya dengan peta "
            "perjalanan.</li>"
            "<li><strong>Bertindak</strong>: perbaiki, dan buat perbaikannya terlihat.</li>"
            "<li><strong>Kabari pelanggan</strong>: beri tahu apa yang berubah berkat masukan "
            "mereka.</li>"
            "<li><strong>Ukur lagi</strong>: pastikan angkanya bergerak, lalu ulangi.</li>"
            "</ol>",
            "<p>A closed feedback loop has five steps:</p>"
            "<ol>"
            "<li><strong>Listen</strong>: gather feedback from several sources at once.</li>"
            "<li><strong>Understand</strong>: find the cause behind the complaints, for example "
            "with a journey map.</li>"
            "<li><strong>Act</strong>: fix it, and make the fix visible.</li>"
            "<li><strong>Tell customers</strong>: let them know what changed thanks to their "
            "input.</li>"
            "<li><strong>Measure again</strong>: check that the numbers move, then repeat.</li>"
            "</ol>",
        ),
        _quote(
            (
                "Banyak dari Anda bilang proses retur kami merepotkan. Mulai bulan ini, tombol "
                "retur ada langsung di halaman pesanan, dan data pesanan terisi otomatis. Terima "
                "kasih sudah memberi tahu kami.",
                "Many of you told us our returns process was a hassle. From this month, the "
                "returns button is right on the order page, and your order details are filled in "
                "automatically. Thank you for telling us.",
            ),
            (
                "Pesan Belanjaria kepada pembeli yang pernah mengisi survei retur",
                "Belanjaria's message to buyers who had filled in the returns survey",
            ),
            ("Memberi tahu pelanggan apa yang berubah", "Telling customers what changed"),
        ),
        _callout(
            "takeaway",
            ("Ukur, evaluasi, ulangi", "Measure, evaluate, repeat"),
            (
                "<p>CX bukan proyek sekali jadi. Ukur dengan metrik yang tepat, evaluasi "
                "berdasarkan data, perbaiki, dan kabari pelanggan. Lalu mulai lagi. Perusahaan "
                "yang melakukannya dengan konsisten membangun kepercayaan yang sulit ditiru "
                "pesaing.</p>",
                "<p>CX is not a one-off project. Measure with the right metrics, evaluate on "
                "data, improve, and tell customers. Then start again. Companies that do this "
                "consistently build a trust that competitors find hard to copy.</p>",
            ),
        ),
        _check(
            (
                "Survei CES Lintas Seluler menunjukkan pelanggan kesulitan mengganti paket di "
                "aplikasi. Tim sudah memperbaiki alurnya. Langkah apa yang menutup lingkaran "
                "umpan balik?",
                "Lintas Seluler's CES survey shows customers struggle to change plans in the "
                "app. The team has fixed the flow. Which step closes the feedback loop?",
            ),
            [
                _choice(
                    True,
                    (
                        "Memberi tahu pelanggan yang mengeluh apa yang sudah berubah, lalu "
                        "mengukur CES lagi",
                        "Tell the customers who complained what has changed, then measure CES "
                        "again",
                    ),
                    (
                        "<p>Tepat. Pelanggan tahu suaranya didengar, dan tim tahu apakah "
                        "perbaikannya benar-benar memudahkan.</p>",
                        "<p>Right. Customers know they were heard, and the team learns whether "
                        "the fix really made things easier.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Menghentikan survei karena masalahnya sudah selesai",
                        "Stop the survey because the problem is solved",
                    ),
                    (
                        "<p>Belum tepat. Tanpa mengukur lagi, tim tidak tahu apakah perbaikannya "
                        "berhasil.</p>",
                        "<p>Not quite. Without measuring again, the team does not know whether "
                        "the fix worked.</p>",
                    ),
                ),
                _choice(
                    False,
                    (
                        "Mengirim promo massal ke semua pelanggan",
                        "Send a mass promotion to every customer",
                    ),
                    (
                        "<p>Belum tepat. Promo massal tidak memberi tahu pelanggan bahwa "
                        "masukannya sudah ditindaklanjuti, dan terasa generik.</p>",
                        "<p>Not quite. A mass promotion does not tell customers their input was "
                        "acted on, and it feels generic.</p>",
                    ),
                ),
            ],
            (
                "<p>Dengarkan, pahami, bertindak, kabari pelanggan, dan ukur lagi. Lingkaran "
                "baru tertutup setelah pelanggan tahu apa yang berubah.</p>",
                "<p>Listen, understand, act, tell customers, and measure again. The loop is only "
                "closed once customers know what changed.</p>",
            ),
        ),
    ],
    completion="end",
)

_MODULE_4 = _module(
    "strategi-dan-budaya-cx",
    ("Strategi dan budaya CX", "CX strategy and culture"),
    (
        "Susun strategi CX dari data, tetapkan tujuan SMART dan KPI yang berpusat pada "
        "pelanggan, satukan saluran, latih semua karyawan, dan tutup lingkaran umpan balik.",
        "Build a CX strategy from data, set SMART goals and customer-centred KPIs, join up your "
        "channels, train every employee, and close the feedback loop.",
    ),
    [_M4_START_FROM_DATA, _M4_SMART_GOALS, _M4_OMNICHANNEL, _M4_CULTURE, _M4_FEEDBACK_LOOP],
)


# --- The course -------------------------------------------------------------------

_MODULES = [_MODULE_1, _MODULE_2, _MODULE_3, _MODULE_4]

CX_MINDSET = {
    "slug": "cx-mindset",
    # The lessons, plus time for the module quizzes, the final assessment and the
    # simulations that sit beside them.
    "estimated_minutes": 360,
    "level": "beginner",
    "id": {
        "title": "CX Mindset",
        "summary": (
            "Kursus lengkap tentang pola pikir pengalaman pelanggan untuk semua karyawan: "
            "bedakan layanan, perawatan, dan pengalaman pelanggan, petakan perjalanan pelanggan, "
            "ukur CX dengan metrik yang tepat, lalu jadikan CX strategi dan budaya perusahaan."
        ),
        "learning_outcomes": (
            "Membedakan layanan pelanggan yang reaktif, perawatan pelanggan yang proaktif dan "
            "personal, serta CX yang mencakup seluruh perjalanan\n"
            "Menjelaskan, dengan contoh, mengapa layanan pelanggan yang unggul tidak bisa "
            "menutupi perjalanan pelanggan yang bermasalah\n"
            "Memetakan perjalanan pelanggan untuk satu persona, menandai titik emosi terendah, "
            "dan memilih perbaikan yang paling berdampak\n"
            "Menghitung dan menafsirkan CSAT, NPS, CES, retensi, churn, CLV, FCR, dan AHT\n"
            "Mencocokkan setiap pertanyaan bisnis dengan metrik yang menjawabnya\n"
            "Menyusun tujuan SMART, menyatukan saluran layanan, dan menutup lingkaran umpan "
            "balik pelanggan"
        ),
    },
    "en": {
        "title": "CX Mindset",
        "summary": (
            "A complete course on the customer experience mindset for every employee: tell "
            "service, care and experience apart, map the customer journey, measure CX with the "
            "right metrics, then make CX part of the company's strategy and culture."
        ),
        "learning_outcomes": (
            "Tell reactive customer service, proactive and personal customer care, and CX across "
            "the whole journey apart\n"
            "Explain, with examples, why outstanding customer service cannot make up for a "
            "broken customer journey\n"
            "Map the customer journey for one persona, mark the emotional low points and choose "
            "the fixes with the most impact\n"
            "Calculate and interpret CSAT, NPS, CES, retention, churn, CLV, FCR and AHT\n"
            "Match each business question with the metric that answers it\n"
            "Set SMART goals, join up service channels and close the customer feedback loop"
        ),
    },
    "modules": _MODULES,
}


# --- The certificate --------------------------------------------------------------

# Fields of certificates.models.CertificateTemplate. The PDF prints “This certifies
# that” and the learner's name above the body, and the verification code and expiry
# beside the signatures, so the body starts with what the learner achieved.
CX_MINDSET_CERTIFICATE = {
    "name": "CX Mindset — sertifikat kelulusan",
    "language": "id",
    "orientation": "landscape",
    "primary_colour": "#0F4C5C",
    "accent_colour": "#E3A23B",
    "title": "Sertifikat Kelulusan CX Mindset",
    "body": (
        "Telah menyelesaikan kursus {course} pada {date} dengan nilai akhir {score} "
        "({hours} jam pembelajaran), dan mampu membedakan layanan, perawatan, dan pengalaman "
        "pelanggan, memetakan perjalanan pelanggan, serta mengukur CX dengan metrik yang tepat."
    ),
    "signatory_1_name": "Ratna Kusumawardani",
    "signatory_1_title": "Kepala Customer Experience",
    "signatory_2_name": "Yohanes Situmorang",
    "signatory_2_title": "Kepala Learning & Development",
    "validity_months": 24,
}

# The same design for the English course, for an academy that issues certificates in
# the learner's language.
CX_MINDSET_CERTIFICATE_EN = {
    **CX_MINDSET_CERTIFICATE,
    "name": "CX Mindset — certificate of completion",
    "language": "en",
    "title": "CX Mindset Certificate of Completion",
    "body": (
        "Has completed the course {course} on {date} with a final score of {score} "
        "({hours} learning hours), and can tell service, care and experience apart, map the "
        "customer journey, and measure CX with the right metrics."
    ),
    "signatory_1_title": "Head of Customer Experience",
    "signatory_2_title": "Head of Learning & Development",
}

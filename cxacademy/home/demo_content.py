"""Content of the demo course "Dasar-dasar CX" / "CX Foundations" and the catalogue intro.

Written from shared/curriculum.md (modules 1 to 3): the facts and figures come from
there, the sentences are our own. Bahasa Indonesia first, English second, with the
same structure and meaning. Lesson bodies are raw StreamField values of
`courses.blocks.LessonStreamBlock`: a list of {"type": block name, "value": raw value}.
No images or videos: the demo ships without media files.
"""

# --- Module 1: service, care and experience ---------------------------------

_M1_L1_ID = [
    {
        "type": "rich_text",
        "value": (
            "<p>Di banyak perusahaan, istilah <strong>layanan pelanggan</strong> (customer "
            "service, CS), <strong>perawatan pelanggan</strong> (customer care), dan "
            "<strong>pengalaman pelanggan</strong> (customer experience, CX) dipakai "
            "bergantian. Padahal ketiganya adalah pekerjaan yang berbeda, dengan waktu, "
            "cakupan, dan ukuran keberhasilan masing-masing.</p>"
            "<p>Ambil contoh seorang nasabah bank yang kartu debitnya tertelan mesin ATM. Ia "
            "menelepon call center, lalu petugas memblokir kartu itu dan menjadwalkan kartu "
            "pengganti. Itulah <em>layanan pelanggan</em>. Seminggu kemudian, bank menghubunginya "
            "untuk memastikan kartu baru sudah diterima dan bisa dipakai. Itulah <em>perawatan "
            "pelanggan</em>. Sementara seluruh rangkaian, mulai dari membuka rekening, memakai "
            "aplikasi, sampai mengurus kartu yang tertelan, membentuk <em>pengalaman "
            "pelanggan</em>.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Tiga pekerjaan dalam satu tabel", "level": "h2"},
    },
    {
        "type": "comparison_table",
        "value": {
            "caption": "Layanan pelanggan, perawatan pelanggan, dan pengalaman pelanggan",
            "columns": [
                "Layanan pelanggan (CS)",
                "Perawatan pelanggan",
                "Pengalaman pelanggan (CX)",
            ],
            "rows": [
                {
                    "aspect": "Apa itu",
                    "cells": [
                        "Bantuan saat pelanggan bertanya atau menghadapi masalah",
                        "Hubungan yang terus dijaga setelah masalah selesai",
                        "Kesan menyeluruh dari setiap interaksi pelanggan dengan merek",
                    ],
                },
                {
                    "aspect": "Sifat",
                    "cells": [
                        "Reaktif dan transaksional: menyelesaikan masalah dengan cepat",
                        "Proaktif, personal, dan emosional: membangun hubungan jangka panjang",
                        "Proaktif, dirancang dari awal sampai akhir",
                    ],
                },
                {
                    "aspect": "Waktu",
                    "cells": [
                        "Saat itu juga, dalam satu kontak",
                        "Terus-menerus, setelah transaksi",
                        "Sebelum, selama, dan sesudah pembelian, setiap saat",
                    ],
                },
                {
                    "aspect": "Cakupan",
                    "cells": [
                        "Satu titik sentuh",
                        "Hubungan dengan satu pelanggan",
                        "Seluruh perjalanan, semua titik sentuh, semua tim",
                    ],
                },
                {
                    "aspect": "Saluran yang umum",
                    "cells": [
                        "Telepon, email, chat, help desk, call center",
                        "Email tindak lanjut, program loyalitas, pesan personal",
                        "Situs web, aplikasi, media sosial, toko fisik, purnajual, "
                        "dan CS itu sendiri",
                    ],
                },
                {
                    "aspect": "Ukuran keberhasilan",
                    "cells": [
                        "Waktu respons, waktu penyelesaian rata-rata, FCR, AHT",
                        "NPS, nilai seumur hidup pelanggan (CLV), kepuasan jangka panjang",
                        "CSAT, NPS, CES, retensi, churn, loyalitas",
                    ],
                },
                {
                    "aspect": "Alat yang umum",
                    "cells": [
                        "Kotak masuk omnichannel, chatbot untuk pertanyaan umum",
                        "CRM, analitik, personalisasi",
                        "Peta perjalanan pelanggan, program umpan balik, riset UX",
                    ],
                },
            ],
        },
    },
    {
        "type": "rich_text",
        "value": (
            "<p>Perhatikan baris <strong>sifat</strong>. Layanan pelanggan pada dasarnya "
            "<strong>reaktif</strong>: ia bergerak ketika pelanggan datang membawa masalah, "
            "lalu menuntaskannya secepat mungkin. Begitu tim mulai bertindak sebelum diminta, "
            "misalnya mengabari pelanggan sebelum ia sempat bertanya, tim itu sedang melangkah "
            "ke wilayah perawatan pelanggan dan CX.</p>"
            "<p>Perawatan pelanggan berfokus pada hubungan yang <strong>personal dan jangka "
            "panjang</strong> dengan setiap pelanggan. CX adalah gambaran besarnya: jumlah dari "
            "semua kesan, termasuk kesan saat berurusan dengan CS.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "kind": "takeaway",
            "title": "CS adalah bagian dari CX",
            "body": (
                "<p>Layanan pelanggan adalah <strong>satu elemen di dalam</strong> pengalaman "
                "pelanggan, bukan penggantinya. CS menyelesaikan masalah hari ini, perawatan "
                "menjaga hubungan sesudahnya, dan CX merancang seluruh perjalanan.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Pelanggan sebuah toko elektronik menelepon karena mesin cuci yang baru "
                "dibelinya bocor. Agen langsung menjadwalkan kunjungan teknisi hari itu juga. "
                "Pekerjaan apa yang sedang dilakukan agen?"
            ),
            "choices": [
                {
                    "text": "Layanan pelanggan",
                    "correct": True,
                    "feedback": (
                        "<p>Tepat. Pelanggan datang dengan masalah, dan agen menyelesaikannya "
                        "dengan cepat dalam satu kontak: reaktif dan transaksional.</p>"
                    ),
                },
                {
                    "text": "Perawatan pelanggan",
                    "correct": False,
                    "feedback": (
                        "<p>Belum tepat. Perawatan dimulai setelah masalah selesai, misalnya "
                        "menghubungi pelanggan beberapa hari kemudian untuk memastikan mesin "
                        "cucinya sudah normal.</p>"
                    ),
                },
                {
                    "text": "Pengalaman pelanggan secara keseluruhan",
                    "correct": False,
                    "feedback": (
                        "<p>Belum tepat. Telepon ini memang ikut membentuk CX, tetapi CX adalah "
                        "seluruh perjalanan. Yang dilakukan agen di sini hanya satu titik "
                        "sentuh.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>CS menjawab masalah saat itu juga. Perawatan menjaga hubungan sesudahnya. "
                "CX adalah kesan dari seluruh perjalanan, dan CS termasuk di dalamnya.</p>"
            ),
        },
    },
]

_M1_L1_EN = [
    {
        "type": "rich_text",
        "value": (
            "<p>In many companies, <strong>customer service</strong> (CS), <strong>customer "
            "care</strong> and <strong>customer experience</strong> (CX) are used as if they "
            "meant the same thing. They are three different jobs, each with its own timing, "
            "scope and measures of success.</p>"
            "<p>Take a bank customer whose debit card is swallowed by an ATM. She calls the "
            "call center, and the agent blocks the card and arranges a replacement. That is "
            "<em>customer service</em>. A week later the bank contacts her to check that the "
            "new card has arrived and works. That is <em>customer care</em>. The whole chain, "
            "from opening the account and using the app to sorting out the swallowed card, "
            "makes up her <em>customer experience</em>.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Three jobs in one table", "level": "h2"},
    },
    {
        "type": "comparison_table",
        "value": {
            "caption": "Customer service, customer care and customer experience",
            "columns": ["Customer service (CS)", "Customer care", "Customer experience (CX)"],
            "rows": [
                {
                    "aspect": "What it is",
                    "cells": [
                        "Help given when a customer asks or has a problem",
                        "The relationship kept up after the problem is solved",
                        "The overall impression from every interaction with the brand",
                    ],
                },
                {
                    "aspect": "Nature",
                    "cells": [
                        "Reactive and transactional: solving problems quickly",
                        "Proactive, personal and emotional: building a long-term relationship",
                        "Proactive, designed end to end",
                    ],
                },
                {
                    "aspect": "Time",
                    "cells": [
                        "Real time, in one contact",
                        "Continuous, after the transaction",
                        "Before, during and after the purchase, all the time",
                    ],
                },
                {
                    "aspect": "Scope",
                    "cells": [
                        "One touchpoint",
                        "The relationship with one customer",
                        "The whole journey, every touchpoint, every team",
                    ],
                },
                {
                    "aspect": "Typical channels",
                    "cells": [
                        "Phone, email, chat, help desk, call center",
                        "Follow-up email, loyalty programme, personal messages",
                        "Website, app, social media, physical store, after-sales, and CS itself",
                    ],
                },
                {
                    "aspect": "Success metrics",
                    "cells": [
                        "Response time, average resolution time, FCR, AHT",
                        "NPS, customer lifetime value (CLV), long-term satisfaction",
                        "CSAT, NPS, CES, retention, churn, loyalty",
                    ],
                },
                {
                    "aspect": "Typical tools",
                    "cells": [
                        "Omnichannel inbox, chatbot for common questions",
                        "CRM, analytics, personalisation",
                        "Customer journey maps, feedback programmes, UX research",
                    ],
                },
            ],
        },
    },
    {
        "type": "rich_text",
        "value": (
            "<p>Look at the <strong>nature</strong> row. Customer service is essentially "
            "<strong>reactive</strong>: it moves when a customer arrives with a problem and "
            "then solves it as fast as it can. As soon as a team acts before it is asked, for "
            "example by letting customers know before they have had to ask, it is moving into "
            "the territory of customer care and CX.</p>"
            "<p>Customer care is about a <strong>personal, long-term</strong> relationship with "
            "each customer. CX is the big picture: the sum of all impressions, including the "
            "impression left by dealing with CS.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "kind": "takeaway",
            "title": "CS is part of CX",
            "body": (
                "<p>Customer service is <strong>one element inside</strong> the customer "
                "experience, not a substitute for it. CS solves today's problem, care looks "
                "after the relationship afterwards, and CX designs the whole journey.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "A customer of an electronics store calls because the washing machine she has "
                "just bought is leaking. The agent books a technician's visit for the same "
                "day. Which job is the agent doing?"
            ),
            "choices": [
                {
                    "text": "Customer service",
                    "correct": True,
                    "feedback": (
                        "<p>Right. The customer came with a problem and the agent solved it "
                        "quickly in one contact: reactive and transactional.</p>"
                    ),
                },
                {
                    "text": "Customer care",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. Care starts after the problem is solved, for example by "
                        "contacting the customer a few days later to check that the washing "
                        "machine now works properly.</p>"
                    ),
                },
                {
                    "text": "The customer experience as a whole",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. This call does shape the CX, but CX is the whole "
                        "journey. What the agent is doing here is a single touchpoint.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>CS answers the problem in the moment. Care looks after the relationship "
                "afterwards. CX is the impression from the whole journey, and CS is part of "
                "it.</p>"
            ),
        },
    },
]

_M1_L2_ID = [
    {
        "type": "rich_text",
        "value": (
            "<p>Pengalaman bukan urusan tambahan. Menurut temuan PwC, <strong>73% "
            "konsumen</strong> menyebut pengalaman sebagai faktor penting ketika mereka "
            "memutuskan untuk membeli. Pelanggan menilai seluruh perjalanan, bukan hanya "
            "keramahan petugas.</p>"
            "<p>Karena CS hanya satu titik sentuh, berlaku dua hal sekaligus: layanan yang "
            "sangat baik <strong>tidak dapat menyelamatkan</strong> perjalanan yang buruk, dan "
            "layanan yang buruk <strong>dapat merusak</strong> perjalanan yang sebenarnya sudah "
            "baik.</p>"
        ),
    },
    {
        "type": "quote",
        "value": {
            "quote": (
                "Saya melaporkan tagihan paket data yang terpotong dua kali lewat chat. Lalu "
                "saya ditelepon balik, lalu diminta datang ke gerai. Di setiap tempat saya harus "
                "menyebutkan lagi nomor, nama lengkap, dan kronologinya dari awal. Semua petugas "
                "sopan, tapi rasanya seperti mulai dari nol setiap kali."
            ),
            "attribution": "Pelanggan operator seluler di Medan",
            "case_title": "Tiga saluran, data yang sama",
        },
    },
    {
        "type": "rich_text",
        "value": (
            "<p>Dalam kasus ini tidak ada agen yang berbuat salah. Masalahnya ada pada "
            "perjalanan: informasi tidak ikut berpindah dari satu saluran ke saluran berikutnya. "
            "Pelanggan yang harus mengulang data yang sama kepada beberapa agen tetap mengalami "
            "pengalaman buruk, <em>meskipun semua agen bersikap sopan</em>. Pelatihan keramahan "
            "tidak akan menolong. Yang menolong adalah riwayat pelanggan yang bisa dilihat oleh "
            "setiap tim.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Contoh klasik: layanan dan pengalaman yang menyatu", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<p>Apple sering dijadikan contoh klasik perusahaan yang memadukan CS yang "
            "responsif dengan pengalaman yang mulus di toko fisik, aplikasi, dan layanan "
            "purnajual. Pelajarannya bukan soal besar kecilnya perusahaan, melainkan soal "
            "<strong>keterpaduan</strong>: layanan yang cepat terasa istimewa karena perjalanan "
            "di sekelilingnya juga dirancang dengan rapi.</p>"
            "<p>Prinsip yang sama berlaku di mana saja. Sebuah toko ritel bisa punya petugas "
            "yang sangat ramah, tetapi jika navigasi situsnya membingungkan dan informasi "
            "produknya tidak lengkap, pelanggan tetap pergi.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "kind": "warning",
            "title": "Jangan menambal masalah perjalanan dengan pelatihan CS",
            "body": (
                "<p>Jika penilaian terhadap tim CS sudah tinggi tetapi pelanggan tetap tidak "
                "kembali, cari penyebabnya di bagian lain perjalanan: navigasi situs, "
                "informasi produk, atau proses retur.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Sebuah toko online mendapat nilai kepuasan tinggi untuk layanan chat-nya, "
                "tetapi banyak pelanggan tidak pernah belanja lagi. Apa langkah pertama yang "
                "paling masuk akal?"
            ),
            "choices": [
                {
                    "text": "Melatih ulang tim chat agar lebih ramah",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Tim chat sudah dinilai baik. Melatihnya lagi tidak "
                        "menyentuh penyebab pelanggan pergi.</p>"
                    ),
                },
                {
                    "text": (
                        "Menelusuri bagian lain perjalanan, seperti halaman produk, checkout, "
                        "dan proses retur"
                    ),
                    "correct": True,
                    "feedback": (
                        "<p>Tepat. Jika CS sudah baik tetapi pelanggan tidak kembali, "
                        "masalahnya kemungkinan besar ada di titik sentuh lain.</p>"
                    ),
                },
                {
                    "text": "Menambah jumlah agen chat agar respons lebih cepat",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Kecepatan CS bukan masalahnya. Menambah agen hanya "
                        "menambah biaya tanpa memperbaiki perjalanan.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>CS yang baik tidak dapat menyelamatkan perjalanan yang buruk. Lihat seluruh "
                "perjalanan sebelum memutuskan apa yang perlu diperbaiki.</p>"
            ),
        },
    },
]

_M1_L2_EN = [
    {
        "type": "rich_text",
        "value": (
            "<p>Experience is not an extra. PwC found that <strong>73% of consumers</strong> "
            "call experience an important factor in their decision to buy. Customers judge "
            "the whole journey, not just how friendly the staff are.</p>"
            "<p>Because CS is only one touchpoint, two things are true at once: excellent "
            "service <strong>cannot rescue</strong> a poor journey, and poor service "
            "<strong>can spoil</strong> a journey that is otherwise good.</p>"
        ),
    },
    {
        "type": "quote",
        "value": {
            "quote": (
                "I reported by chat that my data package had been charged twice. Then they "
                "called me back, then they asked me to come to an outlet. At every step I had "
                "to give my number, my full name and the whole story again from the start. "
                "Everyone was polite, but it felt like starting from zero every time."
            ),
            "attribution": "Mobile operator customer in Medan",
            "case_title": "Three channels, the same data",
        },
    },
    {
        "type": "rich_text",
        "value": (
            "<p>In this case no agent did anything wrong. The problem lies in the journey: "
            "information does not travel from one channel to the next. A customer who has to "
            "repeat the same data to several agents has a bad experience, <em>even when every "
            "agent is polite</em>. Politeness training will not help. What helps is a customer "
            "history that every team can see.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "A classic example: service and experience as one", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<p>Apple is often held up as the classic example of a company that combines "
            "responsive CS with a seamless experience across its physical stores, its app and "
            "its after-sales service. The lesson is not about the size of the company but "
            "about <strong>integration</strong>: fast service feels special because the "
            "journey around it is carefully designed too.</p>"
            "<p>The same principle applies everywhere. A retail store can have wonderfully "
            "friendly staff, but if its website is confusing to navigate and its product "
            "information is incomplete, customers still leave.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "kind": "warning",
            "title": "Don't patch a journey problem with CS training",
            "body": (
                "<p>If the CS team already scores well but customers still don't come back, "
                "look for the cause elsewhere in the journey: website navigation, product "
                "information or the returns process.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "An online shop gets high satisfaction scores for its chat service, yet many "
                "customers never buy again. What is the most sensible first step?"
            ),
            "choices": [
                {
                    "text": "Retrain the chat team to be friendlier",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. The chat team already scores well. Training it again "
                        "does not touch the reason customers leave.</p>"
                    ),
                },
                {
                    "text": (
                        "Look into other parts of the journey, such as the product pages, "
                        "checkout and the returns process"
                    ),
                    "correct": True,
                    "feedback": (
                        "<p>Right. If CS is already good but customers don't return, the "
                        "problem most likely sits at another touchpoint.</p>"
                    ),
                },
                {
                    "text": "Hire more chat agents so responses are faster",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. CS speed is not the problem. More agents only add cost "
                        "without improving the journey.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>Good CS cannot rescue a poor journey. Look at the whole journey before "
                "deciding what to fix.</p>"
            ),
        },
    },
]

_M1_L3_ID = [
    {
        "type": "heading",
        "value": {"text": "Satu tim atau dua tim?", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<p><strong>Bisnis kecil</strong>, seperti toko online rumahan atau kedai kopi "
            "dengan tiga karyawan, tidak perlu membentuk tim terpisah. CS dan perawatan "
            "pelanggan bisa dijalankan oleh orang yang sama, asalkan cara berpikirnya berubah: "
            "setelah masalah selesai, tanyakan juga bagaimana hubungan dengan pelanggan itu "
            "bisa berlanjut.</p>"
            "<p><strong>Bisnis besar</strong>, seperti bank atau operator seluler dengan jutaan "
            "pelanggan, sering memisahkan keduanya. Tim CS diukur dari "
            "<strong>kecepatan</strong>: waktu respons dan waktu penyelesaian. Tim perawatan "
            "diukur dari <strong>personalisasi dan kedalaman</strong> hubungan.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Tiga kesalahan umum dalam perawatan pelanggan", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<ol>"
            "<li><strong>Menganggap perawatan sebagai pemadam kebakaran.</strong> Perusahaan "
            "baru menghubungi pelanggan ketika ada keluhan besar atau ulasan buruk. Perawatan "
            "yang sebenarnya berjalan terus, juga saat tidak ada masalah.</li>"
            "<li><strong>Apresiasi yang tidak tulus.</strong> Ucapan terima kasih yang terdengar "
            "seperti formalitas justru membuat pelanggan merasa tidak dihargai.</li>"
            "<li><strong>Pesan otomatis yang generik.</strong> Pesan massal “Yth. Pelanggan” "
            "tanpa nama, riwayat, atau konteks bukanlah personalisasi, meskipun dikirim tepat "
            "waktu.</li>"
            "</ol>"
        ),
    },
    {
        "type": "quote",
        "value": {
            "quote": (
                "Sudah lima tahun saya jadi nasabah. Ucapan ulang tahun dari bank datang tepat "
                "waktu, tapi nama saya salah eja dan isinya sama persis dengan yang diterima "
                "teman saya. Rasanya seperti dikirim mesin, bukan oleh bank saya."
            ),
            "attribution": "Nasabah bank di Surabaya",
            "case_title": "",
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "tip",
            "title": "Ujian sederhana sebelum mengirim pesan",
            "body": (
                "<p>Tanyakan pada diri Anda: <em>apakah pesan ini tetap masuk akal jika dikirim "
                "ke pelanggan lain?</em> Jika jawabannya ya, pesan itu belum personal.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Seorang pelanggan sudah menerima pengembalian dana Rp 350.000 untuk blender "
                "yang rusak. Tindakan perawatan pelanggan mana yang paling tepat?"
            ),
            "choices": [
                {
                    "text": (
                        "Mengirim pesan massal “Terima kasih telah berbelanja” ke semua "
                        "pembeli bulan ini"
                    ),
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Pesan massal yang generik tidak menyentuh pengalaman "
                        "pelanggan ini sama sekali.</p>"
                    ),
                },
                {
                    "text": (
                        "Menghubunginya beberapa hari kemudian, menanyakan apakah semuanya sudah "
                        "beres, dan meminta maaf dengan tulus atas blender yang rusak"
                    ),
                    "correct": True,
                    "feedback": (
                        "<p>Tepat. Ini personal, tulus, dan terjadi setelah masalahnya "
                        "selesai: itulah perawatan pelanggan.</p>"
                    ),
                },
                {
                    "text": "Tidak melakukan apa-apa, karena masalahnya sudah selesai",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Di titik inilah tugas CS selesai, tetapi perawatan "
                        "pelanggan justru baru dimulai.</p>"
                    ),
                },
                {
                    "text": "Menunggu sampai pelanggan mengeluh lagi, lalu memberinya voucher",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Itu perawatan sebagai pemadam kebakaran: baru bergerak "
                        "ketika ada masalah.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>Perawatan pelanggan bersifat proaktif, personal, dan tulus. Ia dimulai "
                "tepat ketika tugas CS selesai.</p>"
            ),
        },
    },
]

_M1_L3_EN = [
    {
        "type": "heading",
        "value": {"text": "One team or two?", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<p><strong>Small businesses</strong>, such as a home-based online shop or a "
            "coffee stall with three employees, don't need separate teams. The same people can "
            "run CS and customer care, as long as their mindset changes: once a problem is "
            "solved, they also ask how the relationship with that customer can continue.</p>"
            "<p><strong>Large businesses</strong>, such as a bank or a mobile operator with "
            "millions of customers, often split the two. The CS team is measured on "
            "<strong>speed</strong>: response time and resolution time. The care team is "
            "measured on <strong>personalisation and depth</strong> of the relationship.</p>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Three common customer care mistakes", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<ol>"
            "<li><strong>Treating care as damage control.</strong> The company only contacts "
            "customers after a big complaint or a bad review. Real care is ongoing, including "
            "when nothing has gone wrong.</li>"
            "<li><strong>Insincere appreciation.</strong> A thank-you that sounds like a "
            "formality makes customers feel less valued, not more.</li>"
            "<li><strong>Generic automated messages.</strong> A mass message to “Dear "
            "Customer” with no name, history or context is not personalisation, however "
            "well timed it is.</li>"
            "</ol>"
        ),
    },
    {
        "type": "quote",
        "value": {
            "quote": (
                "I've been with this bank for five years. Their birthday greeting arrived on "
                "the day, but my name was misspelt and the text was exactly the same as the "
                "one my friend got. It felt like it came from a machine, not from my bank."
            ),
            "attribution": "Bank customer in Surabaya",
            "case_title": "",
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "tip",
            "title": "A simple test before you send a message",
            "body": (
                "<p>Ask yourself: <em>would this message still make sense if it went to a "
                "different customer?</em> If the answer is yes, it is not personal yet.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "A customer has received a refund of Rp 350,000 for a faulty blender. Which "
                "customer care action fits best?"
            ),
            "choices": [
                {
                    "text": (
                        "Send a mass “Thank you for shopping with us” message to every "
                        "buyer this month"
                    ),
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. A generic mass message does not touch this customer's "
                        "experience at all.</p>"
                    ),
                },
                {
                    "text": (
                        "Contact her a few days later, ask whether everything is sorted, and "
                        "apologise sincerely for the faulty blender"
                    ),
                    "correct": True,
                    "feedback": (
                        "<p>Right. It is personal, sincere and comes after the problem is "
                        "solved: that is customer care.</p>"
                    ),
                },
                {
                    "text": "Do nothing, because the problem has been solved",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. This is where the CS job ends, but customer care is only "
                        "just beginning.</p>"
                    ),
                },
                {
                    "text": "Wait until she complains again, then give her a voucher",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. That is care as damage control: acting only when "
                        "something goes wrong.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>Customer care is proactive, personal and sincere. It begins exactly where "
                "the CS job ends.</p>"
            ),
        },
    },
]

# --- Module 2: mapping and measuring ----------------------------------------

_M2_L1_ID = [
    {
        "type": "rich_text",
        "value": (
            "<p>Peta perjalanan pelanggan (customer journey map) menggambarkan apa yang "
            "dialami pelanggan dari saat pertama mengenal merek sampai ia setia, atau pergi. "
            "Perjalanan itu biasanya dibagi menjadi enam tahap:</p>"
            "<ol>"
            "<li><strong>Kesadaran</strong>: pelanggan pertama kali tahu tentang produk.</li>"
            "<li><strong>Pertimbangan</strong>: ia membandingkan pilihan.</li>"
            "<li><strong>Pembelian</strong>: ia membayar.</li>"
            "<li><strong>Penggunaan dan orientasi</strong>: ia mulai memakai produk.</li>"
            "<li><strong>Purnajual dan dukungan</strong>: ia butuh bantuan, retur, atau "
            "perbaikan.</li>"
            "<li><strong>Loyalitas dan advokasi</strong>: ia membeli lagi dan "
            "merekomendasikan.</li>"
            "</ol>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "Apa yang dicatat di setiap tahap", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<ul>"
            "<li><strong>Tujuan pelanggan</strong>: apa yang ingin ia selesaikan.</li>"
            "<li><strong>Titik sentuh dan saluran</strong>: di mana ia bertemu perusahaan.</li>"
            "<li><strong>Emosi</strong>: dari −2 (frustrasi) sampai +2 (senang sekali). "
            "Titik-titik ini membentuk kurva emosi.</li>"
            "<li><strong>Titik masalah</strong> (pain points): apa yang menghambatnya.</li>"
            "<li><strong>Pemilik</strong>: tim yang bertanggung jawab atas titik sentuh itu.</li>"
            "</ul>"
            "<p>Setiap peta dibuat untuk satu <strong>persona</strong>, yaitu kelompok "
            "pelanggan yang disusun berdasarkan perilaku, demografi, preferensi, dan tujuannya. "
            "Satu peta untuk semua orang sudah tidak lagi berhasil.</p>"
        ),
    },
    {
        "type": "journey_map",
        "value": {
            "title": "Menukar sepatu yang kekecilan",
            "persona": (
                "Ayu, 34, karyawan kantor di Bandung, membeli sepatu kerja seharga Rp 450.000 "
                "lewat aplikasi belanja"
            ),
            "stages": [
                {
                    "stage": "Pembelian",
                    "customer_goal": "Mendapat sepatu kerja yang pas dengan harga wajar",
                    "touchpoints": "Halaman produk\nTabel ukuran\nCheckout",
                    "channel": "Aplikasi",
                    "emotion": 1,
                    "pain_points": "Tabel ukuran tidak menjelaskan cara mengukur kaki",
                    "owner": "Tim e-commerce",
                },
                {
                    "stage": "Penerimaan barang",
                    "customer_goal": "Mencoba sepatu begitu paket tiba",
                    "touchpoints": "Notifikasi pengiriman\nKurir\nMembuka paket",
                    "channel": "Aplikasi, kurir",
                    "emotion": -1,
                    "pain_points": "Sepatu kekecilan satu nomor",
                    "owner": "Tim logistik",
                },
                {
                    "stage": "Permintaan retur",
                    "customer_goal": "Menukar ukuran tanpa repot",
                    "touchpoints": "Halaman bantuan\nFormulir retur\nChat dengan CS",
                    "channel": "Aplikasi, chat",
                    "emotion": -2,
                    "pain_points": (
                        "Menu retur tersembunyi di halaman bantuan\n"
                        "Formulir meminta ulang nomor pesanan dan alamat\n"
                        "Agen chat meminta foto yang sudah diunggah"
                    ),
                    "owner": "Layanan pelanggan",
                },
                {
                    "stage": "Pengiriman balik",
                    "customer_goal": "Mengirim sepatu kembali dengan mudah",
                    "touchpoints": "Label pengiriman\nTitik antar kurir",
                    "channel": "Kurir",
                    "emotion": -1,
                    "pain_points": "Label harus dicetak sendiri, padahal Ayu tidak punya printer",
                    "owner": "Tim logistik",
                },
                {
                    "stage": "Penukaran",
                    "customer_goal": "Menerima ukuran yang benar secepatnya",
                    "touchpoints": "Email status\nNotifikasi aplikasi",
                    "channel": "Email, aplikasi",
                    "emotion": 0,
                    "pain_points": "Status tidak berubah selama lima hari",
                    "owner": "Tim gudang",
                },
                {
                    "stage": "Loyalitas",
                    "customer_goal": "Memutuskan apakah akan belanja di sini lagi",
                    "touchpoints": (
                        "Pesan tindak lanjut personal\nVoucher permintaan maaf\n"
                        "Undangan program loyalitas"
                    ),
                    "channel": "Chat, aplikasi",
                    "emotion": 1,
                    "pain_points": "",
                    "owner": "Perawatan pelanggan",
                },
            ],
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "example",
            "title": "Membaca peta ini",
            "body": (
                "<p>Titik terendah ada pada <strong>permintaan retur</strong>. Temuan seperti "
                "ini sangat umum: formulir yang panjang, data yang diminta dua kali, dan proses "
                "retur yang menyulitkan. Perhatikan juga bahwa masalah di tahap ini dimiliki "
                "oleh beberapa tim sekaligus, bukan hanya CS.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Anggaran Anda hanya cukup untuk satu perbaikan pada perjalanan Ayu. Mana yang "
                "memberi dampak terbesar dibandingkan usahanya?"
            ),
            "choices": [
                {
                    "text": (
                        "Mengisi otomatis data pesanan di formulir retur dan menaruh tombol "
                        "retur di halaman pesanan"
                    ),
                    "correct": True,
                    "feedback": (
                        "<p>Tepat. Perbaikan ini menyasar titik terendah kurva dan menghapus "
                        "dua masalah sekaligus: menu yang tersembunyi dan data yang diminta "
                        "ulang.</p>"
                    ),
                },
                {
                    "text": "Memberi diskon tambahan di tahap pembelian",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Emosi Ayu di tahap pembelian sudah positif. Diskon "
                        "tidak mengurangi kesulitan saat retur.</p>"
                    ),
                },
                {
                    "text": "Melatih agen chat agar lebih sopan",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Masalahnya bukan sopan santun, melainkan proses yang "
                        "memaksa Ayu mengulang data dan foto.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>Peta perjalanan membantu Anda memilih perbaikan dengan dampak terbesar "
                "dibandingkan usahanya. Mulailah dari titik emosi terendah.</p>"
            ),
        },
    },
]

_M2_L1_EN = [
    {
        "type": "rich_text",
        "value": (
            "<p>A customer journey map shows what a customer goes through from first hearing "
            "of a brand until they become loyal, or leave. The journey is usually divided into "
            "six stages:</p>"
            "<ol>"
            "<li><strong>Awareness</strong>: the customer first learns about the product.</li>"
            "<li><strong>Consideration</strong>: they compare the options.</li>"
            "<li><strong>Purchase</strong>: they pay.</li>"
            "<li><strong>Use and onboarding</strong>: they start using the product.</li>"
            "<li><strong>After-sales and support</strong>: they need help, a return or a "
            "repair.</li>"
            "<li><strong>Loyalty and advocacy</strong>: they buy again and recommend.</li>"
            "</ol>"
        ),
    },
    {
        "type": "heading",
        "value": {"text": "What to record at each stage", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<ul>"
            "<li><strong>Customer goal</strong>: what they want to get done.</li>"
            "<li><strong>Touchpoints and channel</strong>: where they meet the company.</li>"
            "<li><strong>Emotion</strong>: from −2 (frustrated) to +2 (delighted). Together "
            "these points form the emotion curve.</li>"
            "<li><strong>Pain points</strong>: what gets in their way.</li>"
            "<li><strong>Owner</strong>: the team responsible for that touchpoint.</li>"
            "</ul>"
            "<p>Each map is made for one <strong>persona</strong>: a group of customers "
            "defined by behaviour, demographics, preferences and goals. One map for everyone "
            "no longer works.</p>"
        ),
    },
    {
        "type": "journey_map",
        "value": {
            "title": "Exchanging shoes that are too small",
            "persona": (
                "Ayu, 34, office worker in Bandung, buys work shoes for Rp 450,000 in a "
                "shopping app"
            ),
            "stages": [
                {
                    "stage": "Purchase",
                    "customer_goal": "Get work shoes that fit, at a fair price",
                    "touchpoints": "Product page\nSize chart\nCheckout",
                    "channel": "App",
                    "emotion": 1,
                    "pain_points": "The size chart does not explain how to measure your foot",
                    "owner": "E-commerce team",
                },
                {
                    "stage": "Delivery",
                    "customer_goal": "Try the shoes on as soon as the parcel arrives",
                    "touchpoints": "Shipping notification\nCourier\nUnboxing",
                    "channel": "App, courier",
                    "emotion": -1,
                    "pain_points": "The shoes are one size too small",
                    "owner": "Logistics team",
                },
                {
                    "stage": "Return request",
                    "customer_goal": "Exchange the size without any hassle",
                    "touchpoints": "Help page\nReturn form\nChat with CS",
                    "channel": "App, chat",
                    "emotion": -2,
                    "pain_points": (
                        "The returns option is hidden in the help page\n"
                        "The form asks again for the order number and address\n"
                        "The chat agent asks for photos she has already uploaded"
                    ),
                    "owner": "Customer service",
                },
                {
                    "stage": "Sending back",
                    "customer_goal": "Send the shoes back easily",
                    "touchpoints": "Shipping label\nCourier drop-off point",
                    "channel": "Courier",
                    "emotion": -1,
                    "pain_points": "She must print the label herself but has no printer",
                    "owner": "Logistics team",
                },
                {
                    "stage": "Exchange",
                    "customer_goal": "Receive the right size as soon as possible",
                    "touchpoints": "Status email\nApp notification",
                    "channel": "Email, app",
                    "emotion": 0,
                    "pain_points": "The status does not change for five days",
                    "owner": "Warehouse team",
                },
                {
                    "stage": "Loyalty",
                    "customer_goal": "Decide whether to shop here again",
                    "touchpoints": (
                        "Personal follow-up message\nApology voucher\nLoyalty programme invitation"
                    ),
                    "channel": "Chat, app",
                    "emotion": 1,
                    "pain_points": "",
                    "owner": "Customer care",
                },
            ],
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "example",
            "title": "Reading this map",
            "body": (
                "<p>The lowest point is the <strong>return request</strong>. Findings like "
                "this are very common: long forms, data asked for twice and a painful returns "
                "process. Notice too that the problems at this stage belong to several teams "
                "at once, not only CS.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Your budget covers only one improvement to Ayu's journey. Which one has the "
                "biggest impact for the effort?"
            ),
            "choices": [
                {
                    "text": (
                        "Pre-fill the order data in the return form and put a returns button "
                        "on the order page"
                    ),
                    "correct": True,
                    "feedback": (
                        "<p>Right. It targets the lowest point of the curve and removes two "
                        "problems at once: the hidden option and the data asked for again.</p>"
                    ),
                },
                {
                    "text": "Offer an extra discount at the purchase stage",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. Ayu already feels positive at the purchase stage. A "
                        "discount does not make the return any easier.</p>"
                    ),
                },
                {
                    "text": "Train the chat agents to be more polite",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. The problem is not manners but a process that makes Ayu "
                        "repeat her data and photos.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>A journey map helps you pick the improvements with the biggest impact for "
                "the effort. Start at the lowest point of the emotion curve.</p>"
            ),
        },
    },
]

_M2_L2_ID = [
    {
        "type": "rich_text",
        "value": (
            "<p>Dua survei yang paling sering dipakai untuk mengukur CX adalah "
            "<strong>CSAT</strong> dan <strong>NPS</strong>. Keduanya sama-sama pendek, tetapi "
            "menjawab pertanyaan yang berbeda.</p>"
            "<ul>"
            "<li><strong>CSAT</strong> memberi gambaran <em>mikro</em>: seberapa puas pelanggan "
            "dengan satu interaksi. Hasilnya memicu perbaikan taktis jangka pendek.</li>"
            "<li><strong>NPS</strong> memberi gambaran <em>makro</em>: seberapa loyal pelanggan "
            "terhadap merek secara keseluruhan.</li>"
            "</ul>"
        ),
    },
    {
        "type": "metric_formula",
        "value": {
            "name": "CSAT",
            "formula": "CSAT = jawaban puas ÷ semua jawaban × 100%",
            "scale": "Jawaban 1–5; hasil 0–100%",
            "variables": [
                {
                    "symbol": "jawaban puas",
                    "meaning": "Jawaban bernilai 4 atau 5 pada skala 1–5",
                },
                {
                    "symbol": "semua jawaban",
                    "meaning": "Seluruh jawaban survei, termasuk nilai 1, 2, dan 3",
                },
            ],
            "example_problem": (
                "Setelah chat dengan CS sebuah bank, 200 nasabah menjawab pertanyaan "
                "“Seberapa puas Anda dengan layanan kami hari ini?”. Sebanyak 160 "
                "orang memberi nilai 4 atau 5."
            ),
            "example_working": "Jawaban puas: 160\nSemua jawaban: 200\n160 ÷ 200 × 100% = 80%",
            "example_result": "CSAT = 80%",
            "when_to_use": (
                "Untuk menilai satu interaksi atau satu transaksi, segera setelah terjadi. "
                "Cocok untuk menemukan perbaikan cepat."
            ),
        },
    },
    {
        "type": "metric_formula",
        "value": {
            "name": "NPS",
            "formula": "NPS = % promotor − % detraktor",
            "scale": "Jawaban 0–10; skor dari −100 sampai +100",
            "variables": [
                {
                    "symbol": "% promotor",
                    "meaning": "Bagian dari semua jawaban yang bernilai 9 atau 10",
                },
                {
                    "symbol": "% detraktor",
                    "meaning": "Bagian dari semua jawaban yang bernilai 0 sampai 6",
                },
                {
                    "symbol": "pasif",
                    "meaning": (
                        "Jawaban 7 atau 8: dihitung dalam total, tetapi tidak masuk "
                        "kelompok mana pun"
                    ),
                },
            ],
            "example_problem": (
                "Sebuah operator seluler bertanya kepada pelanggannya: “Seberapa besar "
                "kemungkinan Anda merekomendasikan kami kepada teman atau keluarga?”. Dari "
                "200 jawaban, 90 adalah promotor, 70 pasif, dan 40 detraktor."
            ),
            "example_working": (
                "Total jawaban: 90 + 70 + 40 = 200\n"
                "% promotor: 90 ÷ 200 = 45%\n"
                "% detraktor: 40 ÷ 200 = 20%\n"
                "NPS = 45% − 20% = 25"
            ),
            "example_result": "NPS = 25",
            "when_to_use": (
                "Untuk mengukur hubungan dan loyalitas secara keseluruhan, secara berkala. "
                "Jangan memakainya untuk menilai satu percakapan; untuk itu gunakan CSAT."
            ),
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "warning",
            "title": "Jangan buang jawaban pasif",
            "body": (
                "<p>Pelanggan yang memberi nilai 7 atau 8 <strong>tetap dihitung</strong> dalam "
                "total 200 jawaban, tetapi tidak masuk ke kelompok promotor maupun detraktor. "
                "Jika mereka dikeluarkan dari total, hasilnya keliru: 90 ÷ 130 dan 40 ÷ 130 "
                "memberi sekitar 69% − 31% = 38, bukan 25. Ingat juga bahwa NPS ditulis "
                "sebagai angka, bukan persen.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Sebuah toko ritel mengumpulkan 100 jawaban survei NPS: 50 promotor, 30 pasif, "
                "dan 20 detraktor. Berapa NPS-nya?"
            ),
            "choices": [
                {
                    "text": "30",
                    "correct": True,
                    "feedback": (
                        "<p>Tepat. 50 ÷ 100 = 50% promotor, 20 ÷ 100 = 20% detraktor, jadi "
                        "NPS = 50 − 20 = 30.</p>"
                    ),
                },
                {
                    "text": "37,5",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Anda mengeluarkan 30 jawaban pasif dari total. "
                        "Mereka tetap dihitung dalam 100 jawaban.</p>"
                    ),
                },
                {
                    "text": "60",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Anda menggabungkan jawaban pasif dengan promotor. "
                        "Pasif tidak masuk kelompok mana pun.</p>"
                    ),
                },
                {
                    "text": "80",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. 80 adalah promotor ditambah pasif. NPS adalah "
                        "persentase promotor dikurangi persentase detraktor.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>NPS = % promotor − % detraktor, dengan semua jawaban, termasuk yang pasif, "
                "sebagai pembagi.</p>"
            ),
        },
    },
]

_M2_L2_EN = [
    {
        "type": "rich_text",
        "value": (
            "<p>The two surveys used most often to measure CX are <strong>CSAT</strong> and "
            "<strong>NPS</strong>. Both are short, but they answer different questions.</p>"
            "<ul>"
            "<li><strong>CSAT</strong> gives a <em>micro</em> view: how satisfied customers are "
            "with one interaction. Its results lead to short-term, tactical fixes.</li>"
            "<li><strong>NPS</strong> gives a <em>macro</em> view: how loyal customers are to "
            "the brand as a whole.</li>"
            "</ul>"
        ),
    },
    {
        "type": "metric_formula",
        "value": {
            "name": "CSAT",
            "formula": "CSAT = satisfied responses ÷ all responses × 100%",
            "scale": "Answers from 1 to 5; result from 0 to 100%",
            "variables": [
                {
                    "symbol": "satisfied responses",
                    "meaning": "Answers of 4 or 5 on the 1–5 scale",
                },
                {
                    "symbol": "all responses",
                    "meaning": "Every survey answer, including scores of 1, 2 and 3",
                },
            ],
            "example_problem": (
                "After chatting with a bank's CS, 200 customers answer the question “How "
                "satisfied are you with our service today?”. 160 of them give a 4 or a 5."
            ),
            "example_working": (
                "Satisfied responses: 160\nAll responses: 200\n160 ÷ 200 × 100% = 80%"
            ),
            "example_result": "CSAT = 80%",
            "when_to_use": (
                "To judge one interaction or one transaction, right after it happens. Good for "
                "finding quick fixes."
            ),
        },
    },
    {
        "type": "metric_formula",
        "value": {
            "name": "NPS",
            "formula": "NPS = % promoters − % detractors",
            "scale": "Answers from 0 to 10; score from −100 to +100",
            "variables": [
                {"symbol": "% promoters", "meaning": "Share of all answers that are 9 or 10"},
                {"symbol": "% detractors", "meaning": "Share of all answers from 0 to 6"},
                {
                    "symbol": "passives",
                    "meaning": "Answers of 7 or 8: counted in the total, but in neither group",
                },
            ],
            "example_problem": (
                "A mobile operator asks its customers: “How likely are you to recommend us "
                "to a friend or family member?”. Of 200 answers, 90 are promoters, 70 "
                "passives and 40 detractors."
            ),
            "example_working": (
                "Total answers: 90 + 70 + 40 = 200\n"
                "% promoters: 90 ÷ 200 = 45%\n"
                "% detractors: 40 ÷ 200 = 20%\n"
                "NPS = 45% − 20% = 25"
            ),
            "example_result": "NPS = 25",
            "when_to_use": (
                "To measure the relationship and loyalty as a whole, at regular intervals. "
                "Don't use it to judge a single conversation; use CSAT for that."
            ),
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "warning",
            "title": "Don't throw away the passives",
            "body": (
                "<p>Customers who answer 7 or 8 <strong>still count</strong> in the total of "
                "200 answers, but belong to neither the promoters nor the detractors. Leave "
                "them out of the total and the result is wrong: 90 ÷ 130 and 40 ÷ 130 give "
                "about 69% − 31% = 38, not 25. Remember too that NPS is written as a number, "
                "not a percentage.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "A retail store collects 100 NPS survey answers: 50 promoters, 30 passives and "
                "20 detractors. What is its NPS?"
            ),
            "choices": [
                {
                    "text": "30",
                    "correct": True,
                    "feedback": (
                        "<p>Right. 50 ÷ 100 = 50% promoters, 20 ÷ 100 = 20% detractors, so "
                        "NPS = 50 − 20 = 30.</p>"
                    ),
                },
                {
                    "text": "37.5",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. You left the 30 passives out of the total. They still "
                        "count in the 100 answers.</p>"
                    ),
                },
                {
                    "text": "60",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. You added the passives to the promoters. Passives belong "
                        "to neither group.</p>"
                    ),
                },
                {
                    "text": "80",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. 80 is promoters plus passives. NPS is the percentage of "
                        "promoters minus the percentage of detractors.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>NPS = % promoters − % detractors, with all answers, passives included, as "
                "the denominator.</p>"
            ),
        },
    },
]

_M2_L3_ID = [
    {
        "type": "rich_text",
        "value": (
            "<p>Tidak ada satu metrik yang menjawab semua pertanyaan. Mulailah dari "
            "<strong>pertanyaannya</strong>, baru pilih angkanya. Tabel berikut memasangkan "
            "pertanyaan yang paling sering muncul dengan metrik yang cocok.</p>"
        ),
    },
    {
        "type": "comparison_table",
        "value": {
            "caption": "Pertanyaan apa, metrik apa",
            "columns": ["Metrik yang cocok", "Contoh di lapangan"],
            "rows": [
                {
                    "aspect": "Seberapa baik satu interaksi?",
                    "cells": ["CSAT", "Survei singkat setelah chat dengan CS bank"],
                },
                {
                    "aspect": "Seberapa mudah satu proses?",
                    "cells": [
                        "CES (customer effort score)",
                        "Retur di aplikasi belanja, aktivasi kartu SIM baru",
                    ],
                },
                {
                    "aspect": "Seberapa kuat hubungan dengan pelanggan?",
                    "cells": ["NPS", "Survei berkala kepada pelanggan operator seluler"],
                },
                {
                    "aspect": "Apa dampaknya pada bisnis?",
                    "cells": [
                        "Retensi, churn, CLV",
                        "Laporan kuartalan pelanggan toko ritel",
                    ],
                },
                {
                    "aspect": "Seberapa lancar operasi CS?",
                    "cells": [
                        "FCR, AHT, waktu penyelesaian rata-rata",
                        "Dasbor harian contact center",
                    ],
                },
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Metrik lain yang perlu Anda kenal", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<ul>"
            "<li><strong>CES</strong>: seberapa setuju pelanggan dengan pernyataan "
            "“perusahaan memudahkan saya menyelesaikan urusan saya”, biasanya pada "
            "skala 1–7. Dilaporkan sebagai rata-rata, atau persentase yang setuju (5–7). "
            "Usaha yang rendah menandakan loyalitas lebih tinggi dan churn lebih rendah.</li>"
            "<li><strong>Churn</strong> = pelanggan yang hilang selama periode ÷ pelanggan di "
            "awal periode × 100%. Contoh: 150 dari 1.000 pelanggan pergi, churn 15%.</li>"
            "<li><strong>CLV</strong> (versi sederhana) = nilai rata-rata pesanan × jumlah "
            "pembelian per tahun × lama menjadi pelanggan (tahun). Contoh: Rp 250.000 × 6 × 3 "
            "= Rp 4.500.000.</li>"
            "<li><strong>FCR</strong> = masalah yang selesai pada kontak pertama ÷ semua "
            "masalah × 100%.</li>"
            "<li><strong>AHT</strong> = (waktu bicara + waktu tunggu + pekerjaan setelah "
            "kontak) ÷ jumlah kontak yang ditangani.</li>"
            "<li><strong>Waktu penyelesaian rata-rata</strong> = total waktu penyelesaian ÷ "
            "jumlah tiket yang diselesaikan.</li>"
            "</ul>"
        ),
    },
    {
        "type": "metric_formula",
        "value": {
            "name": "Retensi pelanggan",
            "formula": "Retensi = (E − N) ÷ S × 100%",
            "scale": "Hasil dalam persen, 0–100%",
            "variables": [
                {"symbol": "S", "meaning": "Jumlah pelanggan di awal periode"},
                {"symbol": "E", "meaning": "Jumlah pelanggan di akhir periode"},
                {"symbol": "N", "meaning": "Pelanggan baru yang didapat selama periode"},
            ],
            "example_problem": (
                "Sebuah jaringan minimarket punya 1.000 anggota aktif di awal kuartal. Selama "
                "kuartal itu ada 200 anggota baru, dan di akhir kuartal jumlahnya 1.050."
            ),
            "example_working": ("E − N = 1.050 − 200 = 850\n850 ÷ 1.000 = 0,85\n0,85 × 100% = 85%"),
            "example_result": "Retensi = 85%",
            "when_to_use": (
                "Untuk melihat dampak CX pada bisnis: apakah pelanggan lama bertahan. "
                "Pelanggan baru dikurangkan agar promosi besar tidak menutupi pelanggan "
                "yang pergi."
            ),
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "takeaway",
            "title": "Baca metrik bersama-sama",
            "body": (
                "<p>Satu angka jarang bercerita lengkap. CSAT untuk CS yang tinggi tetapi "
                "retensi yang rendah adalah tanda bahwa masalahnya ada di bagian lain "
                "perjalanan, bukan di tim CS. Putuskan berdasarkan data, bukan asumsi.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Tim Anda baru saja menyederhanakan proses retur di aplikasi belanja. Metrik "
                "apa yang paling tepat untuk menilai apakah proses itu sekarang lebih mudah "
                "bagi pelanggan?"
            ),
            "choices": [
                {
                    "text": "CES",
                    "correct": True,
                    "feedback": (
                        "<p>Tepat. CES mengukur seberapa mudah pelanggan menyelesaikan satu "
                        "proses, seperti retur.</p>"
                    ),
                },
                {
                    "text": "NPS",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. NPS mengukur hubungan secara keseluruhan, sehingga "
                        "tidak bisa menunjukkan apakah satu proses menjadi lebih mudah.</p>"
                    ),
                },
                {
                    "text": "AHT",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. AHT mengukur efisiensi operasi CS, bukan usaha yang "
                        "dikeluarkan pelanggan.</p>"
                    ),
                },
                {
                    "text": "Jumlah pelanggan baru",
                    "correct": False,
                    "feedback": (
                        "<p>Kurang tepat. Angka ini tentang mendapatkan pelanggan, bukan "
                        "tentang pengalaman pelanggan yang sudah ada saat melakukan retur.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>CSAT untuk satu interaksi, CES untuk satu proses, NPS untuk hubungan, "
                "retensi, churn, dan CLV untuk dampak bisnis, serta FCR dan AHT untuk operasi "
                "CS.</p>"
            ),
        },
    },
]

_M2_L3_EN = [
    {
        "type": "rich_text",
        "value": (
            "<p>No single metric answers every question. Start from the "
            "<strong>question</strong>, then choose the number. The table below pairs the "
            "questions that come up most often with the metric that fits.</p>"
        ),
    },
    {
        "type": "comparison_table",
        "value": {
            "caption": "Which question, which metric",
            "columns": ["Metric that fits", "Example in practice"],
            "rows": [
                {
                    "aspect": "How good was one interaction?",
                    "cells": ["CSAT", "A short survey after a chat with a bank's CS"],
                },
                {
                    "aspect": "How easy is one process?",
                    "cells": [
                        "CES (customer effort score)",
                        "Returns in a shopping app, activating a new SIM card",
                    ],
                },
                {
                    "aspect": "How strong is the relationship with customers?",
                    "cells": ["NPS", "A regular survey of a mobile operator's customers"],
                },
                {
                    "aspect": "What is the impact on the business?",
                    "cells": [
                        "Retention, churn, CLV",
                        "A retail store's quarterly customer report",
                    ],
                },
                {
                    "aspect": "How smoothly do CS operations run?",
                    "cells": [
                        "FCR, AHT, average resolution time",
                        "A contact center's daily dashboard",
                    ],
                },
            ],
        },
    },
    {
        "type": "heading",
        "value": {"text": "Other metrics worth knowing", "level": "h2"},
    },
    {
        "type": "rich_text",
        "value": (
            "<ul>"
            "<li><strong>CES</strong>: how strongly customers agree that “the company "
            "made it easy to handle my issue”, usually on a 1–7 scale. Reported as the "
            "mean, or as the percentage who agree (5–7). Lower effort predicts higher loyalty "
            "and lower churn.</li>"
            "<li><strong>Churn</strong> = customers lost during the period ÷ customers at the "
            "start × 100%. Example: 150 of 1,000 customers leave, churn is 15%.</li>"
            "<li><strong>CLV</strong> (simple version) = average order value × purchases per "
            "year × years as a customer. Example: Rp 250,000 × 6 × 3 = Rp 4,500,000.</li>"
            "<li><strong>FCR</strong> = issues resolved on the first contact ÷ all issues × "
            "100%.</li>"
            "<li><strong>AHT</strong> = (talk time + hold time + after-contact work) ÷ "
            "contacts handled.</li>"
            "<li><strong>Average resolution time</strong> = total time to resolve ÷ tickets "
            "resolved.</li>"
            "</ul>"
        ),
    },
    {
        "type": "metric_formula",
        "value": {
            "name": "Customer retention",
            "formula": "Retention = (E − N) ÷ S × 100%",
            "scale": "Result as a percentage, 0–100%",
            "variables": [
                {"symbol": "S", "meaning": "Customers at the start of the period"},
                {"symbol": "E", "meaning": "Customers at the end of the period"},
                {"symbol": "N", "meaning": "New customers won during the period"},
            ],
            "example_problem": (
                "A minimarket chain has 1,000 active members at the start of the quarter. "
                "During the quarter it gains 200 new members, and at the end it has 1,050."
            ),
            "example_working": "E − N = 1,050 − 200 = 850\n850 ÷ 1,000 = 0.85\n0.85 × 100% = 85%",
            "example_result": "Retention = 85%",
            "when_to_use": (
                "To see the business impact of CX: do existing customers stay? New customers "
                "are subtracted so that a big promotion cannot hide the customers who left."
            ),
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "takeaway",
            "title": "Read metrics together",
            "body": (
                "<p>One number rarely tells the whole story. A high CSAT for CS alongside low "
                "retention is a sign that the problem lies elsewhere in the journey, not in "
                "the CS team. Decide on data, not assumptions.</p>"
            ),
        },
    },
    {
        "type": "knowledge_check",
        "value": {
            "question": (
                "Your team has just simplified the returns process in a shopping app. Which "
                "metric best tells you whether the process is now easier for customers?"
            ),
            "choices": [
                {
                    "text": "CES",
                    "correct": True,
                    "feedback": (
                        "<p>Right. CES measures how easy it is for customers to get through one "
                        "process, such as a return.</p>"
                    ),
                },
                {
                    "text": "NPS",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. NPS measures the relationship as a whole, so it cannot "
                        "show whether one process has become easier.</p>"
                    ),
                },
                {
                    "text": "AHT",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. AHT measures how efficiently CS operates, not how much "
                        "effort the customer has to make.</p>"
                    ),
                },
                {
                    "text": "Number of new customers",
                    "correct": False,
                    "feedback": (
                        "<p>Not quite. That is about winning customers, not about how existing "
                        "customers experience a return.</p>"
                    ),
                },
            ],
            "explanation": (
                "<p>CSAT for one interaction, CES for one process, NPS for the relationship, "
                "retention, churn and CLV for business impact, and FCR and AHT for CS "
                "operations.</p>"
            ),
        },
    },
]

# --- The course ---------------------------------------------------------------

DEMO_COURSE = {
    "slug": "dasar-dasar-cx",
    "estimated_minutes": 60,
    "level": "beginner",
    "id": {
        "title": "Dasar-dasar CX",
        "summary": (
            "Kenali perbedaan layanan pelanggan, perawatan pelanggan, dan pengalaman "
            "pelanggan, lalu pelajari cara memetakan perjalanan pelanggan dan mengukurnya "
            "dengan metrik yang tepat."
        ),
        "learning_outcomes": (
            "Membedakan layanan pelanggan, perawatan pelanggan, dan pengalaman pelanggan\n"
            "Menjelaskan mengapa CS yang baik tidak dapat menyelamatkan perjalanan yang buruk\n"
            "Membaca peta perjalanan pelanggan dan menemukan titik emosi terendahnya\n"
            "Menghitung CSAT dan NPS serta memilih metrik yang tepat untuk setiap pertanyaan"
        ),
    },
    "en": {
        "title": "CX Foundations",
        "summary": (
            "Learn how customer service, customer care and customer experience differ, then "
            "how to map the customer journey and measure it with the right metrics."
        ),
        "learning_outcomes": (
            "Tell customer service, customer care and customer experience apart\n"
            "Explain why good CS cannot rescue a poor journey\n"
            "Read a customer journey map and find its lowest emotional point\n"
            "Calculate CSAT and NPS and choose the right metric for each question"
        ),
    },
    "modules": [
        {
            "slug": "layanan-perawatan-pengalaman",
            "id": {
                "title": "Layanan, perawatan, dan pengalaman pelanggan",
                "summary": (
                    "Tiga pekerjaan yang sering tertukar: apa bedanya, mengapa CS saja tidak "
                    "cukup, dan bagaimana menjalankan perawatan pelanggan dengan tulus."
                ),
            },
            "en": {
                "title": "Service, care and experience",
                "summary": (
                    "Three jobs that are often confused: how they differ, why CS alone is not "
                    "enough, and how to practise customer care sincerely."
                ),
            },
            "lessons": [
                {
                    "slug": "tiga-pekerjaan-berbeda",
                    "minutes": 8,
                    "completion": "mark",
                    "id": {"title": "Tiga pekerjaan yang berbeda", "body": _M1_L1_ID},
                    "en": {"title": "Three different jobs", "body": _M1_L1_EN},
                },
                {
                    "slug": "cs-baik-tidak-cukup",
                    "minutes": 8,
                    "completion": "mark",
                    "id": {
                        "title": "Mengapa CS yang baik saja tidak cukup",
                        "body": _M1_L2_ID,
                    },
                    "en": {"title": "Why good CS alone is not enough", "body": _M1_L2_EN},
                },
                {
                    "slug": "bisnis-kecil-dan-besar",
                    "minutes": 7,
                    "completion": "mark",
                    "id": {
                        "title": "Bisnis kecil, bisnis besar, dan kesalahan umum",
                        "body": _M1_L3_ID,
                    },
                    "en": {
                        "title": "Small businesses, large businesses and common mistakes",
                        "body": _M1_L3_EN,
                    },
                },
            ],
        },
        {
            "slug": "memetakan-dan-mengukur",
            "id": {
                "title": "Memetakan dan mengukur",
                "summary": (
                    "Petakan perjalanan pelanggan tahap demi tahap, lalu ukur dengan CSAT, NPS, "
                    "dan metrik lain yang sesuai dengan pertanyaan Anda."
                ),
            },
            "en": {
                "title": "Mapping and measuring",
                "summary": (
                    "Map the customer journey stage by stage, then measure it with CSAT, NPS "
                    "and the other metrics that fit your question."
                ),
            },
            "lessons": [
                {
                    "slug": "tahapan-perjalanan",
                    "minutes": 8,
                    "completion": "mark",
                    "id": {
                        "title": "Tahapan perjalanan dan peta proses retur",
                        "body": _M2_L1_ID,
                    },
                    "en": {
                        "title": "Journey stages and a returns journey map",
                        "body": _M2_L1_EN,
                    },
                },
                {
                    "slug": "csat-dan-nps",
                    "minutes": 8,
                    "completion": "mark",
                    "id": {"title": "Menghitung CSAT dan NPS", "body": _M2_L2_ID},
                    "en": {"title": "Calculating CSAT and NPS", "body": _M2_L2_EN},
                },
                {
                    "slug": "memilih-metrik-yang-tepat",
                    "minutes": 8,
                    "completion": "end",
                    "id": {"title": "Memilih metrik yang tepat", "body": _M2_L3_ID},
                    "en": {"title": "Choosing the right metric", "body": _M2_L3_EN},
                },
            ],
        },
    ],
}

CATALOGUE = {
    "slug": "katalog",
    "slug_en": "catalogue",
    "id": {
        "title": "Katalog kursus",
        "intro": (
            "<p>Selamat datang di CX Academy. Pilih kursus untuk memulai: setiap kursus "
            "terdiri atas pelajaran singkat yang bisa Anda selesaikan di sela pekerjaan, "
            "dengan contoh dari ritel, perbankan, telekomunikasi, dan e-commerce di "
            "Indonesia.</p>"
        ),
    },
    "en": {
        "title": "Course catalogue",
        "intro": (
            "<p>Welcome to CX Academy. Choose a course to begin: each one is made of short "
            "lessons you can finish between tasks, with examples from Indonesian retail, "
            "banking, telecoms and e-commerce.</p>"
        ),
    },
}

"""The graded quizzes of the course "CX Mindset": one quiz per module (`MODULE_QUIZZES`,
in module order) and a final assessment across all modules (`FINAL_ASSESSMENT`).

Written from shared/curriculum.md: the facts and figures come from there, the sentences
are our own; companies and people in the examples are fictional. Bahasa Indonesia first,
English second, with the same meaning.

Each quiz is a dict in the same format as `demo_quiz.DEMO_QUIZ` (see that module's
docstring), so `demo_quiz_loader.build_demo_quiz` loads it unchanged; the caller adds
the slug of the module the quiz belongs to, as `seed_demo` does for the demo quiz:

    build_demo_quiz({**MODULE_QUIZZES[0], "module": "<slug of module 1>"}, course)

The questions are written with the small builders below (`single`, `multi`, `truefalse`,
`shortanswer`, `numeric`, `matching`, `ordering`). Each takes every text as a pair
(Bahasa Indonesia, English) and writes both language sides of the question from the same
list, so choices, pairs and ordering items are in the same order in both languages and
share their fractions and numeric values by construction. Short-answer questions accept
the same answers in both languages (learners use the Indonesian and the English terms
alike). A multiple-response question with three right options gives each 0.3333333:
their sum scores 1 once rounded to four places, as `quizzes.scoring` does.

A numeric question also carries `"check"`: the numbers of its stem, by metric, which the
loader ignores and the tests use to recompute the answer and the common mistakes its
wrong-answer catches (fraction "0") must catch.
"""

from typing import Any

Pair = tuple[str, str]  # (Bahasa Indonesia, English)
LANGUAGES = ("id", "en")


def _question(kind: str, name: str, text: Pair, feedback: Pair, parts, **extra) -> dict:
    spec: dict[str, Any] = {"kind": kind, "name": name, **extra}
    for index, language in enumerate(LANGUAGES):
        spec[language] = {"text": text[index], "general_feedback": feedback[index]}
        spec[language].update(parts(index))
    return spec


def choice(fraction: str, text: Pair, feedback: Pair) -> dict:
    return {"fraction": fraction, "text": text, "feedback": feedback}


def _choices(kind: str, name: str, text: Pair, feedback: Pair, choices: list[dict]) -> dict:
    def parts(i: int) -> dict:
        return {
            "choices": [
                {"text": c["text"][i], "fraction": c["fraction"], "feedback": c["feedback"][i]}
                for c in choices
            ]
        }

    return _question(kind, name, text, feedback, parts)


def single(name: str, *, text: Pair, feedback: Pair, choices: list[dict]) -> dict:
    return _choices("single", name, text, feedback, choices)


def multi(name: str, *, text: Pair, feedback: Pair, choices: list[dict]) -> dict:
    return _choices("multi", name, text, feedback, choices)


def truefalse(
    name: str, *, text: Pair, feedback: Pair, correct: bool, if_true: Pair, if_false: Pair
) -> dict:
    def parts(i: int) -> dict:
        return {"correct": correct, "feedback_true": if_true[i], "feedback_false": if_false[i]}

    return _question("truefalse", name, text, feedback, parts)


def shortanswer(name: str, *, text: Pair, feedback: Pair, accepted: list[str], right: Pair) -> dict:
    def parts(i: int) -> dict:
        return {
            "choices": [
                {"text": answer, "fraction": "1", "feedback": right[i]} for answer in accepted
            ]
        }

    return _question("shortanswer", name, text, feedback, parts)


def answer(value: str, tolerance: str, fraction: str, feedback: Pair) -> dict:
    return {"value": value, "tolerance": tolerance, "fraction": fraction, "feedback": feedback}


def numeric(name: str, *, text: Pair, feedback: Pair, answers: list[dict], check: dict) -> dict:
    """The first answer is the right one; the others (fraction "0") catch mistakes."""

    def parts(i: int) -> dict:
        return {
            "numeric": [
                {
                    "value": a["value"],
                    "tolerance": a["tolerance"],
                    "fraction": a["fraction"],
                    "feedback": a["feedback"][i],
                }
                for a in answers
            ]
        }

    return _question("numeric", name, text, feedback, parts, check=check)


def matching(name: str, *, text: Pair, feedback: Pair, pairs: list[tuple[Pair, Pair]]) -> dict:
    """Pairs of (prompt, answer); a prompt ("", "") makes the answer an extra wrong one."""

    def parts(i: int) -> dict:
        return {"pairs": [{"prompt": prompt[i], "answer": ans[i]} for prompt, ans in pairs]}

    return _question("matching", name, text, feedback, parts)


def ordering(name: str, *, text: Pair, feedback: Pair, items: list[Pair]) -> dict:
    """Items in the right order."""
    return _question(
        "ordering", name, text, feedback, lambda i: {"ordering": [item[i] for item in items]}
    )


def _quiz(
    *,
    slug: str,
    category: list[str],
    title: Pair,
    intro: Pair,
    pass_mark: int,
    attempts: int,
    minutes: int,
    questions: list[dict],
) -> dict:
    count = len(questions)
    rules = (
        f"<p>Ada {count} soal. Anda punya waktu {minutes} menit dan {attempts} kali "
        f"kesempatan; nilai lulusnya {pass_mark}%. Selamat mengerjakan!</p>",
        f"<p>There are {count} questions. You have {minutes} minutes and {attempts} "
        f"attempts; the pass mark is {pass_mark}%. Good luck!</p>",
    )
    return {
        "slug": slug,
        "pass_mark": str(pass_mark),
        "attempts_allowed": attempts,
        "time_limit_minutes": minutes,
        "id": {"title": title[0], "intro": intro[0] + rules[0]},
        "en": {"title": title[1], "intro": intro[1] + rules[1]},
        "category": category,
        "questions": questions,
    }


# Feedback used by many questions.
RIGHT = ("Tepat.", "Correct.")


# =====================================================================================
# Module 1 · CS, customer care and CX: three different jobs
# =====================================================================================

MODULE_1 = _quiz(
    slug="kuis-modul-1-tiga-pekerjaan",
    category=["CX Mindset", "Modul 1 · Tiga pekerjaan"],
    title=(
        "Kuis Modul 1: Layanan, perawatan, dan pengalaman pelanggan",
        "Module 1 quiz: customer service, care and experience",
    ),
    intro=(
        "<p>Kuis ini menguji apakah Anda bisa membedakan tiga pekerjaan: layanan "
        "pelanggan, perawatan pelanggan, dan pengalaman pelanggan, termasuk sifat, cakupan, "
        "dan ukuran keberhasilan masing-masing. Untuk soal hitungan, tuliskan angkanya saja.</p>",
        "<p>This quiz checks whether you can tell three jobs apart: customer service, "
        "customer care and customer experience, including the nature, scope and success "
        "measures of each. For the calculation question, type the number only.</p>",
    ),
    pass_mark=70,
    attempts=3,
    minutes=25,
    questions=[
        # 1 ---------------------------------------------------------------------------
        single(
            "M1 · Follow-up call after a repair",
            text=(
                "<p>Internet rumah Pak Budi, pelanggan Kenari Seluler, sempat mati seharian. "
                "Seorang teknisi datang dan memperbaikinya. Dua minggu kemudian, petugas "
                "Kenari Seluler menelepon Pak Budi untuk menanyakan apakah koneksinya sudah "
                "stabil, lalu membagikan tips agar sinyal Wi-Fi lebih merata di rumahnya.</p>"
                "<p>Panggilan dua minggu kemudian itu paling tepat disebut…</p>",
                "<p>Mr Budi's home internet from Kenari Seluler was down for a whole day. A "
                "technician came and fixed it. Two weeks later, a Kenari Seluler staff member "
                "calls Mr Budi to ask whether the connection has been stable, and shares tips "
                "for spreading the Wi-Fi signal more evenly around his home.</p>"
                "<p>That call two weeks later is best described as…</p>",
            ),
            feedback=(
                "<p>Perbaikan oleh teknisi adalah layanan pelanggan: reaktif, menjawab "
                "masalah yang sedang terjadi. Panggilan dua minggu kemudian datang tanpa "
                "diminta, setelah masalahnya selesai, dan bersifat personal. Itulah perawatan "
                "pelanggan: menjaga hubungan yang berkelanjutan dengan satu pelanggan.</p>",
                "<p>The technician's repair was customer service: reactive, answering a "
                "problem as it happened. The call two weeks later comes unasked, after the "
                "problem was solved, and it is personal. That is customer care: looking after "
                "the ongoing relationship with one customer.</p>",
            ),
            choices=[
                choice(
                    "1",
                    ("Perawatan pelanggan", "Customer care"),
                    (
                        "Tepat. Panggilan itu proaktif, personal, dan dilakukan setelah "
                        "masalahnya selesai.",
                        "Correct. The call is proactive, personal, and made after the "
                        "problem was solved.",
                    ),
                ),
                choice(
                    "0",
                    ("Layanan pelanggan", "Customer service"),
                    (
                        "Kurang tepat. Layanan pelanggan menjawab masalah saat terjadi; di "
                        "sini masalahnya sudah selesai dua minggu sebelumnya.",
                        "Not quite. Customer service answers a problem when it happens; here "
                        "the problem was solved two weeks earlier.",
                    ),
                ),
                choice(
                    "0",
                    ("Pengendalian kerusakan setelah keluhan", "Damage control after a complaint"),
                    (
                        "Kurang tepat. Pak Budi tidak mengeluh lagi. Perawatan pelanggan yang "
                        "baik justru tidak menunggu keluhan.",
                        "Not quite. Mr Budi did not complain again. Good customer care does "
                        "not wait for a complaint.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Riset pengalaman pengguna (UX) untuk aplikasi",
                        "User experience (UX) research for the app",
                    ),
                    (
                        "Kurang tepat. Riset UX adalah alat CX untuk merancang perjalanan; "
                        "panggilan ini menjaga hubungan dengan satu pelanggan.",
                        "Not quite. UX research is a CX tool for designing the journey; this "
                        "call looks after the relationship with one customer.",
                    ),
                ),
            ],
        ),
        # 2 ---------------------------------------------------------------------------
        single(
            "M1 · The scope of customer experience",
            text=(
                "<p>Direktur jaringan ritel Toko Kenanga berkata dalam rapat: “CX itu urusan "
                "tim CS.”</p><p>Cakupan pengalaman pelanggan (CX) yang sebenarnya paling tepat "
                "digambarkan sebagai…</p>",
                "<p>The director of the retail chain Toko Kenanga says in a meeting: “CX is the "
                "CS team's business.”</p><p>The real scope of customer experience (CX) is best "
                "described as…</p>",
            ),
            feedback=(
                "<p>CX adalah kesan kumulatif dari setiap interaksi dengan merek, sebelum, "
                "selama, dan setelah pembelian. Karena itu CX mencakup seluruh perjalanan, "
                "setiap titik sentuh, dan setiap tim: dari situs web dan toko fisik sampai "
                "purnajual dan layanan pelanggan itu sendiri.</p>",
                "<p>CX is the cumulative impression left by every interaction with the brand, "
                "before, during and after purchase. That is why CX covers the whole journey, "
                "every touchpoint and every team: from the website and the physical store to "
                "after-sales and customer service itself.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Seluruh perjalanan pelanggan: setiap titik sentuh dan setiap tim, "
                        "sebelum hingga setelah pembelian",
                        "The whole customer journey: every touchpoint and every team, from "
                        "before to after the purchase",
                    ),
                    (
                        "Tepat. CX dirancang menyeluruh dan melibatkan semua tim, bukan hanya "
                        "tim CS.",
                        "Correct. CX is designed end to end and involves every team, not only "
                        "the CS team.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Satu titik sentuh: kontak antara pelanggan dan agen layanan",
                        "One touchpoint: the contact between a customer and a service agent",
                    ),
                    (
                        "Kurang tepat. Itu cakupan layanan pelanggan, yang hanya satu unsur di "
                        "dalam CX.",
                        "Not quite. That is the scope of customer service, which is only one "
                        "element inside CX.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Hubungan dengan satu pelanggan setelah transaksi",
                        "The relationship with one customer after the transaction",
                    ),
                    (
                        "Kurang tepat. Itu cakupan perawatan pelanggan. CX lebih luas: seluruh "
                        "perjalanan setiap pelanggan.",
                        "Not quite. That is the scope of customer care. CX is wider: the whole "
                        "journey of every customer.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tampilan situs web dan aplikasi saja",
                        "The look of the website and app only",
                    ),
                    (
                        "Kurang tepat. Situs dan aplikasi memang titik sentuh penting, tetapi "
                        "CX juga mencakup toko fisik, purnajual, dan layanan pelanggan.",
                        "Not quite. The website and app are important touchpoints, but CX also "
                        "covers the physical store, after-sales and customer service.",
                    ),
                ),
            ],
        ),
        # 3 ---------------------------------------------------------------------------
        single(
            "M1 · The swapped comparison table",
            text=(
                "<p>Seorang rekan membagikan tabel perbandingan dari internet. Di tabel itu "
                "tertulis: <em>layanan pelanggan</em> = membangun hubungan jangka panjang yang "
                "personal; <em>perawatan pelanggan</em> = menyelesaikan masalah dengan cepat "
                "dan transaksional.</p><p>Bagaimana sebaiknya Anda menanggapi tabel itu?</p>",
                "<p>A colleague shares a comparison table from the internet. It says: "
                "<em>customer service</em> = building a long-term, personal relationship; "
                "<em>customer care</em> = solving problems quickly and transactionally.</p>"
                "<p>How should you respond to that table?</p>",
            ),
            feedback=(
                "<p>Kolom tabel itu tertukar. Layanan pelanggan menyelesaikan masalah dengan "
                "cepat dan transaksional; perawatan pelanggan membangun hubungan jangka "
                "panjang yang personal. Biasakan memeriksa sebuah tabel terhadap penjelasan "
                "di teksnya sendiri.</p>",
                "<p>The table's columns are swapped. Customer service solves problems quickly "
                "and transactionally; customer care builds a long-term, personal relationship. "
                "Make a habit of checking a table against the explanation in its own "
                "text.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Tabelnya tertukar: layanan pelanggan itu cepat dan transaksional, "
                        "perawatan pelanggan membangun hubungan jangka panjang",
                        "The table is swapped: customer service is quick and transactional, "
                        "customer care builds a long-term relationship",
                    ),
                    (
                        "Tepat. Anda membaca arah perbandingannya dengan benar.",
                        "Correct. You read the direction of the comparison correctly.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tabelnya benar, jadi tim layanan pelanggan sebaiknya diukur dari "
                        "kedalaman hubungan",
                        "The table is right, so the customer service team should be measured "
                        "on the depth of relationships",
                    ),
                    (
                        "Kurang tepat. Tim layanan pelanggan diukur dari kecepatan dan "
                        "ketuntasan, misalnya waktu respons dan FCR.",
                        "Not quite. A customer service team is measured on speed and "
                        "resolution, for example response time and FCR.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tidak masalah, karena layanan dan perawatan pelanggan pada dasarnya sama",
                        "It does not matter, because customer service and customer care are "
                        "basically the same",
                    ),
                    (
                        "Kurang tepat. Keduanya saling melengkapi, tetapi sifat, waktu, dan "
                        "ukuran keberhasilannya berbeda.",
                        "Not quite. The two complement each other, but their nature, timing "
                        "and success measures differ.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tergantung ukuran perusahaan: di perusahaan besar kedua kolom itu "
                        "memang bertukar",
                        "It depends on company size: in large companies the two columns "
                        "really do swap",
                    ),
                    (
                        "Kurang tepat. Ukuran perusahaan hanya menentukan apakah keduanya "
                        "dijalankan oleh satu tim atau dua tim, bukan arti masing-masing.",
                        "Not quite. Company size only decides whether the two are run by one "
                        "team or two, not what each one means.",
                    ),
                ),
            ],
        ),
        # 4 ---------------------------------------------------------------------------
        multi(
            "M1 · Common customer care mistakes",
            text=(
                "<p>Tim perawatan pelanggan Belanja Melati, sebuah e-commerce, menyusun rencana "
                "kerja untuk kuartal depan. Rencana mana saja yang termasuk <strong>kesalahan "
                "umum</strong> dalam perawatan pelanggan? Pilih semua yang benar. Pilihan yang "
                "keliru mengurangi nilai.</p>",
                "<p>The customer care team of Belanja Melati, an e-commerce company, is "
                "drawing up its plan for next quarter. Which plans are <strong>common "
                "mistakes</strong> in customer care? Select all that apply. Wrong choices "
                "lower your score.</p>",
            ),
            feedback=(
                "<p>Tiga kesalahan yang paling sering terjadi: memperlakukan perawatan "
                "pelanggan sebagai pengendalian kerusakan, memberi apresiasi yang tidak tulus, "
                "dan mengirim pesan otomatis yang generik tanpa personalisasi yang nyata. "
                "Menindaklanjuti kepuasan dan menyapa pelanggan secara personal justru inti "
                "perawatan pelanggan.</p>",
                "<p>The three most common mistakes: treating customer care as damage control, "
                "insincere appreciation, and generic automated messages without real "
                "personalisation. Following up on satisfaction and greeting customers "
                "personally are, on the contrary, the heart of customer care.</p>",
            ),
            choices=[
                choice(
                    "0.3333333",
                    (
                        "Hanya menghubungi pelanggan yang keluhannya sudah ramai di media sosial",
                        "Only contacting customers whose complaints have already gone viral "
                        "on social media",
                    ),
                    (
                        "Benar, ini kesalahan. Perawatan pelanggan bukan pengendalian "
                        "kerusakan; ia proaktif dan tidak menunggu keluhan.",
                        "Right, this is a mistake. Customer care is not damage control; it is "
                        "proactive and does not wait for complaints.",
                    ),
                ),
                choice(
                    "0.3333333",
                    (
                        "Mengirim ucapan ulang tahun yang sama persis kepada semua pelanggan, "
                        "dengan sapaan “Pelanggan Yth.”",
                        "Sending exactly the same birthday greeting to every customer, "
                        "addressed “Dear Customer”",
                    ),
                    (
                        "Benar, ini kesalahan. Pesan otomatis yang generik terasa seperti "
                        "pesan massal, bukan perhatian.",
                        "Right, this is a mistake. A generic automated message feels like a "
                        "mass mailing, not like attention.",
                    ),
                ),
                choice(
                    "0.3333333",
                    (
                        "Menutup setiap chat dengan pujian berlebihan yang sama, apa pun isi "
                        "percakapannya",
                        "Ending every chat with the same lavish compliment, whatever the "
                        "conversation was about",
                    ),
                    (
                        "Benar, ini kesalahan. Pelanggan mudah mengenali apresiasi yang tidak "
                        "tulus, dan itu merusak kepercayaan.",
                        "Right, this is a mistake. Customers easily recognise insincere "
                        "appreciation, and it damages trust.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Menanyakan kepuasan pelanggan beberapa hari setelah barang returnya "
                        "diganti",
                        "Asking customers about their satisfaction a few days after their "
                        "returned item was replaced",
                    ),
                    (
                        "Keliru. Ini bukan kesalahan; tindak lanjut setelah masalah selesai "
                        "adalah inti perawatan pelanggan.",
                        "Wrong. This is not a mistake; following up after the problem is "
                        "solved is the heart of customer care.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Menyapa pelanggan dengan namanya dan menyebut produk yang terakhir ia "
                        "beli",
                        "Greeting customers by name and mentioning the product they last bought",
                    ),
                    (
                        "Keliru. Ini bukan kesalahan; inilah personalisasi yang nyata.",
                        "Wrong. This is not a mistake; this is real personalisation.",
                    ),
                ),
            ],
        ),
        # 5 ---------------------------------------------------------------------------
        truefalse(
            "M1 · CS is one element of CX",
            text=(
                "<p>Benar atau salah? Layanan pelanggan adalah salah satu unsur di dalam "
                "pengalaman pelanggan, bukan sesuatu yang terpisah darinya.</p>",
                "<p>True or false? Customer service is one element inside customer "
                "experience, not something separate from it.</p>",
            ),
            feedback=(
                "<p>Benar. Layanan pelanggan adalah salah satu titik sentuh dalam perjalanan "
                "pelanggan, jadi ia bagian dari CX. Layanan yang buruk dapat merusak perjalanan "
                "yang sebenarnya baik, tetapi layanan yang sangat baik tidak dapat "
                "menyelamatkan perjalanan yang buruk.</p>",
                "<p>True. Customer service is one touchpoint in the customer journey, so it "
                "is part of CX. Poor service can spoil an otherwise good journey, but "
                "excellent service cannot rescue a poor one.</p>",
            ),
            correct=True,
            if_true=(
                "Tepat. Layanan pelanggan adalah satu unsur, sekaligus satu titik sentuh, di "
                "dalam CX.",
                "Correct. Customer service is one element, and one touchpoint, inside CX.",
            ),
            if_false=(
                "Kurang tepat. CX mencakup setiap titik sentuh, termasuk layanan pelanggan itu "
                "sendiri.",
                "Not quite. CX covers every touchpoint, including customer service itself.",
            ),
        ),
        # 6 ---------------------------------------------------------------------------
        truefalse(
            "M1 · A small business needs two teams",
            text=(
                "<p>Benar atau salah? Sebuah kedai kopi dengan lima karyawan harus membentuk "
                "dua tim terpisah, satu untuk layanan pelanggan dan satu untuk perawatan "
                "pelanggan, agar bisa menjalankan keduanya dengan baik.</p>",
                "<p>True or false? A coffee shop with five employees must set up two separate "
                "teams, one for customer service and one for customer care, to do both "
                "well.</p>",
            ),
            feedback=(
                "<p>Salah. Bisnis kecil dapat menjalankan layanan dan perawatan pelanggan "
                "dalam satu tim dengan mengubah cara pandang: selesaikan masalahnya dengan "
                "cepat, lalu tetap jaga hubungannya. Perusahaan besar memang sering "
                "memisahkannya: layanan diukur dari kecepatan, perawatan dari personalisasi "
                "dan kedalaman hubungan.</p>",
                "<p>False. A small business can run customer service and customer care in one "
                "team by changing its mindset: solve the problem quickly, then keep looking "
                "after the relationship. Large companies do often split them: service is "
                "measured on speed, care on personalisation and depth.</p>",
            ),
            correct=False,
            if_true=(
                "Kurang tepat. Yang dibutuhkan bisnis kecil adalah perubahan cara pandang, "
                "bukan struktur tim yang baru.",
                "Not quite. What a small business needs is a change of mindset, not a new "
                "team structure.",
            ),
            if_false=(
                "Tepat. Satu tim kecil bisa menjalankan keduanya, asalkan cara pandangnya berubah.",
                "Correct. One small team can do both, as long as its mindset changes.",
            ),
        ),
        # 7 ---------------------------------------------------------------------------
        shortanswer(
            "M1 · Term for the ongoing relationship",
            text=(
                "<p>Pekerjaan yang menjaga hubungan berkelanjutan dengan pelanggan "
                "<strong>setelah</strong> masalahnya selesai, secara proaktif, personal, dan "
                "emosional, disebut apa? Tuliskan istilahnya dalam bahasa Indonesia atau "
                "Inggris.</p>",
                "<p>What is the name of the work that looks after the ongoing relationship "
                "with a customer <strong>after</strong> their problem has been solved, "
                "proactively, personally and emotionally? Type the term in English or "
                "Indonesian.</p>",
            ),
            feedback=(
                "<p>Istilahnya perawatan pelanggan (customer care). Layanan pelanggan "
                "menyelesaikan masalah saat terjadi; perawatan pelanggan melanjutkannya "
                "dengan tindak lanjut, program loyalitas, dan pesan yang personal.</p>",
                "<p>The term is customer care. Customer service solves the problem when it "
                "happens; customer care carries on from there with follow-ups, loyalty "
                "programmes and personal messages.</p>",
            ),
            accepted=[
                "perawatan pelanggan",
                "customer care",
                "perawatan konsumen",
                "kepedulian pelanggan",
            ],
            right=RIGHT,
        ),
        # 8 ---------------------------------------------------------------------------
        matching(
            "M1 · Success metrics of each job",
            text=(
                "<p>Pasangkan setiap kelompok ukuran keberhasilan dengan pekerjaan yang "
                "diukurnya. Satu jawaban tidak dipakai.</p>",
                "<p>Match each group of success measures with the job it measures. One "
                "answer is not used.</p>",
            ),
            feedback=(
                "<p>Layanan pelanggan diukur dari kecepatan dan ketuntasan satu kontak (waktu "
                "respons, FCR, AHT). Perawatan pelanggan diukur dari nilai dan kepuasan "
                "hubungan jangka panjang (CLV, kepuasan jangka panjang). Pengalaman pelanggan "
                "diukur di seluruh perjalanan (CSAT, CES, retensi, churn). Pemasaran produk "
                "bukan salah satu dari tiga pekerjaan ini.</p>",
                "<p>Customer service is measured by the speed and resolution of one contact "
                "(response time, FCR, AHT). Customer care is measured by the value and "
                "satisfaction of the long-term relationship (CLV, long-term satisfaction). "
                "Customer experience is measured across the whole journey (CSAT, CES, "
                "retention, churn). Product marketing is not one of these three jobs.</p>",
            ),
            pairs=[
                (
                    (
                        "Waktu respons, FCR, dan AHT: seberapa cepat dan tuntas satu kontak "
                        "ditangani",
                        "Response time, FCR and AHT: how quickly and completely one contact is "
                        "handled",
                    ),
                    ("Layanan pelanggan", "Customer service"),
                ),
                (
                    (
                        "CLV dan kepuasan jangka panjang satu pelanggan",
                        "CLV and one customer's long-term satisfaction",
                    ),
                    ("Perawatan pelanggan", "Customer care"),
                ),
                (
                    (
                        "CSAT, CES, retensi, dan churn di seluruh perjalanan pelanggan",
                        "CSAT, CES, retention and churn across the whole customer journey",
                    ),
                    ("Pengalaman pelanggan", "Customer experience"),
                ),
                (("", ""), ("Pemasaran produk", "Product marketing")),
            ],
        ),
        # 9 ---------------------------------------------------------------------------
        ordering(
            "M1 · From service to care for a faulty product",
            text=(
                "<p>Bu Sari menerima rice cooker yang rusak dari Toko Kenanga. Urutkan "
                "tindakan toko itu dari yang pertama hingga yang terakhir, dari layanan "
                "pelanggan menuju perawatan pelanggan.</p>",
                "<p>Mrs Sari receives a faulty rice cooker from Toko Kenanga. Put the shop's "
                "actions in order from first to last, moving from customer service to "
                "customer care.</p>",
            ),
            feedback=(
                "<p>Tiga langkah pertama adalah layanan pelanggan: tanggapi dengan cepat, "
                "validasi masalahnya, lalu selesaikan dengan pengembalian dana atau pengganti. "
                "Dua langkah terakhir adalah perawatan pelanggan: menindaklanjuti kepuasan "
                "setelah masalah selesai, lalu menjaga hubungan lewat program loyalitas.</p>",
                "<p>The first three steps are customer service: respond quickly, validate the "
                "problem, then solve it with a refund or a replacement. The last two are "
                "customer care: follow up on satisfaction once the problem is solved, then "
                "keep the relationship going through the loyalty programme.</p>",
            ),
            items=[
                (
                    "Menanggapi keluhan Bu Sari dengan cepat",
                    "Respond quickly to Mrs Sari's complaint",
                ),
                (
                    "Memvalidasi masalahnya, misalnya lewat foto dan nomor pesanan",
                    "Validate the problem, for example with a photo and the order number",
                ),
                (
                    "Menawarkan pengembalian dana atau unit pengganti",
                    "Offer a refund or a replacement unit",
                ),
                (
                    "Menanyakan kepuasannya setelah unit pengganti diterima",
                    "Ask about her satisfaction once the replacement has arrived",
                ),
                ("Mengundangnya ke program loyalitas", "Invite her to the loyalty programme"),
            ],
        ),
        # 10 --------------------------------------------------------------------------
        single(
            "M1 · High CS ratings, low retention",
            text=(
                "<p>Tim layanan pelanggan Toko Kenanga, sebuah jaringan ritel besar, mendapat "
                "penilaian yang sangat tinggi. Namun retensi pelanggannya tetap rendah. Anda "
                "baru saja ditunjuk sebagai pemimpin CX.</p>"
                "<p>Langkah pertama mana yang paling masuk akal?</p>",
                "<p>The customer service team of Toko Kenanga, a large retail chain, gets very "
                "high ratings. Yet its customer retention stays low. You have just been "
                "appointed CX lead.</p>"
                "<p>Which first step makes the most sense?</p>",
            ),
            feedback=(
                "<p>Layanan pelanggan hanya satu unsur di dalam CX, dan layanan yang sangat "
                "baik tidak dapat menyelamatkan perjalanan yang buruk. Jika layanan sudah "
                "dinilai tinggi tetapi pelanggan tetap pergi, cari penyebabnya di titik sentuh "
                "lain: navigasi situs yang membingungkan, informasi produk yang tidak lengkap, "
                "atau proses retur yang menyulitkan.</p>",
                "<p>Customer service is only one element inside CX, and excellent service "
                "cannot rescue a poor journey. If service is already rated highly but "
                "customers still leave, look for the cause at other touchpoints: confusing "
                "website navigation, incomplete product information or a painful returns "
                "process.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Menelusuri titik sentuh lain dalam perjalanan pelanggan, seperti "
                        "navigasi situs, informasi produk, dan proses retur",
                        "Investigate the other touchpoints in the customer journey, such as "
                        "website navigation, product information and the returns process",
                    ),
                    (
                        "Tepat. Jika layanan sudah baik tetapi pelanggan tetap pergi, "
                        "penyebabnya kemungkinan besar ada di bagian lain perjalanan.",
                        "Correct. If service is good but customers still leave, the cause most "
                        "likely lies elsewhere in the journey.",
                    ),
                ),
                choice(
                    "0",
                    ("Melatih ulang tim layanan pelanggan", "Retrain the customer service team"),
                    (
                        "Kurang tepat. Pilihan ini menggoda, tetapi tim layanan sudah dinilai "
                        "sangat baik. Melatihnya ulang tidak menyentuh penyebab yang "
                        "sebenarnya.",
                        "Not quite. It is tempting, but the service team is already rated very "
                        "highly. Retraining it does not touch the real cause.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Memangkas anggaran tim layanan, karena layanan tidak memengaruhi retensi",
                        "Cut the service team's budget, because service has no effect on retention",
                    ),
                    (
                        "Kurang tepat. Layanan yang buruk dapat merusak perjalanan yang baik; "
                        "memangkasnya hanya menambah masalah baru.",
                        "Not quite. Poor service can spoil a good journey; cutting it only adds "
                        "a new problem.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Memberi diskon besar-besaran agar pelanggan kembali",
                        "Offer big discounts to bring customers back",
                    ),
                    (
                        "Kurang tepat. Diskon mungkin menarik pelanggan sesaat, tetapi tidak "
                        "memperbaiki hambatan yang membuat mereka pergi.",
                        "Not quite. Discounts may attract customers for a while, but they do "
                        "not fix the obstacles that made them leave.",
                    ),
                ),
            ],
        ),
        # 11 --------------------------------------------------------------------------
        single(
            "M1 · Measuring two separate teams",
            text=(
                "<p>Bank Cempaka memisahkan tim layanan pelanggan dan tim perawatan pelanggan. "
                "Cara mana yang paling sesuai untuk mengukur kedua tim itu?</p>",
                "<p>Bank Cempaka splits its customer service team from its customer care "
                "team. Which way of measuring the two teams fits best?</p>",
            ),
            feedback=(
                "<p>Ketika keduanya dipisah, tim layanan pelanggan diukur dari kecepatan dan "
                "ketuntasan (waktu respons, AHT, FCR), sedangkan tim perawatan pelanggan "
                "diukur dari personalisasi dan kedalaman hubungan (misalnya CLV dan kepuasan "
                "jangka panjang).</p>",
                "<p>When the two are split, the customer service team is measured on speed "
                "and resolution (response time, AHT, FCR), and the customer care team on "
                "personalisation and the depth of the relationship (for example CLV and "
                "long-term satisfaction).</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Tim layanan dari kecepatan (misalnya waktu respons dan AHT); tim "
                        "perawatan dari personalisasi dan kedalaman hubungan (misalnya CLV)",
                        "The service team on speed (for example response time and AHT); the "
                        "care team on personalisation and depth (for example CLV)",
                    ),
                    (
                        "Tepat. Setiap tim diukur dari hal yang memang menjadi tugasnya.",
                        "Correct. Each team is measured on what its job actually is.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tim layanan dari kedalaman hubungan; tim perawatan dari kecepatan "
                        "menutup tiket",
                        "The service team on the depth of relationships; the care team on how "
                        "fast it closes tickets",
                    ),
                    (
                        "Kurang tepat. Ukurannya tertukar: kecepatan milik layanan, kedalaman "
                        "hubungan milik perawatan.",
                        "Not quite. The measures are swapped: speed belongs to service, depth "
                        "of relationship to care.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Keduanya cukup diukur dari jumlah tiket yang ditutup per hari",
                        "Both are measured simply by the number of tickets closed per day",
                    ),
                    (
                        "Kurang tepat. Jumlah tiket tidak menunjukkan apakah hubungan dengan "
                        "nasabah terjaga, yaitu tugas tim perawatan.",
                        "Not quite. A ticket count does not show whether the relationship with "
                        "the customer is cared for, which is the care team's job.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Keduanya cukup diukur dari penjualan produk baru",
                        "Both are measured simply by sales of new products",
                    ),
                    (
                        "Kurang tepat. Penjualan adalah hasil bisnis, bukan ukuran kinerja "
                        "layanan atau perawatan pelanggan.",
                        "Not quite. Sales are a business result, not a measure of customer "
                        "service or care performance.",
                    ),
                ),
            ],
        ),
        # 12 --------------------------------------------------------------------------
        numeric(
            "M1 · Average resolution time of a help desk",
            text=(
                "<p>Pekan ini help desk Kenari Seluler menerima 180 tiket. Sebanyak 150 tiket "
                "sudah selesai, dengan total waktu penyelesaian 1.050 jam; sisanya masih "
                "diproses.</p>"
                "<p>Berapa rata-rata waktu penyelesaiannya, dalam jam per tiket? Tuliskan "
                "angkanya saja.</p>",
                "<p>This week Kenari Seluler's help desk received 180 tickets. 150 of them "
                "have been resolved, with a total resolution time of 1,050 hours; the rest "
                "are still in progress.</p>"
                "<p>What is the average resolution time, in hours per ticket? Type the number "
                "only.</p>",
            ),
            feedback=(
                "<p>Rata-rata waktu penyelesaian = total waktu penyelesaian ÷ tiket yang "
                "selesai = 1.050 ÷ 150 = 7 jam. Tiket yang belum selesai tidak ikut dihitung, "
                "karena waktu penyelesaiannya belum ada. Ini salah satu ukuran keberhasilan "
                "layanan pelanggan, bersama waktu respons, FCR, dan AHT.</p>",
                "<p>Average resolution time = total time to resolve ÷ tickets resolved = "
                "1,050 ÷ 150 = 7 hours. Tickets still open are left out, because they have no "
                "resolution time yet. It is one of the success measures of customer service, "
                "alongside response time, FCR and AHT.</p>",
            ),
            answers=[
                answer(
                    "7",
                    "0.05",
                    "1",
                    ("Tepat. 1.050 ÷ 150 = 7 jam.", "Correct. 1,050 ÷ 150 = 7 hours."),
                ),
                answer(
                    "5.83",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan semua tiket yang masuk (180). "
                        "Bagilah dengan 150 tiket yang sudah selesai.",
                        "Not quite. You divided by all 180 tickets received. Divide by the 150 "
                        "tickets resolved.",
                    ),
                ),
                answer(
                    "1050",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 1.050 jam adalah total waktunya. Bagilah dengan jumlah "
                        "tiket yang selesai.",
                        "Not quite. 1,050 hours is the total time. Divide it by the number of "
                        "tickets resolved.",
                    ),
                ),
            ],
            check={"metric": "resolution_time", "hours": 1050, "resolved": 150, "received": 180},
        ),
    ],
)


# =====================================================================================
# Module 2 · Customer journey mapping
# =====================================================================================

MODULE_2 = _quiz(
    slug="kuis-modul-2-peta-perjalanan",
    category=["CX Mindset", "Modul 2 · Peta perjalanan"],
    title=(
        "Kuis Modul 2: Memetakan perjalanan pelanggan",
        "Module 2 quiz: mapping the customer journey",
    ),
    intro=(
        "<p>Kuis ini menguji pemahaman Anda tentang tahap perjalanan pelanggan, titik "
        "sentuh, emosi, persona, dan cara memilih perbaikan dari sebuah peta "
        "perjalanan. Untuk soal hitungan, tuliskan angkanya saja.</p>",
        "<p>This quiz checks your understanding of the stages of the customer journey, "
        "touchpoints, emotions, personas, and how to choose improvements from a journey "
        "map. For the calculation question, type the number only.</p>",
    ),
    pass_mark=70,
    attempts=3,
    minutes=25,
    questions=[
        # 1 ---------------------------------------------------------------------------
        single(
            "M2 · Comparing before buying",
            text=(
                "<p>Dimas ingin membeli ponsel baru. Ia sudah tahu dua merek yang ia minati, "
                "lalu membaca ulasan, menonton video perbandingan, dan membandingkan harga di "
                "beberapa toko daring.</p>"
                "<p>Dimas sedang berada di tahap perjalanan pelanggan yang mana?</p>",
                "<p>Dimas wants to buy a new phone. He already knows the two brands he is "
                "interested in, and now reads reviews, watches comparison videos and compares "
                "prices across several online shops.</p>"
                "<p>Which stage of the customer journey is Dimas in?</p>",
            ),
            feedback=(
                "<p>Tahapnya: kesadaran → pertimbangan → pembelian → penggunaan dan orientasi "
                "→ purnajual dan dukungan → loyalitas dan advokasi. Membaca ulasan dan "
                "membandingkan harga adalah ciri tahap pertimbangan: pelanggan sudah mengenal "
                "pilihannya, tetapi belum membeli.</p>",
                "<p>The stages are: awareness → consideration → purchase → use and onboarding "
                "→ after-sales and support → loyalty and advocacy. Reading reviews and "
                "comparing prices mark the consideration stage: the customer knows the options "
                "but has not bought yet.</p>",
            ),
            choices=[
                choice(
                    "1",
                    ("Pertimbangan", "Consideration"),
                    (
                        "Tepat. Dimas sedang menimbang pilihan sebelum memutuskan.",
                        "Correct. Dimas is weighing his options before deciding.",
                    ),
                ),
                choice(
                    "0",
                    ("Kesadaran", "Awareness"),
                    (
                        "Kurang tepat. Dimas sudah mengenal kedua merek itu; tahap kesadaran "
                        "sudah ia lewati.",
                        "Not quite. Dimas already knows both brands; he has passed the "
                        "awareness stage.",
                    ),
                ),
                choice(
                    "0",
                    ("Pembelian", "Purchase"),
                    (
                        "Kurang tepat. Dimas belum memilih toko dan belum membayar.",
                        "Not quite. Dimas has not chosen a shop or paid yet.",
                    ),
                ),
                choice(
                    "0",
                    ("Loyalitas dan advokasi", "Loyalty and advocacy"),
                    (
                        "Kurang tepat. Dimas belum menjadi pelanggan, jadi belum bisa menjadi "
                        "pelanggan setia atau merekomendasikannya.",
                        "Not quite. Dimas is not a customer yet, so he cannot be a loyal one or "
                        "recommend the brand.",
                    ),
                ),
            ],
        ),
        # 2 ---------------------------------------------------------------------------
        single(
            "M2 · What a map records at each stage",
            text=(
                "<p>Tim CX Bank Cempaka menyusun peta perjalanan untuk pembukaan rekening "
                "tabungan lewat aplikasi. Untuk <strong>setiap tahap</strong>, informasi apa "
                "yang perlu dicatat di peta itu?</p>",
                "<p>Bank Cempaka's CX team is drawing a journey map for opening a savings "
                "account in the app. For <strong>each stage</strong>, what information should "
                "the map record?</p>",
            ),
            feedback=(
                "<p>Untuk setiap tahap, peta perjalanan mencatat tujuan pelanggan, titik "
                "sentuh, saluran, emosi (dari frustrasi hingga senang), titik masalah, dan tim "
                "yang memiliki titik sentuh itu. Dengan begitu peta menunjukkan apa yang "
                "dialami pelanggan dan siapa yang bisa memperbaikinya.</p>",
                "<p>For each stage, a journey map records the customer's goal, the "
                "touchpoints, the channel, the emotion (from frustrated to delighted), the "
                "pain points and the team that owns the touchpoint. That way the map shows "
                "what the customer goes through and who can fix it.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Tujuan nasabah, titik sentuh, saluran, emosi, titik masalah, dan tim "
                        "pemilik titik sentuh",
                        "The customer's goal, touchpoints, channel, emotion, pain points and "
                        "the team that owns the touchpoint",
                    ),
                    (
                        "Tepat. Inilah isi lengkap setiap tahap pada peta perjalanan.",
                        "Correct. This is the full content of each stage on a journey map.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Jumlah rekening baru yang dibuka setiap bulan",
                        "The number of new accounts opened each month",
                    ),
                    (
                        "Kurang tepat. Itu angka hasil bisnis; ia tidak menceritakan apa yang "
                        "dialami nasabah di setiap tahap.",
                        "Not quite. That is a business result; it does not tell what the "
                        "customer goes through at each stage.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Naskah percakapan agen call center",
                        "The call center agents' conversation scripts",
                    ),
                    (
                        "Kurang tepat. Call center hanya satu titik sentuh; peta mencakup "
                        "seluruh perjalanan.",
                        "Not quite. The call center is only one touchpoint; the map covers the "
                        "whole journey.",
                    ),
                ),
                choice(
                    "0",
                    ("Struktur organisasi bank", "The bank's organisation chart"),
                    (
                        "Kurang tepat. Struktur organisasi melihat dari dalam perusahaan, "
                        "sedangkan peta perjalanan melihat dari sisi pelanggan.",
                        "Not quite. An organisation chart looks from inside the company, while "
                        "a journey map looks from the customer's side.",
                    ),
                ),
            ],
        ),
        # 3 ---------------------------------------------------------------------------
        multi(
            "M2 · Typical journey-map findings",
            text=(
                "<p>Belanja Melati memetakan perjalanan belanja pelanggannya, dari mencari "
                "produk hingga membayar. Temuan mana saja yang merupakan <strong>titik "
                "masalah</strong> khas? Pilih semua yang benar. Pilihan yang keliru mengurangi "
                "nilai.</p>",
                "<p>Belanja Melati maps its customers' shopping journey, from searching for a "
                "product to paying. Which findings are typical <strong>pain points</strong>? "
                "Select all that apply. Wrong choices lower your score.</p>",
            ),
            feedback=(
                "<p>Temuan khas peta perjalanan adalah navigasi situs yang membingungkan, "
                "informasi produk yang tidak lengkap, formulir panjang dan checkout yang "
                "lambat, serta diminta mengisi data yang sama dua kali. Konfirmasi pesanan "
                "yang cepat dan rekomendasi ukuran yang membantu adalah momen positif, bukan "
                "titik masalah.</p>",
                "<p>Typical journey-map findings are confusing website navigation, incomplete "
                "product information, long forms and a slow checkout, and being asked for the "
                "same data twice. A quick order confirmation and a helpful size "
                "recommendation are positive moments, not pain points.</p>",
            ),
            choices=[
                choice(
                    "0.25",
                    (
                        "Menu kategori yang membingungkan, sehingga produk sulit ditemukan",
                        "A confusing category menu, so products are hard to find",
                    ),
                    (
                        "Benar. Navigasi yang membingungkan adalah temuan yang sangat umum.",
                        "Correct. Confusing navigation is a very common finding.",
                    ),
                ),
                choice(
                    "0.25",
                    (
                        "Halaman produk tanpa ukuran dan bahan yang jelas",
                        "Product pages without clear sizes and materials",
                    ),
                    (
                        "Benar. Informasi produk yang tidak lengkap membuat pelanggan ragu "
                        "atau salah beli.",
                        "Correct. Incomplete product information makes customers hesitate or "
                        "buy the wrong thing.",
                    ),
                ),
                choice(
                    "0.25",
                    (
                        "Checkout yang lambat dengan formulir yang panjang",
                        "A slow checkout with a long form",
                    ),
                    (
                        "Benar. Setiap kolom dan setiap detik tambahan membuat pelanggan "
                        "mungkin batal membeli.",
                        "Correct. Every extra field and every extra second may make a "
                        "customer give up.",
                    ),
                ),
                choice(
                    "0.25",
                    (
                        "Pelanggan diminta mengisi alamat yang sama dua kali",
                        "Customers are asked for the same address twice",
                    ),
                    (
                        "Benar. Diminta data yang sama dua kali adalah temuan yang khas.",
                        "Correct. Being asked for the same data twice is a typical finding.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Konfirmasi pesanan yang tiba dalam hitungan detik",
                        "An order confirmation that arrives within seconds",
                    ),
                    (
                        "Keliru. Ini momen positif yang justru perlu dipertahankan.",
                        "Wrong. This is a positive moment worth keeping.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Rekomendasi ukuran berdasarkan pembelian sebelumnya",
                        "A size recommendation based on earlier purchases",
                    ),
                    (
                        "Keliru. Ini personalisasi yang membantu, bukan titik masalah.",
                        "Wrong. This is helpful personalisation, not a pain point.",
                    ),
                ),
            ],
        ),
        # 4 ---------------------------------------------------------------------------
        truefalse(
            "M2 · One map fits every customer",
            text=(
                "<p>Benar atau salah? Satu peta perjalanan yang sama sudah cukup untuk semua "
                "pelanggan, jadi persona tidak diperlukan.</p>",
                "<p>True or false? One and the same journey map is enough for every customer, "
                "so personas are not needed.</p>",
            ),
            feedback=(
                "<p>Salah. Pendekatan “satu untuk semua” sudah tidak berhasil. Pelanggan "
                "berbeda dalam perilaku, demografi, preferensi, dan tujuan, sehingga "
                "perjalanan mereka pun berbeda. Persona membantu memetakan perjalanan setiap "
                "segmen secara jujur.</p>",
                "<p>False. “One size fits all” no longer works. Customers differ in "
                "behaviour, demographics, preferences and goals, so their journeys differ "
                "too. Personas help map each segment's journey honestly.</p>",
            ),
            correct=False,
            if_true=(
                "Kurang tepat. Perjalanan seorang mahasiswa dan seorang pensiunan di aplikasi "
                "yang sama bisa sangat berbeda; di situlah persona berguna.",
                "Not quite. A student's journey and a retiree's journey in the same app can be "
                "very different; that is where personas help.",
            ),
            if_false=(
                "Tepat. Setiap segmen pelanggan perlu dipetakan lewat personanya sendiri.",
                "Correct. Each customer segment needs mapping through its own persona.",
            ),
        ),
        # 5 ---------------------------------------------------------------------------
        truefalse(
            "M2 · Low points outside the CS team",
            text=(
                "<p>Benar atau salah? Titik emosi terendah pada sebuah peta perjalanan sering "
                "berada di titik sentuh yang tidak ditangani tim layanan pelanggan, misalnya "
                "formulir retur atau halaman checkout.</p>",
                "<p>True or false? The lowest emotional point on a journey map often lies at "
                "a touchpoint the customer service team does not handle, such as the returns "
                "form or the checkout page.</p>",
            ),
            feedback=(
                "<p>Benar. Banyak titik masalah berada di proses, situs, atau produk, yang "
                "dimiliki tim lain. Karena itu peta mencatat tim pemilik setiap titik sentuh, "
                "dan karena itu pula CX adalah urusan semua tim.</p>",
                "<p>True. Many pain points sit in processes, the website or the product, which "
                "other teams own. That is why the map records the team that owns each "
                "touchpoint, and why CX is every team's business.</p>",
            ),
            correct=True,
            if_true=(
                "Tepat. Titik rendah sering muncul jauh dari meja layanan pelanggan.",
                "Correct. Low points often appear far from the customer service desk.",
            ),
            if_false=(
                "Kurang tepat. Banyak titik masalah ada di situs, formulir, atau proses yang "
                "dimiliki tim lain, bukan di tim layanan pelanggan.",
                "Not quite. Many pain points sit in the website, forms or processes owned by "
                "other teams, not in the customer service team.",
            ),
        ),
        # 6 ---------------------------------------------------------------------------
        shortanswer(
            "M2 · Term for a point of contact",
            text=(
                "<p>Setiap titik tempat pelanggan berinteraksi dengan sebuah merek, misalnya "
                "iklan, situs web, aplikasi, toko fisik, atau call center, disebut apa? "
                "Tuliskan istilahnya dalam bahasa Indonesia atau Inggris.</p>",
                "<p>What is the name for each point where a customer interacts with a brand, "
                "for example an ad, the website, the app, a physical store or the call center? "
                "Type the term in English or Indonesian.</p>",
            ),
            feedback=(
                "<p>Istilahnya titik sentuh (touchpoint). Peta perjalanan menempatkan setiap "
                "titik sentuh pada tahapnya, lalu mencatat emosi pelanggan dan tim yang "
                "memilikinya.</p>",
                "<p>The term is touchpoint (titik sentuh). A journey map places each "
                "touchpoint at its stage, then records the customer's emotion there and the "
                "team that owns it.</p>",
            ),
            accepted=[
                "titik sentuh",
                "touchpoint",
                "touch point",
                "touch-point",
                "touchpoints",
                "titik kontak",
            ],
            right=RIGHT,
        ),
        # 7 ---------------------------------------------------------------------------
        matching(
            "M2 · Touchpoints and their stages",
            text=(
                "<p>Pasangkan setiap titik sentuh perjalanan pelanggan Kenari Seluler dengan "
                "tahapnya.</p>",
                "<p>Match each touchpoint in Kenari Seluler's customer journey with its stage.</p>",
            ),
            feedback=(
                "<p>Iklan memperkenalkan merek (kesadaran); ulasan dan perbandingan paket "
                "membantu menimbang (pertimbangan); pembayaran adalah pembelian; aktivasi dan "
                "panduan awal adalah penggunaan dan orientasi; keluhan dan bantuan teknis "
                "termasuk purnajual dan dukungan; merekomendasikan ke teman adalah loyalitas "
                "dan advokasi.</p>",
                "<p>An ad introduces the brand (awareness); reviews and plan comparisons help "
                "weigh options (consideration); paying is the purchase; activation and the "
                "first guide are use and onboarding; complaints and technical help belong to "
                "after-sales and support; recommending to a friend is loyalty and "
                "advocacy.</p>",
            ),
            pairs=[
                (
                    (
                        "Melihat iklan paket data di media sosial",
                        "Seeing an ad for a data plan on social media",
                    ),
                    ("Kesadaran", "Awareness"),
                ),
                (
                    (
                        "Membandingkan paket dan membaca ulasan di forum",
                        "Comparing plans and reading reviews on a forum",
                    ),
                    ("Pertimbangan", "Consideration"),
                ),
                (
                    ("Membayar paket di aplikasi", "Paying for the plan in the app"),
                    ("Pembelian", "Purchase"),
                ),
                (
                    (
                        "Mengaktifkan kartu SIM dan mengikuti panduan awal",
                        "Activating the SIM card and following the first-use guide",
                    ),
                    ("Penggunaan dan orientasi", "Use and onboarding"),
                ),
                (
                    (
                        "Melapor ke call center karena sinyal hilang",
                        "Calling the call center because the signal is gone",
                    ),
                    ("Purnajual dan dukungan", "After-sales and support"),
                ),
                (
                    (
                        "Mengajak teman kantor pindah ke Kenari Seluler",
                        "Persuading a colleague to switch to Kenari Seluler",
                    ),
                    ("Loyalitas dan advokasi", "Loyalty and advocacy"),
                ),
            ],
        ),
        # 8 ---------------------------------------------------------------------------
        ordering(
            "M2 · Steps of a mapping exercise",
            text=(
                "<p>Tim Anda akan memetakan perjalanan retur barang di Belanja Melati. "
                "Urutkan langkah kerjanya dari yang pertama hingga yang terakhir.</p>",
                "<p>Your team is about to map the returns journey at Belanja Melati. Put the "
                "steps of the work in order from first to last.</p>",
            ),
            feedback=(
                "<p>Mulailah dari siapa pelanggannya (persona), lalu tahapnya, lalu titik "
                "sentuh di setiap tahap. Setelah itu tandai emosi dan titik masalah, dan "
                "terakhir pilih perbaikan yang dampaknya paling besar dibanding usahanya. "
                "Memilih solusi sebelum memetakan berarti menebak.</p>",
                "<p>Start with who the customer is (persona), then the stages, then the "
                "touchpoints at each stage. Next mark the emotions and pain points, and "
                "finally choose the improvements with the best impact for the effort. Picking "
                "solutions before mapping is guessing.</p>",
            ),
            items=[
                ("Menentukan persona pelanggan", "Choose the customer persona"),
                ("Menyusun daftar tahap perjalanan", "List the stages of the journey"),
                (
                    "Menempatkan titik sentuh di setiap tahap",
                    "Place the touchpoints at each stage",
                ),
                (
                    "Menandai emosi dan titik masalah pelanggan",
                    "Mark the customer's emotions and pain points",
                ),
                (
                    "Memilih perbaikan dengan dampak terbesar dibanding usahanya",
                    "Choose the improvements with the best impact for the effort",
                ),
            ],
        ),
        # 9 ---------------------------------------------------------------------------
        single(
            "M2 · Best fix for the returns form",
            text=(
                "<p>Peta perjalanan retur Belanja Melati menunjukkan titik emosi terendah di "
                "formulir retur: ada 14 kolom isian, dan pelanggan yang sudah masuk ke akunnya "
                "tetap diminta menulis ulang nomor pesanan dan alamatnya.</p>"
                "<p>Perbaikan mana yang memberi dampak terbesar dibanding usahanya?</p>",
                "<p>Belanja Melati's returns journey map shows the lowest emotional point at "
                "the returns form: it has 14 fields, and customers who are already logged in "
                "still have to type their order number and address again.</p>"
                "<p>Which improvement gives the best impact for the effort?</p>",
            ),
            feedback=(
                "<p>Masalahnya ada di formulir itu sendiri, jadi perbaikan terbaik "
                "menyasarnya langsung: isi otomatis data yang sudah dimiliki perusahaan dan "
                "buang kolom yang tidak perlu. Dampaknya besar bagi setiap pelanggan yang "
                "meretur, dan usahanya kecil dibanding membangun ulang aplikasi.</p>",
                "<p>The problem lies in the form itself, so the best fix targets it directly: "
                "fill in the data the company already holds and drop the fields it does not "
                "need. The impact is large for every customer who returns an item, and the "
                "effort is small compared with rebuilding the app.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Mengisi otomatis data pesanan dan alamat dari akun, lalu memangkas "
                        "formulir ke kolom yang benar-benar perlu",
                        "Prefill the order and address from the account, then cut the form "
                        "down to the fields that are really needed",
                    ),
                    (
                        "Tepat. Perbaikan ini langsung menghapus titik masalahnya dengan usaha "
                        "yang kecil.",
                        "Correct. This fix removes the pain point directly, with little effort.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Membangun ulang seluruh aplikasi dari nol",
                        "Rebuild the whole app from scratch",
                    ),
                    (
                        "Kurang tepat. Mungkin berdampak, tetapi usahanya sangat besar untuk "
                        "satu formulir yang bermasalah.",
                        "Not quite. It might help, but the effort is huge for one problem form.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Menambah agen call center untuk membantu pelanggan mengisi formulir",
                        "Add call center agents to help customers fill in the form",
                    ),
                    (
                        "Kurang tepat. Ini mengobati gejalanya dengan biaya terus-menerus, "
                        "sementara formulirnya tetap menyulitkan.",
                        "Not quite. This treats the symptom at an ongoing cost, while the form "
                        "stays painful.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Memasang iklan tentang betapa mudahnya retur di Belanja Melati",
                        "Run ads about how easy returns are at Belanja Melati",
                    ),
                    (
                        "Kurang tepat. Iklan berjanji tanpa memperbaiki apa pun, dan "
                        "pelanggan akan merasakan selisihnya.",
                        "Not quite. Ads promise without fixing anything, and customers will "
                        "feel the gap.",
                    ),
                ),
            ],
        ),
        # 10 --------------------------------------------------------------------------
        single(
            "M2 · Building personas",
            text=(
                "<p>Kenari Seluler ingin menyusun persona pelanggan untuk produk paket "
                "datanya. Dasar segmentasi mana yang paling tepat?</p>",
                "<p>Kenari Seluler wants to build customer personas for its data plans. "
                "Which basis for segmentation fits best?</p>",
            ),
            feedback=(
                "<p>Persona disusun dari perilaku, demografi, preferensi, dan tujuan "
                "pelanggan. Satu data saja, seperti usia atau besar tagihan, terlalu sempit "
                "untuk menjelaskan mengapa pelanggan bertindak seperti yang mereka "
                "lakukan.</p>",
                "<p>Personas are built from customers' behaviour, demographics, preferences "
                "and goals. A single data point, such as age or bill size, is too narrow to "
                "explain why customers act the way they do.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Perilaku, demografi, preferensi, dan tujuan pelanggan",
                        "Customers' behaviour, demographics, preferences and goals",
                    ),
                    (
                        "Tepat. Gabungan keempatnya menggambarkan pelanggan secara utuh.",
                        "Correct. Together the four describe the customer as a whole.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Usia saja, karena data itu paling mudah didapat",
                        "Age alone, because that data is easiest to get",
                    ),
                    (
                        "Kurang tepat. Dua orang seusia bisa memakai paket data dengan cara "
                        "yang sangat berbeda.",
                        "Not quite. Two people of the same age can use a data plan in very "
                        "different ways.",
                    ),
                ),
                choice(
                    "0",
                    ("Besar tagihan bulanan saja", "Monthly bill size alone"),
                    (
                        "Kurang tepat. Besar tagihan menunjukkan nilai pelanggan, bukan tujuan "
                        "dan kebiasaannya.",
                        "Not quite. Bill size shows a customer's value, not their goals and "
                        "habits.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tidak perlu segmentasi; satu pendekatan untuk semua lebih efisien",
                        "No segmentation; one approach for everyone is more efficient",
                    ),
                    (
                        "Kurang tepat. Pendekatan “satu untuk semua” sudah tidak berhasil.",
                        "Not quite. “One size fits all” no longer works.",
                    ),
                ),
            ],
        ),
        # 11 --------------------------------------------------------------------------
        single(
            "M2 · Why the map names the owning team",
            text=(
                "<p>Pada peta perjalanan pengajuan kartu kredit Bank Cempaka, titik emosi "
                "terendah adalah “menunggu kartu dikirim tanpa kabar apa pun”.</p>"
                "<p>Mengapa peta perlu mencatat tim yang memiliki setiap titik sentuh?</p>",
                "<p>On Bank Cempaka's credit card application journey map, the lowest "
                "emotional point is “waiting for the card to be delivered without any "
                "news”.</p><p>Why should the map record the team that owns each "
                "touchpoint?</p>",
            ),
            feedback=(
                "<p>Titik masalah sering berada di luar tim layanan pelanggan, misalnya di "
                "operasional atau pengiriman. Dengan mencatat tim pemiliknya, perbaikan "
                "diserahkan kepada tim yang benar-benar bisa mengubah titik sentuh itu, "
                "misalnya dengan mengirim kabar status pengiriman.</p>",
                "<p>Pain points often lie outside the customer service team, for example in "
                "operations or delivery. Recording the owning team hands the fix to the team "
                "that can actually change the touchpoint, for example by sending delivery "
                "status updates.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Agar perbaikan diserahkan kepada tim yang benar-benar bisa "
                        "mengubahnya, misalnya tim operasional atau pengiriman",
                        "So that the fix goes to the team that can actually change it, for "
                        "example operations or delivery",
                    ),
                    (
                        "Tepat. Peta tanpa pemilik hanya menghasilkan daftar keluhan.",
                        "Correct. A map without owners only produces a list of complaints.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Agar tim layanan pelanggan bisa dimintai tanggung jawab atas setiap "
                        "titik rendah",
                        "So that the customer service team can be held responsible for every "
                        "low point",
                    ),
                    (
                        "Kurang tepat. Tim layanan pelanggan tidak mengirim kartu; membebankan "
                        "semuanya kepada mereka tidak memperbaiki apa pun.",
                        "Not quite. The customer service team does not deliver cards; loading "
                        "everything onto them fixes nothing.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Karena hanya tim pemasaran yang boleh mengubah peta",
                        "Because only the marketing team may change the map",
                    ),
                    (
                        "Kurang tepat. Peta perjalanan adalah alat bersama untuk semua tim.",
                        "Not quite. A journey map is a shared tool for every team.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Tidak perlu; cukup mencatat emosi pelanggan",
                        "It is not needed; recording the customer's emotion is enough",
                    ),
                    (
                        "Kurang tepat. Emosi menunjukkan di mana masalahnya, tetapi tanpa "
                        "pemilik tidak jelas siapa yang memperbaikinya.",
                        "Not quite. Emotion shows where the problem is, but without an owner "
                        "it is unclear who will fix it.",
                    ),
                ),
            ],
        ),
        # 12 --------------------------------------------------------------------------
        numeric(
            "M2 · Drop-off at the returns form",
            text=(
                "<p>Untuk memastikan titik emosi terendah pada peta perjalanan retur, tim CX "
                "Belanja Melati memeriksa data analitik. Bulan lalu 2.000 pelanggan membuka "
                "formulir retur, tetapi hanya 1.400 yang mengirimkannya.</p>"
                "<p>Berapa persen pelanggan yang berhenti di tengah formulir? Tuliskan "
                "angkanya saja, tanpa tanda %.</p>",
                "<p>To confirm the lowest emotional point on the returns journey map, "
                "Belanja Melati's CX team checks the analytics. Last month 2,000 customers "
                "opened the returns form, but only 1,400 submitted it.</p>"
                "<p>What percentage of customers gave up partway through the form? Type the "
                "number only, without a % sign.</p>",
            ),
            feedback=(
                "<p>Yang berhenti = 2.000 − 1.400 = 600 pelanggan; 600 ÷ 2.000 × 100 = 30%. "
                "Persentase dihitung dari semua yang memulai. Data seperti ini menguatkan apa "
                "yang ditunjukkan peta: formulir retur adalah titik masalah yang perlu "
                "diperbaiki lebih dulu.</p>",
                "<p>Those who gave up = 2,000 − 1,400 = 600 customers; 600 ÷ 2,000 × 100 = 30%. "
                "The percentage is taken of everyone who started. Data like this backs up what "
                "the map shows: the returns form is the pain point to fix first.</p>",
            ),
            answers=[
                answer(
                    "30",
                    "0.5",
                    "1",
                    ("Tepat. 600 ÷ 2.000 × 100 = 30%.", "Correct. 600 ÷ 2,000 × 100 = 30%."),
                ),
                answer(
                    "70",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 70% adalah yang berhasil mengirim formulir. Yang "
                        "ditanyakan adalah yang berhenti.",
                        "Not quite. 70% is the share who submitted the form. The question asks "
                        "for those who gave up.",
                    ),
                ),
                answer(
                    "42.86",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan 1.400 yang selesai. Bagilah dengan "
                        "2.000 yang memulai.",
                        "Not quite. You divided by the 1,400 who finished. Divide by the 2,000 "
                        "who started.",
                    ),
                ),
                answer(
                    "600",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 600 adalah jumlah orangnya. Ubah menjadi persentase dari "
                        "2.000.",
                        "Not quite. 600 is the head count. Turn it into a percentage of 2,000.",
                    ),
                ),
            ],
            check={"metric": "drop_off", "started": 2000, "finished": 1400},
        ),
    ],
)


# =====================================================================================
# Module 3 · Measuring CX
# =====================================================================================

MODULE_3 = _quiz(
    slug="kuis-modul-3-mengukur-cx",
    category=["CX Mindset", "Modul 3 · Mengukur CX"],
    title=("Kuis Modul 3: Mengukur CX", "Module 3 quiz: measuring CX"),
    intro=(
        "<p>Kuis ini menguji kemampuan Anda memilih metrik yang tepat dan menghitung CSAT, "
        "NPS, CES, retensi, churn, CLV, FCR, dan AHT. Siapkan kalkulator. Untuk soal hitungan, "
        "tuliskan angkanya saja, tanpa tanda % dan tanpa titik pemisah ribuan; desimal boleh "
        "ditulis dengan koma atau titik.</p>",
        "<p>This quiz checks that you can choose the right metric and calculate CSAT, NPS, "
        "CES, retention, churn, CLV, FCR and AHT. Keep a calculator handy. For calculation "
        "questions, type the number only, without a % sign or thousands separators; you may "
        "write decimals with a point or a comma.</p>",
    ),
    pass_mark=70,
    attempts=3,
    minutes=35,
    questions=[
        # 1 ---------------------------------------------------------------------------
        single(
            "M3 · Metric for the returns process",
            text=(
                "<p>Belanja Melati baru saja menyederhanakan proses retur barang. Manajer CX "
                "ingin tahu apakah <strong>proses</strong> itu kini terasa lebih mudah bagi "
                "pelanggan. Metrik mana yang paling tepat?</p>",
                "<p>Belanja Melati has just simplified its returns process. The CX manager "
                "wants to know whether the <strong>process</strong> now feels easier for "
                "customers. Which metric fits best?</p>",
            ),
            feedback=(
                "<p>CES mengukur seberapa mudah pelanggan menyelesaikan urusannya, jadi cocok "
                "untuk menilai satu proses seperti retur atau orientasi. CSAT menilai satu "
                "interaksi, NPS menilai hubungan secara keseluruhan, dan AHT mengukur "
                "operasional tim layanan.</p>",
                "<p>CES measures how easy it is for customers to get their issue handled, so "
                "it suits judging one process such as returns or onboarding. CSAT judges one "
                "interaction, NPS the relationship as a whole, and AHT the service team's "
                "operations.</p>",
            ),
            choices=[
                choice(
                    "1",
                    ("Customer effort score (CES)", "Customer effort score (CES)"),
                    (
                        "Tepat. CES dipakai per proses, seperti retur dan orientasi.",
                        "Correct. CES is used per process, such as returns and onboarding.",
                    ),
                ),
                choice(
                    "0",
                    ("Net promoter score (NPS)", "Net promoter score (NPS)"),
                    (
                        "Kurang tepat. NPS mengukur loyalitas terhadap merek secara "
                        "keseluruhan, bukan kemudahan satu proses.",
                        "Not quite. NPS measures loyalty to the brand as a whole, not how easy "
                        "one process is.",
                    ),
                ),
                choice(
                    "0",
                    ("Customer lifetime value (CLV)", "Customer lifetime value (CLV)"),
                    (
                        "Kurang tepat. CLV mengukur nilai bisnis seorang pelanggan, bukan "
                        "kemudahan proses.",
                        "Not quite. CLV measures a customer's business value, not how easy a "
                        "process is.",
                    ),
                ),
                choice(
                    "0",
                    ("Average handling time (AHT)", "Average handling time (AHT)"),
                    (
                        "Kurang tepat. AHT mengukur lamanya agen menangani kontak, bukan "
                        "usaha yang dirasakan pelanggan.",
                        "Not quite. AHT measures how long agents take per contact, not the "
                        "effort customers feel.",
                    ),
                ),
            ],
        ),
        # 2 ---------------------------------------------------------------------------
        numeric(
            "M3 · CSAT from a chat survey",
            text=(
                "<p>Setelah chat dengan agen, pelanggan Belanja Melati ditanya: “Seberapa puas "
                "Anda dengan bantuan hari ini?” (skala 1–5). Bulan ini masuk 480 jawaban:</p>"
                "<ul><li>5 (sangat puas): 210</li><li>4 (puas): 150</li><li>3 (biasa saja): "
                "60</li><li>2 (tidak puas): 36</li><li>1 (sangat tidak puas): 24</li></ul>"
                "<p>Berapa CSAT-nya, dalam persen?</p>",
                "<p>After a chat with an agent, Belanja Melati customers are asked: “How "
                "satisfied are you with today's help?” (scale 1–5). This month 480 answers "
                "came in:</p>"
                "<ul><li>5 (very satisfied): 210</li><li>4 (satisfied): 150</li><li>3 "
                "(neutral): 60</li><li>2 (dissatisfied): 36</li><li>1 (very dissatisfied): "
                "24</li></ul>"
                "<p>What is the CSAT, in percent?</p>",
            ),
            feedback=(
                "<p>CSAT = jawaban puas (4 atau 5) ÷ semua jawaban × 100 = (210 + 150) ÷ 480 × "
                "100 = 75%. Jawaban 3 bersifat netral, jadi tidak dihitung sebagai puas, "
                "tetapi tetap masuk ke total.</p>",
                "<p>CSAT = satisfied answers (4 or 5) ÷ all answers × 100 = (210 + 150) ÷ 480 × "
                "100 = 75%. Answers of 3 are neutral, so they do not count as satisfied, but "
                "they stay in the total.</p>",
            ),
            answers=[
                answer(
                    "75",
                    "0.5",
                    "1",
                    ("Tepat. 360 ÷ 480 × 100 = 75%.", "Correct. 360 ÷ 480 × 100 = 75%."),
                ),
                answer(
                    "43.75",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda hanya menghitung skor 5. Skor 4 juga termasuk puas.",
                        "Not quite. You counted only the 5s. A 4 also counts as satisfied.",
                    ),
                ),
                answer(
                    "87.5",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda ikut menghitung skor 3. Skor 3 netral, bukan puas.",
                        "Not quite. You also counted the 3s. A 3 is neutral, not satisfied.",
                    ),
                ),
                answer(
                    "4.01",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Itu rata-rata skornya. CSAT adalah persentase jawaban "
                        "4 atau 5.",
                        "Not quite. That is the average score. CSAT is the percentage of "
                        "answers of 4 or 5.",
                    ),
                ),
                answer(
                    "360",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 360 adalah jumlah jawaban puas. Bagilah dengan 480 dan "
                        "kalikan 100.",
                        "Not quite. 360 is the number of satisfied answers. Divide it by 480 "
                        "and multiply by 100.",
                    ),
                ),
            ],
            check={"metric": "csat", "counts": {5: 210, 4: 150, 3: 60, 2: 36, 1: 24}},
        ),
        # 3 ---------------------------------------------------------------------------
        numeric(
            "M3 · NPS from a score distribution",
            text=(
                "<p>Bank Cempaka bertanya kepada pengguna aplikasinya: “Seberapa besar "
                "kemungkinan Anda merekomendasikan Bank Cempaka kepada teman?” (skala 0–10). "
                "Dari 400 jawaban:</p>"
                "<ul><li>skor 10: 110</li><li>skor 9: 70</li><li>skor 8: 65</li>"
                "<li>skor 7: 55</li><li>skor 6: 40</li><li>skor 5: 30</li>"
                "<li>skor 0–4: 30</li></ul>"
                "<p>Berapa NPS-nya?</p>",
                "<p>Bank Cempaka asks its app users: “How likely are you to recommend Bank "
                "Cempaka to a friend?” (scale 0–10). Of 400 answers:</p>"
                "<ul><li>score 10: 110</li><li>score 9: 70</li><li>score 8: 65</li>"
                "<li>score 7: 55</li><li>score 6: 40</li><li>score 5: 30</li>"
                "<li>scores 0–4: 30</li></ul>"
                "<p>What is the NPS?</p>",
            ),
            feedback=(
                "<p>Promotor (9–10) = 110 + 70 = 180, yaitu 45%. Detraktor (0–6) = 40 + 30 + "
                "30 = 100, yaitu 25%. Pasif (7–8) = 120: mereka tetap masuk total 400, tetapi "
                "tidak masuk kelompok mana pun. NPS = 45 − 25 = 20. Ingat, skor 6 termasuk "
                "detraktor.</p>",
                "<p>Promoters (9–10) = 110 + 70 = 180, which is 45%. Detractors (0–6) = 40 + "
                "30 + 30 = 100, which is 25%. Passives (7–8) = 120: they stay in the total of "
                "400 but belong to neither group. NPS = 45 − 25 = 20. Remember that a 6 is a "
                "detractor.</p>",
            ),
            answers=[
                answer(
                    "20",
                    "0.5",
                    "1",
                    (
                        "Tepat. 45% promotor dikurangi 25% detraktor menghasilkan NPS 20.",
                        "Correct. 45% promoters minus 25% detractors gives an NPS of 20.",
                    ),
                ),
                answer(
                    "28.57",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda mengeluarkan 120 jawaban pasif dari total. Pasif "
                        "tetap dihitung dalam total 400 jawaban.",
                        "Not quite. You left the 120 passives out of the total. Passives still "
                        "count in the total of 400 answers.",
                    ),
                ),
                answer(
                    "-10",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda menghitung pasif sebagai detraktor. Pasif (7–8) "
                        "tidak masuk kelompok mana pun.",
                        "Not quite. You counted the passives as detractors. Passives (7–8) "
                        "belong to neither group.",
                    ),
                ),
                answer(
                    "30",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda menganggap skor 6 sebagai pasif. Detraktor adalah "
                        "skor 0–6, jadi 40 jawaban skor 6 termasuk detraktor.",
                        "Not quite. You treated a 6 as passive. Detractors score 0–6, so the "
                        "40 answers of 6 are detractors.",
                    ),
                ),
                answer(
                    "80",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 80 adalah selisih jumlah orang (180 − 100). NPS "
                        "dihitung dari persentase, bukan dari jumlah.",
                        "Not quite. 80 is the difference in head count (180 − 100). NPS is "
                        "calculated from percentages, not counts.",
                    ),
                ),
                answer(
                    "45",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 45 hanyalah persentase promotor. Kurangi dengan "
                        "persentase detraktor.",
                        "Not quite. 45 is only the percentage of promoters. Subtract the "
                        "percentage of detractors.",
                    ),
                ),
            ],
            check={
                "metric": "nps",
                "groups": [
                    (10, 10, 110),
                    (9, 9, 70),
                    (8, 8, 65),
                    (7, 7, 55),
                    (6, 6, 40),
                    (5, 5, 30),
                    (0, 4, 30),
                ],
            },
        ),
        # 4 ---------------------------------------------------------------------------
        multi(
            "M3 · Facts about NPS",
            text=(
                "<p>Pernyataan mana saja yang benar tentang NPS? Pilih semua yang benar. "
                "Pilihan yang keliru mengurangi nilai.</p>",
                "<p>Which statements about NPS are true? Select all that apply. Wrong choices "
                "lower your score.</p>",
            ),
            feedback=(
                "<p>NPS = % promotor (9–10) − % detraktor (0–6). Pasif (7–8) ikut dalam total "
                "tetapi tidak masuk kelompok mana pun, dan hasilnya berkisar dari −100 sampai "
                "+100. NPS adalah pandangan makro tentang loyalitas dan hubungan, bukan "
                "penilaian satu interaksi; untuk itu gunakan CSAT.</p>",
                "<p>NPS = % promoters (9–10) − % detractors (0–6). Passives (7–8) count in "
                "the total but belong to neither group, and the result runs from −100 to "
                "+100. NPS is a macro view of loyalty and the relationship, not a verdict on "
                "one interaction; use CSAT for that.</p>",
            ),
            choices=[
                choice(
                    "0.5",
                    (
                        "Nilainya berkisar dari −100 sampai +100",
                        "Its value runs from −100 to +100",
                    ),
                    (
                        "Benar. Jika semua penjawab detraktor, NPS-nya −100; jika semua "
                        "promotor, +100.",
                        "Correct. If every respondent is a detractor the NPS is −100; if every "
                        "one is a promoter, +100.",
                    ),
                ),
                choice(
                    "0.5",
                    (
                        "Jawaban pasif (7–8) ikut dihitung dalam total, tetapi tidak masuk "
                        "kelompok mana pun",
                        "Passive answers (7–8) count in the total but belong to neither group",
                    ),
                    (
                        "Benar. Inilah aturan yang paling sering keliru diterapkan.",
                        "Correct. This is the rule most often applied wrongly.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Jawaban pasif dihitung sebagai detraktor",
                        "Passive answers count as detractors",
                    ),
                    (
                        "Keliru. Pasif tidak termasuk promotor maupun detraktor; mereka hanya "
                        "menambah total.",
                        "Wrong. Passives are neither promoters nor detractors; they only add to "
                        "the total.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "NPS paling cocok untuk menilai satu sesi chat tertentu",
                        "NPS is best suited to judging one particular chat session",
                    ),
                    (
                        "Keliru. Untuk satu interaksi gunakan CSAT; NPS mengukur hubungan "
                        "secara keseluruhan.",
                        "Wrong. Use CSAT for one interaction; NPS measures the relationship as "
                        "a whole.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "NPS adalah persentase, jadi nilainya selalu antara 0 dan 100",
                        "NPS is a percentage, so it is always between 0 and 100",
                    ),
                    (
                        "Keliru. NPS adalah selisih dua persentase, jadi bisa negatif.",
                        "Wrong. NPS is the difference of two percentages, so it can be negative.",
                    ),
                ),
            ],
        ),
        # 5 ---------------------------------------------------------------------------
        truefalse(
            "M3 · A negative NPS is possible",
            text=(
                "<p>Benar atau salah? Laporan Kenari Seluler menunjukkan NPS −15. Angka itu "
                "pasti salah hitung, karena NPS tidak mungkin negatif.</p>",
                "<p>True or false? Kenari Seluler's report shows an NPS of −15. That figure "
                "must be a calculation error, because NPS cannot be negative.</p>",
            ),
            feedback=(
                "<p>Salah. NPS = % promotor − % detraktor, dengan rentang −100 sampai +100. "
                "Jika detraktor lebih banyak daripada promotor, NPS menjadi negatif, misalnya "
                "20% promotor dan 35% detraktor menghasilkan −15.</p>",
                "<p>False. NPS = % promoters − % detractors, with a range of −100 to +100. "
                "When there are more detractors than promoters, the NPS is negative; for "
                "example, 20% promoters and 35% detractors give −15.</p>",
            ),
            correct=False,
            if_true=(
                "Kurang tepat. NPS bisa negatif: cukup ada lebih banyak detraktor daripada "
                "promotor.",
                "Not quite. NPS can be negative: all it takes is more detractors than promoters.",
            ),
            if_false=(
                "Tepat. NPS −15 berarti detraktor 15 poin persentase lebih banyak daripada "
                "promotor.",
                "Correct. An NPS of −15 means detractors outnumber promoters by 15 percentage "
                "points.",
            ),
        ),
        # 6 ---------------------------------------------------------------------------
        numeric(
            "M3 · CES after a return",
            text=(
                "<p>Setelah meretur barang, pelanggan Belanja Melati diminta menilai "
                "pernyataan “Belanja Melati memudahkan saya menyelesaikan urusan saya” pada "
                "skala 1 (sangat tidak setuju) sampai 7 (sangat setuju). Dari 200 jawaban:</p>"
                "<ul><li>7: 30</li><li>6: 40</li><li>5: 50</li><li>4: 40</li><li>3: 20</li>"
                "<li>2: 10</li><li>1: 10</li></ul>"
                "<p>Berapa CES-nya, dilaporkan sebagai <strong>rata-rata</strong>? Tuliskan "
                "sampai dua angka desimal.</p>",
                "<p>After returning an item, Belanja Melati customers are asked to rate the "
                "statement “Belanja Melati made it easy to handle my issue” on a scale from 1 "
                "(strongly disagree) to 7 (strongly agree). Of 200 answers:</p>"
                "<ul><li>7: 30</li><li>6: 40</li><li>5: 50</li><li>4: 40</li><li>3: 20</li>"
                "<li>2: 10</li><li>1: 10</li></ul>"
                "<p>What is the CES, reported as the <strong>mean</strong>? Give up to two "
                "decimal places.</p>",
            ),
            feedback=(
                "<p>Rata-rata = jumlah (skor × banyak jawaban) ÷ semua jawaban = (7×30 + 6×40 "
                "+ 5×50 + 4×40 + 3×20 + 2×10 + 1×10) ÷ 200 = 950 ÷ 200 = 4,75. CES juga bisa "
                "dilaporkan sebagai persentase yang setuju (skor 5–7), di sini 60%, tetapi "
                "soal ini menanyakan rata-ratanya.</p>",
                "<p>Mean = sum of (score × number of answers) ÷ all answers = (7×30 + 6×40 + "
                "5×50 + 4×40 + 3×20 + 2×10 + 1×10) ÷ 200 = 950 ÷ 200 = 4.75. CES can also be "
                "reported as the percentage who agree (scores 5–7), here 60%, but this "
                "question asks for the mean.</p>",
            ),
            answers=[
                answer(
                    "4.75",
                    "0.05",
                    "1",
                    ("Tepat. 950 ÷ 200 = 4,75.", "Correct. 950 ÷ 200 = 4.75."),
                ),
                answer(
                    "60",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 60% adalah persentase yang setuju (5–7). Soal ini "
                        "menanyakan rata-ratanya.",
                        "Not quite. 60% is the percentage who agree (5–7). This question asks "
                        "for the mean.",
                    ),
                ),
                answer(
                    "4",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. 4 adalah titik tengah skala. Setiap skor perlu "
                        "dikalikan dengan banyak jawabannya.",
                        "Not quite. 4 is the middle of the scale. Each score must be weighted "
                        "by its number of answers.",
                    ),
                ),
                answer(
                    "135.71",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan 7 (banyaknya pilihan skor). Bagilah "
                        "dengan jumlah jawaban, yaitu 200.",
                        "Not quite. You divided by 7 (the number of score options). Divide by "
                        "the number of answers, which is 200.",
                    ),
                ),
            ],
            check={"metric": "ces", "counts": {7: 30, 6: 40, 5: 50, 4: 40, 3: 20, 2: 10, 1: 10}},
        ),
        # 7 ---------------------------------------------------------------------------
        shortanswer(
            "M3 · Term for the effort metric",
            text=(
                "<p>Metrik yang menanyakan apakah perusahaan memudahkan pelanggan "
                "menyelesaikan urusannya, biasanya pada skala 1–7, disebut apa? Tuliskan "
                "singkatan atau nama lengkapnya.</p>",
                "<p>What is the metric called that asks whether the company made it easy for "
                "customers to handle their issue, usually on a 1–7 scale? Type its "
                "abbreviation or full name.</p>",
            ),
            feedback=(
                "<p>Jawabannya CES (customer effort score). Semakin kecil usaha yang harus "
                "dikeluarkan pelanggan, semakin besar peluang ia tetap setia dan semakin kecil "
                "churn.</p>",
                "<p>The answer is CES (customer effort score). The less effort customers have "
                "to make, the more likely they stay loyal, and the lower the churn.</p>",
            ),
            accepted=[
                "ces",
                "customer effort score",
                "customer effort score (ces)",
                "skor usaha pelanggan",
            ],
            right=RIGHT,
        ),
        # 8 ---------------------------------------------------------------------------
        numeric(
            "M3 · Retention of postpaid customers",
            text=(
                "<p>Kenari Seluler memiliki 2.400 pelanggan pascabayar pada awal tahun. "
                "Sepanjang tahun, ada 600 pelanggan baru, dan pada akhir tahun jumlah "
                "pelanggannya 2.520.</p>"
                "<p>Berapa tingkat retensi pelanggannya, dalam persen?</p>",
                "<p>Kenari Seluler has 2,400 postpaid customers at the start of the year. "
                "During the year it wins 600 new customers, and at the end of the year it has "
                "2,520.</p>"
                "<p>What is its customer retention rate, in percent?</p>",
            ),
            feedback=(
                "<p>Retensi = (E − N) ÷ S × 100 = (2.520 − 600) ÷ 2.400 × 100 = 1.920 ÷ 2.400 "
                "× 100 = 80%. Pelanggan baru harus dikurangi lebih dulu, karena retensi hanya "
                "menghitung pelanggan lama yang bertahan.</p>",
                "<p>Retention = (E − N) ÷ S × 100 = (2,520 − 600) ÷ 2,400 × 100 = 1,920 ÷ "
                "2,400 × 100 = 80%. The new customers must be subtracted first, because "
                "retention counts only the existing customers who stayed.</p>",
            ),
            answers=[
                answer(
                    "80",
                    "0.5",
                    "1",
                    (
                        "Tepat. (2.520 − 600) ÷ 2.400 × 100 = 80%.",
                        "Correct. (2,520 − 600) ÷ 2,400 × 100 = 80%.",
                    ),
                ),
                answer(
                    "105",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda belum mengurangi 600 pelanggan baru. Retensi hanya "
                        "menghitung pelanggan lama yang bertahan.",
                        "Not quite. You did not subtract the 600 new customers. Retention "
                        "counts only the existing customers who stayed.",
                    ),
                ),
                answer(
                    "76.19",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan jumlah akhir (2.520). Bagilah "
                        "dengan jumlah awal, 2.400.",
                        "Not quite. You divided by the end count (2,520). Divide by the start "
                        "count, 2,400.",
                    ),
                ),
                answer(
                    "20",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 20% adalah tingkat churn: 480 dari 2.400 pelanggan "
                        "pergi. Yang ditanyakan adalah retensi.",
                        "Not quite. 20% is the churn rate: 480 of the 2,400 customers left. "
                        "The question asks for retention.",
                    ),
                ),
                answer(
                    "5",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 5% adalah pertumbuhan jumlah pelanggan, bukan retensi.",
                        "Not quite. 5% is the growth in customer numbers, not retention.",
                    ),
                ),
            ],
            check={"metric": "retention", "start": 2400, "new": 600, "end": 2520},
        ),
        # 9 ---------------------------------------------------------------------------
        numeric(
            "M3 · Churn of a membership programme",
            text=(
                "<p>Program keanggotaan gratis ongkir Belanja Melati memiliki 1.600 anggota "
                "pada awal bulan. Selama bulan itu, 240 anggota berhenti dan 400 anggota baru "
                "bergabung, sehingga pada akhir bulan ada 1.760 anggota.</p>"
                "<p>Berapa tingkat churn bulan itu, dalam persen?</p>",
                "<p>Belanja Melati's free-shipping membership has 1,600 members at the start "
                "of the month. During the month 240 members cancel and 400 new members join, "
                "so there are 1,760 members at the end of the month.</p>"
                "<p>What is the churn rate for the month, in percent?</p>",
            ),
            feedback=(
                "<p>Churn = pelanggan yang hilang ÷ pelanggan di awal periode × 100 = 240 ÷ "
                "1.600 × 100 = 15%. Penyebutnya selalu jumlah awal; anggota baru tidak ikut "
                "dihitung.</p>",
                "<p>Churn = customers lost ÷ customers at the start of the period × 100 = 240 "
                "÷ 1,600 × 100 = 15%. The denominator is always the start count; new members "
                "are not included.</p>",
            ),
            answers=[
                answer(
                    "15",
                    "0.5",
                    "1",
                    ("Tepat. 240 ÷ 1.600 × 100 = 15%.", "Correct. 240 ÷ 1,600 × 100 = 15%."),
                ),
                answer(
                    "13.64",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan jumlah akhir (1.760). Churn dibagi "
                        "dengan jumlah awal.",
                        "Not quite. You divided by the end count (1,760). Churn is divided by "
                        "the start count.",
                    ),
                ),
                answer(
                    "12",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda menambahkan anggota baru ke penyebut. Churn hanya "
                        "dibagi dengan jumlah awal.",
                        "Not quite. You added the new members to the denominator. Churn is "
                        "divided by the start count only.",
                    ),
                ),
                answer(
                    "85",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 85% adalah retensi, yaitu anggota lama yang bertahan. "
                        "Yang ditanyakan adalah churn.",
                        "Not quite. 85% is the retention rate, the existing members who "
                        "stayed. The question asks for churn.",
                    ),
                ),
            ],
            check={"metric": "churn", "start": 1600, "lost": 240, "new": 400, "end": 1760},
        ),
        # 10 --------------------------------------------------------------------------
        numeric(
            "M3 · CLV of a cosmetics customer",
            text=(
                "<p>Pelanggan toko kosmetik daring Anggrek Beauty rata-rata berbelanja Rp "
                "180.000 per pesanan, 5 kali setahun, dan bertahan sebagai pelanggan selama 4 "
                "tahun.</p>"
                "<p>Berapa CLV sederhananya, dalam rupiah? Tuliskan angkanya tanpa titik "
                "pemisah ribuan, misalnya 1250000.</p>",
                "<p>Customers of the online cosmetics shop Anggrek Beauty spend on average "
                "Rp 180,000 per order, 5 times a year, and stay customers for 4 years.</p>"
                "<p>What is the simple CLV, in rupiah? Type the number without thousands "
                "separators, for example 1250000.</p>",
            ),
            feedback=(
                "<p>CLV sederhana = nilai pesanan rata-rata × pembelian per tahun × lama "
                "menjadi pelanggan (tahun) = Rp 180.000 × 5 × 4 = Rp 3.600.000. Ketiga faktor "
                "harus dikalikan; melupakan satu saja membuat nilai pelanggan tampak jauh "
                "lebih kecil.</p>",
                "<p>Simple CLV = average order value × purchases per year × years as a "
                "customer = Rp 180,000 × 5 × 4 = Rp 3,600,000. All three factors must be "
                "multiplied; leave one out and the customer looks far less valuable.</p>",
            ),
            answers=[
                answer(
                    "3600000",
                    "0",
                    "1",
                    (
                        "Tepat. Rp 180.000 × 5 × 4 = Rp 3.600.000.",
                        "Correct. Rp 180,000 × 5 × 4 = Rp 3,600,000.",
                    ),
                ),
                answer(
                    "900000",
                    "0",
                    "0",
                    (
                        "Kurang tepat. Itu nilai satu tahun. Kalikan juga dengan 4 tahun.",
                        "Not quite. That is one year's value. Multiply by the 4 years too.",
                    ),
                ),
                answer(
                    "720000",
                    "0",
                    "0",
                    (
                        "Kurang tepat. Anda lupa mengalikan dengan 5 pembelian per tahun.",
                        "Not quite. You forgot to multiply by the 5 purchases a year.",
                    ),
                ),
                answer(
                    "3.6",
                    "0.05",
                    "0",
                    (
                        "Hampir. Tampaknya Anda menjawab dalam juta. Tuliskan jumlah rupiah "
                        "lengkapnya: 3600000.",
                        "Almost. You seem to have answered in millions. Type the full rupiah "
                        "amount: 3600000.",
                    ),
                ),
            ],
            check={"metric": "clv", "order_value": 180000, "purchases_per_year": 5, "years": 4},
        ),
        # 11 --------------------------------------------------------------------------
        numeric(
            "M3 · FCR of a bank call center",
            text=(
                "<p>Dalam satu minggu, call center Bank Cempaka menerima 2.600 kontak yang "
                "menyangkut 2.000 masalah nasabah; sebagian nasabah menelepon lebih dari "
                "sekali. Sebanyak 1.540 masalah selesai pada kontak pertama.</p>"
                "<p>Berapa FCR-nya, dalam persen?</p>",
                "<p>In one week, Bank Cempaka's call center receives 2,600 contacts about "
                "2,000 customer issues; some customers call more than once. 1,540 issues are "
                "resolved on the first contact.</p>"
                "<p>What is the FCR, in percent?</p>",
            ),
            feedback=(
                "<p>FCR = masalah yang selesai pada kontak pertama ÷ semua masalah × 100 = "
                "1.540 ÷ 2.000 × 100 = 77%. Penyebutnya adalah jumlah masalah, bukan jumlah "
                "kontak: kontak ulang justru tanda masalah yang tidak selesai pertama kali.</p>",
                "<p>FCR = issues resolved on the first contact ÷ all issues × 100 = 1,540 ÷ "
                "2,000 × 100 = 77%. The denominator is the number of issues, not contacts: "
                "repeat contacts are precisely the sign of issues not solved the first "
                "time.</p>",
            ),
            answers=[
                answer(
                    "77",
                    "0.5",
                    "1",
                    ("Tepat. 1.540 ÷ 2.000 × 100 = 77%.", "Correct. 1,540 ÷ 2,000 × 100 = 77%."),
                ),
                answer(
                    "59.23",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan jumlah kontak (2.600). FCR dibagi "
                        "dengan jumlah masalah.",
                        "Not quite. You divided by the number of contacts (2,600). FCR is "
                        "divided by the number of issues.",
                    ),
                ),
                answer(
                    "23",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 23% adalah masalah yang tidak selesai pada kontak "
                        "pertama. Yang ditanyakan adalah yang selesai.",
                        "Not quite. 23% is the share of issues not resolved on the first "
                        "contact. The question asks for those resolved.",
                    ),
                ),
            ],
            check={"metric": "fcr", "issues": 2000, "first_contact": 1540, "contacts": 2600},
        ),
        # 12 --------------------------------------------------------------------------
        numeric(
            "M3 · AHT of a telco shift",
            text=(
                "<p>Dalam satu shift, tim call center Kenari Seluler menangani 400 panggilan. "
                "Total waktu bicara 1.800 menit, waktu tunggu (hold) 240 menit, dan pekerjaan "
                "setelah panggilan 360 menit.</p>"
                "<p>Berapa AHT-nya, dalam menit per panggilan?</p>",
                "<p>In one shift, Kenari Seluler's call center team handles 400 calls. Total "
                "talk time is 1,800 minutes, hold time 240 minutes and after-call work 360 "
                "minutes.</p>"
                "<p>What is the AHT, in minutes per call?</p>",
            ),
            feedback=(
                "<p>AHT = (waktu bicara + waktu tunggu + pekerjaan setelah kontak) ÷ jumlah "
                "kontak yang ditangani = (1.800 + 240 + 360) ÷ 400 = 2.400 ÷ 400 = 6 menit. "
                "Ketiga komponen waktu harus dijumlahkan.</p>",
                "<p>AHT = (talk time + hold time + after-contact work) ÷ contacts handled = "
                "(1,800 + 240 + 360) ÷ 400 = 2,400 ÷ 400 = 6 minutes. All three time "
                "components must be added up.</p>",
            ),
            answers=[
                answer(
                    "6",
                    "0.05",
                    "1",
                    (
                        "Tepat. (1.800 + 240 + 360) ÷ 400 = 6 menit.",
                        "Correct. (1,800 + 240 + 360) ÷ 400 = 6 minutes.",
                    ),
                ),
                answer(
                    "4.5",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda hanya menghitung waktu bicara. Tambahkan waktu "
                        "tunggu dan pekerjaan setelah panggilan.",
                        "Not quite. You counted only talk time. Add hold time and after-call work.",
                    ),
                ),
                answer(
                    "5.1",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda lupa pekerjaan setelah panggilan (360 menit).",
                        "Not quite. You left out the after-call work (360 minutes).",
                    ),
                ),
                answer(
                    "5.4",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda lupa waktu tunggu (240 menit).",
                        "Not quite. You left out the hold time (240 minutes).",
                    ),
                ),
                answer(
                    "2400",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 2.400 menit adalah total waktunya. Bagilah dengan 400 "
                        "panggilan.",
                        "Not quite. 2,400 minutes is the total time. Divide it by the 400 calls.",
                    ),
                ),
            ],
            check={"metric": "aht", "talk": 1800, "hold": 240, "after": 360, "contacts": 400},
        ),
        # 13 --------------------------------------------------------------------------
        matching(
            "M3 · Formulas and their metrics",
            text=(
                "<p>Pasangkan setiap rumus dengan nama metriknya. Satu jawaban tidak dipakai.</p>",
                "<p>Match each formula with the name of its metric. One answer is not used.</p>",
            ),
            feedback=(
                "<p>CSAT menghitung jawaban puas; NPS mengurangkan persentase detraktor dari "
                "persentase promotor; retensi mengurangi pelanggan baru sebelum membagi dengan "
                "jumlah awal; churn membagi pelanggan yang hilang dengan jumlah awal; CLV "
                "mengalikan nilai pesanan, frekuensi, dan lama; AHT menjumlahkan tiga komponen "
                "waktu lalu membagi dengan jumlah kontak. CES tidak punya rumus di sini: ia "
                "rata-rata (atau persentase setuju) dari satu pertanyaan tentang "
                "kemudahan.</p>",
                "<p>CSAT counts satisfied answers; NPS subtracts the percentage of detractors "
                "from the percentage of promoters; retention subtracts new customers before "
                "dividing by the start count; churn divides customers lost by the start "
                "count; CLV multiplies order value, frequency and duration; AHT adds up three "
                "time components and divides by the number of contacts. CES has no formula "
                "here: it is the mean (or percentage agreeing) of one question about "
                "ease.</p>",
            ),
            pairs=[
                (
                    (
                        "Jawaban 4 atau 5 (skala 1–5) ÷ semua jawaban × 100",
                        "Answers of 4 or 5 (scale 1–5) ÷ all answers × 100",
                    ),
                    ("CSAT", "CSAT"),
                ),
                (
                    ("% promotor − % detraktor", "% promoters − % detractors"),
                    ("NPS", "NPS"),
                ),
                (
                    (
                        "(pelanggan akhir − pelanggan baru) ÷ pelanggan awal × 100",
                        "(customers at the end − new customers) ÷ customers at the start × 100",
                    ),
                    ("Retensi", "Retention"),
                ),
                (
                    (
                        "Pelanggan yang hilang ÷ pelanggan awal × 100",
                        "Customers lost ÷ customers at the start × 100",
                    ),
                    ("Churn", "Churn"),
                ),
                (
                    (
                        "Nilai pesanan rata-rata × pembelian per tahun × lama menjadi "
                        "pelanggan (tahun)",
                        "Average order value × purchases per year × years as a customer",
                    ),
                    ("CLV", "CLV"),
                ),
                (
                    (
                        "(waktu bicara + waktu tunggu + pekerjaan setelah kontak) ÷ jumlah kontak",
                        "(talk time + hold time + after-contact work) ÷ number of contacts",
                    ),
                    ("AHT", "AHT"),
                ),
                (("", ""), ("CES", "CES")),
            ],
        ),
        # 14 --------------------------------------------------------------------------
        ordering(
            "M3 · Steps to calculate NPS",
            text=(
                "<p>Urutkan langkah menghitung NPS dari survei, dari yang pertama hingga yang "
                "terakhir.</p>",
                "<p>Put the steps for calculating NPS from a survey in order, from first to "
                "last.</p>",
            ),
            feedback=(
                "<p>Ajukan pertanyaan 0–10, hitung semua jawaban (termasuk pasif) sebagai "
                "total, kelompokkan jawabannya, hitung persentase promotor dan detraktor dari "
                "total itu, lalu kurangkan, seperti solusi di lab metrik. Pasif tetap ada di "
                "total meskipun tidak masuk kelompok mana pun.</p>",
                "<p>Ask the 0–10 question, count every answer (passives included) as the "
                "total, group the answers, work out the percentages of promoters and "
                "detractors of that total, then subtract, as in the metric lab's worked "
                "solution. Passives stay in the total even though they belong to neither "
                "group.</p>",
            ),
            items=[
                (
                    "Menanyakan seberapa besar kemungkinan pelanggan merekomendasikan (0–10)",
                    "Ask how likely customers are to recommend (0–10)",
                ),
                (
                    "Menghitung total semua jawaban, termasuk pasif",
                    "Count the total of all answers, passives included",
                ),
                (
                    "Mengelompokkan jawaban: promotor 9–10, pasif 7–8, detraktor 0–6",
                    "Group the answers: promoters 9–10, passives 7–8, detractors 0–6",
                ),
                (
                    "Menghitung persentase promotor dan persentase detraktor dari total",
                    "Work out the percentage of promoters and of detractors in the total",
                ),
                (
                    "Mengurangkan persentase detraktor dari persentase promotor",
                    "Subtract the percentage of detractors from the percentage of promoters",
                ),
            ],
        ),
    ],
)


# =====================================================================================
# Module 4 · CX strategy and culture
# =====================================================================================

MODULE_4 = _quiz(
    slug="kuis-modul-4-strategi-budaya",
    category=["CX Mindset", "Modul 4 · Strategi dan budaya"],
    title=("Kuis Modul 4: Strategi dan budaya CX", "Module 4 quiz: CX strategy and culture"),
    intro=(
        "<p>Kuis ini menguji cara Anda menyusun strategi CX: tujuan SMART, omnichannel, "
        "pelatihan, personalisasi, lingkaran umpan balik, dan otomatisasi yang tahu kapan "
        "harus menyerahkan percakapan kepada manusia. Untuk soal hitungan, tuliskan angkanya "
        "saja.</p>",
        "<p>This quiz checks how you build a CX strategy: SMART goals, omnichannel, "
        "training, personalisation, the feedback loop, and automation that knows when to "
        "hand the conversation over to a person. For the calculation question, type the "
        "number only.</p>",
    ),
    pass_mark=70,
    attempts=3,
    minutes=25,
    questions=[
        # 1 ---------------------------------------------------------------------------
        single(
            "M4 · A SMART goal",
            text=(
                "<p>Tim CX Belanja Melati sedang menetapkan tujuan untuk semester depan. "
                "Tujuan mana yang memenuhi kriteria SMART (spesifik, terukur, dapat dicapai, "
                "relevan, dan berbatas waktu)?</p>",
                "<p>Belanja Melati's CX team is setting a goal for the next six months. Which "
                "goal meets the SMART criteria (specific, measurable, achievable, relevant and "
                "time-bound)?</p>",
            ),
            feedback=(
                "<p>Tujuan SMART menyebut apa yang diukur, dari angka berapa ke angka berapa, "
                "dengan cara apa, dan sampai kapan. “Membuat pelanggan lebih bahagia” atau "
                "“secepatnya” tidak bisa dievaluasi, jadi tidak bisa dipakai untuk "
                "memperbaiki apa pun.</p>",
                "<p>A SMART goal says what is measured, from which figure to which, how, and "
                "by when. “Make customers happier” or “as soon as possible” cannot be "
                "evaluated, so they cannot drive any improvement.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Menaikkan CES proses retur dari 4,2 menjadi 5,0 dalam enam bulan, "
                        "diukur lewat survei setelah setiap retur",
                        "Raise the returns process CES from 4.2 to 5.0 within six months, "
                        "measured by a survey after each return",
                    ),
                    (
                        "Tepat. Tujuan ini spesifik, terukur, realistis, relevan, dan punya "
                        "batas waktu.",
                        "Correct. This goal is specific, measurable, realistic, relevant and "
                        "time-bound.",
                    ),
                ),
                choice(
                    "0",
                    ("Membuat pelanggan lebih bahagia", "Make customers happier"),
                    (
                        "Kurang tepat. Tujuan ini tidak menyebut ukuran maupun batas waktu.",
                        "Not quite. This goal names neither a measure nor a deadline.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Menjadi e-commerce nomor satu di Indonesia dalam hal CX",
                        "Become Indonesia's number one e-commerce company for CX",
                    ),
                    (
                        "Kurang tepat. “Nomor satu” tidak jelas diukur dengan apa, dan tidak "
                        "ada batas waktunya.",
                        "Not quite. It is unclear what “number one” is measured by, and there "
                        "is no deadline.",
                    ),
                ),
                choice(
                    "0",
                    ("Menaikkan NPS secepatnya", "Raise NPS as soon as possible"),
                    (
                        "Kurang tepat. Metriknya sudah ada, tetapi targetnya dan batas waktunya "
                        "belum.",
                        "Not quite. The metric is there, but the target and the deadline are not.",
                    ),
                ),
            ],
        ),
        # 2 ---------------------------------------------------------------------------
        single(
            "M4 · Before changing the CS strategy",
            text=(
                "<p>Direksi Bank Cempaka ingin merombak strategi layanan pelanggannya. Apa "
                "langkah pertama yang paling tepat?</p>",
                "<p>Bank Cempaka's board wants to overhaul its customer service strategy. "
                "What is the best first step?</p>",
            ),
            feedback=(
                "<p>Sebelum mengubah strategi, tinjau dulu strategi yang berjalan dengan data "
                "helpdesk dan survei (NPS, CSAT, churn). Data itu menunjukkan apa yang perlu "
                "diubah; keputusan tanpa data hanya berdasarkan asumsi.</p>",
                "<p>Before changing the strategy, review the current one with helpdesk and "
                "survey data (NPS, CSAT, churn). The data shows what needs to change; "
                "decisions without it rest only on assumptions.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Meninjau strategi yang berjalan dengan data helpdesk dan survei, "
                        "seperti NPS, CSAT, dan churn",
                        "Review the current strategy with helpdesk and survey data, such as "
                        "NPS, CSAT and churn",
                    ),
                    (
                        "Tepat. Ukur dulu, baru ubah.",
                        "Correct. Measure first, then change.",
                    ),
                ),
                choice(
                    "0",
                    ("Langsung membeli chatbot baru", "Buy a new chatbot straight away"),
                    (
                        "Kurang tepat. Alat baru tanpa diagnosis bisa saja menyelesaikan "
                        "masalah yang tidak ada.",
                        "Not quite. A new tool without a diagnosis may solve a problem that "
                        "does not exist.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Meniru strategi bank pesaing yang terkenal",
                        "Copy the strategy of a well-known rival bank",
                    ),
                    (
                        "Kurang tepat. Pesaing perlu dipahami, tetapi nasabah dan masalah Bank "
                        "Cempaka sendiri bisa berbeda.",
                        "Not quite. Rivals are worth understanding, but Bank Cempaka's own "
                        "customers and problems may differ.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Menambah jumlah agen call center dua kali lipat",
                        "Double the number of call center agents",
                    ),
                    (
                        "Kurang tepat. Tanpa data, belum jelas apakah kekurangan agen memang "
                        "masalahnya.",
                        "Not quite. Without data, it is unclear whether too few agents is the "
                        "problem at all.",
                    ),
                ),
            ],
        ),
        # 3 ---------------------------------------------------------------------------
        single(
            "M4 · When the chatbot hands over",
            text=(
                "<p>Chatbot dompet digital Bank Cempaka menjawab pertanyaan umum 24 jam. "
                "Seorang nasabah menulis bahwa saldonya terpotong dua kali untuk satu "
                "transaksi, dan ia terdengar sangat kesal.</p>"
                "<p>Apa yang sebaiknya terjadi?</p>",
                "<p>Bank Cempaka's e-wallet chatbot answers common questions around the "
                "clock. A customer writes that their balance was debited twice for one "
                "transaction, and they sound very upset.</p>"
                "<p>What should happen?</p>",
            ),
            feedback=(
                "<p>Chatbot cocok untuk hal yang berulang: FAQ, notifikasi, dan pengarahan. "
                "Pertanyaan yang rumit atau emosional harus diserahkan kepada manusia, "
                "lengkap dengan konteksnya (riwayat chat, data akun, transaksi yang "
                "dimaksud), agar nasabah tidak perlu mengulang ceritanya.</p>",
                "<p>Chatbots suit repetitive work: FAQs, notifications and routing. Complex "
                "or emotional questions must go to a person, together with their context "
                "(the chat history, account details, the transaction concerned), so that the "
                "customer does not have to tell the story again.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Chatbot menyerahkan percakapan kepada agen manusia, beserta riwayat "
                        "chat, data akun, dan transaksi yang dimaksud",
                        "The chatbot hands the conversation to a human agent, along with the "
                        "chat history, account details and the transaction concerned",
                    ),
                    (
                        "Tepat. Masalahnya rumit dan nasabahnya kesal; manusia dengan konteks "
                        "lengkap dapat langsung menanganinya.",
                        "Correct. The problem is complex and the customer upset; a person with "
                        "the full context can deal with it at once.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Chatbot terus menjawab dengan tautan ke halaman FAQ",
                        "The chatbot keeps replying with links to the FAQ page",
                    ),
                    (
                        "Kurang tepat. FAQ tidak bisa menyelesaikan potongan ganda, dan "
                        "nasabah akan makin kesal.",
                        "Not quite. An FAQ cannot fix a double debit, and the customer will "
                        "only get more upset.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Chatbot menyambungkan ke agen, yang lalu meminta nasabah menjelaskan "
                        "semuanya dari awal",
                        "The chatbot connects to an agent, who then asks the customer to "
                        "explain everything from the start",
                    ),
                    (
                        "Kurang tepat. Serah terimanya benar, tetapi konteksnya hilang. "
                        "Mengulang cerita adalah pengalaman yang buruk.",
                        "Not quite. The handover is right, but the context is lost. Having to "
                        "repeat the story is a bad experience.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Chatbot menutup chat dan meminta nasabah mengirim email",
                        "The chatbot closes the chat and asks the customer to send an email",
                    ),
                    (
                        "Kurang tepat. Nasabah dipaksa pindah saluran dan memulai lagi dari nol.",
                        "Not quite. The customer is forced to switch channels and start again "
                        "from zero.",
                    ),
                ),
            ],
        ),
        # 4 ---------------------------------------------------------------------------
        multi(
            "M4 · What to automate",
            text=(
                "<p>Kenari Seluler ingin memakai chatbot dan otomatisasi. Pekerjaan mana saja "
                "yang <strong>cocok diotomatiskan</strong>? Pilih semua yang benar. Pilihan "
                "yang keliru mengurangi nilai.</p>",
                "<p>Kenari Seluler wants to use a chatbot and automation. Which tasks are "
                "<strong>suitable for automation</strong>? Select all that apply. Wrong "
                "choices lower your score.</p>",
            ),
            feedback=(
                "<p>Otomatiskan yang berulang: jawaban FAQ, notifikasi, pengingat, dan "
                "pengarahan ke tim yang tepat. Sengketa tagihan dan situasi yang sensitif "
                "butuh manusia yang bisa berempati dan mengambil keputusan.</p>",
                "<p>Automate the repetitive: FAQ answers, notifications, reminders and routing "
                "to the right team. Billing disputes and sensitive situations need a person "
                "who can empathise and make decisions.</p>",
            ),
            choices=[
                choice(
                    "0.25",
                    (
                        "Menjawab pertanyaan umum, seperti cara cek sisa kuota",
                        "Answering common questions, such as how to check remaining data",
                    ),
                    (
                        "Benar. FAQ adalah contoh klasik pekerjaan yang berulang.",
                        "Correct. FAQs are the classic example of repetitive work.",
                    ),
                ),
                choice(
                    "0.25",
                    (
                        "Mengirim notifikasi bahwa kuota hampir habis",
                        "Sending a notification that data is running low",
                    ),
                    (
                        "Benar. Notifikasi otomatis membantu pelanggan tanpa membebani agen.",
                        "Correct. Automatic notifications help customers without loading agents.",
                    ),
                ),
                choice(
                    "0.25",
                    (
                        "Mengarahkan chat ke tim yang tepat, misalnya tagihan atau teknis",
                        "Routing chats to the right team, for example billing or technical",
                    ),
                    (
                        "Benar. Pengarahan otomatis mempercepat penanganan.",
                        "Correct. Automatic routing speeds up handling.",
                    ),
                ),
                choice(
                    "0.25",
                    (
                        "Mengingatkan tanggal jatuh tempo tagihan",
                        "Reminding customers of their bill due date",
                    ),
                    (
                        "Benar. Pengingat adalah notifikasi berulang yang cocok diotomatiskan.",
                        "Correct. Reminders are repetitive notifications that suit automation.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Menyelesaikan sengketa tagihan yang nilainya besar",
                        "Resolving a dispute over a large bill",
                    ),
                    (
                        "Keliru. Sengketa itu rumit dan emosional; serahkan kepada manusia "
                        "dengan konteks lengkap.",
                        "Wrong. A dispute is complex and emotional; hand it to a person with "
                        "the full context.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Menangani permintaan menutup nomor milik anggota keluarga yang baru "
                        "meninggal",
                        "Handling a request to close the number of a recently deceased family "
                        "member",
                    ),
                    (
                        "Keliru. Situasi yang sensitif membutuhkan empati manusia, bukan "
                        "jawaban otomatis.",
                        "Wrong. A sensitive situation needs human empathy, not an automated reply.",
                    ),
                ),
            ],
        ),
        # 5 ---------------------------------------------------------------------------
        truefalse(
            "M4 · Only the CS team needs CX training",
            text=(
                "<p>Benar atau salah? Pelatihan mindset CX cukup diberikan kepada tim layanan "
                "pelanggan, karena merekalah yang berbicara dengan pelanggan.</p>",
                "<p>True or false? CX mindset training only needs to go to the customer "
                "service team, because they are the ones who talk to customers.</p>",
            ),
            feedback=(
                "<p>Salah. Setiap karyawan yang berhadapan dengan pelanggan, seperti kasir, "
                "kurir, staf cabang, dan tenaga penjualan, membentuk pengalaman pelanggan. "
                "Semuanya perlu dilatih: empati, kesabaran, bahasa positif, dan pengetahuan "
                "produk.</p>",
                "<p>False. Every customer-facing employee, such as cashiers, couriers, branch "
                "staff and sales people, shapes the customer experience. All of them need "
                "training: empathy, patience, positive language and product knowledge.</p>",
            ),
            correct=False,
            if_true=(
                "Kurang tepat. Kasir, kurir, dan staf cabang juga bertemu pelanggan setiap "
                "hari, jadi mereka juga membentuk CX.",
                "Not quite. Cashiers, couriers and branch staff also meet customers every "
                "day, so they shape CX too.",
            ),
            if_false=(
                "Tepat. Mindset CX perlu dimiliki setiap karyawan yang berhadapan dengan "
                "pelanggan.",
                "Correct. Every customer-facing employee needs the CX mindset.",
            ),
        ),
        # 6 ---------------------------------------------------------------------------
        truefalse(
            "M4 · Closing the feedback loop",
            text=(
                "<p>Benar atau salah? Menutup lingkaran umpan balik berarti bertindak atas "
                "masukan pelanggan dan memberi tahu mereka apa yang berubah karenanya.</p>",
                "<p>True or false? Closing the feedback loop means acting on customers' "
                "feedback and telling them what changed because of it.</p>",
            ),
            feedback=(
                "<p>Benar. Mengumpulkan survei saja belum cukup. Lingkaran baru tertutup "
                "ketika perusahaan bertindak secara nyata dan memberi tahu pelanggan "
                "perubahannya, misalnya “Berkat masukan Anda, formulir retur kini cukup tiga "
                "langkah.”</p>",
                "<p>True. Collecting surveys is not enough. The loop only closes when the "
                "company acts visibly and tells customers what changed, for example “Thanks "
                "to your feedback, the returns form now takes just three steps.”</p>",
            ),
            correct=True,
            if_true=(
                "Tepat. Bertindak dan memberi tahu pelanggan: itulah yang menutup lingkarannya.",
                "Correct. Acting and telling customers: that is what closes the loop.",
            ),
            if_false=(
                "Kurang tepat. Jika masukan hanya dikumpulkan tanpa tindakan dan kabar, "
                "pelanggan berhenti memberi masukan.",
                "Not quite. If feedback is only collected, with no action and no news, "
                "customers stop giving it.",
            ),
        ),
        # 7 ---------------------------------------------------------------------------
        shortanswer(
            "M4 · Term for one conversation across channels",
            text=(
                "<p>Pendekatan yang menyatukan WhatsApp, Instagram, email, dan live chat dalam "
                "satu riwayat percakapan, sehingga pelanggan tidak perlu mengulang ceritanya "
                "di setiap saluran, disebut apa? Tuliskan istilahnya.</p>",
                "<p>What is the approach called that brings WhatsApp, Instagram, email and "
                "live chat together in one conversation history, so that customers never have "
                "to repeat their story on each channel? Type the term.</p>",
            ),
            feedback=(
                "<p>Istilahnya omnichannel. Berbeda dengan sekadar hadir di banyak saluran, "
                "omnichannel menyatukan riwayat percakapan sehingga siapa pun yang menangani "
                "pelanggan berikutnya sudah tahu ceritanya.</p>",
                "<p>The term is omnichannel. Unlike merely being present on many channels, "
                "omnichannel joins up the conversation history so that whoever serves the "
                "customer next already knows the story.</p>",
            ),
            accepted=["omnichannel", "omni channel", "omni-channel", "omnikanal", "omni kanal"],
            right=RIGHT,
        ),
        # 8 ---------------------------------------------------------------------------
        matching(
            "M4 · CX skills in action",
            text=(
                "<p>Pasangkan setiap tindakan karyawan dengan keterampilan CX yang paling "
                "ditunjukkannya.</p>",
                "<p>Match each employee's action with the CX skill it shows most.</p>",
            ),
            feedback=(
                "<p>Empati mengakui perasaan pelanggan; kesabaran tetap tenang saat harus "
                "mengulang; bahasa positif menyampaikan apa yang <em>bisa</em> dilakukan; "
                "pengetahuan produk membuat karyawan mampu menjawab tanpa harus melempar "
                "pertanyaan.</p>",
                "<p>Empathy acknowledges the customer's feelings; patience stays calm when "
                "something must be repeated; positive language says what <em>can</em> be "
                "done; product knowledge lets an employee answer without passing the question "
                "on.</p>",
            ),
            pairs=[
                (
                    (
                        "Teller berkata: “Saya mengerti betapa repotnya ini bagi Ibu.”",
                        "A teller says: “I understand how inconvenient this is for you.”",
                    ),
                    ("Empati", "Empathy"),
                ),
                (
                    (
                        "Agen dengan tenang menjelaskan langkah yang sama untuk ketiga kalinya "
                        "kepada nasabah lansia",
                        "An agent calmly explains the same step for the third time to an "
                        "elderly customer",
                    ),
                    ("Kesabaran", "Patience"),
                ),
                (
                    (
                        "Kasir mengganti “Tidak bisa hari ini” dengan “Bisa kami proses besok "
                        "pagi”",
                        "A cashier replaces “We can't do it today” with “We can process it "
                        "tomorrow morning”",
                    ),
                    ("Bahasa positif", "Positive language"),
                ),
                (
                    (
                        "Staf gerai menjelaskan beda dua paket data tanpa perlu bertanya ke atasan",
                        "Store staff explain the difference between two data plans without "
                        "asking a supervisor",
                    ),
                    ("Pengetahuan produk", "Product knowledge"),
                ),
            ],
        ),
        # 9 ---------------------------------------------------------------------------
        ordering(
            "M4 · The feedback loop step by step",
            text=(
                "<p>Urutkan langkah lingkaran umpan balik pelanggan di Toko Kenanga, dari "
                "yang pertama hingga yang terakhir.</p>",
                "<p>Put the steps of Toko Kenanga's customer feedback loop in order, from "
                "first to last.</p>",
            ),
            feedback=(
                "<p>Kumpulkan masukan (survei NPS, CSAT, dan CES, wawancara, ulasan, "
                "pemantauan media sosial), analisis polanya, bertindak, beri tahu pelanggan "
                "apa yang berubah, lalu ukur lagi. Ukur, evaluasi, dan ulangi berdasarkan "
                "data, bukan asumsi.</p>",
                "<p>Collect feedback (NPS, CSAT and CES surveys, interviews, reviews, social "
                "listening), analyse the patterns, act, tell customers what changed, then "
                "measure again. Measure, evaluate and iterate on data, not assumptions.</p>",
            ),
            items=[
                (
                    "Mengumpulkan masukan lewat survei, ulasan, dan media sosial",
                    "Collect feedback through surveys, reviews and social media",
                ),
                (
                    "Menganalisis masukan untuk menemukan pola",
                    "Analyse the feedback to find patterns",
                ),
                (
                    "Memperbaiki masalah yang paling sering muncul",
                    "Fix the problems that come up most",
                ),
                (
                    "Memberi tahu pelanggan apa yang berubah",
                    "Tell customers what has changed",
                ),
                (
                    "Mengukur lagi untuk melihat dampaknya",
                    "Measure again to see the effect",
                ),
            ],
        ),
        # 10 --------------------------------------------------------------------------
        single(
            "M4 · Real personalisation",
            text=(
                "<p>Pesan mana dari Toko Kenanga yang menunjukkan personalisasi yang nyata?</p>",
                "<p>Which message from Toko Kenanga shows real personalisation?</p>",
            ),
            feedback=(
                "<p>Personalisasi yang nyata memakai nama, riwayat, dan preferensi pelanggan "
                "untuk memberi sesuatu yang berguna baginya. Menempelkan nama pada pesan "
                "massal, atau template yang kolomnya gagal terisi, justru terasa generik.</p>",
                "<p>Real personalisation uses the customer's name, history and preferences to "
                "offer something useful to them. Sticking a name on a mass message, or a "
                "template whose fields fail to fill in, feels generic instead.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "“Halo Bu Sari, sudah tiga bulan sejak Ibu membeli penyaring air. "
                        "Saatnya mengganti filternya; ini panduan singkat dan filter yang "
                        "cocok.”",
                        "“Hello Mrs Sari, it has been three months since you bought your water "
                        "purifier. Time to change the filter; here is a short guide and the "
                        "filter that fits.”",
                    ),
                    (
                        "Tepat. Pesan ini memakai nama, riwayat pembelian, dan kebutuhan Bu "
                        "Sari yang sebenarnya.",
                        "Correct. This message uses Mrs Sari's name, purchase history and "
                        "real need.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "“Pelanggan Yth., nikmati diskon 10% untuk semua produk minggu ini!”",
                        "“Dear Customer, enjoy 10% off everything this week!”",
                    ),
                    (
                        "Kurang tepat. Ini pesan massal yang sama untuk semua orang.",
                        "Not quite. This is a mass message, the same for everyone.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "“Halo {nama_depan}, kami punya penawaran khusus untuk Anda!”",
                        "“Hello {first_name}, we have a special offer for you!”",
                    ),
                    (
                        "Kurang tepat. Kolom namanya bahkan gagal terisi: tanda otomatisasi "
                        "massal yang terasa generik.",
                        "Not quite. Even the name field failed to fill in: a sign of mass "
                        "automation that feels generic.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "“Halo Bu Sari, nikmati diskon 10% untuk semua produk minggu ini!”",
                        "“Hello Mrs Sari, enjoy 10% off everything this week!”",
                    ),
                    (
                        "Kurang tepat. Ada namanya, tetapi isinya tetap pesan massal yang tidak "
                        "memakai riwayat atau preferensi Bu Sari.",
                        "Not quite. It has her name, but the content is still a mass message "
                        "that uses none of Mrs Sari's history or preferences.",
                    ),
                ),
            ],
        ),
        # 11 --------------------------------------------------------------------------
        single(
            "M4 · A customer-focused USP",
            text=(
                "<p>Belanja Melati sedang merumuskan keunggulan uniknya (USP). Rumusan mana "
                "yang paling berfokus pada pelanggan?</p>",
                "<p>Belanja Melati is working out its unique selling proposition (USP). Which "
                "wording is the most customer-focused?</p>",
            ),
            feedback=(
                "<p>USP yang berfokus pada pelanggan menjawab “apa untungnya bagi saya?” dari "
                "sudut pandang pelanggan, misalnya retur yang mudah dan cepat. Ukuran kantor, "
                "usia perusahaan, atau teknologi server adalah sudut pandang perusahaan.</p>",
                "<p>A customer-focused USP answers “what's in it for me?” from the customer's "
                "point of view, for example easy, fast returns. Office size, company age or "
                "server technology are the company's point of view.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "“Retur gratis 30 hari, cukup dari aplikasi, dana kembali dalam 24 jam.”",
                        "“Free 30-day returns, straight from the app, money back within 24 hours.”",
                    ),
                    (
                        "Tepat. Rumusan ini menyebut manfaat yang langsung dirasakan pelanggan.",
                        "Correct. This wording names a benefit customers feel directly.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "“Kantor pusat kami yang paling megah di Jakarta.”",
                        "“Our head office is the grandest in Jakarta.”",
                    ),
                    (
                        "Kurang tepat. Pelanggan tidak merasakan manfaat apa pun dari kantor "
                        "pusat yang megah.",
                        "Not quite. Customers get no benefit from a grand head office.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "“Berdiri sejak 2010 dan terus bertumbuh.”",
                        "“Founded in 2010 and still growing.”",
                    ),
                    (
                        "Kurang tepat. Ini cerita perusahaan, bukan manfaat bagi pelanggan.",
                        "Not quite. This is the company's story, not a benefit to customers.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "“Memakai teknologi server paling mutakhir.”",
                        "“Running on the latest server technology.”",
                    ),
                    (
                        "Kurang tepat. Teknologi hanya berarti bagi pelanggan jika "
                        "diterjemahkan menjadi manfaat yang mereka rasakan.",
                        "Not quite. Technology only matters to customers once it turns into a "
                        "benefit they feel.",
                    ),
                ),
            ],
        ),
        # 12 --------------------------------------------------------------------------
        numeric(
            "M4 · Churn budget of a SMART goal",
            text=(
                "<p>Kenari Seluler menetapkan tujuan SMART: menurunkan churn bulanan paket "
                "pascabayar dari 5% menjadi 4% pada bulan Desember. Pada awal Desember ada "
                "8.000 pelanggan pascabayar.</p>"
                "<p>Paling banyak berapa pelanggan boleh berhenti selama Desember agar target "
                "4% tercapai? Tuliskan angkanya saja.</p>",
                "<p>Kenari Seluler sets a SMART goal: bring monthly postpaid churn down from "
                "5% to 4% in December. At the start of December there are 8,000 postpaid "
                "customers.</p>"
                "<p>At most how many customers may leave during December for the 4% target "
                "to be met? Type the number only.</p>",
            ),
            feedback=(
                "<p>Churn = pelanggan yang hilang ÷ pelanggan di awal periode × 100. Agar churn "
                "paling tinggi 4%, yang hilang paling banyak 4% × 8.000 = 320 pelanggan. "
                "Tujuan SMART yang baik bisa diterjemahkan menjadi angka seperti ini, sehingga "
                "tim tahu persis apa yang harus dicapai.</p>",
                "<p>Churn = customers lost ÷ customers at the start of the period × 100. For "
                "churn to stay at 4% or less, at most 4% × 8,000 = 320 customers may be lost. "
                "A good SMART goal translates into a figure like this, so the team knows "
                "exactly what to achieve.</p>",
            ),
            answers=[
                answer(
                    "320",
                    "0.5",
                    "1",
                    ("Tepat. 4% × 8.000 = 320 pelanggan.", "Correct. 4% × 8,000 = 320 customers."),
                ),
                answer(
                    "400",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 400 adalah churn lama (5%). Targetnya 4%.",
                        "Not quite. 400 is the old churn (5%). The target is 4%.",
                    ),
                ),
                answer(
                    "80",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 80 adalah selisih antara churn lama dan target, bukan "
                        "batas pelanggan yang boleh hilang.",
                        "Not quite. 80 is the gap between the old churn and the target, not the "
                        "limit on customers lost.",
                    ),
                ),
                answer(
                    "4",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. 4 adalah persentase targetnya. Ubah menjadi jumlah "
                        "pelanggan dari 8.000.",
                        "Not quite. 4 is the target percentage. Turn it into a number of "
                        "customers out of 8,000.",
                    ),
                ),
            ],
            check={"metric": "churn_limit", "start": 8000, "current": 5, "target": 4},
        ),
    ],
)


# =====================================================================================
# Final assessment · across all four modules
# =====================================================================================

FINAL_ASSESSMENT = _quiz(
    slug="penilaian-akhir-cx-mindset",
    category=["CX Mindset", "Penilaian akhir"],
    title=("Penilaian akhir: CX Mindset", "Final assessment: CX Mindset"),
    intro=(
        "<p>Penilaian akhir ini mencakup keempat modul: tiga pekerjaan (layanan, "
        "perawatan, dan pengalaman pelanggan), peta perjalanan pelanggan, metrik CX, serta "
        "strategi dan budaya CX. Siapkan kalkulator. Untuk soal hitungan, tuliskan angkanya "
        "saja, tanpa tanda % dan tanpa titik pemisah ribuan.</p>",
        "<p>This final assessment covers all four modules: the three jobs (customer "
        "service, care and experience), customer journey mapping, CX metrics, and CX "
        "strategy and culture. Keep a calculator handy. For calculation questions, type the "
        "number only, without a % sign or thousands separators.</p>",
    ),
    pass_mark=75,
    attempts=2,
    minutes=45,
    questions=[
        # 1 ---------------------------------------------------------------------------
        single(
            "Final · Praised agents, customer still leaves",
            text=(
                "<p>Pak Hendra sering memuji agen call center Bank Cempaka yang ramah dan "
                "cepat. Namun bulan lalu ia memindahkan tabungannya ke bank lain, karena "
                "aplikasi Bank Cempaka sering gagal saat ia mentransfer uang.</p>"
                "<p>Pelajaran apa yang paling tepat?</p>",
                "<p>Mr Hendra often praised Bank Cempaka's friendly, fast call center agents. "
                "Yet last month he moved his savings to another bank, because Bank Cempaka's "
                "app kept failing when he transferred money.</p>"
                "<p>What is the most accurate lesson?</p>",
            ),
            feedback=(
                "<p>Layanan pelanggan hanya satu unsur di dalam CX. Layanan yang sangat baik "
                "tidak dapat menyelamatkan perjalanan yang buruk: aplikasi yang sering gagal "
                "adalah titik sentuh yang dimiliki tim lain, dan di sanalah Pak Hendra "
                "hilang.</p>",
                "<p>Customer service is only one element inside CX. Excellent service cannot "
                "rescue a poor journey: an app that keeps failing is a touchpoint owned by "
                "another team, and that is where Mr Hendra was lost.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Layanan yang sangat baik tidak dapat menyelamatkan perjalanan yang "
                        "buruk di titik sentuh lain",
                        "Excellent service cannot rescue a poor journey at other touchpoints",
                    ),
                    (
                        "Tepat. CX adalah kesan dari semua titik sentuh, termasuk aplikasi.",
                        "Correct. CX is the impression left by every touchpoint, the app included.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Agen call center perlu dilatih ulang",
                        "The call center agents need retraining",
                    ),
                    (
                        "Kurang tepat. Agennya sudah dipuji; masalahnya ada di aplikasi.",
                        "Not quite. The agents were praised; the problem is the app.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Nasabah seperti Pak Hendra memang tidak bisa dipertahankan",
                        "Customers like Mr Hendra simply cannot be kept",
                    ),
                    (
                        "Kurang tepat. Ia pergi karena alasan yang jelas dan bisa diperbaiki.",
                        "Not quite. He left for a clear reason that can be fixed.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Pujian untuk agen berarti CX bank itu sudah baik",
                        "Praise for the agents means the bank's CX is already good",
                    ),
                    (
                        "Kurang tepat. Pujian untuk satu titik sentuh tidak mewakili seluruh "
                        "perjalanan.",
                        "Not quite. Praise for one touchpoint does not speak for the whole "
                        "journey.",
                    ),
                ),
            ],
        ),
        # 2 ---------------------------------------------------------------------------
        single(
            "Final · The job measured on depth",
            text=(
                "<p>Di Kenari Seluler, satu tim diukur dari personalisasi dan kedalaman "
                "hubungan dengan pelanggan, bukan dari kecepatan menjawab. Pekerjaan apa yang "
                "dijalankan tim itu?</p>",
                "<p>At Kenari Seluler, one team is measured on personalisation and the depth "
                "of its relationships with customers, not on how fast it answers. Which job "
                "does that team do?</p>",
            ),
            feedback=(
                "<p>Perawatan pelanggan membangun hubungan jangka panjang yang personal, "
                "sehingga diukur dari personalisasi dan kedalamannya. Layanan pelanggan "
                "menyelesaikan masalah dengan cepat dan transaksional, sehingga diukur dari "
                "kecepatan.</p>",
                "<p>Customer care builds a long-term, personal relationship, so it is measured "
                "on personalisation and depth. Customer service solves problems quickly and "
                "transactionally, so it is measured on speed.</p>",
            ),
            choices=[
                choice(
                    "1",
                    ("Perawatan pelanggan", "Customer care"),
                    (
                        "Tepat. Kedalaman hubungan adalah ukuran perawatan pelanggan.",
                        "Correct. Depth of relationship is the measure of customer care.",
                    ),
                ),
                choice(
                    "0",
                    ("Layanan pelanggan", "Customer service"),
                    (
                        "Kurang tepat. Layanan pelanggan diukur dari kecepatan dan ketuntasan, "
                        "bukan kedalaman hubungan.",
                        "Not quite. Customer service is measured on speed and resolution, not "
                        "depth of relationship.",
                    ),
                ),
                choice(
                    "0",
                    ("Penjualan", "Sales"),
                    (
                        "Kurang tepat. Penjualan diukur dari hasil penjualan, bukan kedalaman "
                        "hubungan setelah transaksi.",
                        "Not quite. Sales is measured on sales results, not on the depth of the "
                        "relationship after the transaction.",
                    ),
                ),
                choice(
                    "0",
                    ("Dukungan teknis jaringan", "Network technical support"),
                    (
                        "Kurang tepat. Dukungan teknis menyelesaikan gangguan, mirip layanan "
                        "pelanggan, dan diukur dari kecepatan.",
                        "Not quite. Technical support fixes faults, much like customer "
                        "service, and is measured on speed.",
                    ),
                ),
            ],
        ),
        # 3 ---------------------------------------------------------------------------
        multi(
            "Final · Traits of customer experience",
            text=(
                "<p>Pernyataan mana saja yang menggambarkan <strong>pengalaman "
                "pelanggan</strong> (CX)? Pilih semua yang benar. Pilihan yang keliru "
                "mengurangi nilai.</p>",
                "<p>Which statements describe <strong>customer experience</strong> (CX)? "
                "Select all that apply. Wrong choices lower your score.</p>",
            ),
            feedback=(
                "<p>CX adalah kesan kumulatif dari setiap interaksi, sebelum, selama, dan "
                "setelah pembelian, dan dirancang bersama oleh semua tim. Satu kontak secara "
                "real time adalah ciri layanan pelanggan; hubungan dengan satu pelanggan "
                "setelah transaksi adalah ciri perawatan pelanggan.</p>",
                "<p>CX is the cumulative impression of every interaction, before, during and "
                "after purchase, designed together by every team. One contact in real time is "
                "the mark of customer service; the relationship with one customer after the "
                "transaction is the mark of customer care.</p>",
            ),
            choices=[
                choice(
                    "0.5",
                    (
                        "Mencakup masa sebelum, selama, dan setelah pembelian",
                        "It spans before, during and after the purchase",
                    ),
                    (
                        "Benar. CX berlangsung sepanjang perjalanan, setiap saat.",
                        "Correct. CX runs across the whole journey, all the time.",
                    ),
                ),
                choice(
                    "0.5",
                    (
                        "Melibatkan setiap tim, dari produk dan logistik sampai layanan pelanggan",
                        "It involves every team, from product and logistics to customer service",
                    ),
                    (
                        "Benar. Setiap tim memiliki titik sentuh dalam perjalanan pelanggan.",
                        "Correct. Every team owns touchpoints in the customer journey.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Cukup menjadi tanggung jawab departemen layanan pelanggan",
                        "It is the customer service department's responsibility alone",
                    ),
                    (
                        "Keliru. Layanan pelanggan hanya satu unsur di dalam CX.",
                        "Wrong. Customer service is only one element inside CX.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Terjadi dalam satu kontak secara real time",
                        "It happens in one contact, in real time",
                    ),
                    (
                        "Keliru. Itu ciri layanan pelanggan, bukan CX.",
                        "Wrong. That is the mark of customer service, not CX.",
                    ),
                ),
            ],
        ),
        # 4 ---------------------------------------------------------------------------
        truefalse(
            "Final · Proactivity as the core of CS",
            text=(
                "<p>Benar atau salah? Sifat utama layanan pelanggan adalah proaktif: ia "
                "menghubungi pelanggan sebelum ada masalah.</p>",
                "<p>True or false? The defining trait of customer service is that it is "
                "proactive: it contacts customers before there is a problem.</p>",
            ),
            feedback=(
                "<p>Salah. Layanan pelanggan pada dasarnya reaktif dan transaksional: ia "
                "bergerak ketika pelanggan bertanya atau punya masalah. Sikap proaktif adalah "
                "langkah yang membawa kita ke perawatan pelanggan dan CX.</p>",
                "<p>False. Customer service is essentially reactive and transactional: it "
                "acts when a customer asks or has a problem. Proactivity is the step that "
                "takes us to customer care and CX.</p>",
            ),
            correct=False,
            if_true=(
                "Kurang tepat. Ada sumber yang menyebutnya begitu, tetapi kursus ini memahami "
                "layanan pelanggan sebagai pekerjaan reaktif.",
                "Not quite. Some sources say so, but this course treats customer service as "
                "reactive work.",
            ),
            if_false=(
                "Tepat. Layanan pelanggan reaktif; sikap proaktif milik perawatan pelanggan "
                "dan CX.",
                "Correct. Customer service is reactive; proactivity belongs to customer care "
                "and CX.",
            ),
        ),
        # 5 ---------------------------------------------------------------------------
        shortanswer(
            "Final · Term for resolving on the first contact",
            text=(
                "<p>Metrik layanan pelanggan yang menghitung persentase masalah yang selesai "
                "pada kontak pertama disebut apa? Tuliskan singkatan atau nama lengkapnya.</p>",
                "<p>What is the customer service metric called that counts the percentage of "
                "issues resolved on the first contact? Type its abbreviation or full "
                "name.</p>",
            ),
            feedback=(
                "<p>Jawabannya FCR (first contact resolution): masalah yang selesai pada "
                "kontak pertama ÷ semua masalah × 100. FCR yang tinggi berarti pelanggan tidak "
                "perlu menghubungi lagi untuk masalah yang sama.</p>",
                "<p>The answer is FCR (first contact resolution): issues resolved on the first "
                "contact ÷ all issues × 100. A high FCR means customers do not have to get in "
                "touch again about the same problem.</p>",
            ),
            accepted=[
                "fcr",
                "first contact resolution",
                "first contact resolution (fcr)",
                "first call resolution",
                "penyelesaian pada kontak pertama",
                "penyelesaian kontak pertama",
            ],
            right=RIGHT,
        ),
        # 6 ---------------------------------------------------------------------------
        numeric(
            "Final · NPS from group counts",
            text=(
                "<p>Belanja Melati menerima 500 jawaban untuk pertanyaan “Seberapa besar "
                "kemungkinan Anda merekomendasikan Belanja Melati?” (skala 0–10): 210 "
                "promotor (skor 9–10), 190 pasif (skor 7–8), dan 100 detraktor (skor "
                "0–6).</p><p>Berapa NPS-nya?</p>",
                "<p>Belanja Melati receives 500 answers to the question “How likely are you "
                "to recommend Belanja Melati?” (scale 0–10): 210 promoters (scores 9–10), 190 "
                "passives (scores 7–8) and 100 detractors (scores 0–6).</p>"
                "<p>What is the NPS?</p>",
            ),
            feedback=(
                "<p>NPS = % promotor − % detraktor = 210 ÷ 500 × 100 − 100 ÷ 500 × 100 = 42 − "
                "20 = 22. Pasif tetap masuk total 500, tetapi tidak masuk kelompok mana "
                "pun.</p>",
                "<p>NPS = % promoters − % detractors = 210 ÷ 500 × 100 − 100 ÷ 500 × 100 = 42 "
                "− 20 = 22. Passives stay in the total of 500 but belong to neither "
                "group.</p>",
            ),
            answers=[
                answer(
                    "22",
                    "0.5",
                    "1",
                    ("Tepat. 42 − 20 = 22.", "Correct. 42 − 20 = 22."),
                ),
                answer(
                    "35.48",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda mengeluarkan 190 jawaban pasif dari total. Pasif "
                        "tetap dihitung dalam total 500.",
                        "Not quite. You left the 190 passives out of the total. Passives still "
                        "count in the total of 500.",
                    ),
                ),
                answer(
                    "-16",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda menghitung pasif sebagai detraktor. Pasif tidak "
                        "masuk kelompok mana pun.",
                        "Not quite. You counted the passives as detractors. Passives belong to "
                        "neither group.",
                    ),
                ),
                answer(
                    "110",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 110 adalah selisih jumlah orang. NPS dihitung dari "
                        "persentase.",
                        "Not quite. 110 is the difference in head count. NPS is calculated "
                        "from percentages.",
                    ),
                ),
                answer(
                    "42",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 42 hanyalah persentase promotor. Kurangi dengan "
                        "persentase detraktor.",
                        "Not quite. 42 is only the percentage of promoters. Subtract the "
                        "percentage of detractors.",
                    ),
                ),
            ],
            check={"metric": "nps", "groups": [(9, 10, 210), (7, 8, 190), (0, 6, 100)]},
        ),
        # 7 ---------------------------------------------------------------------------
        numeric(
            "Final · Retention of e-wallet users",
            text=(
                "<p>Dompet digital Bank Cempaka memiliki 3.200 pengguna aktif pada awal "
                "kuartal. Selama kuartal itu ada 500 pengguna baru, dan pada akhir kuartal "
                "jumlah pengguna aktifnya 3.380.</p>"
                "<p>Berapa tingkat retensinya, dalam persen?</p>",
                "<p>Bank Cempaka's e-wallet has 3,200 active users at the start of the "
                "quarter. During the quarter it gains 500 new users, and at the end of the "
                "quarter it has 3,380 active users.</p>"
                "<p>What is its retention rate, in percent?</p>",
            ),
            feedback=(
                "<p>Retensi = (E − N) ÷ S × 100 = (3.380 − 500) ÷ 3.200 × 100 = 2.880 ÷ 3.200 "
                "× 100 = 90%. Pengguna baru dikurangi lebih dulu, karena retensi hanya "
                "menghitung pengguna lama yang bertahan.</p>",
                "<p>Retention = (E − N) ÷ S × 100 = (3,380 − 500) ÷ 3,200 × 100 = 2,880 ÷ "
                "3,200 × 100 = 90%. New users are subtracted first, because retention counts "
                "only the existing users who stayed.</p>",
            ),
            answers=[
                answer(
                    "90",
                    "0.5",
                    "1",
                    (
                        "Tepat. (3.380 − 500) ÷ 3.200 × 100 = 90%.",
                        "Correct. (3,380 − 500) ÷ 3,200 × 100 = 90%.",
                    ),
                ),
                answer(
                    "105.63",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda belum mengurangi 500 pengguna baru.",
                        "Not quite. You did not subtract the 500 new users.",
                    ),
                ),
                answer(
                    "85.21",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda membagi dengan jumlah akhir. Bagilah dengan jumlah "
                        "awal, 3.200.",
                        "Not quite. You divided by the end count. Divide by the start count, "
                        "3,200.",
                    ),
                ),
                answer(
                    "10",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 10% adalah churn: 320 dari 3.200 pengguna pergi. Yang "
                        "ditanyakan adalah retensi.",
                        "Not quite. 10% is the churn: 320 of the 3,200 users left. The "
                        "question asks for retention.",
                    ),
                ),
                answer(
                    "5.63",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Itu pertumbuhan jumlah pengguna, bukan retensi.",
                        "Not quite. That is the growth in user numbers, not retention.",
                    ),
                ),
            ],
            check={"metric": "retention", "start": 3200, "new": 500, "end": 3380},
        ),
        # 8 ---------------------------------------------------------------------------
        numeric(
            "Final · CSAT of a bank branch",
            text=(
                "<p>Setelah berkunjung ke kantor cabang Bank Cempaka, 250 nasabah menilai "
                "kepuasan mereka pada skala 1–5:</p>"
                "<ul><li>5: 120</li><li>4: 85</li><li>3: 25</li><li>2: 12</li><li>1: 8</li>"
                "</ul><p>Berapa CSAT-nya, dalam persen?</p>",
                "<p>After visiting a Bank Cempaka branch, 250 customers rate their "
                "satisfaction on a scale of 1–5:</p>"
                "<ul><li>5: 120</li><li>4: 85</li><li>3: 25</li><li>2: 12</li><li>1: 8</li>"
                "</ul><p>What is the CSAT, in percent?</p>",
            ),
            feedback=(
                "<p>CSAT = jawaban 4 atau 5 ÷ semua jawaban × 100 = (120 + 85) ÷ 250 × 100 = "
                "82%. Skor 3 netral: ia masuk total, tetapi tidak dihitung puas.</p>",
                "<p>CSAT = answers of 4 or 5 ÷ all answers × 100 = (120 + 85) ÷ 250 × 100 = "
                "82%. A 3 is neutral: it counts in the total but not as satisfied.</p>",
            ),
            answers=[
                answer(
                    "82",
                    "0.5",
                    "1",
                    ("Tepat. 205 ÷ 250 × 100 = 82%.", "Correct. 205 ÷ 250 × 100 = 82%."),
                ),
                answer(
                    "48",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda hanya menghitung skor 5. Skor 4 juga puas.",
                        "Not quite. You counted only the 5s. A 4 is satisfied too.",
                    ),
                ),
                answer(
                    "92",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. Anda ikut menghitung skor 3, padahal skor 3 netral.",
                        "Not quite. You also counted the 3s, but a 3 is neutral.",
                    ),
                ),
                answer(
                    "4.19",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Itu rata-rata skornya. CSAT adalah persentase jawaban "
                        "4 atau 5.",
                        "Not quite. That is the average score. CSAT is the percentage of "
                        "answers of 4 or 5.",
                    ),
                ),
                answer(
                    "205",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 205 adalah jumlah nasabah yang puas. Bagilah dengan 250 "
                        "dan kalikan 100.",
                        "Not quite. 205 is the number of satisfied customers. Divide by 250 "
                        "and multiply by 100.",
                    ),
                ),
            ],
            check={"metric": "csat", "counts": {5: 120, 4: 85, 3: 25, 2: 12, 1: 8}},
        ),
        # 9 ---------------------------------------------------------------------------
        numeric(
            "Final · CLV of a data-plan customer",
            text=(
                "<p>Rata-rata pelanggan prabayar Kenari Seluler membeli paket data seharga "
                "Rp 75.000, 12 kali setahun, dan tetap menjadi pelanggan selama 3 tahun.</p>"
                "<p>Berapa CLV sederhananya, dalam rupiah? Tuliskan angkanya tanpa titik "
                "pemisah ribuan.</p>",
                "<p>The average Kenari Seluler prepaid customer buys a data plan costing "
                "Rp 75,000, 12 times a year, and stays a customer for 3 years.</p>"
                "<p>What is the simple CLV, in rupiah? Type the number without thousands "
                "separators.</p>",
            ),
            feedback=(
                "<p>CLV sederhana = nilai pesanan rata-rata × pembelian per tahun × lama "
                "menjadi pelanggan = Rp 75.000 × 12 × 3 = Rp 2.700.000.</p>",
                "<p>Simple CLV = average order value × purchases per year × years as a "
                "customer = Rp 75,000 × 12 × 3 = Rp 2,700,000.</p>",
            ),
            answers=[
                answer(
                    "2700000",
                    "0",
                    "1",
                    (
                        "Tepat. Rp 75.000 × 12 × 3 = Rp 2.700.000.",
                        "Correct. Rp 75,000 × 12 × 3 = Rp 2,700,000.",
                    ),
                ),
                answer(
                    "900000",
                    "0",
                    "0",
                    (
                        "Kurang tepat. Itu nilai satu tahun. Kalikan juga dengan 3 tahun.",
                        "Not quite. That is one year's value. Multiply by the 3 years too.",
                    ),
                ),
                answer(
                    "225000",
                    "0",
                    "0",
                    (
                        "Kurang tepat. Anda lupa mengalikan dengan 12 pembelian per tahun.",
                        "Not quite. You forgot to multiply by the 12 purchases a year.",
                    ),
                ),
                answer(
                    "2.7",
                    "0.05",
                    "0",
                    (
                        "Hampir. Tampaknya Anda menjawab dalam juta. Tuliskan jumlah rupiah "
                        "lengkapnya: 2700000.",
                        "Almost. You seem to have answered in millions. Type the full rupiah "
                        "amount: 2700000.",
                    ),
                ),
            ],
            check={"metric": "clv", "order_value": 75000, "purchases_per_year": 12, "years": 3},
        ),
        # 10 --------------------------------------------------------------------------
        numeric(
            "Final · AHT of a chat team",
            text=(
                "<p>Tim live chat Toko Kenanga menangani 120 chat dalam sehari. Total waktu "
                "membalas chat 840 menit, waktu menunggu (hold) 120 menit, dan pekerjaan "
                "setelah chat 240 menit.</p>"
                "<p>Berapa AHT-nya, dalam menit per chat?</p>",
                "<p>Toko Kenanga's live chat team handles 120 chats in a day. Total chatting "
                "time is 840 minutes, hold time 120 minutes and after-chat work 240 "
                "minutes.</p>"
                "<p>What is the AHT, in minutes per chat?</p>",
            ),
            feedback=(
                "<p>AHT = (waktu bicara atau chat + waktu tunggu + pekerjaan setelah kontak) ÷ "
                "jumlah kontak = (840 + 120 + 240) ÷ 120 = 1.200 ÷ 120 = 10 menit.</p>",
                "<p>AHT = (talk or chat time + hold time + after-contact work) ÷ number of "
                "contacts = (840 + 120 + 240) ÷ 120 = 1,200 ÷ 120 = 10 minutes.</p>",
            ),
            answers=[
                answer(
                    "10",
                    "0.05",
                    "1",
                    ("Tepat. 1.200 ÷ 120 = 10 menit.", "Correct. 1,200 ÷ 120 = 10 minutes."),
                ),
                answer(
                    "7",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda hanya menghitung waktu chat. Tambahkan waktu "
                        "tunggu dan pekerjaan setelah chat.",
                        "Not quite. You counted only chat time. Add hold time and after-chat work.",
                    ),
                ),
                answer(
                    "8",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda lupa pekerjaan setelah chat (240 menit).",
                        "Not quite. You left out the after-chat work (240 minutes).",
                    ),
                ),
                answer(
                    "9",
                    "0.05",
                    "0",
                    (
                        "Kurang tepat. Anda lupa waktu tunggu (120 menit).",
                        "Not quite. You left out the hold time (120 minutes).",
                    ),
                ),
                answer(
                    "1200",
                    "0.5",
                    "0",
                    (
                        "Kurang tepat. 1.200 menit adalah total waktunya. Bagilah dengan 120 chat.",
                        "Not quite. 1,200 minutes is the total time. Divide it by the 120 chats.",
                    ),
                ),
            ],
            check={"metric": "aht", "talk": 840, "hold": 120, "after": 240, "contacts": 120},
        ),
        # 11 --------------------------------------------------------------------------
        matching(
            "Final · Management questions and their metrics",
            text=(
                "<p>Pasangkan setiap pertanyaan manajemen dengan metrik yang paling tepat "
                "untuk menjawabnya. Satu jawaban tidak dipakai.</p>",
                "<p>Match each management question with the metric best suited to answer it. "
                "One answer is not used.</p>",
            ),
            feedback=(
                "<p>CSAT untuk satu interaksi, CES untuk satu proses, NPS untuk hubungan "
                "secara keseluruhan, retensi, churn, dan CLV untuk dampak bisnis, serta FCR, "
                "AHT, dan waktu penyelesaian untuk operasional layanan pelanggan.</p>",
                "<p>CSAT for one interaction, CES for one process, NPS for the relationship as "
                "a whole, retention, churn and CLV for business impact, and FCR, AHT and "
                "resolution time for customer service operations.</p>",
            ),
            pairs=[
                (
                    (
                        "Apakah nasabah puas dengan kunjungannya ke kantor cabang hari ini?",
                        "Were customers satisfied with their branch visit today?",
                    ),
                    ("CSAT", "CSAT"),
                ),
                (
                    (
                        "Apakah proses aktivasi kartu SIM baru terasa mudah?",
                        "Does activating a new SIM card feel easy?",
                    ),
                    ("CES", "CES"),
                ),
                (
                    (
                        "Seberapa kuat loyalitas pelanggan terhadap merek kita secara keseluruhan?",
                        "How strong is customers' loyalty to our brand overall?",
                    ),
                    ("NPS", "NPS"),
                ),
                (
                    (
                        "Berapa persen pelanggan awal kuartal yang berhenti berlangganan?",
                        "What percentage of the customers we had at the start of the quarter "
                        "cancelled?",
                    ),
                    ("Churn", "Churn"),
                ),
                (
                    (
                        "Berapa lama rata-rata agen menangani satu panggilan, termasuk "
                        "pekerjaan setelahnya?",
                        "How long does an agent take on average per call, including the work "
                        "afterwards?",
                    ),
                    ("AHT", "AHT"),
                ),
                (("", ""), ("CLV", "CLV")),
            ],
        ),
        # 12 --------------------------------------------------------------------------
        ordering(
            "Final · Building a CX strategy",
            text=(
                "<p>Toko Kenanga akan menyusun strategi CX yang baru. Urutkan langkahnya dari "
                "yang pertama hingga yang terakhir.</p>",
                "<p>Toko Kenanga is about to build a new CX strategy. Put the steps in order "
                "from first to last.</p>",
            ),
            feedback=(
                "<p>Tinjau kinerja saat ini dengan data, analisis kekuatan, kelemahan, "
                "peluang, dan ancaman dari sisi pengalaman pelanggan, tetapkan tujuan SMART, "
                "jalankan perubahannya, lalu ukur, evaluasi, dan ulangi. Strategi yang baik "
                "berputar terus berdasarkan data, bukan asumsi.</p>",
                "<p>Review current performance with data, analyse strengths, weaknesses, "
                "opportunities and threats from the customer experience angle, set SMART "
                "goals, carry out the changes, then measure, evaluate and iterate. A good "
                "strategy keeps turning on data, not assumptions.</p>",
            ),
            items=[
                (
                    "Meninjau kinerja saat ini dengan data NPS, CSAT, dan churn",
                    "Review current performance with NPS, CSAT and churn data",
                ),
                (
                    "Menyusun analisis SWOT yang berfokus pada pengalaman pelanggan",
                    "Draw up a SWOT analysis focused on the customer experience",
                ),
                (
                    "Menetapkan tujuan SMART dan KPI yang berpusat pada pelanggan",
                    "Set SMART goals and customer-centred KPIs",
                ),
                (
                    "Menjalankan perubahan: pelatihan, omnichannel, dan otomatisasi",
                    "Carry out the changes: training, omnichannel and automation",
                ),
                (
                    "Mengukur hasilnya, mengevaluasi, dan mengulang",
                    "Measure the results, evaluate and iterate",
                ),
            ],
        ),
        # 13 --------------------------------------------------------------------------
        single(
            "Final · Stage of a welcome guide",
            text=(
                "<p>Sehari setelah membeli robot penyedot debu di Toko Kenanga, Bu Wulan "
                "menerima video singkat tentang cara memetakan ruangan pertama kali. Di tahap "
                "perjalanan pelanggan mana titik sentuh ini berada?</p>",
                "<p>A day after buying a robot vacuum cleaner at Toko Kenanga, Mrs Wulan "
                "receives a short video on how to map her rooms the first time. Which stage "
                "of the customer journey is this touchpoint in?</p>",
            ),
            feedback=(
                "<p>Panduan memakai produk untuk pertama kali termasuk tahap penggunaan dan "
                "orientasi, yang datang setelah pembelian dan sebelum purnajual. Tahap ini "
                "sering terlupakan, padahal di sinilah pelanggan memutuskan apakah "
                "pembeliannya sepadan.</p>",
                "<p>A guide to using the product for the first time belongs to the use and "
                "onboarding stage, which comes after the purchase and before after-sales. "
                "This stage is often forgotten, yet it is where customers decide whether the "
                "purchase was worth it.</p>",
            ),
            choices=[
                choice(
                    "1",
                    ("Penggunaan dan orientasi", "Use and onboarding"),
                    (
                        "Tepat. Video ini membantu Bu Wulan mulai memakai produknya.",
                        "Correct. The video helps Mrs Wulan start using the product.",
                    ),
                ),
                choice(
                    "0",
                    ("Pembelian", "Purchase"),
                    (
                        "Kurang tepat. Pembeliannya sudah selesai sehari sebelumnya.",
                        "Not quite. The purchase was completed the day before.",
                    ),
                ),
                choice(
                    "0",
                    ("Purnajual dan dukungan", "After-sales and support"),
                    (
                        "Kurang tepat. Bu Wulan belum punya masalah; ia baru mulai memakai "
                        "produknya.",
                        "Not quite. Mrs Wulan has no problem yet; she is only starting to use "
                        "the product.",
                    ),
                ),
                choice(
                    "0",
                    ("Loyalitas dan advokasi", "Loyalty and advocacy"),
                    (
                        "Kurang tepat. Loyalitas dibangun belakangan, setelah pengalaman "
                        "memakai produknya baik.",
                        "Not quite. Loyalty is built later, once the experience of using the "
                        "product has been good.",
                    ),
                ),
            ],
        ),
        # 14 --------------------------------------------------------------------------
        single(
            "Final · Spending a limited budget",
            text=(
                "<p>Toko Kenanga mendapat penilaian tinggi untuk tim layanan pelanggannya, "
                "tetapi retensinya rendah. Data menunjukkan banyak pelanggan berhenti setelah "
                "mengalami proses retur yang berbelit dan halaman produk yang tidak lengkap. "
                "Anggarannya terbatas.</p><p>Ke mana anggaran sebaiknya dialokasikan?</p>",
                "<p>Toko Kenanga's customer service team is rated highly, but retention is "
                "low. The data shows many customers stop buying after a painful returns "
                "process and incomplete product pages. The budget is limited.</p>"
                "<p>Where should the budget go?</p>",
            ),
            feedback=(
                "<p>Anggaran sebaiknya mengikuti penyebab yang ditemukan data: proses retur "
                "dan informasi produk. Melatih ulang tim layanan yang sudah baik adalah "
                "jawaban yang menggoda tetapi keliru, karena tidak menyentuh penyebab "
                "pelanggan pergi.</p>",
                "<p>The budget should follow the causes the data found: the returns process "
                "and product information. Retraining a service team that is already good is "
                "the tempting wrong answer, because it does not touch why customers "
                "leave.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Menyederhanakan proses retur dan melengkapi informasi di halaman produk",
                        "Simplify the returns process and complete the product page information",
                    ),
                    (
                        "Tepat. Inilah dua penyebab yang ditunjukkan data.",
                        "Correct. These are the two causes the data points to.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Program pelatihan ulang besar-besaran untuk tim layanan pelanggan",
                        "A large retraining programme for the customer service team",
                    ),
                    (
                        "Kurang tepat. Tim layanan sudah dinilai tinggi; uangnya tidak "
                        "menyentuh penyebab yang sebenarnya.",
                        "Not quite. The service team is already rated highly; the money would "
                        "not touch the real causes.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Kampanye iklan untuk menarik pelanggan baru",
                        "An ad campaign to attract new customers",
                    ),
                    (
                        "Kurang tepat. Pelanggan baru akan menemui hambatan yang sama dan "
                        "ikut pergi.",
                        "Not quite. New customers will hit the same obstacles and leave as well.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Survei CSAT tambahan setelah setiap chat dengan agen",
                        "Extra CSAT surveys after every chat with an agent",
                    ),
                    (
                        "Kurang tepat. Penyebabnya sudah diketahui, dan CSAT chat hanya "
                        "mengukur titik sentuh yang sudah baik.",
                        "Not quite. The causes are already known, and chat CSAT only measures "
                        "a touchpoint that is already good.",
                    ),
                ),
            ],
        ),
        # 15 --------------------------------------------------------------------------
        multi(
            "Final · Metrics of business impact",
            text=(
                "<p>Direktur keuangan Bank Cempaka bertanya: “Apa dampak CX terhadap bisnis "
                "kita?” Metrik mana saja yang paling tepat untuk menjawabnya? Pilih semua "
                "yang benar. Pilihan yang keliru mengurangi nilai.</p>",
                "<p>Bank Cempaka's finance director asks: “What impact does CX have on our "
                "business?” Which metrics answer that best? Select all that apply. Wrong "
                "choices lower your score.</p>",
            ),
            feedback=(
                "<p>Retensi, churn, dan CLV menunjukkan dampak bisnis: berapa pelanggan yang "
                "bertahan, berapa yang hilang, dan berapa nilai mereka. CSAT dan AHT tetap "
                "berguna, tetapi masing-masing mengukur satu interaksi dan operasional "
                "layanan.</p>",
                "<p>Retention, churn and CLV show business impact: how many customers stay, "
                "how many are lost, and what they are worth. CSAT and AHT are still useful, "
                "but they measure one interaction and service operations "
                "respectively.</p>",
            ),
            choices=[
                choice(
                    "0.3333333",
                    ("Tingkat retensi pelanggan", "Customer retention rate"),
                    (
                        "Benar. Retensi menunjukkan berapa pelanggan lama yang bertahan.",
                        "Correct. Retention shows how many existing customers stay.",
                    ),
                ),
                choice(
                    "0.3333333",
                    ("Tingkat churn", "Churn rate"),
                    (
                        "Benar. Churn menunjukkan berapa pelanggan yang hilang.",
                        "Correct. Churn shows how many customers are lost.",
                    ),
                ),
                choice(
                    "0.3333333",
                    ("Customer lifetime value (CLV)", "Customer lifetime value (CLV)"),
                    (
                        "Benar. CLV menunjukkan nilai seorang pelanggan selama hubungannya.",
                        "Correct. CLV shows what a customer is worth over the relationship.",
                    ),
                ),
                choice(
                    "-0.5",
                    ("CSAT satu sesi chat", "CSAT of one chat session"),
                    (
                        "Keliru. CSAT adalah pandangan mikro tentang satu interaksi.",
                        "Wrong. CSAT is a micro view of one interaction.",
                    ),
                ),
                choice(
                    "-0.5",
                    ("Average handling time (AHT)", "Average handling time (AHT)"),
                    (
                        "Keliru. AHT mengukur operasional layanan pelanggan.",
                        "Wrong. AHT measures customer service operations.",
                    ),
                ),
            ],
        ),
        # 16 --------------------------------------------------------------------------
        truefalse(
            "Final · Churn and retention add up",
            text=(
                "<p>Benar atau salah? Jika churn Kenari Seluler pada suatu kuartal 15%, maka "
                "retensinya pada kuartal yang sama 85%, dengan rumus churn dan retensi "
                "seperti di kursus ini.</p>",
                "<p>True or false? If Kenari Seluler's churn for a quarter is 15%, then its "
                "retention for the same quarter is 85%, using the churn and retention "
                "formulas of this course.</p>",
            ),
            feedback=(
                "<p>Benar. Pelanggan akhir = awal − hilang + baru, sehingga (akhir − baru) ÷ "
                "awal = (awal − hilang) ÷ awal. Retensi dan churn pada periode yang sama "
                "selalu berjumlah 100%. Pelanggan baru tidak memengaruhi keduanya.</p>",
                "<p>True. Customers at the end = start − lost + new, so (end − new) ÷ start = "
                "(start − lost) ÷ start. Retention and churn for the same period always add "
                "up to 100%. New customers affect neither.</p>",
            ),
            correct=True,
            if_true=(
                "Tepat. Retensi = 100% − churn untuk periode yang sama.",
                "Correct. Retention = 100% − churn for the same period.",
            ),
            if_false=(
                "Kurang tepat. Dengan rumus kursus ini, retensi dan churn pada periode yang "
                "sama selalu berjumlah 100%.",
                "Not quite. With this course's formulas, retention and churn for the same "
                "period always add up to 100%.",
            ),
        ),
        # 17 --------------------------------------------------------------------------
        single(
            "Final · Metric for SIM activation",
            text=(
                "<p>Kenari Seluler mengubah alur aktivasi kartu SIM baru. Metrik mana yang "
                "paling tepat untuk menilai apakah alur itu kini terasa mudah?</p>",
                "<p>Kenari Seluler has changed how new SIM cards are activated. Which metric "
                "best judges whether the process now feels easy?</p>",
            ),
            feedback=(
                "<p>CES dipakai per proses, seperti retur dan orientasi: ia menanyakan "
                "apakah perusahaan memudahkan pelanggan menyelesaikan urusannya. Churn dan "
                "NPS terlalu luas untuk menilai satu proses, dan FCR mengukur kontak dengan "
                "tim layanan.</p>",
                "<p>CES is used per process, such as returns and onboarding: it asks whether "
                "the company made it easy for customers to handle their issue. Churn and NPS "
                "are too broad to judge one process, and FCR measures contacts with the "
                "service team.</p>",
            ),
            choices=[
                choice(
                    "1",
                    ("CES", "CES"),
                    (
                        "Tepat. Aktivasi adalah proses orientasi, wilayah CES.",
                        "Correct. Activation is an onboarding process, CES territory.",
                    ),
                ),
                choice(
                    "0",
                    ("Churn", "Churn"),
                    (
                        "Kurang tepat. Churn mengukur pelanggan yang hilang dalam satu periode, "
                        "bukan kemudahan satu proses.",
                        "Not quite. Churn measures customers lost in a period, not how easy one "
                        "process is.",
                    ),
                ),
                choice(
                    "0",
                    ("NPS", "NPS"),
                    (
                        "Kurang tepat. NPS mengukur hubungan secara keseluruhan.",
                        "Not quite. NPS measures the relationship as a whole.",
                    ),
                ),
                choice(
                    "0",
                    ("FCR", "FCR"),
                    (
                        "Kurang tepat. FCR mengukur masalah yang selesai pada kontak pertama "
                        "dengan tim layanan.",
                        "Not quite. FCR measures issues resolved on the first contact with the "
                        "service team.",
                    ),
                ),
            ],
        ),
        # 18 --------------------------------------------------------------------------
        single(
            "Final · The systemic fix for a repeated story",
            text=(
                "<p>Mbak Rina sudah menjelaskan masalah tagihannya lewat WhatsApp, lalu "
                "email, lalu call center Kenari Seluler. Setiap kali ia harus bercerita dari "
                "awal. Perbaikan sistemik mana yang paling tepat?</p>",
                "<p>Ms Rina has explained her billing problem over WhatsApp, then email, then "
                "Kenari Seluler's call center. Each time she had to tell the story from the "
                "start. Which systemic fix fits best?</p>",
            ),
            feedback=(
                "<p>Akar masalahnya adalah riwayat yang tidak tersambung antarsaluran. "
                "Perbaikannya sistemik: satu riwayat percakapan bersama (kotak masuk "
                "omnichannel) dan serah terima yang membawa konteks, sehingga pelanggan tidak "
                "perlu mengulang ceritanya.</p>",
                "<p>The root cause is history that is not joined up across channels. The fix "
                "is systemic: one shared conversation history (an omnichannel inbox) and "
                "handovers that carry the context, so customers never have to repeat their "
                "story.</p>",
            ),
            choices=[
                choice(
                    "1",
                    (
                        "Satu riwayat percakapan bersama untuk semua saluran, dengan serah "
                        "terima yang membawa konteks",
                        "One shared conversation history across all channels, with handovers "
                        "that carry the context",
                    ),
                    (
                        "Tepat. Siapa pun yang menangani Mbak Rina berikutnya akan langsung "
                        "tahu ceritanya.",
                        "Correct. Whoever serves Ms Rina next will know her story straight away.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Pelatihan keramahan untuk semua agen",
                        "Courtesy training for every agent",
                    ),
                    (
                        "Kurang tepat. Keramahan tidak menghapus keharusan mengulang cerita; "
                        "masalahnya ada di sistem.",
                        "Not quite. Courtesy does not remove the need to repeat the story; the "
                        "problem is the system.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Voucher permintaan maaf untuk setiap pelanggan yang mengeluh",
                        "An apology voucher for every customer who complains",
                    ),
                    (
                        "Kurang tepat. Voucher bisa menjadi bagian dari perawatan pelanggan, "
                        "tetapi tidak memperbaiki penyebabnya.",
                        "Not quite. A voucher can be part of customer care, but it does not "
                        "fix the cause.",
                    ),
                ),
                choice(
                    "0",
                    (
                        "Menambah satu saluran baru, misalnya Instagram",
                        "Adding one more channel, for example Instagram",
                    ),
                    (
                        "Kurang tepat. Saluran tambahan tanpa riwayat bersama hanya menambah "
                        "tempat untuk mengulang cerita.",
                        "Not quite. Another channel without a shared history only adds one "
                        "more place to repeat the story.",
                    ),
                ),
            ],
        ),
        # 19 --------------------------------------------------------------------------
        shortanswer(
            "Final · Term for a customer segment profile",
            text=(
                "<p>Gambaran semi-fiktif tentang satu segmen pelanggan, yang disusun dari "
                "perilaku, demografi, preferensi, dan tujuan mereka, lalu dipakai untuk "
                "memetakan perjalanan, disebut apa? Tuliskan istilahnya.</p>",
                "<p>What is the name for a semi-fictional portrait of one customer segment, "
                "built from their behaviour, demographics, preferences and goals, and used to "
                "map the journey? Type the term.</p>",
            ),
            feedback=(
                "<p>Istilahnya persona (persona pelanggan atau buyer persona). Setiap persona "
                "punya perjalanannya sendiri, karena pendekatan “satu untuk semua” sudah tidak "
                "berhasil.</p>",
                "<p>The term is persona (customer persona or buyer persona). Each persona has "
                "its own journey, because “one size fits all” no longer works.</p>",
            ),
            accepted=[
                "persona",
                "persona pelanggan",
                "persona pembeli",
                "buyer persona",
                "customer persona",
                "personas",
            ],
            right=RIGHT,
        ),
        # 20 --------------------------------------------------------------------------
        multi(
            "Final · Who needs CX mindset training",
            text=(
                "<p>Toko Kenanga menyusun program pelatihan mindset CX. Siapa saja yang perlu "
                "ikut? Pilih semua yang benar. Pilihan yang keliru mengurangi nilai.</p>",
                "<p>Toko Kenanga is planning a CX mindset training programme. Who should "
                "take part? Select all that apply. Wrong choices lower your score.</p>",
            ),
            feedback=(
                "<p>Setiap karyawan yang berhadapan dengan pelanggan membentuk pengalaman "
                "pelanggan, jadi semuanya perlu dilatih: empati, kesabaran, bahasa positif, "
                "dan pengetahuan produk. Chatbot membantu untuk hal yang berulang, tetapi "
                "tidak menggantikan mindset itu.</p>",
                "<p>Every customer-facing employee shapes the customer experience, so all of "
                "them need training: empathy, patience, positive language and product "
                "knowledge. A chatbot helps with repetitive work but does not replace that "
                "mindset.</p>",
            ),
            choices=[
                choice(
                    "0.25",
                    ("Kasir di toko", "Cashiers in the stores"),
                    (
                        "Benar. Kasir adalah titik sentuh terakhir sebelum pelanggan pulang.",
                        "Correct. Cashiers are the last touchpoint before customers go home.",
                    ),
                ),
                choice(
                    "0.25",
                    ("Kurir pengiriman", "Delivery couriers"),
                    (
                        "Benar. Kurir sering menjadi satu-satunya wajah toko yang ditemui "
                        "pembeli daring.",
                        "Correct. Couriers are often the only face of the shop that online "
                        "buyers meet.",
                    ),
                ),
                choice(
                    "0.25",
                    ("Pramuniaga di lantai toko", "Sales assistants on the shop floor"),
                    (
                        "Benar. Mereka membantu pelanggan di tahap pertimbangan dan pembelian.",
                        "Correct. They help customers in the consideration and purchase stages.",
                    ),
                ),
                choice(
                    "0.25",
                    ("Agen layanan pelanggan", "Customer service agents"),
                    (
                        "Benar. Tim layanan tetap perlu dilatih, hanya saja bukan satu-satunya.",
                        "Correct. The service team still needs training; it is just not the "
                        "only one.",
                    ),
                ),
                choice(
                    "-0.5",
                    (
                        "Tidak ada; cukup pasang chatbot untuk semua pertanyaan",
                        "Nobody; a chatbot for every question is enough",
                    ),
                    (
                        "Keliru. Chatbot menangani hal yang berulang, tetapi pertanyaan rumit "
                        "tetap butuh manusia yang terlatih.",
                        "Wrong. A chatbot handles repetitive work, but complex questions still "
                        "need trained people.",
                    ),
                ),
            ],
        ),
    ],
)


MODULE_QUIZZES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4]
QUIZZES = [*MODULE_QUIZZES, FINAL_ASSESSMENT]

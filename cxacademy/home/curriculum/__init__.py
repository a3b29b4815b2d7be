"""The CX Mindset course: lessons, quizzes, simulations and certificate design, in
Bahasa Indonesia and English, written from shared/curriculum.md in our own words."""

"""Quizzes models arrive with their issue; the app is wired in already."""

"""Course models arrive with the courses issue; the app is wired in already."""

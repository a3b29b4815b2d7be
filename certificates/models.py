"""Certificate models arrive with the certificates issue; the app is wired in already."""

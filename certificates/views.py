from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def my_certificates(request):
    """The learner's certificates (filled by the certificates issue)."""
    return render(request, "certificates/my_certificates.html", {"certificates": []})

from django.contrib.auth.decorators import login_required
from django.shortcuts import render


def catalogue(request):
    """Published courses a visitor can browse (filled by the courses issue)."""
    return render(request, "courses/catalogue.html", {"courses": []})


@login_required
def my_learning(request):
    """The learner's enrolled and assigned courses (filled by the courses issue)."""
    return render(request, "courses/my_learning.html", {"enrolments": []})

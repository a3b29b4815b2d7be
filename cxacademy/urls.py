from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cxacademy import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", views.set_language, name="set_language"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("learn/", include("courses.urls")),
    path("learn/quizzes/", include("quizzes.urls")),
    path("learn/simulations/", include("simulations.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler400 = "cxacademy.views.bad_request"
handler403 = "cxacademy.views.permission_denied"
handler404 = "cxacademy.views.page_not_found"
handler500 = "cxacademy.views.server_error"

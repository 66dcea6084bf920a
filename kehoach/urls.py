from django.contrib import admin
from django.urls import include, path

from kehoach import views

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/", include("accounts.urls")),
    path("units/", include("units.urls")),
    path("plans/", include("plans.urls")),
    path("documents/", include("documents.urls")),
    path("records/", include("records.urls")),
    path("guidance/", include("guidance.urls")),
    path("search/", include("search.urls")),
    path("indicators/", include("indicators.urls")),
    path("api/", include("api.urls")),
    path("reporting/", include("reporting.urls")),
    path("signing/", include("signing.urls")),
    path("huong-dan/", include("guides.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

# 400, 403 and 404 are Django's own handlers with templates/400.html, 403.html, 404.html; a
# 500 renders without the database or the request (kehoach.views.server_error).
handler500 = "kehoach.views.server_error"

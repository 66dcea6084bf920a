"""The project's URLs plus one view that fails, to see the 500 page as a user would."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from kehoach.urls import handler500
from kehoach.urls import urlpatterns as project_patterns


def failing_view(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret detail: /srv/kehoach/var/kehoach.sqlite3 password=hunter2")


urlpatterns = [path("hong/", failing_view), *project_patterns]
__all__ = ["handler500", "urlpatterns"]

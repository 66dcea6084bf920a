"""The WSGI application gunicorn and waitress serve (kehoach.serve)."""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.settings")
application = get_wsgi_application()

# Every view module loaded, then the objects of a started process (~140,000: Django, the apps,
# their modules) moved out of the garbage collector's sight. A full collection walked them all,
# 60-70 ms every dozen dashboard requests on a 2-core machine, which was most of the distance
# between a page's median and its p95; they live as long as the process anyway.
get_resolver().url_patterns  # noqa: B018 -- imports every app's views
gc.freeze()

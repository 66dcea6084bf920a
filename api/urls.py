from django.urls import path

from api import views
from api.api import api

app_name = "api"
# Ninja's patterns join the app's own under one namespace, "api", which its docs page
# reverses ("api:openapi-json"); the operations are named too ("api:product_list").
ninja_patterns, _app, _namespace = api.urls
urlpatterns = [
    path("tokens/", views.token_list, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    *ninja_patterns,
]

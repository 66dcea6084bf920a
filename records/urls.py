from django.urls import include, path

app_name = "records"
urlpatterns = [
    path("", include("records.urls_entry")),
    path("import/", include("records.urls_import")),
]

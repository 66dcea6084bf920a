from django.urls import path

from documents import views

app_name = "documents"
urlpatterns = [
    path("import/", views.import_upload, name="import"),
    path("import/<int:pk>/", views.ingestion_detail, name="ingestion"),
    path("<int:pk>/", views.document_detail, name="detail"),
    path("<int:pk>/file/", views.document_file, name="file"),
]

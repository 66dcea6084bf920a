"""Pages of the spreadsheet import, under /records/import/."""

from django.urls import path

from records import import_views

urlpatterns = [
    path("", import_views.import_upload, name="import_upload"),
    path("template/", import_views.import_template, name="import_template"),
    path("<int:pk>/", import_views.import_preview, name="import_preview"),
    path("<int:pk>/confirm/", import_views.import_confirm, name="import_confirm"),
]

from django.urls import path

from units import import_views, picker_views, sheet_views, views

app_name = "units"
urlpatterns = [
    path("", views.unit_list, name="list"),
    path("new/", views.unit_edit, name="create"),
    path("pick/", picker_views.unit_pick, name="pick"),
    path("<int:pk>/", views.unit_detail, name="detail"),
    path("<int:pk>/edit/", views.unit_edit, name="edit"),
    # Setting up a province: the official catalogue, then its usual bodies.
    path("catalogue/", import_views.catalogue_import, name="catalogue"),
    path("catalogue/all/", import_views.catalogue_import_all, name="catalogue_all"),
    path("catalogue/report/", import_views.catalogue_report, name="catalogue_report"),
    path("<int:pk>/bodies/", import_views.bodies, name="bodies"),
    path("sheet/", sheet_views.sheet_upload, name="sheet"),
    path("sheet/template/", sheet_views.sheet_template, name="sheet_template"),
    path("sheet/confirm/", sheet_views.sheet_confirm, name="sheet_confirm"),
]

from django.urls import path

from indicators import views

app_name = "indicators"
urlpatterns = [
    path("plan/<int:pk>/", views.dashboard, name="dashboard"),
    path("plan/<int:pk>/<slug:section>.xlsx", views.dashboard_export, name="export"),
    path("target/<int:target_pk>/", views.indicator_edit, name="edit"),
    path("target/<int:target_pk>/delete/", views.indicator_delete, name="delete"),
    path("<int:pk>/values/", views.entered_values, name="values"),
    path("values/<int:pk>/edit/", views.entered_value_edit, name="value_edit"),
    path("values/<int:pk>/delete/", views.entered_value_delete, name="value_delete"),
]

"""Pages to record products and activities, and the topics they cover."""

from django.urls import path

from records import views

urlpatterns = [
    path("products/", views.product_list, name="product_list"),
    path("products/new/", views.product_edit, name="product_create"),
    path("products/<int:pk>/", views.product_detail, name="product_detail"),
    path("products/<int:pk>/edit/", views.product_edit, name="product_edit"),
    path("products/<int:pk>/delete/", views.product_delete, name="product_delete"),
    path("products/<int:pk>/file/", views.product_file, name="product_file"),
    path("activities/", views.activity_list, name="activity_list"),
    path("activities/new/", views.activity_edit, name="activity_create"),
    path("activities/<int:pk>/", views.activity_detail, name="activity_detail"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity_edit"),
    path("activities/<int:pk>/delete/", views.activity_delete, name="activity_delete"),
    path("tasks/", views.task_options, name="task_options"),
    path("tasks/checklist/", views.record_tasks, name="record_tasks"),
    path("topics/", views.topic_list, name="topic_list"),
    path("topics/new/", views.topic_edit, name="topic_create"),
    path("topics/<int:pk>/edit/", views.topic_edit, name="topic_edit"),
]

from django.urls import path

from plans import views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("new/", views.plan_edit, name="create"),
    path("<int:pk>/", views.plan_detail, name="detail"),
    path("<int:pk>/edit/", views.plan_edit, name="edit"),
    path("<int:plan_pk>/targets/new/", views.target_edit, name="target_create"),
    path("<int:plan_pk>/targets/<int:pk>/edit/", views.target_edit, name="target_edit"),
    path("targets/<int:pk>/delete/", views.target_delete, name="target_delete"),
    path("<int:plan_pk>/tasks/new/", views.task_edit, name="task_create"),
    path("tasks/", views.task_list, name="task_list"),
    path("tasks/<int:pk>/", views.task_detail, name="task_detail"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task_edit"),
    path("tasks/<int:pk>/delete/", views.task_delete, name="task_delete"),
    path("tasks/<int:pk>/progress/", views.progress_create, name="progress_create"),
    path("progress/<int:pk>/delete/", views.progress_delete, name="progress_delete"),
    path("tasks/attention/", views.tasks_attention, name="tasks_attention"),
]

from django.urls import path

from guidance import views

app_name = "guidance"
urlpatterns = [
    path("", views.guidance_list, name="list"),
    path("new/", views.guidance_edit, name="create"),
    path("<int:pk>/", views.guidance_detail, name="detail"),
    path("<int:pk>/edit/", views.guidance_edit, name="edit"),
    path("<int:pk>/publish/", views.guidance_publish, name="publish"),
    path("<int:pk>/unpublish/", views.guidance_unpublish, name="unpublish"),
    path("<int:pk>/coverage.xlsx", views.coverage_download, name="coverage_xlsx"),
    # Public, no login: the address printed on the letter as a QR code.
    path("p/<str:public_key>/", views.guidance_public, name="public"),
    path("p/<str:public_key>/qr.png", views.guidance_qr, {"kind": "png"}, name="qr_png"),
    path("p/<str:public_key>/qr.svg", views.guidance_qr, {"kind": "svg"}, name="qr_svg"),
]

"""Pages to record products and activities."""

urlpatterns: list = []

"""Pages of the spreadsheet import."""

urlpatterns: list = []

"""Each views module lists its own routes, so the parts of the reporting loop stay apart."""

from reporting.views import (
    calendar,
    consolidated,
    drafts,
    forms,
    notices,
    periods,
    rate,
    unit_document,
    workflow,
)

app_name = "reporting"
urlpatterns = [
    *periods.urlpatterns,
    *drafts.urlpatterns,
    *forms.urlpatterns,
    *workflow.urlpatterns,
    *rate.urlpatterns,
    *notices.urlpatterns,
    *calendar.urlpatterns,
    *consolidated.urlpatterns,
    *unit_document.urlpatterns,
]

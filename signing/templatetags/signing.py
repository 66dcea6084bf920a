"""The signing panels other apps' pages show: {% report_signing report %} on the
consolidated report's page, {% submission_signing submission %} on a unit's report."""

from typing import Any

from django import template

from reporting.models import ConsolidatedReport, Submission
from signing import selectors
from signing.forms import IssueForm, NewVersionForm, SignedUploadForm
from signing.permissions import can_manage_roots

register = template.Library()


@register.inclusion_tag("signing/_report_panel.html", takes_context=True)
def report_signing(context: dict[str, Any], report: ConsolidatedReport) -> dict[str, Any]:
    panel = selectors.report_panel(context["request"].user, report)
    panel["upload_form"] = SignedUploadForm()
    panel["issue_form"] = IssueForm(initial=panel.get("reading"))
    panel["version_form"] = NewVersionForm()
    panel["csrf_token"] = context.get("csrf_token")
    panel["no_anchors"] = panel["may_sign"] and not selectors.has_trust_anchors()
    panel["may_manage_roots"] = can_manage_roots(context["request"].user)
    return panel


@register.inclusion_tag("signing/_submission_panel.html", takes_context=True)
def submission_signing(context: dict[str, Any], submission: Submission) -> dict[str, Any]:
    panel = selectors.submission_panel(context["request"].user, submission)
    panel["upload_form"] = SignedUploadForm()
    panel["csrf_token"] = context.get("csrf_token")
    return panel

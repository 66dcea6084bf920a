"""A unit's own report as the document it signs and sends: Decree 30 .docx (and PDF), its
parts as it wrote them, its tables as appendices after the signature.

Units send their reports signed, as the department does; the same header rules (documents
.header), writing of figures and appendices serve both.
"""

from __future__ import annotations

from documents.header import issuing_defaults
from exports import naming
from exports.document import OfficialDocument
from reporting import phrasing
from reporting.models import Submission
from reporting.official import appendices, parts_body


def submission_document(submission: Submission) -> OfficialDocument:
    """The unit's report for its period, to the period's receiving unit; number and date are
    left blank, to be written in when it is signed."""
    period = submission.period
    unit = submission.unit
    issuing = issuing_defaults(unit)
    title = phrasing.report_title(period.form.name, period.title)
    plan = period.plan.header().citation() if period.plan else ""
    opening = phrasing.opening(unit_name=issuing.issuer_name, subject=title,
                               request=period.request, plan=plan,
                               window=(period.first_day, period.last_day))
    parent = unit.parent.name if unit.parent else ""
    receiver = naming.recipient_name(period.receiving_unit.name, parent)
    closing = (f"Trên đây là báo cáo {phrasing.period_phrase(title)} của "
               f"{issuing.issuer_name}./.")
    return OfficialDocument(
        parent_body=issuing.parent_body, issuing_body=issuing.issuing_body,
        symbol=issuing.symbol, place=issuing.place, year=period.last_day.year, title=title,
        body=parts_body(opening, [(s.title, s.text) for s in
                                  submission.sections.order_by("position")], closing),
        recipients=[receiver, "Lưu: VT"], signature_prefix=issuing.signature_prefix,
        signature_position=issuing.signature_position, issuer_name=issuing.issuer_name,
        appendices=appendices(submission.figures))

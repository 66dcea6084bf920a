"""Every form of the site, found by crawling the demo as each role, takes generated inputs
(numbers past every database limit, ids of 2^63, huge text, lists, lying files) without a
5xx, and a refused input writes nothing.

`make test` runs 100 examples a form, the same ones every time (derandomized: a run that
passes passes again), on the second core while the SQLite and PostgreSQL suites run on the
first (marker "fuzz"). `make test-fuzz-full` runs 1,000 random examples a form (HEAVY lists the
three whose every example is a whole real job, with fewer): about half an hour, before a
release or after changing a form.

SQLite only: the bounds are the same on PostgreSQL (kehoach.forms uses the narrower of the
two), and the examples take minutes there that they take seconds here.
"""

import os
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any
from urllib.parse import urlencode

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from accounts.models import User
from api.services import token_create
from demo.services import demo_load_records
from documents.tests.conftest import sample_text
from kehoach.tests.fuzz_inputs import (
    Renderer,
    form_data,
    refused,
    render_for_real,
    row_counts,
)
from kehoach.tests.fuzz_pages import FormSpec, crawl, post_patterns
from records.import_services import import_start
from records.tests.builders import FIVE_ROWS, filled
from units.models import Unit

pytestmark = [pytest.mark.fuzz, pytest.mark.skipif(
    "sqlite" not in django_settings.DATABASES["default"]["ENGINE"],
    reason="property tests of bounded input run on SQLite only: same bounds, minutes slower "
           "on PostgreSQL")]

# Examples a form, and whether they are drawn anew each run (see above).
EXAMPLES = int(os.environ.get("KEHOACH_FUZZ_EXAMPLES", "100"))
RANDOM = os.environ.get("KEHOACH_FUZZ_RANDOM", "") == "1"
# A button without fields (delete, publish, approve) has no input to vary: fewer examples.
BUTTON_EXAMPLES = 50
# Forms each of whose examples does a whole real job: fewer examples, and why.
HEAVY = {
    "units:catalogue_all": (20, "each example imports the 34 provinces' 3,321 communes"),
    "signing:upload_submission": (200, "a PDF upload has LibreOffice write the unit's report"),
    "documents:ingestion": (300, "each confirmation creates a plan with its tasks and targets"),
}
# One page in this many is rendered for real (see fuzz_inputs.Renderer).
REAL_RENDER_ONE_IN = 40
# The roles in the order their forms are taken: a form two roles see is fuzzed as the first.
ROLES = ("coordinator", "reporter", "administrator", "lead_reporter", "viewer", "anonymous")
START = ["/", "/accounts/login/", "/accounts/password/", "/records/import/", "/documents/import/",
         "/reporting/", "/reporting/forms/", "/reporting/notices/", "/api/tokens/"]
# POST patterns the crawl does not fuzz, and why.
EXEMPT = {
    "logout": "logs the client out; takes no field",
    "set_language": "Django's language switch; sets a cookie, writes nothing",
    "password_change_done": "a page after the change; no form",
    "units:sheet_confirm": "the answer to an upload, whose rows travel signed in the page: "
                           "any other input is refused by the signature (units/tests)",
    "invitation_accept": "Django's set-password form behind a one-time link from an e-mail; "
                         "accounts/tests/test_people.py posts to it",
    "password_reset_confirm": "the same form behind a reset link; accounts/tests/"
                              "test_password_reset.py posts to it",
    "two_factor_verify": "asked only after a log-in with two-step set up, which the crawl's "
                         "roles have not; one text field, accounts/tests/test_two_factor.py",
    "two_factor_disable": "a button shown only with two-step log-in on; no field",
    "two_factor_recovery_codes": "a button shown only with two-step log-in on; no field",
    "calendar_remove": "a button shown only once a calendar address was made; no field; "
                       "accounts/tests/test_notice_choices.py presses it",
    "person_two_factor_reset": "a button shown only for someone with two-step log-in on; no "
                               "field; accounts/tests/test_two_factor.py presses it",
}


@pytest.fixture
def records_province(province: None, coordinator: User, reporter: User,
                     django_capture_on_commit_callbacks: Any) -> None:
    """The demo with its records and reports, one plan read and waiting for review, one
    spreadsheet waiting for confirmation and one API token: every form has a page."""
    from documents.services import ingestion_start

    demo_load_records()
    with django_capture_on_commit_callbacks(execute=True):
        ingestion_start(user=coordinator, upload=SimpleUploadedFile(
            "ke-hoach.txt", sample_text()))
    import_start(user=reporter, upload=SimpleUploadedFile(
        "san-pham.xlsx", filled(reporter, FIVE_ROWS)))
    token_create(user=reporter, unit=Unit.objects.get(code="ST-BAO"), name="CMS")
    _states(coordinator, reporter)
    _people(coordinator)


def _people(coordinator: User) -> None:
    """Someone invited, someone switched off, and a list of people waiting for confirmation,
    in the coordinator's own unit: the buttons of the Người dùng pages show."""
    from accounts.people_import import people_import_start
    from accounts.services import person_deactivate, person_invite
    from accounts.tests.builders import people_workbook
    from units.services import unit_create

    department = unit_create(code="ST-STTTT-VP", kind="other", parent=Unit.objects.get(
        code="ST-STTTT"), name="Văn phòng Sở Thông tin và Truyền thông")
    person_invite(manager=coordinator, full_name="Thạch Thị Sa Rinh", role="reporter",
                  email="sarinh.tt@soctrang.gov.vn", units=[department])
    person_deactivate(manager=coordinator, person=person_invite(
        manager=coordinator, full_name="Lý Văn Tài", email="tai.lv@soctrang.gov.vn",
        role="viewer", units=[department]))
    people_import_start(user=coordinator, upload=SimpleUploadedFile(
        "nguoi-dung.xlsx", people_workbook(coordinator, [
            ("Lâm Quốc Việt", "viet.lq@soctrang.gov.vn", "", department.name, "Người xem")])))


def _states(coordinator: User, reporter: User) -> None:
    """What the demo lacks for some buttons to show: a draft report, a closed period, a
    letter not yet published, a figure entered by a unit, a notice."""
    from demo.reports import demo_period
    from guidance.models import Guidance
    from guidance.services import guidance_unpublish
    from indicators.services import entered_value_create, indicator_create
    from plans.models import Target
    from reporting.models import ConsolidatedReport, Notice
    from reporting.services.consolidated import consolidated_build, consolidated_merge
    from reporting.services.drafts import submission_open
    from reporting.services.periods import period_close
    from reporting.tests.builders import open_period

    baosoctrang = Unit.objects.get(code="ST-BAO")
    quarter = open_period("quarterly", 2024, 3, units=["ST-BAO", "ST-STTTT"])
    submission_open(user=reporter, period=quarter, unit=baosoctrang)
    period_close(user=coordinator, period=open_period("quarterly", 2024, 2, units=["ST-BAO"]))
    guidance = Guidance.objects.order_by("pk").first()
    if guidance is not None:
        guidance_unpublish(guidance=guidance)
    from indicators.models import Indicator

    target = Target.objects.order_by("pk").last()
    assert target is not None
    Indicator.objects.filter(target=target).delete()
    indicator = indicator_create(user=coordinator, target=target, name="Nhập tay",
                                 method="entered")
    entered_value_create(user=coordinator, indicator=indicator, unit=baosoctrang,
                         period_start=date(2024, 1, 1), period_end=date(2024, 6, 30),
                         numerator=Decimal(3))
    Notice.objects.create(user=reporter, text="Kỳ báo cáo mới", url="/reporting/")
    period = demo_period()
    assert period is not None
    consolidated_build(user=coordinator, period=period, queue=False)
    consolidated_merge(report_id=ConsolidatedReport.objects.get(period=period).pk)
    _signing_states(coordinator, ConsolidatedReport.objects.get(period=period), quarter)
    # Cần Thơ's committee as the catalogue import leaves it: its checklist of bodies opens.
    Unit.objects.filter(code="CT").update(official_code="92")


def _signing_states(coordinator: User, report: Any, quarter: Any) -> None:
    """What the signing panel needs to show its forms: the demo's report exported with a
    verified signed copy (upload, issue), an issued report on another period (a new
    version), and a trusted root certificate (its switch)."""
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from reporting.models import ConsolidatedReport
    from signing.models import SignedDocument, TrustedRoot

    blank, now = _blank_pdf(), timezone.now()
    report.pdf.save("bao-cao.pdf", ContentFile(blank), save=False)
    report.status = "ready"
    report.save()
    signed = {"version": 1, "sha256": "0" * 64, "exported_sha256": "0" * 64, "verified": True,
              "uploaded_by": coordinator}
    SignedDocument.objects.create(report=report, file=ContentFile(blank, "da-ky.pdf"), **signed)
    issued = ConsolidatedReport.objects.create(
        period=quarter, status="ready", issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        symbol="BC-STTTT", place="Sóc Trăng", title="Kết quả quý III năm 2024",
        issued_at=now, created_by=coordinator)
    SignedDocument.objects.create(report=issued, file=ContentFile(blank, "ban-hanh.pdf"),
                                  issued_at=now, issued_by=coordinator, number="12",
                                  issued_on=now.date(), **signed)
    TrustedRoot.objects.create(name="CA thử nghiệm", certificate=b"0", subject="CN=CA thử",
                               serial="01", fingerprint="ab" * 32, not_before=now,
                               not_after=now + timedelta(days=365), added_by=coordinator)


def _blank_pdf() -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    out = BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def _targets(client_as: Callable[[str], Client]) -> list[tuple[str, FormSpec]]:
    """Each view's form once, with the role whose pages showed it first: a task's status
    form on five task pages is one form."""
    found: dict[tuple[str, str], tuple[str, FormSpec]] = {}
    for role in ROLES:
        for form in crawl(client_as(role), _start()):
            if form.pattern and form.pattern not in EXEMPT:
                found.setdefault((form.method, form.pattern), (role, form))
    return list(found.values())


def _start() -> list[str]:
    """START, and the pages no link leads to from there: a province's checklist of bodies,
    offered once after its catalogue import."""
    from django.urls import reverse

    return [*START, "/signing/roots/",
            reverse("units:bodies", args=[Unit.objects.get(code="CT").pk])]


def _fuzz(client: Client, form: FormSpec, renderer: Renderer) -> None:
    before = row_counts()
    fields = [name for name in form.fields if name != "csrfmiddlewaretoken"]

    examples = EXAMPLES if fields else BUTTON_EXAMPLES
    if form.pattern in HEAVY:
        examples = min(examples, HEAVY[form.pattern][0])

    @hypothesis_settings(max_examples=examples, deadline=None, derandomize=not RANDOM,
                         database=None, suppress_health_check=list(HealthCheck))
    @given(data=form_data(form.fields))
    def run(data: dict[str, Any]) -> None:
        renderer.start(render_for_real(data, REAL_RENDER_ONE_IN))
        with transaction.atomic():
            if form.method == "POST" and any(spec.kind == "file" for spec in
                                              form.fields.values()):
                response = client.post(form.action, data)
            elif form.method == "POST":  # urlencoded: parsed in a tenth of multipart's time
                response = client.post(form.action, urlencode(data, doseq=True),
                                       content_type="application/x-www-form-urlencoded")
            else:
                response = client.get(form.action, data)
            assert response.status_code < 500, response.status_code
            if refused(response, renderer):
                assert row_counts() == before, "a refused request wrote rows"
            transaction.set_rollback(True)

    run()


def test_every_form_refuses_out_of_range_input_without_a_5xx(
        records_province: None, client_as: Callable[[str], Client], settings: Any) -> None:
    # Sessions in memory, so that requests do not rewrite the session row each time.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    targets = _targets(client_as)
    fuzzed = {form.pattern for _role, form in targets if form.method == "POST"}
    missing = post_patterns() - fuzzed - set(EXEMPT)
    assert not missing, f"POST views no crawled page has a form for: {sorted(missing)}"
    clients = {role: client_as(role) for role in ROLES}
    renderer = Renderer()
    failures, timings = [], []
    with renderer.installed():
        for role, form in targets:
            started = time.perf_counter()
            try:
                _fuzz(clients[role], form, renderer)
            except Exception as error:  # reported together below, each with its example
                notes = "\n".join(getattr(error, "__notes__", []))
                failures.append(f"{role} {form.method} {form.action}: {error!r}\n{notes}")
            timings.append((time.perf_counter() - started, form.method, form.action))
    for seconds, method, action in sorted(timings, reverse=True)[:5]:
        print(f"{seconds:6.1f} s  {method} {action}")
    print(f"{len(targets)} forms, {sum(t for t, *_ in timings):.1f} s")
    for seconds, method, action in timings:
        print(f"{seconds:6.1f} s  {method} {action}")
    assert not failures, "\n\n".join(failures)


def test_the_crawl_finds_the_forms_of_every_app(records_province: None,
                                                 client_as: Callable[[str], Client]) -> None:
    patterns = {form.pattern for form in crawl(client_as("coordinator"), START)}
    for name in ("records:product_create", "plans:task_create", "reporting:period_create",
                 "guidance:create", "documents:ingestion", "records:product_list"):
        assert name in patterns, name

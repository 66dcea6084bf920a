"""Who may open or post to every address of the project: one table, every role, real objects.

Each URL name of the project has one rule below: which roles may GET it and which may POST
to it (the API also PATCHes and DELETEs), for objects of the reporter's own unit and of
another unit. The test walks the URL resolver, so a new address fails here until its rule
is written down. Every request runs in a savepoint that is rolled back, so a delete or an
approval leaves the next request the same province.

A refused request is a 403, or a 404 where the object is hidden from the user; anonymous
visitors are sent to the log-in page (401 from the API). An allowed request is anything
else but a refusal: 200, a redirect after a form or a button, or 4xx for a body the test
did not fill in (a form re-shown, the API's 422), since the matrix asks who gets past the
door, not what a good form does.
"""

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from http.cookies import SimpleCookie
from typing import Any

import pytest
from django.conf import settings
from django.contrib import admin
from django.core.files.base import ContentFile
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from accounts.calendar import calendar_key_renew
from accounts.models import PeopleImport, User
from api.services import token_create
from demo.reports import demo_period
from demo.services import demo_load_records
from documents.models import Document, Ingestion, IngestionStatus
from guidance.models import Guidance
from guidance.services import guidance_create
from indicators.models import Indicator
from indicators.services import entered_value_create, indicator_create
from plans.models import Plan
from plans.services import progress_record, target_create
from records.models import ImportStatus, Product, ProductImport, Topic
from records.services import activity_create
from reporting.models import (
    ConsolidatedReport,
    ConsolidatedStatus,
    Notice,
    ReportForm,
    ReportingPeriod,
    Submission,
    SubmissionStatus,
)
from reporting.services.consolidated import consolidated_build
from reporting.services.drafts import submission_open
from signing.models import SignedDocument, TrustedRoot
from units.models import Unit

REVIEWERS_UNIT = "ST-STTTT"  # the unit of the demo's administrator and coordinator

# Roles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    name: str
    username: str | None = None
    unit: str | None = None  # a reporter's unit
    token: bool = False  # calls with its unit's API token, logged in nowhere

    @property
    def anonymous(self) -> bool:
        return self.username is None and not self.token

    @property
    def administrator(self) -> bool:
        return self.name == "administrator"

    @property
    def coordinator(self) -> bool:
        return self.name in ("administrator", "coordinator")

    @property
    def reporter(self) -> bool:
        return self.unit is not None

    @property
    def viewer(self) -> bool:
        return self.name == "viewer"


ROLES = [
    Role("administrator", "quantri"),
    Role("coordinator", "dieuphoi"),
    Role("reporter", "baosoctrang", unit="ST-BAO"),  # leads no task of the plan
    Role("lead_reporter", "sotttt", unit="ST-STTTT"),  # the lead department's reporter
    Role("viewer", "lanhdao"),
    Role("anonymous"),
    Role("token", unit="ST-BAO", token=True),  # Báo Sóc Trăng's system, over the API only
]


# Objects: one variant of each kind per unit it may belong to ----------------------------------


@dataclass(frozen=True)
class Variant:
    """One real object a URL is asked about, and the facts the rules read."""

    label: str
    kwargs: dict[str, Any]
    unit: str | None = None  # the unit it belongs to
    units: frozenset[str] = frozenset()  # a task's units, a period's units asked
    lead: frozenset[str] = frozenset()  # a task's lead units
    author: str | None = None  # the role that made it
    approved: bool = False
    published: bool = True


Audience = Callable[[Role, Variant], bool]


def public(role: Role, v: Variant) -> bool:
    return True


def logged_in(role: Role, v: Variant) -> bool:
    return role.username is not None


def coordinators(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and role.coordinator


def administrators(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and role.administrator


def recorders(role: Role, v: Variant) -> bool:
    """Those who record for some unit: coordinators for all, reporters for their own."""
    return logged_in(role, v) and (role.coordinator or role.reporter)


def unit_or_coordinators(role: Role, v: Variant) -> bool:
    """The object's unit's reporters, and coordinators for every unit."""
    return logged_in(role, v) and (role.coordinator or role.unit == v.unit)


def api_callers(role: Role, v: Variant) -> bool:
    return not role.anonymous


def api_unit_or_coordinators(role: Role, v: Variant) -> bool:
    """A token or a session records for the object's unit as on the pages."""
    return api_callers(role, v) and (role.coordinator or role.unit == v.unit)


def api_recorders(role: Role, v: Variant) -> bool:
    return api_callers(role, v) and (role.coordinator or role.reporter)


def unit_writers(role: Role, v: Variant) -> bool:
    """A unit's report is written and sent by its own reporters, never by the reviewers."""
    return logged_in(role, v) and role.unit == v.unit


def report_readers(role: Role, v: Variant) -> bool:
    """Coordinators read every report, a reporter their unit's, a viewer approved ones."""
    return logged_in(role, v) and (
        role.coordinator or role.unit == v.unit or (not role.reporter and v.approved))


def task_leads(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and (role.coordinator or role.unit in v.lead)


def task_units(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and (role.coordinator or role.unit in v.units)


def author_or_coordinators(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and (role.coordinator or role.name == v.author)


def author_only(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and role.name == v.author


def period_readers(role: Role, v: Variant) -> bool:
    """A reporter sees the periods that ask their unit; everybody else every period."""
    return logged_in(role, v) and (not role.reporter or role.unit in v.units)


def receiving_readers(role: Role, v: Variant) -> bool:
    """The consolidated report: every role but reporters of other units than the receiving."""
    return logged_in(role, v) and (not role.reporter or role.unit == v.unit)


def reviewers(role: Role, v: Variant) -> bool:
    """Coordinators decide the reports sent to their unit (all sent to ST-STTTT here), never
    their own unit's: the administrator and the coordinator both belong to ST-STTTT."""
    return logged_in(role, v) and role.coordinator and v.unit != REVIEWERS_UNIT


def people_managers(role: Role, v: Variant) -> bool:
    """The Người dùng pages: the administrator, and the coordinator for their own units."""
    return logged_in(role, v) and role.coordinator


def person_managers(role: Role, v: Variant) -> bool:
    """A person's page: the administrator for anyone, the coordinator for the people of
    ST-STTTT (their unit; its subtree has no other unit in the demo)."""
    return logged_in(role, v) and (role.administrator or (
        role.coordinator and v.unit == REVIEWERS_UNIT))


def rate_readers(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and (role.coordinator or role.viewer)


def published_or_coordinators(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and (v.published or role.coordinator)


def published_to_all(role: Role, v: Variant) -> bool:
    return v.published


def qr_readers(role: Role, v: Variant) -> bool:
    """The QR code of a letter is printed before it is published: coordinators get it early."""
    return v.published or coordinators(role, v)


def no_page(role: Role, v: Variant) -> bool:
    """An address kept only as a name to reverse: 404 for everybody."""
    return False


# Pages open without logging in, which turn away with a 404, never with the log-in page.
OPEN_PAGES = (public, published_to_all, qr_readers, no_page)


def staff(role: Role, v: Variant) -> bool:
    return logged_in(role, v) and role.administrator


@dataclass(frozen=True)
class Rule:
    """Who may GET and who may POST; `on` names the kind of object in the path."""

    get: Audience | None = None  # None: the page does not take this method (405)
    post: Audience | None = None  # None: the page answers a POST as a GET, or 405
    on: str = ""
    # For the API's paths, which share one address among several names.
    patch: Audience | None = None
    delete: Audience | None = None
    methods: tuple[str, ...] = ("GET", "POST")
    api: bool = False
    body: dict[str, Any] = field(default_factory=dict)  # the API's JSON, valid as sent


def api_rule(method: str, audience: Audience, on: str = "", **body: Any) -> Rule:
    return Rule(**{method.lower(): audience}, on=on, methods=(method,), api=True, body=body)


RULES: dict[str, Rule] = {
    "home": Rule(get=logged_in),
    "search:results": Rule(get=logged_in),
    # accounts
    "login": Rule(get=public, post=public),
    "logout": Rule(post=public),
    "password_change": Rule(get=logged_in, post=logged_in),
    "password_change_done": Rule(get=logged_in),
    "privacy": Rule(get=public, post=public),
    "audit": Rule(get=administrators),
    "password_reset": Rule(get=public, post=public),
    "password_reset_done": Rule(get=public),
    "password_reset_confirm": Rule(get=public, post=public, on="link"),
    "invitation_accept": Rule(get=public, post=public, on="link"),
    "profile": Rule(get=logged_in, post=logged_in),
    "two_factor_setup": Rule(get=logged_in, post=logged_in),
    "two_factor_verify": Rule(get=logged_in, post=logged_in),
    "two_factor_disable": Rule(post=logged_in),
    "two_factor_recovery_codes": Rule(post=logged_in),
    "calendar_renew": Rule(post=logged_in),
    "calendar_remove": Rule(post=logged_in),
    # people: the administrator manages everybody, a coordinator their own unit's subtree
    "people": Rule(get=people_managers),
    "person_create": Rule(get=people_managers, post=people_managers),
    "people_policy": Rule(post=administrators),
    "person_detail": Rule(get=person_managers, post=person_managers, on="person"),
    "person_deactivate": Rule(post=person_managers, on="person"),
    "person_reactivate": Rule(post=person_managers, on="person"),
    "person_resend": Rule(post=person_managers, on="person"),
    "person_two_factor_reset": Rule(post=person_managers, on="person"),
    "people_upload": Rule(get=people_managers, post=people_managers),
    "people_template": Rule(get=people_managers),
    "people_import_preview": Rule(get=author_only, on="people_import"),
    "people_import_confirm": Rule(post=author_only, on="people_import"),
    "set_language": Rule(post=public, get=public),
    # The guides ("Hướng dẫn"): every logged-in user reads every one; visitors log in first.
    "help:index": Rule(get=logged_in),
    "help:topic": Rule(get=logged_in, on="help_topic"),
    # units: read by all, kept by administrators
    "units:list": Rule(get=logged_in),
    "units:pick": Rule(get=logged_in),  # the unit pickers' search
    "units:create": Rule(get=administrators, post=administrators),
    "units:detail": Rule(get=logged_in, on="unit"),
    "units:edit": Rule(get=administrators, post=administrators, on="unit"),
    "units:catalogue": Rule(get=administrators, post=administrators),
    "units:catalogue_all": Rule(post=administrators),
    "units:catalogue_report": Rule(get=administrators),
    "units:bodies": Rule(get=administrators, post=administrators, on="committee"),
    "units:sheet": Rule(get=administrators, post=administrators),
    "units:sheet_template": Rule(get=administrators),
    "units:sheet_confirm": Rule(post=administrators),
    # plans: read by all, changed by coordinators; progress by the task's units
    "plans:list": Rule(get=logged_in),
    "plans:create": Rule(get=coordinators, post=coordinators),
    "plans:detail": Rule(get=logged_in, on="plan"),
    "plans:edit": Rule(get=coordinators, post=coordinators, on="plan"),
    "plans:target_create": Rule(get=coordinators, post=coordinators, on="plan"),
    "plans:target_edit": Rule(get=coordinators, post=coordinators, on="plan_target"),
    "plans:target_delete": Rule(post=coordinators, on="target"),
    "plans:task_create": Rule(get=coordinators, post=coordinators, on="plan"),
    "plans:task_list": Rule(get=logged_in),
    "plans:task_detail": Rule(get=logged_in, on="task"),
    "plans:task_edit": Rule(get=coordinators, post=coordinators, on="task"),
    "plans:task_delete": Rule(post=coordinators, on="task"),
    "plans:progress_create": Rule(post=task_units, on="task"),
    "plans:progress_delete": Rule(post=author_or_coordinators, on="progress"),
    "plans:tasks_attention": Rule(get=logged_in),
    # documents: coordinators import plans; everybody reads what was imported
    "documents:import": Rule(get=coordinators, post=coordinators),
    "documents:ingestion": Rule(get=coordinators, post=coordinators, on="ingestion"),
    "documents:detail": Rule(get=logged_in, on="document"),
    "documents:file": Rule(get=logged_in, on="document"),
    # records: everybody reads; a unit's reporters and coordinators change
    "records:product_list": Rule(get=logged_in),
    "records:product_create": Rule(get=recorders, post=recorders),
    "records:product_detail": Rule(get=logged_in, on="product"),
    "records:product_edit": Rule(get=unit_or_coordinators, post=unit_or_coordinators,
                                 on="product"),
    "records:product_delete": Rule(get=unit_or_coordinators, post=unit_or_coordinators,
                                   on="product"),
    "records:product_file": Rule(get=logged_in, on="product"),
    "records:activity_list": Rule(get=logged_in),
    "records:task_options": Rule(get=logged_in),  # the lists' task filter for a plan
    "records:record_tasks": Rule(get=logged_in),  # a record form's task checklist for a unit
    "records:activity_create": Rule(get=recorders, post=recorders),
    "records:activity_detail": Rule(get=logged_in, on="activity"),
    "records:activity_edit": Rule(get=unit_or_coordinators, post=unit_or_coordinators,
                                  on="activity"),
    "records:activity_delete": Rule(get=unit_or_coordinators, post=unit_or_coordinators,
                                    on="activity"),
    "records:topic_list": Rule(get=logged_in),
    "records:topic_create": Rule(get=coordinators, post=coordinators),
    "records:topic_edit": Rule(get=coordinators, post=coordinators, on="topic"),
    "records:import_upload": Rule(get=recorders, post=recorders),
    "records:import_template": Rule(get=recorders),
    "records:import_preview": Rule(get=author_only, on="import"),
    "records:import_confirm": Rule(post=author_only, on="import"),
    # guidance: coordinators write and publish; everybody reads what is published
    "guidance:list": Rule(get=logged_in),
    "guidance:create": Rule(get=coordinators, post=coordinators),
    "guidance:detail": Rule(get=published_or_coordinators, on="guidance"),
    "guidance:edit": Rule(get=coordinators, post=coordinators, on="guidance"),
    "guidance:publish": Rule(post=coordinators, on="guidance"),
    "guidance:unpublish": Rule(post=coordinators, on="guidance"),
    "guidance:coverage_xlsx": Rule(get=published_or_coordinators, on="guidance"),
    "guidance:public": Rule(get=published_to_all, post=published_to_all, on="guidance_key"),
    "guidance:qr_png": Rule(get=qr_readers, post=qr_readers, on="guidance_key"),
    "guidance:qr_svg": Rule(get=qr_readers, post=qr_readers, on="guidance_key"),
    # indicators: everybody reads the dashboard; coordinators define; units enter figures
    "indicators:dashboard": Rule(get=logged_in, on="plan"),
    "indicators:export": Rule(get=logged_in, on="plan_section"),
    "indicators:edit": Rule(get=coordinators, post=coordinators, on="indicator_target"),
    "indicators:delete": Rule(post=coordinators, on="indicator_target"),
    "indicators:values": Rule(get=recorders, post=recorders, on="indicator"),
    "indicators:value_edit": Rule(get=unit_or_coordinators, post=unit_or_coordinators,
                                  on="entered_value"),
    "indicators:value_delete": Rule(post=unit_or_coordinators, on="entered_value"),
    # api: a unit's tokens are its own; the JSON API records as the pages do
    "api:tokens": Rule(get=recorders, post=recorders),
    "api:token_revoke": Rule(get=unit_or_coordinators, post=unit_or_coordinators, on="token"),
    "api:openapi-json": api_rule("GET", public),
    "api:openapi-view": api_rule("GET", public),
    "api:api-root": api_rule("GET", no_page),
    "api:product_list": api_rule("GET", api_callers),
    "api:product_create": api_rule("POST", api_recorders, title="Tin", kind="article",
                                   channel="online", languages=["vi"],
                                   published_on="2024-06-01"),
    "api:product_detail": api_rule("GET", api_callers, on="product_id"),
    "api:product_update": api_rule("PATCH", api_unit_or_coordinators, on="product_id",
                                   title="Tin đã sửa"),
    "api:product_delete": api_rule("DELETE", api_unit_or_coordinators, on="product_id"),
    "api:activity_list": api_rule("GET", api_callers),
    "api:activity_create": api_rule("POST", api_recorders, title="Lớp tập huấn",
                                    kind="training", start_date="2024-06-01"),
    "api:activity_detail": api_rule("GET", api_callers, on="activity_id"),
    "api:activity_update": api_rule("PATCH", api_unit_or_coordinators, on="activity_id",
                                    title="Lớp đã sửa"),
    "api:activity_delete": api_rule("DELETE", api_unit_or_coordinators, on="activity_id"),
    "api:languages": api_rule("GET", api_callers),
    "api:topics": api_rule("GET", api_callers),
    "api:kinds": api_rule("GET", api_callers),
    # reporting: coordinators open periods and review; units write their own reports
    "reporting:periods": Rule(get=logged_in),
    "reporting:period_create": Rule(get=coordinators, post=coordinators),
    "reporting:periods_generate": Rule(get=coordinators, post=coordinators),
    "reporting:period": Rule(get=period_readers, on="period"),
    "reporting:period_edit": Rule(get=coordinators, post=coordinators, on="period"),
    "reporting:period_close": Rule(post=coordinators, on="period"),
    "reporting:period_reopen": Rule(post=coordinators, on="period"),
    "reporting:submission_open": Rule(post=unit_writers, on="period_unit"),
    "reporting:submission": Rule(get=report_readers, post=unit_writers, on="submission"),
    "reporting:figures_refresh": Rule(post=unit_writers, on="submission"),
    "reporting:section_save": Rule(get=report_readers, post=unit_writers, on="section"),
    "reporting:submission_download": Rule(get=report_readers, on="submission_fmt"),
    "reporting:submit": Rule(post=unit_writers, on="submission"),
    "reporting:return": Rule(post=reviewers, on="submission"),
    "reporting:approve": Rule(post=reviewers, on="submission"),
    "reporting:reopen": Rule(post=reviewers, on="submission"),
    "reporting:forms": Rule(get=administrators),
    "reporting:form_edit": Rule(get=administrators, post=administrators, on="form"),
    "reporting:rate": Rule(get=rate_readers, on="period"),
    "reporting:rate_xlsx": Rule(get=rate_readers, on="period"),
    "reporting:remind": Rule(post=coordinators, on="period"),
    "reporting:notices": Rule(get=logged_in),
    "reporting:notice_read": Rule(post=author_only, on="notice"),
    "reporting:notices_read_all": Rule(post=logged_in),
    "reporting:calendar": Rule(get=logged_in),
    # Calendar apps cannot log in: the secret address is the key; any other token is 404.
    "reporting:calendar_feed": Rule(get=published_to_all, on="calendar_token"),
    "reporting:consolidated": Rule(get=receiving_readers, on="consolidated"),
    "reporting:consolidated_progress": Rule(get=receiving_readers, on="consolidated"),
    "reporting:consolidated_download": Rule(get=receiving_readers, on="consolidated_fmt"),
    "reporting:consolidate": Rule(post=coordinators, on="consolidated"),
    "reporting:consolidated_edit": Rule(get=coordinators, post=coordinators, on="consolidated"),
    "reporting:consolidated_export": Rule(post=coordinators, on="consolidated"),
    "reporting:submit_upward": Rule(post=coordinators, on="consolidated"),
    "signing:upload_report": Rule(post=coordinators, on="consolidated"),
    "signing:new_version": Rule(post=coordinators, on="consolidated"),
    "signing:issue": Rule(post=coordinators, on="signed"),
    "signing:download": Rule(get=receiving_readers, on="signed"),
    "signing:upload_submission": Rule(post=unit_writers, on="submission"),
    "signing:roots": Rule(get=administrators, post=administrators),
    "signing:root_active": Rule(post=administrators, on="root"),
}

# Django's admin site guards every page of its own (AdminSite.admin_view): staff only, and
# only the administrator is staff. Its log-in and log-out are open, as the site's own are.
ADMIN_OPEN = {"admin:login": Rule(get=public, post=public),
              "admin:logout": Rule(get=public, post=public)}
ADMIN_RULE = Rule(get=staff, post=staff, on="admin")


def nobody(role: Role, v: Variant) -> bool:
    return False


# Patterns without a name, which nothing reverses: a path that reaches each, and its rule.
UNNAMED = {"admin:": ("/admin/nowhere/", Rule(get=nobody, post=nobody))}


def rule_for(name: str) -> Rule | None:
    if name in UNNAMED:
        return UNNAMED[name][1]
    if name.startswith("admin:"):
        return ADMIN_OPEN.get(name, ADMIN_RULE)
    return RULES.get(name)


# The URL resolver, walked ------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    name: str
    route: str
    params: tuple[str, ...]


def addresses(patterns: list[Any] | None = None, namespace: str = "",
              route: str = "") -> Iterator[Address]:
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(n for n in (namespace, entry.namespace or "") if n)
            yield from addresses(entry.url_patterns, inner, route + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name or ''}" if namespace else entry.name or ""
            params = tuple(getattr(entry.pattern, "converters", {})) or tuple(
                entry.pattern.regex.groupindex)
            yield Address(name, route + str(entry.pattern), params)


# The province, with an object of each kind for two units -----------------------------------


@dataclass
class Province:
    variants: dict[str, list[Variant]] = field(default_factory=dict)
    token_secret: str = ""


def _period(title: str, units: list[Unit], receiving: Unit, coordinator: User
            ) -> ReportingPeriod:
    period = ReportingPeriod.objects.create(
        kind="quarterly", year=2024, number=3, first_day=date(2024, 6, 15),
        last_day=date(2024, 9, 14), deadline=date(2099, 9, 18), title=title,
        receiving_unit=receiving, plan=Plan.objects.get(number="81", symbol="KH-UBND"),
        form=ReportForm.objects.order_by("pk").first(), created_by=coordinator)
    period.units.set(units)
    return period


def build_province() -> Province:
    demo_load_records()
    users = {u.username: u for u in User.objects.all()}
    coordinator, bao_user, so_user = users["dieuphoi"], users["baosoctrang"], users["sotttt"]
    units = {u.code: u for u in Unit.objects.filter(code__startswith="ST")}
    bao, so = units["ST-BAO"], units["ST-STTTT"]
    plan = Plan.objects.get(number="81", symbol="KH-UBND")
    tasks = {t.code: t for t in plan.tasks.all()}
    p = Province()
    v = p.variants

    def of_units(kind: str, objects: dict[str, Any], key: str = "pk", **extra: Any) -> None:
        v[kind] = [Variant(f"{kind} of {code}", {key: obj.pk}, unit=code, **extra)
                   for code, obj in objects.items()]

    v["unit"] = [Variant("unit ST-BAO", {"pk": bao.pk}, unit="ST-BAO")]
    # Cần Thơ's People's Committee as the catalogue import leaves it: with its official code.
    Unit.objects.filter(code="CT").update(official_code="92")
    v["committee"] = [Variant("committee CT", {"pk": Unit.objects.get(code="CT").pk})]
    v["plan"] = [Variant("plan 81", {"pk": plan.pk})]
    v["plan_section"] = [Variant("plan 81 targets", {"pk": plan.pk, "section": "targets"})]
    measured = Indicator.objects.filter(target__plan=plan).first()
    assert measured is not None
    target = target_create(plan=plan, text="20% sản phẩm bằng tiếng Khmer", value=Decimal(20),
                           unit_of_measure="%")
    v["target"] = [Variant("target", {"pk": target.pk})]
    v["plan_target"] = [Variant("target", {"plan_pk": plan.pk, "pk": target.pk})]
    v["indicator_target"] = [Variant("measured target", {"target_pk": measured.target_id})]
    v["task"] = [
        Variant(f"task {code}", {"pk": tasks[code].pk},
                units=frozenset(tasks[code].task_units.filter(unit__isnull=False)
                                .values_list("unit__code", flat=True)),
                lead=frozenset(tasks[code].task_units.filter(role="lead", unit__isnull=False)
                               .values_list("unit__code", flat=True)))
        for code in ("II.1", "II.3.a")]
    # Progress entered by each unit's own reporter on task II.1, which both take part in.
    today = timezone.localdate()
    progress = {
        name: progress_record(user=user, task=tasks["II.1"], unit=unit, reported_on=today,
                              status="in_progress", percent=40)
        for name, user, unit in (("reporter", bao_user, bao), ("lead_reporter", so_user, so))}
    v["progress"] = [Variant(f"progress by {name}", {"pk": entry.pk}, author=name)
                     for name, entry in progress.items()]
    products = {code: Product.objects.filter(unit=units[code]).first() for code in ("ST-BAO",
                                                                                    "ST-STTTT")}
    for product in products.values():
        assert product is not None
        product.file.save("evidence.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    of_units("product", products)
    of_units("product_id", products, key="id")
    activities = {code: activity_create(
        user=coordinator, unit=units[code], title=f"Tọa đàm của {code}", kind="training",
        start_date=date(2024, 5, 2), end_date=date(2024, 5, 2), participants={"other": 20},
        tasks=[tasks["II.1"]]) for code in ("ST-BAO", "ST-STTTT")}
    of_units("activity", activities)
    of_units("activity_id", activities, key="id")
    topic = Topic.objects.first()
    assert topic is not None
    v["topic"] = [Variant("topic", {"pk": topic.pk})]
    imports = {name: ProductImport.objects.create(
        file=ContentFile(b"x", name="import.xlsx"), original_name="import.xlsx", sha256=name,
        status=ImportStatus.READY, created_by=user,
        summary={"rows": [], "counts": {"ok": 0, "duplicate": 0, "error": 0}})
        for name, user in (("reporter", bao_user), ("lead_reporter", so_user))}
    v["import"] = [Variant(f"import by {name}", {"pk": i.pk}, author=name)
                   for name, i in imports.items()]

    document = Document.objects.create(
        file=ContentFile(b"Ke hoach", name="kh.txt"), original_name="kh.txt", size=8,
        sha256="0" * 64, plan=plan, uploaded_by=coordinator)
    v["document"] = [Variant("document", {"pk": document.pk})]
    ingestion = Ingestion.objects.create(document=document, original_name="kh.txt",
                                         status=IngestionStatus.DONE, plan=plan,
                                         created_by=coordinator)
    v["ingestion"] = [Variant("ingestion", {"pk": ingestion.pk})]

    published = Guidance.objects.filter(published_at__isnull=False).first()
    draft = guidance_create(user=coordinator, issuer=so, number="999", symbol="STTTT-TTBCXB",
                            title="định hướng nháp", valid_from=date(2024, 1, 1),
                            valid_until=date(2024, 12, 31))
    assert published is not None
    v["guidance"] = [Variant("published guidance", {"pk": published.pk}),
                     Variant("draft guidance", {"pk": draft.pk}, published=False)]
    v["guidance_key"] = [
        Variant("published guidance", {"public_key": published.public_key}),
        Variant("draft guidance", {"public_key": draft.public_key}, published=False)]

    entered_indicator = indicator_create(
        user=coordinator, target=target, name="Số liệu nhập", method="entered")
    v["indicator"] = [Variant("entered indicator", {"pk": entered_indicator.pk})]
    entered = {code: entered_value_create(
        user=coordinator, indicator=entered_indicator, unit=units[code],
        period_start=date(2024, 1, 1), period_end=date(2024, 6, 30), numerator=Decimal(3))
        for code in ("ST-BAO", "ST-STTTT")}
    of_units("entered_value", entered)

    tokens = {}
    for code, user in (("ST-BAO", bao_user), ("ST-STTTT", so_user)):
        tokens[code], secret = token_create(user=user, unit=units[code], name=f"CMS {code}")
        if code == "ST-BAO":
            p.token_secret = secret
    of_units("token", tokens)

    # The demo's six-month period: Sở TT&TT receives; Báo Sóc Trăng's report is approved.
    six_month = demo_period()
    assert six_month is not None
    approved = Submission.objects.get(period=six_month, unit=bao)
    sent = Submission.objects.filter(period=six_month, status=SubmissionStatus.SUBMITTED).first()
    assert sent is not None
    # An open quarter asking both units, with a draft of each written by its reporter.
    quarter = _period("Quý III", [bao, so], so, coordinator)
    drafts = {"ST-BAO": submission_open(user=bao_user, period=quarter, unit=bao),
              "ST-STTTT": submission_open(user=so_user, period=quarter, unit=so)}
    # A period asking neither, received by the province's People's Committee.
    elsewhere = _period("Quý III (Đài)", [units["ST-DAI"]], units["ST"], coordinator)
    v["period"] = [Variant("six-month period", {"pk": six_month.pk},
                           units=frozenset(six_month.units.values_list("code", flat=True))),
                   Variant("quarter asking both", {"pk": quarter.pk},
                           units=frozenset({"ST-BAO", "ST-STTTT"})),
                   Variant("period asking Đài", {"pk": elsewhere.pk},
                           units=frozenset({"ST-DAI"}))]
    v["period_unit"] = [Variant(f"open {code}'s report", {"period_pk": quarter.pk,
                                                           "unit_pk": units[code].pk},
                                unit=code) for code in ("ST-BAO", "ST-STTTT")]
    submissions = [
        Variant("approved report of ST-BAO", {"pk": approved.pk}, unit="ST-BAO", approved=True),
        Variant(f"sent report of {sent.unit.code}", {"pk": sent.pk}, unit=sent.unit.code),
        *(Variant(f"draft of {code}", {"pk": s.pk}, unit=code) for code, s in drafts.items())]
    v["submission"] = submissions
    v["submission_fmt"] = [Variant(s.label, {**s.kwargs, "fmt": "docx"}, unit=s.unit,
                                   approved=s.approved) for s in submissions]
    v["section"] = [Variant(f"part of {s.label}", {"pk": Submission.objects.get(
        pk=s.kwargs["pk"]).sections.order_by("position").first().pk},  # type: ignore[union-attr]
        unit=s.unit, approved=s.approved) for s in submissions]
    form = ReportForm.objects.order_by("pk").first()
    assert form is not None
    v["form"] = [Variant("report form", {"pk": form.pk})]

    report = consolidated_build(user=coordinator, period=six_month)
    report.refresh_from_db()
    report.docx.save("bao-cao.docx", ContentFile(b"PK"), save=False)
    ConsolidatedReport.objects.filter(pk=report.pk).update(  # as the export leaves it
        docx=report.docx.name, status=ConsolidatedStatus.READY)
    v["consolidated"] = [Variant("six-month consolidated", {"pk": six_month.pk}, unit="ST-STTTT"),
                         Variant("quarter of Đài", {"pk": elsewhere.pk}, unit="ST")]
    v["consolidated_fmt"] = [Variant("six-month .docx", {"pk": six_month.pk, "fmt": "docx"},
                                     unit="ST-STTTT")]
    signed = SignedDocument(report=report, sha256="0" * 64, uploaded_by=coordinator)
    signed.file.save("da-ky.pdf", ContentFile(b"%PDF-1.7"), save=True)
    v["signed"] = [Variant("signed copy of the six-month report", {"pk": signed.pk},
                           unit="ST-STTTT")]
    root = TrustedRoot.objects.create(
        name="Root CA", certificate=b"0", subject="CN=Root CA", serial="1", fingerprint="0",
        not_before=timezone.now(), not_after=timezone.now(), added_by=coordinator)
    v["root"] = [Variant("trusted root", {"pk": root.pk})]

    # People: a reporter of each unit, and a list of people uploaded by each manager.
    v["person"] = [Variant(f"{code}'s reporter", {"pk": user.pk}, unit=code)
                   for code, user in (("ST-BAO", bao_user), ("ST-STTTT", so_user))]
    v["help_topic"] = [Variant("the unit report's guide", {"slug": "bao-cao-don-vi"})]
    v["link"] = [Variant("a link with a wrong token", {"uidb64": "MQ", "token": "c0ffee-bad"})]
    v["people_import"] = [Variant(f"people import by {name}", {"pk": PeopleImport.objects.create(
        original_name="nguoi-dung.xlsx", sha256=name, created_by=users[username],
        summary={"rows": [], "counts": {"ok": 0, "duplicate": 0, "error": 0}}).pk}, author=name)
        for name, username in (("administrator", "quantri"), ("coordinator", "dieuphoi"))]

    notices = {name: Notice.objects.create(user=users[username], text="Báo cáo bị trả lại",
                                           url="/reporting/")
               for name, username in (("reporter", "baosoctrang"),
                                      ("lead_reporter", "sotttt"))}
    v["notice"] = [Variant(f"notice to {name}", {"pk": n.pk}, author=name)
                   for name, n in notices.items()]
    revoked = calendar_key_renew(user=bao_user)
    v["calendar_token"] = [
        Variant("the reporter's calendar address", {"token": calendar_key_renew(user=bao_user)}),
        Variant("a renewed calendar address", {"token": revoked}, published=False),
        Variant("a made-up calendar address", {"token": f"{bao_user.pk}.x:bad"},
                published=False)]
    return p


def admin_kwargs(address: Address) -> dict[str, Any] | None:
    """An admin page's path: the first row of its model, or None for no row to show."""
    if not address.params:
        return {}
    if address.params == ("app_label",):
        return {"app_label": "units"}
    if "content_type_id" in address.params:
        return None  # "view on site" redirects to the object's own page, tested there
    label = address.name.removeprefix("admin:").rsplit("_", 1)[0]
    for model in admin.site._registry:
        if f"{model._meta.app_label}_{model._meta.model_name}" == label:
            first = model._default_manager.order_by("pk").first()
            return {"object_id": str(first.pk)} if first is not None else None
    return {"object_id": "1"}


# Asking ------------------------------------------------------------------------------------


def clients(province: Province) -> dict[str, Client]:
    found = {}
    for role in ROLES:
        client = Client()
        if role.username:
            client.force_login(User.objects.get(username=role.username))
        if role.token:
            client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {province.token_secret}"
        found[role.name] = client
    return found


def verdict(response: Any) -> str:
    """"login", "refused" or "allowed", as the rules speak of them."""
    status = response.status_code
    if status == 401:
        return "login"
    if status in (302, 303) and response["Location"].startswith(
            (resolve_url(settings.LOGIN_URL), reverse("admin:login"))):
        return "login"
    if status in (403, 404):
        return "refused"
    if status == 405:
        return "not allowed"
    return "allowed"


def expected(rule: Rule, method: str, role: Role, variant: Variant, *, admin_page: bool
             ) -> set[str]:
    audience = getattr(rule, method.lower())
    if audience is None:
        # A page that does not take the method says 405, once the visitor has logged in;
        # one that takes it anyway must treat it as a read, with the same rule.
        if method == "GET" or rule.get is None:
            return {"not allowed", "login"} if role.anonymous or role.token or (
                admin_page and not role.administrator) else {"not allowed"}
        return expected(rule, "GET", role, variant, admin_page=admin_page) | {"not allowed"}
    api = rule.api
    if audience is public:
        # Logging out, or in, may end on the log-in page; a log-out takes no GET.
        return {"allowed", "login", "not allowed"}
    if audience(role, variant):
        if admin_page and rule is ADMIN_RULE:  # then each ModelAdmin's own permissions
            return {"allowed", "refused", "not allowed"}
        return {"allowed"}
    if audience in OPEN_PAGES:
        return {"refused"}
    if role.anonymous or (role.token and not api):
        return {"login"}
    if admin_page and not role.administrator:
        return {"login"}  # the admin sends non-staff to its own log-in page
    return {"refused"}


def test_every_address_answers_each_role_as_its_rule_says(
        province: None, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="django.request")  # 403s and 404s are expected
    p = build_province()
    by_role = {role.name: role for role in ROLES}
    role_clients = clients(p)
    cookies = {name: SimpleCookie(c.cookies) for name, c in role_clients.items()}
    found = list(addresses())
    unruled = sorted({a.name for a in found if rule_for(a.name) is None})
    assert not unruled, f"URL names without a rule in RULES: {unruled}"
    assert not (set(RULES) - {a.name for a in found}), "rules of URL names that are gone"

    started = time.monotonic()
    failures: list[str] = []
    asked = 0
    for address in found:
        rule = rule_for(address.name)
        assert rule is not None
        admin_page = address.name.startswith("admin:")
        if address.name in UNNAMED:
            variants = [Variant(address.name, {})]
        elif admin_page:
            kwargs = admin_kwargs(address)
            variants = [] if kwargs is None else [Variant(address.name, kwargs)]
        elif rule.on:
            variants = p.variants[rule.on]
        else:
            variants = [Variant(address.name, {})]
        assert rule.on or not address.params or address.name in UNNAMED, (
            f"{address.name} needs `on` for {address.params}")
        for variant in variants:
            kwargs = variant.kwargs
            if len(address.params) == 1 and len(kwargs) == 1:  # "pk" is "plan_pk" here
                kwargs = {address.params[0]: next(iter(kwargs.values()))}
            url = (UNNAMED[address.name][0] if address.name in UNNAMED
                   else reverse(address.name, kwargs=kwargs))
            for method in rule.methods:
                sent = {"data": rule.body, "content_type": "application/json"} if (
                    rule.api and method != "GET") else {}
                for role_name, client in role_clients.items():
                    role = by_role[role_name]
                    with transaction.atomic():
                        response = getattr(client, method.lower())(url, **sent)
                        transaction.set_rollback(True)
                    client.cookies = SimpleCookie(cookies[role_name])
                    asked += 1
                    want = expected(rule, method, role, variant, admin_page=admin_page)
                    got = verdict(response)
                    if got not in want:
                        failures.append(f"{method} {address.name} [{variant.label}] as "
                                        f"{role_name}: {response.status_code} ({got}), "
                                        f"rule says {' or '.join(sorted(want))}")
    spent = time.monotonic() - started
    print(f"access matrix: {asked} requests in {spent:.1f} s")

    # The time is printed, never asserted: a loaded machine is slower, not wrong.
    assert not failures, f"{len(failures)} answers break the rules:\n" + "\n".join(failures)

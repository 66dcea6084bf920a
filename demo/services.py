"""Loading the Sóc Trăng demo: creates what is missing and leaves the rest alone.

Loading twice changes nothing, and a demo someone has been clicking through keeps
their edits when `make run` loads it again.
"""

import secrets
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction

from accounts.models import User
from accounts.services import user_create
from demo import soctrang
from plans.models import Plan, Programme, Target, Task
from plans.services import plan_create, target_create, task_create
from units.models import Unit
from units.services import unit_create, unit_set_successors

# No 0/o, 1/l: read from a terminal and typed in.
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # noqa: S105 -- letters, not a password


@dataclass
class DemoResult:
    created: list[str] = field(default_factory=list)
    # The passwords given to demo users in this run, to print once: they are stored hashed.
    passwords: dict[str, str] = field(default_factory=dict)

    def add(self, what: str) -> None:
        self.created.append(what)


def _load_units(result: DemoResult) -> dict[str, Unit]:
    units = {u.code: u for u in Unit.objects.filter(code__in=[row[0] for row in soctrang.UNITS])
             if u.code}
    for code, name, short, kind, parent, start, end, _successors in soctrang.UNITS:
        if code not in units:
            units[code] = unit_create(
                code=code, name=name, short_name=short, kind=kind,
                parent=units[parent] if parent else None, valid_from=start, valid_to=end,
            )
            result.add(name)
    for code, *_rest, successors in soctrang.UNITS:
        if successors and not units[code].successors.exists():
            unit_set_successors(unit=units[code], successors=[units[s] for s in successors])
    return units


def _plan_year() -> int:
    issued = soctrang.PLAN["issued_on"]
    assert isinstance(issued, date)  # noqa: S101 -- the demo's own constant
    return issued.year


def _unit_refs(refs: list[str], units: dict[str, Unit]) -> list[Unit | str]:
    return [units.get(ref, ref) for ref in refs]


def _load_plan(units: dict[str, Unit], result: DemoResult) -> Plan:
    programme, _created = Programme.objects.get_or_create(
        name=soctrang.PROGRAMME["name"], defaults={"decision": soctrang.PROGRAMME["decision"]}
    )
    data = dict(soctrang.PLAN)
    issuer = units[str(data.pop("issuer_code"))]
    plan = Plan.objects.filter(
        doc_type=data["doc_type"], number=data["number"], symbol=data["symbol"],
        issued_year=_plan_year(), issuer=issuer,
    ).first()
    if plan is None:
        plan = plan_create(issuer=issuer, programme=programme, **data)
        result.add(str(plan))
    tasks = {t.code: t for t in plan.tasks.all()}
    for row in soctrang.TASKS:
        if row["code"] not in tasks:
            fields: dict[str, Any] = dict(row)
            lead, coordinating = fields.pop("lead"), fields.pop("coordinating")
            tasks[str(row["code"])] = task_create(
                plan=plan, lead=_unit_refs(lead, units),
                coordinating=_unit_refs(coordinating, units), **fields,
            )
            result.add(str(row["code"]))
    for target_row in soctrang.TARGETS:
        if not Target.objects.filter(plan=plan, text=target_row["text"]).exists():
            target_fields: dict[str, Any] = dict(target_row)
            task: Task | None = tasks.get(str(target_fields.pop("task_code")))
            target_create(plan=plan, task=task, value=Decimal(target_fields.pop("value")),
                          **target_fields)
            result.add(str(target_row["text"]))
    return plan


def new_password() -> str:
    """A random password to type: four groups of four letters and digits, about 80 bits.

    >>> import re
    >>> bool(re.fullmatch(r"([a-z2-9]{4}-){3}[a-z2-9]{4}", new_password()))
    True
    """
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(4))
                    for _group in range(4))


def _load_users(units: dict[str, Unit], result: DemoResult, password: str | None,
                new_passwords: bool) -> None:
    """Each new demo user gets a password of its own (or `password`, which tests give); with
    `new_passwords`, the existing ones get new passwords too."""
    existing = {user.username: user for user in User.objects.filter(
        username__in=[u[0] for u in soctrang.USERS])}
    for username, full_name, role, unit_codes in soctrang.USERS:
        chosen = password or new_password()
        if username not in existing:
            user_create(username=username, password=chosen, role=role,
                        full_name=full_name, units=[units[c] for c in unit_codes])
            result.add(username)
        elif new_passwords:
            user = existing[username]
            user.set_password(chosen)
            user.save(update_fields=["password"])
        else:
            continue
        result.passwords[username] = chosen


@transaction.atomic
def demo_load_records() -> DemoResult:
    """The demo's products, activities, task progress and guidance letters, recorded by its
    coordinator, then the six-month reports that stand on them; `make run` loads them.

    The test fixtures load only `demo_load`, so tests start from a province with no records.
    """
    from demo import records_data as data
    from records.models import Language, Topic
    from records.services import topic_create

    result = DemoResult()
    coordinator = User.objects.get(username="dieuphoi")
    plan = Plan.objects.get(number=soctrang.PLAN["number"], symbol=soctrang.PLAN["symbol"],
                            issued_year=_plan_year())
    tasks = {t.code: t for t in plan.tasks.all()}
    units = {u.code: u for u in Unit.objects.filter(code__startswith="ST") if u.code}
    languages = {lang.code: lang for lang in Language.objects.all()}
    topics = []
    for name, description in data.TOPICS:
        topic = Topic.objects.filter(name=name).first()
        if topic is None:
            topic = topic_create(name=name, description=description)
            result.add(name)
        topics.append(topic)
    _load_products(data.PRODUCTS, coordinator, units, languages, topics, tasks, result)
    _load_activities(data.ACTIVITIES, coordinator, units, topics, tasks, result)
    _load_indicators(plan, coordinator, result)
    _load_progress(data.PROGRESS, coordinator, units, tasks, result)
    _load_guidances(data.GUIDANCES, coordinator, units, topics, result)
    from demo.reports import demo_load_reports  # the six-month reports stand on the records
    result.created += demo_load_reports()
    return result


def _load_products(rows: list[Any], coordinator: User, units: dict[str, Unit],
                   languages: dict[str, Any], topics: list[Any], tasks: dict[str, Task],
                   result: DemoResult) -> None:
    """Through the service, as a unit would enter them: a few milliseconds each."""
    from records.models import Product
    from records.services import product_create

    existing = set(Product.objects.filter(unit__in=units.values()).values_list(
        "unit__code", "title", "published_on"))
    for code, title, kind, channel, platform, langs, day, minutes, tops, codes in rows:
        if (code, title, day) in existing:
            continue
        product_create(user=coordinator, unit=units[code], title=title, kind=kind,
                       channel=channel, platform=platform, published_on=day,
                       duration_minutes=minutes, languages=[languages[c] for c in langs],
                       topics=[topics[i] for i in tops], tasks=[tasks[c] for c in codes])
        existing.add((code, title, day))
        result.add(title)


def _load_activities(rows: list[Any], coordinator: User, units: dict[str, Unit],
                     topics: list[Any], tasks: dict[str, Task], result: DemoResult) -> None:
    from records.models import Activity
    from records.services import activity_create

    existing = set(Activity.objects.filter(unit__in=units.values()).values_list(
        "unit__code", "title"))
    for code, title, kind, start, end, place, counts, codes, tops in rows:
        if (code, title) in existing:
            continue
        activity_create(user=coordinator, unit=units[code], title=title, kind=kind,
                        start_date=start, end_date=end, place=place, participants=counts,
                        tasks=[tasks[c] for c in codes], topics=[topics[i] for i in tops])
        existing.add((code, title))
        result.add(title)


def _load_progress(rows: list[Any], coordinator: User, units: dict[str, Unit],
                   tasks: dict[str, Task], result: DemoResult) -> None:
    """Progress entries in date order, so each task's status follows its latest report."""
    from plans.models import ProgressUpdate
    from plans.services import progress_record
    from records.models import Activity, Product

    for code, unit_code, day, status, percent, note, evidence in sorted(
            rows, key=lambda row: row[2]):
        task, unit = tasks[code], units[unit_code]
        if ProgressUpdate.objects.filter(task=task, unit=unit, reported_on=day).exists():
            continue
        progress_record(
            user=coordinator, task=task, unit=unit, reported_on=day, status=status,
            percent=percent, note=note,
            products=Product.objects.filter(unit=unit, title__in=evidence),
            activities=Activity.objects.filter(unit=unit, title__in=evidence))
        result.add(f"{code} {unit_code} {day}")


def _load_guidances(rows: list[dict[str, Any]], coordinator: User, units: dict[str, Unit],
                    topics: list[Any], result: DemoResult) -> None:
    """The department's guidance letters, numbered and dated as issued, and published."""
    from guidance.models import Guidance
    from guidance.services import guidance_create, guidance_publish

    issuer = units["ST-STTTT"]
    for row in rows:
        if Guidance.objects.filter(issuer=issuer, number=row["number"],
                                   symbol="STTTT-TTBCXB",
                                   issued_on=row["issued_on"]).exists():
            continue
        guidance = guidance_create(
            user=coordinator, issuer=issuer, number=row["number"], symbol="STTTT-TTBCXB",
            issued_on=row["issued_on"], place="Sóc Trăng", title=row["title"],
            body=row["body"], valid_from=row["issued_on"], valid_until=row["valid_until"],
            units=[units[c] for c in row["units"]], topics=[topics[i] for i in row["topics"]])
        guidance_publish(guidance=guidance)
        result.add(str(guidance))


def _load_indicators(plan: Plan, coordinator: User, result: DemoResult) -> None:
    """The training target is measured by the people trained in the plan's trainings."""
    from indicators.models import Indicator
    from indicators.services import indicator_create

    for target in plan.targets.filter(unit_of_measure="đại biểu"):
        if not Indicator.objects.filter(target=target).exists():
            indicator_create(user=coordinator, target=target, name="Số đại biểu được tập huấn",
                             method="participants", activity_kinds=["training"])
            result.add(f"indicator of {target.text[:40]}")


@transaction.atomic
def demo_load(*, password: str | None = None, new_passwords: bool = False) -> DemoResult:
    """Units, the plan, and a user per role. New users get distinct random passwords, in
    `result.passwords`; `password` gives them all that one instead (the tests' own), and
    `new_passwords` gives the demo users who exist new ones."""
    from records.services import languages_seed
    from reporting.defaults import default_form_ensure

    result = DemoResult()
    if languages_seed():  # a flushed test database loses what migrations seeded
        result.add("languages")
    if default_form_ensure():
        result.add("report form")
    units = _load_units(result)
    _load_plan(units, result)
    _load_users(units, result, password, new_passwords)
    return result

"""Opening, changing, generating and closing reporting periods.

A period is never typed in: its data window comes from Decree 09's calendar
(reporting.periods.window) and its title from its kind, year and number. The coordinator
chooses only what the decree leaves open: the deadline (prefilled), who receives, who is
asked, which plan and form, and for an ad-hoc request, the letter that asks for it.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.db import vi_order
from kehoach.models import apply_changes
from kehoach.vntext.formats import vn_date
from kehoach.vntext.text import collation_key
from plans.models import Plan
from reporting import periods
from reporting.models import ReportForm, ReportingPeriod
from reporting.permissions import check_can_manage_periods
from reporting.selectors.periods import default_units
from reporting.services.announcements import periods_announce
from units.models import Unit
from units.selectors import unit_validity_error

FIRST_YEAR, LAST_YEAR = 2000, 2100
UPDATABLE = frozenset({"deadline", "request", "receiving_unit", "plan", "form", "parent",
                       "require_signed"})


@dataclass(frozen=True)
class Window:
    """What the decree fixes for a period: its data window, default deadline and title."""

    kind: str
    year: int
    number: int
    first_day: date
    last_day: date
    deadline: date
    title: str


def period_title(kind: str, year: int, number: int = 1) -> str:
    """"Báo cáo quý III/2024", "Báo cáo 6 tháng đầu năm 2024", as the reports head themselves."""
    titles = {
        periods.MONTHLY: _("Báo cáo tháng %(number)s/%(year)s"),
        periods.QUARTERLY: _("Báo cáo quý %(number)s/%(year)s"),
        periods.SIX_MONTH: _("Báo cáo 6 tháng đầu năm %(year)s"),
        periods.NINE_MONTH: _("Báo cáo 9 tháng năm %(year)s"),
        periods.ANNUAL: _("Báo cáo năm %(year)s"),
    }
    shown = periods.roman(number) if kind == periods.QUARTERLY else str(number)
    return titles[kind] % {"number": shown, "year": year}


def period_window(kind: str, year: int, number: int = 1) -> Window:
    """The decree's window for a kind, year and number, or a ValidationError in Vietnamese."""
    errors: dict[str, list[str]] = {}
    if kind not in periods.KINDS:
        errors["kind"] = [_("Hãy chọn loại kỳ báo cáo.")]
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        errors["year"] = [_("Năm báo cáo phải từ %(first)s đến %(last)s.") % {
            "first": FIRST_YEAR, "last": LAST_YEAR}]
    if errors:
        raise ValidationError(errors)
    if len(periods.numbers(kind)) == 1:
        number = 1
    elif number not in periods.numbers(kind):
        raise ValidationError({"number": [
            _("Báo cáo tháng cần tháng từ 1 đến 12.") if kind == periods.MONTHLY
            else _("Báo cáo quý cần quý từ 1 đến 4.")]})
    first, last = periods.window(kind, year, number)
    deadline = periods.default_deadline(last, settings.REPORT_DEADLINE_WORKING_DAYS)
    return Window(kind, year, number, first, last, deadline, period_title(kind, year, number))


def _day(day: date) -> str:
    return vn_date(day)


def _duplicate(period: ReportingPeriod) -> str:
    """A message if the receiving unit already has this period (regular, or for the same
    letter); an ad-hoc request may sit beside the regular period of the same kind."""
    same = ReportingPeriod.objects.filter(
        kind=period.kind, year=period.year, number=period.number,
        receiving_unit_id=period.receiving_unit_id, request=period.request,
    ).exclude(pk=period.pk)
    if not same.exists():
        return ""
    if period.request:
        return _("Đã có kỳ báo cáo theo văn bản yêu cầu này.")
    return _("%(unit)s đã có kỳ “%(title)s”. Nếu đây là yêu cầu báo cáo đột xuất, hãy ghi văn "
             "bản yêu cầu.") % {"unit": period.receiving_unit, "title": period.title}


def _validate(period: ReportingPeriod, units: list[Unit]) -> None:
    errors: dict[str, list[str]] = {}
    if period.deadline < period.last_day:
        errors["deadline"] = [_("Hạn gửi báo cáo không được trước ngày chốt số liệu "
                                "%(last)s.") % {"last": _day(period.last_day)}]
    # A unit that no longer exists on the last day is named with the units that carry on.
    ended = [message for unit in sorted(units, key=lambda u: collation_key(u.name))
             if (message := unit_validity_error(unit, period.last_day))]
    if not units:
        errors["units"] = [_("Chọn ít nhất một đơn vị phải báo cáo.")]
    elif ended:
        errors["units"] = ended
    if period.parent is not None:
        if period.parent.pk == period.pk:
            errors["parent"] = [_("Một kỳ báo cáo không thể là kỳ cấp trên của chính nó.")]
        elif not period.parent.units.filter(pk=period.receiving_unit_id).exists():
            errors["parent"] = [_("%(unit)s không thuộc các đơn vị phải báo cáo của kỳ cấp "
                                  "trên “%(parent)s”.") % {
                "unit": period.receiving_unit, "parent": period.parent}]
    if duplicate := _duplicate(period):
        errors[NON_FIELD_ERRORS] = [duplicate]
    if errors:
        raise ValidationError(errors)
    period.full_clean(exclude=["units"])


def _save(period: ReportingPeriod, units: list[Unit], **kwargs: Any) -> None:
    """Save and set the units; a period created at the same moment by someone else is
    refused as a duplicate rather than shown as a database error."""
    try:
        with transaction.atomic():
            period.save(**kwargs)
    except IntegrityError as error:
        raise ValidationError(_duplicate(period) or _("Không lưu được kỳ báo cáo.")) from error
    period.units.set(units)


@transaction.atomic
def period_create(*, user: User, kind: str, year: int, number: int = 1, receiving_unit: Unit,
                  form: ReportForm, units: Iterable[Unit], plan: Plan | None = None,
                  deadline: date | None = None, request: str = "",
                  parent: ReportingPeriod | None = None, require_signed: bool = False
                  ) -> ReportingPeriod:
    """Open a period; the window and title come from the decree, the deadline by default
    from REPORT_DEADLINE_WORKING_DAYS. `require_signed`: units send their reports with a
    verified digitally signed copy (signing). The units asked are told (announcements)."""
    period = _create(user=user, kind=kind, year=year, number=number,
                     receiving_unit=receiving_unit, form=form, units=units, plan=plan,
                     deadline=deadline, request=request, parent=parent,
                     require_signed=require_signed)
    periods_announce([period])
    return period


def _create(*, user: User, kind: str, year: int, number: int, receiving_unit: Unit,
            form: ReportForm, units: Iterable[Unit], plan: Plan | None, deadline: date | None,
            request: str = "", parent: ReportingPeriod | None = None,
            require_signed: bool = False) -> ReportingPeriod:
    check_can_manage_periods(user)
    window = period_window(kind, year, number)
    period = ReportingPeriod(
        kind=window.kind, year=window.year, number=window.number, first_day=window.first_day,
        last_day=window.last_day, deadline=deadline or window.deadline, title=window.title,
        receiving_unit=receiving_unit, plan=plan, form=form, request=(request or "").strip(),
        parent=parent, require_signed=require_signed, created_by=user)
    units = list(units)
    _validate(period, units)
    _save(period, units)
    return period


@transaction.atomic
def period_update(*, user: User, period: ReportingPeriod, units: Iterable[Unit] | None = None,
                  **changes: Any) -> ReportingPeriod:
    """Change what the coordinator chose; the kind, year and number (and so the window and
    title) stay. A unit that has opened its report stays asked, and the form stays once any
    report was opened from it: their reports were built on them."""
    check_can_manage_periods(user)
    if changes.get("deadline") is None:
        changes.pop("deadline", None)
    started = set(period.submissions.values_list("unit_id", flat=True))
    asked_before = set(period.units.values_list("pk", flat=True))
    old_form = period.form_id
    changed = apply_changes(period, UPDATABLE, changes)
    chosen = list(period.units.all()) if units is None else list(units)
    errors: dict[str, list[str]] = {}
    if started and period.form_id != old_form:
        errors["form"] = [_("Đã có đơn vị mở báo cáo theo mẫu này; không đổi được mẫu báo cáo.")]
    dropped = started - {unit.pk for unit in chosen}
    if dropped:
        names = Unit.objects.filter(pk__in=dropped).order_by(vi_order("name")).values_list(
            "name", flat=True)
        errors["units"] = [_("Không bỏ được đơn vị đã mở báo cáo trong kỳ: %(names)s.") % {
            "names": "; ".join(names)}]
    if errors:
        raise ValidationError(errors)
    _validate(period, chosen)
    if changed:
        _save(period, chosen, update_fields=changed)
    else:
        period.units.set(chosen)
    periods_announce([period], units=[unit for unit in chosen if unit.pk not in asked_before])
    return period


@transaction.atomic
def periods_generate(*, user: User, year: int, kinds: Iterable[str], receiving_unit: Unit,
                     plan: Plan | None, form: ReportForm, units: Iterable[Unit] | None = None
                     ) -> list[ReportingPeriod]:
    """Open every periodic period of `kinds` in `year` that the receiving unit does not have
    yet; those it has are left alone, so running it twice opens nothing more.

    Each period asks `units` (or, if None, the plan's units) that still exist on its last
    day, so a unit merged in mid-year is asked for the months before its end only; a
    period none of them would still exist for is not opened.
    """
    check_can_manage_periods(user)
    kinds = [kind for kind in periods.KINDS if kind in set(kinds)]
    if not kinds:
        raise ValidationError({"kinds": [_("Chọn ít nhất một loại kỳ báo cáo.")]})
    period_window(kinds[0], year)  # the year's own check, before anything is created
    chosen = None if units is None else list(units)
    existing = set(ReportingPeriod.objects.filter(
        year=year, receiving_unit=receiving_unit, request="").values_list("kind", "number"))
    created = []
    for kind in kinds:
        for number in periods.numbers(kind):
            if (kind, number) in existing:
                continue
            last = periods.window(kind, year, number)[1]
            asked = (default_units(plan, on=last) if chosen is None
                     else [unit for unit in chosen if unit.is_valid_on(last)])
            if not asked:  # every unit it would ask has ended: nobody could answer
                continue
            created.append(_create(
                user=user, kind=kind, year=year, number=number, receiving_unit=receiving_unit,
                form=form, plan=plan, units=asked, deadline=None))
    periods_announce(created)  # one notice per unit for the whole year
    return created


@transaction.atomic
def period_close(*, user: User, period: ReportingPeriod) -> ReportingPeriod:
    """Lock the period: no report can be opened, written or sent in it any more."""
    check_can_manage_periods(user)
    if period.is_closed:
        raise ValidationError(_("Kỳ báo cáo này đã khóa lúc %(time)s.") % {
            "time": timezone.localtime(period.closed_at).strftime("%H:%M %d/%m/%Y")})
    period.closed_at = timezone.now()
    period.closed_by = user
    period.save(update_fields=["closed_at", "closed_by"])
    return period


@transaction.atomic
def period_reopen(*, user: User, period: ReportingPeriod) -> ReportingPeriod:
    check_can_manage_periods(user)
    if not period.is_closed:
        raise ValidationError(_("Kỳ báo cáo này đang mở."))
    period.closed_at = None
    period.closed_by = None
    period.save(update_fields=["closed_at", "closed_by"])
    return period

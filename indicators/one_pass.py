"""The dashboard's one pass over a plan's products, read from their narrow copy.

records.models.PlanProduct holds, for each plan, one row per product linked to one of its
tasks, with the product's date, unit, channel and languages: the months, units, languages and
channels sections, the unit picker's product units and the plain product indicators are all
counted from it in one query, instead of finding the plan's 30,000 products through their task
links and each one's languages (three joins) or reading them seven times.
"""

import hashlib
from collections.abc import Collection
from datetime import date
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.db.models.expressions import RawSQL

from indicators.compute import Measure
from indicators.models import Indicator, Method
from plans.models import Plan
from records.models import Language, PlanProduct
from records.selectors import plan_products_token

# How long counts are kept once made. Each change to the plan's copy draws a new token, so
# the counts of an older one are never read again: this only frees their memory.
KEPT_SECONDS = 6 * 3600

# GROUPING(published_on, unit_id, channel) of each grouping set: the bits of the columns it
# leaves out (SQLite has no GROUPING SETS: the UNION ALL below writes the same numbers).
BY_DAY, BY_UNIT, BY_CHANNEL, BY_LANGUAGES = 3, 5, 6, 7


def plain_product_indicator(indicator: Indicator | None) -> bool:
    """A product count or share over all the plan's tasks, units, topics, kinds, channels and
    languages: its figure comes from the dashboard's single pass over the plan's products."""
    return (indicator is not None
            and indicator.method in (Method.PRODUCT_COUNT, Method.PRODUCT_SHARE)
            and not indicator.kinds and not indicator.channels
            and not indicator.language_groups
            and not indicator.topics.all() and not indicator.units.all()
            and not indicator.tasks.all())


def _day(found: object) -> date:
    return found if isinstance(found, date) else date.fromisoformat(str(found)[:10])


def _counts(hits: int, *, scoped: bool) -> str:
    """The counts of each group: all, in the window and scope, in the unit scope, and each
    share's hits (the copy's columns hit_0, hit_1…) overall and in the unit scope. With no unit
    chosen every product is in the unit scope, so those counts are written as the overall ones
    and PostgreSQL computes each once (an aggregate repeated word for word is shared)."""
    unit_ok = " AND unit_ok" if scoped else ""
    counts = ["COUNT(*)", "COUNT(CASE WHEN in_scope THEN 1 END)",
              "COUNT(CASE WHEN unit_ok THEN 1 END)" if scoped else "COUNT(*)"]
    for index in range(hits):
        counts += [f"COUNT(CASE WHEN hit_{index} THEN 1 END)",
                   f"COUNT(CASE WHEN hit_{index}{unit_ok} THEN 1 END)"]
    return ", ".join(counts)


def _hit(indicator: Indicator) -> tuple[str, list[Any]]:
    """compute.share_condition() on the copy's columns: a language of the share's groups (the
    ids between commas) and a channel of its channels, whichever are given."""
    parts: list[str] = []
    params: list[Any] = []
    if indicator.share_language_groups:
        ids = list(Language.objects.filter(group__in=indicator.share_language_groups)
                   .values_list("pk", flat=True))
        if not ids:
            parts.append("1 = 0")
        elif connection.vendor == "postgresql":  # one array overlap, not a LIKE per language
            parts.append("(string_to_array(languages, ',')::int[] && %s::int[])")
            params.append(ids)
        else:
            parts.append("(" + " OR ".join(["(',' || languages || ',') LIKE %s"] * len(ids))
                         + ")")
            params += [f"%,{pk},%" for pk in ids]
    if indicator.share_channels:
        parts.append("channel IN (" + ", ".join(["%s"] * len(indicator.share_channels)) + ")")
        params += list(indicator.share_channels)
    return "(" + " AND ".join(parts) + ")", params


def _grouped(sql: str, params: tuple[Any, ...], counts: str) -> tuple[str, list[Any]]:
    """The four groupings of the copy's rows `sql`, in one statement; only column names built
    here go into the text.

    Each row's share tests (is one of its languages among a few dozen) are worked out once, in
    the rows' query: PostgreSQL's OFFSET 0 keeps that query from being merged into the
    grouping, which would repeat them in each aggregate that reads them; SQLite materialises
    the CTE. On PostgreSQL a test is one array overlap: a LIKE per language took half of a
    national plan's 100 ms.
    """
    if connection.vendor == "postgresql":
        return (f"SELECT GROUPING(published_on, unit_id, channel), "  # noqa: S608
                f"published_on, unit_id, channel, languages, {counts} FROM ({sql} OFFSET 0) p "
                "GROUP BY GROUPING SETS ((published_on), (unit_id), (channel), (languages))",
                list(params))
    groupings = [(BY_DAY, "published_on, NULL, NULL, NULL", "published_on"),
                 (BY_UNIT, "NULL, unit_id, NULL, NULL", "unit_id"),
                 (BY_CHANNEL, "NULL, NULL, channel, NULL", "channel"),
                 (BY_LANGUAGES, "NULL, NULL, NULL, languages", "languages")]
    selects = [f"SELECT {kind}, {shown}, {counts} FROM p GROUP BY {by}"  # noqa: S608
               for kind, shown, by in groupings]
    return f"WITH p AS MATERIALIZED ({sql}) " + " UNION ALL ".join(selects), list(params)


class PlanProducts:
    """Every product of the plan counted by day, by unit, by channel and by its languages, in
    one query over the plan's copy; each count is also taken inside the dashboard's window and
    unit scope.

    The counts are kept in the cache under the plan's token (records.PlanProductsToken), which
    every change to the copy replaces in its own transaction: twenty people opening a national
    plan's dashboard share one 40 ms pass instead of making it twenty times, and a figure
    kept is one the copy still gives. The token is read before the copy, so counts kept under
    it can only be newer than it, never older.
    """

    def __init__(self, plan: Plan, *, first: date, last: date, unit_ids: set[int] | None,
                 shares: Collection[Indicator] = ()) -> None:
        self.first, self.last, self.unit_ids = first, last, unit_ids
        self.share_pks: list[int] = []
        hits: list[tuple[str, list[Any]]] = []
        for indicator in shares:
            if not (indicator.share_language_groups or indicator.share_channels):
                continue  # share_condition() would be empty: no numerator to count
            self.share_pks.append(indicator.pk)
            hits.append(_hit(indicator))
        self.days: dict[date, tuple[int, ...]] = {}
        self.units: dict[int, int] = {}
        self.channels: dict[str, int] = {}
        self.languages: dict[int, int] = {}
        token = plan_products_token(plan.pk)
        if token is None:  # a copy no service has written yet: nothing to keep it under
            self._read(plan, hits)
            return
        key = self._key(plan.pk, token, hits)
        kept = cache.get(key)
        if kept is None:
            self._read(plan, hits)
            cache.set(key, (self.days, self.units, self.channels, self.languages), KEPT_SECONDS)
        else:
            self.days, self.units, self.channels, self.languages = kept

    def _key(self, plan_id: int, token: int, hits: list[tuple[str, list[Any]]]) -> str:
        """The plan, its token, and what the counts were asked for: the window, the units and
        each share's test (its languages and channels are in its text and parameters)."""
        units = None if self.unit_ids is None else sorted(self.unit_ids)
        asked = repr((self.first, self.last, units, hits)).encode()
        return f"plan-products:{plan_id}:{token}:{hashlib.sha256(asked).hexdigest()}"

    def _read(self, plan: Plan, hits: list[tuple[str, list[Any]]]) -> None:
        scope = Q() if self.unit_ids is None else Q(unit_id__in=self.unit_ids)
        columns = {
            "in_scope": ExpressionWrapper(Q(published_on__range=(self.first, self.last))
                                          & scope, output_field=BooleanField()),
            "unit_ok": ExpressionWrapper(Q(pk__isnull=False) & scope,
                                         output_field=BooleanField()),
            # _hit() writes only its own text; the ids and channels go as parameters.
            **{f"hit_{index}": RawSQL(sql, params, output_field=BooleanField())  # noqa: S611
               for index, (sql, params) in enumerate(hits)},
        }
        rows = PlanProduct.objects.filter(plan_id=plan.pk).annotate(**columns).values(
            "published_on", "unit_id", "channel", "languages", *columns).order_by()
        sql, params = rows.query.sql_with_params()
        query, values = _grouped(sql, params, _counts(len(hits), scoped=self.unit_ids is not None))
        with connection.cursor() as cursor:
            cursor.execute(query, values)
            for kind, day, unit, channel, languages, total, windowed, *rest in cursor.fetchall():
                if kind == BY_DAY:
                    self.days[_day(day)] = (total, *rest)
                elif kind == BY_UNIT:
                    self.units[unit] = windowed
                elif kind == BY_CHANNEL:
                    self.channels[channel] = windowed
                elif windowed and languages:
                    for language in languages.split(","):
                        pk = int(language)
                        self.languages[pk] = self.languages.get(pk, 0) + windowed

    @property
    def product_unit_ids(self) -> set[int]:
        """Units with any product of the plan, in any year: the unit picker's."""
        return set(self.units)

    def months(self) -> dict[tuple[int, int], int]:
        found: dict[tuple[int, int], int] = {}
        for day, counts in self.days.items():
            if self.first <= day <= self.last:
                scoped = counts[1]
                if scoped:
                    key = (day.year, day.month)
                    found[key] = found.get(key, 0) + scoped
        return found

    def measure(self, indicator: Indicator, *, first: date, last: date, scoped: bool
                ) -> Measure:
        """compute.value() of a plain product indicator over [first, last], for every unit or
        (`scoped`) for the dashboard's unit and its predecessors."""
        total = hits = 0
        at = self.share_pks.index(indicator.pk) if indicator.pk in self.share_pks else None
        for day, counts in self.days.items():
            if first <= day <= last:
                total += counts[1] if scoped else counts[0]
                if at is not None:
                    hits += counts[3 + 2 * at] if scoped else counts[2 + 2 * at]
        if indicator.method == Method.PRODUCT_COUNT:
            return Measure.of(total)
        return Measure.of(total if at is None else hits, total, percentage=True)



"""The narrow copy of each plan's products (records.models.PlanProduct): its writes and its check.

Every write of a product, of its languages or task links, and every removal of a task calls
refresh() in the same transaction (a product's deletion, forget()), so the dashboard's one-pass
count over the copy is always exact; live_rows() is what the copy must equal, computed from the
links themselves. Each change also draws a new token for the plans whose copy it touched
(PlanProductsToken): the dashboard keeps its counts under the plan's token.
"""

import secrets
from collections.abc import Collection, Iterable, Iterator

from django.db import connection, transaction

from plans.models import Plan, Task
from records.models import PlanProduct, PlanProductsToken, Product

ProductLanguage = Product.languages.through
ProductTask = Product.tasks.through
BATCH = 2000

Row = tuple[int, int, str, int, str, str]  # plan, product, ISO date, unit, channel, languages


def _language_lists(product_ids: Collection[int]) -> dict[int, str]:
    found: dict[int, list[int]] = {}
    for product_id, language_id in ProductLanguage.objects.filter(
            product_id__in=product_ids).values_list("product_id", "language_id"):
        found.setdefault(product_id, []).append(language_id)
    return {pk: ",".join(str(i) for i in sorted(ids)) for pk, ids in found.items()}


def _rows(product_ids: Collection[int]) -> Iterator[Row]:
    """The rows these products must have, read from the products and their links."""
    plans: dict[int, set[int]] = {}
    for product_id, plan_id in ProductTask.objects.filter(product_id__in=product_ids).values_list(
            "product_id", "task__plan_id"):
        plans.setdefault(product_id, set()).add(plan_id)
    if not plans:
        return
    languages = _language_lists(list(plans))
    for pk, published_on, unit_id, channel in Product.objects.filter(
            pk__in=list(plans)).values_list("pk", "published_on", "unit_id", "channel"):
        for plan_id in sorted(plans[pk]):
            yield (plan_id, pk, published_on.isoformat(), unit_id, channel,
                   languages.get(pk, ""))


def refresh(product_ids: Collection[int]) -> None:
    """Rewrites the copy of these products from their current links; a product that lost its
    last task of a plan leaves that plan's copy."""
    ids = list(product_ids)
    if not ids:
        return
    with transaction.atomic():
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            touched = _forget(chunk)
            copies = [PlanProduct(plan_id=plan, product_id=product, published_on=day,
                                  unit_id=unit, channel=channel, languages=languages)
                      for plan, product, day, unit, channel, languages in _rows(chunk)]
            PlanProduct.objects.bulk_create(copies)
            _new_tokens(touched | {copy.plan_id for copy in copies})


def forget(product_ids: Collection[int]) -> None:
    """Takes these products out of every plan's copy: before their deletion, whose cascade
    would remove their rows without telling which plans' counts changed."""
    with transaction.atomic():
        _new_tokens(_forget(list(product_ids)))


def _forget(product_ids: list[int]) -> set[int]:
    """Deletes these products' rows; returns the plans they were in."""
    rows = PlanProduct.objects.filter(product_id__in=product_ids)
    plans = set(rows.values_list("plan_id", flat=True).distinct())
    if plans:
        rows.delete()
    return plans


def _new_tokens(plan_ids: Iterable[int]) -> None:
    """A new token for each of these plans, in ascending order of plan, so that two
    transactions touching the same plans take their rows' locks in the same order."""
    PlanProductsToken.objects.bulk_create(
        [PlanProductsToken(plan_id=pk, token=secrets.randbits(63)) for pk in sorted(plan_ids)],
        update_conflicts=True, unique_fields=["plan"], update_fields=["token"])


def products_of_tasks(task_ids: Collection[int]) -> list[int]:
    """The products linked to these tasks: those whose copy a task's removal changes."""
    return list(ProductTask.objects.filter(task_id__in=list(task_ids))
                .values_list("product_id", flat=True).distinct())


def rebuild() -> int:
    """Rewrites the whole copy (after a bulk load that bypassed the services); returns its size.

    On PostgreSQL one INSERT … SELECT (a million products in seconds); elsewhere in batches.
    """
    with transaction.atomic():
        PlanProduct.objects.all().delete()
        if connection.vendor == "postgresql":
            _rebuild_in_postgres()
        else:
            ids = list(Product.objects.values_list("pk", flat=True).order_by("pk"))
            for start in range(0, len(ids), BATCH):
                refresh(ids[start:start + BATCH])
        _new_tokens(Plan.objects.values_list("pk", flat=True))
        return PlanProduct.objects.count()


def _rebuild_in_postgres() -> None:
    tables = {"copy": PlanProduct._meta.db_table, "product": Product._meta.db_table,
              "link": ProductTask._meta.db_table, "language": ProductLanguage._meta.db_table,
              "task": Task._meta.db_table}
    with connection.cursor() as cursor:
        cursor.execute(  # table names only, no values
            "INSERT INTO {copy} "  # noqa: S608
            "(plan_id, product_id, published_on, unit_id, channel, languages) "
            "SELECT t.plan_id, p.id, p.published_on, p.unit_id, p.channel, "
            "COALESCE((SELECT string_agg(l.language_id::text, ',' ORDER BY l.language_id) "
            "FROM {language} l WHERE l.product_id = p.id), '') "
            "FROM (SELECT DISTINCT pt.product_id, t.plan_id FROM {link} pt "
            "JOIN {task} t ON t.id = pt.task_id) t "
            "JOIN {product} p ON p.id = t.product_id".format(**tables))


def live_rows(plan_id: int) -> set[Row]:
    """The copy's rows for a plan as the links give them today: what the copy must equal."""
    ids = ProductTask.objects.filter(task__plan_id=plan_id).values_list("product_id", flat=True)
    return {row for row in _rows(list(ids)) if row[0] == plan_id}


def copied_rows(plan_id: int) -> set[Row]:
    return {(plan, product, day.isoformat(), unit, channel, languages)
            for plan, product, day, unit, channel, languages in PlanProduct.objects.filter(
                plan_id=plan_id).values_list("plan_id", "product_id", "published_on",
                                             "unit_id", "channel", "languages")}

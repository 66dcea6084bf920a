"""Products from a spreadsheet: keep the upload and its preview, create the rows on confirm.

The file is read once, on upload (records.spreadsheet). Every row that reads cleanly is then
tried through `product_create` and rolled back, so the preview shows the very errors that
confirming would meet; confirming creates the good rows in one transaction, all or none, and
skips rows recorded in the meantime. Both go through records.services, so the permission
check and the rules of a product are the ones every other entry point obeys.
"""

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from auditlog.context import disable_auditlog
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from kehoach.uploads import check_upload
from kehoach.vntext.formats import vn_date
from plans.models import Task
from records.models import (
    Channel,
    ImportStatus,
    Language,
    ProductImport,
    ProductKind,
    Topic,
)
from records.permissions import check_can_record
from records.services import product_create
from records.spreadsheet import (
    Row,
    column_label,
    existing_keys,
    file_error,
    product_keys,
    read_rows,
)
from units.models import Unit


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    already_done: bool = False


# --- Reads ---------------------------------------------------------------------------------
# Here rather than in records.selectors so the import stays one piece beside the product pages.


def recent_imports(user: User, limit: int = 10) -> QuerySet[ProductImport]:
    return ProductImport.objects.filter(created_by=user)[:limit]


def earlier_import(product_import: ProductImport) -> ProductImport | None:
    """The last confirmed import of the same file, to say so before it is confirmed again."""
    return (ProductImport.objects.filter(sha256=product_import.sha256, status=ImportStatus.DONE)
            .exclude(pk=product_import.pk).order_by("-confirmed_at").first())


# --- Changes -------------------------------------------------------------------------------


@transaction.atomic
def import_start(*, user: User, upload: UploadedFile) -> ProductImport:
    """Read an uploaded workbook and keep it with its preview; creates no product.

    A file that cannot be read raises ValidationError before anything is stored.
    """
    check_can_record(user)
    name = Path(upload.name or "san-pham.xlsx").name
    if Path(name).suffix.lower() != ".xlsx":
        raise file_error("wrong-type")
    # Size, then content: an old .xls or a password-protected file (both OLE) gets
    # read_rows' own explanation; anything else must be an .xlsx package inside.
    check_upload(upload, accepted={".xlsx": frozenset({"xlsx", "ole"})},
                 max_bytes=settings.IMPORT_MAX_BYTES)
    data = upload.read()
    rows = read_rows(data, user=user)
    _try_rows(user, rows)
    product_import = ProductImport(original_name=name[-255:], created_by=user,
                                   sha256=hashlib.sha256(data).hexdigest(),
                                   summary=_summary(rows))
    product_import.file.save(name, ContentFile(data), save=False)
    product_import.save()
    return product_import


def _try_rows(user: User, rows: list[Row]) -> None:
    """Run each good row through product_create inside a transaction that is rolled back.

    The services' own rules (a platform for social media, a duration only for broadcasts,
    URL and length checks) then show up in the preview, and confirming cannot fail on a row
    the preview called good. Nothing of it is kept, so it writes no audit entries either.
    """
    with transaction.atomic(), disable_auditlog():
        for row in rows:
            if row.status != "ok":
                continue
            try:
                product_create(user=user, **row.values)
            except ValidationError as error:
                row.errors.extend(service_errors(error))
            except PermissionDenied as error:
                row.error("unit", str(error))
        transaction.set_rollback(True)


def service_errors(error: ValidationError) -> list[tuple[str, str]]:
    """A service's ValidationError as (column, message) pairs; "" for the whole row."""
    if not hasattr(error, "error_dict"):
        return [("", message) for message in error.messages]
    return [("" if field == NON_FIELD_ERRORS else column_label(field), message)
            for field, messages in error.message_dict.items() for message in messages]


def _summary(rows: list[Row]) -> dict[str, Any]:
    """What the preview shows and confirming creates, as JSON."""
    counts = {"ok": 0, "duplicate": 0, "error": 0}
    items = []
    for row in rows:
        counts[row.status] += 1
        item: dict[str, Any] = {"row": row.number, "status": row.status,
                                "errors": [list(pair) for pair in row.errors],
                                **_shown(row)}
        if row.status == "ok":
            item["values"] = _as_json(row.values)
        items.append(item)
    return {"rows": items, "counts": counts}


def _shown(row: Row) -> dict[str, str]:
    values, cells = row.values, row.cells
    if not values:
        return {key: cells.get(key, "") for key in
                ("title", "kind", "channel", "languages", "published_on", "unit")}
    return {
        "title": values["title"],
        "kind": str(ProductKind(values["kind"]).label),
        "channel": str(Channel(values["channel"]).label),
        "languages": ", ".join(language.name for language in values["languages"]),
        "published_on": vn_date(values["published_on"]),
        "unit": values["unit"].name,
    }


def _as_json(values: dict[str, Any]) -> dict[str, Any]:
    data = dict(values)
    data["published_on"] = values["published_on"].isoformat()
    data["unit"] = values["unit"].pk
    for key in ("languages", "topics", "tasks"):
        data[key] = [item.pk for item in values[key]]
    return data


@transaction.atomic
def import_confirm(*, user: User, product_import: ProductImport) -> ImportResult:
    """Create the good rows, all or none; confirming twice creates nothing the second time.

    Rows recorded since the preview (by another import, or by hand) are skipped, not doubled.
    """
    check_can_record(user)
    locked = ProductImport.objects.select_for_update().get(pk=product_import.pk)
    summary = locked.summary
    if locked.status == ImportStatus.DONE:
        return ImportResult(created=0, skipped=0, already_done=True)
    good = [item for item in summary["rows"] if item["status"] == "ok"]
    if not good:
        raise ValidationError(_("Không có dòng mới nào để nhập: các dòng của tệp đều có lỗi "
                                "hoặc đã có."), code="nothing")
    rows = _from_json(good)
    existing = existing_keys(values for _number, values in rows)
    created, skipped = 0, summary["counts"]["duplicate"]
    for number, values in rows:
        if any(key in existing for key in product_keys(values)):
            skipped += 1
            continue
        try:
            product_create(user=user, **values)
        except (ValidationError, PermissionDenied) as error:
            messages = getattr(error, "messages", None) or [str(error)]
            raise ValidationError(_("Dòng %(row)d: %(message)s Chưa nhập dòng nào.") % {
                "row": number, "message": " ".join(messages)}, code="row") from error
        created += 1
    summary.update(imported=created, skipped=skipped)
    locked.summary = summary
    locked.status = ImportStatus.DONE
    locked.confirmed_at = timezone.now()
    locked.save(update_fields=["summary", "status", "confirmed_at"])
    product_import.status, product_import.summary = locked.status, locked.summary
    product_import.confirmed_at = locked.confirmed_at
    return ImportResult(created=created, skipped=skipped)


def _from_json(items: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """The stored values with their objects, loaded in one query per list."""
    ids: dict[str, set[int]] = {"unit": set(), "languages": set(), "topics": set(),
                                "tasks": set()}
    for item in items:
        ids["unit"].add(item["values"]["unit"])
        for key in ("languages", "topics", "tasks"):
            ids[key].update(item["values"][key])
    objects: dict[str, dict[int, Any]] = {
        "unit": Unit.objects.in_bulk(ids["unit"]),
        "languages": Language.objects.in_bulk(ids["languages"]),
        "topics": Topic.objects.in_bulk(ids["topics"]),
        "tasks": Task.objects.in_bulk(ids["tasks"]),
    }
    rows = []
    for item in items:
        values = dict(item["values"])
        try:
            values["unit"] = objects["unit"][values["unit"]]
            for key in ("languages", "topics", "tasks"):
                values[key] = [objects[key][pk] for pk in values[key]]
        except KeyError as error:
            raise ValidationError(_("Dòng %(row)d: đơn vị, ngôn ngữ, chủ đề hoặc nhiệm vụ đã bị "
                                    "xóa sau khi tải tệp lên. Hãy tải tệp lên lại.") % {
                "row": item["row"]}, code="stale") from error
        values["published_on"] = date.fromisoformat(values["published_on"])
        rows.append((item["row"], values))
    return rows

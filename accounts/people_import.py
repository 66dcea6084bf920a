"""People from a spreadsheet: keep the checked rows for a preview, invite them on confirm.

Like the products import (records.import_services): the file is read once on upload, the
preview shows every row's errors in Vietnamese, and confirming creates the good rows' accounts
in one transaction, all or none, and sends their invitations over one mail connection. A row
whose e-mail has an account by then (the same file again, or someone added by hand) is
skipped: importing twice invites nobody twice.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import PeopleImport, PeopleImportStatus, Role, User
from accounts.permissions import check_can_manage_people
from accounts.services import invitations_deliver, person_invite
from accounts.spreadsheet import PersonRow, file_error, read_people
from kehoach.uploads import check_upload
from units.models import Unit


@dataclass(frozen=True)
class PeopleImportResult:
    invited: int
    skipped: int
    already_done: bool = False


def get_people_import_for_user(user: User, pk: int) -> PeopleImport:
    """An import is its uploader's own."""
    check_can_manage_people(user)
    return get_object_or_404(PeopleImport, pk=pk, created_by=user)


def recent_people_imports(user: User, limit: int = 10) -> QuerySet[PeopleImport]:
    return PeopleImport.objects.filter(created_by=user)[:limit]


@transaction.atomic
def people_import_start(*, user: User, upload: UploadedFile) -> PeopleImport:
    """Read the workbook and keep its checked rows; invites nobody yet."""
    check_can_manage_people(user)
    name = Path(upload.name or "nguoi-dung.xlsx").name
    if Path(name).suffix.lower() != ".xlsx":
        raise file_error("wrong-type")
    check_upload(upload, accepted={".xlsx": frozenset({"xlsx", "ole"})},
                 max_bytes=settings.IMPORT_MAX_BYTES)
    data = upload.read()
    rows = read_people(data, manager=user)
    return PeopleImport.objects.create(original_name=name[-255:], created_by=user,
                                       sha256=hashlib.sha256(data).hexdigest(),
                                       summary=_summary(rows))


def _summary(rows: list[PersonRow]) -> dict[str, Any]:
    counts = {"ok": 0, "duplicate": 0, "error": 0}
    units = Unit.objects.in_bulk({r.values["unit"] for r in rows if r.values.get("unit")})
    items = []
    for row in rows:
        counts[row.status] += 1
        unit = units.get(row.values.get("unit"))
        shown = {"full_name": row.cells.get("full_name", ""), "email": row.cells.get(
            "email", ""), "phone": row.cells.get("phone", ""),
            "unit": unit.name if unit else row.cells.get("unit", ""),
            "role": str(Role(row.values["role"]).label) if row.values.get("role")
            else row.cells.get("role", "")}
        items.append({"row": row.number, "status": row.status, **shown,
                      "errors": [list(pair) for pair in row.errors],
                      "values": row.values if row.status == "ok" else {}})
    return {"rows": items, "counts": counts}


@transaction.atomic
def people_import_confirm(*, user: User, people_import: PeopleImport) -> PeopleImportResult:
    """Create and invite the good rows, all or none; a second confirm does nothing."""
    check_can_manage_people(user)
    locked = PeopleImport.objects.select_for_update().get(pk=people_import.pk)
    if locked.status == PeopleImportStatus.DONE:
        return PeopleImportResult(invited=0, skipped=0, already_done=True)
    good = [item for item in locked.summary["rows"] if item["status"] == "ok"]
    if not good:
        raise ValidationError(_("Không có ai mới để mời: các dòng của tệp đều có lỗi hoặc đã có "
                                "tài khoản."), code="nothing")
    taken = {e.lower() for e in User.objects.filter(
        email__in=[item["values"]["email"] for item in good]).values_list("email", flat=True)}
    units = Unit.objects.in_bulk({item["values"]["unit"] for item in good
                                  if item["values"].get("unit")})
    invited: list[User] = []
    for item in good:
        values = item["values"]
        if values["email"] in taken:
            continue
        unit = units.get(values["unit"]) if values.get("unit") else None
        try:
            invited.append(person_invite(
                manager=user, full_name=values["full_name"], email=values["email"],
                phone=values["phone"], role=values["role"], units=[unit] if unit else [],
                send=False))
        except (ValidationError, PermissionDenied) as error:
            messages = getattr(error, "messages", None) or [str(error)]
            raise ValidationError(_("Dòng %(row)d: %(message)s Chưa mời ai.") % {
                "row": item["row"], "message": " ".join(messages)}, code="row") from error
    invitations_deliver(invited, inviter=user)
    skipped = locked.summary["counts"]["duplicate"] + len(good) - len(invited)
    locked.summary = {**locked.summary, "invited": len(invited), "skipped": skipped}
    locked.status, locked.confirmed_at = PeopleImportStatus.DONE, timezone.now()
    locked.save(update_fields=["summary", "status", "confirmed_at"])
    people_import.status, people_import.summary = locked.status, locked.summary
    return PeopleImportResult(invited=len(invited), skipped=skipped)

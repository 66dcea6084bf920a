"""Backing up the whole application into one archive, and bringing it back.

    manage.py backup                      # var/backups/kehoach-20240618-2300.tar.gz
    manage.py restore ARCHIVE             # into an empty, migrated database
    manage.py restore ARCHIVE --force     # replacing what a database holds

The archive is a .tar.gz of:
- database.jsonl: every row of every model, Django's JSON lines, read in one transaction so it
  is one moment's state. Content types and permissions are written by their natural keys, so
  the history's references to models survive a database whose ids differ; everything else
  keeps its ids. It loads on SQLite and on PostgreSQL alike.
- media/...: every file of the default storage (uploaded plans, attached files, reports).
- manifest.json: the format, when, from which engine, the migrations the data stands on, the
  count of rows per model, and the SHA-256 of every other file in the archive.

A restore checks every checksum and the migrations before it touches the database, then
empties the tables and loads the rows and the files in one transaction, and compares the
counts with the manifest: it brings the archive back whole or not at all. Not kept: what a
restore makes anew (content types and permissions, by migrate), sessions (everybody logs in
again) and the task runner's queue.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from auditlog.context import disable_auditlog
from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.jsonl import Serializer as JsonlSerializer
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT = "kehoach-backup/1"
MANIFEST = "manifest.json"
DATABASE = "database.jsonl"
MEDIA = "media/"
# Made again by migrate, or not worth keeping; cleared by a restore all the same.
NOT_KEPT = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
NOT_KEPT_APPS = {"django_tasks_database"}
# Rows the migrations themselves create: a database holding only these is empty.
SEEDED = {"records.language", "reporting.reportform", "reporting.formsection"}
# Natural keys only where ids differ from one database to the next.
NATURAL = (ContentType, Permission)
CHUNK = 1 << 20


class BackupError(Exception):
    """A refusal, with the reason in Vietnamese."""


@dataclass
class Manifest:
    created_at: str
    engine: str
    migrations: list[list[str]]
    counts: dict[str, int]
    files: dict[str, str]
    missing_files: list[str] = field(default_factory=list)
    format: str = FORMAT

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1, sort_keys=True).encode()


class _Serializer(JsonlSerializer):
    """Django's JSON lines, with natural keys for content types and permissions only: a user
    written as ["quantri"] would cost the restore a query for every row that names one."""

    def handle_fk_field(self, obj: models.Model, field: Any) -> None:
        self.use_natural_foreign_keys = issubclass(field.remote_field.model, NATURAL)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj: models.Model, field: Any) -> None:
        self.use_natural_foreign_keys = issubclass(field.remote_field.model, NATURAL)
        super().handle_m2m_field(obj, field)


def kept_models() -> list[type[models.Model]]:
    """The models whose rows the archive holds. Their order does not matter: both engines
    check foreign keys when the restore's transaction ends, not row by row."""
    found = [m for m in apps.get_models()
             if m._meta.label_lower not in NOT_KEPT and m._meta.app_label not in NOT_KEPT_APPS
             and m._meta.managed and not m._meta.proxy]
    return sorted(found, key=lambda m: m._meta.label_lower)


def _sha256(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _applied_migrations() -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def _storage_files(folder: str = "") -> Iterator[str]:
    """Every file of the default storage, by its storage name."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # no upload yet: MEDIA_ROOT does not exist
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from _storage_files(f"{folder}/{sub}" if folder else sub)


def _referenced_files() -> set[str]:
    names: set[str] = set()
    for model in kept_models():
        for f in model._meta.concrete_fields:
            if isinstance(f, models.FileField):
                names.update(n for n in model._base_manager.exclude(**{f.name: ""})
                             .values_list(f.name, flat=True) if n)
    return names


def _dump(stream: IO[str]) -> Counter[str]:
    """Write every kept row to `stream`; the count of rows by model."""
    counts: Counter[str] = Counter()
    serializer = _Serializer()
    for model in kept_models():
        label = model._meta.label_lower

        def counted(rows: Iterable[models.Model], label: str = label) -> Iterator[models.Model]:
            for row in rows:
                counts[label] += 1
                yield row

        counts[label] += 0
        serializer.serialize(counted(model._base_manager.order_by("pk").iterator(2000)),
                             stream=stream, use_natural_foreign_keys=True)
    return counts


def _add(archive: tarfile.TarFile, name: str, data: IO[bytes], size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(timezone.now().timestamp()), 0o644
    archive.addfile(info, data)


def backup_write(target: Path) -> Manifest:
    """Write the archive to `target` (through a temporary file beside it); its manifest."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        dump = Path(work) / DATABASE
        # One transaction, so the rows are one moment's state. On PostgreSQL a repeatable
        # read sees that moment throughout without stopping anyone from writing.
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if connection.vendor == "postgresql" and outermost:
                connection.cursor().execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            with dump.open("w", encoding="utf-8") as stream:
                counts = _dump(stream)
            migrations_ = _applied_migrations()
            referenced = _referenced_files()
        stored = list(_storage_files())
        partial = Path(work) / "archive.tar.gz"
        files: dict[str, str] = {}
        with tarfile.open(partial, "w:gz") as archive:
            with dump.open("rb") as data:
                files[DATABASE] = _sha256(data)
                data.seek(0)
                _add(archive, DATABASE, data, dump.stat().st_size)
            for name in stored:
                with default_storage.open(name, "rb") as data:
                    files[MEDIA + name] = _sha256(data)
                    data.seek(0)
                    _add(archive, MEDIA + name, data, default_storage.size(name))
            manifest = Manifest(
                created_at=timezone.localtime().isoformat(), engine=connection.vendor,
                migrations=migrations_, counts=dict(sorted(counts.items())), files=files,
                missing_files=sorted(referenced - set(stored)))
            content = manifest.to_json()
            _add(archive, MANIFEST, io.BytesIO(content), len(content))
        partial.replace(target)
    return manifest


# --- Restore ---------------------------------------------------------------------------------


def read_manifest(archive: tarfile.TarFile) -> Manifest:
    try:
        member = archive.getmember(MANIFEST)
        handle = archive.extractfile(member)
        data = json.loads(handle.read()) if handle is not None else None
    except (KeyError, ValueError) as error:
        raise BackupError(_("Tệp này không phải bản sao lưu của kehoach (không có "
                            "manifest.json đọc được).")) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(_("Bản sao lưu có định dạng không đọc được: %(format)s.")
                          % {"format": (data or {}).get("format") if isinstance(data, dict)
                             else "?"})
    return Manifest(**data)


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == path.as_posix()


def verify(archive: tarfile.TarFile, manifest: Manifest) -> None:
    """Every file the manifest names is there, unchanged, and nothing else is."""
    seen = set()
    for member in archive.getmembers():
        if member.name == MANIFEST:
            continue
        if not member.isfile() or not _safe_name(member.name) or member.name not in \
                manifest.files:
            raise BackupError(_("Bản sao lưu có tệp lạ, không có trong danh mục: %(name)s.")
                              % {"name": member.name})
        handle = archive.extractfile(member)
        if handle is None or _sha256(handle) != manifest.files[member.name]:
            raise BackupError(_("Tệp %(name)s trong bản sao lưu đã bị hỏng hoặc bị sửa (mã "
                                "kiểm tra không khớp); không khôi phục gì.")
                              % {"name": member.name})
        seen.add(member.name)
    if missing := sorted(set(manifest.files) - seen):
        raise BackupError(_("Bản sao lưu thiếu tệp %(name)s; không khôi phục gì.")
                          % {"name": missing[0]})


def check_migrations(manifest: Manifest) -> list[str]:
    """Refuse data newer than this database's tables; the migrations only here, if any."""
    backed = {tuple(pair) for pair in manifest.migrations}
    here = {tuple(pair) for pair in _applied_migrations()}
    if missing := sorted(backed - here):
        raise BackupError(_("Cơ sở dữ liệu này chưa có %(count)d migration mà bản sao lưu cần "
                            "(ví dụ %(first)s); hãy cập nhật phần mềm và chạy “manage.py "
                            "migrate” trước.") % {"count": len(missing),
                                                  "first": ".".join(missing[0])})
    return [".".join(pair) for pair in sorted(here - backed)]


def holdings() -> dict[str, int]:
    """Rows this database holds besides what its migrations made, by model."""
    found = {}
    for model in kept_models():
        label = model._meta.label_lower
        if label not in SEEDED and (n := model._base_manager.count()):
            found[label] = n
    return found


def _clear() -> None:
    """Empty every table a restore writes, its many-to-many tables, sessions and the queue,
    without signals: the history is replaced with the archive's, not added to."""
    kept = set(kept_models())
    cleared = [m for m in apps.get_models(include_auto_created=True)
               if m._meta.managed and not m._meta.proxy and (
                   # auto_created is the model a through table serves; the stubs say bool
                   m in kept or m._meta.auto_created in kept  # type: ignore[comparison-overlap]
                   or m._meta.label_lower == "sessions.session"
                   or m._meta.app_label in NOT_KEPT_APPS)]
    for model in reversed(cleared):
        model._base_manager.all()._raw_delete(connection.alias)


def _put_file(name: str, handle: IO[bytes]) -> None:
    if default_storage.exists(name):
        default_storage.delete(name)
    saved = default_storage.save(name, File(handle, name=PurePosixPath(name).name))
    if saved != name:
        raise BackupError(_("Không ghi được tệp %(name)s vào kho lưu trữ.") % {"name": name})


@dataclass
class RestoreResult:
    manifest: Manifest
    rows: int
    files: int
    newer_migrations: list[str]


def restore(path: Path, *, force: bool = False) -> RestoreResult:
    """Bring the archive at `path` back; BackupError with the reason, changing nothing."""
    try:
        archive = tarfile.open(path, "r:gz")  # noqa: SIM115 - closed by the `with` below
    except (OSError, tarfile.TarError) as error:
        raise BackupError(_("Không mở được bản sao lưu %(path)s: %(error)s")
                          % {"path": path, "error": error}) from error
    with archive, tempfile.TemporaryDirectory() as work:
        manifest = read_manifest(archive)
        verify(archive, manifest)
        newer = check_migrations(manifest)
        if not force and (held := holdings()):
            label, count = next(iter(held.items()))
            raise BackupError(_("Cơ sở dữ liệu này đã có dữ liệu (%(count)d dòng %(model)s, "
                                "…); chỉ khôi phục vào cơ sở dữ liệu trống, hoặc thêm --force "
                                "để thay toàn bộ.") % {"count": count, "model": label})
        dump = Path(work) / DATABASE
        source = archive.extractfile(DATABASE)
        if source is None:
            raise BackupError(_("Bản sao lưu thiếu tệp %(name)s; không khôi phục gì.")
                              % {"name": DATABASE})
        with dump.open("wb") as out:
            while chunk := source.read(CHUNK):
                out.write(chunk)
        media = [m for m in archive.getmembers() if m.name.startswith(MEDIA)]
        with transaction.atomic(), disable_auditlog():
            _clear()
            call_command("loaddata", str(dump), verbosity=0)
            _check_counts(manifest)
            for member in media:
                handle = archive.extractfile(member)
                if handle is not None:
                    _put_file(member.name.removeprefix(MEDIA), handle)
    return RestoreResult(manifest=manifest, rows=sum(manifest.counts.values()),
                         files=len(media), newer_migrations=newer)


def _check_counts(manifest: Manifest) -> None:
    for label, expected in manifest.counts.items():
        try:
            model = apps.get_model(label)
        except LookupError as error:
            raise BackupError(_("Bản sao lưu có dữ liệu của %(model)s, phần mềm này không "
                                "có.") % {"model": label}) from error
        if (found := model._base_manager.count()) != expected:
            raise BackupError(_("Sau khi nạp, %(model)s có %(found)d dòng thay vì "
                                "%(expected)d; không khôi phục gì.")
                              % {"model": label, "found": found, "expected": expected})

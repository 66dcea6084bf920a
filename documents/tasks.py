"""Background work on documents: reading an uploaded file, which may mean minutes of OCR."""

from django_tasks import task

from documents import services
from documents.models import Ingestion, IngestionStatus
from kehoach.ingest.errors import IngestError
from kehoach.ingest.parse import parse
from kehoach.ingest.readers import read_bytes


@task()
def read_document(ingestion_id: int) -> None:
    ingestion = Ingestion.objects.select_related("document").get(pk=ingestion_id)
    if ingestion.status != IngestionStatus.QUEUED or ingestion.document is None:
        return
    services.ingestion_mark_running(ingestion_id=ingestion_id)

    def progress(done: int, total: int) -> None:
        services.ingestion_progress(ingestion_id=ingestion_id, done=done, total=total)

    try:
        # Through the storage API: the file may live on a storage that is not this disk.
        with ingestion.document.file.open("rb") as stored:
            data = stored.read()
    except OSError:
        services.ingestion_fail(ingestion=ingestion, code="missing-file")
        return
    try:
        source = read_bytes(data, ingestion.document.original_name, progress=progress)
        parsed = parse(source)
    except IngestError as error:
        services.ingestion_fail(ingestion=ingestion, code=error.code)
        return
    header = parsed["document"]
    kind = header.get("kind") if isinstance(header, dict) else None
    # A plan whose tasks were not found is still imported (they can be added by hand); a
    # report or letter is refused, unless it carries tasks (a decision issuing a plan does).
    if kind in services.NOT_PLAN_KINDS or (kind not in services.PLAN_KINDS
                                           and not parsed["tasks"]):
        services.ingestion_fail(ingestion=ingestion, code="not-a-plan")
        return
    ingestion.refresh_from_db()
    services.ingestion_succeed(ingestion=ingestion, text=source.text, fmt=source.format,
                               parsed=parsed)

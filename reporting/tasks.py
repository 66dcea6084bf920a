"""Background work on consolidated reports: merging many unit reports, writing the files.

Both run in the task runner (`manage.py db_worker`) so the page stays usable; they record
their progress on the report, which the page polls. Whatever goes wrong ends as a failed
report with a message, never as a page that waits for ever.
"""

import logging

from django.utils.translation import gettext as _
from django_tasks import task

from reporting.services import consolidated as services

logger = logging.getLogger(__name__)


@task()
def merge_period(report_id: int) -> None:
    try:
        services.consolidated_merge(report_id=report_id)
    except Exception:  # a worker must leave the report in a state the page can show
        logger.exception("merging consolidated report %s failed", report_id)
        services.consolidated_fail(report_id=report_id, message=_(
            "Không tổng hợp được các báo cáo do lỗi hệ thống; xin thử lại hoặc báo quản trị."))


@task()
def export_report(report_id: int) -> None:
    try:
        services.consolidated_write(report_id=report_id)
    except Exception:  # as above: the .docx and .xlsx already written are kept
        logger.exception("exporting consolidated report %s failed", report_id)
        services.consolidated_fail(report_id=report_id, message=_(
            "Không xuất được văn bản do lỗi hệ thống; xin thử lại hoặc báo quản trị."))

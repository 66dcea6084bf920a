"""Reads of documents, citations and plan imports; who may see them is documents.permissions."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from documents.models import Document, Ingestion, Reference, number_key
from kehoach.vntext.text import fold
from plans.models import Plan


def document_search(query: str) -> QuerySet[Document]:
    """Stored documents whose folded header holds every word of `query` (marks, đ and case
    ignored), newest upload first; an empty query finds nothing."""
    words = fold(query).split()
    if not words:
        return Document.objects.none()
    documents = Document.objects.select_related("plan")
    for word in words:
        documents = documents.filter(search_text__contains=word)
    return documents.order_by("-uploaded_at", "-pk")


def recent_ingestions(limit: int = 10) -> QuerySet[Ingestion]:
    return Ingestion.objects.select_related("plan", "created_by")[:limit]


@dataclass
class Citations:
    documents: list[Document]
    cites: list[Reference]
    cited_by: list[Reference]


def plan_citations(plan: Plan) -> Citations:
    """What a plan's documents cite, and which documents cite the plan (linked or by number)."""
    documents = list(plan.documents.all())
    cites = list(Reference.objects.filter(document__in=documents).select_related("cited"))
    key = number_key(plan.number, plan.symbol)
    cited_by = [
        r for r in Reference.objects.filter(Q(cited__in=documents) | Q(number_key=key))
        .exclude(document__in=documents).select_related("document", "document__plan")
        if r.cited_id or r.issued_on is None or r.issued_on.year == plan.issued_on.year
    ]
    return Citations(documents, cites, cited_by)


def document_citations(document: Document) -> dict[str, Any]:
    return {
        "cites": document.references.select_related("cited"),
        "cited_by": document.cited_by.select_related("document"),
    }

"""The shapes crossing the import's boundaries: what the parser read, and what was reviewed.

The parser's JSON (schema `kehoach.ingest/1`) is stored on the ingestion as read; the review is
stored as the coordinator left it, between requests. Both are plain JSON, typed here so the
code that turns them into a plan says which keys it relies on.
"""

from typing import TypedDict


class ParsedTimeframe(TypedDict, total=False):
    text: str
    start: str | None
    end: str | None


class ParsedTask(TypedDict, total=False):
    code: str
    title: str
    lead_units: list[str]
    coordinating_units: list[str]
    timeframe: ParsedTimeframe | None
    products: str | None
    content: str | None
    span: list[int]
    spans: dict[str, list[int]]


class ParsedTarget(TypedDict, total=False):
    text: str
    value: float | int | None
    value_max: float | int | None
    unit: str | None
    deadline: str | None
    span: list[int]


class ParsedSigner(TypedDict, total=False):
    name: str | None
    title: str | None


class ParsedHeader(TypedDict, total=False):
    kind: str | None
    type_name: str | None
    number: str | None
    symbol: str | None
    issuer: str | None
    parent_issuer: str | None
    place: str | None
    date: str | None
    title: str | None
    signer: ParsedSigner | None
    spans: dict[str, list[int]]


class ParsedReference(TypedDict, total=False):
    type_name: str | None
    number: str | None
    symbol: str | None
    date: str | None
    issuer: str | None
    title: str | None
    span: list[int]


class ParsedDocument(TypedDict, total=False):
    """`kehoach.ingest.parse.parse()`'s output, as far as the import reads it."""

    schema: str
    document: ParsedHeader
    plan_years: list[int] | None
    references: list[ParsedReference]
    tasks: list[ParsedTask]
    targets: list[ParsedTarget]


class ReviewedPlan(TypedDict, total=False):
    doc_type: str
    number: str
    symbol: str
    issuer_name: str
    place: str
    issued_on: str
    title: str
    signer_name: str
    signer_title: str
    year_start: int | str
    year_end: int | str


class ReviewedTask(TypedDict, total=False):
    include: bool
    code: str
    title: str
    lead: str  # one unit name a line
    coordinating: str
    timeframe_text: str
    start_date: str
    end_date: str
    products: str
    description: str


class ReviewedTarget(TypedDict, total=False):
    include: bool
    text: str
    value: str | int | float | None
    value_max: str | int | float | None
    unit_of_measure: str
    deadline: str
    task_code: str


class Reviewed(TypedDict):
    """The review as the coordinator left it; `units` maps a name to "", "new" or a unit's id."""

    plan: ReviewedPlan
    tasks: list[ReviewedTask]
    targets: list[ReviewedTarget]
    units: dict[str, str]

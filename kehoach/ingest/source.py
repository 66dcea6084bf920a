"""The text of a document, as every reader returns it and the parser reads it.

Every format is reduced to one plain text so that the parser has a single input and every
extracted item can point back into it by character offsets (the review page highlights them).
Paragraphs are separated by "\n". A table row is one line "| cell | cell |"; a line break inside a
cell is written "<br>", and a literal "|" inside a cell as "\\|", as in Markdown tables.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    text: str
    format: str  # "txt", "md", "docx", "pdf", "pdf-ocr"
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)

"""Why a document could not be read, as codes the web app translates and one-line messages.

The messages are Vietnamese because the command-line tool prints them to the same civil servants
who use the pages; the web app maps `code` to its own translated text.
"""


class IngestError(Exception):
    """A document that cannot be turned into text; never a programming error."""

    code = "unreadable"
    message = "Không đọc được tệp."

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(f"{self.message} {detail}".strip())


class UnsupportedFormat(IngestError):
    code = "unsupported"
    message = "Định dạng tệp không được hỗ trợ (chỉ nhận .docx, .pdf, .txt, .md)."


class UnreadableFile(IngestError):
    code = "unreadable"
    message = "Không đọc được tệp: tệp hỏng hoặc không đúng định dạng."


class OcrUnavailable(IngestError):
    code = "ocr-unavailable"
    message = (
        "Tệp PDF là bản quét, không có lớp chữ; máy chủ chưa cài Tesseract OCR "
        "(gói tesseract-ocr, tesseract-ocr-vie) để nhận dạng chữ."
    )


class EmptyDocument(IngestError):
    code = "empty"
    message = "Tệp không có nội dung chữ."

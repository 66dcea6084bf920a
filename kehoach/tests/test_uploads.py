"""Uploads: refused by size before the body is read, by content whatever the name, and
zip bombs refused before any parser inflates them."""

import io
import struct
import zipfile
import zlib
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import Document
from kehoach.ingest.archive import ArchiveTooLarge, check_archive
from kehoach.ingest.errors import IngestError
from kehoach.ingest.readers import read_bytes
from records.models import Product, ProductImport

GIB = 1024**3
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200
MZ = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200


def bomb(member: str = "word/document.xml", size: int = 2 * GIB) -> bytes:
    """A zip whose `member` inflates to `size` bytes of zeros, built in about 2 MB.

    Each MiB of zeros is deflated once; after a full flush the compressor forgets its
    history, so the same bytes repeated are a valid stream of `size` zeros. Nothing of the
    gigabytes is ever written.
    """
    chunk = bytes(1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = size // len(chunk)
    stream = block * count + compressor.flush()
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    parts = [("[Content_Types].xml", b"<Types/>"), (member, None)]
    body, directory = b"", b""
    for name, data in parts:
        raw = name.encode()
        if data is None:
            packed, method, crc32, length = stream, 8, crc, count * len(chunk)
        else:
            packed, method, crc32, length = data, 0, zlib.crc32(data), len(data)
        header = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc32,
                             len(packed), length, len(raw), 0)
        directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0,
                                 crc32, len(packed), length, len(raw), 0, 0, 0, 0, 0,
                                 len(body)) + raw
        body += header + raw + packed
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts),
                      len(directory), len(body), 0)
    return body + directory + end


@pytest.fixture(scope="module")
def docx_bomb() -> bytes:
    return bomb("word/document.xml")


def test_the_bomb_is_real_and_small(docx_bomb: bytes) -> None:
    assert len(docx_bomb) < 5 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(docx_bomb)) as package:
        info = package.getinfo("word/document.xml")
        assert info.file_size == 2 * GIB
        with package.open(info) as member:
            assert member.read(10 * 1024 * 1024) == bytes(10 * 1024 * 1024)


def test_it_refuses_a_bomb_from_its_directory_alone(docx_bomb: bytes) -> None:
    with pytest.raises(ArchiveTooLarge):
        check_archive(docx_bomb)


def test_the_docx_reader_refuses_a_bomb_unread(docx_bomb: bytes) -> None:
    with pytest.raises(ArchiveTooLarge) as refused:
        read_bytes(docx_bomb, "ke-hoach.docx")
    assert refused.value.code == "archive-too-large"


def test_it_refuses_too_many_entries() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for number in range(2_001):
            package.writestr(f"x/{number}.xml", b"")
    with pytest.raises(ArchiveTooLarge):
        check_archive(buffer.getvalue())


def test_a_plan_upload_refuses_a_bomb_and_stores_nothing(client_as, docx_bomb: bytes) -> None:
    response = client_as("coordinator").post(reverse("documents:import"), {
        "file": SimpleUploadedFile("ke-hoach.docx", docx_bomb)})
    assert response.status_code == 200
    assert "quá lớn" in response.content.decode()
    assert not Document.objects.exists()


def test_a_spreadsheet_bomb_is_refused(client_as) -> None:
    response = client_as("reporter").post(reverse("records:import_upload"), {
        "file": SimpleUploadedFile("san-pham.xlsx", bomb("xl/workbook.xml"))})
    assert "quá lớn" in response.content.decode()
    assert not ProductImport.objects.exists()


@pytest.mark.parametrize("name", ["ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.txt"])
@pytest.mark.parametrize("body", [ELF, MZ], ids=["elf", "mz"])
def test_a_renamed_program_is_refused_as_a_plan(client_as, name: str, body: bytes) -> None:
    response = client_as("coordinator").post(reverse("documents:import"), {
        "file": SimpleUploadedFile(name, body)})
    text = response.content.decode()
    assert "nội dung là tệp chương trình" in text, text[-2000:]
    assert not Document.objects.exists()


@pytest.mark.parametrize("body", [ELF, MZ], ids=["elf", "mz"])
def test_a_renamed_program_is_refused_as_a_spreadsheet(client_as, body: bytes) -> None:
    response = client_as("reporter").post(reverse("records:import_upload"), {
        "file": SimpleUploadedFile("san-pham.xlsx", body)})
    assert "nội dung là tệp chương trình" in response.content.decode()
    assert not ProductImport.objects.exists()


def _product(client, file: SimpleUploadedFile, unit) -> object:
    return client.post(reverse("records:product_create"), {
        "title": "Tọa đàm", "kind": "article", "channel": "print", "languages": ["1"],
        "published_on": date(2024, 5, 6).isoformat(), "unit": unit("ST-BAO").pk,
        "file": file})


@pytest.mark.parametrize("body", [ELF, MZ, b"<html>not a picture</html>"],
                         ids=["elf", "mz", "html"])
def test_a_product_attachment_must_be_what_its_name_says(client_as, unit, body) -> None:
    response = _product(client_as("reporter"), SimpleUploadedFile("anh.png", body), unit)
    assert "không nhận tệp có nội dung khác với tên" in response.content.decode()
    assert not Product.objects.exists()


def test_a_product_attachment_may_be_a_picture(client_as, unit) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    response = _product(client_as("reporter"), SimpleUploadedFile("anh.png", png), unit)
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert Product.objects.get().file.name.endswith(".png")


def test_a_product_attachment_has_a_size_limit(client_as, unit, settings) -> None:
    settings.PRODUCT_FILE_MAX_BYTES = 100
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
    response = _product(client_as("reporter"), SimpleUploadedFile("anh.png", png), unit)
    assert "Tệp quá lớn" in response.content.decode()


def test_a_truncated_docx_is_refused_with_a_message(client_as) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>" * 1000)
    truncated = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    response = client_as("coordinator").post(reverse("documents:import"), {
        "file": SimpleUploadedFile("ke-hoach.docx", truncated)})
    assert "bị cắt cụt" in response.content.decode()
    with pytest.raises(IngestError):
        read_bytes(truncated, "ke-hoach.docx")


class Unreadable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, size: int = -1) -> bytes:
        raise AssertionError("the body of a too-large request was read")

    readline = read


@pytest.mark.parametrize("path", ["/documents/import/", "/records/import/", "/api/products"])
def test_a_gibibyte_upload_is_refused_without_reading_it(client_as, path: str) -> None:
    response = client_as("coordinator").generic(
        "POST", path, b"", content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(GIB), **{"wsgi.input": Unreadable()})
    assert response.status_code == 413
    text = response.content.decode()
    assert "quá lớn" in text
    if path.startswith("/api/"):
        assert response.json()["detail"].startswith("Nội dung gửi lên quá lớn")

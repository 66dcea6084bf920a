"""`kehoach ingest --json FILE` as a clerk runs it: one readable line on failure, no traceback."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

KEHOACH = Path(sys.executable).parent / "kehoach"
DOCUMENTS = Path(__file__).parent / "documents"

pytestmark = pytest.mark.skipif(not KEHOACH.exists(), reason=f"{KEHOACH} is not installed")


def run(path: Path) -> subprocess.CompletedProcess[str]:
    command = [str(KEHOACH), "ingest", "--json", str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60,  # noqa: S603
                          check=False)


def _broken_docx(path: Path) -> None:
    """A real .docx package whose document part stops mid-paragraph: python-docx itself fails."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'content-types"><Override PartName="/word/document.xml" ContentType="{main}"/>'
            "</Types>"))
        package.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{office}" '
            'Target="word/document.xml"/></Relationships>'))
        package.writestr("word/document.xml", (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>KẾ HOẠCH"))


CORRUPT = {
    "truncated.docx": lambda path: path.write_bytes(b"PK\x03\x04" + b"\x00" * 40),
    "broken-xml.docx": _broken_docx,
    "damaged.pdf": lambda path: path.write_bytes(b"%PDF-1.7\n1 0 obj<</Type/Catalog>>\nBT garbage"),
}
UNSUPPORTED = {
    "scan.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "plan.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    "tasks.xlsx": b"not a workbook",
}


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kehoach ingest: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupt_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    CORRUPT[name](path)
    assert_one_line_error(run(path))


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(UNSUPPORTED[name])
    result = run(path)
    assert_one_line_error(result)
    assert "không được hỗ trợ" in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run(tmp_path / "missing.docx"))


def test_json_on_stdout() -> None:
    result = run(DOCUMENTS / "soctrang-81-KH-UBND-2024.txt")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "kehoach.ingest/1"
    assert data["document"]["symbol"] == "KH-UBND"

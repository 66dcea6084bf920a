#!/usr/bin/env python3
"""Write the copies of the re-laid-out plans as they reach a coordinator, with their gold.

Usage: .venv/bin/python kehoach/ingest/tests/relaid/build.py (python-docx and `soffice`).
- `angiang-pasted-lines.docx`: `angiang-running-duties.txt` pasted into Word from a PDF, one
  printed line (72 columns) per paragraph;
- `quangtri-pdf-copy.txt`: `quangtri-mixed-layouts.txt` as a PDF's text layer copies it, broken
  at 66 columns;
- `daklak-print.pdf`: `daklak-bullet-duties.txt` printed to PDF by LibreOffice (DejaVu Serif,
  since this machine's Liberation Serif lacks Vietnamese capitals).
Each copy's gold is its source's, written beside it.
"""
# A fixture script, run by hand: the fixed soffice command line is as intended.
# ruff: noqa: S603, S607
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def wrapped(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, width, break_long_words=False,
                               break_on_hyphens=False) or [""]
    return lines


def paragraphs_docx(lines: list[str], path: Path, font: str = "Times New Roman") -> None:
    document = Document()
    document.styles["Normal"].font.name = font
    document.styles["Normal"].font.size = Pt(13)
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def copy_gold(source: str, copy: str) -> None:
    shutil.copyfile(HERE / f"{source}.json", HERE / f"{copy}.json")


def main() -> None:
    angiang = (HERE / "angiang-running-duties.txt").read_text(encoding="utf-8")
    paragraphs_docx(wrapped(angiang, 72), HERE / "angiang-pasted-lines.docx")
    copy_gold("angiang-running-duties", "angiang-pasted-lines")

    quangtri = (HERE / "quangtri-mixed-layouts.txt").read_text(encoding="utf-8")
    (HERE / "quangtri-pdf-copy.txt").write_text("\n".join(wrapped(quangtri, 66)) + "\n",
                                               encoding="utf-8")
    copy_gold("quangtri-mixed-layouts", "quangtri-pdf-copy")

    daklak = (HERE / "daklak-bullet-duties.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "daklak-print.docx"
        paragraphs_docx([line for line in daklak.split("\n") if line], source, "DejaVu Serif")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder,
                        str(source)], check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(folder) / "daklak-print.pdf", HERE / "daklak-print.pdf")
    copy_gold("daklak-bullet-duties", "daklak-print")


if __name__ == "__main__":
    main()

"""How long `kehoach.ingest` takes on a 20-page plan; run with `make bench`.

A plan a province uploads is rarely longer than 20 A4 pages, and the review page waits for the
parse, so the goal is one second for such a plan. The plan is generated rather than stored so
that its size and shapes stay known: a Decree 30 header, "Căn cứ" references, targets, tasks as
numbered headings with field lines, as lettered sub-items, as running paragraphs and as rows of
a table with group rows, then the duties, recipients and signature. The same content is also
written as a .docx (python-docx) to time the reader that turns an upload into text.

Prints one line per measurement: median and 95th percentile over the runs, after a warm-up,
against the goal.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kehoach.ingest.parse import ingest_file, parse
from kehoach.ingest.readers import read_file
from kehoach.ingest.source import Source

GOAL_SECONDS = 1.0
CHARS_PER_PAGE = 3000  # an A4 page of 13-14 pt Times New Roman, as Decree 30 sets it

UNITS = [
    "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp",
    "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh",
    "Ban Dân tộc tỉnh", "Báo Quảng Bình", "Đài Phát thanh và Truyền hình tỉnh", "Tỉnh Đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Ban Tuyên giáo Tỉnh ủy",
    "Hội Nhà báo tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
    "Ủy ban nhân dân các huyện, thị xã, thành phố",
]
ACTIVITIES = [
    "Tuyên truyền về thành tựu bảo đảm quyền con người trên báo in, báo điện tử",
    "Sản xuất phóng sự, chương trình phát thanh, truyền hình về chính sách dân tộc, tôn giáo",
    "Biên soạn, phát hành sổ tay hỏi - đáp về quyền con người",
    "Tổ chức tập huấn kỹ năng truyền thông về quyền con người cho phóng viên, biên tập viên",
    "Xây dựng chuyên mục về quyền con người trên Cổng Thông tin điện tử tỉnh",
    "Tổ chức cuộc thi tìm hiểu pháp luật về quyền con người",
    "Lồng ghép nội dung quyền con người trong hoạt động ngoại khóa",
    "Đăng tải tin, bài, ảnh đồ họa về quyền con người trên mạng xã hội",
    "Cung cấp thông tin cho báo chí về kết quả bảo đảm quyền con người",
    "Hỗ trợ phóng viên nước ngoài tác nghiệp tại tỉnh",
]
TIMES = ["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025", "Trong năm 2025",
         "Tháng 6/2025", "Tháng 9 - 10/2025", "Thường xuyên", "Hằng quý"]
FILLER = (
    "Nội dung tuyên truyền bám sát quan điểm, chủ trương của Đảng, chính sách, pháp luật của "
    "Nhà nước về quyền con người; phản ánh kết quả thực hiện các chương trình mục tiêu quốc gia, "
    "giảm nghèo bền vững, bảo đảm an sinh xã hội, quyền tự do tín ngưỡng, tôn giáo trên địa bàn "
    "tỉnh; kịp thời đấu tranh, phản bác các luận điệu sai trái, xuyên tạc của các thế lực thù địch."
)
DETAIL = (
    "Hình thức thể hiện đa dạng, phù hợp với từng nhóm đối tượng: tin, bài, phóng sự, ảnh, "
    "video ngắn, ấn phẩm đồ họa, chuyên mục trên báo in, báo điện tử, phát thanh, truyền hình và "
    "các nền tảng mạng xã hội; ưu tiên sản phẩm bằng tiếng dân tộc thiểu số, sản phẩm phục vụ "
    "đồng bào vùng sâu, vùng xa, biên giới, nơi có đông đồng bào theo đạo."
)


def plan_text(tasks: int = 70, seed: int = 7) -> str:
    """A plan in the shapes of the samples, about 20 pages for 70 tasks."""
    rng = random.Random(seed)  # noqa: S311 -- repeatable test data, not a secret
    lines = [
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "", "Số: 245/KH-UBND", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        "Quảng Bình, ngày 12 tháng 02 năm 2025", "", "KẾ HOẠCH",
        "Triển khai Đề án truyền thông về quyền con người ở Việt Nam",
        "trên địa bàn tỉnh Quảng Bình năm 2025", "",
    ]
    for number in range(6):
        lines += [f"Căn cứ Quyết định số {1000 + number}/QĐ-UBND ngày {number + 3} tháng 9 năm "
                  f"2022 của Ủy ban nhân dân tỉnh về việc {FILLER[:90].lower()};", ""]
    lines += ["Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU", "",
              "1. Mục đích", "", FILLER, "", "2. Yêu cầu", "", FILLER, "", "II. MỤC TIÊU", ""]
    for number in range(1, 6):
        lines += [f"{number}. Phấn đấu {rng.randint(50, 100)}% cán bộ làm công tác thông tin "
                  "đối ngoại được tập huấn, bồi dưỡng kiến thức về quyền con người.", ""]
    lines += ["III. NHIỆM VỤ, GIẢI PHÁP", ""]
    shapes = ["fields", "letters", "running", "table"]
    counts = {shape: tasks // 4 + (1 if index < tasks % 4 else 0)
              for index, shape in enumerate(shapes)}
    section = 0
    section += 1
    lines += [f"{section}. Nhiệm vụ có đơn vị chủ trì, phối hợp", ""]
    for number in range(1, counts["fields"] + 1):
        lines += _field_task(rng, f"{section}.{number}.")
    section += 1
    lines += [f"{section}. Các hình thức truyền thông khác", ""]
    for number in range(counts["letters"]):
        label = "abcdeghiklmnopqrstuvxy"[number % 22]
        lines += _field_task(rng, f"{label})")
    section += 1
    lines += [f"{section}. Nhiệm vụ giao các cơ quan, đơn vị", ""]
    for number in range(1, counts["running"] + 1):
        lines += _running_task(rng, f"{section}.{number}.")
    section += 1
    lines += [f"{section}. Phân công nhiệm vụ cụ thể", ""]
    lines += _table(rng, counts["table"])
    lines += ["IV. KINH PHÍ THỰC HIỆN", "", FILLER, "", "V. TỔ CHỨC THỰC HIỆN", ""]
    for number, unit in enumerate(UNITS[:8], start=1):
        lines += [f"{number}. {unit}", "", FILLER, ""]
    lines += ["Trên đây là Kế hoạch triển khai Đề án truyền thông về quyền con người năm 2025./.",
              "", "Nơi nhận:", *[f"- {unit};" for unit in UNITS[:10]], "- Lưu: VT, KGVX.", "",
              "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Xuân Tân"]
    return "\n".join(lines) + "\n"


def _field_task(rng: random.Random, marker: str) -> list[str]:
    lead, *coordinating = rng.sample(UNITS, 3)
    return [f"{marker} {rng.choice(ACTIVITIES)}", "", FILLER, "", DETAIL, "",
            f"- Đơn vị chủ trì: {lead}.", f"- Đơn vị phối hợp: {', '.join(coordinating)}.",
            f"- Thời gian thực hiện: {rng.choice(TIMES)}.",
            f"- Sản phẩm: ít nhất {rng.randint(2, 20):02d} tin, bài, phóng sự.", ""]


def _running_task(rng: random.Random, marker: str) -> list[str]:
    lead, *coordinating = rng.sample(UNITS, 3)
    return [f"{marker} {rng.choice(ACTIVITIES)}", "",
            f"{lead} chủ trì, phối hợp với {', '.join(coordinating)} tổ chức thực hiện; "
            f"thời gian thực hiện: {rng.choice(TIMES)}. {FILLER}", "", DETAIL, ""]


def _table(rng: random.Random, rows: int) -> list[str]:
    lines = ["| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện "
             "| Sản phẩm |"]
    for number in range(1, rows + 1):
        if number % 5 == 1:
            lines.append(f"| {'I' * (number // 5 + 1)} | Nhóm nhiệm vụ {number // 5 + 1} |")
        lead, *coordinating = rng.sample(UNITS, 3)
        lines.append(f"| {number} | {rng.choice(ACTIVITIES)} | {lead} | {'; '.join(coordinating)} "
                     f"| {rng.choice(TIMES)} | Ít nhất {rng.randint(2, 12)} sản phẩm |")
    return [*lines, ""]


def write_docx(text: str, path: Path) -> None:
    """The same content as a .docx: paragraphs, and the Markdown rows as a Word table."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
            rows = []
        if line:
            document.add_paragraph(line)
    document.save(str(path))


def measure(run: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, 95th percentile) in seconds, after one untimed warm-up run."""
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95


def report(name: str, median: float, p95: float) -> None:
    print(f"{name:<22} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
          f"goal {GOAL_SECONDS:.0f} s   ratio {median / GOAL_SECONDS:.3f} "
          f"(p95 {p95 / GOAL_SECONDS:.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=70)
    options = parser.parse_args(argv)
    text = plan_text(options.tasks)
    source = Source(text=text, format="txt")
    result = parse(source)
    found = len(result["tasks"])  # type: ignore[arg-type]
    print(f"plan: {len(text):,} characters, about {len(text) / CHARS_PER_PAGE:.1f} A4 pages, "
          f"{options.tasks} tasks written, {found} found")
    report("parse (text)", *measure(lambda: parse(source), options.runs))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.docx"
        write_docx(text, path)
        report("read_file (.docx)", *measure(lambda: read_file(path), options.runs))
        report("ingest_file (.docx)", *measure(lambda: ingest_file(path), options.runs))
    if found != options.tasks:
        print(f"warning: {options.tasks} tasks written but {found} found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

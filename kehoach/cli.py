"""The `kehoach` command installed with the project.

`kehoach ingest --json FILE` reads a document without Django or a database, so that it runs
anywhere the package is installed; any other command goes to Django's manage.py.
"""

import argparse
import json
import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["ingest"]:
        return ingest(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["kehoach", *args])
    return 0


def ingest(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="kehoach ingest",
        description="Đọc văn bản (.docx, .pdf, .txt, .md) và in ra dữ liệu có cấu trúc.",
    )
    parser.add_argument("--json", action="store_true", help="in JSON ra đầu ra chuẩn")
    parser.add_argument("file", help="đường dẫn tệp văn bản")
    options = parser.parse_args(argv)
    from kehoach.ingest.errors import IngestError
    from kehoach.ingest.parse import ingest_file

    if not os.path.isfile(options.file):
        print(f"kehoach ingest: không tìm thấy tệp {options.file}", file=sys.stderr)
        return 2
    try:
        result = ingest_file(options.file)
    except IngestError as error:
        print(f"kehoach ingest: {error}", file=sys.stderr)
        return 1
    except Exception as error:
        print(f"kehoach ingest: lỗi khi đọc tệp ({type(error).__name__}: {error})",
              file=sys.stderr)
        return 3
    indent = 2 if options.json else None
    print(json.dumps(result, ensure_ascii=False, indent=indent))
    return 0


if __name__ == "__main__":
    sys.exit(main())

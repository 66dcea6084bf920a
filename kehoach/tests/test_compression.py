"""Pages and JSON go out compressed when the browser asks, in the coding it prefers."""

import gzip

import brotli
import pytest
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.urls import reverse

from kehoach.compression import CompressionMiddleware

TASK = "Tuyên truyền, phổ biến về quyền con người trên Báo Sóc Trăng và Đài Phát thanh. " * 20


def _through(response: HttpResponse | StreamingHttpResponse, accept: str):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING=accept)
    return CompressionMiddleware(lambda r: response).process_response(request, response)


def test_a_page_is_sent_in_brotli_or_gzip_as_the_browser_accepts(client_as) -> None:
    client = client_as("coordinator")
    plain = client.get(reverse("plans:task_list"))
    assert plain.status_code == 200 and not plain.has_header("Content-Encoding")
    assert "Accept-Encoding" in plain["Vary"]
    page = plain.content

    chrome = client.get(reverse("plans:task_list"), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert chrome["Content-Encoding"] == "br"
    assert len(chrome.content) < len(page) / 3
    assert b"K\xe1\xba\xbf ho\xe1\xba\xa1ch" in brotli.decompress(chrome.content)  # Kế hoạch

    old = client.get(reverse("plans:task_list"), HTTP_ACCEPT_ENCODING="gzip, br;q=0")
    assert old["Content-Encoding"] == "gzip"
    assert int(old["Content-Length"]) == len(old.content)
    assert b"K\xe1\xba\xbf ho\xe1\xba\xa1ch" in gzip.decompress(old.content)


def test_the_api_contract_json_is_compressed(client) -> None:
    response = client.get("/api/openapi.json", HTTP_ACCEPT_ENCODING="br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert b'"openapi"' in brotli.decompress(response.content)


@pytest.mark.parametrize("accept", ["", "identity", "deflate", "br;q=0, gzip;q=0"])
def test_nothing_is_compressed_when_the_client_does_not_ask(accept: str) -> None:
    response = _through(JsonResponse({"tieu_de": TASK}), accept)
    assert not response.has_header("Content-Encoding")
    assert TASK in response.content.decode("unicode_escape")


def test_spreadsheets_and_short_answers_are_left_alone() -> None:
    xlsx = HttpResponse(b"PK\x03\x04" + b"\x00" * 5000, content_type=(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    assert not _through(xlsx, "br, gzip").has_header("Content-Encoding")
    assert not _through(HttpResponse("Đã lưu."), "br, gzip").has_header("Content-Encoding")


def test_a_streamed_csv_is_compressed_as_it_goes() -> None:
    rows = [f"{n};{TASK}\n".encode() for n in range(50)]
    response = StreamingHttpResponse(iter(rows), content_type="text/csv; charset=utf-8")
    response = _through(response, "br")
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(b"".join(response.streaming_content)) == b"".join(rows)


def test_a_strong_etag_becomes_weak_once_compressed() -> None:
    response = HttpResponse(TASK, content_type="text/html; charset=utf-8")
    response["ETag"] = '"abc"'
    assert _through(response, "gzip")["ETag"] == 'W/"abc"'

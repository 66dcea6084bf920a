"""HTML and JSON sent compressed: brotli when the browser accepts it, gzip otherwise.

A list page of a national database is 700 KB of HTML and a tenth of that compressed; a
province's link is slow. Only text is compressed (pages, JSON, CSV, SVG): spreadsheets,
.docx and PDF are zip or deflate inside already. Static files never reach this middleware:
WhiteNoise answers them first with its own precompressed .br and .gz copies.

BREACH (guessing a secret in a page from the compressed length) is answered as Django
answers it: the CSRF token is masked anew for every response, so it never repeats in a
page, and no other secret is written into a page (sessions live in cookies, API tokens are
shown once, on a page of their own). gzip also gets Django's "Heal the Breach" padding, a
random-length name in the gzip header; brotli has no such field and relies on the masking.
"""

import re
from collections.abc import Iterator
from typing import cast

import brotli
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django.utils.text import compress_sequence, compress_string

MIN_LENGTH = 200  # below this the headers weigh more than what compression saves
BROTLI_QUALITY = 5  # of 11: close to the best size at a fraction of the CPU, per request
GZIP_RANDOM_BYTES = 100  # as django.middleware.gzip.GZipMiddleware
COMPRESSIBLE_TYPE = re.compile(
    r"^\s*(text/|application/(json|javascript|xml|[\w.-]+\+(json|xml))|image/svg\+xml)", re.I)


def accepted_encodings(header: str) -> set[str]:
    """The content codings an Accept-Encoding header allows (q above 0), in lower case.

    >>> sorted(accepted_encodings("gzip, deflate, br;q=0.9, zstd"))
    ['br', 'deflate', 'gzip', 'zstd']
    >>> sorted(accepted_encodings("gzip;q=1.0, br;q=0"))
    ['gzip']
    >>> sorted(accepted_encodings(""))
    []
    """
    accepted = set()
    for item in header.split(","):
        name, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _sep, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name and quality > 0:
            accepted.add(name.lower())
    return accepted


def _brotli_sequence(chunks: Iterator[bytes]) -> Iterator[bytes]:
    compressor = brotli.Compressor(quality=BROTLI_QUALITY)
    for chunk in chunks:
        data = compressor.process(chunk)
        if data:
            yield data
    yield compressor.finish()


class CompressionMiddleware(MiddlewareMixin):
    """Compress text responses in the best coding the client accepts; Vary: Accept-Encoding."""

    def process_response(self, request: HttpRequest,
                         response: HttpResponseBase) -> HttpResponseBase:
        if not self._worth_it(response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        accepted = accepted_encodings(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        coding = "br" if "br" in accepted else "gzip" if "gzip" in accepted else None
        if coding is None or getattr(response, "is_async", False):
            return response
        if isinstance(response, StreamingHttpResponse):
            chunks = cast(Iterator[bytes], response.streaming_content)  # async returned above
            response.streaming_content = (
                _brotli_sequence(chunks) if coding == "br"
                else compress_sequence(chunks, max_random_bytes=GZIP_RANDOM_BYTES))
            del response.headers["Content-Length"]
        elif isinstance(response, HttpResponse):
            content = response.content
            compressed = (brotli.compress(content, quality=BROTLI_QUALITY) if coding == "br"
                          else compress_string(content, max_random_bytes=GZIP_RANDOM_BYTES))
            if len(compressed) >= len(content):
                return response
            response.content = compressed
            response.headers["Content-Length"] = str(len(compressed))
        else:
            return response
        etag = response.get("ETag")
        if etag and etag.startswith('"'):  # RFC 9110 8.8.1: another body, a weak validator
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = coding
        return response

    @staticmethod
    def _worth_it(response: HttpResponseBase) -> bool:
        if response.has_header("Content-Encoding"):
            return False
        if not COMPRESSIBLE_TYPE.match(response.get("Content-Type", "")):
            return False
        return isinstance(response, StreamingHttpResponse) or (
            isinstance(response, HttpResponse) and len(response.content) >= MIN_LENGTH)

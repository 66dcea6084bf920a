"""Counting requests in the cache, per key and per hour: "Quên mật khẩu?" is not a way to
flood someone's mailbox or to probe the list of addresses.

The counts live in Django's cache (CACHES; the default is each process's own memory, so with
several server processes each counts alone: set a shared cache, such as the database cache,
for an exact limit).
"""

import hashlib

from django.core.cache import cache

WINDOW_SECONDS = 3600


def _key(scope: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"kehoach:ratelimit:{scope}:{digest}"


def hit(scope: str, value: str, *, limit: int) -> bool:
    """Count one request for `value`; true while it is within `limit` an hour."""
    key = _key(scope, value)
    if cache.add(key, 1, WINDOW_SECONDS):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, WINDOW_SECONDS)
        count = 1
    return count <= limit

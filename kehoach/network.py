"""The address a request came from, believing X-Forwarded-For only from configured proxies.

Behind a reverse proxy every request arrives from the proxy's address. The log-in lock-out is
kept per user name and address; keyed on the proxy's address, five wrong passwords typed by
anybody anywhere would lock the real user out (a denial of service). With TRUSTED_PROXY_COUNT
set to the number of proxies in front of the app, each of which appends the address it received
the request from to X-Forwarded-For, the client's address is the one the outermost proxy wrote:
the Nth entry from the right. Entries further left were written by the client and are ignored.
With no trusted proxy (the default) the header is ignored altogether.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """REMOTE_ADDR, or with N trusted proxies the Nth address from the right of
    X-Forwarded-For; REMOTE_ADDR again when the header is shorter or not an address."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in
                 request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote

"""Per-client rate limits for the public forms, kept in Django's cache (Redis in production).

A fixed window per client: cheap (one `incr` per request), good enough against a flood, and it
never stores an IP address in the database.
"""

import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_rate(rate):
    """ "10/hour" -> (10, 3600). "0/hour" or an empty value switches the limit off."""
    if not rate:
        return 0, 3600
    count, _, period = str(rate).partition("/")
    period = period.strip().lower().rstrip("s") or "hour"
    if period not in PERIODS:
        raise ValueError(f"Unknown rate period in {rate!r}; use second, minute, hour or day.")
    return int(count), PERIODS[period]


def client_ip(request):
    """The client's address, or its /64 for IPv6 (one household often holds a whole /64).

    Behind a CDN or proxy, set CAMPAIGNS_TRUSTED_PROXIES to the number of proxies that append to
    X-Forwarded-For; the address is then read that many hops from the right, so a client cannot
    choose its own address by sending the header itself.
    """
    hops = int(getattr(settings, "CAMPAIGNS_TRUSTED_PROXIES", 0) or 0)
    address = request.META.get("REMOTE_ADDR", "")
    if hops > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            address = forwarded[-hops]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address) + "/64"
    return str(ip)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def hit(scope, key, rate):
    """Count one request of `key` (a client address, an email hash) in `scope` against `rate`."""
    limit, period = parse_rate(rate)
    if limit <= 0:
        return Verdict(True)
    now = int(time.time())
    window = now - now % period
    cache_key = f"campaigns:ratelimit:{scope}:{key}:{window}"
    # add() only sets a missing key, so concurrent first hits do not reset each other.
    cache.add(cache_key, 0, timeout=period + 60)
    try:
        used = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=period + 60)
        used = 1
    if used > limit:
        return Verdict(False, retry_after=window + period - now)
    return Verdict(True)

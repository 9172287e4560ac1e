"""Per-client rate limits and per-address resend throttles for the public forms.

A fixed window per client: cheap, good enough against a flood. The counters must be shared by
every web process, or four gunicorn workers let four times the limit through:

* with a shared cache (Redis in production) they live in the cache (one `incr` per request);
* with a per-process cache (local memory, the default run) or none (dummy), they live in the
  database (portal.models.RateLimitCounter), updated atomically, old windows pruned.

Keys are scopes and client addresses or row ids; callers pass no email address in clear.
"""

import ipaddress
import random
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import IntegrityError, transaction
from django.db.models import F

from .models import RateLimitCounter

# A share of the database hits that also delete rows whose window has passed.
PRUNE_PROBABILITY = 0.02

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
    hops = settings.CAMPAIGNS_TRUSTED_PROXIES
    address = request.META.get("REMOTE_ADDR", "")
    if hops > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            address = forwarded[-hops]
    address = strip_port(address)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address) + "/64"
    return str(ip)


_BRACKETED = re.compile(r"^\[(?P<host>[^\]]+)\](?::\d*)?$")


def strip_port(address):
    """ "203.0.113.7:51234" -> "203.0.113.7", "[2001:db8::1]:443" -> "2001:db8::1".

    Some proxies append the client's port to X-Forwarded-For; a bare IPv6 address (several
    colons) is left alone.
    """
    address = (address or "").strip()
    match = _BRACKETED.match(address)
    if match:
        return match.group("host")
    if address.count(":") == 1:
        return address.split(":", 1)[0]
    return address


def cache_is_shared():
    """True when the default cache is seen by every process (Redis, Memcached, a database)."""
    return not isinstance(caches["default"], (LocMemCache, DummyCache))


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
    if cache_is_shared():
        used = _cache_count(f"portal:ratelimit:{scope}:{key}:{window}", period)
    else:
        used = _database_count(f"{scope}:{key}", window, window + period + 60)
    if used > limit:
        return Verdict(False, retry_after=window + period - now)
    return Verdict(True)


def first_in(scope, key, seconds):
    """True at most once per `seconds` for `key` in `scope`: "may we send this mail again?".

    The resend throttle of confirmation mails (petition signatures, newsletter): one address
    gets at most one mail per period however often the form is posted, in however many
    processes.
    """
    now = int(time.time())
    if cache_is_shared():
        return bool(cache.add(f"portal:throttle:{scope}:{key}", 1, timeout=seconds))
    scope_key = f"throttle:{scope}:{key}"
    _maybe_prune(now)
    # Take the row only if its period has passed: one UPDATE, so two processes cannot both win.
    if RateLimitCounter.objects.filter(scope_key=scope_key, window__lte=now - seconds).update(
        window=now, count=1, expires=now + seconds
    ):
        return True
    try:
        with transaction.atomic():
            RateLimitCounter.objects.create(
                scope_key=scope_key, window=now, count=1, expires=now + seconds
            )
    except IntegrityError:
        return False  # the row exists and its period has not passed
    return True


def _cache_count(cache_key, period):
    # add() only sets a missing key, so concurrent first hits do not reset each other.
    cache.add(cache_key, 0, timeout=period + 60)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=period + 60)
        return 1


def _database_count(scope_key, window, expires):
    """Add one to the counter of `scope_key` in `window` and return it, atomically.

    Each step is a single UPDATE with an F() expression or an INSERT under the unique
    constraint, so concurrent processes queue on the row lock (PostgreSQL re-checks the WHERE
    after the wait) and never lose a hit.
    """
    _maybe_prune(int(time.time()))
    rows = RateLimitCounter.objects.filter(scope_key=scope_key)
    for _attempt in range(5):
        with transaction.atomic():
            if rows.filter(window=window).update(count=F("count") + 1):
                return rows.values_list("count", flat=True).get()
            # A row from an earlier window: start this one (only one process wins the reset).
            if rows.exclude(window=window).update(window=window, count=1, expires=expires):
                return 1
            try:
                with transaction.atomic():
                    RateLimitCounter.objects.create(
                        scope_key=scope_key, window=window, count=1, expires=expires
                    )
            except IntegrityError:
                continue  # another process created it first: count on its row
            return 1
    return 1_000_000  # could not count: refuse rather than let a flood through


def _maybe_prune(now):
    if random.random() < PRUNE_PROBABILITY:  # noqa: S311 - not security relevant
        RateLimitCounter.objects.filter(expires__lt=now).delete()

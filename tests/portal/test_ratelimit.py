import pytest
from django.core.cache import cache
from django.test import RequestFactory

from portal.ratelimit import client_ip, first_in, hit, parse_rate


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_parse_rate():
    assert parse_rate("10/hour") == (10, 3600)
    assert parse_rate("5/minutes") == (5, 60)
    assert parse_rate("") == (0, 3600)
    with pytest.raises(ValueError):
        parse_rate("5/fortnight")


def test_client_ip_ignores_forwarded_for_unless_proxies_are_trusted(settings):
    assert client_ip(request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"
    settings.CAMPAIGNS_TRUSTED_PROXIES = 1
    # The client may send its own X-Forwarded-For; only the hop our proxy appended counts.
    assert client_ip(request("10.0.0.1", "6.6.6.6, 198.51.100.1")) == "198.51.100.1"


def test_ipv6_clients_are_limited_per_64():
    assert client_ip(request("2001:db8:1:2:3:4:5:6")) == "2001:db8:1:2::/64"
    assert client_ip(request("::ffff:192.0.2.7")) == "192.0.2.7"


@pytest.mark.django_db
def test_hit_counts_within_a_window():
    assert hit("test", "a", "2/hour").allowed
    assert hit("test", "a", "2/hour").allowed
    verdict = hit("test", "a", "2/hour")
    assert not verdict.allowed and 0 < verdict.retry_after <= 3600
    assert hit("test", "b", "2/hour").allowed
    assert hit("test", "a", "0/hour").allowed  # 0 switches the limit off


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.7:51234", "203.0.113.7"),
        ("[2001:db8::1]:443", "2001:db8::/64"),
        ("[2001:db8::1]", "2001:db8::/64"),
        ("2001:db8::1", "2001:db8::/64"),
    ],
)
def test_a_port_in_forwarded_for_does_not_change_the_client(settings, forwarded, expected):
    settings.CAMPAIGNS_TRUSTED_PROXIES = 1
    assert client_ip(request("10.0.0.1", forwarded)) == expected


def test_clients_behind_a_port_adding_proxy_share_one_limit(settings):
    settings.CAMPAIGNS_TRUSTED_PROXIES = 1
    keys = {client_ip(request("10.0.0.1", f"203.0.113.7:{port}")) for port in (1, 2, 3)}
    assert keys == {"203.0.113.7"}


@pytest.mark.django_db
def test_with_a_per_process_cache_the_limit_holds_across_processes():
    """Each gunicorn worker has its own local-memory cache: clearing it between hits stands in
    for the next request landing in another worker."""
    from portal.models import RateLimitCounter

    for _ in range(2):
        assert hit("petition", "203.0.113.7", "2/hour").allowed
        cache.clear()
    assert not hit("petition", "203.0.113.7", "2/hour").allowed
    assert RateLimitCounter.objects.get().count == 3


@pytest.mark.django_db
def test_a_new_window_starts_from_one(monkeypatch):
    from portal import ratelimit

    now = 1_800_000_000
    monkeypatch.setattr(ratelimit.time, "time", lambda: now)
    assert hit("test", "a", "1/minute").allowed
    assert not hit("test", "a", "1/minute").allowed
    now += 60
    assert hit("test", "a", "1/minute").allowed


@pytest.mark.django_db
def test_the_resend_throttle_holds_across_processes(monkeypatch):
    from portal import ratelimit

    now = 1_800_000_000
    monkeypatch.setattr(ratelimit.time, "time", lambda: now)
    assert first_in("confirm", 7, 600)
    cache.clear()
    assert not first_in("confirm", 7, 600)
    assert first_in("confirm", 8, 600)
    now += 601
    assert first_in("confirm", 7, 600)


def test_with_a_shared_cache_the_counters_stay_out_of_the_database(monkeypatch):
    from portal import ratelimit

    monkeypatch.setattr(ratelimit, "cache_is_shared", lambda: True)
    assert hit("test", "c", "1/hour").allowed  # no database access allowed in this test
    assert not hit("test", "c", "1/hour").allowed
    assert first_in("t", 1, 60) and not first_in("t", 1, 60)


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_are_all_counted():
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    from portal.models import RateLimitCounter

    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL")

    def one(_):
        try:
            return hit("race", "x", "1000/hour").allowed
        finally:
            connection.close()

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(one, range(40)))
    assert RateLimitCounter.objects.get(scope_key="race:x").count == 40

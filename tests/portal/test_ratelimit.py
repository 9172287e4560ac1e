import pytest
from django.test import RequestFactory

from portal.ratelimit import client_ip, hit, parse_rate


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


def test_hit_counts_within_a_window():
    assert hit("test", "a", "2/hour").allowed
    assert hit("test", "a", "2/hour").allowed
    verdict = hit("test", "a", "2/hour")
    assert not verdict.allowed and 0 < verdict.retry_after <= 3600
    assert hit("test", "b", "2/hour").allowed
    assert hit("test", "a", "0/hour").allowed  # 0 switches the limit off

"""Benchmark: a calendar page and its iCalendar feed with 5 000 events.

    .venv/bin/python tests/benchmarks/calendar_bench.py [--events 5000] [--repeat 5]

Builds its own scratch database with Django's test-database machinery, so it never touches the
database DATABASE_URL names: a SQLite file at /tmp/calendar_bench.sqlite3 by default, or
test_<name> on the PostgreSQL server of DATABASE_URL=postgres://... Both are dropped at the end.
Prints, for each URL, the response size, the number of queries and the time to render it (the
best and the median of --repeat runs, after one warm-up request). Not collected by pytest.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/calendar_bench_unused.sqlite3")
SQLITE_FILE = "/tmp/calendar_bench.sqlite3"

URLS = [
    "/en/bench/",
    "/en/bench/?page=120",
    "/en/bench/past/",
    "/en/bench/?country=CH&category=c1&year=2027",
    "/en/bench/calendar.ics",
    "/en/bench/calendar.ics?country=CH",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the scratch database afterwards, and reuse it if it is there (for profiling)",
    )
    parser.add_argument(
        "--slowest", type=int, default=0, help="also print each URL's N slowest queries"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = SQLITE_FILE

    print(f"Creating a scratch {connection.vendor} database and migrating it...", flush=True)
    old_name = connection.creation.create_test_db(
        verbosity=0, autoclobber=True, serialize=False, keepdb=args.keep
    )
    try:
        from events.models import EventPage

        existing = EventPage.objects.filter(slug__startswith="meeting-").count()
        if existing != args.events:
            if existing:
                raise SystemExit(f"The kept database has {existing} events: delete it first.")
            build(args.events)
        measure(args.repeat, args.events, args.slowest)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=args.keep)


def build(count):
    from django.db import transaction
    from django.utils import timezone

    from events.models import EventCalendarPage, EventCategory, EventPage
    from home.setup import setup_portal
    from portal.models import Topic

    home = setup_portal()
    categories = [
        EventCategory.objects.create(slug=f"c{n}", name_en=f"Category {n}") for n in range(5)
    ]
    topics = [Topic.objects.create(slug=f"t{n}", name_en=f"Topic {n}") for n in range(5)]
    calendar = home.add_child(instance=EventCalendarPage(title="Bench", slug="bench"))
    countries = ["CH", "FR", "KE", "BR", "IN", "US", "JP", "SA"]
    zones = ["", "Europe/Zurich", "Asia/Tokyo", "America/Lima"]
    formats = ["in_person", "online", "hybrid"]
    now = timezone.now()
    started = time.perf_counter()
    with transaction.atomic():
        for n in range(count):
            start = date(2013, 1, 1) + timedelta(days=(n * 7) % 6000)
            precision = "month" if n % 10 == 0 else "year" if n % 97 == 0 else "day"
            calendar.add_child(
                instance=EventPage(
                    title=f"Meeting {n}",
                    slug=f"meeting-{n}",
                    intro="A meeting where the rules of the internet are discussed.",
                    start_date=start,
                    end_date=start + timedelta(days=n % 5) if n % 5 else None,
                    date_precision=precision,
                    dates_tbc=n % 13 == 0,
                    time_zone=zones[n % len(zones)],
                    event_format=formats[n % len(formats)],
                    city="Geneva" if n % 8 == 0 else "",
                    country=countries[n % len(countries)],
                    category=categories[n % len(categories)],
                    topics=[topics[n % len(topics)]],
                    last_published_at=now,
                )
            )
    elapsed = time.perf_counter() - started
    print(f"Built a calendar of {count} events in {elapsed:.1f} s.\n", flush=True)


def measure(repeat, count, slowest=0):
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # Planner statistics, as autovacuum keeps them on a real database: without them PostgreSQL
    # picks nested loops over the freshly bulk-loaded page tree (seconds instead of milliseconds).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    client = Client(HTTP_HOST="localhost")
    print(
        f"{'URL':<46} {'cache':<5} {'status':>6} {'bytes':>9} {'queries':>7} "
        f"{'best ms':>8} {'median':>8}"
    )
    for url in URLS:
        # Feeds are cached: time them rebuilt from scratch (cache emptied before each request)
        # and as subscribers mostly get them. Pages are not cached.
        modes = ("cold", "warm") if ".ics" in url else ("-",)
        for mode in modes:
            client.get(url)  # warm-up: templates, site root paths
            timings, queries = [], None
            for _ in range(repeat):
                if mode == "cold":
                    cache.clear()
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                queries = len(captured)
            print(
                f"{url:<46} {mode:<5} {response.status_code:>6} {len(response.content):>9} "
                f"{queries:>7} {min(timings):>8.1f} {statistics.median(timings):>8.1f}",
                flush=True,
            )
            for query in sorted(captured, key=lambda q: -float(q["time"]))[:slowest]:
                print(f"    {float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")
    print(f"\n{count} events; {repeat} runs per URL after one warm-up request.")


if __name__ == "__main__":
    main()

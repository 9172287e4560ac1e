"""A spike: as many mixed requests as this machine holds, through Varnish, for a bounded time.

The production topology (tests/benchmarks/stack.py: Varnish with docker/varnish/default.vcl in
front of gunicorn with docker/gunicorn.conf.py, PostgreSQL, Redis, DEBUG off) on a fresh copy of
the demo database. THREADS clients (one keep-alive connection each) send, for SECONDS at most
(120 at most) and REQUESTS at most, page views in seven languages, count.json polls and
signatures (tests/benchmarks/mixed.py, 70/25/5 by default). Then it reports throughput, latency
percentiles per kind, errors, and whether every accepted signature is counted exactly once:
the petition's rows in the database, its counter (the shards' sum) and count.json, once the
count cache has expired, must all say start + accepted.

Loopback only. Run it (from the repository root; needs PostgreSQL, Redis and varnishd):

    .venv/bin/python -m tests.benchmarks.spike_bench [--seconds 60] [--threads 64] \\
        [--requests 100000] [--weights 70 25 5]
"""

import argparse
import json
import sys
import time
import urllib.request

from tests.benchmarks import mixed, stack


def figures(database, url):
    key_sql = (
        "SELECT translation_key FROM wagtailcore_page WHERE url_path = "
        "'/home-en/wcit/tell-the-itu/'"
    )
    ((key,),) = stack.psql(key_sql, database)
    ((rows,),) = stack.psql(
        f"SELECT count(*) FROM campaigns_signature WHERE petition_key = '{key}' AND confirmed",
        database,
    )
    ((counter,),) = stack.psql(
        f"SELECT coalesce(sum(total), 0) FROM campaigns_signaturecounter "
        f"WHERE petition_key = '{key}'",
        database,
    )
    with urllib.request.urlopen(url + mixed.PETITION + "count.json", timeout=30) as response:
        shown = json.load(response)["count"]
    return rows, counter, shown


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--threads", type=int, default=64)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--weights", type=int, nargs=3, default=[70, 25, 5])
    args = parser.parse_args(argv)
    database = stack.fresh_copy("bench_spike")
    stack.flush_redis()
    web = cache = None
    try:
        web = stack.gunicorn(stack.environment(database))
        cache = stack.varnish(web.port)
        load = mixed.Load(cache.url, weights=args.weights)
        time.sleep(1.5)  # the form's minimum fill time
        start = figures(database, web.url)
        print(f"spike: {args.threads} clients, {args.seconds} s at most; start {start}; "
              f"{stack.load()}")  # fmt: skip
        print(f"{len(load.pages)} page addresses")
        elapsed = load.go(args.threads, args.requests, args.seconds)
        load.report(elapsed)
        time.sleep(3)  # count cache and count.json's max-age
        rows, counter, shown = figures(database, web.url)
        expected = start[0] + load.accepted
        exact = rows == counter == shown == expected
        verdict = "EXACT" if exact else "MISMATCH"
        print(f"accepted signatures {load.accepted}: rows {rows}, counter {counter}, count.json "
              f"{shown}, expected {expected}: {verdict}; {stack.load()}")  # fmt: skip
    finally:
        stack.stop(cache, web)
    return 0


if __name__ == "__main__":
    sys.exit(main())

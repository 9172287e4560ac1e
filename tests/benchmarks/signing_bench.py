"""Signing on PostgreSQL with 200 concurrent clients, and what a petition's size costs.

On a fresh copy of the demo database (tests/benchmarks/stack.py) it starts gunicorn with
docker/gunicorn.conf.py (DEBUG off, Redis, the production check's environment), then:

1. `size` rounds: bulk-loads the petition's existing confirmed signatures (1,000, then
   1,000,000: INSERT ... SELECT generate_series, then `reconcile` for the counter), and measures
   * signing: tests/benchmarks/petition_bench.py, -n SIGNATURES from -t CLIENTS threads
     (targets: >= 250 signatures/s, 0 errors, p99 < 1 s, final count exact);
   * reading the count: wrk on count.json for a few seconds;
2. prints each round and the ratio of the two rounds (target: within 20 %).

Run it (from the repository root; needs PostgreSQL, Redis and wrk, `make bench-packages`):

    .venv/bin/python -m tests.benchmarks.signing_bench [-n 4000] [-t 200] \\
        [--sizes 1000 1000000] [--workers 2] [--threads 8]
"""

import argparse
import sys

from tests.benchmarks import petition_bench, stack

PETITION = "/en/wcit/tell-the-itu/"


def bulk_load(database, size):
    """`size` confirmed signatures on the benchmark's petition, and its counter reconciled."""
    key_sql = (
        "SELECT p.translation_key FROM wagtailcore_page p JOIN wagtailcore_locale l "
        "ON l.id = p.locale_id WHERE p.url_path = '/home-en/wcit/tell-the-itu/'"
    )
    ((key,),) = stack.psql(key_sql, database)
    stack.psql(f"DELETE FROM campaigns_signature WHERE petition_key = '{key}'", database)
    stack.psql(
        "INSERT INTO campaigns_signature (petition_key, language, first_name, last_name, email,"
        " country, newsletter, confirmed, created_at) SELECT "
        f"'{key}', 'en', 'Existing', 'Signer ' || n, 'existing-' || n || '@example.org', 'FR',"
        f" false, true, now() FROM generate_series(1, {size}) AS n",
        database,
    )
    stack.psql("ANALYZE campaigns_signature", database)
    stack.manage("reconcile_counts", env=stack.environment(database))
    stack.flush_redis()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--signatures", type=int, default=4000)
    parser.add_argument("-t", "--clients", type=int, default=200)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 1_000_000])
    parser.add_argument("--workers", default="2", help="WEB_CONCURRENCY")
    parser.add_argument("--threads", default="8", help="GUNICORN_THREADS")
    parser.add_argument("--count-seconds", type=int, default=5)
    args = parser.parse_args(argv)
    database = stack.fresh_copy("bench_signing")
    rounds = {}
    for size in args.sizes:
        bulk_load(database, size)
        web = stack.gunicorn(
            stack.environment(database),
            WEB_CONCURRENCY=args.workers,
            GUNICORN_THREADS=args.threads,
        )
        try:
            print(f"--- {size:,} existing signatures; {stack.load()}")
            petition_bench.main(
                ["--base-url", web.url, "--petition", PETITION, "-n", str(args.signatures),
                 "-t", str(args.clients), "--min-fill", "1.5"]
            )  # fmt: skip
            summary = dict(petition_bench.main.summary)
            reading = stack.wrk(web.url + PETITION + "count.json", args.count_seconds)
            summary["count_rps"] = reading["rps"]
            print(f"count.json: {reading['rps']:.0f} r/s, p99 {reading['p99']:.0f} ms")
            rounds[size] = summary
        finally:
            stack.stop(web)
    print(f"--- summary (gunicorn {args.workers} workers x {args.threads} threads, "
          f"{args.clients} clients); {stack.load()}")  # fmt: skip
    for size, summary in rounds.items():
        print(
            f"{size:>9,} existing: {summary['rate']:6.1f} signatures/s, errors "
            f"{summary['errors']}, p99 {summary['p99_ms']:.0f} ms, count exact "
            f"{summary['exact']}; count.json {summary['count_rps']:.0f} r/s"
        )
    if len(rounds) >= 2:
        small, large = rounds[min(rounds)], rounds[max(rounds)]
        print(
            f"largest / smallest: signing {large['rate'] / small['rate']:.2f}x, count.json "
            f"{large['count_rps'] / small['count_rps']:.2f}x (target: 0.8 to 1.2)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cached pages and count.json against their yardsticks, side by side in one run.

Starts, on a fresh copy of the demo database (tests/benchmarks/stack.py):
  * the portal under gunicorn (docker/gunicorn.conf.py, DEBUG off, Redis, app cache on) with
    Varnish (docker/varnish/default.vcl) in front;
  * nginx serving the same home-page HTML from a file on disk;
  * tests/benchmarks/minimal_wsgi.py, a one-view Django app returning those same bytes, under
    the same gunicorn configuration;
then runs wrk (-t2 -c8, as in issue 13) against each and prints requests per second and
latency, and three ratios (targets >= 0.5):
  Varnish / nginx; gunicorn's app cache / minimal view; count.json / minimal view.

Run it (from the repository root; needs PostgreSQL, Redis, varnishd and `make bench-packages`
for wrk and nginx):

    .venv/bin/python -m tests.benchmarks.cached_bench [--seconds 10] [--page /en/]
"""

import argparse
import sys
import urllib.request

from tests.benchmarks import stack


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read(), dict(response.headers)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--page", default="/en/")
    parser.add_argument("--petition", default="/en/wcit/tell-the-itu/")
    args = parser.parse_args(argv)
    database = stack.fresh_copy("bench_cached")
    stack.flush_redis()
    web = cache = files = minimal = None
    try:
        web = stack.gunicorn(stack.environment(database))
        cache = stack.varnish(web.port)
        body, _headers = fetch(cache.url + args.page)
        fetch(web.url + args.page)  # fills the app cache
        root = stack.LOGS / "html"
        (root / args.page.strip("/")).mkdir(parents=True, exist_ok=True)
        (root / args.page.strip("/") / "index.html").write_bytes(body)
        (stack.LOGS / "body.html").write_bytes(body)
        files = stack.nginx(root, probe=args.page)
        minimal = stack.gunicorn(
            {**stack.environment(database), "BENCH_BODY_FILE": str(stack.LOGS / "body.html")},
            app="tests.benchmarks.minimal_wsgi:application",
            name="minimal",
        )
        count = args.petition + "count.json"
        runs = {
            "Varnish, cached page": (cache, args.page),
            "nginx, same file": (files, args.page),
            "gunicorn app cache": (web, args.page),
            "minimal Django view": (minimal, "/"),
            "gunicorn count.json": (web, count),
        }
        print(f"{len(body)} bytes, wrk -t2 -c{args.connections} {args.seconds}s; {stack.load()}")
        results = {}
        for name, (server, path) in runs.items():
            stack.wrk(server.url + path, seconds=1, connections=2, threads=1)  # warm up
            results[name] = result = stack.wrk(server.url + path, args.seconds, args.connections)
            print(
                f"{name:24} {result['rps']:9.0f} r/s  p50 {result['p50']:6.1f} ms  "
                f"p99 {result['p99']:6.1f} ms  errors {result['errors']}"
            )
        for mine, yardstick in (
            ("Varnish, cached page", "nginx, same file"),
            ("gunicorn app cache", "minimal Django view"),
            ("gunicorn count.json", "minimal Django view"),
        ):
            ratio = results[mine]["rps"] / results[yardstick]["rps"]
            print(f"{mine} / {yardstick}: {ratio:.2f}x (target >= 0.5)")
        print(stack.load())
    finally:
        stack.stop(minimal, files, cache, web)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Petition signing benchmark: N concurrent signatures against a running server, then an exact
count check. A script, not a test (pytest does not collect it).

What it does
    1. GETs the petition page once and reads its form: the action URL and the form stamp (the
       same stamp serves every signature: it is not per visitor, which is the point);
    2. waits out the minimum fill time (PETITION_MIN_FILL_SECONDS, 3 s by default);
    3. reads the count from `<petition url>count.json`;
    4. POSTs N signatures with distinct example.org addresses from T threads (one keep-alive
       connection each), expecting "303 See Other" for each;
    5. prints signatures per second and latency percentiles;
    6. polls count.json until it says start + N (the count is cached a few seconds), and fails
       if it says anything else once the caches have expired.

Loopback only, with bounded N, threads and time: it is a benchmark, not a load-testing tool.

Running it on PostgreSQL
    createdb (once):  psql -h 127.0.0.1 -U postgres -c 'create database bench_petitions'
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_petitions
    export PETITION_RATE_LIMIT=1000000/hour     # every request comes from 127.0.0.1
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo
    .venv/bin/gunicorn portal.wsgi -b 127.0.0.1:8000 -w 4 --threads 8   # or: manage.py runserver
    .venv/bin/python tests/benchmarks/petition_bench.py -n 1000 -t 32 \\
        --petition /en/wcit/tell-the-itu/

The server needs campaigns.urls in its URLconf (count.json and the csrf-exempt sign endpoint)
and a rate limit above N (PETITION_RATE_LIMIT, read by portal/settings.py).
"""

import argparse
import html
import http.client
import json
import re
import statistics
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode, urljoin, urlsplit

MAX_SIGNATURES = 20_000
MAX_THREADS = 256
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="server (loopback)")
    parser.add_argument(
        "--petition", default="/en/wcit/tell-the-itu/", help="petition path on that server"
    )
    parser.add_argument("-n", "--signatures", type=int, default=500, help="how many to send")
    parser.add_argument("-t", "--threads", type=int, default=16, help="concurrent senders")
    parser.add_argument("--timeout", type=float, default=300, help="give up after (seconds)")
    parser.add_argument("--min-fill", type=float, default=3.5, help="seconds to wait first")
    parser.add_argument(
        "--settle", type=float, default=30, help="seconds to wait for count.json to catch up"
    )
    args = parser.parse_args(argv)
    host = urlsplit(args.base_url).hostname or ""
    if host not in LOOPBACK and f"[{host}]" not in LOOPBACK:
        parser.error("this benchmark only talks to a server on the loopback interface")
    if not 1 <= args.signatures <= MAX_SIGNATURES:
        parser.error(f"--signatures must be between 1 and {MAX_SIGNATURES}")
    if not 1 <= args.threads <= MAX_THREADS:
        parser.error(f"--threads must be between 1 and {MAX_THREADS}")
    return args


class Connections(threading.local):
    """One keep-alive HTTP connection per thread."""

    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80

    def get(self):
        if getattr(self, "connection", None) is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        return self.connection

    def request(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            connection = self.get()
            try:
                connection.request(method, path, body=body, headers=headers or {})
                response = connection.getresponse()
                data = response.read()
                return response.status, response, data
            except (http.client.HTTPException, OSError):
                connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def read_form(connections, petition_path):
    status, _response, body = connections.request("GET", petition_path)
    if status != 200:
        sys.exit(f"GET {petition_path} answered {status}")
    page = body.decode()
    action = re.search(r'<form class="petition-form"[^>]*action="([^"]+)"', page)
    stamp = re.search(r'name="stamp" value="([^"]+)"', page)
    country = re.search(r'<select name="country"', page)
    if not action or not stamp:
        sys.exit("No open petition form on that page (is the petition closed?)")
    return html.unescape(action.group(1)), html.unescape(stamp.group(1)), bool(country)


def read_count(connections, count_path):
    status, _response, body = connections.request("GET", count_path)
    if status != 200:
        sys.exit(f"GET {count_path} answered {status}: is campaigns.urls in the URLconf?")
    return json.loads(body)["count"]


def main(argv=None):
    args = parse_args(argv)
    connections = Connections(args.base_url)
    petition = args.petition if args.petition.endswith("/") else args.petition + "/"
    count_path = petition + "count.json"
    action, stamp, has_country = read_form(connections, petition)
    action_path = urlsplit(urljoin(args.base_url, action)).path
    time.sleep(args.min_fill)
    start = read_count(connections, count_path)
    run = uuid.uuid4().hex[:8]
    print(f"{args.signatures} signatures, {args.threads} threads, start count {start}")

    def sign(number):
        data = {
            "first_name": "Bench",
            "last_name": f"Mark {number}",
            "email": f"bench-{run}-{number}@example.org",
            "consent": "on",
            "website": "",
            "stamp": stamp,
        }
        if has_country:
            data["country"] = "FR"
        began = time.perf_counter()
        status, _response, _body = connections.request(
            "POST",
            action_path,
            body=urlencode(data),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        return status, time.perf_counter() - began

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.threads) as pool:
        futures = [pool.submit(sign, number) for number in range(args.signatures)]
        results = [future.result(timeout=args.timeout) for future in futures]
    elapsed = time.perf_counter() - began

    statuses = {}
    for status, _latency in results:
        statuses[status] = statuses.get(status, 0) + 1
    latencies = sorted(latency for _status, latency in results)
    ok = statuses.get(303, 0)
    print(f"answers: {dict(sorted(statuses.items()))}")
    print(
        f"{ok / elapsed:.1f} signatures/s over {elapsed:.2f} s; latency median "
        f"{statistics.median(latencies) * 1000:.0f} ms, p95 "
        f"{latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f} ms, p99 "
        f"{latencies[int(len(latencies) * 0.99) - 1] * 1000:.0f} ms, max "
        f"{latencies[-1] * 1000:.0f} ms"
    )
    if statuses.get(429):
        print("Rate limited: start the server with PETITION_RATE_LIMIT above -n.")

    expected = start + ok
    deadline = time.monotonic() + args.settle
    final = read_count(connections, count_path)
    while final != expected and time.monotonic() < deadline:
        time.sleep(1)
        final = read_count(connections, count_path)
    verdict = "OK" if final == expected and ok == args.signatures else "MISMATCH"
    print(f"count.json: start {start} + {ok} accepted = {expected}; final {final}: {verdict}")
    main.summary = {
        "rate": ok / elapsed,
        "errors": args.signatures - ok,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "exact": final == expected,
        "start": start,
        "final": final,
    }
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())

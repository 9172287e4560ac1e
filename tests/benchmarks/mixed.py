"""A mixed load for memory_bench.py and spike_bench.py: page views in several languages,
count.json polls and signatures, from threads with one keep-alive connection each. Loopback
only, bounded in requests and seconds. Not a benchmark itself."""

import http.client
import random
import threading
import time
import uuid
from urllib.parse import urlencode, urlsplit

from tests.benchmarks import petition_bench

PETITION = "/en/wcit/tell-the-itu/"
PAGES = [
    "/{}/",
    "/{}/about/",
    "/{}/events/",
    "/{}/wcit/",
    "/{}/wcit/tell-the-itu/",
    "/{}/wcit/write-to-your-government/",
    "/{}/wcit/resources/",
    "/{}/analysis/",
    "/{}/analysis/dubai-treaty-good-bad-ugly/",
]
LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "pt"]
MAX_REQUESTS = 200_000
MAX_SECONDS = 120


class Load:
    """Sends `requests` requests at most, for `seconds` at most, from `threads` threads;
    `weights` are the shares of page views, count.json polls and signatures."""

    def __init__(self, base_url, weights=(70, 25, 5), on_request=None):
        host = urlsplit(base_url).hostname
        if host not in petition_bench.LOOPBACK:
            raise SystemExit("loopback only")
        self.base_url, self.weights, self.on_request = base_url, weights, on_request
        self.lock = threading.Lock()
        self.sent = 0
        self.latencies = {"page": [], "count": [], "sign": []}
        self.statuses = {}
        self.accepted = 0
        self.run = uuid.uuid4().hex[:8]
        connections = petition_bench.Connections(base_url)
        action, self.stamp, self.country = petition_bench.read_form(connections, PETITION)
        self.action = urlsplit(action).path
        self.pages = self.resolve(connections)

    @staticmethod
    def resolve(connections):
        """Every page in every language, as its final address (a language may redirect)."""
        found = []
        for pattern in PAGES:
            for language in LANGUAGES:
                path = pattern.format(language)
                status, response, _body = connections.request("GET", path)
                if status in (301, 302) and response.getheader("Location", "").startswith("/"):
                    path = response.getheader("Location")
                    status = connections.request("GET", path)[0]
                if status == 200:
                    found.append(path)
        return found

    def one(self, connections, kind, number):
        if kind == "page":
            path = random.choice(self.pages)
            return connections.request("GET", path)[0]
        if kind == "count":
            return connections.request("GET", PETITION + "count.json")[0]
        data = {"first_name": "Spike", "last_name": f"Load {number}", "consent": "on",
                "email": f"spike-{self.run}-{number}@example.org", "website": "",
                "stamp": self.stamp}  # fmt: skip
        if self.country:
            data["country"] = "FR"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return connections.request("POST", self.action, urlencode(data), headers)[0]

    def worker(self, connections, deadline, limit):
        while time.monotonic() < deadline:
            with self.lock:
                if self.sent >= limit:
                    return
                self.sent += 1
                number = self.sent
            kind = random.choices(["page", "count", "sign"], self.weights)[0]
            began = time.perf_counter()
            try:
                status = self.one(connections, kind, number)
            except (OSError, http.client.HTTPException):
                status = "connection error"
            latency = time.perf_counter() - began
            good = status == 303 if kind == "sign" else status == 200
            with self.lock:
                self.latencies[kind].append(latency)
                self.statuses[(kind, status)] = self.statuses.get((kind, status), 0) + 1
                if kind == "sign" and good:
                    self.accepted += 1
            if self.on_request is not None:
                self.on_request(number)

    def go(self, threads, requests, seconds):
        requests, seconds = min(requests, MAX_REQUESTS), min(seconds, MAX_SECONDS)
        connections = petition_bench.Connections(self.base_url)
        deadline = time.monotonic() + seconds
        pool = [
            threading.Thread(target=self.worker, args=(connections, deadline, requests))
            for _ in range(threads)
        ]
        began = time.perf_counter()
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        return time.perf_counter() - began

    def errors(self):
        return sum(
            n
            for (kind, status), n in self.statuses.items()
            if status != (303 if kind == "sign" else 200)
        )

    def report(self, elapsed):
        total = sum(len(values) for values in self.latencies.values())
        answers = dict(sorted(self.statuses.items(), key=str))
        print(f"{total} requests in {elapsed:.1f} s: {total / elapsed:.0f} requests/s; "
              f"errors {self.errors()}; answers {answers}")  # fmt: skip
        for kind, values in self.latencies.items():
            if not values:
                continue
            values = sorted(values)

            def pct(p, values=values):
                return values[min(len(values) - 1, int(len(values) * p))] * 1000

            rate = len(values) / elapsed
            print(f"  {kind:5} {len(values):7} ({rate:6.1f}/s)  p50 {pct(0.5):6.0f} ms  "
                  f"p95 {pct(0.95):6.0f} ms  p99 {pct(0.99):6.0f} ms")  # fmt: skip

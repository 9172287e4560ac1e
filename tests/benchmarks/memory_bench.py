"""A worker's memory after 10,000 mixed requests: no growth after warm-up.

Starts gunicorn (docker/gunicorn.conf.py, DEBUG off, Redis, app cache on) with one worker and
worker recycling off (GUNICORN_CMD_ARGS="--max-requests 0", so the same process answers every
request) on a fresh copy of the demo database, sends REQUESTS mixed requests
(tests/benchmarks/mixed.py: page views in seven languages, count.json polls, signatures) and
samples the worker's resident memory (VmRSS) every 1,000. Growth is the last sample minus the
sample after warm-up (the first WARMUP requests); target: no growth beyond noise (a few MB).

Run it (from the repository root; needs PostgreSQL and Redis):

    .venv/bin/python -m tests.benchmarks.memory_bench [--requests 10000] [--warmup 2000]
"""

import argparse
import sys

from tests.benchmarks import mixed, stack


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    database = stack.fresh_copy("bench_memory")
    stack.flush_redis()
    web = stack.gunicorn(
        stack.environment(database), WEB_CONCURRENCY="1", GUNICORN_CMD_ARGS="--max-requests 0"
    )
    try:
        (worker,) = [pid for pid in stack.tree(web.popen.pid) if pid != web.popen.pid]
        samples = [(0, stack.rss_mb(worker))]

        def sample(number):
            if number % 1000 == 0:
                samples.append((number, stack.rss_mb(worker)))

        load = mixed.Load(web.url, on_request=sample)
        elapsed = load.go(args.threads, args.requests, seconds=mixed.MAX_SECONDS * 10)
        load.report(elapsed)
        samples.append((args.requests, stack.rss_mb(worker)))
        print(f"worker {worker} RSS (MB) every 1,000 requests; {stack.load()}")
        print("  " + "  ".join(f"{n}:{mb:.1f}" for n, mb in samples))
        after_warmup = min((s for s in samples if s[0] >= args.warmup), key=lambda s: s[0])
        growth = samples[-1][1] - after_warmup[1]
        print(f"growth after warm-up ({after_warmup[0]} requests): {growth:+.1f} MB")
    finally:
        stack.stop(web)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Uncached renders per page type: this checkout against a baseline checkout, side by side.

Both run under gunicorn (docker/gunicorn.conf.py, DEBUG off, Redis, no Varnish) with the
application page cache off (PAGE_APP_CACHE=false; the baseline predates it), against one copy of
the demo database, so both render the same rows. For each page type wrk runs against one, then
the other, alternately (the machine's other load hits both alike). The ratio is the baseline's
gunicorn CPU time per request over this checkout's (target >= 2): on a shared machine it moves far
less than requests per second, which are printed too, with their own ratio.

Run it (from the repository root; needs PostgreSQL, Redis and wrk: `make bench-packages`):

    git worktree add /tmp/main-baseline 09cb8d4      # main before the issue-13 work
    (cd /tmp/main-baseline && SECRET_KEY=x ../../work/main/.venv/bin/python manage.py \\
        compile_translations)
    .venv/bin/python -m tests.benchmarks.render_bench --baseline /tmp/main-baseline

The first run loads the demo into the template database `bench_demo` (tests/benchmarks/stack.py).
"""

import argparse
import sys

from tests.benchmarks import stack

PAGES = {
    "home": "/en/",
    "standard": "/en/about/",
    "calendar": "/en/events/",
    "event": "/en/events/itu-plenipotentiary-conference-pp-26-2026-11-09/",
    "campaign": "/en/wcit/",
    "action": "/en/wcit/write-to-your-government/",
    "petition": "/en/wcit/tell-the-itu/",
    "library": "/en/wcit/resources/",
    "resource": "/en/wcit/resources/itu-national-contact-points/",
    "brief index": "/en/analysis/",
    "brief (map)": "/en/analysis/dubai-treaty-good-bad-ugly/",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="checkout to compare with")
    parser.add_argument("--seconds", type=int, default=5, help="wrk time per page and side")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--language", default="en", help="language prefix of the pages")
    parser.add_argument("--only", nargs="*", help="page types to run (default: all)")
    args = parser.parse_args(argv)
    database = stack.fresh_copy("bench_render")
    stack.flush_redis()
    env = stack.environment(database, PAGE_APP_CACHE="false")
    ours = base = None
    try:
        ours = stack.gunicorn(env, name="ours")
        base = stack.gunicorn(env, cwd=args.baseline, name="baseline")
        print(f"uncached renders, wrk -c{args.connections} {args.seconds}s each; {stack.load()}")
        print(
            f"{'page':14} {'ours r/s':>9} {'base r/s':>9} {'ours cpu':>9} {'base cpu':>9} "
            f"{'ratio':>6} {'r/s ratio':>9}"
        )
        ratios = []
        for name, path in PAGES.items():
            if args.only and name not in args.only:
                continue
            path = path.replace("/en/", f"/{args.language}/", 1)
            for server in (ours, base):  # warm up: templates, per-process memos
                stack.wrk(server.url + path, seconds=1, connections=2, threads=1)
            mine = stack.measured(ours, ours.url + path, args.seconds, args.connections)
            theirs = stack.measured(base, base.url + path, args.seconds, args.connections)
            ratio = theirs["cpu_ms"] / mine["cpu_ms"]
            ratios.append(ratio)
            errors = mine["errors"] + theirs["errors"]
            print(
                f"{name:14} {mine['rps']:9.1f} {theirs['rps']:9.1f} {mine['cpu_ms']:7.1f}ms "
                f"{theirs['cpu_ms']:7.1f}ms {ratio:5.2f}x {mine['rps'] / theirs['rps']:8.2f}x"
                + (f"  ERRORS {errors}" if errors else "")
            )
        print(f"lowest CPU ratio {min(ratios):.2f}x (target >= 2); {stack.load()}")
    finally:
        stack.stop(ours, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the benchmarks share: the production topology of tests/production/conftest.py (gunicorn
with docker/gunicorn.conf.py, Varnish with docker/varnish/default.vcl, PostgreSQL, Redis, DEBUG
off), started from any checkout, plus nginx and wrk. Not a benchmark itself.

The demo content is loaded once into a template database (BENCH_DEMO_DATABASE, default
`bench_demo`: migrate + load_demo, about 3 minutes); each benchmark copies it with
`CREATE DATABASE ... TEMPLATE`, which takes a second, so every run starts from the same rows.

Needs PostgreSQL on 127.0.0.1:5432 (BENCH_POSTGRES), Redis (BENCH_REDIS), and for some scripts
varnishd, nginx and wrk: `make bench-packages` installs the last two.
"""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.production.conftest import Process, wait_for

REPO = Path(__file__).resolve().parents[2]
PG = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/13")
DEMO = os.environ.get("BENCH_DEMO_DATABASE", "bench_demo")
BIN = Path(sys.executable).parent
LOGS = Path(tempfile.mkdtemp(prefix="bench-"))
LOGS.chmod(0o755)  # varnishd and nginx's workers read their files as unprivileged users


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database, **extra):
    """The production check's environment (tests/production/conftest.py), for one database."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": "http://127.0.0.1",
        "DATABASE_URL": f"{PG}/{database}",
        "REDIS_URL": REDIS,
        "TASKS_BACKEND": "database",
        "EMAIL_URL": "console://",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_LOG_LEVEL": "warning",
        "CAMPAIGNS_TRUSTED_PROXIES": "1",
        "PETITION_MIN_FILL_SECONDS": "1",
        "PETITION_RATE_LIMIT": "100000000/hour",
        "WEB_CONCURRENCY": "2",
        **extra,
    }


def psql(sql, database="postgres"):
    import psycopg

    with psycopg.connect(f"{PG}/{database}", autocommit=True) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else None


def manage(*args, cwd=REPO, env=None):
    subprocess.run([sys.executable, "manage.py", *args], cwd=cwd, check=True, env=env)


def demo_database():
    """The template database with the demo content, made once."""
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{DEMO}'"):
        return DEMO
    psql(f'CREATE DATABASE "{DEMO}"')
    env = environment(DEMO, TASKS_BACKEND="immediate")
    manage("migrate", "--noinput", "-v0", env=env)
    manage("load_demo", env=env)
    return DEMO


def fresh_copy(name):
    """A new database `name` holding exactly the demo content."""
    template = demo_database()
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def flush_redis():
    subprocess.run(["redis-cli", "-u", REDIS, "flushdb"], check=True, capture_output=True)


class Checkout(Process):
    """A Process run from another checkout (the baseline's git worktree)."""

    def __init__(self, name, command, cwd, env):
        super().__init__(name, command, LOGS)
        self.cwd, self.env = Path(cwd), env

    def start(self):
        self.starts += 1
        log = open(self.log_dir / f"{self.name}.{self.starts}.log", "wb")  # noqa: SIM115
        self.popen = subprocess.Popen(
            self.command, cwd=self.cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )


def started(process, url):
    """Start `process` and wait until `url` answers 200; stop it if it never does."""
    process.start()
    try:
        wait_for(url, timeout=120)
    except BaseException:
        process.stop()
        raise


def gunicorn(env, cwd=REPO, app="portal.wsgi", name="web", **settings):
    """gunicorn with docker/gunicorn.conf.py (of `cwd`), started and answering."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", **settings}
    command = [str(BIN / "gunicorn"), "--config", "docker/gunicorn.conf.py", app]
    process = Checkout(name, command, cwd, env)
    process.url = f"http://127.0.0.1:{port}"
    process.port = port
    started(process, f"{process.url}/healthz" if app == "portal.wsgi" else process.url + "/")
    return process


def varnish(backend_port):
    port = free_port()
    vcl_dir = LOGS / f"vcl-{port}"
    vcl_dir.mkdir()
    (vcl_dir / "backend.vcl").write_text(
        f'backend web {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
    )
    shutil.copy(REPO / "docker" / "varnish" / "default.vcl", vcl_dir / "default.vcl")
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    process = Checkout(
        "varnish",
        [varnishd, "-F", "-n", str(LOGS / f"varnish-{port}"), "-a", f"127.0.0.1:{port}",
         "-p", f"vcl_path={vcl_dir}", "-f", str(vcl_dir / "default.vcl"), "-s", "malloc,128m"],
        REPO,
        dict(os.environ),
    )  # fmt: skip
    process.url = f"http://127.0.0.1:{port}"
    started(process, f"{process.url}/healthz")
    return process


def nginx(root, probe="/"):
    """nginx serving the files under `root` (one worker per core, as Debian configures it)."""
    port = free_port()
    conf = LOGS / f"nginx-{port}.conf"
    conf.write_text(
        f"""daemon off; worker_processes auto; pid {LOGS}/nginx-{port}.pid;
error_log {LOGS}/nginx-{port}.error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; default_type text/html; sendfile on; keepalive_requests 100000;
  client_body_temp_path {LOGS}; proxy_temp_path {LOGS}; fastcgi_temp_path {LOGS};
  uwsgi_temp_path {LOGS}; scgi_temp_path {LOGS};
  server {{ listen 127.0.0.1:{port}; root {root}; index index.html; }} }}
"""
    )
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    process = Checkout("nginx", [nginx_bin, "-c", str(conf), "-e", str(LOGS / "nginx.log")],
                       REPO, dict(os.environ))  # fmt: skip
    process.url = f"http://127.0.0.1:{port}"
    started(process, process.url + probe)
    return process


def wrk(url, seconds=10, connections=8, threads=2, script=None):
    """wrk's requests per second, latency percentiles (ms) and error count for `url`."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "20s"]
    command += ["--latency", url]
    if script:
        command[1:1] = ["-s", str(script)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
    }
    for percent in ("50", "99"):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", out).groups()
        result[f"p{percent}"] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    result["errors"] = int(errors.group(1)) if errors else 0
    if socket_errors:
        result["errors"] += sum(int(n) for n in socket_errors.groups())
    return result


def tree(pid):
    """`pid` and its children (gunicorn's master and workers)."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        pids += [int(child) for child in children]
    return pids


def cpu_seconds(process):
    """CPU time (user + system) used so far by a process and its live children, from /proc:
    less sensitive than wall-clock rates to what else runs on the machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in tree(process.popen.pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measured(process, url, seconds=10, connections=8, threads=2, script=None):
    """wrk against `url`, plus the server's CPU milliseconds per request."""
    before = cpu_seconds(process)
    result = wrk(url, seconds, connections, threads, script)
    result["cpu_ms"] = (cpu_seconds(process) - before) * 1000 / max(result["requests"], 1)
    return result


def load():
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def stop(*processes):
    for process in processes:
        if process is not None:
            process.stop()

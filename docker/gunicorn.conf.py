"""gunicorn settings for the portal, from the environment (docker/compose.yaml and CI use them).

gunicorn --config docker/gunicorn.conf.py portal.wsgi
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Sync workers plus threads: pages are short and the database is the wait, not the CPU.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so that a slow leak never grows into an outage.
max_requests = 2000
max_requests_jitter = 200
# Varnish (or the CDN) in front sets X-Forwarded-*; Django decides how many hops to trust
# (CAMPAIGNS_TRUSTED_PROXIES), gunicorn only needs to accept them from the proxy.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Preload the application: workers fork from a process that imported everything once.
preload_app = True

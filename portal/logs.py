"""Logs a production operator can search: one JSON object per line, each with the request id.

`LOG_FORMAT=json` (production) writes JSON to stdout; the default is plain text for `make run`.
The request id comes from the front cache (`X-Request-ID`, set by docker/varnish/default.vcl)
when it looks like one, or is made here; it is sent back in the response's `X-Request-ID` so a
reader's report, the cache's log and the application's log meet on one value.
"""

import contextvars
import json
import logging
import re
import uuid
from datetime import UTC, datetime

REQUEST_ID_HEADER = "X-Request-ID"
# What we accept from upstream: short, printable, no spaces (never a way to forge log lines).
ACCEPTED_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(REQUEST_ID_HEADER, "")
        value = given if ACCEPTED_ID.match(given) else uuid.uuid4().hex
        request.request_id = value
        token = request_id.set(value)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response[REQUEST_ID_HEADER] = value
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


class JSONFormatter(logging.Formatter):
    """One line of JSON per record: time, level, logger, message, request id, exception."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)

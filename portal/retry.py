"""Tasks that talk to a mail relay try again later instead of losing their work.

A relay that is down, refuses the connection or times out is a passing state: the task that
met it schedules itself again (after MAIL_RETRY_SECONDS, doubling each time, at most
MAIL_RETRY_ATTEMPTS runs) and re-raises, so the failed run stays visible in the task results.
The tasks are idempotent (a confirmation link that was used, a letter that left, is not sent
again), so a retry never sends twice. With the immediate backend (`make run`) there is no queue to
come back to: the error is logged, as before.
"""

import functools
import logging
import smtplib
import sys
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)

# What a mail relay that is down or overloaded raises; a message the relay refuses for good
# (a malformed address) is an SMTPRecipientsRefused, which is permanent: not retried.
TRANSIENT_MAIL_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPDataError,
    smtplib.SMTPSenderRefused,
    ConnectionError,
    TimeoutError,
)


def is_transient(error):
    """A transient mail error, or an error raised because of one (`raise ... from error`)."""
    while error is not None:
        if isinstance(error, TRANSIENT_MAIL_ERRORS):
            return True
        error = error.__cause__
    return False


def retry_delay(attempt):
    return timedelta(seconds=settings.MAIL_RETRY_SECONDS * 2**attempt)


def retries_mail(func):
    """Decorate a task function (under `@task()`) so that a transient mail error reschedules it.

    The task gets a keyword argument `attempt` (0 for the first run).
    """

    @functools.wraps(func)
    def run(*args, attempt=0, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as error:
            if is_transient(error):
                schedule_retry(func, args, kwargs, attempt, error)
            raise

    return run


def schedule_retry(func, args, kwargs, attempt, error):
    task_ = getattr(sys.modules[func.__module__], func.__name__)
    backend = task_.get_backend()
    if not backend.supports_defer:
        logger.warning("%s: mail relay error (%s), no queue to retry from", task_.name, error)
        return
    if attempt + 1 >= settings.MAIL_RETRY_ATTEMPTS:
        logger.error("%s%r: giving up after %d attempts: %s", task_.name, args, attempt + 1, error)
        return
    delay = retry_delay(attempt)
    task_.using(run_after=timezone.now() + delay).enqueue(*args, attempt=attempt + 1, **kwargs)
    logger.warning(
        "%s: mail relay error (%s), attempt %d, next in %ss",
        task_.name,
        error,
        attempt + 1,
        int(delay.total_seconds()),
    )

"""The path of a signature, in one place: form → validation → dedupe → store → count → cache.

PetitionPage's routes call `sign()` and `confirm()` and turn their outcome into a response;
templates, the API, count.json and the home page read counts through `signature_count(s)`.
Nothing else writes signatures (apart from the erase and purge management commands).

Counting, and why this way
--------------------------
The count is a COUNT(*) over the petition's confirmed signatures (an index covers it), cached
for PETITION_COUNT_CACHE_SECONDS (5 s by default) and recomputed by every successful signature.

* It cannot drift: the rows are the truth. A counter row updated with F() would have to be kept
  in step by the erase and purge commands, by confirmation, and by anyone deleting rows by hand,
  and it makes every signer of a popular petition queue on the same row lock.
* "One person, one signature" is enforced by the database, not by a read-then-write: a unique
  constraint on (petition_key, normalised email), and an INSERT in a savepoint whose
  IntegrityError means "already signed" (the ON CONFLICT DO NOTHING outcome, with the
  knowledge of which case happened). 50 concurrent signers give exactly 50 rows.
* The cost of COUNT(*) is paid at most once per petition every few seconds by readers (the
  cache), and once per signature by the signer (the refresh), which keeps count.json and pages
  cheap under load. What a reader sees may lag the database by the cache lifetime; the
  database count is exact at all times.
"""

import enum
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation
from wagtail.models import Page

from home.newsletter.services import subscribe
from portal import ratelimit
from portal.emails import canonical_email
from portal.mail import new_token

from . import confirmation
from .forms import PetitionForm
from .models import Signature

logger = logging.getLogger(__name__)

# A person who lost the confirmation email can sign again to get a new one, at most this often.
CONFIRMATION_RESEND_SECONDS = 600


def count_cache_seconds():
    return settings.PETITION_COUNT_CACHE_SECONDS


def rate_limit():
    return settings.PETITION_RATE_LIMIT


class Outcome(enum.Enum):
    SIGNED = "signed"  # a new signature was stored
    ALREADY_SIGNED = "already_signed"  # this email had signed this petition, in any language
    TRAPPED = "trapped"  # the honeypot was filled: nothing stored, thanked like everyone
    INVALID = "invalid"  # the form has errors: shown again with the person's data
    CLOSED = "closed"  # past the end date or campaign not active: nothing stored
    RATE_LIMITED = "rate_limited"  # too many attempts from this address


@dataclass(frozen=True)
class SignResult:
    outcome: Outcome
    form: PetitionForm | None = None
    retry_after: int = 0

    @property
    def thanked(self):
        """Outcomes that lead to the (identical) thank-you page.

        A new signature, an email that had already signed, and a robot caught by the honeypot
        all see the same page: someone who merely knows an address learns nothing about whether
        its owner signed, and a robot learns nothing about the trap.
        """
        return self.outcome in {Outcome.SIGNED, Outcome.ALREADY_SIGNED, Outcome.TRAPPED}


def sign(petition, request):
    """Take a POSTed signature for `petition` (any language version of it).

    The rules (end date, campaign status, country field, confirmation) are the source
    petition's, whatever a translator did to their language's copy: `petition.rules`.
    """
    if petition.is_closed:
        return SignResult(Outcome.CLOSED)
    verdict = ratelimit.hit("petition", ratelimit.client_ip(request), rate_limit())
    if not verdict.allowed:
        return SignResult(Outcome.RATE_LIMITED, retry_after=verdict.retry_after)
    form = PetitionForm(request.POST, petition=petition.rules_view)
    if form.is_trapped:
        return SignResult(Outcome.TRAPPED)
    if not form.is_valid():
        return SignResult(Outcome.INVALID, form=form)

    data = form.cleaned_data
    signature, created = store(
        petition,
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"],
        country=data.get("country") or "",
        newsletter=data["newsletter"],
        language=translation.get_language(),
        source_page_id=data.get("from_page"),
    )
    if created and not signature.confirmed:
        confirmation.send_on_commit(signature)
    elif not created and not signature.confirmed:
        # Only ever mailed to the stored address, i.e. to the owner, never to whoever typed it.
        if ratelimit.first_in("petition-confirm", signature.pk, CONFIRMATION_RESEND_SECONDS):
            confirmation.send_on_commit(signature)
    if data["newsletter"]:
        subscribe_to_newsletter(signature.email, translation.get_language(), petition)
    refresh_count(petition.translation_key)
    return SignResult(Outcome.SIGNED if created else Outcome.ALREADY_SIGNED)


def store(petition, *, email, language, source_page_id=None, **fields):
    """Insert a signature unless this email already signed this petition in any language.

    Returns (signature, created). Safe under concurrency: the unique constraint decides, and the
    loser of a race gets the winner's row.
    """
    confirmed = not petition.rules.require_confirmation
    now = timezone.now()
    if source_page_id != petition.pk and not source_page_exists(source_page_id):
        source_page_id = None
    signature = Signature(
        petition_key=petition.translation_key,
        page_id=petition.pk,
        source_page_id=source_page_id,
        language=language,
        email=canonical_email(email),
        confirmed=confirmed,
        confirmed_at=now if confirmed else None,
        confirm_token=None if confirmed else new_token(),
        **fields,
    )
    try:
        with transaction.atomic():
            signature.save()
    except IntegrityError:
        existing = Signature.objects.filter(
            petition_key=petition.translation_key, email=signature.email
        ).first()
        if existing is None:
            raise
        return existing, False
    return signature, True


def source_page_exists(page_id):
    return bool(page_id) and Page.objects.filter(pk=page_id).exists()


def confirm(petition, token):
    """Confirm the signature an emailed link belongs to. Returns it, or None when the link is
    unknown or already used (then nothing changes)."""
    if not token or len(token) > 64:
        return None
    with transaction.atomic():
        signature = (
            Signature.objects.select_for_update()
            .filter(petition_key=petition.translation_key, confirm_token=token)
            .first()
        )
        if signature is None:
            return None
        signature.confirmed = True
        signature.confirmed_at = timezone.now()
        signature.confirm_token = None  # single use
        signature.save(update_fields=["confirmed", "confirmed_at", "confirm_token"])
    refresh_count(petition.translation_key)
    return signature


def find_unconfirmed(petition, token):
    if not token or len(token) > 64:
        return None
    return Signature.objects.filter(
        petition_key=petition.translation_key, confirm_token=token, confirmed=False
    ).first()


# --- Counts ------------------------------------------------------------------------------------


def _cache_key(petition_key):
    return f"campaigns:petition-count:{petition_key}"


def signature_counts(petition_keys):
    """{translation key: count} for many petitions: the cache first, then one grouped query."""
    keys = list(dict.fromkeys(str(key) for key in petition_keys))
    if not keys:
        return {}
    cached = cache.get_many([_cache_key(key) for key in keys])
    counts = {key: cached[_cache_key(key)] for key in keys if _cache_key(key) in cached}
    missing = [key for key in keys if key not in counts]
    if missing:
        fresh = dict.fromkeys(missing, 0)
        rows = (
            Signature.objects.counted()
            .filter(petition_key__in=missing)
            .values("petition_key")
            .annotate(total=Count("id"))
        )
        for row in rows:
            fresh[str(row["petition_key"])] = row["total"]
        cache.set_many({_cache_key(key): n for key, n in fresh.items()}, count_cache_seconds())
        counts.update(fresh)
    return counts


def signature_count(petition_key):
    return signature_counts([petition_key])[str(petition_key)]


def refresh_count(petition_key):
    """Recount one petition and put the figure in the cache; returns it."""
    total = Signature.objects.counted().filter(petition_key=petition_key).count()
    cache.set(_cache_key(petition_key), total, count_cache_seconds())
    return total


def forget_counts(petition_keys):
    """Drop cached counts (after signatures were erased or purged)."""
    cache.delete_many([_cache_key(key) for key in petition_keys])


# --- Side effects --------------------------------------------------------------------------------


def subscribe_to_newsletter(email, language, petition):
    """The one call site of the newsletter for petitions: its own double opt-in applies."""
    subscribe(email, language, source=f"petition:{petition.slug}", consent=True)

"""The path of a signature, in one place: form → validation → dedupe → store → count → cache.

PetitionPage's routes call `sign()` and `confirm()` and turn their outcome into a response;
templates, the API, count.json and the home page read counts through `signature_count(s)`.
Nothing else writes signatures (apart from the erase and purge management commands).

Counting, and why this way
--------------------------
The public count is the number of *confirmed* signatures (all of them, when a petition does not
ask for confirmation). It is kept in sharded counter rows, `SignatureCounter`: COUNTER_SHARDS
rows per translation key, and the count is their sum.

* A signature costs the same on the millionth signer as on the first: the signer adds one, with
  F(), to one shard picked at random, in the transaction that inserts (or confirms) the
  signature. A COUNT(*) per signature grew with the petition; a single counter row would make
  every signer of a viral petition queue on one row lock until the previous one committed.
  With 16 shards, concurrent signers rarely meet on a row, and a reader sums 16 indexed rows.
* It stays exact because the counter moves in the same transaction as the row it counts: a
  rolled-back insert rolls back its increment, and a duplicate (the IntegrityError of the unique
  constraint) never reaches the increment. Confirmation adds one in the transaction that flips
  `confirmed`.
* Deletions reconcile: `reconcile(keys)` recomputes a petition's shards from its rows (locking
  them, so signers that arrive meanwhile wait and add to the recomputed figure), and the erase
  and purge commands call it in the transaction that deletes. `manage.py reconcile_counts`
  does the same for every petition, after rows were changed by hand or by a bulk load.
* "One person, one signature" is enforced by the database, not by a read-then-write: a unique
  constraint on (petition_key, normalised email), and an INSERT in a savepoint whose
  IntegrityError means "already signed" (the ON CONFLICT DO NOTHING outcome, with the
  knowledge of which case happened). 50 concurrent signers give exactly 50 rows.
* Readers use the cache (PETITION_COUNT_CACHE_SECONDS, 2 s by default), which each signature
  refreshes once its transaction commits; the refresh never lowers the cached figure (two
  signers' refreshes can land out of order), only a reconciliation does.
"""

import enum
import logging
import random
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone, translation
from wagtail.models import Page

from home.newsletter.services import subscribe
from portal import ratelimit, webhooks
from portal.emails import canonical_email
from portal.mail import new_token

from . import confirmation
from .forms import PetitionForm
from .models import Signature, SignatureCounter, SignatureSource
from .records import signature_record

logger = logging.getLogger(__name__)

# A person who lost the confirmation email can sign again to get a new one, at most this often.
CONFIRMATION_RESEND_SECONDS = 600

# Counter rows per petition (see "Counting" above); 0004_signature_counters holds a copy.
COUNTER_SHARDS = 16


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


def sign(petition, request, *, source=SignatureSource.PAGE, partner_domain=""):
    """Take a POSTed signature for `petition` (any language version of it), from the petition
    page or a partner's embed (`source`; `partner_domain` already validated, see embed.py).

    The rules (end date, campaign status, country field, confirmation) are the source
    petition's, whatever a translator did to their language's copy: `petition.rules`.

    Only what a signature needs, at a cost that does not grow with the petition: the closing
    rules, the client's rate limit, the form (stamp, honeypot, validation), one INSERT and one
    counter increment in one transaction, mail queued for after the commit. No count is read
    and no page is rendered: the route answers a success with a redirect to the thank-you page.
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
        source=source,
        partner_domain=partner_domain,
    )
    if created and not signature.confirmed:
        confirmation.send_on_commit(signature)
    elif not created and not signature.confirmed:
        # Only ever mailed to the stored address, i.e. to the owner, never to whoever typed it.
        if ratelimit.first_in("petition-confirm", signature.pk, CONFIRMATION_RESEND_SECONDS):
            confirmation.send_on_commit(signature)
    if data["newsletter"]:
        subscribe_to_newsletter(signature.email, translation.get_language(), petition)
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
            if confirmed:
                count_signature(petition.translation_key)
                notify_confirmed(signature, petition)
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
        count_signature(petition.translation_key)
        notify_confirmed(signature, petition)
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


def count_signature(petition_key):
    """Add one counted signature to a petition's counter, in the caller's transaction, and
    refresh the cached count once it commits."""
    shard = SignatureCounter.objects.filter(
        petition_key=petition_key, shard=random.randrange(COUNTER_SHARDS)
    )
    if not shard.update(total=F("total") + 1):
        create_shards(petition_key)  # the petition's first counted signature
        shard.update(total=F("total") + 1)
    transaction.on_commit(lambda: refresh_count(petition_key))


def create_shards(petition_key):
    """Make sure all of a petition's counter rows exist (a concurrent creator is no error)."""
    SignatureCounter.objects.bulk_create(
        [SignatureCounter(petition_key=petition_key, shard=n) for n in range(COUNTER_SHARDS)],
        ignore_conflicts=True,
    )


def counter_totals(petition_keys):
    """{translation key: sum of its counter shards}, from the database, in one query."""
    keys = [str(key) for key in petition_keys]
    totals = dict.fromkeys(keys, 0)
    rows = (
        SignatureCounter.objects.filter(petition_key__in=keys)
        .values("petition_key")
        .annotate(sum=Sum("total"))
        .order_by()
    )
    for row in rows:
        totals[str(row["petition_key"])] = row["sum"] or 0
    return totals


def signature_counts(petition_keys):
    """{translation key: count} for many petitions: the cache first, then one grouped query."""
    keys = list(dict.fromkeys(str(key) for key in petition_keys))
    if not keys:
        return {}
    cached = cache.get_many([_cache_key(key) for key in keys])
    counts = {key: cached[_cache_key(key)] for key in keys if _cache_key(key) in cached}
    missing = [key for key in keys if key not in counts]
    if missing:
        fresh = counter_totals(missing)
        cache.set_many({_cache_key(key): n for key, n in fresh.items()}, count_cache_seconds())
        counts.update(fresh)
    return counts


def signature_count(petition_key):
    return signature_counts([petition_key])[str(petition_key)]


def refresh_count(petition_key):
    """Read one petition's counter into the cache; returns the figure now cached.

    Never lowers the cached figure: the refreshes of two signers may run in either order.
    """
    total = counter_totals([petition_key])[str(petition_key)]
    key = _cache_key(petition_key)
    total = max(total, cache.get(key, 0))
    cache.set(key, total, count_cache_seconds())
    return total


def forget_counts(petition_keys):
    """Drop cached counts (after signatures were erased or purged)."""
    cache.delete_many([_cache_key(key) for key in petition_keys])


def reconcile(petition_keys=None):
    """Recompute the counters of `petition_keys` (every petition by default) from the
    signatures themselves; returns {key: (counter said, rows say)} for those that differed.

    Each petition in a transaction (a savepoint when the caller has one, as the erase and purge
    commands do, so the count moves with the deletion). Its shards are locked first: a signer
    that has already added to a shard is waited for and then counted among the rows; one that
    has not yet added waits for the lock and adds to the recomputed figure.
    """
    if petition_keys is None:
        petition_keys = set(
            Signature.objects.order_by().values_list("petition_key", flat=True).distinct()
        ) | set(SignatureCounter.objects.order_by().values_list("petition_key", flat=True))
    drift = {}
    for key in sorted({str(key) for key in petition_keys}):
        with transaction.atomic():
            create_shards(key)
            shards = SignatureCounter.objects.filter(petition_key=key)
            before = sum(
                shards.select_for_update().order_by("shard").values_list("total", flat=True)
            )
            total = Signature.objects.counted().filter(petition_key=key).count()
            shards.exclude(shard=0).update(total=0)
            shards.filter(shard=0).update(total=total)
        if before != total:
            drift[key] = (before, total)
    forget_counts(petition_keys)
    return drift


# --- Side effects --------------------------------------------------------------------------------


def notify_confirmed(signature, petition):
    """Tell the CRM (portal.webhooks), in the transaction that made the signature count: sent
    once it commits, never if it rolls back."""

    def payload():  # built only when an endpoint listens: no query otherwise
        page = petition if petition.pk == signature.page_id else signature.page
        return signature_record(signature, page)

    webhooks.notify(webhooks.Event.SIGNATURE_CONFIRMED, payload, email=signature.email)


def subscribe_to_newsletter(email, language, petition):
    """The one call site of the newsletter for petitions: its own double opt-in applies."""
    subscribe(email, language, source=f"petition:{petition.slug}", consent=True)

"""What campaigns puts on the home page (registered in CampaignsConfig.ready)."""

from django.db.models import Q
from django.utils import timezone

from .briefs.pages import OutcomeBriefPage
from .petitions.pages import PetitionPage

HOME_PETITIONS = 6


def active_petitions(home_page, request):
    """Open petitions in the home page's language, newest first, with their counts.

    Three queries whatever the number of petitions: the petitions, their campaigns' statuses and
    the counts missing from the cache.
    """
    today = timezone.localdate()
    petitions = list(
        PetitionPage.objects.live()
        .filter(locale_id=home_page.locale_id)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("-first_published_at")[: HOME_PETITIONS * 2]
    )
    PetitionPage.prepare(petitions)
    return [petition for petition in petitions if not petition.is_closed][:HOME_PETITIONS]


HOME_BRIEFS = 3


def latest_briefs(home_page, request):
    """The newest outcome briefs in the home page's language (aliases of untranslated ones too,
    since every locale has the whole tree), with their authors: three queries."""
    briefs = list(
        OutcomeBriefPage.objects.live()
        .public()
        .filter(locale_id=home_page.locale_id)
        .order_by("-publication_date", "-first_published_at")[:HOME_BRIEFS]
    )
    return OutcomeBriefPage.prepare(briefs)

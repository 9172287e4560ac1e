"""What a subscription says about its subscriber, as one JSON-able dict: sent to the CRM when it
is confirmed (portal.webhooks) and given to the subscriber in their data export."""

from django.utils import translation
from django.utils.translation import gettext

# The consent checkboxes a subscriber ticked, in their language: the newsletter form's
# (home/newsletter/forms.py), or the petition form's newsletter box (campaigns/petitions/
# forms.py) for a signup that came from a petition. The same msgids as those labels.
FORM_CONSENT = "I agree to receive the newsletter and accept the privacy notice."
PETITION_CONSENT = "Send me news about this campaign (you will get an email to confirm)."


def consent_text(subscriber):
    with translation.override(subscriber.language):
        if subscriber.source.startswith("petition:"):
            return gettext(PETITION_CONSENT)
        return gettext(FORM_CONSENT)


def subscriber_record(subscriber):
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "status": subscriber.status,
        "source": subscriber.source,
        "consent": True,
        "consent_text": consent_text(subscriber),
        "consent_at": subscriber.consent_at,
        "created_at": subscriber.created_at,
        "confirmation_sent_at": subscriber.confirm_sent_at,
        "confirmed_at": subscriber.confirmed_at,
        "unsubscribed_at": subscriber.unsubscribed_at,
    }

"""What a signature says about its signer, as one JSON-able dict: sent to the CRM when it is
confirmed (portal.webhooks) and given to the signer in their data export (campaigns/supporters.py).

Consent texts are the labels of the petition form's boxes in the language the person signed in:
the words they ticked, as the form shows them today (the form stores the ticks, not the words).
"""

from django.utils import translation

from .forms import PetitionForm


def consent_texts(language):
    fields = PetitionForm.base_fields
    with translation.override(language):
        return {
            "privacy_text": str(fields["consent"].label),
            "newsletter_text": str(fields["newsletter"].label),
        }


def petition_record(signature, page):
    """The petition, as the signer saw it: the language version they signed (`page`), if it
    still exists."""
    return {
        "translation_key": str(signature.petition_key),
        "id": page.pk if page else None,
        "title": page.title if page else "",
        "slug": page.slug if page else "",
        "language": page.locale.language_code if page else signature.language,
    }


def signature_record(signature, page):
    """Every stored field of a signature except its confirmation token (a secret, not a fact
    about the person; `confirmation_pending` says whether one is outstanding)."""
    return {
        "id": signature.pk,
        "petition": petition_record(signature, page),
        "form_shown_on": signature.source_page_id,
        "language": signature.language,
        "email": signature.email,
        "first_name": signature.first_name,
        "last_name": signature.last_name,
        "name": f"{signature.first_name} {signature.last_name}".strip(),
        "country": signature.country.code or "",
        "consent": {"privacy": True, "newsletter": signature.newsletter}
        | consent_texts(signature.language),
        "confirmed": signature.confirmed,
        "confirmation_pending": bool(signature.confirm_token),
        "signed_at": signature.created_at,
        "confirmed_at": signature.confirmed_at,
    }

"""The confirmation mail of a signature: queued after commit, composed and sent by the worker."""

from django.utils import translation
from django_tasks import task

from portal.mail import enqueue_on_commit, message_values, render_email, send_composed
from portal.retry import retries_mail

from .models import Signature


def send_on_commit(signature):
    """Queue the confirmation email: composed and sent by the task worker, after commit.

    Nothing is sent in the request, so its duration does not tell whether the address had
    already signed; and a mail relay error cannot turn a stored signature into a 500.
    """
    enqueue_on_commit(send_signature_confirmation, signature.pk, signature.confirm_token)


def confirmation_message(signature_pk, token):
    """The confirmation email for a signature still waiting for `token`, or None.

    It goes to an address nobody has confirmed yet, so it holds nothing the visitor typed (not
    even the first name): only fixed, translated text, the editors' title and the link. Anyone
    can type someone else's address, and the mail must not become their message.
    """
    signature = Signature.objects.filter(
        pk=signature_pk, confirm_token=token, confirmed=False
    ).first()
    if signature is None:
        return None
    petition = signature.page.specific if signature.page_id else None
    if petition is None:
        return None
    with translation.override(signature.language):
        confirm_url = petition.full_subpage_url("confirm", token=token)
    subject, body = render_email(
        "campaigns/emails/confirm_signature",
        {"petition": petition, "confirm_url": confirm_url},
        signature.language,
    )
    return message_values(
        to=[signature.email], subject=subject, body=body, language=signature.language
    )


@task()
@retries_mail
def send_signature_confirmation(signature_id, token):
    """Email a signer the link that confirms their signature (nothing when it was used)."""
    send_composed(confirmation_message(signature_id, token))

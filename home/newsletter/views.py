"""Thin views over home.newsletter.services: they read forms and choose pages, nothing more."""

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from portal import ratelimit
from portal.emails import mask_email

from . import services
from .forms import SubscribeForm
from .models import Subscriber


# CSRF-exempt on purpose: the form is rendered into every page the CDN caches, where a per-user
# token cannot live. A forged POST can do no more than anyone can do by typing an address into the
# form: send one confirmation email. Nothing counts until the owner of the mailbox clicks the
# link, and an existing subscription is never changed or revealed.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        return render(request, "newsletter/subscribe.html", {"form": SubscribeForm()})

    verdict = ratelimit.hit("newsletter", ratelimit.client_ip(request), rate_limit())
    if not verdict.allowed:
        response = render(
            request,
            "newsletter/rate_limited.html",
            {"retry_minutes": max(1, -(-verdict.retry_after // 60))},
            status=429,
        )
        response["Retry-After"] = str(verdict.retry_after)
        return response
    form = SubscribeForm(request.POST)
    if form.is_trapped:
        # Same answer as a real signup, so the bot learns nothing; nothing stored, nothing sent.
        return see_other("newsletter:thanks")
    if not form.is_valid():
        return render(request, "newsletter/subscribe.html", {"form": form}, status=400)

    result = services.subscribe(
        email=form.cleaned_data["email"],
        language=form.cleaned_data["language"],
        source=form.cleaned_data["source"],
        consent=form.cleaned_data["consent"],
    )
    if not result.ok:  # the form and the service agree on the rules; this is a safety net
        form.add_error("email", form.fields["email"].error_messages["invalid"])
        return render(request, "newsletter/subscribe.html", {"form": form}, status=400)
    return see_other("newsletter:thanks")


def rate_limit():
    """Signups per client address (IPv6: per /64), NEWSLETTER_RATE_LIMIT, "20/hour" by default."""
    return settings.NEWSLETTER_RATE_LIMIT


def see_other(viewname):
    """303, so that a reload of the next page never re-posts the form (POST/redirect/GET)."""
    response = redirect(viewname)
    response.status_code = 303
    return response


@require_safe
def thanks(request):
    return render(request, "newsletter/thanks.html")


# The emailed link only shows a button; confirming takes a POST. Mail providers' link scanners
# and previewers fetch every link in a message, and would otherwise confirm addresses whose owners
# never clicked, which defeats double opt-in. never_cache: the page carries a CSRF token.
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    if request.method == "GET":
        subscriber = services.find_pending(token)
        if subscriber is None:
            return link_gone(request)
        return render(request, "newsletter/confirm.html", {"subscriber": subscriber})

    if services.confirm(token) is None:
        return link_gone(request)
    return see_other("newsletter:confirmed")


def link_gone(request):
    return render(request, "newsletter/link_gone.html", {"form": SubscribeForm()}, status=410)


@require_safe
def confirmed(request):
    return render(request, "newsletter/confirmed.html")


# CSRF-exempt on purpose: the signed token in the URL is the whole authority to unsubscribe, so a
# forged request can do nothing its sender could not do directly, and RFC 8058 one-click
# unsubscribe (List-Unsubscribe-Post) has mail clients POST here without any token of ours.
# Still, a GET only shows a button, for the same link scanners as above.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = services.subscriber_from_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "newsletter/unsubscribe_invalid.html", status=400)
    except Subscriber.DoesNotExist:
        return render(request, "newsletter/unsubscribe_invalid.html", status=404)

    # Only a masked address is shown: whoever holds the link learns whose it is, not the address.
    context = {"subscriber": subscriber, "masked_email": mask_email(subscriber.email)}
    if request.method == "GET":
        return render(request, "newsletter/unsubscribe.html", context)
    context["subscriber"] = services.unsubscribe(subscriber)
    return render(request, "newsletter/unsubscribed.html", context)

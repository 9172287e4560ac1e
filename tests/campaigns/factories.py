"""Factories for the campaigns app's tests."""

import factory
import wagtail_factories
from wagtail.models import Locale

from campaigns.models import (
    ActionPage,
    Author,
    BriefIndexPage,
    CampaignPage,
    OutcomeBriefPage,
    PetitionPage,
    ResourceLibraryPage,
    ResourcePage,
    Signature,
    Target,
)
from campaigns.petitions import signatures


def english():
    return Locale.objects.get(language_code="en")


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Campaign {n}")
    intro = "Why this campaign matters."
    locale = factory.LazyFunction(english)


class PetitionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PetitionPage

    title = factory.Sequence(lambda n: f"Petition {n}")
    intro = "Add your name."
    target = "To the ITU and its member states"
    letter = "<p>We ask you to keep the internet open.</p>"
    goal = 100
    locale = factory.LazyFunction(english)


class ActionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ActionPage

    title = factory.Sequence(lambda n: f"Write to your government {n}")
    intro = "Ask your government to stand up for an open internet."
    subject = "An open internet for {country}"
    letter = "Dear Minister,\n\nPlease defend an open internet for {country}.\n\n{name}"
    locale = factory.LazyFunction(english)


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    country = "FR"
    name = factory.Sequence(lambda n: f"Ministry {n}")
    role = "National contact point"
    email = factory.Sequence(lambda n: f"ministry{n}@example.org")
    language = "fr"


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature

    petition_key = factory.LazyAttribute(lambda o: o.page.translation_key)
    page = None
    language = "en"
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = factory.Sequence(lambda n: f"Last{n}")
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    country = "FR"
    confirmed = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # As the signing service does: a counted signature adds to its petition's counter.
        signature = super()._create(model_class, *args, **kwargs)
        if signature.confirmed:
            signatures.count_signature(signature.petition_key)
        return signature


class ResourceLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourceLibraryPage

    title = factory.Sequence(lambda n: f"Library {n}")
    intro = "Letters, talking points and contacts."
    locale = factory.LazyFunction(english)


class ResourcePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    intro = "A useful resource."
    kind = ResourcePage.Kind.EXTERNAL_LINK
    external_url = "https://example.org/resource"
    languages = factory.LazyFunction(lambda: ["en"])
    locale = factory.LazyFunction(english)


class BriefIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BriefIndexPage

    title = "Analysis"
    locale = factory.LazyFunction(english)


class OutcomeBriefPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OutcomeBriefPage

    title = factory.Sequence(lambda n: f"Brief {n}")
    intro = "What happened, and what it means."
    locale = factory.LazyFunction(english)


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    role = "Policy lead"
    locale = factory.LazyFunction(english)

"""Test data factories shared by the apps' tests."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from portal.models import Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "An intro."
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

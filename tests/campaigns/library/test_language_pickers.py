"""Language pickers in the editor: the site's languages first; topics as checkboxes."""

import pytest
from bs4 import BeautifulSoup

from campaigns.blocks import article_languages
from campaigns.library.resource import language_choices
from tests.factories import TopicFactory

from ..conftest import make_campaign

pytestmark = pytest.mark.django_db

SITE = ["ar", "en", "es", "fr", "pt", "ru", "zh-hans"]


@pytest.mark.parametrize("choices", [language_choices, article_languages])
def test_the_sites_languages_come_first(choices):
    (own_label, own), (other_label, others) = choices()
    assert str(own_label) == "Languages of this site"
    assert sorted(code for code, _name in own) == SITE
    assert [str(name) for _code, name in own][:2] == ["Arabic", "English"]
    assert str(other_label) == "Other languages"
    assert "en" not in {code for code, _name in others} and "ar-dz" in {c for c, _n in others}


def test_the_resource_editor_offers_the_sites_languages_in_a_group_first(admin_client, portal):
    from campaigns.library.pages import ResourceLibraryPage

    campaign = make_campaign(portal)
    library = ResourceLibraryPage(title="Library", slug="library")
    campaign.add_child(instance=library)
    response = admin_client.get(f"/admin/pages/add/campaigns/resourcepage/{library.pk}/")
    page = BeautifulSoup(response.content, "html.parser")
    groups = page.select('select[name="languages"] optgroup')
    assert groups[0]["label"] == "Languages of this site"
    assert [o["value"] for o in groups[0].select("option")][:2] == ["ar", "en"]


def test_a_campaigns_topics_are_checkboxes(admin_client, portal):
    TopicFactory(slug="privacy")
    response = admin_client.get(f"/admin/pages/add/campaigns/campaignpage/{portal.pk}/")
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select('input[type="checkbox"][name="topics"]')) == 1
    assert not page.select('select[name="topics"]')

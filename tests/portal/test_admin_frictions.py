"""Small frictions of the admin: what page types are for, in the "add child page" chooser."""

import pytest

from campaigns.models import CampaignPage

pytestmark = pytest.mark.django_db


def test_the_add_child_page_chooser_says_what_each_page_type_is_for(admin_client, portal):
    response = admin_client.get(f"/admin/pages/{portal.pk}/add_subpage/")
    content = response.content.decode()
    assert "A plain page of text, such as &#x27;About us&#x27;." in content
    assert "petitions, actions, calendars, briefs and libraries go under it" in content


def test_every_page_type_has_a_description():
    from wagtail.models import get_page_models

    ours = [m for m in get_page_models() if m._meta.app_label in ("campaigns", "events", "home")]
    missing = [
        m.__name__ for m in ours if not m.get_page_description() and m.__name__ != "HomePage"
    ]
    assert missing == []
    assert CampaignPage.get_page_description().startswith("A campaign")

"""Editors create campaign pages in the Wagtail admin; staff read and export signatures."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission, User
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import ActionPage, CampaignPage, PetitionPage, ResourceLibraryPage
from home.models import HomePage

from ..factories import CampaignPageFactory, PetitionPageFactory, SignatureFactory, TargetFactory


class CampaignAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from home.setup import setup_portal

        cls.home = setup_portal()
        cls.campaign = CampaignPageFactory(parent=cls.home, slug="existing")

    def setUp(self):
        self.login()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage, CampaignPage})
        self.assertAllowedSubpageTypes(
            CampaignPage, {CampaignPage, PetitionPage, ActionPage, ResourceLibraryPage}
        )
        self.assertAllowedParentPageTypes(PetitionPage, {CampaignPage})
        self.assertAllowedParentPageTypes(ActionPage, {CampaignPage})
        self.assertAllowedSubpageTypes(PetitionPage, set())
        self.assertCanNotCreateAt(HomePage, PetitionPage)
        self.assertCanCreateAt(CampaignPage, ActionPage)

    def test_can_create_a_campaign(self):
        self.assertCanCreate(
            self.home,
            CampaignPage,
            nested_form_data(
                {
                    "title": "A new campaign",
                    "slug": "a-new-campaign",
                    "intro": "Why it matters.",
                    "status": "active",
                    "update_banner_text": "",
                    "body": streamfield(
                        [
                            ("text", rich_text("<p>Some words.</p>")),
                            ("quote", {"quote": "Keep it open.", "attribution": ""}),
                        ]
                    ),
                    "related_campaigns": inline_formset([{"campaign": self.campaign.pk}]),
                    "comments": inline_formset([]),
                }
            ),
        )
        created = CampaignPage.objects.get(slug="a-new-campaign", locale__language_code="en")
        assert created.live and created.body[1].value["quote"] == "Keep it open."

    def test_can_create_a_petition(self):
        self.assertCanCreate(
            self.campaign,
            PetitionPage,
            nested_form_data(
                {
                    "title": "A new petition",
                    "slug": "a-new-petition",
                    "intro": "Sign it.",
                    "target": "To the ITU",
                    "letter": rich_text("<p>We ask.</p>"),
                    "demands": streamfield([("demand", "Publish the documents.")]),
                    "goal": 500,
                    "end_date": "",
                    "country_field": "required",
                    "privacy_notice": rich_text(""),
                    "thank_you_message": rich_text("<p>Thanks.</p>"),
                    "share_text": "I signed.",
                    "next_action": "",
                    "next_action_label": "",
                    "comments": inline_formset([]),
                }
            ),
        )
        assert (
            PetitionPage.objects.get(slug="a-new-petition", locale__language_code="en").goal == 500
        )

    def test_can_create_an_action(self):
        target = TargetFactory()
        data = nested_form_data(
            {
                "title": "Write to them",
                "slug": "write-to-them",
                "intro": "Write.",
                "body": streamfield([]),
                "mode": "server",
                "subject": "About {country}",
                "letter": "Dear Minister,\n{name}",
                "thank_you_message": rich_text(""),
                "per_target_hourly_cap": 10,
                "per_sender_hourly_cap": 2,
                "comments": inline_formset([]),
            }
        )
        data["targets"] = [target.pk]  # a multiple choice: a list, not a nested form
        self.assertCanCreate(self.campaign, ActionPage, data)
        assert list(
            ActionPage.objects.get(slug="write-to-them", locale__language_code="en").targets.all()
        ) == [target]


# --- Signatures in the admin --------------------------------------------------------------------


def staff(codenames):
    """A Wagtail user with admin access and these campaigns permissions, through a group."""
    name = "staff-" + "-".join(codenames or ["none"])
    user = User.objects.create_user(name, f"{name}@example.org", "pw")
    group = Group.objects.create(name=name)
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="campaigns", codename__in=codenames),
    )
    user.groups.add(group)
    return user


@pytest.fixture
def signed(petition):
    SignatureFactory.create_batch(3, page=petition, country="FR", language="fr")
    SignatureFactory(page=petition, country="EG", language="ar")
    SignatureFactory(page=petition, first_name='=HYPERLINK("http://evil")', last_name="<b>x</b>")
    return petition


LIST_URL = "/admin/campaigns/signature-list/"


def csv_rows(response):
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


@pytest.mark.django_db
def test_signature_breakdown_needs_the_view_permission(client, signed):
    url = f"/admin/campaigns/signatures/{signed.translation_key}/"
    client.force_login(staff([]))
    assert client.get(url).status_code in (302, 403)
    client.force_login(staff(["view_signature"]))
    response = client.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "France" in text and "Egypt" in text
    assert f"{LIST_URL}?petition_key={signed.translation_key}" in text
    assert "Export as CSV" not in text


@pytest.mark.django_db
def test_signature_list_is_wagtails_listing_filtered_by_petition(client, signed, campaign):
    other = PetitionPageFactory(parent=campaign, slug="other")
    SignatureFactory(page=other, email="elsewhere@example.org")
    client.force_login(staff([]))
    assert client.get(LIST_URL).status_code in (302, 403)
    client.force_login(staff(["view_signature"]))
    response = client.get(LIST_URL, {"petition_key": str(signed.translation_key)})
    assert response.status_code == 200
    text = response.content.decode()
    # The names as typed, escaped; the other petition's signer is filtered out.
    assert "&lt;b&gt;x&lt;/b&gt;" in text and "<b>x</b>" not in text
    assert "elsewhere@example.org" not in text
    assert "elsewhere@example.org" in client.get(LIST_URL).content.decode()
    # Search by address, through the database (signatures are not in the search index).
    found = client.get(LIST_URL, {"q": "elsewhere"}).content.decode()
    assert "elsewhere@example.org" in found and "HYPERLINK" not in found
    # Read only: no add button and no export without the export permission.
    assert "Download CSV" not in text and f"{LIST_URL}new/" not in text
    refused = client.get(LIST_URL, {"export": "csv"})
    assert refused.status_code in (302, 403) and not refused.streaming
    assert client.get(f"{LIST_URL}new/", follow=True).status_code == 404


@pytest.mark.django_db
def test_one_signature_is_inspected_not_edited(client, signed):
    signature = SignatureFactory(page=signed, email="inspect@example.org")
    client.force_login(staff(["view_signature"]))
    response = client.get(f"{LIST_URL}inspect/{signature.pk}/")
    assert response.status_code == 200 and "inspect@example.org" in response.content.decode()
    assert client.get(f"{LIST_URL}edit/{signature.pk}/", follow=True).status_code == 404
    assert client.get(f"{LIST_URL}delete/{signature.pk}/", follow=True).status_code == 404


@pytest.mark.django_db
def test_csv_export_needs_the_export_permission(client, signed, campaign):
    SignatureFactory(page=PetitionPageFactory(parent=campaign, slug="other"))
    old_url = f"/admin/campaigns/signatures/{signed.translation_key}/export.csv"
    client.force_login(staff(["view_signature"]))
    assert client.get(old_url).status_code in (302, 403)
    client.force_login(staff(["view_signature", "export_signature"]))
    listing = client.get(LIST_URL, {"petition_key": str(signed.translation_key)})
    assert "Download CSV" in listing.content.decode()
    # The first address still works: it leads to the listing's own download.
    rows = csv_rows(client.get(old_url, follow=True))
    assert rows[0][:3] == ["first name", "last name", "email"]
    assert len(rows) == 1 + 5
    first_names = [row[0] for row in rows[1:]]
    # A formula is written as text, and HTML stays plain text (never escaped into entities).
    assert '\'=HYPERLINK("http://evil")' in first_names
    assert "<b>x</b>" in [row[1] for row in rows[1:]]
    response = client.get(LIST_URL, {"petition_key": str(signed.translation_key), "export": "csv"})
    assert f'filename="signatures-{signed.slug}.csv"' in response["Content-Disposition"]
    assert len(csv_rows(client.get(LIST_URL, {"export": "csv"}))) == 1 + 6


@pytest.mark.django_db
def test_list_queries_do_not_grow_with_signatures(client, signed, django_assert_max_num_queries):
    client.force_login(staff(["view_signature"]))
    client.get(LIST_URL)
    with django_assert_max_num_queries(30) as few:
        client.get(LIST_URL)
    SignatureFactory.create_batch(40, page=signed)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(LIST_URL).status_code == 200


@pytest.mark.django_db
def test_signature_index_lists_petitions_with_their_totals(admin_client, signed, campaign):
    PetitionPageFactory(parent=campaign, slug="empty")
    response = admin_client.get("/admin/campaigns/signatures/")
    assert response.status_code == 200
    text = response.content.decode()
    assert signed.title in text and "<td>5</td>" in text


@pytest.mark.django_db
def test_signature_permissions_can_be_granted_in_wagtail(admin_client):
    response = admin_client.get("/admin/groups/new/")
    assert response.status_code == 200
    assert "export petition signatures" in response.content.decode().lower()


@pytest.mark.django_db
def test_safe_cell():
    from portal.csv_export import safe_cell

    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("+33 1 23") == "'+33 1 23"
    assert safe_cell("-x") == "'-x"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("Ada") == "Ada"
    assert safe_cell(None) == ""

"""Editors create briefs, indexes, libraries and resources in the admin; a bad CSV of country
positions is refused with the lines named, and nothing of the page is saved."""

import datetime

from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import (
    BriefIndexPage,
    DocumentText,
    OutcomeBriefPage,
    ResourceLibraryPage,
    ResourcePage,
)
from home.models import HomePage, StandardPage

from ..factories import (
    AuthorFactory,
    BriefIndexPageFactory,
    CampaignPageFactory,
    OutcomeBriefPageFactory,
    ResourceLibraryPageFactory,
)

POSITIONS = [
    {"key": "signed", "label": "Signed", "colour": "blue", "total": "89"},
    {"key": "did_not_sign", "label": "Did not sign", "colour": "orange", "total": ""},
]


def list_block(items):
    """POST data of a ListBlock (Wagtail's form_data helpers cover StreamBlocks only)."""
    data = {
        str(index): {"value": item, "deleted": "", "order": str(index), "id": ""}
        for index, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def positions_value(countries=(), csv_file=""):
    return {
        "title": "Who signed",
        "note": "Partial data.",
        "positions": list_block(POSITIONS),
        "countries": list_block([{"country": code, "position": key} for code, key in countries]),
        "csv_file": csv_file,
    }


def brief_data(slug, body, **extra):
    return nested_form_data(
        {
            "title": "The Dubai treaty",
            "slug": slug,
            "intro": "What happened in Dubai.",
            "publication_date": "2012-12-18",
            "related_campaign": "",
            "body": streamfield(body),
            "brief_authors": inline_formset([]),
            "sources": inline_formset(
                [{"title": "Final Acts", "publisher": "ITU", "date": "", "url": ""}]
            ),
            "comments": inline_formset([]),
            **extra,
        }
    )


class BriefAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from home.setup import setup_portal

        cls.home = setup_portal()
        cls.index = BriefIndexPageFactory(parent=cls.home, slug="analysis")
        cls.campaign = CampaignPageFactory(parent=cls.home, slug="wcit")
        cls.library = ResourceLibraryPageFactory(parent=cls.campaign, slug="resources")

    def setUp(self):
        self.login()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(OutcomeBriefPage, {BriefIndexPage})
        self.assertAllowedSubpageTypes(BriefIndexPage, {OutcomeBriefPage})
        self.assertAllowedParentPageTypes(BriefIndexPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(ResourceLibraryPage, {ResourcePage})
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceLibraryPage})
        self.assertCanNotCreateAt(HomePage, ResourcePage)

    def test_can_create_a_brief_index_and_a_library(self):
        self.assertCanCreate(
            self.home,
            BriefIndexPage,
            nested_form_data(
                {
                    "title": "Briefs",
                    "slug": "briefs",
                    "intro": "Our analysis.",
                    "comments": inline_formset([]),
                }
            ),
        )
        data = nested_form_data(
            {
                "title": "Library",
                "slug": "library",
                "intro": "Tools.",
                "per_page": 20,
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.campaign, ResourceLibraryPage, data)

    def test_can_create_a_resource_with_a_file(self):
        document = get_document_model()(
            title="Letter", file=ContentFile(b"Dear Minister, please consult us.", name="l.txt")
        )
        with self.captureOnCommitCallbacks(execute=True):
            document.save()
        data = nested_form_data(
            {
                "title": "Sample letter",
                "slug": "sample-letter",
                "intro": "A letter to send.",
                "kind": "letter_template",
                "date": "2012-09-24",
                "document": document.pk,
                "external_url": "",
                "outlet": "",
                "headline": "",
                "letter_text": "",
                "comments": inline_formset([]),
            }
        )
        data["languages"] = ["en", "fr"]
        self.assertCanCreate(self.library, ResourcePage, data)
        created = ResourcePage.objects.get(slug="sample-letter", locale__language_code="en")
        assert created.languages == ["en", "fr"]
        assert created.date == datetime.date(2012, 9, 24)
        assert DocumentText.objects.get(document=document).status == "done"
        # The editor sees whether the file's text could be read.
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[created.pk]))
        self.assertContains(edit, "Text read")

    def test_a_resource_without_file_or_link_is_refused(self):
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["campaigns", "resourcepage", self.library.pk]),
            nested_form_data(
                {
                    "title": "Nothing",
                    "slug": "nothing",
                    "intro": "",
                    "kind": "report",
                    "date": "",
                    "document": "",
                    "external_url": "",
                    "outlet": "",
                    "headline": "",
                    "letter_text": "",
                    "comments": inline_formset([]),
                }
            ),
        )
        self.assertContains(response, "Choose a file or give a link")
        assert not ResourcePage.objects.filter(slug="nothing").exists()

    def test_can_create_a_brief_with_assessment_and_positions(self):
        author = AuthorFactory(name="Amina Haddad")
        body = [
            ("text", rich_text("<p>Dubai [1].</p>")),
            (
                "assessment",
                {"verdict": "ugly", "heading": "Article 5B", "text": rich_text("<p>Spam.</p>")},
            ),
            ("country_positions", positions_value([("US", "did_not_sign"), ("RU", "signed")])),
        ]
        data = brief_data("dubai", body, brief_authors=inline_formset([{"author": author.pk}]))
        self.assertCanCreate(self.index, OutcomeBriefPage, data)
        brief = OutcomeBriefPage.objects.get(slug="dubai", locale__language_code="en")
        positions = brief.body[2].value
        assert [(row["country"], row["position"]) for row in positions["countries"]] == [
            ("US", "did_not_sign"),
            ("RU", "signed"),
        ]
        assert brief.author_names == ["Amina Haddad"]
        assert [source.title for source in brief.sources.all()] == ["Final Acts"]

    def test_a_csv_upload_fills_the_list(self):
        document = get_document_model()(
            title="positions",
            file=ContentFile(b"country code,position\nUS,did_not_sign\nCN,signed\n", name="p.csv"),
        )
        document.save()
        body = [("country_positions", positions_value([("FR", "signed")], csv_file=document.pk))]
        self.assertCanCreate(self.index, OutcomeBriefPage, brief_data("from-csv", body))
        brief = OutcomeBriefPage.objects.get(slug="from-csv", locale__language_code="en")
        value = brief.body[0].value
        assert [(row["country"], row["position"]) for row in value["countries"]] == [
            ("US", "did_not_sign"),
            ("CN", "signed"),
        ]
        assert value["csv_file"] is None

    def test_a_bad_csv_names_the_lines_and_saves_nothing(self):
        brief = OutcomeBriefPageFactory(parent=self.index, slug="existing", title="Before")
        revisions = brief.revisions.count()
        document = get_document_model()(
            title="positions",
            file=ContentFile(
                b"country code,position\nUS,did_not_sign\nZZ,signed\nUS,signed\nFR,perhaps\n",
                name="p.csv",
            ),
        )
        document.save()
        body = [("country_positions", positions_value([("FR", "signed")], csv_file=document.pk))]
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[brief.pk]),
            brief_data("existing", body, title="Changed"),
        )
        assert response.status_code == 200
        content = response.content.decode()
        assert "Line 3:" in content and "ZZ" in content
        assert "Line 4:" in content and "Line 5:" in content and "perhaps" in content
        brief.refresh_from_db()
        assert brief.title == "Before" and brief.revisions.count() == revisions
        assert not brief.sources.exists()

    def test_document_report_lists_downloads_and_notes(self):
        document = get_document_model()(
            title="Broken", file=ContentFile(b"%PDF-1.4 broken", name="broken.pdf")
        )
        with self.captureOnCommitCallbacks(execute=True):
            document.save()
        self.client.get(document.url)
        response = self.client.get(reverse("campaigns_documents"))
        self.assertContains(response, "Broken")
        self.assertContains(response, "Could not be read")
        row = response.content.decode().split("Broken", 1)[1].split("</tr>", 1)[0]
        assert "<td>1</td>" in row

    def test_uploading_a_corrupt_file_keeps_it_with_a_note(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        upload = SimpleUploadedFile(
            "broken.pdf", b"%PDF-1.7\n\x00\x01 not a pdf at all", content_type="application/pdf"
        )
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("wagtaildocs:add"), {"title": "Broken upload", "file": upload}
            )
        assert response.status_code == 302
        document = get_document_model().objects.get(title="Broken upload")
        info = DocumentText.objects.get(document=document)
        assert info.status == "failed" and info.note
        # It is still downloadable.
        assert self.client.get(document.url).status_code == 200

    def test_edit_forms_of_a_brief_and_a_resource_open(self):
        brief = OutcomeBriefPageFactory(
            parent=self.index,
            slug="with-map",
            body=[
                (
                    "country_positions",
                    {
                        "title": "Who signed",
                        "note": "",
                        "positions": [
                            {"key": "signed", "label": "Signed", "colour": "blue", "total": 89}
                        ],
                        "countries": [{"country": "FR", "position": "signed"}],
                        "csv_file": None,
                    },
                ),
                ("assessment", {"verdict": "good", "heading": "Fine", "text": "<p>Yes.</p>"}),
            ],
        )
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[brief.pk]))
        self.assertContains(response, "Who signed")
        self.assertContains(response, "Bluish green")  # the palette offered to editors
        resource = ResourcePage(title="A link", kind="report", external_url="https://example.org/")
        self.library.add_child(instance=resource)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[resource.pk]))
        self.assertContains(response, "languages of the resource", status_code=200)

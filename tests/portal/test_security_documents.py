"""Documents are private files: only Wagtail's document view serves them (collection privacy,
download counts), never /media/ nor a web server publishing MEDIA_ROOT."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

Document = get_document_model()
SECRET = b"Private strategy notes: do not publish."


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def private_document(portal):
    root = Collection.get_first_root_node()
    private = root.add_child(instance=Collection(name="Staff only"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document(
        title="Strategy", collection=private, file=ContentFile(SECRET, name="strategy.txt")
    )
    document.save()
    return document


def test_private_document_is_not_a_public_file(client, private_document):
    name = private_document.file.name
    assert name.startswith("documents/")
    # Stored outside MEDIA_ROOT, where a web server publishing /media/ cannot reach it.
    stored = Path(private_document.file.path).resolve()
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert stored.is_relative_to(Path(settings.DOCUMENTS_ROOT).resolve())
    assert stored.read_bytes() == SECRET
    # Even if a copy lay under MEDIA_ROOT/documents/, /media/ would not serve it.
    leaked = Path(settings.MEDIA_ROOT) / name
    leaked.parent.mkdir(parents=True, exist_ok=True)
    leaked.write_bytes(SECRET)
    try:
        for url in [f"/media/{name}", f"/media/./{name}", f"/media/images/../{name}"]:
            response = client.get(url)
            assert response.status_code == 404, url
            assert SECRET not in body(response)
    finally:
        leaked.unlink()


def test_private_document_needs_login_through_the_view(client, private_document):
    url = private_document.url
    assert url.startswith("/documents/")
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    user = get_user_model().objects.create_user("reader", password="a-long-password-1")
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    assert body(response) == SECRET


def test_public_document_is_served_by_the_view(client, portal):
    document = Document(title="Letter", file=ContentFile(b"Dear Minister", name="letter.txt"))
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == b"Dear Minister"
    assert "attachment" in response["Content-Disposition"] or "inline" in response.get(
        "Content-Disposition", ""
    )
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"

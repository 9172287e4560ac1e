"""Reports -> "Documents: downloads and text" lists only the documents the viewer may see."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission


def make_document(title, collection):
    return get_document_model().objects.create(
        title=title,
        collection=collection,
        file=ContentFile(b"%PDF-1.4 text", name=f"{title.lower().replace(' ', '-')}.pdf"),
    )


@pytest.fixture
def collections(db):
    root = Collection.get_first_root_node()
    return {
        "public": root.add_child(name="Campaign material"),
        "private": root.add_child(name="Legal counsel"),
    }


@pytest.fixture
def documents(collections):
    make_document("Open leaflet", collections["public"])
    make_document("Confidential legal memo", collections["private"])


def collection_editor(django_user_model, collection):
    group = Group.objects.create(name="Material editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtaildocs"
            ),
        )
    user = django_user_model.objects.create_user("material", password="x")
    user.groups.add(group)
    return user


def test_private_collection_titles_are_hidden(client, django_user_model, collections, documents):
    client.force_login(collection_editor(django_user_model, collections["public"]))
    response = client.get(reverse("campaigns_documents"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Open leaflet" in content
    assert "Confidential legal memo" not in content


def test_superuser_sees_every_document(admin_client, documents):
    content = admin_client.get(reverse("campaigns_documents")).content.decode()
    assert "Open leaflet" in content and "Confidential legal memo" in content


def test_user_without_document_permissions_is_refused(client, django_user_model, documents):
    user = django_user_model.objects.create_user("reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("campaigns_documents"))
    assert response.status_code in (302, 403)
    assert "Confidential legal memo" not in response.content.decode()

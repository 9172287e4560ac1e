import pytest
from django.core.cache import cache

from campaigns.petitions import signatures
from campaigns.petitions.numbers import format_count, ladder, next_goal, progress_percent

from ..conftest import sign
from ..factories import SignatureFactory

pytestmark = pytest.mark.django_db

COUNT_WORDS = ("label", "goal_text", "progress_label")


def test_count_json(client, petition):
    SignatureFactory.create_batch(3, page=petition)
    SignatureFactory(page=petition, confirmed=False)
    response = client.get(petition.url + "count.json")
    assert response.status_code == 200
    assert response.json() == {
        "count": 3,
        "goal": 100,
        "next_goal": 100,
        "progress": 3,
        "closed": False,
        "label": "signatures",
        "goal_text": "Help us reach 100 signatures.",
        "progress_label": "Progress towards 100 signatures",
    }
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=2" in cache_control
    assert "s-maxage=2" in cache_control
    assert not response.cookies


def test_count_json_is_the_same_in_every_language(client, petition, translate_page):
    translate_page(petition.get_parent().specific, "ar", {})
    arabic = translate_page(petition, "ar", {})
    SignatureFactory.create_batch(2, page=arabic, language="ar")
    SignatureFactory.create_batch(2, page=petition)
    english = figures_of(client.get(petition.url + "count.json").json())
    assert figures_of(client.get(arabic.url + "count.json").json()) == english
    assert english["count"] == 4
    # An untranslated language (an alias of the source page) answers the same too.
    russian = client.get(f"/ru{petition.url[3:]}count.json").json()
    assert figures_of(russian) == english
    # The words are the URL's language, agreeing with the figures.
    assert russian["label"] == "подписи"
    assert russian["goal_text"] == "Помогите нам собрать 100 подписей."


def figures_of(data):
    """count.json less its words, which are in the URL's language."""
    return {key: value for key, value in data.items() if key not in COUNT_WORDS}


@pytest.mark.parametrize(
    "count, label", [(1, "подпись"), (21, "подпись"), (422, "подписи"), (425, "подписей")]
)
def test_count_json_words_agree_with_the_number_in_russian(count, label):
    from django.utils import translation

    from campaigns.petitions.numbers import count_payload

    with translation.override("ru"):
        assert count_payload(count, 500, False)["label"] == label


def test_count_json_of_something_else_is_not_found(client, petition):
    assert client.get(petition.get_parent().url + "count.json").status_code == 404
    assert client.get(petition.url + "nothing/count.json").status_code == 404


def test_count_is_cached_briefly_and_refreshed_by_each_signature(
    client, petition, django_assert_num_queries
):
    assert signatures.signature_count(petition.translation_key) == 0
    SignatureFactory(page=petition)  # written behind the service's back: the cache still says 0
    with django_assert_num_queries(0):
        assert signatures.signature_count(petition.translation_key) == 0
    assert signatures.refresh_count(petition.translation_key) == 1
    with django_assert_num_queries(0):
        assert signatures.signature_count(petition.translation_key) == 1


def test_count_json_answers_from_the_cache_and_each_signature_updates_it(
    client, petition, django_assert_num_queries, django_capture_on_commit_callbacks
):
    SignatureFactory.create_batch(2, page=petition)
    assert client.get(petition.url + "count.json").json()["count"] == 2
    with django_assert_num_queries(0):
        response = client.get(petition.url + "count.json")
    assert response.json()["count"] == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, petition, email="new@example.org").status_code == 303
    with django_assert_num_queries(0):
        assert client.get(petition.url + "count.json").json()["count"] == 3


def test_cached_count_never_goes_backwards(petition):
    SignatureFactory.create_batch(2, page=petition)
    # A slower signer's refresh landing after a faster one's must not lower the figure.
    cache.set(signatures._cache_key(petition.translation_key), 5)
    assert signatures.refresh_count(petition.translation_key) == 5
    assert signatures.signature_count(petition.translation_key) == 5
    # Only a reconciliation (after erasure or purging) brings it back to the rows.
    signatures.reconcile([petition.translation_key])
    assert signatures.signature_count(petition.translation_key) == 2


def test_ladder():
    steps = ladder()
    assert [next(steps) for _ in range(9)] == [100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000]


@pytest.mark.parametrize(
    "count, goal, expected",
    [(0, 1000, 1000), (999, 1000, 1000), (1000, 1000, 2500), (30, 10, 100), (420, 250, 500)],
)
def test_next_goal(count, goal, expected):
    assert next_goal(count, goal) == expected


def test_progress_percent():
    assert progress_percent(420, 500) == 84
    assert progress_percent(600, 500) == 100


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", "1,234,567"),
        ("fr", "1\xa0234\xa0567"),
        ("es", "1\xa0234\xa0567"),
        ("ar", "1,234,567"),
        ("zh-hans", "1,234,567"),
        ("pt", "1.234.567"),
    ],
)
def test_numbers_are_written_as_each_language_writes_them(language, expected):
    assert format_count(1234567, language) == expected
    assert format_count(12, language) in {"12", "١٢"}

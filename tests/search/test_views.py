"""The search page, /<lang>/search/, and its autocomplete."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from home.models import HomePage
from portal.localize import sync_page
from portal.models import Topic
from search import promotions
from search.models import IndexEntry, QueryHit


def type_label(code):
    """The standard page type's name, as a reader of that language sees it."""
    from django.utils import translation
    from django.utils.text import capfirst

    from home.models import StandardPage

    with translation.override(code):
        return str(capfirst(StandardPage._meta.verbose_name))


def in_language(code, text):
    """An interface string as a reader of that language sees it."""
    from django.utils import translation

    with translation.override(code):
        return translation.gettext(text)


def results(response):
    """Titles (text only) of the main results, in order."""
    content = response.content.decode()
    main = content.split('id="search-other-heading"')[0]
    titles = re.findall(r'class="search-result__title"[^>]*><a [^>]*>(.*?)</a>', main, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", title)) for title in titles]


def other_results(response):
    content = response.content.decode()
    if 'id="search-other-heading"' not in content:
        return []
    other = content.split('id="search-other-heading"')[1]
    titles = re.findall(r'class="search-result__title"[^>]*><a [^>]*>(.*?)</a>', other, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", title)) for title in titles]


def test_a_result_shows_its_type_title_date_and_a_snippet_with_marked_words(make_page, search_page):
    make_page(
        "es",
        "Campaña por la neutralidad",
        "Nuestra campaña defiende <la red> abierta.",
        "<p>Más texto.</p>",
    )
    response = search_page("es", q="campañas")
    content = response.content.decode()
    assert response.status_code == 200
    assert results(response) == ["Campaña por la neutralidad"]
    label = type_label("es")
    assert label != "Standard page"  # the type is named in the reader's language
    assert f'<span class="search-result__type">{label}</span>' in content
    assert '<time class="search-result__date" datetime="' in content
    assert "<mark>Campaña</mark> por la neutralidad" in content
    # The snippet is the stored text, escaped, with the matched words marked.
    assert "Nuestra <mark>campaña</mark> defiende &lt;la red&gt; abierta." in content


def test_results_are_in_the_readers_language(make_page, search_page):
    make_page("en", "Internet freedom", "Freedom online.")
    make_page("fr", "Liberté sur Internet", "La liberté en ligne.")
    assert results(search_page("fr", q="internet")) == ["Liberté sur Internet"]
    assert results(search_page("en", q="internet")) == ["Internet freedom"]


def test_results_are_ranked_by_relevance(make_page, search_page):
    make_page("en", "Annual report", "A word about encryption among many other things.")
    make_page("en", "Encryption", "Encryption protects encryption users.")
    assert results(search_page("en", q="encryption")) == ["Encryption", "Annual report"]


def test_counts_per_type_and_filter_by_type(make_page, homes, search_page):
    make_page("en", "Home office rules", "How we work from home.")
    extra_home = HomePage(
        title="Home of the archive", slug="archive-home", locale=homes["en"].locale
    )
    homes["en"].add_child(instance=extra_home)
    extra_home.save_revision().publish()

    response = search_page("en", q="home")
    content = response.content.decode()
    assert 'value="home.standardpage"> Standard page <span class="search-filters__count">(1)' in (
        content
    )
    assert 'value="home.homepage"> Home page <span class="search-filters__count">(2)' in content

    filtered = search_page("en", q="home", type="home.standardpage")
    assert results(filtered) == ["Home office rules"]
    assert 'value="home.standardpage" checked' in filtered.content.decode()


def test_filter_by_topic(make_page, search_page):
    topic = Topic.objects.create(slug="privacy", name_en="Privacy")
    tagged = make_page("en", "Privacy campaign", "Our campaign.")
    make_page("en", "Other campaign", "Our campaign.")
    # Page types with a topics field index it (see test_topics_of_a_page_type_are_indexed);
    # here the topic is set on the entry, the way the index stores it.
    IndexEntry.objects.get(page=tagged).topics.add(topic)

    response = search_page("en", q="campaign")
    assert '<option value="privacy">Privacy (1)</option>' in response.content.decode()
    assert results(search_page("en", q="campaign", topic="privacy")) == ["Privacy campaign"]


def test_topics_of_a_page_type_are_indexed(homes):
    from django.apps import apps

    from search.documents import build_documents, topic_fields

    model = apps.get_model("campaigns", "CampaignPage") if apps.is_installed("campaigns") else None
    if model is None or not topic_fields(model):
        pytest.skip("no page type with topics is installed")
    topic = Topic.objects.create(slug="privacy", name_en="Privacy")
    page = model(title="Privacy campaign", slug="privacy-campaign", locale=homes["en"].locale)
    homes["en"].add_child(instance=page)
    getattr(page, topic_fields(model)[0]).add(topic)
    page.save_revision().publish()
    assert build_documents([page])[0].topic_ids == [topic.pk]
    assert list(IndexEntry.objects.get(page=page).topics.all()) == [topic]


def test_pagination_is_a_plain_get_link(make_page, search_page):
    for number in range(13):
        make_page("en", f"Campaign {number}", "A campaign.")
    first = search_page("en", q="campaign")
    assert len(results(first)) == 10
    assert 'href="?q=campaign&amp;page=2" rel="next"' in first.content.decode()
    second = search_page("en", q="campaign", page="2")
    assert len(results(second)) == 3
    assert set(results(first)).isdisjoint(results(second))


@pytest.mark.parametrize("page", ["abc", "0", "-3", "2.5", "99999999999999999999999", "", "7"])
def test_bad_page_numbers_give_a_clear_page(make_page, search_page, page):
    make_page("en", "Campaign", "A campaign.")
    response = search_page("en", q="campaign", page=page)
    assert response.status_code == 200
    assert results(response) == ["Campaign"]
    if page:
        assert 'class="notice"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 10_000,
        "word " * 3_000,
        "!!!...???",
        '"',
        '"unbalanced quote',
        "*",
        "camp*",
        "NEAR(a b)",
        "-",
        "-campaign",
        "title:campaign",
        ":",
        "a OR b AND NOT c",
        "'); DROP TABLE search_indexentry; --",
        "%_\\",
        "\x00",
        "数字 rights حقوق права droits",
        "ＷＩＫＩ",
        "\u200f\u202e",
        "🙂🙂",
    ],
)
def test_any_query_gives_a_page_never_an_error(make_page, search_page, query):
    make_page("en", "Campaign", "A campaign for rights.")
    response = search_page("en", q=query)
    assert response.status_code == 200


def test_punctuation_only_queries_are_explained(search_page, portal):
    response = search_page("en", q="!!! ???")
    assert "Your search has no words to look for" in response.content.decode()


def test_very_long_queries_are_shortened(search_page, portal):
    response = search_page("en", q="campaign " * 100)
    assert "Your search was shortened" in response.content.decode()


def test_unknown_type_and_topic_are_explained(make_page, search_page):
    make_page("en", "Campaign", "A campaign.")
    response = search_page("en", q="campaign", type="nope.nothing", topic="nothing")
    content = response.content.decode()
    assert "There is no such type of page" in content
    assert "There is no such topic" in content
    assert results(response) == ["Campaign"]


def test_other_languages_are_offered_when_the_readers_language_has_few_results(
    make_page, search_page
):
    make_page("en", "Wikipedia blackout", "The day Wikipedia went dark.")
    make_page("fr", "Wikipédia en grève", "Le jour où Wikipédia s'est éteint.")
    response = search_page("es", q="wikipedia")
    content = response.content.decode()
    assert results(response) == []
    assert in_language("es", "Results in other languages") in content
    assert sorted(other_results(response)) == ["Wikipedia blackout", "Wikipédia en grève"]
    assert '<span class="search-result__language" lang="fr">Français</span>' in content


def test_other_languages_stay_hidden_when_the_readers_language_has_enough(make_page, search_page):
    for number in range(3):
        make_page("es", f"Wikipedia {number}", "Wikipedia.")
    make_page("en", "Wikipedia blackout", "Wikipedia went dark.")
    response = search_page("es", q="wikipedia")
    assert len(results(response)) == 3
    assert other_results(response) == []


def test_an_alias_and_its_source_are_shown_once(make_page, search_page):
    page = make_page("en", "Net neutrality campaign", "Providers treat traffic equally.")
    sync_page(page)
    response = search_page("fr", q="neutrality")
    # The French tree's alias of the English page is the result; the English page is not shown
    # again under "Results in other languages".
    assert results(response) == ["Net neutrality campaign"]
    assert other_results(response) == []
    assert response.content.decode().count("Net <mark>neutrality</mark> campaign") == 1


def test_aliases_are_not_listed_as_other_languages(make_page, search_page):
    page = make_page("fr", "Campagne pour la neutralité", "Les opérateurs.")
    # An alias of the French page in Spanish, as synchronisation would create from French.
    page.create_alias(
        recursive=False,
        parent=page.get_parent().get_translation(Locale.objects.get(language_code="es")),
        update_locale=Locale.objects.get(language_code="es"),
    )
    response = search_page("en", q="neutralité")
    assert other_results(response) == ["Campagne pour la neutralité"]


def test_promoted_results_come_first_in_their_language(make_page, search_page):
    english = make_page("en", "Data protection guide", "How to protect your data.")
    french = make_page("fr", "Guide de protection des données", "Protégez vos données.")
    query = Query.get("privacy")
    SearchPromotion.objects.create(
        query=query, page=english, description="Start here", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=french, sort_order=1)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/privacy",
        external_link_text="Privacy handbook",
        sort_order=2,
    )

    content = search_page("en", q="Privacy").content.decode()
    promoted = content.split('id="search-promotions-heading"')[1].split("</section>")[0]
    assert "Data protection guide" in promoted and "Start here" in promoted
    assert "Privacy handbook" in promoted
    assert "Guide de protection" not in promoted

    promoted_fr = search_page("fr", q="privacy").content.decode()
    assert "Guide de protection des données" in promoted_fr
    assert "Data protection guide" not in promoted_fr


def test_queries_are_logged_per_language(make_page, search_page):
    make_page("en", "Campaign", "A campaign.")
    search_page("en", q="Campaign")
    search_page("en", q="campaign ")
    search_page("fr", q="campaign")
    search_page("en", q="campaign", page="2")  # later pages are not new searches
    promotions.flush_query_log()
    query = Query.objects.get(query_string="campaign")
    assert query.hits == 3
    hits = dict(QueryHit.objects.filter(query=query).values_list("language", "hits"))
    assert hits == {"en": 2, "fr": 1}
    assert QueryHit.objects.get(query=query, language="fr").zero_result_hits == 1


def test_popular_queries_per_language_in_the_admin(make_page, search_page, admin_client):
    make_page("en", "Campaign", "A campaign.")
    search_page("en", q="campaign")
    search_page("ru", q="кампания")
    response = admin_client.get("/admin/reports/popular-searches/", {"language": "ru"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "кампания" in content
    assert ">campaign<" not in content
    assert (
        "Popular searches" in admin_client.get("/admin/reports/popular-searches/").content.decode()
    )


def test_popular_queries_are_for_editors_who_may_promote(client, django_user_model, portal):
    user = django_user_model.objects.create_user("reader", password="x")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/popular-searches/").status_code in (302, 403)


def test_autocomplete_suggests_titles_as_json(make_page, client):
    page = make_page("es", "Campañas digitales", "Texto.")
    make_page("en", "Campaigns", "Text.")
    response = client.get("/es/search/", {"autocomplete": "1", "q": "campa"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "query": "campa",
        "results": [
            {
                "title": "Campañas digitales",
                "url": page.get_url(),
                "type": type_label("es"),
            }
        ],
    }


def test_autocomplete_of_chinese_titles_from_one_character(make_page, client):
    make_page("zh-hans", "数字权利运动", "文字。")
    assert [
        r["title"] for r in client.get("/zh-hans/search/?autocomplete=1&q=数").json()["results"]
    ] == ["数字权利运动"]


@pytest.mark.parametrize("query", ["", '"', "NEAR(", "a" * 10_000, "*"])
def test_autocomplete_never_fails(client, portal, query):
    response = client.get("/en/search/", {"autocomplete": "1", "q": query})
    assert response.status_code == 200
    assert response.json()["results"] == []


def _publish_many(make_page, homes, word, standard, home_pages):
    for number in range(standard):
        make_page("en", f"{word} story {number}", f"About {word}.")
    for number in range(home_pages):
        page = HomePage(title=f"{word} home {number}", slug=f"{word}-home-{number}")
        page.locale = homes["en"].locale
        homes["en"].add_child(instance=page)
        page.save_revision().publish()


def test_the_number_of_queries_does_not_grow_with_results_or_page_types(
    make_page, homes, search_page
):
    _publish_many(make_page, homes, "alpha", standard=4, home_pages=0)
    _publish_many(make_page, homes, "omega", standard=8, home_pages=6)
    search_page("en", q="warmup")  # fills the per-process caches (content types, site roots)

    with CaptureQueriesContext(connection) as few:
        assert len(results(search_page("en", q="alpha"))) == 4
    with CaptureQueriesContext(connection) as many:
        assert len(results(search_page("en", q="omega"))) == 10

    assert len(many.captured_queries) == len(few.captured_queries)
    assert len(many.captured_queries) <= 30, [q["sql"] for q in many.captured_queries]


@pytest.mark.parametrize("language", ["en", "ar", "zh-hans"])
def test_each_search_landmark_has_its_own_name(search_page, portal, language):
    content = search_page(language, q="rights").content.decode()
    forms = re.findall(r"<form\b[^>]*>", content)
    landmarks = [form for form in forms if 'role="search"' in form]
    names = [html.unescape(re.search(r'aria-label="([^"]+)"', form).group(1)) for form in landmarks]
    assert len(landmarks) == 2
    assert len(set(names)) == 2
    assert in_language(language, "Search and filter the results") in names
    assert in_language(language, "Search the site") in names


def test_the_search_form_sizes_only_its_text_inputs():
    """A rule for every input also stretched the filters' radio buttons over their labels."""
    from pathlib import Path

    from django.conf import settings

    css = (Path(settings.BASE_DIR) / "portal/static/css/portal.css").read_text()
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", css)
    sized = [s.strip() for s, body in rules if "min-inline-size" in body]
    selectors = [s for s in sized if ".search-form" in s]
    assert selectors
    assert all("[type=" in selector for selector in selectors)
    assert not re.search(r"\.search-form input\s*[{,]", css)


def test_one_promotion_covers_every_language_of_the_page(
    make_page, search_page, django_capture_on_commit_callbacks
):
    from portal.localize import sync_page, translate

    english = make_page("en", "Data protection guide", "How to protect your data.")
    sync_page(english)  # an alias in every other language
    with django_capture_on_commit_callbacks(execute=True):
        translate(english, "fr", {"Data protection guide": "Guide de protection des données"})
    SearchPromotion.objects.create(query=Query.get("privacy"), page=english, sort_order=0)

    def promoted_in(language):
        content = search_page(language, q="privacy").content.decode()
        return content.split('id="search-promotions-heading"')[1].split("</section>")[0]

    assert "Guide de protection des données" in promoted_in("fr")  # the translation
    assert "Data protection guide" in promoted_in("ar")  # the alias, which shows the source
    assert "/ar/" in promoted_in("ar")

"""Names sorted and written as each language's readers expect (portal/text.py, settings)."""

import pytest
from django.utils import translation

from portal.text import collated_countries, sort_key


def test_chinese_sorts_by_pinyin_not_code_point():
    names = ["中国", "阿根廷", "巴西", "俄罗斯"]
    assert sorted(names, key=lambda name: sort_key(name, "zh-hans")) == [
        "阿根廷",  # a
        "巴西",  # ba
        "俄罗斯",  # e
        "中国",  # zhong
    ]


def test_accents_and_case_count_only_between_equal_names():
    names = ["Équateur", "zambie", "Égypte", "Émirats arabes unis", "Allemagne"]
    assert sorted(names, key=lambda name: sort_key(name, "fr")) == [
        "Allemagne",
        "Égypte",
        "Émirats arabes unis",
        "Équateur",
        "zambie",
    ]


@pytest.mark.parametrize(
    "language, first", [("ar", "آروبا"), ("ru", "Австралия"), ("zh-hans", "阿尔巴尼亚")]
)
def test_country_list_is_in_the_readers_order(language, first):
    with translation.override(language):
        names = [country.name for country in collated_countries]
    assert names[0] == first
    assert names == sorted(names, key=lambda name: sort_key(name, language))


@pytest.mark.parametrize(
    "language, code, name",
    [
        ("es", "AD", "Andorra"),
        ("pt", "QA", "Catar"),
        ("pt", "IR", "Irã"),
        ("ar", "SA", "السعودية"),
        ("ar", "ES", "إسبانيا"),
        ("zh-hans", "SJ", "斯瓦尔巴和扬马延"),
        ("en", "US", "United States"),
    ],
)
def test_country_names_read_as_the_language_writes_them(language, code, name):
    from django_countries import countries

    with translation.override(language):
        assert countries.name(code) == name

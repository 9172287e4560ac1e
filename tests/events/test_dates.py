"""Dates read the way a reader of each language writes them (events/dates.py)."""

from datetime import date, time

import pytest
from django.utils import translation

from events.dates import dates_tbc_notice, format_dates, format_times, location_tbc_notice

FEB_5, FEB_9 = date(2024, 2, 5), date(2024, 2, 9)
JAN_30_2013, FEB_4_2013 = date(2013, 1, 30), date(2013, 2, 4)
DEC_30_2013, JAN_4_2014 = date(2013, 12, 30), date(2014, 1, 4)
JULY_2013, AUGUST_2013 = date(2013, 7, 1), date(2013, 8, 1)

EXPECTED = {
    "en": {
        "day": "9 February 2024",
        "same_month": "5–9 February 2024",
        "same_year": "30 January – 4 February 2013",
        "across_years": "30 December 2013 – 4 January 2014",
        "month": "July 2013",
        "months": "July–August 2013",
        "year": "2027",
        "years": "2026–2027",
    },
    "fr": {
        "day": "9 février 2024",
        "same_month": "5 au 9 février 2024",
        "same_year": "30 janvier au 4 février 2013",
        "across_years": "30 décembre 2013 au 4 janvier 2014",
        "month": "juillet 2013",
        "months": "juillet à août 2013",
        "year": "2027",
        "years": "2026–2027",
    },
    "ar": {
        "day": "9 فبراير 2024",  # one pattern for days and ranges: no comma before the year
        "same_month": "من 5 إلى 9 فبراير 2024",
        "same_year": "من 30 يناير إلى 4 فبراير 2013",
        "across_years": "من 30 ديسمبر 2013 إلى 4 يناير 2014",
        "month": "يوليو 2013",
        "months": "من يوليو إلى أغسطس 2013",
        "year": "2027",
        "years": "من 2026 إلى 2027",
    },
    "zh-hans": {
        "day": "2024年2月9日",
        "same_month": "2024年2月5日至9日",
        "same_year": "2013年1月30日至2月4日",
        "across_years": "2013年12月30日至2014年1月4日",
        "month": "2013年7月",
        "months": "2013年7月至8月",
        "year": "2027年",
        "years": "2026年至2027年",
    },
}

CASES = {
    "day": (FEB_9, None, "day"),
    "same_month": (FEB_5, FEB_9, "day"),
    "same_year": (JAN_30_2013, FEB_4_2013, "day"),
    "across_years": (DEC_30_2013, JAN_4_2014, "day"),
    "month": (JULY_2013, None, "month"),
    "months": (JULY_2013, AUGUST_2013, "month"),
    "year": (date(2027, 1, 1), None, "year"),
    "years": (date(2026, 1, 1), date(2027, 1, 1), "year"),
}


@pytest.mark.parametrize("language", EXPECTED)
@pytest.mark.parametrize("case", CASES)
def test_dates_read_as_in_each_language(catalogues, language, case):
    start, end, precision = CASES[case]
    with translation.override(language):
        assert format_dates(start, end, precision) == EXPECTED[language][case]


def test_a_range_within_one_day_is_one_date():
    assert format_dates(FEB_9, FEB_9) == "9 February 2024"


def test_a_month_range_within_one_month_is_that_month():
    assert format_dates(JULY_2013, date(2013, 7, 1), "month") == "July 2013"


def test_untranslated_patterns_fall_back_to_the_languages_own_formats():
    # German has Django formats but no catalogue of ours: full dates, never an English pattern.
    with translation.override("de"):
        assert format_dates(FEB_5, FEB_9) == "5. Februar 2024 – 9. Februar 2024"
        assert format_dates(FEB_9) == "9. Februar 2024"
        assert format_dates(JULY_2013, None, "month") == "Juli 2013"


def test_a_broken_translation_falls_back_instead_of_failing(catalogues, settings, tmp_path):
    import polib

    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(
        polib.POEntry(
            msgctxt="event date range", msgid="{start:j}–{end:j F Y}", msgstr="{debut:j}–{fin}"
        )
    )
    directory = tmp_path / "broken" / "es" / "LC_MESSAGES"
    directory.mkdir(parents=True)
    po.save_as_mofile(str(directory / "django.mo"))
    settings.LOCALE_PATHS = [tmp_path / "broken", *settings.LOCALE_PATHS]
    with translation.override("es"):
        assert format_dates(FEB_5, FEB_9) == "5 de febrero de 2024 – 9 de febrero de 2024"


@pytest.mark.parametrize(
    ("language", "dates_notice", "location_notice"),
    [
        ("en", "Dates to be confirmed", "Location to be confirmed"),
        ("fr", "Dates à confirmer", "Lieu à confirmer"),
        ("ar", "المواعيد قيد التأكيد", "المكان قيد التأكيد"),
        ("zh-hans", "日期待定", "地点待定"),
    ],
)
def test_to_be_confirmed_notices_are_translated(
    catalogues, language, dates_notice, location_notice
):
    with translation.override(language):
        assert dates_tbc_notice() == dates_notice
        assert location_tbc_notice() == location_notice


def test_times_show_with_their_time_zone_by_its_localised_name():
    assert format_times(time(10), time(17, 30), "Europe/Zurich") == (
        "10 a.m.–5:30 p.m. (Central European Time)"
    )
    assert format_times(time(9), None, "America/Sao_Paulo") == "9 a.m. (Brasilia Time)"
    assert format_times(time(9), None, "") == "9 a.m. (UTC)"
    with translation.override("fr"):
        assert format_times(time(10), time(17, 30), "Asia/Tokyo") == "10:00–17:30 (heure du Japon)"


@pytest.mark.parametrize(
    "language, single, months",
    [
        ("fr", "1er février 2024", "juillet–août 2013"),
        ("ru", "1 февраля 2024 г.", "июль–август 2013 г."),
        ("pt", "1 de fevereiro de 2024", "julho a agosto de 2013"),
        ("ar", "1 فبراير 2024", "من يوليو إلى أغسطس 2013"),
    ],
)
def test_dates_follow_each_languages_conventions(language, single, months):
    """With the real catalogues (locale/)."""
    from events.timing import MONTH

    with translation.override(language):
        assert format_dates(date(2024, 2, 1)) == single
        assert format_dates(date(2013, 7, 1), date(2013, 8, 1), MONTH) == months

"""The search query log: anonymous searches are counted in memory and written in batches."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query

from search import promotions
from search.models import QueryHit

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def writes(captured):
    return [
        q["sql"] for q in captured.captured_queries if q["sql"].lstrip().upper().startswith(WRITES)
    ]


def test_fifty_identical_searches_write_a_constant_number_of_rows(make_page, search_page):
    make_page("en", "Campaign", "A campaign.")
    search_page("en", q="warmup")  # the first search may flush at once
    with CaptureQueriesContext(connection) as captured:
        for _ in range(50):
            assert search_page("en", q="Campaign").status_code == 200
    assert len(writes(captured)) <= 6, writes(captured)

    promotions.flush_query_log()
    assert Query.objects.get(query_string="campaign").hits == 50
    assert QueryHit.objects.get(query__query_string="campaign", language="en").hits == 50


def test_the_batch_is_written_once_the_interval_has_passed(make_page, search_page, settings):
    settings.SEARCH_LOG_FLUSH_INTERVAL = 0
    search_page("fr", q="nothing here")
    assert Query.objects.get(query_string="nothing here").hits == 1
    assert QueryHit.objects.get(language="fr").zero_result_hits == 1


def test_popular_searches_report_counts_every_search(make_page, search_page, admin_client):
    make_page("ru", "Кампания", "Текст.")
    for _ in range(50):
        search_page("ru", q="кампания")
    content = admin_client.get("/admin/reports/popular-searches/", {"language": "ru"}).content
    content = content.decode()
    assert "кампания" in content
    row = content.split("кампания")[1].split("</tr>")[0]
    assert ">50<" in row.replace(" ", ""), row

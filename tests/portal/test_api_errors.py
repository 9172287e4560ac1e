"""The API v2 answers bad parameters with a 4xx JSON message, never a 500."""

import pytest

BAD = [
    ("/api/v2/pages/?type=events.EventPage&start_date=notadate", 400, "YYYY-MM-DD"),
    ("/api/v2/pages/?offset=99999999999999999999", 400, "offset"),
    ("/api/v2/documents/?offset=99999999999999999999", 400, "offset"),
    ("/api/v2/images/?offset=99999999999999999999", 400, "offset"),
    ("/api/v2/pages/?limit=-1", 400, "limit"),
    ("/api/v2/pages/?offset=-5", 400, "offset"),
    ("/api/v2/pages/?locale=xx", 404, "Locale"),
    ("/api/v2/pages/?order=nonsense", 400, "nonsense"),
    ("/api/v2/pages/?search=a%00b", 400, "search"),
    ("/api/v2/pages/?title=a%00b", 400, "title"),
]


@pytest.mark.parametrize(("url", "status", "message"), BAD)
def test_bad_parameters_get_a_clear_message(client, portal, url, status, message):
    response = client.get(url)
    assert response.status_code == status, response.content
    assert message in response.json()["message"]


def test_fields_star_still_answers(client, portal):
    response = client.get("/api/v2/pages/?fields=*")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 1


def test_a_large_valid_offset_is_an_empty_page(client, portal):
    response = client.get("/api/v2/pages/?offset=100000")
    assert response.status_code == 200
    assert response.json()["items"] == []

"""Reading and checking "country -> position" datasets (campaigns.positions)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from campaigns.briefs.positions import MAX_MESSAGES, parse_positions_csv, validate_assignments

KEYS = ["signed", "did_not_sign", "absent"]


def problems(text, keys=KEYS):
    with pytest.raises(ValidationError) as caught:
        parse_positions_csv(text, keys)
    return caught.value.messages


# --- Good files -----------------------------------------------------------------------------


def test_simple_file():
    text = "DE,signed\nFR,did_not_sign\nBR,absent\n"
    assert parse_positions_csv(text, KEYS) == [
        ("DE", "signed"),
        ("FR", "did_not_sign"),
        ("BR", "absent"),
    ]


def test_spreadsheet_file_with_everything():
    # BOM, header, semicolons, Windows line ends, blank lines, spaces, quotes, alpha-3 codes,
    # lower case codes, keys in another case and a trailing empty cell.
    text = (
        "\ufeffCountry code;Position\r\n"
        "\r\n"
        "de ; Signed\r\n"
        '"FRA";"did_not_sign"\r\n'
        "  \r\n"
        "bra;ABSENT;\r\n"
    )
    assert parse_positions_csv(text, KEYS) == [
        ("DE", "signed"),
        ("FR", "did_not_sign"),
        ("BR", "absent"),
    ]


def test_bytes_in_utf8_with_bom():
    text = "\ufeffcountry,position\nCI,signed\n".encode()
    assert parse_positions_csv(text, KEYS) == [("CI", "signed")]


def test_tab_separated():
    assert parse_positions_csv("code\tposition\nMT\tsigned\n", KEYS) == [("MT", "signed")]


@pytest.mark.parametrize("header", ["Country", "CODE", "Country code", "Pays;Position", "ISO"])
def test_headers(header):
    assert parse_positions_csv(f"{header}\nDE;signed\n", KEYS) == [("DE", "signed")]


def test_header_is_only_the_first_line():
    messages = problems("DE,signed\nCountry,Position\n")
    assert messages == [
        "Line 2: “Country” is not a country code. “Position” is not one of "
        "the positions: signed, did_not_sign, absent."
    ]


def test_keys_come_back_as_given():
    assert parse_positions_csv("DE,Oui\n", ["Oui", "Non"]) == [("DE", "Oui")]


# --- Bad files ------------------------------------------------------------------------------


def test_unknown_country_code():
    assert problems("country,position\nDE,signed\nXX,signed\n") == [
        "Line 3: “XX” is not a country code."
    ]


def test_country_name_instead_of_code_gets_a_hint():
    assert problems("Germany,signed\n") == [
        "Line 1: “Germany” is not a country code (for Germany, write DE)."
    ]


def test_numeric_codes_are_refused():
    assert problems("276,signed\n") == ["Line 1: “276” is not a country code."]


def test_unknown_position():
    assert problems("DE,signed\n\n\nFR,maybe\n") == [
        "Line 4: “maybe” is not one of the positions: signed, did_not_sign, absent."
    ]


def test_duplicate_country():
    # The same country, once as alpha-2 and once as alpha-3.
    assert problems("BR,signed\nDE,absent\nbra,absent\n") == [
        "Line 3: Brazil is already on line 1."
    ]


@pytest.mark.parametrize("line", ["DE", "DE,signed,yes", "DE,", ",signed", "DE,signed,x,y"])
def test_wrong_number_of_cells(line):
    assert problems(f"FR,signed\n{line}\n") == [
        "Line 2: expected two values, a country code and a position."
    ]


def test_not_utf8():
    (message,) = problems("DE,signé\n".encode("latin-1"))
    assert "not a text file in UTF-8" in message
    (message,) = problems(b"PK\x03\x04\x00\x00binary")
    assert "not a text file in UTF-8" in message


@pytest.mark.parametrize("text", ["", "\n\n  \n", "Country code,Position\n", b""])
def test_empty(text):
    (message,) = problems(text)
    assert "no data" in message


def test_too_many_rows():
    text = "\n".join("DE,signed" for _ in range(1001))
    assert problems(text) == ["The file has 1001 rows; at most 1000 are allowed."]


def test_a_thousand_rows_are_fine_when_good():
    # 1000 rows are allowed; with so many countries, duplicates are the only problem here.
    text = "country,position\n" + "\n".join("DE,signed" for _ in range(1000))
    messages = problems(text)
    assert messages[0] == "Line 3: Germany is already on line 2."


def test_several_bad_lines_give_several_messages():
    text = "\n".join(
        [
            "country;position",  # 1
            "DE;signed",  # 2
            "XX;signed",  # 3
            "FR;maybe",  # 4
            "",  # 5
            "DE;absent",  # 6
            "IT",  # 7
            "YY;perhaps",  # 8
            "ES;absent",  # 9
        ]
    )
    assert problems(text) == [
        "Line 3: “XX” is not a country code.",
        "Line 4: “maybe” is not one of the positions: signed, did_not_sign, absent.",
        "Line 6: Germany is already on line 2.",
        "Line 7: expected two values, a country code and a position.",
        "Line 8: “YY” is not a country code. "
        "“perhaps” is not one of the positions: signed, did_not_sign, absent.",
    ]


def test_messages_are_capped():
    text = "\n".join(f"X{i:02d},signed" for i in range(MAX_MESSAGES + 5))
    messages = problems(text)
    assert len(messages) == MAX_MESSAGES + 1
    assert messages[0] == "Line 1: “X00” is not a country code."
    assert messages[-1] == "…and 5 more problems."


def test_one_more_problem_is_singular():
    text = "\n".join(f"X{i:02d},signed" for i in range(MAX_MESSAGES + 1))
    assert problems(text)[-1] == "…and 1 more problem."


def test_long_values_are_shortened():
    (message,) = problems("DE," + "x" * 500 + "\n")
    assert len(message) < 200


def test_country_names_follow_the_active_language():
    with translation.override("fr"):
        (message,) = problems("DE,signed\nDEU,absent\n")
    assert "Allemagne" in message


# --- Rows entered in the admin --------------------------------------------------------------


def test_valid_assignments():
    assert (
        validate_assignments([("DE", "signed"), ("fr", "Absent"), ("BRA", "absent")], KEYS) is None
    )
    assert validate_assignments([], KEYS) is None


def test_invalid_assignments():
    rows = [
        ("DE", "signed"),  # 1
        ("XX", "signed"),  # 2
        ("FR", "maybe"),  # 3
        ("DEU", "absent"),  # 4
        ("", "signed"),  # 5
        ("IT", ""),  # 6
    ]
    with pytest.raises(ValidationError) as caught:
        validate_assignments(rows, KEYS)
    assert caught.value.messages == [
        "Row 2: “XX” is not a country code.",
        "Row 3: “maybe” is not one of the positions: signed, did_not_sign, absent.",
        "Row 4: Germany is already in row 1.",
        "Row 5: the country code is missing.",
        "Row 6: “” is not one of the positions: signed, did_not_sign, absent.",
    ]


def test_no_positions_yet():
    with pytest.raises(ValidationError) as caught:
        validate_assignments([("DE", "signed")], [])
    assert caught.value.messages == ["Row 1: there are no positions to choose from yet."]

"""Counts in scripts agree with their number: one message per plural category of the language."""

import json

from django.template import Context, Template
from django.utils import translation

from portal.cldr import plural_messages


def test_russian_suggestions_have_a_message_for_one_few_and_many():
    with translation.override("ru"):
        rendered = Template("{% load portal_tags %}{% suggestion_messages %}").render(Context())
    forms = json.loads(rendered.replace("&quot;", '"'))
    assert set(forms) == {"one", "few", "many"}
    assert forms["one"].startswith("%(count)s вариант.")
    assert forms["few"].startswith("%(count)s варианта.")
    assert forms["many"].startswith("%(count)s вариантов.")


def test_chinese_has_one_form_and_arabic_six():
    assert set(plural_messages(str, "zh-hans")) == {"other"}
    assert set(plural_messages(str, "ar")) == {"zero", "one", "two", "few", "many", "other"}

"""Serialisers for the events' own related data in the Wagtail API (/api/v2/pages/?type=events...).

Names come out in the language of the request (modeltranslation and django-countries follow the
active language).
"""

from rest_framework import serializers


class CategorySerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class CountrySerializer(serializers.Field):
    """A country as {"code": "CH", "name": "Switzerland"}; null when none is set."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        if not value:
            return None
        return {"code": value.code, "name": str(value.name)}

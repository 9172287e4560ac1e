"""Serialisers of the portal's shared data in the Wagtail API (/api/v2/pages/).

Every page type gives its topics the same shape, `"topics": [{"slug": ..., "name": ...}]`, with
names in the language of the request (modeltranslation follows the active language).
"""

from rest_framework import serializers


class TopicSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)

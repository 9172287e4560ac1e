import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language tag ("xx", "pt-br", "zh_Hant").
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}([-_][a-z0-9]{2,8})*$", re.IGNORECASE)


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one redirect.

    Django answers a 404 on an unprefixed path by redirecting to the same path under the reader's
    language, so `/xx/` would become `/en/xx/`. A path that starts with something shaped like a
    language tag we do not serve is a wrong language, not a missing prefix: it stays a 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            first = request.path_info.strip("/").split("/", 1)[0]
            if first and LANGUAGE_TAG.match(first) and not self._is_supported(first):
                response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
                return response
        return super().process_response(request, response)

    @staticmethod
    def _is_supported(code):
        return code.lower() in {lang for lang, _name in settings.LANGUAGES}

"""One file storage, two folders: images (public files) under MEDIA_ROOT, documents under
DOCUMENTS_ROOT.

Wagtail documents are stored as `documents/<name>`; they may sit in a private collection and
their downloads are counted, so they are served only by Wagtail's document view
(WAGTAILDOCS_SERVE_METHOD = "serve_view"). Keeping them out of MEDIA_ROOT means a web server that
publishes MEDIA_ROOT cannot serve them either.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils._os import safe_join

DOCUMENTS_PREFIX = "documents/"


def is_document(name):
    return str(name).replace("\\", "/").lstrip("/").startswith(DOCUMENTS_PREFIX)


class PortalStorage(FileSystemStorage):
    def path(self, name):
        if is_document(name):
            # DOCUMENTS_ROOT holds what would be MEDIA_ROOT/documents/.
            rest = str(name).replace("\\", "/").lstrip("/")[len(DOCUMENTS_PREFIX) :]
            return safe_join(str(Path(settings.DOCUMENTS_ROOT)), rest)
        return super().path(name)

    def _save(self, name, content):
        # Django resolves the saved name against MEDIA_ROOT, which must exist even for documents.
        os.makedirs(self.location, exist_ok=True)
        saved = super()._save(name, content)
        if not is_document(name):
            return saved
        # Django gives the name relative to MEDIA_ROOT: give it back under documents/.
        full_path = os.path.normpath(os.path.join(self.location, saved))
        relative = os.path.relpath(full_path, os.path.normpath(str(settings.DOCUMENTS_ROOT)))
        return DOCUMENTS_PREFIX + relative.replace(os.sep, "/")

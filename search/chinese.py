"""Chinese in one script: traditional characters (and Taiwan and Hong Kong terms) folded to
simplified ones before bigrams, so that a reader typing 數字權利 finds pages written 数字权利 and
the other way round.

OpenCC (the `opencc` package, its C++ library with the dictionaries bundled in the wheel) does the
conversion: first `tw2sp`, Taiwan's characters *and phrases* to the mainland's ("軟體" is "软件",
"網際網路" is "互联网"), then `hk2s` for Hong Kong's variant characters. Text already in simplified
characters comes out unchanged. Only the terms are folded: results show the page's own text.
Phrase conversion can change a run's length ("網際網路", four characters, is "互联网", three),
which `search.analysis` allows for when it gives terms their offsets.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import opencc

CONFIGS = ("tw2sp", "hk2s")

_local = threading.local()


def _converters():
    # OpenCC converters are not documented as thread-safe: one set per thread.
    converters = getattr(_local, "converters", None)
    if converters is None:
        converters = _local.converters = [opencc.OpenCC(config) for config in CONFIGS]
    return converters


@lru_cache(maxsize=100_000)
def fold_han(run):
    """A run of CJK characters, width- and case-folded, in simplified characters."""
    folded = unicodedata.normalize("NFKC", run).casefold()
    return folded if folded.isascii() else _convert(folded)


def fold_text(text):
    """A whole text with its Han runs in simplified characters (and nothing else changed), for
    engines that analyse text themselves (Elasticsearch's `cjk` analyser has no OpenCC step)."""
    if not text or text.isascii():
        return text
    return _HAN_RUN_RE.sub(lambda match: _convert(match.group()), text)


_HAN_RUN_RE = re.compile("[\u2e80-\u2fdf\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=100_000)
def _convert(run):
    for converter in _converters():
        run = converter.convert(run)
    return run

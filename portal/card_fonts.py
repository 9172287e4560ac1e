"""The fonts of the generated share cards (portal/share_card.py), found on the machine at runtime.

Pillow draws with one font per call and has no fallback of its own, and no single Debian font
covers Latin, Cyrillic, Arabic and Chinese. So each piece of text gets the first font of
FONT_CHAIN that has a glyph for every one of its characters: Noto Sans (Latin, Cyrillic, Greek),
Noto Sans Arabic, Noto Sans CJK SC (Chinese, with Latin and Cyrillic too), then DejaVu Sans,
which has Latin, Cyrillic and Arabic in one font, for an Arabic title with a Latin word in it
(one font per line lets libraqm apply the bidirectional algorithm to the whole line).

The fonts come from Debian packages (fonts-noto-core, fonts-noto-cjk, fonts-dejavu-core),
installed by `make system-fonts` and by docker/Dockerfile. They are looked for at their Debian
paths, then through fontconfig (`fc-match`), so another distribution's layout works too;
`portal.W002` (portal/checks.py) warns at startup when a script has no font.
"""

import functools
import shutil
import subprocess
from dataclasses import dataclass

from PIL import Image, ImageFont


@dataclass(frozen=True)
class FontFile:
    family: str
    path: str
    index: int = 0


# (family as fontconfig names it, Debian path, face index in a collection)
FONT_CHAIN = (
    ("Noto Sans", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", 0),
    ("Noto Sans Arabic", "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf", 0),
    # The collection's faces: JP, KR, SC, TC, HK; SC draws the Simplified Chinese forms.
    ("Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    ("DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0),
)

# One letter of each script the cards must write (the system check and the tests use them).
SCRIPT_SAMPLES = {"Latin": "A", "Cyrillic": "Ж", "Arabic": "ع", "Chinese": "中"}

# A code point no font has: what it renders is the font's .notdef glyph (the "tofu" box).
MISSING = "\U0010fffd"


def _fc_match(family):
    """(path, index) of `family` through fontconfig, or None when it has no such family (it
    would otherwise answer with its default font)."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family}|%{file}|%{index}", f"{family}:bold"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    families, _, rest = out.partition("|")
    path, _, index = rest.partition("|")
    if family not in families.split(",") or not path:
        return None
    return path, int(index or 0)


def _usable(path, index):
    try:
        ImageFont.truetype(path, 12, index=index)
    except OSError:
        return False
    return True


@functools.cache
def available_fonts():
    """The fonts of FONT_CHAIN present on this machine, in order (looked up once per process)."""
    found = []
    for family, path, index in FONT_CHAIN:
        if not _usable(path, index):
            matched = _fc_match(family)
            if matched is None or not _usable(*matched):
                continue
            path, index = matched
        found.append(FontFile(family, path, index))
    return tuple(found)


@functools.cache
def load(font, size):
    return ImageFont.truetype(
        font.path, size, index=font.index, layout_engine=ImageFont.Layout.RAQM
    )


def _mask_bytes(image_font, text):
    mask = image_font.getmask(text)
    return mask.size, Image.Image()._new(mask).tobytes()


def draws(image_font, char):
    """Whether a loaded font draws `char` with a glyph of its own rather than its .notdef box."""
    return char.isspace() or _mask_bytes(image_font, char) != _mask_bytes(image_font, MISSING)


@functools.cache
def has_glyph(font, char):
    return draws(load(font, 32), char)


def font_for(text):
    """The first available font that covers every character of `text` (or, when none does,
    the one that covers most); None when no font is installed at all."""
    fonts = available_fonts()
    if not fonts:
        return None
    chars = set(text)
    best, best_missing = fonts[0], len(chars) + 1
    for font in fonts:
        missing = sum(1 for char in chars if not has_glyph(font, char))
        if missing == 0:
            return font
        if missing < best_missing:
            best, best_missing = font, missing
    return best


def missing_scripts():
    """The scripts of SCRIPT_SAMPLES that no available font can write."""
    return [
        script
        for script, sample in SCRIPT_SAMPLES.items()
        if not any(has_glyph(font, sample) for font in available_fonts())
    ]

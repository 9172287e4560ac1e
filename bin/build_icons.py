#!/usr/bin/env python3
"""Build the site icons in portal/static/icons/ from one drawing: a globe in a rounded square.

Run once by hand when the mark or the brand colour changes; the files are kept in the
repository and the portal only serves them::

    .venv/bin/python bin/build_icons.py

Writes icon.svg (browsers that take an SVG icon), icon-192.png and icon-512.png (the web app
manifest), apple-touch-icon.png (180 px, iOS home screens, no transparency: iOS fills it black)
and favicon.ico (16, 32 and 48 px, for /favicon.ico). The PNGs are drawn at 4x and scaled down,
which gives smooth edges without an SVG renderer.
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "portal" / "static" / "icons"
BRAND = "#0b4f8a"  # --colour-brand in portal/static/css/portal.css
WHITE = "#ffffff"
UNITS = 64  # the drawing's grid, as in the SVG's viewBox

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {UNITS} {UNITS}">
<rect width="64" height="64" rx="14" fill="{BRAND}"/>
<g fill="none" stroke="{WHITE}" stroke-width="4">
<circle cx="32" cy="32" r="20"/>
<ellipse cx="32" cy="32" rx="8" ry="20"/>
<path d="M12 32h40"/>
</g>
</svg>
"""


def draw(size, rounded=True):
    scale = size * 4 / UNITS
    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(left, top, right, bottom):
        return [round(value * scale) for value in (left, top, right, bottom)]

    if rounded:
        pen.rounded_rectangle(box(0, 0, 64, 64), radius=round(14 * scale), fill=BRAND)
    else:
        pen.rectangle(box(0, 0, 64, 64), fill=BRAND)
    width = round(4 * scale)
    pen.ellipse(box(12 - 2, 12 - 2, 52 + 2, 52 + 2), outline=WHITE, width=width)
    pen.ellipse(box(24 - 2, 12 - 2, 40 + 2, 52 + 2), outline=WHITE, width=width)
    pen.rectangle(box(12, 30, 52, 34), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "icon.svg").write_text(SVG, encoding="utf-8")
    for size in (192, 512):
        draw(size).save(OUT / f"icon-{size}.png", optimize=True)
    draw(180, rounded=False).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
    draw(48).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


if __name__ == "__main__":
    main()

"""Render the app icon's SVG into the hicolor PNG sizes that desktops and installers look for.

Run from the project root (no screen needed):

    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py

It writes resources/icons/hicolor/<N>x<N>/apps/io.github.hamtimer.Hamtimer.png for each
size in SIZES, overwriting any there; the SVG itself is also installed as hicolor/scalable.
The PNGs are committed so that packaging needs no renderer; rerun this after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hamtimer import APP_ID  # noqa: E402 (after the path is set)

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICONS_DIR = ROOT / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    source = ICONS_DIR / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"make_icons: {source} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICONS_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):  # the .png suffix picks the format
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

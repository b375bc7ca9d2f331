"""The bundle's trim list keeps what the app uses and drops what only adds megabytes."""

from __future__ import annotations

import pytest

from tests import by_path

trim = by_path.load("packaging/bundle_trim.py")
PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platforms/libqoffscreen.so",
        f"{PLUGINS}/imageformats/libqsvg.so",
        f"{PLUGINS}/iconengines/libqsvgicon.so",
        f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # QtMultimedia links it
        "PySide6/Qt/lib/libQt6DBus.so.6",  # accessibility, notifications, the portal theme
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt6Core.dll",
        "resources/sounds/tick.wav",
    ],
)
def test_what_the_app_uses_is_kept(dest: str) -> None:
    assert trim.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{PLUGINS}/multimedia/libffmpegmediaplugin.so",
        f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/tls/libqopensslbackend.so",
        f"{PLUGINS}/imageformats/libqpdf.so",
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6/avcodec-61.dll",
        "PySide6/Qt6Quick.dll",
    ],
)
def test_what_only_adds_size_is_dropped(dest: str) -> None:
    assert not trim.keep(dest)


def test_qt_translations_are_kept_only_for_the_apps_own_languages() -> None:
    qt_de = "PySide6/Qt/translations/qtbase_de.qm"
    assert not trim.keep(qt_de)
    assert trim.keep(qt_de, ["de"])
    assert trim.keep("PySide6/Qt/translations/qt_pt_BR.qm", ["pt_BR"])
    assert not trim.keep("PySide6/Qt/translations/qt_help_de.qm", ["de"])


@pytest.mark.parametrize(
    ("dest", "from_host"),
    [
        ("libfontconfig.so.1", True),
        ("libpulse.so.0", True),
        ("libstdc++.so.6", True),
        ("libX11.so.6", True),
        ("libxcb.so.1", True),
        ("libxcb-cursor.so.0", False),  # often missing on the host: bundled
        ("libxkbcommon-x11.so.0", False),
        ("libpython3.11.so.1.0", False),
        ("PySide6/Qt/lib/libicudata.so.73", False),  # Qt's own ICU, not the host's
    ],
)
def test_desktop_libraries_come_from_the_host(dest: str, from_host: bool) -> None:
    assert trim.from_host(dest) is from_host


def test_libraries_only_dropped_plugins_needed_are_unreachable() -> None:
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0"],
        "/src/libgtk-3.so.0": ["libcairo.so.2"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        (f"{PLUGINS}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    assert trim.unreachable(binaries, lambda source: links.get(source, [])) == {
        "libgtk-3.so.0",
        "libcairo.so.2",
    }


def test_links_to_dropped_files_are_dropped_too() -> None:
    entries = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
    ]
    assert trim.without_dangling_links(entries) == [entries[0], entries[2]]

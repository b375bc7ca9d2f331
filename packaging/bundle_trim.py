"""What the frozen bundle keeps of PySide6: build.spec filters PyInstaller's lists through here.

Excludes alone do not shrink a PySide6 bundle: PyInstaller's Qt hooks collect every plugin
of each Qt module the app imports, and every plugin drags its libraries along (the virtual
keyboard plugin brings QtQuick and QtQml, the GTK theme brings GTK, the FFmpeg media plugin
brings FFmpeg). So the spec filters `a.binaries` and `a.datas` with `keep()`: Qt plugins
by an allow list per folder, Qt libraries and translations by short deny/allow lists. On
Linux, `unreachable()` then drops libraries that nothing kept still links to.

This file is loaded by path (it is not part of the app) and must stay free of PyInstaller
imports so that the tests can check the lists without building anything.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import PurePath

# Qt plugin folders and the plugins kept in each; a folder not listed is dropped whole.
# Names are the file stems without "lib" (Linux/macOS) and without the extension.
PLUGINS_KEPT: dict[str, set[str]] = {
    # Linux: X11, Wayland, and offscreen for --selftest and CI. Windows and macOS: native.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # QPA helpers the kept Linux platforms load: OpenGL on X11, Wayland surfaces and shells.
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"adwaita", "bradient"},
    # Dead keys (compose) and input methods (ibus) in text fields; not the virtual keyboard,
    # which alone brings QtQuick and QtQml (about 20 MB).
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # The portal theme follows the desktop's dark/light setting over D-Bus; the GTK3 theme
    # would bundle the build machine's whole GTK stack (about 20 MB) and is left out.
    "platformthemes": {"qxdgdesktopportal"},
    # The app's icons and illustrations are SVG; ico for the Windows icon. PNG is built in.
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    # Printing a report (QtPrintSupport); QPdfWriter is in QtGui and needs no plugin.
    "printsupport": {"cupsprintersupport"},
    # Windows 11 look for widgets.
    "styles": {"qmodernwindowsstyle"},
    # Spoken cues, if the app uses QtTextToSpeech: the system engines, not flite's voices.
    "texttospeech": {
        "qtexttospeech_speechd",
        "qtexttospeech_sapi",
        "qtexttospeech_winrt",
        "qtexttospeech_darwin",
    },
    # Not listed, so dropped: "multimedia" (the FFmpeg media plugin and its ~25 MB of FFmpeg:
    # QSoundEffect plays WAVs through QtMultimedia's own audio backend), "tls" and
    # "networkinformation" (the app makes no network connections), "generic" and
    # "egldeviceintegrations" (input and EGL for eglfs/linuxfb, which are not kept).
}

# Qt libraries nothing kept needs; matched on the library's own name on every OS:
# libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework.
QT_LIBRARIES_DROPPED = re.compile(
    r"(^|/)(lib)?Qt6?("
    r"Quick|Qml|VirtualKeyboard|Pdf|Designer|Help|WebEngine|WebChannel|WebSockets"
    r"|3D|Location|Positioning|Sensors|Bluetooth|Nfc|SerialPort|Sql|Test|Xml"
    r"|MultimediaWidgets|MultimediaQuick|SpatialAudio|ShaderTools"
    r"|EglFSDeviceIntegration|EglFsKmsSupport|FFmpegStub"
    r")"
)
# FFmpeg, which only the dropped media plugin uses: libavcodec.so.61, avcodec-61.dll.
FFMPEG_LIBRARIES = re.compile(r"(^|/)(lib)?(avcodec|avformat|avutil|swscale|swresample)\b")

# Qt's own translations: the meta catalog, Qt's standard texts (dialog buttons) and
# QtMultimedia's messages, and only for languages the app itself is translated into
# (resources/translations/hamtimer_<lang>.qm): a Qt translation alone would give a
# window half in another language. The rest of Qt's catalogs are dropped (7 MB).
QT_TRANSLATION = re.compile(r"(qt|qtbase|qtmultimedia)_(?P<lang>[a-z]{2,3})(_[A-Z]{2})?\.qm")

# Linux: libraries taken from the host, as when running from source (README.md's system
# libraries and what they bring). They belong to the desktop: fontconfig must read the
# host's configuration, libpulse must speak to the host's sound server, X11 and D-Bus are
# the session's. Bundling the build machine's copies only adds size and mismatches.
HOST_LIBRARIES = re.compile(
    r"(^|/)lib("
    r"stdc\+\+|gcc_s"  # the C++ runtime (never older on a host with this glibc)
    r"|X11|X11-xcb|Xau|Xdmcp|xcb|bsd|md"  # X11 core (the xcb-util family stays bundled)
    r"|fontconfig|freetype|png16|brotli\w*|expat|z|bz2"  # fonts as the host configures them
    r"|dbus-1|glib-2\.0|gthread-2\.0|pcre2-8|systemd|gcrypt|gpg-error|lz4|lzma|zstd|cap"
    r"|pulse|pulsecommon-[\d.]+|sndfile|FLAC|ogg|vorbis|vorbisenc|opus|mpg123|mp3lame|asyncns"
    r"|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils"  # QtNetwork's GSSAPI
    r"|xkbcommon"  # keyboard layouts as the host has them
    r")\.so[.\d]*$"
)

# Python modules the app never imports that PyInstaller's analysis still finds, mostly
# through lazy imports deep in the standard library (logging.handlers' SMTP and HTTP
# handlers, shutil's archive formats). The app makes no network connections and reads no
# archives; a module of the app that imported one of these would fail the frozen --selftest.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "_hashlib",  # hashlib's OpenSSL backend (libcrypto, 5 MB); the builtin hashes remain
    "_ssl",
    "ssl",
    "email",  # with importlib.metadata, which needs it and which the app does not use
    "http",
    "urllib.request",  # urllib.parse stays: pathlib uses it
    "smtplib",
    "ftplib",
    "netrc",
    "tarfile",
    "_pydecimal",  # the pure-Python fallback of the _decimal extension, which stays
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGLWidgets",
    # PyInstaller's QtCharts hook adds these Python bindings (8.5 MB for QtOpenGL alone);
    # QtCharts imports neither at run time. Its C++ library still links libQt6OpenGL, which
    # stays. The frozen --selftest draws a chart into a PDF, so a wrong guess here fails CI.
    "PySide6.QtOpenGL",
    "PySide6.QtConcurrent",
]


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(folder, name) of a Qt plugin at bundle path `dest`, or None if it is not one."""
    parts = PurePath(dest).parts
    if "plugins" not in parts[:-2] or not any(p.startswith("PySide6") for p in parts):
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    if index + 2 != len(parts) - 1:
        return None
    name = parts[-1].split(".")[0]
    return parts[index + 1], name.removeprefix("lib")


def keep(dest: str, languages: Iterable[str] = ()) -> bool:
    """Whether the bundle keeps the binary or data file it would place at `dest`.

    `languages` are those of the app's own translations ("de", "pt_BR").
    """
    dest = dest.replace("\\", "/")
    plugin = plugin_of(dest)
    if plugin is not None:
        folder, name = plugin
        return name in PLUGINS_KEPT.get(folder, set())
    if dest.startswith("PySide6") and "/translations/" in dest and dest.endswith(".qm"):
        match = QT_TRANSLATION.fullmatch(PurePath(dest).name)
        return match is not None and match["lang"] in {lang.split("_")[0] for lang in languages}
    return not (QT_LIBRARIES_DROPPED.search(dest) or FFMPEG_LIBRARIES.search(dest))


def from_host(dest: str) -> bool:
    """Linux: whether `dest` is a library the bundle leaves to the host (HOST_LIBRARIES)."""
    return "/" not in dest.replace("\\", "/") and HOST_LIBRARIES.search(dest) is not None


def unreachable(
    binaries: Iterable[tuple[str, str, str]],
    needed_by: Callable[[str], Iterable[str]],
) -> set[str]:
    """Destinations of shared libraries that no kept extension, plugin or Python links to.

    `binaries` are PyInstaller's (dest, source, typecode) entries; `needed_by(source)`
    gives the file names a binary links to (DT_NEEDED on Linux). Roots are Python's
    extension modules, Qt plugins (loaded by Qt, not linked) and libpython (loaded by the
    bootloader); every other library stays only if something reachable links to it.
    """
    libraries = {
        PurePath(dest).name: (dest, source)
        for dest, source, typecode in binaries
        if typecode == "BINARY" and not plugin_of(dest) and not _is_libpython(dest)
    }
    pending = [
        source
        for dest, source, typecode in binaries
        if typecode in ("BINARY", "EXTENSION") and PurePath(dest).name not in libraries
    ]
    reached: set[str] = set()
    while pending:
        for name in needed_by(pending.pop()):
            if name in libraries and name not in reached:
                reached.add(name)
                pending.append(libraries[name][1])
    return {dest for name, (dest, _) in libraries.items() if name not in reached}


def without_dangling_links(
    entries: list[tuple[str, str, str]], others: Iterable[tuple[str, str, str]] = ()
) -> list[tuple[str, str, str]]:
    """Drop SYMLINK entries (dest, relative target, "SYMLINK") whose target was dropped.

    `others` are the entries of the other list (datas for binaries), which links may target.
    """
    kept = {dest for dest, _, typecode in [*entries, *others] if typecode != "SYMLINK"}
    return [
        (dest, target, typecode)
        for dest, target, typecode in entries
        if typecode != "SYMLINK"
        or posixpath.normpath(posixpath.join(posixpath.dirname(dest), target)) in kept
    ]


def _is_libpython(dest: str) -> bool:
    return PurePath(dest).name.startswith(("libpython", "python3", "Python"))

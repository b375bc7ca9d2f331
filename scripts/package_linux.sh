#!/usr/bin/env bash
# Builds the Linux download from the one-folder bundle: dist/hamtimer-<version>-linux-<arch>.tar.xz
#
#     pyinstaller --noconfirm --clean build.spec && scripts/package_linux.sh
#
# The archive holds hamtimer-<version>/ with the bundle (hamtimer/), install.sh and
# uninstall.sh (per-user install under ~/.local, see packaging/linux/install.sh). It is a
# .tar.xz, not an AppImage: appimagetool and the AppImage runtime are not in the package
# registries this project builds from (see docs/PACKAGING.md).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bundle=dist/hamtimer
if [[ ! -x $bundle/hamtimer ]]; then
    echo "package_linux: no $bundle/hamtimer; run 'pyinstaller --noconfirm --clean build.spec' first" >&2
    exit 1
fi

version=$("$bundle/hamtimer" --version | awk '{ print $2 }')  # the bundle says what it is
name="hamtimer-$version"
archive="dist/$name-linux-$(uname -m).tar.xz"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir "$stage/$name"
cp -a "$bundle" "$stage/$name/hamtimer"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/$name/"
cat > "$stage/$name/README.txt" <<TEXT
hamtimer $version for Linux ($(uname -m))

Run it where it is:   ./hamtimer/hamtimer
Install for you:      ./install.sh     (menu entry, icon, and ~/.local/bin/hamtimer)
Uninstall:            ./uninstall.sh   (your sessions log is kept)

Needs the desktop libraries every Linux desktop has: OpenGL/EGL, X11 or Wayland,
fontconfig, D-Bus, GLib, libpulse (for sound) and libgssapi-krb5. On a bare Debian or
Ubuntu: sudo apt-get install libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \\
    libpulse0 libglib2.0-0 libgssapi-krb5-2
TEXT

# Measured on 2 CPUs for the 104 MiB bundle, with 16 MiB blocks so that both CPUs work:
# -6 gives 28.2 MB in 37 s; -9 saves only 0.07 MB; -3 takes 14 s but gives 30.9 MB.
XZ_OPT=${XZ_OPT:--6 -T0 --block-size=16MiB} tar -C "$stage" --owner=0 --group=0 --numeric-owner -cJf "$archive" "$name"
echo "$archive $(du --apparent-size --block-size=1M "$archive" | cut -f1) MiB"

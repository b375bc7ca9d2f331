#!/bin/sh
# Installs hamtimer for the current user, per the XDG base directory and desktop entry specs:
#   the app          ~/.local/lib/hamtimer/   (with installed-files.txt, for uninstall.sh)
#   the command      ~/.local/bin/hamtimer    (a link)
#   the menu entry   $XDG_DATA_HOME/applications/io.github.hamtimer.Hamtimer.desktop
#                    ($XDG_DATA_HOME defaults to ~/.local/share)
#   the icons        $XDG_DATA_HOME/icons/hicolor/<size>/apps/io.github.hamtimer.Hamtimer.png
#   the metainfo     $XDG_DATA_HOME/metainfo/io.github.hamtimer.Hamtimer.metainfo.xml
# Run it from the unpacked download: ./install.sh   (./uninstall.sh removes all of it)
# Your sessions log is not part of the app and is never touched by either script.
set -eu

APP_ID=io.github.hamtimer.Hamtimer
here=$(cd "$(dirname "$0")" && pwd)
bundle="$here/hamtimer"
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir="$HOME/.local/bin"
app_dir="$HOME/.local/lib/hamtimer"
manifest="$app_dir/installed-files.txt"
resources="$bundle/_internal/resources"

if [ ! -x "$bundle/hamtimer" ] || [ ! -d "$resources/desktop" ]; then
    echo "install.sh: run me from the unpacked hamtimer download (no $bundle/hamtimer here)" >&2
    exit 1
fi

echo "Installing hamtimer into $app_dir"
rm -rf "$app_dir.new"
mkdir -p "$app_dir.new" "$bin_dir" "$data_home/applications" "$data_home/metainfo"
cp -R "$bundle/." "$app_dir.new/"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

: > "$manifest"
placed() { echo "$1" >> "$manifest"; }

ln -sf "$app_dir/hamtimer" "$bin_dir/hamtimer"
placed "$bin_dir/hamtimer"

# The menu entry runs the installed app by its full path: ~/.local/bin is not always on PATH.
desktop="$data_home/applications/$APP_ID.desktop"
sed -e "s|^Exec=hamtimer|Exec=\"$app_dir/hamtimer\"|" -e "s|^TryExec=hamtimer|TryExec=$app_dir/hamtimer|" \
    "$resources/desktop/$APP_ID.desktop" > "$desktop"
placed "$desktop"

cp "$resources/desktop/$APP_ID.metainfo.xml" "$data_home/metainfo/"
placed "$data_home/metainfo/$APP_ID.metainfo.xml"

for png in "$resources"/icons/hicolor/*/apps/"$APP_ID.png"; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$png" "$data_home/icons/hicolor/$size/apps/"
    placed "$data_home/icons/hicolor/$size/apps/$APP_ID.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$resources/icons/$APP_ID.svg" "$data_home/icons/hicolor/scalable/apps/"
placed "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"

# Let menus and icon themes see the new files now, where the tools exist.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data_home/applications" || echo "install.sh: update-desktop-database failed; the menu entry appears at next login" >&2
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || echo "install.sh: gtk-update-icon-cache failed; icons appear at next login" >&2
fi

echo "Installed. Start it from your applications menu, or run: $bin_dir/hamtimer"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "Note: $bin_dir is not on your PATH, so 'hamtimer' alone will not be found in a terminal." ;;
esac

#!/bin/sh
# Removes what install.sh placed (listed in installed-files.txt) and the app folder.
# Your sessions log and settings (in ~/.local/share/hamtimer/, or your --data-dir) are
# not part of the app and are kept; delete them yourself if you want them gone.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir="$HOME/.local/lib/hamtimer"
manifest="$app_dir/installed-files.txt"

if [ ! -f "$manifest" ]; then
    echo "uninstall.sh: hamtimer is not installed here (no $manifest)" >&2
    exit 1
fi
while IFS= read -r path; do
    case "$path" in
        "$data_home"/* | "$HOME"/*) rm -f "$path" ;;
        *) echo "uninstall.sh: leaving $path alone: it is outside your home" >&2 ;;
    esac
done < "$manifest"
rm -rf "$app_dir"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data_home/applications" || echo "uninstall.sh: update-desktop-database failed; the menu entry goes at next login" >&2
fi
echo "hamtimer is uninstalled. Your sessions log in $data_home/hamtimer/ was kept."

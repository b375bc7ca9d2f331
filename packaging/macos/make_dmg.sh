#!/usr/bin/env bash
# Builds the macOS download, dist/hamtimer-<version>-macos-<arch>.dmg, from the .app bundle:
#
#     pyinstaller --noconfirm --clean build.spec      # on macOS: dist/hamtimer.app
#     packaging/macos/make_dmg.sh
#
# The disk image holds hamtimer.app and a link to /Applications to drag it onto. The app is
# signed ad hoc (enough to run on the Mac that built it, and on Apple silicon at all); with
# CODESIGN_IDENTITY set to a Developer ID it is signed with that instead, for notarisation.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
app=dist/hamtimer.app
if [[ ! -d $app ]]; then
    echo "make_dmg: no $app; run 'pyinstaller --noconfirm --clean build.spec' on macOS first" >&2
    exit 1
fi

version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
bundle_id=$(/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$app/Contents/Info.plist")
dmg="dist/hamtimer-$version-macos-$(uname -m).dmg"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
codesign --force --deep --options runtime --sign "${CODESIGN_IDENTITY:--}" \
    --identifier "$bundle_id" "$stage/hamtimer.app"
codesign --verify --deep --strict "$stage/hamtimer.app"

hdiutil create -volname "hamtimer $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg $(du -m "$dmg" | cut -f1) MB"

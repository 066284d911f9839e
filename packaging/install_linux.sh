#!/usr/bin/env sh
# Install (or remove) a built MicroComm bundle for the current user, or system-wide with --prefix /usr/local.
#
# Why a script: a PyInstaller folder runs from anywhere, but desktops only show an app that has a .desktop
# entry and an icon in the hicolor theme. This copies the folder to <prefix>/lib/microcomm, links
# <prefix>/bin/microcomm to it, installs the icons (SVG + PNG sizes) and the .desktop file, and refreshes
# the desktop caches when the tools exist. Nothing outside <prefix> is touched; your data folder is never
# touched (uninstalling leaves ~/.local/share/MicroComm in place).
#
# Usage:
#   packaging/install_linux.sh [--bundle dist/MicroComm] [--prefix ~/.local]
#   packaging/install_linux.sh --uninstall [--prefix ~/.local]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
prefix="${HOME}/.local"
bundle=""
uninstall=0

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --bundle) bundle="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install_linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

app_dir="$prefix/lib/microcomm"
bin_link="$prefix/bin/microcomm"
apps_dir="$prefix/share/applications"
icon_root="$prefix/share/icons/hicolor"
desktop_file="$apps_dir/microcomm.desktop"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps_dir" || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f "$icon_root" || true; fi
}

if [ "$uninstall" -eq 1 ]; then
  rm -rf "$app_dir"
  rm -f "$bin_link" "$desktop_file" "$icon_root/scalable/apps/microcomm.svg"
  for size in 16 24 32 48 64 128 256 512; do rm -f "$icon_root/${size}x${size}/apps/microcomm.png"; done
  refresh_caches
  echo "MicroComm removed from $prefix (your data was left in place)."
  exit 0
fi

# Find the bundle: explicit, next to this script inside an unpacked archive, or the build output.
if [ -z "$bundle" ]; then
  for candidate in "$here/../MicroComm" "$root/dist/MicroComm" "$here"; do
    if [ -x "$candidate/microcomm" ]; then bundle="$candidate"; break; fi
  done
fi
if [ -z "$bundle" ] || [ ! -x "$bundle/microcomm" ]; then
  echo "install_linux.sh: no built bundle found; run 'python packaging/build.py' first or pass --bundle DIR" >&2
  exit 1
fi
bundle=$(cd "$bundle" && pwd)

# Icons: from the bundle (frozen layout) or the source tree.
icons="$bundle/_internal/resources/icons"
[ -d "$icons" ] || icons="$root/resources/icons"

mkdir -p "$prefix/lib" "$prefix/bin" "$apps_dir" "$icon_root/scalable/apps"
tmp_dir="$app_dir.new.$$"
rm -rf "$tmp_dir"
cp -R "$bundle" "$tmp_dir"
rm -rf "$app_dir"
mv "$tmp_dir" "$app_dir"   # replace in one step so a failed copy never leaves half an app
ln -sf "$app_dir/microcomm" "$bin_link"

cp "$icons/microcomm.svg" "$icon_root/scalable/apps/microcomm.svg"
for size in 16 24 32 48 64 128 256 512; do
  if [ -f "$icons/microcomm-$size.png" ]; then
    mkdir -p "$icon_root/${size}x${size}/apps"
    cp "$icons/microcomm-$size.png" "$icon_root/${size}x${size}/apps/microcomm.png"
  fi
done

# The .desktop file names the binary by absolute path so it works even when <prefix>/bin is not on PATH.
src_desktop="$here/microcomm.desktop"
[ -f "$src_desktop" ] || src_desktop="$bundle/_internal/resources/microcomm.desktop"
sed -e "s|^Exec=.*|Exec=$app_dir/microcomm|" -e "s|^TryExec=.*|TryExec=$app_dir/microcomm|" \
  "$src_desktop" > "$desktop_file"
chmod 644 "$desktop_file"
refresh_caches

echo "MicroComm installed in $app_dir"
echo "  command: $bin_link"
echo "  menu entry: $desktop_file"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "  note: $prefix/bin is not on your PATH" ;; esac

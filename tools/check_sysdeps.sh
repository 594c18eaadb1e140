#!/bin/sh
# Check the Debian packages Qt (PySide6) needs, a Vietnamese-capable font and Xvfb.
# Missing ones: installed when running as root with CI=true, otherwise the exact
# apt-get line is printed and the script fails. Non-Debian systems get a warning only.
set -u
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 \
libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 \
fonts-noto-core xvfb xauth"
PYTHON=${PYTHON:-python3}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "check_sysdeps: $PYTHON not found: install Python 3.11 or newer (apt-get install python3 python3-venv)" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "check_sysdeps: Goldspan needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)" >&2
  exit 1
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "check_sysdeps: not a Debian system; make sure Qt's libraries (EGL, GL, xkbcommon, fontconfig, dbus), a Noto font and Xvfb are installed" >&2
  exit 0
fi
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing="$missing python3-venv"
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && [ "${CI:-}" = "true" ]; then
  echo "check_sysdeps: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; }; then
    echo "check_sysdeps: FAILED to install:$missing" >&2
    exit 1
  fi
  exit 0
fi
echo "check_sysdeps: missing system packages:$missing" >&2
echo "check_sysdeps: install them with:" >&2
echo "  sudo apt-get install -y$missing" >&2
exit 1

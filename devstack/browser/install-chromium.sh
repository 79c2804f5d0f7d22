#!/bin/sh
# Installs what the browser tests need (Debian's headless Chromium, its WebDriver and CJK fonts) when any is missing.
# Run by the Maven build of devstack/launcher before its end-to-end tests; idempotent, quiet and fast when all is there.
set -eu

PACKAGES="chromium chromium-driver fonts-noto-cjk"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -z "$missing" ] && [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

fail() {
  echo "browser tests: cannot install$missing ($1)." >&2
  echo "Install them yourself (as root): apt-get install -y chromium chromium-driver fonts-noto-cjk" >&2
  echo "or skip the browser tests with -Dskip.browser=true." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "no apt-get: not a Debian/Ubuntu machine"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  fail "not root and no password-less sudo"
fi

echo "browser tests: installing$missing with apt-get"
export DEBIAN_FRONTEND=noninteractive
# a fresh machine has no package lists yet; an install that fails on stale lists is retried after an update
if ! $SUDO apt-get install -y -q --no-install-recommends $PACKAGES >/tmp/wangben-apt.log 2>&1; then
  $SUDO apt-get update -q >>/tmp/wangben-apt.log 2>&1 || fail "apt-get update failed, see /tmp/wangben-apt.log"
  $SUDO apt-get install -y -q --no-install-recommends $PACKAGES >>/tmp/wangben-apt.log 2>&1 \
    || fail "apt-get install failed, see /tmp/wangben-apt.log"
fi
[ -x /usr/bin/chromedriver ] || fail "/usr/bin/chromedriver still missing after the install"
echo "browser tests: $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(/usr/bin/chromedriver --version | cut -d' ' -f1-2)"

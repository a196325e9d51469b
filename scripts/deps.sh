#!/usr/bin/env bash
# Installs the Debian packages Dibao Workbench needs (Debian 12, UOS, Kylin).
#   scripts/deps.sh           what building and running need
#   scripts/deps.sh --test    plus what the tests and checks need
# Quiet when everything is there. As root it installs what is missing with apt-get; otherwise it
# prints the exact command to run and exits 1. DIBAO_SKIP_DEPS=1 skips the check.
set -euo pipefail

BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libxlsxwriter-dev libminizip-dev zlib1g-dev libfreexl-dev libexpat1-dev libsqlite3-dev libssl-dev libicu-dev
    fonts-noto-cjk libqt6svg6
)
TEST_PACKAGES=(
    sqlite3 poppler-utils xvfb xauth clang-format clang-tidy
)

want_tests=0
for arg in "$@"; do
    case "$arg" in
    --test) want_tests=1 ;;
    -h | --help)
        sed -n '2,6s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    *)
        echo "deps.sh: unknown option: $arg" >&2
        exit 1
        ;;
    esac
done

if [[ "${DIBAO_SKIP_DEPS:-0}" == 1 ]]; then
    exit 0
fi

packages=("${BUILD_PACKAGES[@]}")
if ((want_tests)); then
    packages+=("${TEST_PACKAGES[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps.sh: this is not a Debian-based system; make sure these (or their equivalents) are installed:" >&2
    echo "  ${packages[*]}" >&2
    exit 0
fi

# One dpkg-query for all of them; a package dpkg has never heard of is simply not listed.
declare -A installed=()
while read -r name status; do
    [[ "$status" == installed ]] && installed["${name%%:*}"]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for p in "${packages[@]}"; do
    [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

install_cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if [[ "$(id -u)" != 0 ]]; then
    echo "Dibao Workbench needs these system packages, which are not installed:" >&2
    echo "  ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo ${install_cmd[*]}" >&2
    echo "then run this command again." >&2
    exit 1
fi

echo "Installing missing packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
attempt() {
    apt-get "${apt_opts[@]}" update &&
        apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
}
if ! attempt; then
    echo "apt-get failed; trying once more in 10 s" >&2
    sleep 10
    if ! attempt; then
        echo "deps.sh: could not install: ${missing[*]}" >&2
        exit 1
    fi
fi

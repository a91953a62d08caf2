#!/usr/bin/env bash
# Installs the Debian packages coil needs to build and test, if any is missing.
# Called by the Makefile; safe to run by hand. Needs root (or sudo) to install.
set -eu

missing=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_header() { echo "#include <$1>" | ${CXX:-g++} -x c++ -E - >/dev/null 2>&1; }

have_cmd g++            || missing+=(g++)
have_cmd make           || missing+=(make)
have_cmd bison          || missing+=(bison)
have_cmd re2c           || missing+=(re2c)
have_header uv.h        || missing+=(libuv1-dev)
have_header gmp.h       || missing+=(libgmp-dev)
have_header gtest/gtest.h || missing+=(libgtest-dev)
have_cmd timeout        || missing+=(coreutils)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "coil: installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif have_cmd sudo; then
  SUDO="sudo"
else
  echo "coil: these Debian packages are missing: ${missing[*]}" >&2
  echo "coil: run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

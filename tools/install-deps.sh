#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs, with apt-get, what building and testing atc needs and this machine lacks.
# Called by `make demo` and `make test`; does nothing when everything is there.
set -e
need=""
command -v ragel >/dev/null 2>&1 || need="$need ragel"
command -v cc >/dev/null 2>&1 || need="$need build-essential"
command -v clang >/dev/null 2>&1 || need="$need clang"
command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
/usr/bin/python3 -c 'import jinja2' 2>/dev/null || need="$need python3-jinja2"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || need="$need python3-yaml"
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || need="$need python3-jsonschema"
[ -f /usr/include/criterion/criterion.h ] || need="$need libcriterion-dev"
pkg-config --exists criterion 2>/dev/null || command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
# the build systems tests/packaging/ consumes atc with, and the Kconfig parser of its manifest checks
command -v cmake >/dev/null 2>&1 || need="$need cmake"
command -v meson >/dev/null 2>&1 || need="$need meson"
command -v ninja >/dev/null 2>&1 || need="$need ninja-build"
/usr/bin/python3 -c 'import kconfiglib' 2>/dev/null || need="$need python3-kconfiglib"
[ -n "${ATC_WANT_SANITIZERS:-}" ] && { ls /usr/lib/llvm-14/lib/clang/14*/lib/linux/libclang_rt.asan-x86_64.a >/dev/null 2>&1 || need="$need libclang-rt-14-dev"; }
[ -n "${ATC_WANT_ARM:-}" ] && { command -v arm-none-eabi-gcc >/dev/null 2>&1 || need="$need gcc-arm-none-eabi"; }
[ -z "$need" ] && exit 0
echo "installing:$need"
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null

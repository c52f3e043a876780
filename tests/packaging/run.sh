#!/bin/sh
# SPDX-License-Identifier: MIT
# atc consumed the ways firmware and host projects consume it, each built and run here:
#   make install      PREFIX and DESTDIR: the files land under DESTDIR, atc.pc names PREFIX and
#                     carries the settings libatc.a was built with (ATC_MAX_LINE 4096, ATC_MAX_PROFILES 6)
#   pkg-config        a program built with `pkg-config --cflags --libs atc` links and runs; without
#                     the settings of the Cflags it fails to link (atc_init_L512_P1_S8)
#   CMake             add_subdirectory(atc) and, after `cmake --install`, find_package(atc): the
#                     targets atc::quectel_tcpip (C and C++), atc::atc and atc::cli, with settings
#                     given as cache options reaching the code (ATC_MAX_LINE 256 and ATC_STRICT_VALUES,
#                     ATC_MAX_PROFILES 2 and ATC_NO_NAMES)
#   Meson             subprojects/atc (declare_dependency; dependency('atc', fallback: ...);
#                     -Datc:max_line=256 -Datc:strict_values=true) and dependency('atc') through the
#                     installed atc.pc
# The consumer project is tests/packaging/consumer/ (CMakeLists.txt, meson.build, single.c,
# single_cpp.cpp, library.c); every program prints its settings and the events of three lines.
# Usage: tests/packaging/run.sh [BUILD_DIR]   (from the top directory, after `make all`)
set -e
build=${1:-build}
top=$(pwd)
ws=$top/$build/packaging
rm -rf "$ws" && mkdir -p "$ws"
consumer=$top/tests/packaging/consumer
STRICT="-Wall -Wextra -Werror -pedantic"
fail() { echo "test-packaging: FAIL: $*"; exit 1; }
log() { echo "test-packaging: $*"; }

# expect PROGRAM SETTINGS-TEXT FIRST-EVENT-TEXT: runs it, checks its settings line and events
expect() {
    "$1" > "$1.out" 2>&1 || fail "$1 failed: $(cat "$1.out")"
    grep -q -- "$2" "$1.out" || fail "$1: not built with $2: $(head -n 1 "$1.out")"
    sed -n 2p "$1.out" | grep -q -- "$3" || fail "$1: the first event is not \"$3\": $(sed -n 2p "$1.out")"
    sed -n 3p "$1.out" | grep -q "^event: urc id=[0-9]* name=\(QIOPEN\)\?$" || fail "$1: no clean +QIOPEN: $(sed -n 3p "$1.out")"
    sed -n 4p "$1.out" | grep -q "^event: final id=0 name=\(OK\)\?$" || fail "$1: no OK: $(sed -n 4p "$1.out")"
}

# ---- make install, pkg-config ----
make --no-print-directory -s install PREFIX=/opt/atc DESTDIR="$ws/stage" > /dev/null
for f in lib/libatc.a bin/atc include/atc/atc.h include/atc/quectel_tcpip.h include/atc/atc_quectel_tcpip.h \
         include/atc/basic.h include/atc/atc_basic.h lib/pkgconfig/atc.pc; do
    [ -f "$ws/stage/opt/atc/$f" ] || fail "make install DESTDIR=... PREFIX=/opt/atc: no $f"
done
grep -qx 'prefix=/opt/atc' "$ws/stage/opt/atc/lib/pkgconfig/atc.pc" || fail "atc.pc does not name PREFIX (or names DESTDIR)"
make --no-print-directory -s uninstall PREFIX=/opt/atc DESTDIR="$ws/stage" > /dev/null
[ -z "$(find "$ws/stage" -type f)" ] || fail "make uninstall left: $(find "$ws/stage" -type f | head -n 3)"
make --no-print-directory -s install PREFIX="$ws/prefix" > /dev/null
export PKG_CONFIG_PATH="$ws/prefix/lib/pkgconfig"
cflags=$(pkg-config --cflags atc) libs=$(pkg-config --libs atc)
for s in -DATC_MAX_LINE=4096 -DATC_MAX_PROFILES=6; do
    case " $cflags " in *" $s "*) ;; *) fail "atc.pc Cflags do not carry the library's $s: $cflags" ;; esac
done
[ "$(pkg-config --modversion atc)" = "$(sed -n 's/^#define ATC_VERSION "\(.*\)"$/\1/p' runtime/atc.h)" ] ||
    fail "atc.pc version $(pkg-config --modversion atc)"
cc -std=c99 $STRICT $consumer/library.c $cflags $libs -o "$ws/pc-library" || fail "pkg-config: does not build"
expect "$ws/pc-library" "line=4096 profiles=6" "^event: urc id=[0-9]* name=QIOPEN warning=ATC_ERR_RANGE$"
if cc -std=c99 $STRICT $consumer/library.c -I"$ws/prefix/include/atc" $libs -o "$ws/pc-defaults" > "$ws/pc-defaults.log" 2>&1; then
    fail "a caller at the default settings links with the installed libatc.a"
fi
grep -q "atc_init_L512_P1_S8" "$ws/pc-defaults.log" || fail "the mismatch is not reported as atc_init_L512_P1_S8: $(cat "$ws/pc-defaults.log")"
"$ws/prefix/bin/atc" --version | grep -q "^atc " || fail "the installed atc does not run"
log "make install (PREFIX, DESTDIR, uninstall), pkg-config (settings in Cflags; a mismatch fails to link): ok"

# ---- CMake: add_subdirectory, then cmake --install and find_package ----
cmake -S "$consumer" -B "$ws/cmake-sub" -G Ninja -DCMAKE_C_FLAGS="$STRICT" -DCMAKE_CXX_FLAGS="$STRICT" \
      -DATC_SOURCE="$top" -DATC_MAX_LINE=256 -DATC_STRICT_VALUES=ON -DATC_BUILD_CLI=ON > "$ws/cmake-sub.log" 2>&1 ||
    { cat "$ws/cmake-sub.log"; fail "cmake add_subdirectory: configure"; }
cmake --build "$ws/cmake-sub" -j 2 >> "$ws/cmake-sub.log" 2>&1 || { tail -n 30 "$ws/cmake-sub.log"; fail "cmake add_subdirectory: build"; }
for p in single single_cpp library; do
    expect "$ws/cmake-sub/$p" "line=256 profiles=1 state=8 no_error_strings=0 no_names=0 strict=1" \
        "^event: error id=[0-9]* name=QIOPEN error=ATC_ERR_RANGE$"
done
grep -q "^atc [0-9]" "$ws/cmake-sub/cli-version.txt" || fail "cmake add_subdirectory: atc::cli did not run"

cmake -S "$top" -B "$ws/cmake-atc" -G Ninja -DCMAKE_C_FLAGS="$STRICT" -DCMAKE_INSTALL_PREFIX="$ws/cmake-prefix" \
      -DATC_MAX_PROFILES=2 -DATC_NO_NAMES=ON > "$ws/cmake-atc.log" 2>&1 || { cat "$ws/cmake-atc.log"; fail "cmake: configure atc"; }
cmake --build "$ws/cmake-atc" -j 2 >> "$ws/cmake-atc.log" 2>&1 || { tail -n 30 "$ws/cmake-atc.log"; fail "cmake: build atc"; }
cmake --install "$ws/cmake-atc" >> "$ws/cmake-atc.log" 2>&1 || { tail -n 30 "$ws/cmake-atc.log"; fail "cmake --install"; }
grep -q -- "-DATC_MAX_PROFILES=2 .*-DATC_NO_NAMES=1" "$ws/cmake-prefix/lib/pkgconfig/atc.pc" ||
    fail "CMake's atc.pc does not carry the settings: $(grep Cflags "$ws/cmake-prefix/lib/pkgconfig/atc.pc")"
cmake -S "$consumer" -B "$ws/cmake-find" -G Ninja -DCMAKE_C_FLAGS="$STRICT" -DCMAKE_CXX_FLAGS="$STRICT" \
      -DCMAKE_PREFIX_PATH="$ws/cmake-prefix" > "$ws/cmake-find.log" 2>&1 || { cat "$ws/cmake-find.log"; fail "cmake find_package: configure"; }
cmake --build "$ws/cmake-find" -j 2 >> "$ws/cmake-find.log" 2>&1 || { tail -n 30 "$ws/cmake-find.log"; fail "cmake find_package: build"; }
for p in single single_cpp library; do
    expect "$ws/cmake-find/$p" "line=512 profiles=2 state=8 no_error_strings=0 no_names=1 strict=0" \
        "^event: urc id=[0-9]* name= warning=ATC_ERR_RANGE$"
done
grep -q "^atc [0-9]" "$ws/cmake-find/cli-version.txt" || fail "cmake find_package: atc::cli did not run"
log "CMake add_subdirectory and find_package (atc::quectel_tcpip in C and C++, atc::atc, atc::cli, cache options): ok"

# ---- Meson: a subproject, and an installed atc through atc.pc ----
mkdir -p "$ws/meson-src/subprojects"
cp "$consumer"/* "$ws/meson-src/"
ln -s "$top" "$ws/meson-src/subprojects/atc"
meson setup "$ws/meson-sub" "$ws/meson-src" -Datc_from=subproject --force-fallback-for=atc -Datc:max_line=256 \
      -Datc:strict_values=true \
      > "$ws/meson-sub.log" 2>&1 || { cat "$ws/meson-sub.log"; fail "meson subproject: setup"; }
ninja -C "$ws/meson-sub" -j 2 >> "$ws/meson-sub.log" 2>&1 || { tail -n 30 "$ws/meson-sub.log"; fail "meson subproject: build"; }
for p in single single_cpp library; do
    expect "$ws/meson-sub/$p" "line=256 profiles=1 state=8 no_error_strings=0 no_names=0 strict=1" \
        "^event: error id=[0-9]* name=QIOPEN error=ATC_ERR_RANGE$"
done
meson setup "$ws/meson-pc" "$ws/meson-src" -Datc_from=pkg-config > "$ws/meson-pc.log" 2>&1 ||
    { cat "$ws/meson-pc.log"; fail "meson pkg-config: setup"; }
ninja -C "$ws/meson-pc" -j 2 >> "$ws/meson-pc.log" 2>&1 || { tail -n 30 "$ws/meson-pc.log"; fail "meson pkg-config: build"; }
for p in single single_cpp library; do
    expect "$ws/meson-pc/$p" "line=4096 profiles=6" "^event: urc id=[0-9]* name=QIOPEN warning=ATC_ERR_RANGE$"
done
log "Meson subproject (declare_dependency, the fallback, -Datc:... options) and dependency('atc') via atc.pc: ok"

# ---- Arduino: the example sketch with a stand-in Arduino.h (tests/packaging/arduino/) ----
for cxx in g++ clang++; do
    $cxx -std=c++11 $STRICT -Itests/packaging/arduino -Isrc -include Arduino.h \
         -x c++ examples/arduino_socket_client/arduino_socket_client.ino -x none tests/packaging/arduino/main.cpp \
         -o "$ws/arduino-$cxx" || fail "$cxx: the Arduino example does not build against src/"
    "$ws/arduino-$cxx" || fail "$cxx: the Arduino example does not do what it says"
done
log "Arduino example sketch (src/ headers, a stand-in Arduino.h; g++ and clang++): ok"

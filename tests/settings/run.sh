#!/bin/sh
# SPDX-License-Identifier: MIT
# Every build setting, built and run the way firmware uses it (nanopb's tests/no_errmsg style):
# one directory per setting under tests/settings/, each a small program whose own #defines
# choose the setting before it includes the single header(s) from generated/. Each is built with
# gcc, clang, g++ and clang++ (-Wall -Wextra -Werror -pedantic; C99 or C++) and run, unless its
# test.c says otherwise in a comment line:
#   expect: compile-error TEXT   the build must fail, and its messages contain TEXT (an #error)
#   expect: link-error TEXT      compiling succeeds, linking must fail with TEXT in its messages
#   link: LIBRARY                link this library (a path from the top directory) after the sources
# All the directory's .c files are built into one program.
# Usage: tests/settings/run.sh [BUILD_DIR [HEADER_DIR]]   (from the top directory; HEADER_DIR, the
# single headers and profile headers under test, defaults to generated)
build=${1:-build}
headers=${2:-generated}
out=$build/settings
rm -rf "$out" && mkdir -p "$out"
compilers="gcc clang g++ clang++"
pass=0 fail=0

one() { # dir compiler: builds and checks one program; prints FAIL lines; exit status 0/1
    dir=$1 cc=$2
    name=$(basename "$dir")
    exe=$out/$name-$cc
    log=$out/$name-$cc.log
    expect=$(sed -n 's/^ *\** *expect: *\(.*[^ */]\)[ */]*$/\1/p' "$dir/test.c" | head -n 1)
    lib=$(sed -n 's/^ *\** *link: *\([^ ]*\).*$/\1/p' "$dir/test.c" | head -n 1)
    case $cc in
    *++) lang="-x c++" std= ;;
    *) lang= std=-std=c99 ;;
    esac
    flags="$std -Wall -Wextra -Werror -pedantic -Iruntime -I$headers"
    objs=
    for src in "$dir"/*.c; do
        obj=$out/$name-$cc-$(basename "$src" .c).o
        if ! $cc $lang $flags -c "$src" -o "$obj" >>"$log" 2>&1; then
            case $expect in
            compile-error\ *)
                text=${expect#compile-error }
                if grep -qF -- "$text" "$log"; then return 0; fi
                echo "FAIL: $name ($cc): the build failed, but not with \"$text\":"; sed 's/^/    /' "$log" | head -n 8
                return 1 ;;
            esac
            echo "FAIL: $name ($cc): does not compile:"; sed 's/^/    /' "$log" | head -n 20
            return 1
        fi
        objs="$objs $obj"
    done
    case $expect in
    compile-error\ *)
        echo "FAIL: $name ($cc): compiled, but must fail with \"${expect#compile-error }\""
        return 1 ;;
    esac
    if ! $cc $objs $lib -o "$exe" >>"$log" 2>&1; then
        case $expect in
        link-error\ *)
            text=${expect#link-error }
            if grep -qF -- "$text" "$log"; then return 0; fi
            echo "FAIL: $name ($cc): the link failed, but not with \"$text\":"; sed 's/^/    /' "$log" | head -n 8
            return 1 ;;
        esac
        echo "FAIL: $name ($cc): does not link:"; sed 's/^/    /' "$log" | head -n 20
        return 1
    fi
    case $expect in
    link-error\ *)
        echo "FAIL: $name ($cc): linked, but must fail with \"${expect#link-error }\""
        return 1 ;;
    esac
    if ! "$exe" >>"$log" 2>&1; then
        echo "FAIL: $name ($cc): the program failed:"; sed 's/^/    /' "$log" | head -n 20
        return 1
    fi
    return 0
}

# two builds at a time (one per core on CI), each leaving its verdict in a file
jobs=0
for dir in tests/settings/*/; do
    dir=${dir%/}
    for cc in $compilers; do
        { if one "$dir" "$cc"; then v=ok; else v=fail; fi; echo $v > "$out/$(basename "$dir")-$cc.verdict"; } &
        jobs=$((jobs + 1))
        if [ $jobs -ge 2 ]; then wait; jobs=0; fi
    done
done
wait
for v in "$out"/*.verdict; do
    if [ "$(cat "$v")" = ok ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
ndirs=$(ls -d tests/settings/*/ | wc -l)
echo "settings: $pass passed, $fail failed ($ndirs settings x $compilers)"
[ $fail -eq 0 ]

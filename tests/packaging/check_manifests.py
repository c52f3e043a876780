#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The manifests of the build systems that are not in Debian (Zephyr, ESP-IDF, PlatformIO, Arduino),
checked for what can be checked without them, and the lists every build system keeps, checked
against the Makefile's:

- every manifest parses (YAML, JSON, Kconfig with kconfiglib, Arduino properties), has the fields
  its tool needs, names only files that exist, and gives runtime/atc.h's version;
- the Kconfig settings and meson_options.txt have runtime/atc.h's settings, defaults and ranges;
  one Kconfig profile switch and one src/ header per profile;
- the Zephyr module's and the ESP-IDF component's CMake, run with recording stand-ins of
  zephyr_* and idf_component_register (tests/packaging/platform_cmake.cmake), compile the runtime
  and the profiles Kconfig chose, with the settings Kconfig gave (defaults, and changed ones);
- cmake/atc_sources.cmake and meson.build list the Makefile's profiles and sources, and the tool's
  settings;
- README.md points nowhere outside the repository.

Usage: tests/packaging/check_manifests.py   (from the top directory; prints what it checked)
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import kconfiglib
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
errors = []
checked = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def exists(path):
    return os.path.exists(os.path.join(ROOT, path))


def make_vars():
    """PROFILES, LIB_SRCS, TOOL_SRCS and INCLUDES as `make` sees them."""
    out = subprocess.run(["make", "--no-print-directory", "-s", "-C", ROOT, "packaging-vars"], check=True,
                         capture_output=True, text=True).stdout
    return {k: v.split() for k, _, v in (line.partition("=") for line in out.splitlines() if "=" in line)}


def header_settings():
    """The settings of runtime/atc.h with their defaults, and its version."""
    h = read("runtime/atc.h")
    block = h[:h.index("---- End of settings")]
    settings = dict(re.findall(r"#ifndef (ATC_[A-Z_]+)\n#define \1 ([0-9]+)\n", block))
    version = re.search(r'#define ATC_VERSION "([^"]+)"', h).group(1)
    return settings, version


def cmake_script(*defs):
    out = subprocess.run(["cmake", f"-DATC={ROOT}", *defs, "-P",
                          os.path.join(ROOT, "tests", "packaging", "platform_cmake.cmake")],
                         check=True, capture_output=True, text=True)
    rows = {}
    for line in out.stderr.splitlines():
        kind, _, rest = line.partition(" ")
        name, _, args = rest.partition(" ")
        if kind in ("CALL", "LIST"):
            rows[name] = args.split("|") if args else []
    return rows


def check_lists(mk, settings, version):
    lists = cmake_script("-DPLATFORM=lists")
    rel = [os.path.relpath(p, ROOT) for p in lists["ATC_RUNTIME_SOURCES"]]
    if lists["ATC_PROFILES"] != mk["PROFILES"]:
        err("cmake/atc_sources.cmake", f"ATC_PROFILES {lists['ATC_PROFILES']} != the Makefile's {mk['PROFILES']}")
    if rel + [f"generated/{p}.c" for p in lists["ATC_PROFILES"]] != mk["LIB_SRCS"]:
        err("cmake/atc_sources.cmake", f"ATC_RUNTIME_SOURCES + profiles {rel} != the Makefile's LIB_SRCS {mk['LIB_SRCS']}")
    tools = [os.path.relpath(p, ROOT) for p in lists["ATC_TOOL_SOURCES"]]
    if tools != mk["TOOL_SRCS"]:
        err("cmake/atc_sources.cmake", f"ATC_TOOL_SOURCES {tools} != the Makefile's TOOL_SRCS {mk['TOOL_SRCS']}")
    tool_defs = ["-D" + d for d in lists["ATC_TOOL_DEFINITIONS"]]
    if tool_defs != [f for f in mk["INCLUDES"] if f.startswith("-DATC_")]:
        err("cmake/atc_sources.cmake", f"ATC_TOOL_DEFINITIONS {tool_defs} != the Makefile's INCLUDES settings")
    if lists["ATC_VERSION"] != [version]:
        err("cmake/atc_sources.cmake", f"version {lists['ATC_VERSION']} != {version}")
    if lists["ATC_SETTINGS"] != list(settings):
        err("cmake/atc_sources.cmake", f"ATC_SETTINGS {lists['ATC_SETTINGS']} != runtime/atc.h's {list(settings)}")
    for s, v in settings.items():
        if lists.get(f"ATC_DEFAULT_{s}") != [v]:
            err("cmake/atc_sources.cmake", f"default of {s} {lists.get('ATC_DEFAULT_' + s)} != {v}")
    checked.append("cmake/atc_sources.cmake: the Makefile's profiles, sources and tool settings; runtime/atc.h's "
                   "settings, defaults and version")

    m = read("meson.build")
    profiles = re.findall(r"'([a-z0-9_]+)'", re.search(r"^profiles = \[(.*?)\]", m, re.M | re.S).group(1))
    if profiles != mk["PROFILES"]:
        err("meson.build", f"profiles {profiles} != the Makefile's {mk['PROFILES']}")
    runtime = re.findall(r"'([^']+\.c)'", re.search(r"^runtime_sources = files\((.*?)\)", m, re.M | re.S).group(1))
    if runtime + [f"generated/{p}.c" for p in profiles] != mk["LIB_SRCS"]:
        err("meson.build", f"runtime_sources + profiles != the Makefile's LIB_SRCS")
    mv = re.search(r"project\('atc', 'c', version: '([^']+)'", m)
    if not mv or mv.group(1) != version:
        err("meson.build", f"project version {mv and mv.group(1)} != {version}")
    for s in settings:
        if f"-D{s}=" not in m:
            err("meson.build", f"{s} is not among the compile arguments")
    opts = {o: (t, v) for o, t, v in re.findall(r"option\('([a-z_]+)', type: '(\w+)',.*?value: (\w+)", read("meson_options.txt"), re.S)}
    for s, default in settings.items():
        name = s[4:].lower()
        if name not in opts:
            err("meson_options.txt", f"no option {name} ({s})")
            continue
        t, v = opts[name]
        want = ("boolean", "true" if default == "1" else "false") if s in BOOLS else ("integer", default)
        if (t, v) != want:
            err("meson_options.txt", f"{name}: {t} {v}, runtime/atc.h's default is {default}")
    checked.append("meson.build, meson_options.txt: the Makefile's profiles and sources, the version, every "
                   "setting with its default")


BOOLS = ("ATC_NO_ERROR_STRINGS", "ATC_NO_NAMES", "ATC_STRICT_VALUES")
RANGES = {"ATC_MAX_LINE": (16, 65535), "ATC_MAX_PROFILES": (1, 255), "ATC_STATE_BYTES": (1, 255),
          "ATC_MAX_AWAIT": (1, 255)}


def kconfig(path):
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        kc = kconfiglib.Kconfig(path, warn_to_stderr=False)
    finally:
        os.chdir(cwd)
    for w in kc.warnings:
        err(path, f"kconfiglib: {w}")
    return kc


def check_kconfig(mk, settings):
    for path in ("Kconfig", "zephyr/Kconfig"):
        kc = kconfig(path)
        syms = {n for n in kc.syms if n.startswith("ATC")}
        if path == "zephyr/Kconfig":
            if "ATC" not in syms:
                err(path, "no config ATC (the module's switch)")
                continue
            kc.syms["ATC"].set_value(2)
        want = set(settings) | {f"ATC_PROFILE_{p.upper()}" for p in mk["PROFILES"]} | (
            {"ATC"} if path == "zephyr/Kconfig" else set())
        if syms != want:
            err(path, f"symbols {sorted(syms ^ want)} are extra or missing")
        for s, default in settings.items():
            sym = kc.syms.get(s)
            if sym is None:
                continue
            if s in BOOLS:
                if sym.type != kconfiglib.BOOL or sym.str_value != ("y" if default == "1" else "n"):
                    err(path, f"{s}: {kconfiglib.TYPE_TO_STR[sym.type]} default {sym.str_value}, runtime/atc.h's is {default}")
            else:
                rng = [(int(lo.str_value), int(hi.str_value)) for lo, hi, _ in sym.ranges]
                if sym.type != kconfiglib.INT or sym.str_value != default or rng != [RANGES[s]]:
                    err(path, f"{s}: default {sym.str_value} range {rng}; runtime/atc.h's default is {default}, "
                              f"its guard {RANGES[s]}")
    checked.append("Kconfig, zephyr/Kconfig (kconfiglib): no warning; every setting with runtime/atc.h's default "
                   "and range; one switch per profile; CONFIG_ATC for the module")


def config_file(path, values):
    """A .config as Kconfig writes it, for the Kconfig at path with these values set."""
    kc = kconfig(path)
    for name, v in values.items():
        sym = kc.syms[name]
        if not sym.set_value(v):
            err(path, f"cannot set {name}={v}")
    fd, out = tempfile.mkstemp(suffix=".config")
    os.close(fd)
    kc.write_config(out, save_old=False)
    return out


def check_platforms(mk, settings):
    """The Zephyr and ESP-IDF CMake, with the defaults and with changed settings."""
    cases = [
        ({}, mk["PROFILES"], settings),
        ({"ATC_MAX_LINE": "256", "ATC_STATE_BYTES": "5", "ATC_NO_NAMES": "y", "ATC_STRICT_VALUES": "y",
          **{f"ATC_PROFILE_{p.upper()}": "n" for p in mk["PROFILES"] if p != "quectel_tcpip"}},
         ["quectel_tcpip"], {**settings, "ATC_MAX_LINE": "256", "ATC_STATE_BYTES": "5", "ATC_NO_NAMES": "1",
                             "ATC_STRICT_VALUES": "1"}),
    ]
    runtime = [s for s in mk["LIB_SRCS"] if not any(s == f"generated/{p}.c" for p in mk["PROFILES"])]
    for platform, kconfig_path in (("zephyr", "zephyr/Kconfig"), ("esp-idf", "Kconfig")):
        for values, profiles, want in cases:
            if platform == "zephyr":
                values = {"ATC": "y", **values}
            cfg = config_file(kconfig_path, values)
            try:
                calls = cmake_script(f"-DPLATFORM={platform}", f"-DCONFIG={cfg}")
            finally:
                os.unlink(cfg)
            defs = [f"{s}={v}" for s, v in want.items()]
            srcs = runtime + [f"generated/{p}.c" for p in profiles]
            where = f"{platform} ({', '.join(f'{k}={v}' for k, v in values.items()) or 'defaults'})"
            if platform == "zephyr":
                got_srcs = calls.get("zephyr_library_sources", [])
                got_defs = calls.get("zephyr_compile_definitions", [])
                incs = calls.get("zephyr_include_directories", [])
                if calls.get("zephyr_library_named") != ["atc"]:
                    err(where, "no zephyr_library_named(atc)")
            else:
                reg = calls.get("idf_component_register", [])
                got_srcs = reg[reg.index("SRCS") + 1:reg.index("INCLUDE_DIRS")] if "SRCS" in reg and "INCLUDE_DIRS" in reg else []
                incs = [os.path.join(ROOT, d) for d in reg[reg.index("INCLUDE_DIRS") + 1:]] if "INCLUDE_DIRS" in reg else []
                tcd = calls.get("target_compile_definitions", [])
                got_defs = tcd[2:] if tcd[:2] == ["__idf_atc", "PUBLIC"] else []
            if [os.path.relpath(s, ROOT) for s in got_srcs] != srcs:
                err(where, f"sources {[os.path.relpath(s, ROOT) for s in got_srcs]}, want {srcs}")
            for s in got_srcs:
                if not os.path.isfile(s):
                    err(where, f"no file {s}")
            if sorted(os.path.relpath(i, ROOT) for i in incs) != ["generated", "runtime"]:
                err(where, f"include directories {incs}")
            if got_defs != defs:
                err(where, f"definitions {got_defs}, want {defs}")
    checked.append("zephyr/CMakeLists.txt, CMakeLists.txt (ESP_PLATFORM) with recording stand-ins: the runtime and "
                   "the profiles Kconfig chose, include directories, Kconfig's settings as definitions "
                   "(defaults, and changed settings)")


def check_zephyr_module():
    mod = yaml.safe_load(read("zephyr/module.yml"))
    if mod.get("name") != "atc":
        err("zephyr/module.yml", "name is not atc")
    build = mod.get("build", {})
    if not exists(os.path.join(build.get("cmake", "-"), "CMakeLists.txt")):
        err("zephyr/module.yml", f"build.cmake {build.get('cmake')!r} has no CMakeLists.txt")
    if not exists(build.get("kconfig", "-")):
        err("zephyr/module.yml", f"build.kconfig {build.get('kconfig')!r} does not exist")
    checked.append("zephyr/module.yml: name, build.cmake and build.kconfig exist")


def check_idf(version):
    m = yaml.safe_load(read("idf_component.yml"))
    if m.get("version") != version:
        err("idf_component.yml", f"version {m.get('version')!r} != {version}")
    if m.get("license") != "MIT" or not m.get("description"):
        err("idf_component.yml", "license MIT and a description")
    if "idf" not in (m.get("dependencies") or {}):
        err("idf_component.yml", "dependencies: no idf version")
    if "idf_component_register(" not in read("CMakeLists.txt") or not exists("Kconfig"):
        err("idf_component.yml", "the component's CMakeLists.txt registers nothing, or it has no Kconfig")
    checked.append("idf_component.yml: version, licence, description, idf dependency; the component's "
                   "CMakeLists.txt and Kconfig")


def check_platformio(version, mk):
    m = json.loads(read("library.json"))
    for k in ("name", "version", "description", "license", "frameworks", "platforms"):
        if not m.get(k):
            err("library.json", f"no {k}")
    if m.get("version") != version:
        err("library.json", f"version {m.get('version')!r} != {version}")
    if m.get("license") != "MIT":
        err("library.json", "license is not MIT")
    build = m.get("build", {})
    for k in ("srcDir", "includeDir"):
        if not os.path.isdir(os.path.join(ROOT, build.get(k, "-"))):
            err("library.json", f"build.{k} {build.get(k)!r} is not a directory")
    headers = m.get("headers", [])
    if sorted(headers) != sorted(f"atc_{p}.h" for p in mk["PROFILES"]):
        err("library.json", f"headers {headers} are not one per profile")
    for h in headers:
        if not exists(os.path.join(build.get("includeDir", "-"), h)):
            err("library.json", f"header {h} is not in {build.get('includeDir')}/")
    for ex in m.get("examples", []):
        for f in ex.get("files", []):
            if not exists(os.path.join(ex.get("base", ""), f)):
                err("library.json", f"example file {ex.get('base')}/{f} does not exist")
    for pat in m.get("export", {}).get("include", []):
        if not glob.glob(os.path.join(ROOT, pat)):
            err("library.json", f"export.include {pat!r} names no file")
    checked.append("library.json (PlatformIO): fields, version, one src/ header per profile, the example, every "
                   "exported path")


ARDUINO_CATEGORIES = ("Display", "Communication", "Signal Input/Output", "Sensors", "Device Control", "Timing",
                      "Data Storage", "Data Processing", "Other")


def check_arduino(version, mk):
    props = {}
    for n, line in enumerate(read("library.properties").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "=" not in line:
            err("library.properties", f"line {n} is not key=value")
            continue
        k, _, v = line.partition("=")
        props[k.strip()] = v.strip()
    # url= is required to publish in the Library Manager; the project has no public address yet
    for k in ("name", "version", "author", "maintainer", "sentence", "paragraph", "category", "architectures"):
        if not props.get(k):
            err("library.properties", f"no {k}=")
    if props.get("version") != version:
        err("library.properties", f"version {props.get('version')!r} != {version}")
    if props.get("category") not in ARDUINO_CATEGORIES:
        err("library.properties", f"category {props.get('category')!r} is not one of Arduino's")
    for h in props.get("includes", "").split(","):
        if h and not exists(os.path.join("src", h.strip())):
            err("library.properties", f"includes {h} is not in src/")
    for p in mk["PROFILES"]:
        fwd = f"src/atc_{p}.h"
        if not exists(fwd):
            err("src/", f"no {fwd} for profile {p}")
        elif f'#include "../generated/atc_{p}.h"' not in read(fwd):
            err(fwd, f"does not include ../generated/atc_{p}.h")
    extra = sorted(set(os.listdir(os.path.join(ROOT, "src"))) - {f"atc_{p}.h" for p in mk["PROFILES"]})
    if extra:
        err("src/", f"files that are not a profile's header: {extra} (Arduino would compile them)")
    ino = "examples/arduino_socket_client/arduino_socket_client.ino"
    if not exists(ino):
        err("examples/", f"no {ino} (an Arduino example is a folder with the sketch of its name)")
    checked.append("library.properties (Arduino 1.5): fields, version, category, includes; one src/ header per "
                   "profile and nothing else there; the example sketch (url= is absent: no public address yet)")


def check_spdx():
    files = ["CMakeLists.txt", "cmake/atc_sources.cmake", "cmake/atcConfig.cmake.in", "pkgconfig/atc.pc.in",
             "meson.build", "meson_options.txt", "Kconfig", "zephyr/Kconfig", "zephyr/module.yml",
             "zephyr/CMakeLists.txt", "idf_component.yml", "library.properties",
             "examples/arduino_socket_client/arduino_socket_client.ino", "mk/install.mk", "mk/packaging.mk"]
    files += [f"src/{f}" for f in os.listdir(os.path.join(ROOT, "src"))]
    for f in files:
        if "SPDX-License-Identifier: MIT" not in read(f)[:200]:
            err(f, "no SPDX-License-Identifier: MIT line at the top")
    checked.append(f"SPDX line in {len(files)} build and manifest files (library.json: its \"license\" field)")


def check_readme():
    text = read("README.md")
    for n, line in enumerate(text.splitlines(), 1):
        if re.search(r"(^|[\s(`'\"])\.\./", line):
            err("README.md", f"line {n} points outside the repository: {line.strip()[:80]}")
    checked.append("README.md: no path outside the repository")


def main():
    mk = make_vars()
    settings, version = header_settings()
    check_lists(mk, settings, version)
    check_kconfig(mk, settings)
    check_platforms(mk, settings)
    check_zephyr_module()
    check_idf(version)
    check_platformio(version, mk)
    check_arduino(version, mk)
    check_spdx()
    check_readme()
    for c in checked:
        print("check-manifests: " + c)
    for e in errors:
        print("check-manifests: FAIL: " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

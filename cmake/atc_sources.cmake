# SPDX-License-Identifier: MIT
# What every CMake build of atc shares: the top-level CMakeLists.txt (add_subdirectory,
# find_package), the ESP-IDF component (the same file, under ESP_PLATFORM) and the Zephyr module
# (zephyr/CMakeLists.txt). It defines
#   ATC_ROOT, ATC_VERSION           the repository, and the version runtime/atc.h gives
#   ATC_PROFILES                    the profiles (the Makefile's PROFILES)
#   ATC_RUNTIME_SOURCES             the runtime and the scanner (the Makefile's LIB_SRCS without profiles)
#   ATC_TOOL_SOURCES, ATC_CLI_MAIN  the atc tool (the Makefile's TOOL_SRCS, and tools/atc_cli.c)
#   ATC_TOOL_DEFINITIONS            the settings the tool is built with (the Makefile's INCLUDES)
#   ATC_SETTINGS, ATC_DEFAULT_<S>   the settings of runtime/atc.h and their defaults, read from it
#   atc_profile_sources(OUT PROFILE...)        generated/<profile>.c of each
#   atc_settings_definitions(OUT LINE PROFILES STATE AWAIT NO_ERROR_STRINGS NO_NAMES STRICT)
#                                   ATC_<SETTING>=<value> compile definitions (booleans as 0/1)
#   atc_kconfig_profiles(OUT), atc_kconfig_definitions(OUT)
#                                   the same from Kconfig's CONFIG_ATC_* (Zephyr, ESP-IDF)
# tests/packaging/check_manifests.py checks that these lists are the Makefile's.
get_filename_component(ATC_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

set(ATC_PROFILES quectel_tcpip onenet andlink ica usr_tcp232 basic)
set(ATC_RUNTIME_SOURCES
    runtime/atc_util.c generated/atc_scan.c runtime/atc_convert.c runtime/atc_match.c runtime/atc_frame.c
    runtime/atc_encode.c runtime/atc_engine.c)
set(ATC_TOOL_SOURCES
    tools/atc_json.c tools/atcj_buf.c tools/profiles.c tools/atc_input.c tools/atc_serial.c tools/atc_log.c
    tools/atc_text.c tools/atc_stats.c)
set(ATC_CLI_MAIN tools/atc_cli.c)
# the tool decodes several profiles at once and every line of every profile
set(ATC_TOOL_DEFINITIONS ATC_MAX_PROFILES=6 ATC_MAX_LINE=4096)
list(TRANSFORM ATC_RUNTIME_SOURCES PREPEND "${ATC_ROOT}/")
list(TRANSFORM ATC_TOOL_SOURCES PREPEND "${ATC_ROOT}/")
list(TRANSFORM ATC_CLI_MAIN PREPEND "${ATC_ROOT}/")

set(ATC_SETTINGS ATC_MAX_LINE ATC_MAX_PROFILES ATC_STATE_BYTES ATC_MAX_AWAIT ATC_NO_ERROR_STRINGS ATC_NO_NAMES
    ATC_STRICT_VALUES)
file(READ "${ATC_ROOT}/runtime/atc.h" _atc_h)
foreach(_s ${ATC_SETTINGS})
  string(REGEX MATCH "#ifndef ${_s}\n#define ${_s} ([0-9]+)\n" _m "${_atc_h}")
  if(NOT _m)
    message(FATAL_ERROR "atc: no default for ${_s} in runtime/atc.h")
  endif()
  set(ATC_DEFAULT_${_s} ${CMAKE_MATCH_1})
endforeach()
foreach(_k MAJOR MINOR PATCH)
  string(REGEX MATCH "#define ATC_VERSION_${_k} ([0-9]+)" _m "${_atc_h}")
  set(ATC_VERSION_${_k} ${CMAKE_MATCH_1})
endforeach()
set(ATC_VERSION "${ATC_VERSION_MAJOR}.${ATC_VERSION_MINOR}.${ATC_VERSION_PATCH}")
unset(_atc_h)

function(atc_profile_sources out)
  set(_srcs)
  foreach(_p ${ARGN})
    if(NOT _p IN_LIST ATC_PROFILES)
      message(FATAL_ERROR "atc: no profile ${_p} (the profiles: ${ATC_PROFILES})")
    endif()
    list(APPEND _srcs "${ATC_ROOT}/generated/${_p}.c")
  endforeach()
  set(${out} ${_srcs} PARENT_SCOPE)
endfunction()

function(atc_settings_definitions out line profiles state await no_error_strings no_names strict)
  foreach(_b no_error_strings no_names strict)
    if(${_b})
      set(_${_b} 1)
    else()
      set(_${_b} 0)
    endif()
  endforeach()
  set(${out} ATC_MAX_LINE=${line} ATC_MAX_PROFILES=${profiles} ATC_STATE_BYTES=${state} ATC_MAX_AWAIT=${await}
      ATC_NO_ERROR_STRINGS=${_no_error_strings} ATC_NO_NAMES=${_no_names} ATC_STRICT_VALUES=${_strict} PARENT_SCOPE)
endfunction()

# Kconfig (Zephyr, ESP-IDF): the profiles whose CONFIG_ATC_PROFILE_<PROFILE> is set, and the
# settings' definitions from CONFIG_ATC_<SETTING> (unset numbers take runtime/atc.h's defaults)
function(atc_kconfig_profiles out)
  set(_profiles)
  foreach(_p ${ATC_PROFILES})
    string(TOUPPER "${_p}" _P)
    if(CONFIG_ATC_PROFILE_${_P})
      list(APPEND _profiles ${_p})
    endif()
  endforeach()
  set(${out} ${_profiles} PARENT_SCOPE)
endfunction()

function(atc_kconfig_definitions out)
  foreach(_s MAX_LINE MAX_PROFILES STATE_BYTES MAX_AWAIT)
    set(_${_s} "${CONFIG_ATC_${_s}}")
    if(_${_s} STREQUAL "")
      set(_${_s} ${ATC_DEFAULT_ATC_${_s}})
    endif()
  endforeach()
  atc_settings_definitions(_defs "${_MAX_LINE}" "${_MAX_PROFILES}" "${_STATE_BYTES}" "${_MAX_AWAIT}"
                           "${CONFIG_ATC_NO_ERROR_STRINGS}"
                           "${CONFIG_ATC_NO_NAMES}" "${CONFIG_ATC_STRICT_VALUES}")
  set(${out} ${_defs} PARENT_SCOPE)
endfunction()

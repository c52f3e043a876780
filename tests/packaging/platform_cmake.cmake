# SPDX-License-Identifier: MIT
# Runs the CMake files of the Zephyr module (zephyr/CMakeLists.txt) and of the ESP-IDF component
# (CMakeLists.txt under ESP_PLATFORM) in script mode, with stand-ins that print the calls they make
# to Zephyr's zephyr_* functions and ESP-IDF's idf_component_register (neither SDK is in Debian);
# or prints the lists cmake/atc_sources.cmake defines. tests/packaging/check_manifests.py reads the
# output ("CALL <function> <arg>|<arg>...", "LIST <name> <item>|<item>...").
#   cmake -DATC=<repository> -DPLATFORM=zephyr|esp-idf|lists [-DCONFIG=<.config from Kconfig>] -P platform_cmake.cmake
cmake_minimum_required(VERSION 3.13)

function(_record name)
  string(JOIN "|" _args ${ARGN})
  message("CALL ${name} ${_args}")
endfunction()
function(zephyr_library_named)
  _record(zephyr_library_named ${ARGN})
endfunction()
function(zephyr_library_sources)
  _record(zephyr_library_sources ${ARGN})
endfunction()
function(zephyr_include_directories)
  _record(zephyr_include_directories ${ARGN})
endfunction()
function(zephyr_compile_definitions)
  _record(zephyr_compile_definitions ${ARGN})
endfunction()
function(idf_component_register)
  _record(idf_component_register ${ARGN})
endfunction()
function(target_compile_definitions)
  _record(target_compile_definitions ${ARGN})
endfunction()

# CONFIG_<NAME>=<value> lines of a Kconfig .config become variables, as Zephyr and ESP-IDF set them
if(CONFIG)
  file(STRINGS "${CONFIG}" _lines REGEX "^CONFIG_[A-Z0-9_]+=")
  foreach(_l ${_lines})
    string(REGEX MATCH "^(CONFIG_[A-Z0-9_]+)=\"?([^\"]*)\"?$" _m "${_l}")
    set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  endforeach()
endif()

if(PLATFORM STREQUAL "zephyr")
  include(${ATC}/zephyr/CMakeLists.txt)
elseif(PLATFORM STREQUAL "esp-idf")
  set(ESP_PLATFORM 1)
  set(COMPONENT_LIB __idf_atc)
  include(${ATC}/CMakeLists.txt)
elseif(PLATFORM STREQUAL "lists")
  include(${ATC}/cmake/atc_sources.cmake)
  foreach(_v ATC_VERSION ATC_PROFILES ATC_RUNTIME_SOURCES ATC_TOOL_SOURCES ATC_CLI_MAIN ATC_TOOL_DEFINITIONS ATC_SETTINGS)
    string(JOIN "|" _items ${${_v}})
    message("LIST ${_v} ${_items}")
  endforeach()
  foreach(_s ${ATC_SETTINGS})
    message("LIST ATC_DEFAULT_${_s} ${ATC_DEFAULT_${_s}}")
  endforeach()
else()
  message(FATAL_ERROR "PLATFORM=zephyr, esp-idf or lists")
endif()

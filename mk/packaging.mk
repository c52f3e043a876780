# SPDX-License-Identifier: MIT
# Consuming atc from build systems (README, "Consuming atc"):
#   make test-packaging    tests/packaging/run.sh: make install (PREFIX, DESTDIR), pkg-config, CMake
#                          add_subdirectory and find_package, Meson subproject and atc.pc, the
#                          Arduino example sketch; each builds a consumer and runs it
#   make check-manifests   tests/packaging/check_manifests.py: the Zephyr, ESP-IDF, PlatformIO and
#                          Arduino manifests (their tools are not in Debian), and the lists of the
#                          CMake and Meson builds against this Makefile's
#   make packaging-vars    the Makefile's lists, as check_manifests.py reads them
.PHONY: test-packaging check-manifests packaging-vars

test-packaging: all
	sh tests/packaging/run.sh $(BUILD)

check-manifests:
	$(PYTHON) tests/packaging/check_manifests.py

packaging-vars:
	@echo 'PROFILES=$(PROFILES)'
	@echo 'LIB_SRCS=$(LIB_SRCS)'
	@echo 'TOOL_SRCS=$(TOOL_SRCS)'
	@echo 'INCLUDES=$(INCLUDES)'

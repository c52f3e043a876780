# SPDX-License-Identifier: MIT
# atc: AT command sets -> zero-allocation streaming C codecs.
#   make          build/libatc.a (the codec) and build/atc (the CLI), from the committed generated/
#   make demo     decode the sample sessions in examples/
#   make test     every test; installs what is missing with apt-get
#   make install  PREFIX=/usr/local DESTDIR=: library, tool, headers, atc.pc (mk/install.mk)
#   make generate regenerate generated/, docs/reference/ and tests/vectors/ from spec/ (needs ragel)

PROFILES    := quectel_tcpip onenet andlink ica usr_tcp232 basic
PYTHON      := /usr/bin/python3
RAGEL       := ragel
RAGEL_STYLE ?= -G2
CC          ?= cc
CXX         ?= c++
STRICT      := -std=c99 -Wall -Wextra -Werror -pedantic
CFLAGS      ?= -O2 -g
# the tool and the tests decode several profiles at once (--profile a,b) and every line of every
# profile (usr_tcp232 certificates run to ~3 KB); firmware usually needs 1 profile and short lines
INCLUDES    := -Iruntime -Igenerated -Itools -DATC_MAX_PROFILES=6 -DATC_MAX_LINE=4096
BUILD       := build

LIB_SRCS  := runtime/atc_util.c generated/atc_scan.c runtime/atc_convert.c runtime/atc_match.c \
             runtime/atc_frame.c runtime/atc_encode.c runtime/atc_engine.c $(PROFILES:%=generated/%.c)
LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
TOOL_SRCS := tools/atc_json.c tools/atcj_buf.c tools/profiles.c tools/atc_input.c tools/atc_serial.c \
             tools/atc_log.c tools/atc_text.c tools/atc_stats.c
TOOL_OBJS := $(TOOL_SRCS:%.c=$(BUILD)/obj/%.o)
TEST_SRCS := $(wildcard tests/*.c) tests/sim/atc_sim.c
SPECS     := $(PROFILES:%=spec/%.yaml)

.PHONY: all deps generate check-generated check-lib check-compilers test test-unit test-gen test-cli test-constructs test-examples \
        demo examples clean

all: $(BUILD)/libatc.a $(BUILD)/atc

deps:
	@sh tools/install-deps.sh

$(BUILD)/obj/%.o: %.c Makefile
	@mkdir -p $(dir $@)
	$(CC) $(STRICT) $(CFLAGS) $(INCLUDES) -MMD -MP -c $< -o $@

-include $(LIB_OBJS:.o=.d) $(TOOL_OBJS:.o=.d)

$(BUILD)/libatc.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/atc: tools/atc_cli.c $(wildcard tools/*.h) $(TOOL_OBJS) $(BUILD)/libatc.a
	$(CC) $(STRICT) $(CFLAGS) $(INCLUDES) $< $(TOOL_OBJS) $(BUILD)/libatc.a -o $@

# ---- generation (developers only: generated/ is committed) ----

generate: deps
	PYTHON=$(PYTHON) RAGEL=$(RAGEL) RAGEL_STYLE=$(RAGEL_STYLE) sh gen/generate.sh \
	    generated docs/reference tests/vectors $(PROFILES)

# Fails when generated/, docs/reference/ or tests/vectors/ differ from what spec/, templates/,
# gen/ and runtime/ produce now.
check-generated: deps
	@tmp=$$(mktemp -d) && \
	PYTHON=$(PYTHON) RAGEL=$(RAGEL) RAGEL_STYLE=$(RAGEL_STYLE) sh gen/generate.sh \
	    $$tmp/gen $$tmp/docs $$tmp/vectors $(PROFILES) >/dev/null && \
	diff -r $$tmp/gen generated && diff -r $$tmp/docs docs/reference && \
	diff -r $$tmp/vectors tests/vectors && rm -rf $$tmp && echo "generated/ is up to date"

# The codec library must not reach for the allocator or stdio.
check-lib: $(BUILD)/libatc.a
	@ld -r -o $(BUILD)/libatc-all.o $(LIB_OBJS) && \
	bad=$$(nm -u $(BUILD)/libatc-all.o | awk '{print $$2}' | sort -u | \
	        grep -v -E '^(memcpy|memset|memcmp|memmove|memchr|strlen|strcmp)$$' || true); \
	if [ -n "$$bad" ]; then echo "libatc.a uses: $$bad"; exit 1; fi; \
	echo "libatc.a: no malloc, free or stdio"

# The codec compiles cleanly with gcc and clang as C99, and as C++.
check-compilers:
	@for cc in gcc clang; do for f in $(LIB_SRCS) $(TOOL_SRCS); do \
	  $$cc $(STRICT) $(INCLUDES) -fsyntax-only $$f || exit 1; done; done
	@for cxx in g++ clang++; do for f in $(LIB_SRCS); do \
	  $$cxx -x c++ -Wall -Wextra -Werror -pedantic $(INCLUDES) -fsyntax-only $$f || exit 1; done; done
	@tmp=$$(mktemp -d) && for p in $(PROFILES); do \
	  printf '#define ATC_IMPLEMENTATION\n#include "atc_%s.h"\nint main(void) { return 0; }\n' $$p > $$tmp/$$p.c; \
	  $(CC) $(STRICT) -Igenerated $$tmp/$$p.c -o $$tmp/a.out || exit 1; \
	  $(CXX) -x c++ -Wall -Wextra -Werror -pedantic -Igenerated $$tmp/$$p.c -o $$tmp/a.out || exit 1; \
	done; \
	{ printf '#define ATC_IMPLEMENTATION\n'; for p in $(PROFILES); do printf '#include "atc_%s.h"\n' $$p; done; \
	  printf 'int main(void) { return 0; }\n'; } > $$tmp/all.c && \
	$(CC) $(STRICT) -Igenerated $$tmp/all.c -o $$tmp/a.out && rm -rf $$tmp
	@echo "gcc, clang, g++ and clang++: clean; every single header builds alone and together"

# ---- tests ----

$(BUILD)/tests: $(TEST_SRCS) tests/sim/atc_sim.h $(TOOL_OBJS) $(BUILD)/libatc.a runtime/atc.h runtime/atc_engine.h \
               $(PROFILES:%=generated/%.h)
	$(CC) -std=c99 -Wall -Wextra -Werror -O1 -g $(INCLUDES) $(TEST_SRCS) $(TOOL_OBJS) \
	    $(BUILD)/libatc.a -lcriterion -o $@

test-unit: $(BUILD)/tests
	cd . && ATC_VECTORS=tests/vectors $(BUILD)/tests --jobs 2

test-gen:
	$(PYTHON) -m unittest discover -s tests/gen -t . -q

test-cli: $(BUILD)/atc
	sh tests/cli/run.sh $(BUILD)/atc

# every construct of the spec format, on a made-up profile generated at test time
test-constructs:
	PYTHON=$(PYTHON) CC=$(CC) sh tests/constructs/run.sh $(BUILD)

# examples/minimal.c built from the single header alone, as C99 and as C++; examples/socket_client.c
# (the command engine) with the simulated module it runs against
examples: $(BUILD)/minimal $(BUILD)/minimal_cpp $(BUILD)/socket_client $(BUILD)/socket_client_cpp

$(BUILD)/minimal: examples/minimal.c $(PROFILES:%=generated/atc_%.h)
	@mkdir -p $(BUILD)
	$(CC) $(STRICT) -Igenerated $< -o $@

$(BUILD)/minimal_cpp: examples/minimal.c $(PROFILES:%=generated/atc_%.h)
	@mkdir -p $(BUILD)
	$(CXX) -x c++ -Wall -Wextra -Werror -pedantic -Igenerated $< -o $@

SIM_DEMO := tests/sim/atc_sim.c tests/sim/atc_sim.h runtime/atc_engine.h

$(BUILD)/socket_client: examples/socket_client.c $(SIM_DEMO) generated/atc_quectel_tcpip.h
	@mkdir -p $(BUILD)
	$(CC) $(STRICT) -Igenerated -Iruntime examples/socket_client.c tests/sim/atc_sim.c -o $@

$(BUILD)/socket_client_cpp: examples/socket_client.c $(SIM_DEMO) generated/atc_quectel_tcpip.h
	@mkdir -p $(BUILD)/obj
	$(CC) $(STRICT) -Iruntime -c tests/sim/atc_sim.c -o $(BUILD)/obj/atc_sim_demo.o
	$(CXX) -x c++ -Wall -Wextra -Werror -pedantic -Igenerated -Iruntime examples/socket_client.c -x none \
	    $(BUILD)/obj/atc_sim_demo.o -o $@

test-examples: examples
	$(BUILD)/minimal
	$(BUILD)/minimal_cpp
	$(BUILD)/socket_client > /dev/null
	$(BUILD)/socket_client_cpp > /dev/null

test: deps
	$(MAKE) --no-print-directory check-generated
	$(MAKE) --no-print-directory all check-lib check-compilers
	$(MAKE) --no-print-directory test-gen test-examples test-cli test-constructs
	$(MAKE) --no-print-directory test-unit
	$(MAKE) --no-print-directory test-settings test-trim test-packaging check-manifests

demo: deps all $(BUILD)/socket_client
	@echo "== $(BUILD)/socket_client: examples/socket_client.c on the command engine, against a simulated module"
	@$(BUILD)/socket_client
	@for f in examples/sessions/*.txt examples/sessions/*.bin; do \
	  [ -f "$$f" ] || continue; \
	  p=$$(basename $$f | sed 's/-.*//'); \
	  echo "== $(BUILD)/atc decode --profile $$p $$f"; \
	  $(BUILD)/atc decode --profile $$p $$f || exit 1; \
	done

clean:
	rm -rf $(BUILD)

# More targets, one file per concern (reliability, benchmarks): mk/*.mk
-include $(wildcard mk/*.mk)

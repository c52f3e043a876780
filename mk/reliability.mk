# SPDX-License-Identifier: MIT
# Reliability (issue 6): fuzzing, sanitizers, valgrind, stack usage. docs/security.md says what
# the codec promises for untrusted input and which of these targets shows it.
#
#   make fuzz            build the libFuzzer targets (tests/fuzz/fuzz_*.c) with
#                        clang -fsanitize=fuzzer,address,undefined and run each FUZZ_SECONDS (60)
#                        seconds from tests/fuzz/corpus/<target>/; prints executions and crashes
#                        per target; a crash leaves its input in $(BUILD)/fuzz/<target>/artifacts/
#   make fuzz-smoke      the same, 10 s per target (CI)
#   make fuzz-seeds      rewrite tests/fuzz/corpus/ from the test vectors (tests/fuzz/seeds.c)
#   make test-sanitize   the whole Criterion suite (what $(BUILD)/tests is built from) built with
#                        clang -fsanitize=address,undefined -fno-sanitize-recover=all, and run
#   make test-valgrind   valgrind --error-exitcode=1 --leak-check=full over `atc decode` on every
#                        examples/sessions/* file and every vector and fixture input
#   make stack-usage     the codec compiled with -fstack-usage -fcallgraph-info=su: the worst
#                        function and a bound for the deepest call chain (tests/props/stack_usage.py)
#   make reliability     test-sanitize, test-valgrind, fuzz-smoke and stack-usage
#
# Every profile in tools/profiles.c (atc_tool_profiles[]) is covered: the targets walk that table.

FUZZ_CC       ?= clang
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  := decode encode
FUZZ_DIR      := $(BUILD)/fuzz
SAN_DIR       := $(BUILD)/sanitize
VG_DIR        := $(BUILD)/valgrind
STACK_DIR     := $(BUILD)/stack
SAN_FLAGS     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
RELIABILITY_H := runtime/atc.h tests/props/msggen.h $(wildcard generated/*.h) tools/profiles.h tools/atc_json.h

.PHONY: fuzz fuzz-smoke fuzz-build fuzz-seeds test-sanitize test-valgrind stack-usage reliability reliability-deps

# clang's sanitizer and libFuzzer runtimes (libclang-rt-14-dev) besides what make test installs
reliability-deps:
	@ATC_WANT_SANITIZERS=1 sh tools/install-deps.sh

# $(BUILD)/tests (the Makefile) also compiles these in: tests/test_fuzz_replay.c includes the fuzz
# targets, tests/test_props.c and others the message generator
$(BUILD)/tests: tests/props/msggen.h $(wildcard tests/fuzz/fuzz_*.c)

# ---- fuzzing ----

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_SRCS) tools/profiles.c $(RELIABILITY_H)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c99 -Wall -Wextra -Werror -g -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all $(INCLUDES) $< $(LIB_SRCS) tools/profiles.c -o $@

fuzz-build: reliability-deps $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

fuzz: fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_DIR) 10 $(FUZZ_TARGETS)

$(BUILD)/seeds: tests/fuzz/seeds.c $(TOOL_OBJS) $(BUILD)/libatc.a $(RELIABILITY_H)
	$(CC) -std=c99 -Wall -Wextra -Werror -O1 -g $(INCLUDES) $< $(TOOL_OBJS) $(BUILD)/libatc.a -o $@

fuzz-seeds: $(BUILD)/seeds
	rm -rf tests/fuzz/corpus/decode tests/fuzz/corpus/encode
	$(BUILD)/seeds . tests/fuzz/corpus

# ---- sanitizers and valgrind ----

$(SAN_DIR)/tests: $(TEST_SRCS) $(LIB_SRCS) $(TOOL_SRCS) $(RELIABILITY_H) $(wildcard tests/fuzz/*.c)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c99 -Wall -Wextra -Werror -O1 -g $(SAN_FLAGS) $(INCLUDES) $(TEST_SRCS) $(LIB_SRCS) \
	    $(TOOL_SRCS) -lcriterion -o $@

test-sanitize: reliability-deps $(SAN_DIR)/tests
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp:print_suppressions=0 \
	    UBSAN_OPTIONS=print_stacktrace=1 ATC_VECTORS=tests/vectors $(SAN_DIR)/tests --jobs 2
	@echo "test-sanitize: the Criterion suite passed under AddressSanitizer and UndefinedBehaviorSanitizer"

VG_JOBS ?= $(shell nproc 2>/dev/null || echo 2)

test-valgrind: $(BUILD)/atc $(BUILD)/seeds
	@command -v valgrind >/dev/null || { echo "test-valgrind: valgrind is missing (make deps)"; exit 1; }
	@rm -rf $(VG_DIR) && mkdir -p $(VG_DIR) && $(BUILD)/seeds . $(VG_DIR) --raw >/dev/null
	@all=$$($(BUILD)/atc profiles | head -n 5 | paste -sd, -); \
	{ for f in examples/sessions/*; do echo "$$(basename $$f | sed 's/-.*//') $$f"; echo "$$all $$f"; done; \
	  for f in $(VG_DIR)/raw/*/*; do echo "$$(basename $$(dirname $$f)) $$f"; done; } > $(VG_DIR)/runs
	@xargs -P $(VG_JOBS) -L 1 sh -c 'valgrind -q --error-exitcode=1 --leak-check=full $(BUILD)/atc decode \
	    --profile "$$0" "$$1" >/dev/null 2>$(VG_DIR)/log.$$$$ || { echo "test-valgrind: --profile $$0 $$1:"; \
	    cat $(VG_DIR)/log.$$$$; exit 255; }' < $(VG_DIR)/runs
	@echo "test-valgrind: $$(wc -l < $(VG_DIR)/runs) runs of atc decode under valgrind, no memory error and no leak"

# ---- stack usage ----

STACK_OBJS := $(LIB_SRCS:%.c=$(STACK_DIR)/%.o)

$(STACK_DIR)/%.o: %.c $(RELIABILITY_H)
	@mkdir -p $(dir $@)
	cd $(dir $@) && gcc $(STRICT) $(CFLAGS) $(INCLUDES:-I%=-I$(CURDIR)/%) -fstack-usage -fcallgraph-info=su \
	    -c $(CURDIR)/$< -o $(notdir $@)

stack-usage: $(STACK_OBJS)
	$(PYTHON) tests/props/stack_usage.py $(STACK_DIR)

reliability: test-sanitize test-valgrind fuzz-smoke stack-usage

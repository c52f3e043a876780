# Performance and footprint (issue 10). Figures are measured and reported, never asserted by tests.
#   make bench   corpora, decode Ir/byte and MB/s (atc and a hand-written baseline), encode Ir per
#                command, the Ragel code styles of the scanner, then everything `make size` prints;
#                with the budgets
#   make size    Cortex-M4 flash/RAM of the runtime, decoder and encoders of every profile (names
#                left out), the tables, sizeof(atc_parser), worst stack depth; with the budgets; and
#                the quectel_tcpip header trimmed for a socket client (gen/trim.py with
#                examples/quectel_tcpip-socket-client.options) beside the whole profile
# Everything goes to $(BENCH_OUT)/ (report.md, results.json, size.md, corpora, callgrind files).
# BENCH_CODEC is the directory of the single headers under test (default: generated/, as committed).
# `make bench` fails (after measuring everything) when a decoder disagrees with the generated messages.
# Installs what is missing with apt-get: valgrind (callgrind.h), gcc-arm-none-eabi + newlib headers,
# and what gen/generate.sh needs for the code-style rebuilds (tools/install-deps.sh).

BENCH_OUT    := build-bench
BENCH_CODEC  ?= generated
BENCH_CFLAGS := -std=c99 -O2 -g -Wall -Wextra -Wno-implicit-fallthrough
BENCH_SRCS   := bench/codec_impl.c tools/atcj_buf.c bench/common.c bench/corpus.c bench/bench.c bench/baseline_quectel.c
BENCH_NPROF  := $(words $(PROFILES))
BENCH_HDRS   := $(PROFILES:%=$(BENCH_OUT)/src/atc_%.h)
# Generate only what you use: the socket client's trimmed quectel_tcpip header (gen/trim.py), measured
# beside the whole profile
BENCH_TRIM_OPTIONS := examples/quectel_tcpip-socket-client.options
BENCH_TRIMMED      := $(BENCH_OUT)/trimmed
BENCH_RUN    := $(PYTHON) bench/run.py --out $(BENCH_OUT) --codec $(BENCH_OUT)/src --codec-label $(BENCH_CODEC) \
                --profiles "$(PROFILES)" --cc "$(CC)" --cflags "$(BENCH_CFLAGS)" \
                --trimmed $(BENCH_TRIMMED) --trimmed-label $(BENCH_TRIM_OPTIONS)

.PHONY: bench size bench-deps size-deps bench-clean

bench-deps:
	@sh tools/install-deps.sh
	@need=""; \
	{ command -v valgrind >/dev/null 2>&1 && [ -f /usr/include/valgrind/callgrind.h ]; } || need="$$need valgrind"; \
	command -v arm-none-eabi-gcc >/dev/null 2>&1 || need="$$need gcc-arm-none-eabi"; \
	[ -f /usr/include/newlib/string.h ] || need="$$need libnewlib-arm-none-eabi"; \
	if [ -n "$$need" ]; then echo "installing:$$need"; \
	  if [ "$$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends $$need >/dev/null; fi

size-deps:
	@sh tools/install-deps.sh
	@need=""; \
	command -v arm-none-eabi-gcc >/dev/null 2>&1 || need="$$need gcc-arm-none-eabi"; \
	[ -f /usr/include/newlib/string.h ] || need="$$need libnewlib-arm-none-eabi"; \
	if [ -n "$$need" ]; then echo "installing:$$need"; \
	  if [ "$$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends $$need >/dev/null; fi

# A snapshot of the single headers, so that every bench binary of one run sees the same codec
# (refreshed whenever the headers under test differ from it).
$(BENCH_OUT)/src/atc_%.h: bench-force
	@mkdir -p $(dir $@)
	@cmp -s $(BENCH_CODEC)/atc_$*.h $@ || cp $(BENCH_CODEC)/atc_$*.h $@

.PHONY: bench-force
bench-force:

$(BENCH_OUT)/src/bench_profiles.h: mk/bench.mk
	@mkdir -p $(dir $@)
	@{ echo '/* written by mk/bench.mk: the profiles under test */'; \
	  for p in $(PROFILES); do echo "#include \"atc_$$p.h\""; done; \
	  printf '#define BENCH_PROFILES'; for p in $(PROFILES); do printf ' X(%s)' $$p; done; echo; } > $@

BENCH_DEPS := $(BENCH_SRCS) bench/bench.h tools/atcj_buf.h $(BENCH_HDRS) $(BENCH_OUT)/src/bench_profiles.h

# one profile per parser (firmware's default, ATC_MAX_PROFILES 1) and all of them (the mixed corpus);
# bench/run.py builds the code-style binaries with the same compiler, flags and sources
$(BENCH_OUT)/bench-p1: $(BENCH_DEPS)
	$(CC) $(BENCH_CFLAGS) -DATC_MAX_PROFILES=1 -I$(BENCH_OUT)/src -Ibench $(BENCH_SRCS) -lm -o $@

$(BENCH_OUT)/bench-pN: $(BENCH_DEPS)
	$(CC) $(BENCH_CFLAGS) -DATC_MAX_PROFILES=$(BENCH_NPROF) -DATC_STATE_BYTES=64 -I$(BENCH_OUT)/src -Ibench $(BENCH_SRCS) -lm -o $@

$(BENCH_TRIMMED)/atc_quectel_tcpip.h: $(BENCH_TRIM_OPTIONS) spec/quectel_tcpip.yaml $(wildcard gen/*.py templates/*.j2 runtime/*) \
                                      generated/atc_scan.c LICENSE
	$(PYTHON) gen/trim.py --options $(BENCH_TRIM_OPTIONS) --out $(BENCH_TRIMMED) spec/quectel_tcpip.yaml

bench: bench-deps $(BENCH_OUT)/bench-p1 $(BENCH_OUT)/bench-pN $(BENCH_TRIMMED)/atc_quectel_tcpip.h
	$(BENCH_RUN) bench

size: size-deps $(BENCH_HDRS) $(BENCH_TRIMMED)/atc_quectel_tcpip.h
	$(BENCH_RUN) size

bench-clean:
	rm -rf $(BENCH_OUT)

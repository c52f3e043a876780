# SPDX-License-Identifier: MIT
# Generate only what you use (gen/trim.py): a single header holding only the messages a firmware's
# options file names (nanopb's .options are the model; examples/quectel_tcpip-socket-client.options).
#   make trim OPTIONS=FILE [TRIM_OUT=DIR]   DIR/atc_<profile>.h (default: $(BUILD)/trim-<options file name>)
#   make test-trim                         tests/trim/run.sh: the socket client's trimmed header compiles,
#                                          and decodes the kept lines of a session like the whole profile
.PHONY: trim test-trim

TRIM_OUT ?= $(BUILD)/trim-$(basename $(notdir $(OPTIONS)))

trim: deps
	@[ -n "$(OPTIONS)" ] || { echo "usage: make trim OPTIONS=FILE [TRIM_OUT=DIR] (gen/trim.py describes the file)"; exit 2; }
	$(PYTHON) gen/trim.py --options $(OPTIONS) --out $(TRIM_OUT)

test-trim:
	PYTHON=$(PYTHON) sh tests/trim/run.sh $(BUILD)

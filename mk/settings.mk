# SPDX-License-Identifier: MIT
# Every build setting of runtime/atc.h built and run (nanopb's tests/no_errmsg style):
#   make test-settings   tests/settings/run.sh: one directory per setting under tests/settings/, each a
#                        program that sets it before including the single header(s), built with gcc,
#                        clang, g++ and clang++ (-Wall -Wextra -Werror -pedantic) and run; settings a
#                        profile or the parser cannot hold must stop the build (#error), and a caller
#                        whose settings differ from build/libatc.a's must fail to link
.PHONY: test-settings

test-settings: $(BUILD)/libatc.a
	sh tests/settings/run.sh $(BUILD)

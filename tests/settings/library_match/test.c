/* SPDX-License-Identifier: MIT */
/* The library and its caller with the same settings (those of atc.pc's Cflags): it links and
 * decodes (the control of tests/settings/library_mismatch).
 * link: build/libatc.a */
#define ATC_MAX_LINE 4096
#define ATC_MAX_PROFILES 6
#include "../library_caller.h"

/* SPDX-License-Identifier: MIT */
/* The library built with ATC_MAX_LINE 4096 and ATC_MAX_PROFILES 6, its caller at the defaults (a
 * parser 3.5 KiB smaller than the library would write): atc_init's name carries the settings, so
 * the link fails instead of memory being overwritten.
 * link: build/libatc.a
 * expect: link-error atc_init_L512_P1_S8 */
#include "../library_caller.h"

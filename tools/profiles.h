/* SPDX-License-Identifier: MIT */
#ifndef ATC_TOOL_PROFILES_H
#define ATC_TOOL_PROFILES_H
#include "atc.h"
extern const atc_profile *const atc_tool_profiles[]; /* NULL-terminated */
const atc_profile *atc_tool_profile(const char *name);
#endif

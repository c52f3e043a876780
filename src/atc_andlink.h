/* SPDX-License-Identifier: MIT */
/* Arduino and PlatformIO look for a library's headers in src/: this is generated/atc_andlink.h, the
 * single header of profile andlink (library.properties, library.json). */
#include "../generated/atc_andlink.h"

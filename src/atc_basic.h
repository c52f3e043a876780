/* SPDX-License-Identifier: MIT */
/* Arduino and PlatformIO look for a library's headers in src/: this is generated/atc_basic.h, the
 * single header of profile basic (library.properties, library.json). */
#include "../generated/atc_basic.h"

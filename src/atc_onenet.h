/* SPDX-License-Identifier: MIT */
/* Arduino and PlatformIO look for a library's headers in src/: this is generated/atc_onenet.h, the
 * single header of profile onenet (library.properties, library.json). */
#include "../generated/atc_onenet.h"

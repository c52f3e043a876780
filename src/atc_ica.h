/* SPDX-License-Identifier: MIT */
/* Arduino and PlatformIO look for a library's headers in src/: this is generated/atc_ica.h, the
 * single header of profile ica (library.properties, library.json). */
#include "../generated/atc_ica.h"

/* SPDX-License-Identifier: MIT */
/* Arduino and PlatformIO look for a library's headers in src/: this is generated/atc_usr_tcp232.h, the
 * single header of profile usr_tcp232 (library.properties, library.json). */
#include "../generated/atc_usr_tcp232.h"

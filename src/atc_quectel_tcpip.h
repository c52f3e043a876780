/* SPDX-License-Identifier: MIT */
/* Arduino and PlatformIO look for a library's headers in src/: this is generated/atc_quectel_tcpip.h, the
 * single header of profile quectel_tcpip (library.properties, library.json). */
#include "../generated/atc_quectel_tcpip.h"

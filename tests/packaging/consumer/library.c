/* SPDX-License-Identifier: MIT */
/* A consumer of the compiled library (CMake atc::atc, Meson atc_dep, pkg-config atc) through its
 * headers atc.h and quectel_tcpip.h. */
#include "atc.h"
#include "quectel_tcpip.h"

#include "events.h"

int main(void)
{
    return decode_and_print("library");
}

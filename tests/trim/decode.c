/* SPDX-License-Identifier: MIT */
/* Decodes a file with the quectel_tcpip single header found first on the include path (the whole
 * profile from generated/, or a header trimmed by gen/trim.py) and prints the events as the JSON
 * lines of `atc decode` (tools/atc_json.c). tests/trim/run.sh compares the two.
 * Usage: decode FILE */
#define ATC_IMPLEMENTATION
#include "atc_quectel_tcpip.h"

#include <stdio.h>

#include "atc_json.h"

int main(int argc, char **argv)
{
    static char buf[1 << 16];
    atcj_decoder d;
    FILE *f;
    size_t n;
    if (argc != 2 || !(f = fopen(argv[1], "rb"))) {
        fprintf(stderr, "usage: decode FILE\n");
        return 2;
    }
    atcj_decoder_init(&d, &atc_quectel_tcpip_profile);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        atcj_decoder_feed(&d, buf, n);
    fclose(f);
    atcj_decoder_finish(&d);
    fwrite(d.out.ptr, 1, d.out.len, stdout);
    atcj_decoder_free(&d);
    return 0;
}

/* SPDX-License-Identifier: MIT */
/* A simulated module for tests and demos: it answers the host's commands as a script says, with
 * the delays and in the pieces the test chooses, writing every module line with the codec's own
 * module-side encoder (atc_encode).
 *
 * A script is text, one item a line (leading spaces are ignored):
 *   AT+QIOPEN=1,0,"TCP","1.2.3.4",80   a command line the host must send, exactly (without its CR)
 *   OK                                 a module line: decoded in the context of the dialogue so far
 *   +QIOPEN: 0,0                         (what the host sent, what the module said), so that a
 *                                        line that is not a message of the profile is a script
 *                                        error, then written again by atc_encode
 *   @150 +QIOPEN: 0,0                  the same, 150 ms after the item before it
 *   > test<ctrl+Z>                     the module's '>' prompt, then the payload the host must send
 *   << <0x11><0x22>                    a payload the host must send without a prompt (after an OK)
 *   raw test<CR><LF>                   bytes the module sends as they are (a payload after +QIRD: 4)
 *   # comment
 * Byte notation, as in the test vectors: <ctrl+Z> <esc> <CR> <LF> <NUL> <0xNN>. The documents'
 * transcripts are scripts (with "> " lines), so their examples can be replayed.
 *
 * The test feeds the host's bytes with atc_sim_host() (from the engine's write callback) and
 * moves time on with atc_sim_run(), which hands the module's bytes to the engine and ticks it.
 */
#ifndef ATC_SIM_H
#define ATC_SIM_H

#include <stddef.h>

#ifndef ATC_ENGINE_H /* (a single header, atc_<profile>.h, included before this carries it) */
#include "atc_engine.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef ATC_SIM_OUT
#define ATC_SIM_OUT 16384
#endif

typedef struct atc_sim {
    atc_parser capture;         /* both directions, as a capture shows them: the module lines' context */
    const char *script;         /* the next item */
    uint32_t now;               /* simulated time, ms */
    uint32_t due;               /* when the next module item goes out */
    size_t chunk;               /* the module's bytes reach the host in pieces of this size (0: whole) */
    int echo_commands;          /* ATE1: the module echoes each command line */
    int echo_data;              /* the module echoes the payload the host sends after its prompt */
    int decoding;               /* a script line is being decoded */
    int waiting;                /* 1: for a command line of the host, 2: for its payload */
    char expect[8192];          /* what the host must send now */
    size_t nexpect;
    char host[8192];            /* the host's bytes of the current item */
    size_t nhost;
    char out[ATC_SIM_OUT];      /* module bytes not yet handed over */
    size_t nout, sent;          /* (sent: of them, handed over already in this step) */
    unsigned commands;          /* command lines received */
    char error[512];            /* the first mismatch, "" while none */
} atc_sim;

void atc_sim_init(atc_sim *s, const atc_profile *profile, const char *script);
/* Bytes the host wrote to the module. */
void atc_sim_host(atc_sim *s, const char *data, size_t len);
/* Move time on by ms, one millisecond at a time: the module items that fall due are handed to the
 * engine (in pieces of s->chunk), and the engine is ticked each millisecond. */
void atc_sim_run(atc_sim *s, atc_engine *e, uint32_t ms);
/* 1 when the whole script has been played. */
int atc_sim_finished(const atc_sim *s);

#ifdef __cplusplus
}
#endif

#endif

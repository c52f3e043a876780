/* The fuzz targets in the Criterion suite: every input of tests/fuzz/corpus/<target>/ (seeds from
 * the test vectors, tests/fuzz/seeds.c) and of tests/fuzz/regressions/<target>/ (crashes the
 * fuzzers found, one per bug, see its README.md) is run through the target's checks, compiled in
 * here with FUZZ_FAIL turned into a test failure that names the input. make test-sanitize runs
 * them under ASan and UBSan as libFuzzer does. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char replay_current[1100];
static char replay_msgs[8192];
static int replay_failed;
static jmp_buf replay_jmp;

/* A check failed: note it, and go on with the next input (the target does not return). */
static void replay_fail(const char *fmt, ...)
{
    char msg[1024];
    size_t used = strlen(replay_msgs);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (used + 16 < sizeof replay_msgs)
        snprintf(replay_msgs + used, sizeof replay_msgs - used, "\n  %s: %s", replay_current, msg);
    replay_failed++;
    longjmp(replay_jmp, 1);
}

#define FUZZ_FAIL(...) replay_fail(__VA_ARGS__)

#define FUZZ_ENTRY fuzz_decode_one
#include "fuzz/fuzz_decode.c"
#undef FUZZ_ENTRY

#define FUZZ_ENTRY fuzz_encode_one
#include "fuzz/fuzz_encode.c"
#undef FUZZ_ENTRY

typedef int (*fuzz_entry)(const uint8_t *data, size_t size);

static int replay_dir(const char *dir, fuzz_entry entry)
{
    DIR *dh = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (!dh)
        return 0;
    while ((e = readdir(dh)) != NULL) {
        char path[1024];
        FILE *f;
        uint8_t *buf;
        long size;
        if (e->d_name[0] == '.' || strstr(e->d_name, ".md"))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        f = fopen(path, "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        size = ftell(f);
        fseek(f, 0, SEEK_SET);
        buf = (uint8_t *)malloc(size > 0 ? (size_t)size : 1);
        cr_assert(fread(buf, 1, (size_t)size, f) == (size_t)size, "cannot read %s", path);
        fclose(f);
        snprintf(replay_current, sizeof replay_current, "%s", path);
        if (setjmp(replay_jmp) == 0)
            entry(buf, (size_t)size);
        free(buf);
        n++;
    }
    closedir(dh);
    fprintf(stderr, "fuzz_replay: %d inputs of %s, %d failed\n", n, dir, replay_failed);
    cr_assert_eq(replay_failed, 0, "%d of %d inputs failed:%s", replay_failed, n, replay_msgs);
    return n;
}

Test(fuzz_replay, decode_corpus, .timeout = 300)
{
    cr_assert_gt(replay_dir("tests/fuzz/corpus/decode", fuzz_decode_one), 0, "no decode corpus (make fuzz-seeds)");
}

Test(fuzz_replay, encode_corpus, .timeout = 300)
{
    cr_assert_gt(replay_dir("tests/fuzz/corpus/encode", fuzz_encode_one), 0, "no encode corpus (make fuzz-seeds)");
}

Test(fuzz_replay, decode_regressions, .timeout = 120)
{
    replay_dir("tests/fuzz/regressions/decode", fuzz_decode_one);
}

Test(fuzz_replay, encode_regressions, .timeout = 120)
{
    replay_dir("tests/fuzz/regressions/encode", fuzz_encode_one);
}

/* SPDX-License-Identifier: MIT */
/* A pseudo-terminal for testing `atc decode --device`: tests/cli/run.sh compiles and runs it.
 *
 *   pty_run [-b BAUD] [-w LINES] -- COMMAND ARGS...     (an argument @PTY@ is the terminal's path)
 *   pty_run -t -- COMMAND ARGS...
 *
 * Opens a pseudo-terminal, runs COMMAND, waits until COMMAND has put the terminal into raw mode
 * (and at BAUD, if given), writes this program's standard input to it, copies COMMAND's output to
 * standard output until LINES lines came (default 1), then sends COMMAND SIGINT and exits with
 * its exit status (3: the terminal was not set up as asked, 4: a timeout, 5: a system error).
 * With -t, COMMAND's standard output is the terminal instead: what it prints there is copied to
 * standard output until it exits. */
#define _XOPEN_SOURCE 600

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void nap(long ms)
{
    struct timespec t;
    t.tv_sec = ms / 1000;
    t.tv_nsec = (ms % 1000) * 1000000L;
    nanosleep(&t, NULL);
}

static speed_t speed_of(long baud)
{
    switch (baud) {
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
#ifdef B115200
    case 115200: return B115200;
#endif
    default: return B0;
    }
}

/* Copies what the child printed; returns the number of newlines copied, -1 at its end. */
static int copy_out(int from, int wait_ms)
{
    struct pollfd pf;
    char buf[4096];
    ssize_t n, i;
    int lines = 0;
    pf.fd = from;
    pf.events = POLLIN;
    if (poll(&pf, 1, wait_ms) <= 0)
        return 0;
    n = read(from, buf, sizeof buf);
    if (n <= 0)
        return -1;
    fwrite(buf, 1, (size_t)n, stdout);
    fflush(stdout);
    for (i = 0; i < n; i++)
        lines += buf[i] == '\n';
    return lines;
}

/* -t: the command's standard output is the terminal. */
static int run_on_terminal(int master, const char *slave, char **argv)
{
    char buf[4096];
    ssize_t n;
    int status, fd;
    pid_t pid = fork();
    if (pid < 0) {
        perror("pty_run: fork");
        return 5;
    }
    if (pid == 0) {
        close(master);
        fd = open(slave, O_RDWR | O_NOCTTY);
        if (fd < 0) {
            perror(slave);
            _exit(127);
        }
        dup2(fd, 1);
        close(fd);
        execvp(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    while ((n = read(master, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
            fwrite(buf, 1, (size_t)n, stdout);
    waitpid(pid, &status, 0);
    /* (what is still in the terminal after the last writer closed it) */
    while ((n = read(master, buf, sizeof buf)) > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv)
{
    long baud = 0, want = 1, waited;
    int master, out[2], i, seen = 0, status, c, on_terminal = 0;
    char *slave, input[65536];
    size_t in_len = 0;
    ssize_t n;
    pid_t pid;
    struct termios t;
    for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (strcmp(argv[i], "-b") == 0 && i + 1 < argc)
            baud = atol(argv[++i]);
        else if (strcmp(argv[i], "-w") == 0 && i + 1 < argc)
            want = atol(argv[++i]);
        else if (strcmp(argv[i], "-t") == 0)
            on_terminal = 1;
        else {
            fprintf(stderr, "usage: pty_run [-b BAUD] [-w LINES] -- COMMAND ARGS...\n");
            return 5;
        }
    }
    if (i + 1 >= argc) {
        fprintf(stderr, "pty_run: no command\n");
        return 5;
    }
    argv += i + 1;
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0 || !(slave = ptsname(master)) || pipe(out) < 0) {
        perror("pty_run");
        return 5;
    }
    if (on_terminal)
        return run_on_terminal(master, slave, argv);
    while ((n = read(0, input + in_len, sizeof input - in_len)) > 0)
        in_len += (size_t)n;
    pid = fork();
    if (pid < 0) {
        perror("pty_run: fork");
        return 5;
    }
    if (pid == 0) {
        for (c = 0; argv[c]; c++)
            if (strcmp(argv[c], "@PTY@") == 0)
                argv[c] = slave;
        dup2(out[1], 1);
        close(out[0]);
        close(out[1]);
        close(master);
        execvp(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    close(out[1]);
    /* the command has set the terminal up when canonical mode and echo are off */
    for (waited = 0;; waited += 10) {
        if (tcgetattr(master, &t) == 0 && !(t.c_lflag & (ICANON | ECHO)))
            break;
        if (waited > 5000 || waitpid(pid, &status, WNOHANG) == pid) {
            fprintf(stderr, "pty_run: the command did not put %s into raw mode\n", slave);
            kill(pid, SIGKILL);
            return 3;
        }
        nap(10);
    }
    if (baud && (cfgetispeed(&t) != speed_of(baud) || cfgetospeed(&t) != speed_of(baud))) {
        fprintf(stderr, "pty_run: %s is not at %ld baud\n", slave, baud);
        kill(pid, SIGKILL);
        return 3;
    }
    if ((t.c_cflag & CSIZE) != CS8 || (t.c_iflag & (ICRNL | IXON)) || (t.c_oflag & OPOST)) {
        fprintf(stderr, "pty_run: %s is not raw 8-bit\n", slave);
        kill(pid, SIGKILL);
        return 3;
    }
    if (in_len && write(master, input, in_len) != (ssize_t)in_len) {
        perror("pty_run: write");
        kill(pid, SIGKILL);
        return 5;
    }
    for (waited = 0; seen < want; waited += 50) {
        int got = copy_out(out[0], 50);
        if (got < 0 || waited > 5000) {
            fprintf(stderr, "pty_run: %d of %ld lines before %s\n", seen, want, got < 0 ? "the end" : "the timeout");
            kill(pid, SIGKILL);
            return 4;
        }
        seen += got;
    }
    nap(200); /* (what follows the lines in the same write has been read too) */
    kill(pid, SIGINT);
    for (waited = 0; copy_out(out[0], 50) >= 0; waited += 50)
        if (waited > 5000) {
            fprintf(stderr, "pty_run: the command did not end at SIGINT\n");
            kill(pid, SIGKILL);
            return 4;
        }
    waitpid(pid, &status, 0);
    close(master);
    if (WIFSIGNALED(status)) {
        fprintf(stderr, "pty_run: the command was killed by signal %d\n", WTERMSIG(status));
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

/* SPDX-License-Identifier: MIT */
/* A serial port in raw mode, with termios (atc_serial.h). */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE  /* glibc: the baud rates above 38400 (B57600, B115200, ...) */
#define _DARWIN_C_SOURCE /* macOS: the same */

#include "atc_serial.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const struct {
    long rate;
    speed_t speed;
} rates[] = {
    {1200, B1200},     {2400, B2400},     {4800, B4800},   {9600, B9600},  {19200, B19200}, {38400, B38400},
#ifdef B57600
    {57600, B57600},
#endif
#ifdef B115200
    {115200, B115200},
#endif
#ifdef B230400
    {230400, B230400},
#endif
#ifdef B460800
    {460800, B460800},
#endif
#ifdef B921600
    {921600, B921600},
#endif
#ifdef B1000000
    {1000000, B1000000},
#endif
#ifdef B1500000
    {1500000, B1500000},
#endif
#ifdef B2000000
    {2000000, B2000000},
#endif
#ifdef B3000000
    {3000000, B3000000},
#endif
};

int cli_serial_open(const char *path, long baud)
{
    struct termios t;
    size_t i;
    int fd, flags;
    for (i = 0; i < sizeof rates / sizeof rates[0]; i++)
        if (rates[i].rate == baud)
            break;
    if (i == sizeof rates / sizeof rates[0])
        return -2;
    fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK); /* (without waiting for the carrier) */
    if (fd < 0) {
        fprintf(stderr, "atc: %s: %s\n", path, strerror(errno));
        return -1;
    }
    flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0 || tcgetattr(fd, &t) < 0) {
        fprintf(stderr, "atc: %s: not a serial port: %s\n", path, strerror(errno));
        close(fd);
        return -1;
    }
    t.c_iflag &= (tcflag_t) ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON | IXOFF);
    t.c_oflag &= (tcflag_t)~OPOST;
    t.c_lflag &= (tcflag_t) ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= (tcflag_t) ~(CSIZE | PARENB | CSTOPB);
    t.c_cflag |= CS8 | CREAD | CLOCAL;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (cfsetispeed(&t, rates[i].speed) < 0 || cfsetospeed(&t, rates[i].speed) < 0 ||
        tcsetattr(fd, TCSANOW, &t) < 0) {
        fprintf(stderr, "atc: %s: cannot set raw mode at %ld baud: %s\n", path, baud, strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

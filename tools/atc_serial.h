/* SPDX-License-Identifier: MIT */
/* A serial port for the CLI's --device: opened in raw mode with termios. */
#ifndef ATC_SERIAL_H
#define ATC_SERIAL_H

/* Opens a serial port in raw mode (8N1, no flow control, nothing translated) at baud; returns its
 * file descriptor, -1 on error (reported on standard error), -2 for a baud rate this system has
 * no constant for. */
int cli_serial_open(const char *path, long baud);

#endif

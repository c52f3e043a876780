# SPDX-License-Identifier: MIT
# make install PREFIX=/usr/local DESTDIR=     the library, the tool, the headers and atc.pc:
#   $(DESTDIR)$(PREFIX)/lib/libatc.a, bin/atc, include/atc/ (atc.h, <profile>.h and the single
#   headers atc_<profile>.h), lib/pkgconfig/atc.pc, whose Cflags carry the settings libatc.a was
#   built with (the -DATC_* of INCLUDES and CFLAGS: a caller at other settings fails to link).
#   DESTDIR stages the files (packagers); PREFIX is what atc.pc says.
# make uninstall PREFIX=... DESTDIR=...    removes them again
PREFIX          ?= /usr/local
DESTDIR         ?=
INSTALL_HEADERS := runtime/atc.h $(PROFILES:%=generated/%.h) $(PROFILES:%=generated/atc_%.h)
INSTALL_CFLAGS  := $(filter -DATC_%,$(INCLUDES) $(CPPFLAGS) $(CFLAGS))
ATC_VERSION_NUM := $(shell sed -n 's/^\#define ATC_VERSION "\(.*\)"$$/\1/p' runtime/atc.h)

.PHONY: install uninstall

install: all
	install -d $(DESTDIR)$(PREFIX)/include/atc $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(INSTALL_HEADERS) $(DESTDIR)$(PREFIX)/include/atc/
	install -m 644 $(BUILD)/libatc.a $(DESTDIR)$(PREFIX)/lib/libatc.a
	install -m 755 $(BUILD)/atc $(DESTDIR)$(PREFIX)/bin/atc
	sed -e 's|@ATC_PC_PREFIX@|$(PREFIX)|' -e 's|@ATC_PC_LIBDIR@|$${prefix}/lib|' \
	    -e 's|@ATC_PC_INCLUDEDIR@|$${prefix}/include|' -e 's|@ATC_VERSION@|$(ATC_VERSION_NUM)|' \
	    -e 's|@ATC_PC_SETTINGS@|$(INSTALL_CFLAGS)|' pkgconfig/atc.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/atc.pc

uninstall:
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/include/atc/,$(notdir $(INSTALL_HEADERS))) $(DESTDIR)$(PREFIX)/lib/libatc.a \
	    $(DESTDIR)$(PREFIX)/lib/pkgconfig/atc.pc $(DESTDIR)$(PREFIX)/bin/atc
	-rmdir $(DESTDIR)$(PREFIX)/include/atc

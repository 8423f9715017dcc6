# stayform — build, run, test, install.
#   make            release build (.build/release/stayform)
#   make run        build, then open the wizard on the default draft
#   make test       every test: unit, snapshot, end-to-end (installs what Debian lacks)
#   make stress     500 kill -9 trials while typing (STAYFORM_KILL_TRIALS=N for more)
#   make bench      benchmarks (numbers, not pass/fail), side by side with dialog --form
#   make install PREFIX=/usr/local
#   make clean

SWIFT ?= swift
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/stayform
# System packages the build, the program and the end-to-end tests need on Debian/Ubuntu.
DEB_PACKAGES = libncurses-dev ncurses-base tmux

.PHONY: all build run test stress bench install clean deps

all: build

build: deps
	$(SWIFT) build -c release
	@echo "built .build/release/stayform"

run: build
	.build/release/stayform

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# kill -9 at random moments while typing, many more times than `make test` does.
stress: deps
	$(SWIFT) build --build-tests
	STAYFORM_KILL_TRIALS=$${STAYFORM_KILL_TRIALS:-500} $(SWIFT) test --filter KillTrialsEndToEndTests

# The comparison with `dialog --form` needs dialog: installed here like `make deps` installs.
bench: deps
	@if ! command -v dialog >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q dialog; \
	  else \
	    echo "dialog is missing, so the comparison with it is skipped; run: sudo apt-get install -y dialog"; \
	  fi; \
	fi
	$(SWIFT) build -c release --product StayformBenchmarks
	$(SWIFT) build -c release --product stayform
	.build/release/StayformBenchmarks

install: build
	install -d $(BINDIR) $(SHAREDIR)/Forms $(SHAREDIR)/Themes
	install -m 0755 .build/release/stayform $(BINDIR)/stayform
	install -m 0644 Forms/*.yaml $(SHAREDIR)/Forms/
	install -m 0644 Themes/*.yaml $(SHAREDIR)/Themes/
	@echo "installed $(BINDIR)/stayform and its forms and themes in $(SHAREDIR)"

clean:
	rm -rf .build

# Installs missing Debian packages when run as root; otherwise prints the command to run.
deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "note: not a Debian-like system; make sure ncurses (wide) headers and tmux are installed"; \
	else \
	  missing=""; \
	  for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "installing:$$missing"; \
	      apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	    else \
	      echo "missing system packages:$$missing"; \
	      echo "run:  sudo apt-get install -y$$missing"; \
	      exit 1; \
	    fi; \
	  fi; \
	fi

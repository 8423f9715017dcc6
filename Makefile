# stayform — build, run, test, install.
#   make            release build (.build/release/stayform)
#   make run        build, then open the wizard on the default draft
#   make test       every test: unit, snapshot, end-to-end (installs what Debian lacks)
#   make stress     500 kill -9 trials while typing (STAYFORM_KILL_TRIALS=N for more)
#   make fuzz       20,000 rounds of damaged drafts, packs, themes and special files
#                   (STAYFORM_FUZZ_ROUNDS=N, STAYFORM_FUZZ_SEED=S to replay a failure)
#   make bench      benchmarks (numbers, not pass/fail), side by side with dialog --form
#   make order      record the release link's function order again (needs valgrind)
#   make install PREFIX=/usr/local   (binary, packs, themes, man page, bash/zsh/fish completions)
#   make man        regenerate docs/stayform.1 from the argument parser and docs/man/
#   make clean

SWIFT ?= swift
# The release binary carries its own Swift runtime and Foundation (--static-swift-stdlib): it
# starts in about two thirds of the time and with 4 MB less memory than one that loads them as
# shared libraries, and runs on a machine without a Swift toolchain.
# Generic types are reached through their metadata accessors rather than by mangled name: a
# mangled name is decoded at its first use and its requirements (String: Hashable…) looked up by
# scanning every conformance record in the binary, about 0.1 ms each, some 40 times before the
# first paint.
RELEASE = $(SWIFT) build -c release --static-swift-stdlib $(DIRECT_METADATA) $(LAYOUT)
DIRECT_METADATA = -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
# With the toolchain's lld, every function is compiled into a section of its own and the ones a
# session runs are laid out together, in the order of Sources/stayform/stayform.order (`make
# order` records it again; the link only reads the file, so after recording it delete
# .build/release/stayform to relink), and with glibc 2.36 or later the relative relocations are
# packed (DT_RELR: 19 KB instead of 2.1 MB the loader reads at every start). Without lld the
# link is the default one. Swift skips the code generation of a module whose code did not
# change, whatever the flags: after changing LAYOUT, delete the release objects
# (`find .build/release -name '*.o' -delete`) so that it takes effect.
LLD = $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))ld.lld)
PACKED_RELOCATIONS = $(shell getconf GNU_LIBC_VERSION 2>/dev/null | awk '{ split($$2, v, "."); \
  if (v[1] > 2 || (v[1] == 2 && v[2] >= 36)) print "-Xlinker -z -Xlinker pack-relative-relocs" }')
LAYOUT = $(if $(LLD),-Xswiftc -use-ld=lld -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xlinker --symbol-ordering-file=$(CURDIR)/Sources/stayform/stayform.order \
  -Xlinker --no-warn-symbol-ordering $(PACKED_RELOCATIONS))
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/stayform
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHCOMPDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# System packages the build, the program and the end-to-end tests need on Debian/Ubuntu.
DEB_PACKAGES = libncurses-dev ncurses-base tmux

.PHONY: all build run test stress fuzz bench order install man clean deps

all: build

build: deps
	$(RELEASE) --product stayform
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

# Damaged and special inputs, many more rounds than `make test` runs (300).
fuzz: deps
	$(SWIFT) build --build-tests
	STAYFORM_FUZZ_ROUNDS=$${STAYFORM_FUZZ_ROUNDS:-20000} $(SWIFT) test --filter HostileInputFuzzTests

# The comparison with `dialog --form` needs dialog: installed here like `make deps` installs.
bench: deps
	@if ! command -v dialog >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q dialog; \
	  else \
	    echo "dialog is missing, so the comparison with it is skipped; run: sudo apt-get install -y dialog"; \
	  fi; \
	fi
	$(RELEASE) --product StayformBenchmarks
	$(RELEASE) --product stayform
	.build/release/StayformBenchmarks

# Records the release link's function order from a session run under callgrind (needs valgrind).
order: deps
	@command -v valgrind >/dev/null 2>&1 || { echo "make order needs valgrind: apt-get install -y valgrind"; exit 1; }
	$(RELEASE) --product stayform
	$(RELEASE) --product StayformBenchmarks
	.build/release/StayformBenchmarks order Sources/stayform/stayform.order

install: build
	install -d $(BINDIR) $(SHAREDIR)/Forms $(SHAREDIR)/Themes $(MANDIR) $(BASHCOMPDIR) $(ZSHCOMPDIR) $(FISHCOMPDIR)
	install -m 0755 .build/release/stayform $(BINDIR)/stayform
	install -m 0644 Forms/*.yaml $(SHAREDIR)/Forms/
	install -m 0644 Themes/*.yaml $(SHAREDIR)/Themes/
	install -m 0644 docs/stayform.1 $(MANDIR)/stayform.1
	.build/release/stayform --generate-completion-script bash > $(BASHCOMPDIR)/stayform
	.build/release/stayform --generate-completion-script zsh > $(ZSHCOMPDIR)/_stayform
	.build/release/stayform --generate-completion-script fish > $(FISHCOMPDIR)/stayform.fish
	@echo "installed $(BINDIR)/stayform, its forms and themes in $(SHAREDIR), its man page and completions"

# The man page: the options and subcommands from the argument parser (its generate-manual
# plugin), then the keys, files, environment and exit statuses from docs/man/stayform-sections.mdoc.
# A test fails when docs/stayform.1 and the program's options drift apart.
# The page is English: the parser is run with LANG=C, whatever language the shell speaks.
man:
	LC_ALL=C LANG=C $(SWIFT) package generate-manual --configuration debug --date $$(git log -1 --format=%cs) --authors "stayform developers"
	sed '/^\.Sh "EXIT STATUS"/,$$d' .build/plugins/GenerateManual/outputs/stayform/stayform.1 > docs/stayform.1.new
	cat docs/man/stayform-sections.mdoc >> docs/stayform.1.new
	mv docs/stayform.1.new docs/stayform.1

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

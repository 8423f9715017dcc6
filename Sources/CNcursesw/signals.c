// Signal handling that must live in one C translation unit: a flag shared by the handler and
// the run loop, a byte written to wake the loop, and handlers that restore the terminal on a
// crash.
#include "shim.h"
#include <errno.h>
#include <unistd.h>

static volatile sig_atomic_t cnw_termination_signal = 0;
static volatile sig_atomic_t cnw_wake_descriptor = -1;
static struct sigaction cnw_ncurses_resize;

/// Wakes the run loop (async-signal-safe: one write, errno kept).
static void cnw_wake(void) {
    if (cnw_wake_descriptor < 0) { return; }
    int saved = errno;
    char byte = 1;
    if (write(cnw_wake_descriptor, &byte, 1) < 0) { /* a full pipe already wakes the loop */ }
    errno = saved;
}

static void cnw_record_termination(int signal_number) {
    if (cnw_termination_signal == 0) { cnw_termination_signal = signal_number; }
    cnw_wake();
}

/// ncurses' own SIGWINCH handler first (it makes the next read return KEY_RESIZE), then a wake:
/// the signal may land on another thread than the one waiting for keys.
static void cnw_forward_resize(int signal_number) {
    if (cnw_ncurses_resize.sa_flags & SA_SIGINFO) {
        if (cnw_ncurses_resize.sa_sigaction) { cnw_ncurses_resize.sa_sigaction(signal_number, NULL, NULL); }
    } else if (cnw_ncurses_resize.sa_handler != SIG_DFL && cnw_ncurses_resize.sa_handler != SIG_IGN) {
        cnw_ncurses_resize.sa_handler(signal_number);
    }
    cnw_wake();
}

static void cnw_restore_and_reraise(int signal_number) {
    endwin();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void cnw_install_crash_handlers(void) {
    int signals[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        signal(signals[i], cnw_restore_and_reraise);
    }
}

void cnw_watch_termination_signals(int wake_descriptor) {
    cnw_wake_descriptor = wake_descriptor;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cnw_record_termination;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking read returns so the run loop sees the flag at once.
    int watched[] = { SIGHUP, SIGINT, SIGTERM };
    sigset_t unblock;
    sigemptyset(&unblock);
    for (unsigned i = 0; i < sizeof watched / sizeof watched[0]; i++) {
        // A signal ignored on entry stays ignored (nohup, background jobs): the run loop then
        // notices a lost terminal by end of file instead.
        struct sigaction previous;
        if (sigaction(watched[i], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) { continue; }
        sigaction(watched[i], &action, NULL);
        sigaddset(&unblock, watched[i]);
    }
    struct sigaction resize;
    memset(&resize, 0, sizeof resize);
    resize.sa_handler = cnw_forward_resize;
    sigemptyset(&resize.sa_mask);
    sigaction(SIGWINCH, &resize, &cnw_ncurses_resize);
    sigaddset(&unblock, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    signal(SIGPIPE, SIG_IGN);
}

int cnw_pending_termination(void) { return cnw_termination_signal; }

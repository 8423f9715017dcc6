// C shim for ncursesw: wraps what Swift cannot import (function-like macros, attribute masks,
// globals that Swift 6 rejects under strict concurrency) in prefixed static inline functions.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>
#include <signal.h>
#include <unistd.h>
#include <pthread.h>

/// Opens the terminal on the process's standard input and output; NULL on failure.
static inline SCREEN *cnw_newterm(void) { return newterm(NULL, stdout, stdin); }

/// The standard screen window.
static inline WINDOW *cnw_stdscr(void) { return stdscr; }

static inline int cnw_colors(void) { return COLORS; }
static inline int cnw_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cnw_a_normal(void) { return A_NORMAL; }
static inline attr_t cnw_a_bold(void) { return A_BOLD; }
static inline attr_t cnw_a_dim(void) { return A_DIM; }
static inline attr_t cnw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnw_a_underline(void) { return A_UNDERLINE; }

static inline int cnw_key_f(int n) { return KEY_F(n); }

/// Whether the current terminal description has cursor addressing (`cup`).
static inline int cnw_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/// 0 when `term` has no terminfo entry, 2 when it has one without cursor addressing, 1 when usable.
static inline int cnw_terminal_type_status(const char *term) {
    int status = 0;
    if (setupterm(term, 1, &status) != OK) { return 0; }
    int has_cup = cnw_has_cursor_addressing();
    del_curterm(cur_term);
    return has_cup ? 1 : 2;
}

/// Sets the character handling from the environment (LC_ALL, else LC_CTYPE, else LANG), as
/// ncursesw needs before anything; 0 when the locale the environment names is not installed.
/// Only LC_CTYPE: ncursesw reads nothing else, and loading the other twelve categories was a
/// file each at every start.
static inline int cnw_setlocale_from_environment(void) { return setlocale(LC_CTYPE, "") != NULL; }

/// Sets only the character handling to `name` (such as "C.UTF-8"); 0 when it is not installed.
static inline int cnw_setlocale_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }

/// Whether the current locale's character set is UTF-8 (call after setting the locale).
static inline int cnw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// The key codes given to the start and end of a bracketed paste (`ESC [200~`, `ESC [201~`).
static inline int cnw_key_paste_start(void) { return KEY_MAX + 1; }
static inline int cnw_key_paste_end(void) { return KEY_MAX + 2; }

/// Asks the terminal to mark pasted text (bracketed paste) and teaches ncurses the markers.
static inline void cnw_enable_bracketed_paste(void) {
    define_key("\033[200~", cnw_key_paste_start());
    define_key("\033[201~", cnw_key_paste_end());
    putp("\033[?2004h");
    fflush(stdout);
}

/// Turns bracketed paste off again (before leaving the screen).
static inline void cnw_disable_bracketed_paste(void) {
    putp("\033[?2004l");
    fflush(stdout);
}

/// Sets one cell with attributes and colour pair, from a NUL-terminated wide string.
static inline int cnw_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) == ERR) { return ERR; }
    return mvwadd_wch(win, y, x, &cell);
}

/// Makes crashes (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE) restore the terminal first,
/// then end the process as the signal would have.
void cnw_install_crash_handlers(void);

/// Catches SIGHUP, SIGINT and SIGTERM into a flag (see `cnw_pending_termination`) and unblocks
/// them and SIGWINCH, which a parent may have left blocked; a signal already ignored (nohup)
/// stays ignored. Ignores SIGPIPE. Each of them, and SIGWINCH (after ncurses' own handler,
/// so call this after the terminal is opened), writes a byte to `wake_descriptor` (when not
/// negative) to wake a run loop waiting in poll.
void cnw_watch_termination_signals(int wake_descriptor);

/// The first of SIGHUP, SIGINT or SIGTERM received since watching began; 0 when none.
int cnw_pending_termination(void);

#endif

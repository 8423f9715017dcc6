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

/// Opens the terminal on the process's standard input and output; NULL on failure.
static inline SCREEN *cnw_newterm(void) { return newterm(NULL, stdout, stdin); }

/// The standard screen window.
static inline WINDOW *cnw_stdscr(void) { return stdscr; }

static inline int cnw_lines(void) { return LINES; }
static inline int cnw_cols(void) { return COLS; }
static inline int cnw_colors(void) { return COLORS; }
static inline int cnw_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cnw_a_normal(void) { return A_NORMAL; }
static inline attr_t cnw_a_bold(void) { return A_BOLD; }
static inline attr_t cnw_a_dim(void) { return A_DIM; }
static inline attr_t cnw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnw_a_italic(void) { return A_ITALIC; }

static inline int cnw_key_f(int n) { return KEY_F(n); }

/// Whether the terminal description has cursor addressing (`cup`).
static inline int cnw_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/// Whether the current locale's character set is UTF-8 (call after setlocale).
static inline int cnw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline void cnw_setlocale_from_environment(void) { setlocale(LC_ALL, ""); }

/// Sets one cell with attributes and colour pair, from a NUL-terminated wide string.
static inline int cnw_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) == ERR) { return ERR; }
    return mvwadd_wch(win, y, x, &cell);
}

#endif


/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lang.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * The reviewed work's name out of a headline: without the site's name,
 * the "review" boilerplate in its many forms ("‘X’ review – ...",
 * "Review: X", "X review: ...", "X film review", "X, reviewed"), stars,
 * and a year in brackets (kept as the year).
 */


static const char *const  review_title_seps[] = {
    " | ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", " :: ",
    " \xc2\xb7 ", " \xe2\x80\xa2 ", NULL
};



/* trailing or leading blanks and punctuation that frame a name */

static void
review_title_trim(review_str_t *s)
{
    int  again;

    do {
        again = 0;
        review_str_trim(s);

        if (s->len && (s->data[s->len - 1] == ':' || s->data[s->len - 1] == ','
                       || s->data[s->len - 1] == '-'
                       || s->data[s->len - 1] == '|'
                       /* "X (Kritik)": the bracket the review word opened */
                       || s->data[s->len - 1] == '('
                       || s->data[s->len - 1] == '['))
        {
            s->len--;
            again = 1;
        }

        /* a dash or a closing quote: three bytes of UTF-8 */
        if (s->len >= 3 && s->data[s->len - 3] == 0xe2
            && s->data[s->len - 2] == 0x80
            && (s->data[s->len - 1] == 0x93 || s->data[s->len - 1] == 0x94))
        {
            s->len -= 3;
            again = 1;
        }

    } while (again && s->len);
}


/* the quotes a title may put a name in, opening and closing */
static const char *const  review_title_quotes[][2] = {
    { "\"", "\"" },
    { "'", "'" },
    { "\xe2\x80\x98", "\xe2\x80\x99" },      /* ‘X’ */
    { "\xe2\x80\x9c", "\xe2\x80\x9d" },      /* “X” */
    { "\xc2\xab", "\xc2\xbb" },                /* «X» */
    { "\xe3\x80\x8a", "\xe3\x80\x8b" },      /* 《X》 */
    { "\xe3\x80\x8c", "\xe3\x80\x8d" },      /* 「X」 */
    { "\xe3\x80\x8e", "\xe3\x80\x8f" },      /* 『X』 */
    { "\xe2\x80\x9e", "\xe2\x80\x9c" },      /* „X“ */
    { "\xe2\x80\x9a", "\xe2\x80\x98" },      /* ‚X‘ */
    { NULL, NULL }
};


/*
 * a name in quotes: ‘X’, “X”, 'X', "X", «X», 《X》, 「X」,
 * „X“
 */

static int
review_title_quoted(const review_str_t *s, review_str_t *name)
{
    size_t                i, j, k, olen, clen;
    const char           *close;
    const unsigned char  *p;

    p = s->data;

    for (i = 0; i < s->len; i++) {
        close = NULL;
        olen = 0;

        for (k = 0; review_title_quotes[k][0]; k++) {

            /* most bytes open no quote: their first byte says so */
            if (p[i] != (unsigned char) review_title_quotes[k][0][0]) {
                continue;
            }

            olen = strlen(review_title_quotes[k][0]);

            if (i + olen < s->len
                && memcmp(p + i, review_title_quotes[k][0], olen) == 0)
            {
                close = review_title_quotes[k][1];
                break;
            }
        }

        if (close == NULL) {
            continue;
        }

        /* an apostrophe inside a word is no quote */
        if (p[i] == '\'' && i > 0 && review_isalnum(p[i - 1])) {
            continue;
        }

        clen = strlen(close);

        for (j = i + olen; j + clen <= s->len; j++) {
            if (memcmp(p + j, close, clen) == 0
                && !(close[0] == '\'' && j + 1 < s->len
                     && review_isalnum(p[j + 1])))
            {
                break;
            }
        }

        if (j + clen > s->len || j == i + olen) {
            return 0;
        }

        name->data = p + i + olen;
        name->len = j - i - olen;

        return 1;
    }

    return 0;
}


#define REVIEW_TITLE_NOWHERE  ((size_t) -1)


/*
 * "&#8211;" left in a title escaped twice ("&amp;#8211;" in the markup):
 * the character; the length read, or 0
 */

static size_t
review_title_entity(const unsigned char *p, size_t len, uint32_t *cp)
{
    size_t  i;

    *cp = 0;

    if (len >= 5 && memcmp(p, "&amp;", 5) == 0) {
        *cp = '&';
        return 5;
    }

    if (len < 4 || p[0] != '&' || p[1] != '#') {
        return 0;
    }

    for (i = 2; i < len && i < 9 && review_isdigit(p[i]); i++) {
        *cp = *cp * 10 + (p[i] - '0');
    }

    if (i == 2 || i >= len || p[i] != ';' || *cp < 0x20
        || (*cp >= 0xd800 && *cp < 0xe000) || *cp > 0x10ffff)
    {
        return 0;
    }

    return i + 1;
}


/*
 * stars and "(4/5)" out; "(2020)" into the year, and where it stood
 * into "at" (the offset in the new string, or REVIEW_TITLE_NOWHERE)
 */

static int
review_title_extras(review_arena_t *a, review_str_t *s, review_str_t *year,
    size_t *at)
{
    size_t                i, j, n;
    uint32_t              cp;
    review_buf_t          b;
    const unsigned char  *p;

    p = s->data;
    *at = REVIEW_TITLE_NOWHERE;
    review_buf_init(&b, a);

    for (i = 0; i < s->len; i++) {

        n = review_title_entity(p + i, s->len - i, &cp);

        if (n) {
            review_buf_add_utf8(&b, cp);
            i += n - 1;
            continue;
        }

        /* ★ ☆ and the like */
        if (i + 2 < s->len && p[i] == 0xe2 && (p[i + 1] == 0x98
                                               || p[i + 1] == 0xad)
            && (p[i + 2] == 0x85 || p[i + 2] == 0x86 || p[i + 2] == 0x90))
        {
            i += 2;

            /* and the score it marks: "⭐ 7.4", "★ 8/10" */
            for (j = i + 1; j < s->len && p[j] == ' '; j++) {
                /* void */
            }

            if (j < s->len && review_isdigit(p[j])) {
                while (j < s->len && (review_isdigit(p[j]) || p[j] == '.'
                                      || p[j] == '/'))
                {
                    j++;
                }

                i = j - 1;
            }

            continue;
        }

        if ((p[i] == '(' || p[i] == '[') && i + 5 < s->len
            && review_isdigit(p[i + 1]) && review_isdigit(p[i + 2])
            && review_isdigit(p[i + 3]) && review_isdigit(p[i + 4])
            && (p[i + 5] == ')' || p[i + 5] == ']')
            && (p[i + 1] == '1' || p[i + 1] == '2'))
        {
            year->data = p + i + 1;
            year->len = 4;
            *at = b.len;
            i += 5;
            continue;
        }

        /* "(4/5)", "(3.5 stars)" */
        if (p[i] == '(' && i + 1 < s->len && review_isdigit(p[i + 1])) {
            for (j = i + 1; j < s->len && j < i + 16 && p[j] != ')'; j++) {
                /* void */
            }

            if (j < s->len && p[j] == ')'
                && (memchr(p + i, '/', j - i) != NULL
                    || review_find_ci(p + i, j - i, "star") != NULL))
            {
                i = j;
                continue;
            }
        }

        review_buf_addc(&b, p[i]);
    }

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, s);

    return REVIEW_OK;
}


/* what may stand before "review of X" in a title: "A", "My" */

static int
review_title_article(const review_str_t *s)
{
    static const char *const  words[] = { "a", "an", "my", "our", "the",
                                           NULL };
    const char *const        *w;

    for (w = words; *w; w++) {
        if (s->len == strlen(*w)
            && review_strncasecmp(s->data, *w, s->len) == 0)
        {
            return 1;
        }
    }

    return 0;
}


/* the last word of s when it is "word" followed by a number */

static int
review_title_cut_numbered(review_str_t *s, const char *word)
{
    size_t  n, w;

    n = s->len;

    while (n && review_isdigit(s->data[n - 1])) {
        n--;
    }

    w = strlen(word);

    if (n == s->len || n < w + 2 || s->data[n - 1] != ' '
        || review_strncasecmp(s->data + n - 1 - w, word, w) != 0
        || s->data[n - 2 - w] != ' ')
    {
        return 0;
    }

    s->len = n - 2 - w;

    while (s->len && (s->data[s->len - 1] == ',' || s->data[s->len - 1] == ' '
                      || s->data[s->len - 1] == ':'))
    {
        s->len--;
    }

    return 1;
}


/* a series' name, not its episode: "X season 2 episode 3", "X S02E03" */

static void
review_title_episode(review_str_t *s)
{
    size_t        k, e;
    review_str_t  t, u;

    t = *s;

    /* "S02E03" */
    k = t.len;

    while (k && review_isdigit(t.data[k - 1])) {
        k--;
    }

    if (k < t.len && k > 2 && (t.data[k - 1] | 0x20) == 'e') {
        e = --k;

        while (k && review_isdigit(t.data[k - 1])) {
            k--;
        }

        if (k < e && k > 1 && (t.data[k - 1] | 0x20) == 's'
            && t.data[k - 2] == ' ')
        {
            t.len = k - 2;
        }
    }

    /* an episode only after its season: "Star Wars Episode 9" stays */
    u = t;

    if (review_title_cut_numbered(&u, "episode")
        || review_title_cut_numbered(&u, "ep"))
    {
        if (review_title_cut_numbered(&u, "season")
            || review_title_cut_numbered(&u, "series"))
        {
            t = u;
        }

    } else {
        (void) (review_title_cut_numbered(&t, "season")
                || review_title_cut_numbered(&t, "series"));
    }

    if (t.len) {
        *s = t;
    }
}


/* "X : notre critique", "X - my review": the words before the review */

static void
review_title_fillers(review_str_t *s)
{
    size_t  n;

    for ( ;; ) {
        review_title_trim(s);

        for (n = s->len; n && s->data[n - 1] != ' '; n--) {
            /* void */
        }

        if (n == s->len
            || !review_lang_title_filler(s->data + n, s->len - n))
        {
            return;
        }

        s->len = n;
    }
}


/* "X film", "X - my", "Stardust Mini": English words before "review" */

static void
review_title_en_fillers(review_str_t *s)
{
    size_t              n;
    const char *const  *w;

    for ( ;; ) {
        review_title_trim(s);

        for (n = s->len; n && s->data[n - 1] != ' '; n--) {
            /* void */
        }

        if (n == 0 || n == s->len) {
            return;
        }

        for (w = review_langs[REVIEW_LANG_EN]->title_fillers; *w; w++) {
            if (strlen(*w) == s->len - n
                && review_strncasecmp(s->data + n, *w, s->len - n) == 0)
            {
                break;
            }
        }

        if (*w == NULL) {
            return;
        }

        s->len = n;
    }
}


/*
 * "Site » Blog Archive » X", "Site > Movies > Review | X": a path of
 * sections, the page's own part last; one mark between the page and
 * the site's name: the part that is not the site
 */

static void
review_title_crumbs(review_str_t *s, const review_str_t *site)
{
    size_t                n;
    unsigned              count;
    review_str_t          first, last;
    const unsigned char  *p, *at;
    const char *const    *mark;

    static const char *const  marks[] = {
        " \xc2\xbb ", " > ", " \xe2\x80\xba ", " \xc2\xab ", NULL
    };

    first.data = s->data;
    first.len = 0;

    for (mark = marks; *mark; mark++) {
        n = strlen(*mark);
        count = 0;
        at = NULL;

        for (p = s->data;
             (p = review_memmem(p, s->data + s->len - p, *mark, n)) != NULL;
             p += n)
        {
            if (at == NULL) {
                first.data = s->data;
                first.len = p - s->data;
            }

            at = p;
            count++;
        }

        if (at == NULL) {
            continue;
        }

        last.data = at + n;
        last.len = s->data + s->len - last.data;
        review_str_trim(&last);

        if (last.len == 0) {
            continue;
        }

        if (site->len && review_contains_ci(last.data, last.len, site->data,
                                            site->len))
        {
            if (count == 1 && first.len) {
                *s = first;
            }

            return;
        }

        if (count >= 2 || (site->len
                           && review_contains_ci(first.data, first.len,
                                                 site->data, site->len)))
        {
            *s = last;
        }

        return;
    }
}


/* "High Fidelity (Stephen Frears)", "X (Spoilers)": no part of a name */

static void
review_title_brackets(review_str_t *s)
{
    size_t         i;
    unsigned char  open;

    if (s->len < 4
        || (s->data[s->len - 1] != ')' && s->data[s->len - 1] != ']'))
    {
        return;
    }

    open = s->data[s->len - 1] == ')' ? '(' : '[';

    for (i = s->len - 1; i > 0 && s->data[i - 1] != open; i--) {
        /* void */
    }

    /* nothing before it: "(500) Days" has its bracket first anyway */
    if (i < 3 || s->data[i - 2] != ' ') {
        return;
    }

    s->len = i - 1;
    review_title_trim(s);
}


/* "Site: Review of X": what stands before p ends with a colon */

static int
review_title_labelled(const unsigned char *start, const unsigned char *p)
{
    while (p > start && p[-1] == ' ') {
        p--;
    }

    return p > start && p[-1] == ':';
}


/* "X, 3-4-09": a date after the name, in figures, is no part of it */

static void
review_title_dated(review_str_t *s)
{
    size_t  i;

    for (i = s->len; i > 0 && (review_isdigit(s->data[i - 1])
                               || s->data[i - 1] == '-'
                               || s->data[i - 1] == '/'
                               || s->data[i - 1] == '.'); i--)
    {
        /* void */
    }

    if (i < s->len && i >= 3 && s->data[i - 1] == ' '
        && s->data[i - 2] == ',' && review_isdigit(s->data[s->len - 1])
        && s->len - i <= 10)
    {
        s->len = i - 2;
    }
}


/*
 * "关于X, 关于Y", "Movie: X, movie: Y": the label comes back for another
 * subject; the name is the first
 */

static void
review_title_relabel(review_str_t *s, const unsigned char *label, size_t n)
{
    size_t                k;
    const unsigned char  *p, *end;

    while (n && (label[n - 1] == ' ' || label[n - 1] == ':')) {
        n--;
    }

    end = s->data + s->len;

    for (p = s->data; n && p < end; p++) {
        if (*p == ',' && end - p > 1 && p[1] == ' ') {
            k = 2;

        } else if (end - p >= 3 && memcmp(p, "\xef\xbc\x8c", 3) == 0) {
            k = 3;                                          /* ， */

        } else {
            continue;
        }

        if ((size_t) (end - p) > k + n
            && review_strncasecmp(p + k, (const char *) label, n) == 0)
        {
            s->len = p - s->data;
            return;
        }
    }
}


int
review_title_clean(review_arena_t *a, const review_str_t *headline,
    const review_str_t *site, review_str_t *name, review_str_t *year,
    int *is_review)
{
    size_t                n, i, at;
    unsigned              k;
    review_str_t          s, q, rest;
    const unsigned char  *p, *best, *end, *y;
    const char *const    *sep;

    s = *headline;
    *is_review = 0;
    year->len = 0;

    if (review_title_extras(a, &s, year, &at) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    /* where "(2020)" stood: the name ends there */
    y = at == REVIEW_TITLE_NOWHERE ? NULL : s.data + at;

    /* "🍿Watched Civil War": pictographs before the words */
    while (s.len >= 3
           && ((s.data[0] == 0xf0 && s.data[1] == 0x9f && s.len >= 4)
               || (s.data[0] == 0xef && s.data[1] == 0xb8)
               || (s.data[0] == 0xe2 && (s.data[1] == 0x9c
                                         || s.data[1] == 0xad))))
    {
        n = s.data[0] == 0xf0 ? 4 : 3;
        s.data += n;
        s.len -= n;
        review_str_trim(&s);
    }

    /* "- Site": the post's own part is empty, and so is the name */
    for (sep = review_title_seps; *sep; sep++) {
        n = strlen(*sep) - 1;

        if (s.len >= n && memcmp(s.data, *sep + 1, n) == 0) {
            name->len = 0;
            return REVIEW_OK;
        }
    }

    review_title_trim(&s);
    review_title_crumbs(&s, site);

    /* "Site | Post": the site's name first, and a separator */
    for (sep = review_title_seps; site->len && *sep; sep++) {
        n = strlen(*sep);

        if (s.len > site->len + n
            && review_strncasecmp(s.data, (const char *) site->data,
                                  site->len) == 0
            && memcmp(s.data + site->len, *sep, n) == 0)
        {
            s.data += site->len + n;
            s.len -= site->len + n;
            review_title_trim(&s);
            break;
        }
    }

    /*
     * the site's name after the last separator, or anything after " | ";
     * not the one that ends "Movie Review | X"
     */
    best = NULL;
    n = review_lang_title_prefix(s.data, s.len);

    for (sep = review_title_seps; *sep; sep++) {
        p = NULL;
        for (i = n ? n - 1 : 0; i + strlen(*sep) <= s.len; i++) {
            if (memcmp(s.data + i, *sep, strlen(*sep)) == 0) {
                p = s.data + i;
            }
        }

        if (p == NULL) {
            continue;
        }

        rest.data = p + strlen(*sep);
        rest.len = s.data + s.len - rest.data;

        if ((site->len && review_contains_ci(rest.data, rest.len, site->data,
                                             site->len))
            || (sep == review_title_seps && rest.len < 60))
        {
            if (best == NULL || p < best) {
                best = p;
            }
        }
    }

    if (best) {
        /* "Hollow Creek (2020) | Film Review": the suffix says it */
        rest.data = best;
        rest.len = s.data + s.len - best;

        if (review_lang_find_review(rest.data, rest.len)
            && !(site->len && review_contains_ci(rest.data, rest.len,
                                                 site->data, site->len)))
        {
            *is_review = 1;
        }

        s.len = best - s.data;
        review_title_trim(&s);
    }

    /* "DVD: X", "I watched: X", "Sneak: X": labels, not the name */
    for (k = 0; k < 3 && review_lang_title_prefix(s.data, s.len) == 0; k++) {
        n = review_lang_title_label(s.data, s.len);

        if (n == 0) {
            break;
        }

        p = s.data;
        s.data += n;
        s.len -= n;
        review_title_relabel(&s, p, n);
    }

    /* "Review: X", "Critique : X", "Filmkritik zu X" (the tables') */
    n = review_lang_title_prefix(s.data, s.len);

    if (n) {
        *is_review = 1;
        s.data += n;
        s.len -= n;
        review_title_trim(&s);

        if (review_title_quoted(&s, &q)) {
            s = q;
            goto done;
        }

        /* "Watched TRON: Ares (2025) on Disney+": up to the year */
        if (y && y > s.data && y < s.data + s.len) {
            s.len = y - s.data;
            goto done;
        }

        for (sep = review_title_seps; *sep; sep++) {
            p = review_memmem(s.data, s.len, *sep, strlen(*sep));
            if (p) {
                s.len = p - s.data;
            }
        }

        p = review_memmem(s.data, s.len, ": ", 2);
        if (p && p - s.data > 2) {
            s.len = p - s.data;
        }

        goto done;
    }

    p = review_find_ci(s.data, s.len, "review");
    if (p == NULL) {
        p = review_find_ci(s.data, s.len, "reviewed");
    }

    if (p) {
        *is_review = 1;
    }

    /* "A (four stars) review of X (2024)", "My review of X": X */
    if (p && (size_t) (s.data + s.len - p) > 10
        && review_strncasecmp(p + 6, " of ", 4) == 0)
    {
        q.data = s.data;
        q.len = p - s.data;
        review_title_trim(&q);

        if (q.len == 0 || review_title_article(&q)
            || review_title_labelled(s.data, p))
        {
            end = s.data + s.len;
            s.data = p + 10;
            s.len = end - s.data;
            goto done;
        }
    }

    /* "‘X’ review – ..." */
    if (p && review_title_quoted(&s, &q) && q.data < p) {
        s = q;
        goto done;
    }

    /* "X review: ...", "X film review", "X, reviewed" */
    if (p && p > s.data) {
        s.len = p - s.data;
        review_title_en_fillers(&s);

        goto done;
    }

    /* "X : notre critique", "X – Filmkritik" in another language */
    p = review_lang_find_review(s.data, s.len);

    if (p) {
        *is_review = 1;

        if (p > s.data) {
            s.len = p - s.data;
            review_title_fillers(&s);

            /* "映画「天使と悪魔」の感想": the name is quoted */
            if (review_title_quoted(&s, &q)) {
                s = q;
            }

            goto done;
        }
    }

    /* a quoted name in a headline that does not say review */
    if (review_title_quoted(&s, &q) && q.len > 1 && q.len < s.len) {
        s = q;
    }

done:

    /* "Le Voyage de Chihiro (2001), Hayao Miyazaki": up to the year */
    if (y && y > s.data && y < s.data + s.len) {
        s.len = y - s.data;
    }

    review_title_trim(&s);
    review_title_brackets(&s);
    review_title_dated(&s);
    review_title_episode(&s);

    /* quotes around what is left */
    if (review_title_quoted(&s, &q) && q.len + 6 >= s.len) {
        s = q;
    }

    *name = s;

    return REVIEW_OK;
}

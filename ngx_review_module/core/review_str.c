
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_str.h"


/* ASCII lower case as a table: no branch per byte in the hot compares */

const unsigned char  review_lower_map[256] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
    0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
    0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
    0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27,
    0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
    0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
    0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
    0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
    0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
    0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
    0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
    0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7,
    0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
    0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7,
    0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
    0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7,
    0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
    0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7,
    0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
    0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7,
    0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};


/*
 * ASCII classes of a byte as a table (review_isspace() and the others
 * as bits): a scan over text tests one load per byte; bytes >= 0x80
 * (UTF-8) are REVIEW_C_HIGH only
 */

const unsigned char  review_char_class[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x01, 0x01, 0x00, 0x01, 0x01, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
    0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04,
    0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04,
    0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04,
    0x04, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
    0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
};


int
review_strncasecmp(const unsigned char *a, const char *b, size_t n)
{
    unsigned char  c1, c2;

    while (n--) {
        c1 = review_lower_map[*a];
        c2 = review_lower_map[(unsigned char) *b];

        if (c1 != c2) {
            return c1 - c2;
        }

        if (c1 == '\0') {
            return 0;
        }

        a++;
        b++;
    }

    return 0;
}


int
review_str_eq_ci(const review_str_t *s, const char *lit)
{
    size_t  n;

    n = strlen(lit);

    return s->len == n && review_strncasecmp(s->data, lit, n) == 0;
}


/* the whole string is one of the words (NULL-terminated), in any case */

int
review_str_in_ci(const review_str_t *s, const char *const *words)
{
    for ( /* void */ ; *words; words++) {
        if (review_str_eq_ci(s, *words)) {
            return 1;
        }
    }

    return 0;
}


/* a blank-separated word of s (a class list) is word, in any case */

int
review_str_word_in(const review_str_t *s, const char *word)
{
    size_t                len;
    const unsigned char  *p, *end;

    len = strlen(word);
    p = s->data;
    end = s->data + s->len;

    while (p < end) {
        while (p < end && review_isspace(*p)) {
            p++;
        }

        if ((size_t) (end - p) >= len
            && review_strncasecmp(p, word, len) == 0
            && (p + len == end || review_isspace(p[len])))
        {
            return 1;
        }

        while (p < end && !review_isspace(*p)) {
            p++;
        }
    }

    return 0;
}


/* the length of the first of the marks (NULL-terminated) at p, or 0 */

size_t
review_str_prefix(const unsigned char *p, const unsigned char *end,
    const char *const *marks)
{
    size_t  n;

    for ( /* void */ ; *marks; marks++) {
        n = strlen(*marks);

        if ((size_t) (end - p) >= n && memcmp(p, *marks, n) == 0) {
            return n;
        }
    }

    return 0;
}


int
review_str_starts_ci(const review_str_t *s, const char *lit)
{
    size_t  n;

    n = strlen(lit);

    return s->len >= n && review_strncasecmp(s->data, lit, n) == 0;
}


int
review_url_valid(const review_str_t *s)
{
    size_t          i, host;
    unsigned char   c;

    if (review_str_starts_ci(s, "https://")) {
        i = 8;

    } else if (review_str_starts_ci(s, "http://")) {
        i = 7;

    } else {
        return 0;
    }

    host = i;

    if (i < s->len && s->data[i] == '[') {
        for (i++; i < s->len && s->data[i] != ']'; i++) {
            c = s->data[i];
            if (!(review_isalnum(c) || c == ':' || c == '.')) {
                return 0;
            }
        }

        if (i == s->len) {
            return 0;
        }

        i++;

    } else {
        for ( /* void */ ; i < s->len; i++) {
            c = s->data[i];
            if (!(review_isalnum(c) || c == '.' || c == '-')) {
                break;
            }
        }

        if (i == host || s->data[host] == '.' || s->data[host] == '-') {
            return 0;
        }
    }

    if (i < s->len && s->data[i] == ':') {
        for (i++; i < s->len && review_isdigit(s->data[i]); i++) {
            /* void */
        }
    }

    if (i < s->len && s->data[i] != '/' && s->data[i] != '?'
        && s->data[i] != '#')
    {
        return 0;
    }

    for ( /* void */ ; i < s->len; i++) {
        c = s->data[i];

        if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>'
            || c == '\\' || c == '`')
        {
            return 0;
        }
    }

    return 1;
}


const unsigned char *
review_memmem(const unsigned char *h, size_t hlen, const char *n,
    size_t nlen)
{
    const unsigned char  *p, *end;

    if (nlen == 0 || hlen < nlen || h == NULL) {
        return NULL;
    }

    end = h + hlen - nlen + 1;

    for (p = h; p < end; p++) {
        p = memchr(p, n[0], end - p);
        if (p == NULL) {
            return NULL;
        }

        if (memcmp(p, n, nlen) == 0) {
            return p;
        }
    }

    return NULL;
}


const unsigned char *
review_find_ci(const unsigned char *h, size_t hlen, const char *n)
{
    size_t                nlen;
    unsigned char         c;
    const unsigned char  *p, *end;

    nlen = strlen(n);

    if (nlen == 0 || hlen < nlen || h == NULL) {
        return NULL;
    }

    c = review_tolower((unsigned char) n[0]);
    end = h + hlen - nlen + 1;

    /* a letter first: either case of it is the letter with 0x20 set */
    if (review_islower(c)) {
        for (p = h; p < end; p++) {
            if ((*p | 0x20) == c
                && review_strncasecmp(p + 1, n + 1, nlen - 1) == 0)
            {
                return p;
            }
        }

        return NULL;
    }

    for (p = h; p < end; p++) {
        if (review_tolower(*p) == c
            && review_strncasecmp(p, n, nlen) == 0)
        {
            return p;
        }
    }

    return NULL;
}


int
review_contains_ci(const unsigned char *h, size_t hlen,
    const unsigned char *n, size_t nlen)
{
    size_t  i, k;

    if (nlen == 0 || nlen > hlen) {
        return 0;
    }

    for (i = 0; i + nlen <= hlen; i++) {
        for (k = 0; k < nlen; k++) {
            if (review_tolower(h[i + k]) != review_tolower(n[k])) {
                break;
            }
        }

        if (k == nlen) {
            return 1;
        }
    }

    return 0;
}


void
review_str_trim(review_str_t *s)
{
    while (s->len && review_isspace(s->data[0])) {
        s->data++;
        s->len--;
    }

    while (s->len && review_isspace(s->data[s->len - 1])) {
        s->len--;
    }
}


int
review_str_word(const unsigned char **pos, const unsigned char *end,
    review_str_t *w)
{
    const unsigned char  *p;

    p = *pos;

    while (p < end && !review_isalnum(*p) && *p < 0x80) {
        p++;
    }

    w->data = p;

    while (p < end && (review_isalnum(*p) || *p >= 0x80 || *p == '\'')) {
        p++;
    }

    w->len = p - w->data;
    *pos = p;

    return w->len != 0;
}


int
review_str_collapse(review_arena_t *a, const unsigned char *p, size_t len,
    review_str_t *out)
{
    int                   space;
    unsigned char        *d, *start;
    const unsigned char  *end;

    start = review_alloc(a, len + 1);
    if (start == NULL) {
        return REVIEW_ERROR;
    }

    d = start;
    end = len ? p + len : p;
    space = 0;

    while (p < end) {

        if (review_isspace(*p) || *p == '\v') {
            space = 1;
            p++;
            continue;
        }

        /* U+00A0 NO-BREAK SPACE */
        if (*p == 0xc2 && p + 1 < end && p[1] == 0xa0) {
            space = 1;
            p += 2;
            continue;
        }

        if (space && d != start) {
            *d++ = ' ';
        }

        space = 0;
        *d++ = *p++;
    }

    *d = '\0';
    out->data = start;
    out->len = d - start;

    return REVIEW_OK;
}


size_t
review_utf8_decode(const unsigned char *p, const unsigned char *end,
    uint32_t *cp)
{
    uint32_t  c;
    size_t    n, i;

    c = *p;

    if (c < 0x80) {
        *cp = c;
        return 1;
    }

    if (c >= 0xc2 && c < 0xe0) {
        n = 2;
        c &= 0x1f;

    } else if (c >= 0xe0 && c < 0xf0) {
        n = 3;
        c &= 0x0f;

    } else if (c >= 0xf0 && c < 0xf5) {
        n = 4;
        c &= 0x07;

    } else {
        *cp = 0xfffd;
        return 1;
    }

    if ((size_t) (end - p) < n) {
        *cp = 0xfffd;
        return 1;
    }

    for (i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80) {
            *cp = 0xfffd;
            return 1;
        }

        c = (c << 6) | (p[i] & 0x3f);
    }

    /* overlong forms, surrogates and beyond U+10FFFF */
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff))
        || (c >= 0xd800 && c <= 0xdfff))
    {
        *cp = 0xfffd;
        return 1;
    }

    *cp = c;

    return n;
}


int
review_buf_add_utf8(review_buf_t *b, uint32_t cp)
{
    unsigned char  u[4];

    if (cp < 0x80) {
        return review_buf_addc(b, (unsigned char) cp);
    }

    if (cp < 0x800) {
        u[0] = (unsigned char) (0xc0 | (cp >> 6));
        u[1] = (unsigned char) (0x80 | (cp & 0x3f));
        return review_buf_add(b, u, 2);
    }

    if (cp < 0x10000) {
        u[0] = (unsigned char) (0xe0 | (cp >> 12));
        u[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
        u[2] = (unsigned char) (0x80 | (cp & 0x3f));
        return review_buf_add(b, u, 3);
    }

    u[0] = (unsigned char) (0xf0 | (cp >> 18));
    u[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3f));
    u[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
    u[3] = (unsigned char) (0x80 | (cp & 0x3f));

    return review_buf_add(b, u, 4);
}


/*
 * how many times byte c occurs in p: 8 bytes at a time, a byte equal to
 * c becomes a zero byte, whose high bit the second step sets exactly
 */

size_t
review_str_count(const unsigned char *p, size_t len, unsigned char c)
{
    size_t    n;
    uint64_t  w, t, ones, low;

    n = 0;
    ones = 0x0101010101010101ULL;
    low = 0x7f7f7f7f7f7f7f7fULL;

    for ( /* void */ ; len >= 8; p += 8, len -= 8) {
        memcpy(&w, p, 8);
        w ^= ones * c;
        t = ~(((w & low) + low) | w | low);
        n += ((t >> 7) * ones) >> 56;
    }

    while (len--) {
        n += *p++ == c;
    }

    return n;
}

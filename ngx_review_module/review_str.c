
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_str.h"


int
review_strncasecmp(const unsigned char *a, const char *b, size_t n)
{
    unsigned char  c1, c2;

    while (n--) {
        c1 = review_tolower(*a);
        c2 = review_tolower((unsigned char) *b);

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


int
review_str_starts_ci(const review_str_t *s, const char *lit)
{
    size_t  n;

    n = strlen(lit);

    return s->len >= n && review_strncasecmp(s->data, lit, n) == 0;
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

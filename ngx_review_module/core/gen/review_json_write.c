
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_json_write.h"
#include "review_str.h"


static const char  review_hex[] = "0123456789abcdef";


static int
review_json_u(review_buf_t *b, uint32_t cp)
{
    unsigned char  u[6];

    u[0] = '\\';
    u[1] = 'u';
    u[2] = review_hex[(cp >> 12) & 0xf];
    u[3] = review_hex[(cp >> 8) & 0xf];
    u[4] = review_hex[(cp >> 4) & 0xf];
    u[5] = review_hex[cp & 0xf];

    return review_buf_add(b, u, 6);
}


static int
review_json_chars(review_buf_t *b, const unsigned char *p, size_t len)
{
    uint32_t              cp;
    const unsigned char  *end, *run;

    if (len == 0) {
        return b->failed ? REVIEW_ERROR : REVIEW_OK;
    }

    end = p + len;

    if (review_buf_reserve(b, len + 16) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    while (p < end) {

        /* runs of plain ASCII are copied as they are */
        run = p;
        while (p < end && *p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\'
               && *p != '<' && *p != '>' && *p != '&' && *p != '\'')
        {
            p++;
        }

        if (p > run && review_buf_add(b, run, p - run) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        if (p == end) {
            break;
        }

        switch (*p) {

        case '"':
            review_buf_add(b, "\\\"", 2);
            p++;
            continue;

        case '\\':
            review_buf_add(b, "\\\\", 2);
            p++;
            continue;

        case '\n':
            review_buf_add(b, "\\n", 2);
            p++;
            continue;

        case '\t':
            review_buf_add(b, "\\t", 2);
            p++;
            continue;

        case '\r':
            review_buf_add(b, "\\r", 2);
            p++;
            continue;
        }

        p += review_utf8_decode(p, end, &cp);

        if (cp >= 0x10000) {
            cp -= 0x10000;
            review_json_u(b, 0xd800 + (cp >> 10));
            review_json_u(b, 0xdc00 + (cp & 0x3ff));
            continue;
        }

        review_json_u(b, cp);
    }

    return b->failed ? REVIEW_ERROR : REVIEW_OK;
}


int
review_json_string(review_buf_t *b, const unsigned char *s, size_t len)
{
    review_buf_addc(b, '"');
    review_json_chars(b, s, len);

    return review_buf_addc(b, '"');
}


size_t
review_cut_words(const unsigned char *s, size_t len, size_t max)
{
    size_t  n;

    if (len <= max) {
        return len;
    }

    /* back to a space, but not to nothing */
    for (n = max; n > max / 2; n--) {
        if (s[n] == ' ') {
            break;
        }
    }

    if (n == max / 2) {
        n = max;

        /* not inside a UTF-8 sequence */
        while (n > 0 && (s[n] & 0xc0) == 0x80) {
            n--;
        }
    }

    /* no dangling punctuation before the ellipsis */
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == ';'
                     || s[n - 1] == ':' || s[n - 1] == '-'))
    {
        n--;
    }

    return n;
}


int
review_json_string_cut(review_buf_t *b, const unsigned char *s, size_t len,
    size_t max)
{
    size_t  n;

    n = review_cut_words(s, len, max);

    review_buf_addc(b, '"');
    review_json_chars(b, s, n);

    if (n < len) {
        review_json_u(b, 0x2026);
    }

    return review_buf_addc(b, '"');
}


int
review_html_escape(review_buf_t *b, const unsigned char *s, size_t len)
{
    uint32_t              cp;
    unsigned char         ref[16], *r;
    const unsigned char  *end, *run;

    if (len == 0) {
        return b->failed ? REVIEW_ERROR : REVIEW_OK;
    }

    end = s + len;

    if (review_buf_reserve(b, len + 16) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    while (s < end) {

        run = s;
        while (s < end && *s >= 0x20 && *s < 0x7f && *s != '&' && *s != '<'
               && *s != '>' && *s != '"' && *s != '\'')
        {
            s++;
        }

        if (s > run && review_buf_add(b, run, s - run) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        if (s == end) {
            break;
        }

        switch (*s) {

        case '&':
            review_buf_add(b, "&amp;", 5);
            s++;
            continue;

        case '<':
            review_buf_add(b, "&lt;", 4);
            s++;
            continue;

        case '>':
            review_buf_add(b, "&gt;", 4);
            s++;
            continue;

        case '"':
            review_buf_add(b, "&quot;", 6);
            s++;
            continue;

        case '\'':
            review_buf_add(b, "&#39;", 5);
            s++;
            continue;
        }

        s += review_utf8_decode(s, end, &cp);

        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
            if (cp == '\n' || cp == '\t' || cp == '\r') {
                review_buf_addc(b, ' ');
            }

            continue;
        }

        r = ref + sizeof(ref);
        *--r = ';';

        do {
            *--r = review_hex[cp & 0xf];
            cp >>= 4;
        } while (cp);

        *--r = 'x';
        *--r = '#';
        *--r = '&';

        review_buf_add(b, r, ref + sizeof(ref) - r);
    }

    return b->failed ? REVIEW_ERROR : REVIEW_OK;
}


void
review_jw_init(review_jw_t *w, review_buf_t *b)
{
    w->b = b;
    w->depth = 0;
    w->first[0] = 1;
}


static void
review_jw_key(review_jw_t *w, const char *key)
{
    if (!w->first[w->depth]) {
        review_buf_addc(w->b, ',');
    }

    w->first[w->depth] = 0;

    if (key) {
        review_buf_addc(w->b, '"');
        review_buf_adds(w->b, key);
        review_buf_add(w->b, "\":", 2);
    }
}


void
review_jw_open(review_jw_t *w, const char *key, unsigned char c)
{
    review_jw_key(w, key);
    review_buf_addc(w->b, c);

    if (w->depth + 1 < REVIEW_JW_DEPTH) {
        w->depth++;

    } else {
        w->b->failed = 1;
    }

    w->first[w->depth] = 1;
}


void
review_jw_close(review_jw_t *w, unsigned char c)
{
    review_buf_addc(w->b, c);

    if (w->depth) {
        w->depth--;
    }
}


void
review_jw_str(review_jw_t *w, const char *key, const review_str_t *v)
{
    if (v == NULL || v->len == 0) {
        return;
    }

    review_jw_key(w, key);
    review_json_string(w->b, v->data, v->len);
}


void
review_jw_cut(review_jw_t *w, const char *key, const review_str_t *v,
    size_t max)
{
    if (v == NULL || v->len == 0) {
        return;
    }

    review_jw_key(w, key);
    review_json_string_cut(w->b, v->data, v->len, max);
}


void
review_jw_ascii(review_jw_t *w, const char *key, const char *v)
{
    review_jw_key(w, key);
    review_buf_addc(w->b, '"');
    review_buf_adds(w->b, v);
    review_buf_addc(w->b, '"');
}


void
review_jw_uint(review_jw_t *w, const char *key, unsigned long v)
{
    review_jw_key(w, key);
    review_buf_add_uint(w->b, v);
}


/* locale-free, at most two decimals: ratings are 4, 3.5, 7.25 */

void
review_jw_number(review_jw_t *w, const char *key, double v)
{
    unsigned long  n, frac;

    review_jw_key(w, key);

    if (v < 0) {
        review_buf_addc(w->b, '-');
        v = -v;
    }

    n = (unsigned long) (v * 100 + 0.5);
    review_buf_add_uint(w->b, n / 100);

    frac = n % 100;

    if (frac) {
        review_buf_addc(w->b, '.');
        review_buf_addc(w->b, (unsigned char) ('0' + frac / 10));

        if (frac % 10) {
            review_buf_addc(w->b, (unsigned char) ('0' + frac % 10));
        }
    }
}


void
review_jw_id(review_jw_t *w, const review_str_t *base, const char *suffix)
{
    size_t  len;

    /* "https://e.example/" and "/#website": one slash */
    len = base->len;
    if (len && base->data[len - 1] == '/' && suffix[0] == '/') {
        len--;
    }

    review_jw_key(w, "@id");
    review_buf_addc(w->b, '"');
    review_json_chars(w->b, base->data, len);
    review_buf_adds(w->b, suffix);
    review_buf_addc(w->b, '"');
}


void
review_jw_ref(review_jw_t *w, const char *key, const review_str_t *base,
    const char *suffix)
{
    review_jw_open(w, key, '{');
    review_jw_id(w, base, suffix);
    review_jw_close(w, '}');
}

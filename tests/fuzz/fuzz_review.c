
/*
 * Copyright (C) ngx_review_module developers
 */


/*
 * libFuzzer over the core's whole pipeline: bytes -> charset -> tree ->
 * facts -> JSON-LD, card, meta -> splice.  The first two bytes choose the
 * options and how the page is cut into feeds.  Checked on every input,
 * not just "no crash":
 *   - inserts are sorted and inside the page: the output is the original
 *     with insertions only;
 *   - a JSON-LD insert is one script element, ASCII, whose text parses as
 *     JSON (a strict grammar check of our own);
 *   - a card is ASCII, balanced HTML, with no script;
 *   - meta inserts are single <meta> tags whose content cannot end early;
 *   - the same inserts whatever the cut.
 */


#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"


#define FUZZ_CHECK(c)                                                        \
    do {                                                                     \
        if (!(c)) {                                                          \
            fprintf(stderr, "property failed: %s (line %d)\n", #c,            \
                    __LINE__);                                               \
            abort();                                                         \
        }                                                                    \
    } while (0)


/* a strict JSON grammar check, depth-bounded */

typedef struct {
    const unsigned char  *p;
    const unsigned char  *end;
} json_t;


static void
json_ws(json_t *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t'
                             || *j->p == '\r'))
    {
        j->p++;
    }
}


static int json_value(json_t *j, int depth);


static int
json_string(json_t *j)
{
    if (j->p >= j->end || *j->p != '"') {
        return 0;
    }

    j->p++;

    while (j->p < j->end && *j->p != '"') {
        if (*j->p < 0x20) {
            return 0;
        }

        if (*j->p == '\\') {
            j->p++;
            if (j->p >= j->end) {
                return 0;
            }

            if (*j->p == 'u') {
                int  i;

                for (i = 1; i <= 4; i++) {
                    if (j->p + i >= j->end
                        || !((j->p[i] >= '0' && j->p[i] <= '9')
                             || (j->p[i] >= 'a' && j->p[i] <= 'f')
                             || (j->p[i] >= 'A' && j->p[i] <= 'F')))
                    {
                        return 0;
                    }
                }

                j->p += 4;

            } else if (strchr("\"\\/bfnrt", *j->p) == NULL) {
                return 0;
            }
        }

        j->p++;
    }

    if (j->p >= j->end) {
        return 0;
    }

    j->p++;

    return 1;
}


static int
json_value(json_t *j, int depth)
{
    if (depth > 64) {
        return 0;
    }

    json_ws(j);

    if (j->p >= j->end) {
        return 0;
    }

    if (*j->p == '"') {
        return json_string(j);
    }

    if (*j->p == '{' || *j->p == '[') {
        unsigned char  close = *j->p == '{' ? '}' : ']';
        int            obj = *j->p == '{';

        j->p++;
        json_ws(j);

        if (j->p < j->end && *j->p == close) {
            j->p++;
            return 1;
        }

        for ( ;; ) {
            if (obj) {
                json_ws(j);
                if (!json_string(j)) {
                    return 0;
                }

                json_ws(j);
                if (j->p >= j->end || *j->p != ':') {
                    return 0;
                }

                j->p++;
            }

            if (!json_value(j, depth + 1)) {
                return 0;
            }

            json_ws(j);

            if (j->p < j->end && *j->p == ',') {
                j->p++;
                continue;
            }

            if (j->p < j->end && *j->p == close) {
                j->p++;
                return 1;
            }

            return 0;
        }
    }

    if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) {
        if (*j->p == '-') {
            j->p++;
        }

        if (j->p >= j->end || !(*j->p >= '0' && *j->p <= '9')) {
            return 0;
        }

        while (j->p < j->end && ((*j->p >= '0' && *j->p <= '9')
                                 || *j->p == '.'))
        {
            j->p++;
        }

        return 1;
    }

    if (j->end - j->p >= 4 && memcmp(j->p, "true", 4) == 0) {
        j->p += 4;
        return 1;
    }

    if (j->end - j->p >= 5 && memcmp(j->p, "false", 5) == 0) {
        j->p += 5;
        return 1;
    }

    if (j->end - j->p >= 4 && memcmp(j->p, "null", 4) == 0) {
        j->p += 4;
        return 1;
    }

    return 0;
}


static int
ascii(const review_str_t *s)
{
    size_t  i;

    for (i = 0; i < s->len; i++) {
        if (s->data[i] >= 0x80 || (s->data[i] < 0x20 && s->data[i] != '\n')) {
            return 0;
        }
    }

    return 1;
}


static const unsigned char *
find(const review_str_t *s, const char *n)
{
    size_t  i, len;

    len = strlen(n);

    for (i = 0; i + len <= s->len; i++) {
        if (memcmp(s->data + i, n, len) == 0) {
            return s->data + i;
        }
    }

    return NULL;
}


static void
check_jsonld(const review_str_t *s)
{
    static const char  open[] = "<script type=\"application/ld+json\">";
    json_t             j;
    review_str_t       rest;

    FUZZ_CHECK(ascii(s));
    FUZZ_CHECK(s->len > sizeof(open) + 9);
    FUZZ_CHECK(memcmp(s->data, open, sizeof(open) - 1) == 0);
    FUZZ_CHECK(memcmp(s->data + s->len - 9, "</script>", 9) == 0);

    /* its own end is the only "</" in it; no "<!--" either */
    rest.data = s->data;
    rest.len = s->len - 9;
    FUZZ_CHECK(find(&rest, "</") == NULL);
    FUZZ_CHECK(find(&rest, "<!--") == NULL);

    j.p = s->data + sizeof(open) - 1;
    j.end = s->data + s->len - 9;
    FUZZ_CHECK(json_value(&j, 0));
    json_ws(&j);
    FUZZ_CHECK(j.p == j.end);
}


/* balanced tags; <style> text skipped; no script, no comment */

static void
check_html(const review_str_t *s)
{
    int                   depth, closing;
    size_t                n;
    char                  stack[32][16], name[16];
    const unsigned char  *p, *end, *q;

    FUZZ_CHECK(ascii(s));

    p = s->data;
    end = s->data + s->len;
    depth = 0;

    while (p < end) {
        if (*p != '<') {
            p++;
            continue;
        }

        FUZZ_CHECK(end - p >= 2 && p[1] != '!');

        closing = p[1] == '/';
        q = p + 1 + closing;
        n = 0;

        while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9'))
               && n < sizeof(name) - 1)
        {
            name[n++] = (char) *q++;
        }

        name[n] = '\0';
        FUZZ_CHECK(n > 0);
        FUZZ_CHECK(strcmp(name, "script") != 0);

        /* to the end of the tag, outside quoted values */
        while (q < end && *q != '>') {
            if (*q == '"') {
                q++;
                while (q < end && *q != '"') {
                    FUZZ_CHECK(*q != '<' && *q != '>');
                    q++;
                }
            }

            q++;
        }

        FUZZ_CHECK(q < end);

        if (strcmp(name, "meta") == 0 || strcmp(name, "br") == 0) {
            p = q + 1;
            continue;
        }

        if (closing) {
            FUZZ_CHECK(depth > 0);
            depth--;
            FUZZ_CHECK(strcmp(stack[depth], name) == 0);

        } else {
            FUZZ_CHECK(depth < 32);
            strcpy(stack[depth++], name);

            if (strcmp(name, "style") == 0) {
                review_str_t  rest;

                rest.data = q;
                rest.len = end - q;
                q = find(&rest, "</style>");
                FUZZ_CHECK(q != NULL);
                q--;
            }
        }

        p = q + 1;
    }

    FUZZ_CHECK(depth == 0);
}


typedef struct {
    size_t                   n;
    size_t                   off[3];
    unsigned long            sum;
    char                     status[64];
} result_t;


static void
run(const uint8_t *page, size_t len, size_t step, review_conf_t *conf,
    review_input_t *in, result_t *res, int check)
{
    int                     rc;
    size_t                  i, k, n;
    review_t               *rv;
    const review_insert_t  *ins;

    memset(res, 0, sizeof(result_t));

    rv = review_create(conf, in);
    if (rv == NULL) {
        return;
    }

    rc = REVIEW_OK;

    for (i = 0; i < len && rc == REVIEW_OK; i += step) {
        n = len - i < step ? len - i : step;
        rc = review_feed(rv, page + i, n);
    }

    if (rc == REVIEW_OK) {
        review_finish(rv);
    }

    snprintf(res->status, sizeof(res->status), "%s",
             review_status_name(review_status(rv)));
    res->n = review_inserts(rv, &ins);

    for (i = 0; i < res->n; i++) {
        FUZZ_CHECK(ins[i].offset <= len);
        FUZZ_CHECK(i == 0 || ins[i].offset >= ins[i - 1].offset);
        FUZZ_CHECK(ins[i].text.len > 0);

        if (i < 3) {
            res->off[i] = ins[i].offset;
        }

        for (k = 0; k < ins[i].text.len; k++) {
            res->sum = res->sum * 31 + ins[i].text.data[k];
        }

        if (!check) {
            continue;
        }

        switch (ins[i].what) {
        case REVIEW_INSERT_JSONLD:
            check_jsonld(&ins[i].text);
            break;
        case REVIEW_INSERT_CARD:
        case REVIEW_INSERT_META:
            check_html(&ins[i].text);
            break;
        }
    }

    review_destroy(rv);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t           step;
    result_t         a, b;
    review_conf_t    conf;
    review_input_t   in;

    static const char  *charsets[] = {
        "", "utf-8", "iso-8859-1", "shift_jis", "utf-16", "windows-1251",
        "", ""
    };
    static int  inited;

    if (!inited) {
        review_global_init();
        inited = 1;
    }

    if (size < 2) {
        return 0;
    }

    review_conf_init(&conf);
    conf.card = data[0] & 1;
    conf.card_position = (data[0] >> 1) & 3;
    conf.social_meta = (data[0] >> 3) & 1;
    conf.force = (data[0] >> 4) & 1;
    conf.body_mode = (data[1] >> 6) % 3;
    conf.min_words = 0;
    conf.max_nodes = 20000;
    conf.max_memory = 32 * 1024 * 1024;

    memset(&in, 0, sizeof(in));
    in.url.data = (const unsigned char *) "https://example.org/r/x";
    in.url.len = 23;
    in.charset.data = (const unsigned char *) charsets[(data[0] >> 5) & 7];
    in.charset.len = strlen(charsets[(data[0] >> 5) & 7]);

    step = (data[1] & 0x3f) + 1;
    data += 2;
    size -= 2;

    run(data, size, size ? size : 1, &conf, &in, &a, 1);
    run(data, size, step, &conf, &in, &b, 0);

    /* the cut changes nothing */
    FUZZ_CHECK(strcmp(a.status, b.status) == 0);
    FUZZ_CHECK(a.n == b.n);
    FUZZ_CHECK(a.sum == b.sum);
    FUZZ_CHECK(a.off[0] == b.off[0] && a.off[1] == b.off[1]
               && a.off[2] == b.off[2]);

    return 0;
}

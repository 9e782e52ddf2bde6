
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>
#include <string.h>

#include "review_json_read.h"
#include "review_str.h"


typedef struct {
    const unsigned char     *p;
    const unsigned char     *end;
    review_arena_t          *a;
    review_json_doc_t       *doc;
    uint32_t                 max;
    uint32_t                 nalloc;
} review_jp_t;


static void
review_jp_ws(review_jp_t *jp)
{
    while (jp->p < jp->end && (review_isspace(*jp->p) || *jp->p == '\v')) {
        jp->p++;
    }
}


static uint32_t
review_jp_new(review_jp_t *jp, review_json_type_e type, uint32_t parent)
{
    uint32_t        n;
    review_json_t  *v;

    if (jp->doc->n >= jp->max) {
        return REVIEW_JSON_NONE;
    }

    if (jp->doc->n == jp->nalloc) {
        n = jp->nalloc ? jp->nalloc * 2 : 64;
        v = review_realloc(jp->a, jp->doc->v,
                           jp->nalloc * sizeof(review_json_t),
                           n * sizeof(review_json_t));
        if (v == NULL) {
            return REVIEW_JSON_NONE;
        }

        jp->doc->v = v;
        jp->nalloc = n;
    }

    n = jp->doc->n++;
    v = &jp->doc->v[n];
    memset(v, 0, sizeof(review_json_t));
    v->type = type;
    v->first = REVIEW_JSON_NONE;
    v->next = REVIEW_JSON_NONE;
    v->parent = parent;

    return n;
}


static int
review_jp_hex(const unsigned char *p, uint32_t *cp)
{
    int       i;
    uint32_t  c;

    c = 0;

    for (i = 0; i < 4; i++) {
        c <<= 4;

        if (review_isdigit(p[i])) {
            c |= p[i] - '0';

        } else if (p[i] >= 'a' && p[i] <= 'f') {
            c |= p[i] - 'a' + 10;

        } else if (p[i] >= 'A' && p[i] <= 'F') {
            c |= p[i] - 'A' + 10;

        } else {
            return REVIEW_ERROR;
        }
    }

    *cp = c;

    return REVIEW_OK;
}


/* a string at jp->p (after the quote), unescaped */

static int
review_jp_string(review_jp_t *jp, review_str_t *s)
{
    uint32_t              cp, lo;
    review_buf_t          b;
    const unsigned char  *start;

    start = jp->p;

    /* most strings have no escapes: no copy */
    while (jp->p < jp->end && *jp->p != '"' && *jp->p != '\\') {
        jp->p++;
    }

    if (jp->p < jp->end && *jp->p == '"') {
        s->data = start;
        s->len = jp->p - start;
        jp->p++;
        return REVIEW_OK;
    }

    review_buf_init(&b, jp->a);
    review_buf_add(&b, start, jp->p - start);

    while (jp->p < jp->end && *jp->p != '"') {

        if (*jp->p != '\\') {
            review_buf_addc(&b, *jp->p++);
            continue;
        }

        if (jp->end - jp->p < 2) {
            return REVIEW_ERROR;
        }

        jp->p++;

        switch (*jp->p++) {
        case 'n': review_buf_addc(&b, '\n'); break;
        case 't': review_buf_addc(&b, '\t'); break;
        case 'r': review_buf_addc(&b, '\r'); break;
        case 'b': review_buf_addc(&b, ' '); break;
        case 'f': review_buf_addc(&b, ' '); break;

        case 'u':
            if (jp->end - jp->p < 4 || review_jp_hex(jp->p, &cp) != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            jp->p += 4;

            if (cp >= 0xd800 && cp < 0xdc00 && jp->end - jp->p >= 6
                && jp->p[0] == '\\' && jp->p[1] == 'u'
                && review_jp_hex(jp->p + 2, &lo) == REVIEW_OK
                && lo >= 0xdc00 && lo < 0xe000)
            {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                jp->p += 6;

            } else if (cp >= 0xd800 && cp < 0xe000) {
                cp = 0xfffd;
            }

            review_buf_add_utf8(&b, cp ? cp : 0xfffd);
            break;

        default:
            review_buf_addc(&b, jp->p[-1]);
            break;
        }
    }

    if (jp->p >= jp->end || b.failed) {
        return REVIEW_ERROR;
    }

    jp->p++;
    review_buf_get(&b, s);

    return REVIEW_OK;
}


/*
 * Iterative: a stack of open containers instead of recursion, so that a
 * page cannot exhaust the worker's stack with "[[[[...".
 */

int
review_json_parse(review_arena_t *a, const unsigned char *p, size_t len,
    uint32_t max, review_json_doc_t *doc)
{
    int                  depth, expect_value;
    uint32_t             stack[REVIEW_JSON_DEPTH], last[REVIEW_JSON_DEPTH];
    uint32_t             v, parent;
    review_str_t         key;
    review_jp_t          jp;
    review_json_type_e   t;
    char                 num[64];
    size_t               n;

    memset(doc, 0, sizeof(review_json_doc_t));

    jp.p = p;
    jp.end = p + len;
    jp.a = a;
    jp.doc = doc;
    jp.max = max;
    jp.nalloc = 0;

    depth = 0;
    key.len = 0;
    key.data = NULL;
    expect_value = 1;

    for ( ;; ) {
        review_jp_ws(&jp);

        if (jp.p >= jp.end) {
            return depth == 0 && doc->n ? REVIEW_OK : REVIEW_ERROR;
        }

        parent = depth ? stack[depth - 1] : REVIEW_JSON_NONE;

        if (!expect_value) {
            /* after a value: ',' or the end of the container */
            if (depth == 0) {
                return REVIEW_OK;
            }

            if (*jp.p == ',') {
                jp.p++;
                expect_value = 1;

                if (doc->v[parent].type == REVIEW_JSON_OBJECT) {
                    review_jp_ws(&jp);

                    if (jp.p < jp.end && *jp.p == '}') {
                        continue;           /* a trailing comma */
                    }

                    goto object_key;
                }

                continue;
            }

            if ((*jp.p == ']' && doc->v[parent].type == REVIEW_JSON_ARRAY)
                || (*jp.p == '}' && doc->v[parent].type == REVIEW_JSON_OBJECT))
            {
                jp.p++;
                depth--;
                continue;
            }

            return REVIEW_ERROR;
        }

        if (*jp.p == ']' || *jp.p == '}') {
            /* an empty container, or a trailing comma */
            if (depth == 0) {
                return REVIEW_ERROR;
            }

            jp.p++;
            depth--;
            expect_value = 0;
            continue;
        }

        switch (*jp.p) {

        case '{':
            t = REVIEW_JSON_OBJECT;
            break;

        case '[':
            t = REVIEW_JSON_ARRAY;
            break;

        case '"':
            t = REVIEW_JSON_STRING;
            break;

        case 't':
        case 'f':
            t = REVIEW_JSON_BOOL;
            break;

        case 'n':
            t = REVIEW_JSON_NULL;
            break;

        default:
            if (*jp.p == '-' || review_isdigit(*jp.p)) {
                t = REVIEW_JSON_NUMBER;
                break;
            }

            return REVIEW_ERROR;
        }

        v = review_jp_new(&jp, t, parent);
        if (v == REVIEW_JSON_NONE) {
            return REVIEW_LIMIT;
        }

        doc->v[v].key = key;
        key.len = 0;

        if (depth) {
            if (last[depth - 1] == REVIEW_JSON_NONE) {
                doc->v[parent].first = v;

            } else {
                doc->v[last[depth - 1]].next = v;
            }

            last[depth - 1] = v;
        }

        switch (t) {

        case REVIEW_JSON_OBJECT:
        case REVIEW_JSON_ARRAY:
            if (depth == REVIEW_JSON_DEPTH) {
                return REVIEW_LIMIT;
            }

            jp.p++;
            stack[depth] = v;
            last[depth] = REVIEW_JSON_NONE;
            depth++;
            expect_value = 1;

            if (t == REVIEW_JSON_OBJECT) {
                review_jp_ws(&jp);

                if (jp.p < jp.end && *jp.p == '}') {
                    continue;
                }

                goto object_key;
            }

            continue;

        case REVIEW_JSON_STRING:
            jp.p++;
            if (review_jp_string(&jp, &doc->v[v].str) != REVIEW_OK) {
                return REVIEW_ERROR;
            }
            break;

        case REVIEW_JSON_BOOL:
        case REVIEW_JSON_NULL:
            while (jp.p < jp.end && review_isalpha(*jp.p)) {
                jp.p++;
            }
            break;

        default:
            doc->v[v].str.data = jp.p;

            while (jp.p < jp.end && (review_isdigit(*jp.p) || *jp.p == '-'
                                     || *jp.p == '+' || *jp.p == '.'
                                     || *jp.p == 'e' || *jp.p == 'E'))
            {
                jp.p++;
            }

            doc->v[v].str.len = jp.p - doc->v[v].str.data;
            n = doc->v[v].str.len < sizeof(num) - 1
                ? doc->v[v].str.len : sizeof(num) - 1;
            memcpy(num, doc->v[v].str.data, n);
            num[n] = '\0';
            doc->v[v].num = strtod(num, NULL);
            break;
        }

        expect_value = 0;
        continue;

    object_key:

        /* "key" : */
        review_jp_ws(&jp);

        if (jp.p >= jp.end || *jp.p != '"') {
            return REVIEW_ERROR;
        }

        jp.p++;

        if (review_jp_string(&jp, &key) != REVIEW_OK) {
            return REVIEW_ERROR;
        }

        review_jp_ws(&jp);

        if (jp.p >= jp.end || *jp.p != ':') {
            return REVIEW_ERROR;
        }

        jp.p++;
        expect_value = 1;
    }
}


uint32_t
review_json_get(const review_json_doc_t *doc, uint32_t obj, const char *key)
{
    uint32_t  c;

    if (obj == REVIEW_JSON_NONE || doc->v[obj].type != REVIEW_JSON_OBJECT) {
        return REVIEW_JSON_NONE;
    }

    for (c = doc->v[obj].first; c != REVIEW_JSON_NONE; c = doc->v[c].next) {
        if (review_str_eq_ci(&doc->v[c].key, key)) {
            return c;
        }
    }

    return REVIEW_JSON_NONE;
}


review_str_t
review_json_get_str(const review_json_doc_t *doc, uint32_t v)
{
    review_str_t  s;

    s.len = 0;
    s.data = NULL;

    if (v == REVIEW_JSON_NONE) {
        return s;
    }

    if (doc->v[v].type == REVIEW_JSON_ARRAY) {
        for (v = doc->v[v].first; v != REVIEW_JSON_NONE; v = doc->v[v].next) {
            if (doc->v[v].type == REVIEW_JSON_STRING
                || doc->v[v].type == REVIEW_JSON_NUMBER)
            {
                return doc->v[v].str;
            }
        }

        return s;
    }

    if (doc->v[v].type == REVIEW_JSON_STRING
        || doc->v[v].type == REVIEW_JSON_NUMBER)
    {
        return doc->v[v].str;
    }

    return s;
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <string.h>

#include "review_gen.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * Operators' selectors for their templates: a tag, .class, #id, their
 * combinations ("div.entry-content", "article#main") and descendants
 * ("main article .body").  Compiled at configuration time with clear
 * errors; matched on the tree, first match in document order.
 */


#define REVIEW_SEL_PARTS    8
#define REVIEW_SEL_CLASSES  4
#define REVIEW_SEL_UP       256      /* ancestors looked at */


typedef struct {
    review_tag_e             tag;     /* REVIEW_TAG_UNKNOWN: any */
    const char              *id;
    const char              *cls[REVIEW_SEL_CLASSES];
    unsigned                 ncls;
} review_sel_part_t;


struct review_selector_s {
    review_sel_part_t        part[REVIEW_SEL_PARTS];
    unsigned                 n;
};


static int
review_sel_name_char(unsigned char c)
{
    return review_isalnum(c) || c == '-' || c == '_' || c >= 0x80;
}


review_selector_t *
review_selector_compile(const unsigned char *s, size_t len,
    review_alloc_pt alloc, void *ctx, char *err, size_t errlen)
{
    char                 *name;
    size_t                n;
    review_tag_e          tag;
    review_selector_t    *sel;
    review_sel_part_t    *part;
    const unsigned char  *p, *end, *w;
    unsigned char         kind;

    sel = alloc(ctx, sizeof(review_selector_t));
    if (sel == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }

    memset(sel, 0, sizeof(review_selector_t));

    if (len == 0) {
        snprintf(err, errlen, "empty selector");
        return NULL;
    }

    p = s;
    end = s + len;

    while (p < end) {

        while (p < end && review_isspace(*p)) {
            p++;
        }

        if (p == end) {
            break;
        }

        if (sel->n == REVIEW_SEL_PARTS) {
            snprintf(err, errlen, "selector \"%.*s\" has more than %d parts",
                     (int) (len > 60 ? 60 : len), s, REVIEW_SEL_PARTS);
            return NULL;
        }

        part = &sel->part[sel->n++];

        /* one compound: [tag][#id][.class]... */
        while (p < end && !review_isspace(*p)) {

            kind = 't';

            if (*p == '.' || *p == '#') {
                kind = *p++;

            } else if (*p == '*') {
                p++;
                continue;
            }

            w = p;
            while (p < end && review_sel_name_char(*p)) {
                p++;
            }

            n = p - w;

            if (n == 0) {
                snprintf(err, errlen, "unexpected \"%c\" in selector \"%.*s\","
                         " only tag, .class, #id and descendants are "
                         "supported", p < end ? *p : ' ',
                         (int) (len > 60 ? 60 : len), s);
                return NULL;
            }

            name = alloc(ctx, n + 1);
            if (name == NULL) {
                snprintf(err, errlen, "out of memory");
                return NULL;
            }

            memcpy(name, w, n);
            name[n] = '\0';

            if (kind == 't') {
                unsigned  i;

                for (i = 0; i < n; i++) {
                    name[i] = (char) review_tolower((unsigned char) name[i]);
                }

                tag = review_tag_lookup((unsigned char *) name, n);
                if (tag == REVIEW_TAG_UNKNOWN) {
                    snprintf(err, errlen, "unknown element \"%s\" in "
                             "selector \"%.*s\"", name,
                             (int) (len > 60 ? 60 : len), s);
                    return NULL;
                }

                part->tag = tag;

            } else if (kind == '#') {
                part->id = name;

            } else {
                if (part->ncls == REVIEW_SEL_CLASSES) {
                    snprintf(err, errlen, "too many classes in selector "
                             "\"%.*s\"", (int) (len > 60 ? 60 : len), s);
                    return NULL;
                }

                part->cls[part->ncls++] = name;
            }
        }
    }

    if (sel->n == 0) {
        snprintf(err, errlen, "empty selector");
        return NULL;
    }

    return sel;
}


static int
review_sel_part_matches(const review_doc_t *doc, const review_node_t *n,
    const review_sel_part_t *part)
{
    unsigned             i;
    const review_str_t  *id;

    if (n->tag == REVIEW_TAG_TEXT || n->tag == REVIEW_TAG_ROOT) {
        return 0;
    }

    if (part->tag != REVIEW_TAG_UNKNOWN && n->tag != part->tag) {
        return 0;
    }

    if (part->id) {
        id = review_doc_attr(doc, n, REVIEW_ATTR_ID);
        if (id == NULL || id->len != strlen(part->id)
            || memcmp(id->data, part->id, id->len) != 0)
        {
            return 0;
        }
    }

    for (i = 0; i < part->ncls; i++) {
        if (!review_doc_has_class(doc, n, part->cls[i])) {
            return 0;
        }
    }

    return 1;
}


uint32_t
review_selector_match(const review_selector_t *sel, const review_doc_t *doc)
{
    int        k;
    uint32_t   i, a, up;

    for (i = 1; i < doc->nnodes; i++) {

        if (!review_sel_part_matches(doc, &doc->nodes[i],
                                     &sel->part[sel->n - 1]))
        {
            continue;
        }

        /* the other parts, right to left, among the ancestors */
        k = (int) sel->n - 2;
        a = doc->nodes[i].parent;

        for (up = 0; k >= 0 && a != REVIEW_NONE && a != 0
                     && up < REVIEW_SEL_UP; up++)
        {
            if (review_sel_part_matches(doc, &doc->nodes[a], &sel->part[k])) {
                k--;
            }

            a = doc->nodes[a].parent;
        }

        if (k < 0) {
            return i;
        }
    }

    return REVIEW_NONE;
}

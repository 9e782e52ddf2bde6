
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_splice.h"


/* a card may not go where a browser would move or swallow a block */
#define REVIEW_CARD_FORBIDDEN                                                \
    (REVIEW_NODE_UNSAFE | REVIEW_NODE_INLINE | REVIEW_NODE_IN_TABLE          \
     | REVIEW_NODE_IN_FORM | REVIEW_NODE_IN_HEAD | REVIEW_NODE_HIDDEN)


static uint32_t
review_splice_safe(const review_doc_t *doc, uint32_t pos)
{
    if (pos == REVIEW_NONE || pos > doc->size) {
        return REVIEW_NONE;
    }

    if (doc->taint != REVIEW_NONE && pos >= doc->taint) {
        return REVIEW_NONE;
    }

    return pos;
}


/* before </head>; at the start of <body> when there is no head */

static uint32_t
review_splice_head(const review_doc_t *doc)
{
    const review_node_t  *n;

    if (doc->head != REVIEW_NONE) {
        n = &doc->nodes[doc->head];

        if ((n->flags & REVIEW_NODE_CLOSED)
            && !(n->flags & REVIEW_NODE_UNSAFE))
        {
            return review_splice_safe(doc, n->close);
        }
    }

    if (doc->body != REVIEW_NONE) {
        n = &doc->nodes[doc->body];

        if ((n->flags & REVIEW_NODE_START_OK)
            && !(n->flags & REVIEW_NODE_UNSAFE))
        {
            return review_splice_safe(doc, n->inner);
        }
    }

    return REVIEW_NONE;
}


/* before </body>: the last place of a page that streams through */

static uint32_t
review_splice_body_end(const review_doc_t *doc)
{
    const review_node_t  *n;

    if (doc->body == REVIEW_NONE) {
        return REVIEW_NONE;
    }

    n = &doc->nodes[doc->body];

    if ((n->flags & REVIEW_NODE_CLOSED) && !(n->flags & REVIEW_NODE_UNSAFE)) {
        return review_splice_safe(doc, n->close);
    }

    return REVIEW_NONE;
}


/* elements a card at a marker leaves, besides inline and form context */
static const uint8_t  review_splice_leave_tags[] = {
    REVIEW_TAG_LI, REVIEW_TAG_TD, REVIEW_TAG_TH, REVIEW_TAG_DD,
    REVIEW_TAG_DT, REVIEW_TAG_PRE, REVIEW_TAG_CAPTION, REVIEW_TAG_LEGEND,
    REVIEW_TAG_SUMMARY, REVIEW_TAG_UNKNOWN
};


static int
review_splice_leave(const review_node_t *n)
{
    const uint8_t  *t;

    if (n->flags & (REVIEW_NODE_INLINE | REVIEW_NODE_IN_LINK
                    | REVIEW_NODE_IN_TABLE | REVIEW_NODE_IN_FORM))
    {
        return 1;
    }

    for (t = review_splice_leave_tags; *t != REVIEW_TAG_UNKNOWN; t++) {
        if (n->tag == *t) {
            return 1;
        }
    }

    return 0;
}


/* inside node "in" at pos: allowed for a card? */

static uint32_t
review_splice_card_in(const review_doc_t *doc, uint32_t in, uint32_t pos)
{
    if (in == REVIEW_NONE || (doc->nodes[in].flags & REVIEW_CARD_FORBIDDEN)) {
        return REVIEW_NONE;
    }

    return review_splice_safe(doc, pos);
}


/*
 * At the marker, unless it is in a paragraph, a heading, an inline
 * element, a list item, a cell, a form or <pre>: a block there would be
 * moved by the browser or would split the page's own text.  Then after
 * the outermost such element closes.  Never in the head, nor where the
 * marker is hidden or not markup.
 */

static uint32_t
review_splice_marker(const review_doc_t *doc)
{
    uint32_t              in, pos;
    const review_node_t  *n;

    in = doc->marker_in;
    pos = doc->marker;

    if (pos == REVIEW_NONE || in == REVIEW_NONE || in == doc->head
        || (doc->nodes[in].flags & (REVIEW_NODE_IN_HEAD | REVIEW_NODE_HIDDEN
                                    | REVIEW_NODE_UNSAFE)))
    {
        return REVIEW_NONE;
    }

    while (in != 0 && review_splice_leave(&doc->nodes[in])) {
        n = &doc->nodes[in];

        if (!(n->flags & REVIEW_NODE_CLOSED)) {
            return REVIEW_NONE;
        }

        pos = n->end;
        in = n->parent;
    }

    return review_splice_card_in(doc, in, pos);
}


static uint32_t
review_splice_card(const review_doc_t *doc, const review_page_t *page,
    const review_conf_t *conf, review_status_e *why)
{
    uint32_t              pos;
    const review_node_t  *n;

    pos = REVIEW_NONE;

    switch (conf->card_position) {

    case REVIEW_CARD_AFTER_TITLE:
        *why = REVIEW_STATUS_NO_TITLE;

        if (page->title != REVIEW_NONE) {
            n = &doc->nodes[page->title];
            if (n->flags & REVIEW_NODE_CLOSED) {
                pos = review_splice_card_in(doc, n->parent, n->end);
            }
        }
        break;

    case REVIEW_CARD_BEFORE_CONTENT:
        *why = REVIEW_STATUS_NO_CONTENT;

        if (page->content != REVIEW_NONE) {
            n = &doc->nodes[page->content];
            if (n->flags & REVIEW_NODE_START_OK) {
                pos = review_splice_card_in(doc, page->content, n->inner);
            }
        }
        break;

    case REVIEW_CARD_AFTER_CONTENT:
        *why = REVIEW_STATUS_NO_CONTENT;

        if (page->content != REVIEW_NONE) {
            n = &doc->nodes[page->content];
            if (n->flags & REVIEW_NODE_CLOSED) {
                pos = review_splice_card_in(doc, page->content, n->close);
            }
        }
        break;

    case REVIEW_CARD_MARKER:
        *why = REVIEW_STATUS_NO_MARKER;
        pos = review_splice_marker(doc);
        break;
    }

    return pos;
}


int
review_splice_plan(review_arena_t *a, const review_doc_t *doc,
    const review_page_t *page, const review_conf_t *conf,
    const review_charset_t *cs, const review_fragments_t *frags,
    review_insert_t **inserts, size_t *ninserts, review_status_e *why)
{
    size_t            n, i, j;
    uint32_t          head, card;
    review_insert_t  *ins, tmp;

    *ninserts = 0;
    *why = REVIEW_STATUS_NONE;

    ins = review_alloc(a, 3 * sizeof(review_insert_t));
    if (ins == NULL) {
        return REVIEW_ERROR;
    }

    n = 0;
    head = REVIEW_NONE;

    if (conf->jsonld_at_end && frags->jsonld.len) {
        head = review_splice_body_end(doc);
        if (head == REVIEW_NONE) {
            *why = REVIEW_STATUS_NO_BODY_END;
        }

    } else if (frags->meta.len || frags->jsonld.len) {
        head = review_splice_head(doc);
        if (head == REVIEW_NONE) {
            *why = REVIEW_STATUS_NO_HEAD;
        }
    }

    if (head != REVIEW_NONE && frags->meta.len) {
        ins[n].offset = review_charset_map(cs, head);
        ins[n].text = frags->meta;
        ins[n].what = REVIEW_INSERT_META;
        n++;
    }

    if (head != REVIEW_NONE && frags->jsonld.len) {
        ins[n].offset = review_charset_map(cs, head);
        ins[n].text = frags->jsonld;
        ins[n].what = REVIEW_INSERT_JSONLD;
        n++;
    }

    if (frags->card.len) {
        card = review_splice_card(doc, page, conf, why);

        if (card != REVIEW_NONE) {
            ins[n].offset = review_charset_map(cs, card);
            ins[n].text = frags->card;
            ins[n].what = REVIEW_INSERT_CARD;
            n++;
            *why = REVIEW_STATUS_NONE;
        }
    }

    /* stable: equal offsets keep meta, JSON-LD, card order */
    for (i = 1; i < n; i++) {
        tmp = ins[i];

        for (j = i; j > 0 && ins[j - 1].offset > tmp.offset; j--) {
            ins[j] = ins[j - 1];
        }

        ins[j] = tmp;
    }

    *inserts = ins;
    *ninserts = n;

    return REVIEW_OK;
}

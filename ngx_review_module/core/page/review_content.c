
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lang.h"
#include "review_lexicon.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * Where the review is: Mozilla Readability's idea on our tree.  Elements
 * that are not the article (navigation, comments, share bars, sidebars,
 * ads, forms, hidden or raw-text elements) are set apart, headers, bylines
 * and rating boxes kept for the facts around the prose; paragraphs score
 * by their length and commas and hand that score to three levels of
 * ancestors; candidates start from their tag and class hints and end
 * scaled by how much of their text is links.  The best is the content;
 * its blocks are the review's text.
 *
 * One pass forward and one back over the node array: no recursion, linear
 * in the number of nodes however deep the page.
 */


/* "with-toolbar": a wrapper's word for what stands beside it */

static int
review_hint_layout_word(const unsigned char *w, size_t len)
{
    size_t              n;
    const char *const  *l;

    for (l = review_hint_layout; *l; l++) {
        n = strlen(*l);

        if (len > n && review_strncasecmp(w, *l, n) == 0) {
            return 1;
        }
    }

    return 0;
}


/* class and id words, split on everything that is not a letter or digit
   (and whole, for hyphenated ones), looked up in the lexicon */

static int
review_node_hint(const review_doc_t *doc, const review_node_t *n,
    uint64_t bits, int parts)
{
    int                   k;
    uint64_t              lex;
    const review_str_t   *attr[2];
    const unsigned char  *p, *end, *w, *part;

    if (n->attr == REVIEW_NONE) {
        return 0;
    }

    attr[0] = review_doc_attr(doc, n, REVIEW_ATTR_CLASS);
    attr[1] = review_doc_attr(doc, n, REVIEW_ATTR_ID);

    for (k = 0; k < 2; k++) {
        if (attr[k] == NULL) {
            continue;
        }

        p = attr[k]->data;
        end = p + attr[k]->len;

        while (p < end) {
            while (p < end && review_char_is(*p, REVIEW_C_SPACE)) {
                p++;
            }

            w = p;
            while (p < end && !review_char_is(*p, REVIEW_C_SPACE)) {
                p++;
            }

            if (p > w && (review_lex(w, p - w) & bits)) {
                return 1;
            }

            if (parts && review_hint_layout_word(w, p - w)) {
                continue;
            }

            /* its parts: "comments-area" -> "comments", "area" */
            for (part = parts ? w : p; part < p; ) {
                while (part < p && !review_isalnum(*part)) {
                    part++;
                }

                w = part;
                while (part < p && review_isalnum(*part)) {
                    part++;
                }

                if (part > w && (part - w < p - w || w != part)) {
                    lex = review_lex(w, part - w);

                    if ((lex & bits) && !(lex & REVIEW_LEX_HINT_WHOLE)) {
                        return 1;
                    }
                }
            }
        }
    }

    return 0;
}


int
review_node_hint_in(const review_doc_t *doc, const review_node_t *n,
    uint64_t bits)
{
    return review_node_hint(doc, n, bits, 1);
}


void
review_node_hints(const review_doc_t *doc, const review_node_t *n,
    review_str_t *cls, review_str_t *id)
{
    const review_str_t  *s;

    s = review_doc_attr(doc, n, REVIEW_ATTR_CLASS);
    cls->data = s ? s->data : NULL;
    cls->len = s ? s->len : 0;

    s = review_doc_attr(doc, n, REVIEW_ATTR_ID);
    id->data = s ? s->data : NULL;
    id->len = s ? s->len : 0;
}


int
review_node_text(review_arena_t *a, const review_doc_t *doc, uint32_t n,
    review_str_t *out)
{
    const review_node_t  *node;

    node = &doc->nodes[n];

    /* a page without any text has no text buffer at all */
    if (node->text_len == 0) {
        out->data = (const unsigned char *) "";
        out->len = 0;
        return REVIEW_OK;
    }

    return review_str_collapse(a, doc->text.data + node->text, node->text_len,
                               out);
}


#define REVIEW_META_MAX  1200             /* text bytes of a meta box */


static unsigned
review_self_excl(const review_doc_t *doc, const review_node_t *n)
{
    const review_str_t  *role;

    if (n->flags & (REVIEW_NODE_HIDDEN | REVIEW_NODE_UNSAFE)) {
        return REVIEW_EXCL_ALL;
    }

    switch (n->tag) {

    case REVIEW_TAG_NAV:
    case REVIEW_TAG_FORM:
    case REVIEW_TAG_BUTTON:
    case REVIEW_TAG_SELECT:
    case REVIEW_TAG_INPUT:
    case REVIEW_TAG_DIALOG:
        return REVIEW_EXCL_ALL;

    case REVIEW_TAG_HEADER:
    case REVIEW_TAG_FOOTER:
    case REVIEW_TAG_FIGCAPTION:
    case REVIEW_TAG_CAPTION:
    case REVIEW_TAG_ADDRESS:
    case REVIEW_TAG_TIME:
        return review_node_hint_in(doc, n, REVIEW_LEX_HINT_NEG)
               && !review_node_hint_in(doc, n, REVIEW_LEX_HINT_META)
               ? REVIEW_EXCL_ALL : REVIEW_EXCL_META;

    case REVIEW_TAG_ASIDE:
        return review_node_hint_in(doc, n, REVIEW_LEX_HINT_NEG)
               ? REVIEW_EXCL_ALL : REVIEW_EXCL_META;

    default:
        break;
    }

    /* body classes describe the page ("one-sidebar"), not the node */
    if (n->attr == REVIEW_NONE || n->tag == REVIEW_TAG_BODY
        || n->tag == REVIEW_TAG_HTML)
    {
        return REVIEW_EXCL_NONE;
    }

    role = review_doc_attr(doc, n, REVIEW_ATTR_ROLE);
    if (role && (review_str_eq_ci(role, "navigation")
                 || review_str_eq_ci(role, "complementary")
                 || review_str_eq_ci(role, "banner")
                 || review_str_eq_ci(role, "contentinfo")
                 || review_str_eq_ci(role, "search")))
    {
        return REVIEW_EXCL_ALL;
    }

    /* a whole meta name ("entry-footer") says more than a part of it */
    if (review_node_hint(doc, n, REVIEW_LEX_HINT_META, 0)
        && !review_node_hint(doc, n, REVIEW_LEX_HINT_NEG, 0)
        && n->text_len < REVIEW_META_MAX)
    {
        return REVIEW_EXCL_META;
    }

    if (review_node_hint_in(doc, n, REVIEW_LEX_HINT_NEG)) {
        return REVIEW_EXCL_ALL;
    }

    /*
     * Bylines, dates and fact boxes are small, in bytes and beside the
     * page: a "date-outer" wrapper around a whole post is not one.
     */
    if (n->text_len < REVIEW_META_MAX
        && (doc->body == REVIEW_NONE
            || n->text_len * 4 < doc->nodes[doc->body].text_len)
        && review_node_hint_in(doc, n, REVIEW_LEX_HINT_META)
        && !review_node_hint_in(doc, n, REVIEW_LEX_HINT_POS))
    {
        return REVIEW_EXCL_META;
    }

    return REVIEW_EXCL_NONE;
}


#define REVIEW_TEASER_PROSE  300        /* words: an article, not a list */


static int
review_is_block(review_tag_e tag)
{
    switch (tag) {
    case REVIEW_TAG_P: case REVIEW_TAG_DIV: case REVIEW_TAG_SECTION:
    case REVIEW_TAG_ARTICLE: case REVIEW_TAG_MAIN: case REVIEW_TAG_HEADER:
    case REVIEW_TAG_FOOTER: case REVIEW_TAG_ASIDE: case REVIEW_TAG_H1:
    case REVIEW_TAG_H2: case REVIEW_TAG_H3: case REVIEW_TAG_H4:
    case REVIEW_TAG_H5: case REVIEW_TAG_H6: case REVIEW_TAG_BLOCKQUOTE:
    case REVIEW_TAG_LI: case REVIEW_TAG_DD: case REVIEW_TAG_DT:
    case REVIEW_TAG_UL: case REVIEW_TAG_OL: case REVIEW_TAG_DL:
    case REVIEW_TAG_TABLE: case REVIEW_TAG_TR: case REVIEW_TAG_TD:
    case REVIEW_TAG_TH: case REVIEW_TAG_FIGURE: case REVIEW_TAG_FIGCAPTION:
    case REVIEW_TAG_PRE: case REVIEW_TAG_ADDRESS: case REVIEW_TAG_HR:
    case REVIEW_TAG_DETAILS: case REVIEW_TAG_SUMMARY: case REVIEW_TAG_CENTER:
    case REVIEW_TAG_BODY: case REVIEW_TAG_CAPTION: case REVIEW_TAG_HGROUP:
        return 1;
    default:
        return 0;
    }
}


static review_block_kind_e
review_block_kind(review_tag_e tag)
{
    switch (tag) {
    case REVIEW_TAG_H1: case REVIEW_TAG_H2: case REVIEW_TAG_H3:
    case REVIEW_TAG_H4: case REVIEW_TAG_H5: case REVIEW_TAG_H6:
        return REVIEW_BLOCK_HEADING;
    case REVIEW_TAG_BLOCKQUOTE:
        return REVIEW_BLOCK_QUOTE;
    case REVIEW_TAG_LI: case REVIEW_TAG_DD: case REVIEW_TAG_DT:
        return REVIEW_BLOCK_ITEM;
    default:
        return REVIEW_BLOCK_PARA;
    }
}


/* building blocks of text out of a run of nodes */

#define REVIEW_STACK  64
#define REVIEW_ALT_MAX  64            /* bytes of a rating image's alt */
#define REVIEW_BOX_MAX  64            /* bytes of a rating box in the prose */
#define REVIEW_HEADER_TEXT  200      /* text bytes under a title, above
                                        its article */

typedef struct {
    review_pg_t             *pg;
    review_buf_t             buf;
    review_block_kind_e      kind;
    const char              *cls;
    int                      meta;

    review_span_t           *spans;
    unsigned                 nspans;
    unsigned                 salloc;

    review_block_t          *blocks;
    unsigned                 nblocks;
    unsigned                 balloc;

    uint32_t                 bend[REVIEW_STACK];   /* open blocks */
    review_block_kind_e      bkind[REVIEW_STACK];
    const char              *bcls[REVIEW_STACK];
    unsigned                 nb;

    uint32_t                 iend[REVIEW_STACK];   /* open inline */
    review_span_kind_e       ikind[REVIEW_STACK];
    uint32_t                 istart[REVIEW_STACK];
    review_str_t             ihref[REVIEW_STACK];
    unsigned                 ni;

    unsigned                 space:1;
    unsigned                 last_br:1;
} review_bb_t;


static int
review_bb_flush(review_bb_t *bb)
{
    unsigned         n;
    review_block_t  *b;

    /* trailing blank */
    while (bb->buf.len && bb->buf.data[bb->buf.len - 1] == ' ') {
        bb->buf.len--;
    }

    if (bb->buf.len == 0) {
        bb->nspans = 0;
        return REVIEW_OK;
    }

    if (bb->nblocks == bb->balloc) {
        n = bb->balloc ? bb->balloc * 2 : 32;
        b = review_realloc(bb->pg->arena, bb->blocks,
                           bb->balloc * sizeof(review_block_t),
                           n * sizeof(review_block_t));
        if (b == NULL) {
            return REVIEW_ERROR;
        }

        bb->blocks = b;
        bb->balloc = n;
    }

    b = &bb->blocks[bb->nblocks++];
    memset(b, 0, sizeof(review_block_t));

    b->text.data = review_strndup(bb->pg->arena, bb->buf.data, bb->buf.len);
    b->text.len = bb->buf.len;
    b->kind = bb->meta ? REVIEW_BLOCK_META : bb->kind;
    b->cls = bb->cls;

    if (b->text.data == NULL) {
        return REVIEW_ERROR;
    }

    if (bb->nspans) {
        b->spans = review_alloc(bb->pg->arena,
                                bb->nspans * sizeof(review_span_t));
        if (b->spans == NULL) {
            return REVIEW_ERROR;
        }

        memcpy(b->spans, bb->spans, bb->nspans * sizeof(review_span_t));
        b->nspans = bb->nspans;
    }

    bb->buf.len = 0;
    bb->nspans = 0;
    bb->space = 0;

    /* spans still open carry on at the start of the next block */
    for (n = 0; n < bb->ni; n++) {
        bb->istart[n] = 0;
    }

    return REVIEW_OK;
}


static int
review_bb_span(review_bb_t *bb, unsigned k)
{
    unsigned        n;
    review_span_t  *s;

    if (bb->buf.len <= bb->istart[k]) {
        return REVIEW_OK;
    }

    if (bb->nspans == bb->salloc) {
        n = bb->salloc ? bb->salloc * 2 : 16;
        s = review_realloc(bb->pg->arena, bb->spans,
                           bb->salloc * sizeof(review_span_t),
                           n * sizeof(review_span_t));
        if (s == NULL) {
            return REVIEW_ERROR;
        }

        bb->spans = s;
        bb->salloc = n;
    }

    s = &bb->spans[bb->nspans++];
    s->start = bb->istart[k];
    s->len = (uint32_t) (bb->buf.len - bb->istart[k]);
    s->kind = bb->ikind[k];
    s->href = bb->ihref[k];

    return REVIEW_OK;
}


/* text, with runs of white space as one space */

static int
review_bb_text(review_bb_t *bb, const unsigned char *p, size_t len)
{
    unsigned char        *d;
    const unsigned char  *end;

    if (len == 0) {
        return REVIEW_OK;
    }

    end = p + len;

    if (review_buf_reserve(&bb->buf, len + 1) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    d = bb->buf.data + bb->buf.len;

    while (p < end) {
        if (review_char_is(*p, REVIEW_C_SPACE)
            || (*p == 0xc2 && p + 1 < end && p[1] == 0xa0))
        {
            bb->space = 1;
            p += *p == 0xc2 ? 2 : 1;
            continue;
        }

        if (bb->space && d > bb->buf.data) {
            *d++ = ' ';
        }

        bb->space = 0;

        /* the run of bytes up to the next space or U+00A0 */
        do {
            *d++ = *p++;
        } while (p < end && !review_char_is(*p, REVIEW_C_SPACE)
                 && *p != 0xc2);
    }

    bb->buf.len = d - bb->buf.data;

    bb->last_br = 0;

    return REVIEW_OK;
}


static const char *
review_bb_cls(review_bb_t *bb, const review_node_t *n)
{
    const review_str_t  *c;

    c = review_doc_attr(bb->pg->doc, n, REVIEW_ATTR_CLASS);
    if (c == NULL) {
        c = review_doc_attr(bb->pg->doc, n, REVIEW_ATTR_ID);
    }

    /* attribute values are NUL-terminated copies */
    return c ? (const char *) c->data : NULL;
}


/* whether a class or id holds one of a list of theme words, case aside */

static int
review_cls_has(const unsigned char *cls, size_t len, const char *const *words)
{
    for ( /* void */ ; *words; words++) {
        if (review_find_ci(cls, len, *words)) {
            return 1;
        }
    }

    return 0;
}


/*
 * A rating box drawn with empty star elements says its value only to
 * screen readers and in a tooltip: <div class="star-rating" title="3 out
 * of 5">.  Around the review, that label is its text.
 */

static int
review_bb_label(review_bb_t *bb, const review_node_t *n)
{
    size_t               k;
    const char          *cls;
    const review_str_t  *lbl;

    if (!bb->meta || n->attr == REVIEW_NONE) {
        return REVIEW_OK;
    }

    lbl = review_doc_attr(bb->pg->doc, n, REVIEW_ATTR_ARIA_LABEL);
    if (lbl == NULL) {
        lbl = review_doc_attr(bb->pg->doc, n, REVIEW_ATTR_TITLE);
    }

    if (lbl == NULL || lbl->len == 0 || lbl->len > 64) {
        return REVIEW_OK;
    }

    cls = review_bb_cls(bb, n);

    if (cls == NULL
        || !review_cls_has((const unsigned char *) cls, strlen(cls),
                           review_hint_rating_label))
    {
        return REVIEW_OK;
    }

    for (k = 0; k < lbl->len; k++) {
        if (lbl->data[k] >= '0' && lbl->data[k] <= '9') {
            bb->space = 1;
            if (review_bb_text(bb, lbl->data, lbl->len) != REVIEW_OK) {
                return REVIEW_ERROR;
            }

            bb->space = 1;
            break;
        }
    }

    return REVIEW_OK;
}


/*
 * Stars drawn by an image say their value in its alt text: <img alt="4
 * stars (out of 5)">.  Around the review, an alt with a number and a
 * rating word is its text; other images say nothing.
 */

static int
review_bb_alt(review_bb_t *bb, const review_node_t *n)
{
    size_t               k, w;
    unsigned             digit, cue;
    const review_str_t  *alt;

    if (!bb->meta || n->attr == REVIEW_NONE) {
        return REVIEW_OK;
    }

    alt = review_doc_attr(bb->pg->doc, n, REVIEW_ATTR_ALT);

    if (alt == NULL || alt->len == 0 || alt->len > REVIEW_ALT_MAX) {
        return REVIEW_OK;
    }

    digit = 0;
    cue = 0;

    for (k = 0; k < alt->len; k = w + 1) {
        for (w = k; w < alt->len && review_isalnum(alt->data[w]); w++) {
            digit |= alt->data[w] >= '0' && alt->data[w] <= '9';
        }

        if (w > k && (review_lex(alt->data + k, w - k)
                      & REVIEW_LEX_RATING_CUE))
        {
            cue = 1;
        }
    }

    if (!digit || !cue) {
        return REVIEW_OK;
    }

    bb->space = 1;
    if (review_bb_text(bb, alt->data, alt->len) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    bb->space = 1;

    return REVIEW_OK;
}


/*
 * A rating box by its class or id ("star-rating", "review-score"), and
 * not one of others' scores: no class in it or around it (up to the
 * article) that says readers, votes or an aggregate
 */

static int
review_rating_box(review_pg_t *pg, uint32_t i, uint32_t top)
{
    uint32_t              k;
    const review_str_t   *a;
    const review_doc_t   *doc;
    const review_node_t  *n;

    doc = pg->doc;
    n = &doc->nodes[i];

    a = review_doc_attr(doc, n, REVIEW_ATTR_CLASS);
    if (a == NULL || !review_cls_has(a->data, a->len, review_hint_rating)) {
        a = review_doc_attr(doc, n, REVIEW_ATTR_ID);

        if (a == NULL
            || !review_cls_has(a->data, a->len, review_hint_rating))
        {
            return 0;
        }
    }

    for (k = i; k < pg->end[i]; k++) {
        n = &doc->nodes[k];
        a = n->tag != REVIEW_TAG_TEXT && n->attr != REVIEW_NONE
            ? review_doc_attr(doc, n, REVIEW_ATTR_CLASS) : NULL;

        if (a && review_cls_has(a->data, a->len, review_hint_rating_theirs)) {
            return 0;
        }
    }

    for (k = doc->nodes[i].parent; k != REVIEW_NONE && k > top;
         k = doc->nodes[k].parent)
    {
        n = &doc->nodes[k];
        a = n->attr != REVIEW_NONE
            ? review_doc_attr(doc, n, REVIEW_ATTR_CLASS) : NULL;

        if (a && review_cls_has(a->data, a->len, review_hint_rating_theirs)) {
            return 0;
        }
    }

    return 1;
}


/* is one of the words a whole class name of cls? */

static int
review_cls_word(const unsigned char *cls, size_t len,
    const char *const *words)
{
    review_str_t  s;

    s.data = (unsigned char *) cls;
    s.len = len;

    for ( /* void */ ; *words; words++) {
        if (review_str_word_in(&s, *words)) {
            return 1;
        }
    }

    return 0;
}


/*
 * A star drawn by an empty icon element (<i class="fas fa-star"></i>,
 * "fa-star-half-alt", "far fa-star") is read as the star character it
 * draws, so that a row of them is read as "★★★★☆" is.
 */

static int
review_bb_icon(review_bb_t *bb, const review_node_t *n)
{
    size_t               len;
    const review_str_t  *cls;

    static const unsigned char  full[] = "\xe2\x98\x85";     /* U+2605 */
    static const unsigned char  empty[] = "\xe2\x98\x86";    /* U+2606 */
    static const unsigned char  half[] = "\xe2\xaf\xaa";     /* U+2BEA */

    if (n->attr == REVIEW_NONE || n->text_len != 0) {
        return REVIEW_OK;
    }

    cls = review_doc_attr(bb->pg->doc, n, REVIEW_ATTR_CLASS);

    if (cls == NULL || cls->len == 0 || cls->len > 128) {
        return REVIEW_OK;
    }

    len = cls->len;

    if (review_cls_has(cls->data, len, review_hint_star_half)) {
        return review_bb_text(bb, half, 3);
    }

    if (review_cls_word(cls->data, len, review_hint_star_empty)) {
        return review_bb_text(bb, empty, 3);
    }

    if (review_cls_word(cls->data, len, review_hint_star_full)) {
        return review_bb_text(bb,
                              review_cls_word(cls->data, len,
                                              review_hint_star_outline)
                              ? empty : full, 3);
    }

    return REVIEW_OK;
}


/*
 * The blocks of nodes [from, to), leaving out [skip, skip_end) and what
 * is excluded beyond "allow".
 */

static int
review_blocks(review_pg_t *pg, uint32_t from, uint32_t to, uint32_t skip,
    uint32_t skip_end, unsigned allow, review_bb_t *bb)
{
    uint32_t              i;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *href;

    doc = pg->doc;

    for (i = from; i < to; /* void */) {

        while (bb->ni && bb->iend[bb->ni - 1] <= i) {
            bb->ni--;
            if (review_bb_span(bb, bb->ni) != REVIEW_OK) {
                return REVIEW_ERROR;
            }
        }

        while (bb->nb && bb->bend[bb->nb - 1] <= i) {
            if (review_bb_flush(bb) != REVIEW_OK) {
                return REVIEW_ERROR;
            }

            bb->nb--;
            bb->kind = bb->nb ? bb->bkind[bb->nb - 1] : REVIEW_BLOCK_PARA;
            bb->cls = bb->nb ? bb->bcls[bb->nb - 1] : NULL;
        }

        if (i >= skip && i < skip_end) {
            i = skip_end;
            continue;
        }

        n = &doc->nodes[i];

        if (pg->excl[i] > allow) {
            i = pg->end[i];
            continue;
        }

        if (n->tag == REVIEW_TAG_TEXT) {
            if (review_bb_text(bb, doc->text.data + n->text, n->text_len)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            i++;
            continue;
        }

        if (n->tag == REVIEW_TAG_BR) {
            /* two in a row end a paragraph */
            if (bb->last_br) {
                if (review_bb_flush(bb) != REVIEW_OK) {
                    return REVIEW_ERROR;
                }

            } else {
                bb->space = 1;
            }

            bb->last_br = 1;
            i = pg->end[i];
            continue;
        }

        if (n->tag == REVIEW_TAG_IMG || n->tag == REVIEW_TAG_PICTURE
            || n->tag == REVIEW_TAG_VIDEO || n->tag == REVIEW_TAG_AUDIO)
        {
            if (n->tag == REVIEW_TAG_IMG && review_bb_alt(bb, n) != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            i = pg->end[i];
            continue;
        }

        if (review_is_block(n->tag)) {
            if (review_bb_flush(bb) != REVIEW_OK) {
                return REVIEW_ERROR;
            }

            if (bb->nb < REVIEW_STACK) {
                bb->bend[bb->nb] = pg->end[i];
                bb->bkind[bb->nb] = review_block_kind(n->tag);
                bb->bcls[bb->nb] = n->attr != REVIEW_NONE
                                   ? review_bb_cls(bb, n)
                                   : (bb->nb ? bb->bcls[bb->nb - 1] : NULL);
                bb->kind = bb->bkind[bb->nb];
                bb->cls = bb->bcls[bb->nb];
                bb->nb++;
            }

            bb->last_br = 0;

            if (review_bb_label(bb, n) != REVIEW_OK) {
                return REVIEW_ERROR;
            }

            i++;
            continue;
        }

        if (review_bb_label(bb, n) != REVIEW_OK
            || review_bb_icon(bb, n) != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }

        if ((n->tag == REVIEW_TAG_EM || n->tag == REVIEW_TAG_I
             || n->tag == REVIEW_TAG_CITE || n->tag == REVIEW_TAG_STRONG
             || n->tag == REVIEW_TAG_B || n->tag == REVIEW_TAG_A)
            && bb->ni < REVIEW_STACK)
        {
            bb->iend[bb->ni] = pg->end[i];
            bb->ikind[bb->ni] = n->tag == REVIEW_TAG_A ? REVIEW_SPAN_LINK
                                : (n->tag == REVIEW_TAG_STRONG
                                   || n->tag == REVIEW_TAG_B)
                                ? REVIEW_SPAN_STRONG : REVIEW_SPAN_EM;
            bb->istart[bb->ni] = (uint32_t) bb->buf.len
                                 + (bb->space && bb->buf.len ? 1 : 0);
            bb->ihref[bb->ni].len = 0;
            bb->ihref[bb->ni].data = NULL;

            if (n->tag == REVIEW_TAG_A) {
                href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);
                if (href) {
                    bb->ihref[bb->ni] = *href;
                }
            }

            bb->ni++;
        }

        i++;
    }

    while (bb->ni) {
        bb->ni--;
        if (review_bb_span(bb, bb->ni) != REVIEW_OK) {
            return REVIEW_ERROR;
        }
    }

    bb->nb = 0;

    return review_bb_flush(bb);
}


static double
review_tag_weight(review_tag_e tag)
{
    switch (tag) {
    case REVIEW_TAG_DIV: case REVIEW_TAG_ARTICLE: case REVIEW_TAG_MAIN:
    case REVIEW_TAG_SECTION:
        return 5;
    case REVIEW_TAG_PRE: case REVIEW_TAG_TD: case REVIEW_TAG_BLOCKQUOTE:
        return 3;
    case REVIEW_TAG_ADDRESS: case REVIEW_TAG_OL: case REVIEW_TAG_UL:
    case REVIEW_TAG_DL: case REVIEW_TAG_DD: case REVIEW_TAG_DT:
    case REVIEW_TAG_LI: case REVIEW_TAG_FORM:
        return -3;
    case REVIEW_TAG_H1: case REVIEW_TAG_H2: case REVIEW_TAG_H3:
    case REVIEW_TAG_H4: case REVIEW_TAG_H5: case REVIEW_TAG_H6:
    case REVIEW_TAG_TH:
        return -5;
    default:
        return 0;
    }
}


static double
review_class_weight(const review_doc_t *doc, const review_node_t *n)
{
    double  w;

    if (n->attr == REVIEW_NONE) {
        return 0;
    }

    w = 0;

    if (review_node_hint_in(doc, n, REVIEW_LEX_HINT_POS)) {
        w += 25;
    }

    if (review_node_hint_in(doc, n, REVIEW_LEX_HINT_NEG)) {
        w -= 25;
    }

    return w;
}


/*
 * A post's title outside its article, a line or two under it before the
 * article starts: "D: Jane Roe", "2013 | 90 mins."  Short, in the
 * title's parent; each element a line of its own (themes set their spans
 * on lines of their own by style).
 */

static int
review_header_blocks(review_pg_t *pg, uint32_t title, review_bb_t *bb)
{
    int                   pass;
    uint32_t              i, parent, text;
    const review_doc_t   *doc;

    doc = pg->doc;

    if (title == REVIEW_NONE || title >= pg->scope
        || pg->end[title] >= pg->scope)
    {
        return REVIEW_OK;
    }

    parent = doc->nodes[title].parent;

    if (parent == REVIEW_NONE || parent == 0 || pg->end[parent] <= pg->scope
        || doc->nodes[parent].tag == REVIEW_TAG_BODY)
    {
        return REVIEW_OK;
    }

    /* measure, then take: subtrees wholly before the article, the ones
       around it opened */
    for (pass = 0; pass < 2; pass++) {
        text = 0;

        for (i = pg->end[title]; i < pg->scope; /* void */) {
            if (pg->end[i] > pg->scope) {
                i++;
                continue;
            }

            text += doc->nodes[i].text_len;

            if (pass == 1
                && review_blocks(pg, i, pg->end[i], 0, 0, REVIEW_EXCL_META,
                                 bb)
                   != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            i = pg->end[i] > i ? pg->end[i] : i + 1;
        }

        if (text == 0 || text > REVIEW_HEADER_TEXT) {
            return REVIEW_OK;
        }
    }

    return REVIEW_OK;
}


/* the article around the content: for its title, byline, rating box */

static uint32_t
review_scope_of(review_pg_t *pg, uint32_t c)
{
    uint32_t              n, k;
    const review_doc_t   *doc;

    doc = pg->doc;

    /*
     * the nearest article or main; the content a <main> of its own
     * inside an <article> beside its rating image: the article
     */
    for (n = c, k = 0; n != REVIEW_NONE && n != 0 && k < 256;
         n = doc->nodes[n].parent, k++)
    {
        if (doc->nodes[n].tag == REVIEW_TAG_ARTICLE
            || (doc->nodes[n].tag == REVIEW_TAG_MAIN && n != c))
        {
            return n;
        }
    }

    if (doc->nodes[c].tag == REVIEW_TAG_MAIN) {
        return c;
    }

    /* div soup: the content's parent holds its header */
    n = doc->nodes[c].parent;

    return n != REVIEW_NONE && n != 0 && doc->nodes[n].tag != REVIEW_TAG_HTML
           ? n : c;
}


static uint32_t
review_title_node(review_pg_t *pg)
{
    uint32_t              i, first, before;
    const review_doc_t   *doc;
    const review_node_t  *n;

    doc = pg->doc;

    if (pg->conf->title_selector) {
        i = review_selector_match(pg->conf->title_selector, doc);
        if (i != REVIEW_NONE) {
            return i;
        }
    }

    first = REVIEW_NONE;
    before = REVIEW_NONE;

    for (i = 1; i < doc->nnodes; i++) {
        n = &doc->nodes[i];

        if (n->tag != REVIEW_TAG_H1
            || (n->flags & (REVIEW_NODE_HIDDEN | REVIEW_NODE_UNSAFE))
            || n->text_len == 0 || pg->excl[i] == REVIEW_EXCL_ALL)
        {
            continue;
        }

        /* inside the article's scope: that is the one */
        if (i > pg->scope && i < pg->end[pg->scope]) {
            return i;
        }

        if (first == REVIEW_NONE) {
            first = i;
        }

        if (pg->page->content != REVIEW_NONE && i < pg->page->content) {
            before = i;
        }
    }

    return before != REVIEW_NONE ? before : first;
}


/*
 * One paragraph per wrapper ("<div class=text-block><p>") makes each
 * wrapper score like one paragraph, and the best of them wins with a
 * fraction of the text.  As Readability does: when three candidates that
 * score nearly as well share an ancestor close above the best, the
 * article is that ancestor.
 */

#define REVIEW_CANDIDATES  16

static uint32_t
review_content_climb(review_pg_t *pg, const double *scores, uint32_t top,
    double best)
{
    double                sc;
    uint32_t              i, k, nc, a, c, level, cand[REVIEW_CANDIDATES];
    const review_doc_t   *doc;
    const review_node_t  *n;

    doc = pg->doc;
    nc = 0;

    for (i = 1; i < doc->nnodes && nc < REVIEW_CANDIDATES; i++) {
        if (i == top || scores[i] == 0) {
            continue;
        }

        n = &doc->nodes[i];
        sc = scores[i] * (1 - (n->text_len ? (double) n->link_len
                                             / n->text_len : 0));

        if (sc >= best * 0.75) {
            cand[nc++] = i;
        }
    }

    /*
     * An only child's parent holds the same text and is where its
     * siblings are; siblings that score well are more of the article.
     */
    for ( ;; ) {
        a = doc->nodes[top].parent;

        if (a == REVIEW_NONE || a == 0 || pg->excl[a] != REVIEW_EXCL_NONE
            || doc->nodes[a].tag == REVIEW_TAG_BODY)
        {
            break;
        }

        for (c = doc->nodes[a].first, k = 0; c != REVIEW_NONE;
             c = doc->nodes[c].next)
        {
            k += doc->nodes[c].tag != REVIEW_TAG_TEXT;
        }

        if (k == 1) {
            top = a;
            continue;
        }

        for (c = doc->nodes[a].first, k = 0; c != REVIEW_NONE;
             c = doc->nodes[c].next)
        {
            k += c != top && scores[c] >= 6 && scores[c] >= best * 0.4;
        }

        if (k) {
            top = a;
        }

        break;
    }

    if (nc < 2) {
        return top;
    }

    for (a = doc->nodes[top].parent, level = 0;
         a != REVIEW_NONE && a != 0 && level < 4;
         a = doc->nodes[a].parent, level++)
    {
        if (pg->excl[a] != REVIEW_EXCL_NONE
            || doc->nodes[a].tag == REVIEW_TAG_BODY)
        {
            break;
        }

        for (i = 0, k = 0; i < nc; i++) {
            k += cand[i] > a && cand[i] < pg->end[a];
        }

        if (k >= 2) {
            return a;
        }
    }

    return top;
}


int
review_content_find(review_pg_t *pg)
{
    double                score, *scores, best, ld, level_div;
    uint8_t              *blocky;
    uint32_t              i, p, level, nn, top, len, k, nmeta, *commas;
    unsigned              self;
    review_bb_t           bb;
    review_page_t        *page;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const unsigned char  *t, *e;

    doc = pg->doc;
    page = pg->page;
    nn = doc->nnodes;

    pg->end = review_alloc(pg->arena, nn * sizeof(uint32_t));
    pg->excl = review_alloc(pg->arena, nn);
    scores = review_calloc(pg->arena, nn * sizeof(double));

    if (pg->end == NULL || pg->excl == NULL || scores == NULL) {
        return REVIEW_ERROR;
    }

    /* subtree ends, children before parents */
    for (i = nn; i-- > 0; /* void */) {
        n = &doc->nodes[i];
        pg->end[i] = n->last == REVIEW_NONE ? i + 1 : pg->end[n->last];
    }

    /* exclusion, parents before children */
    pg->excl[0] = REVIEW_EXCL_NONE;

    for (i = 1; i < nn; i++) {
        n = &doc->nodes[i];
        pg->excl[i] = pg->excl[n->parent];

        if (n->tag != REVIEW_TAG_TEXT && pg->excl[i] != REVIEW_EXCL_ALL) {
            self = review_self_excl(doc, n);

            /*
             * Inside an article's meta area ("post-footer") the pieces
             * ("post-footer-line") are its lines, not the site's footer:
             * only a whole negative name or hiding leaves them out.
             */
            if (self == REVIEW_EXCL_ALL && pg->excl[i] == REVIEW_EXCL_META
                && !(n->flags & (REVIEW_NODE_HIDDEN | REVIEW_NODE_UNSAFE))
                && n->tag != REVIEW_TAG_NAV && n->tag != REVIEW_TAG_FORM
                && !review_node_hint(doc, n, REVIEW_LEX_HINT_NEG, 0))
            {
                self = REVIEW_EXCL_META;
            }

            if (self > pg->excl[i]) {
                pg->excl[i] = (uint8_t) self;
            }
        }
    }

    if (pg->conf->content_selector) {
        top = review_selector_match(pg->conf->content_selector, doc);
        if (top != REVIEW_NONE) {
            page->signals.selector = 1;
            goto found;
        }
    }

    /*
     * A div that holds no block is a paragraph too (Readability turns
     * them into <p>): "<div><font>text</font></div>" sites.
     */
    blocky = review_calloc(pg->arena, nn);
    if (blocky == NULL) {
        return REVIEW_ERROR;
    }

    /*
     * and the commas of every subtree, children before parents: each
     * text byte is counted once, however deep the elements nest
     */
    commas = review_calloc(pg->arena, nn * sizeof(uint32_t));
    if (commas == NULL) {
        return REVIEW_ERROR;
    }

    for (i = nn; i-- > 1; /* void */) {
        n = &doc->nodes[i];

        if (n->tag == REVIEW_TAG_TEXT) {
            t = doc->text.data + n->text;
            e = t + n->text_len;

            /* commas are rare in a text: memchr steps over the rest */
            while ((t = memchr(t, ',', e - t)) != NULL) {
                commas[i]++;
                t++;
            }
        }

        if (n->parent != REVIEW_NONE) {
            commas[n->parent] += commas[i];

            if (blocky[i] || (n->tag != REVIEW_TAG_TEXT
                              && review_is_block(n->tag)))
            {
                blocky[n->parent] = 1;
            }
        }
    }

    /* paragraphs and bare text runs score for their ancestors */
    for (i = 1; i < nn; i++) {
        n = &doc->nodes[i];

        if (pg->excl[i] != REVIEW_EXCL_NONE) {
            continue;
        }

        if (n->tag == REVIEW_TAG_P || n->tag == REVIEW_TAG_PRE
            || n->tag == REVIEW_TAG_TD || n->tag == REVIEW_TAG_BLOCKQUOTE
            || (n->tag == REVIEW_TAG_DIV && !blocky[i]))
        {
            /* counted as a whole; its text nodes below are not */

        } else if (n->tag == REVIEW_TAG_TEXT) {
            p = n->parent;

            if (doc->nodes[p].tag == REVIEW_TAG_P
                || (doc->nodes[p].tag == REVIEW_TAG_DIV && !blocky[p])
                || doc->nodes[p].flags & REVIEW_NODE_INLINE)
            {
                continue;
            }

        } else {
            continue;
        }

        len = n->text_len;
        if (len < 25) {
            continue;
        }

score = 1 + commas[i] + (len / 100 > 3 ? 3 : len / 100);

        for (p = n->parent, level = 0; p != REVIEW_NONE && p != 0 && level < 3;
             p = doc->nodes[p].parent, level++)
        {
            if (pg->excl[p] != REVIEW_EXCL_NONE) {
                break;
            }

            if (scores[p] == 0) {
                scores[p] = review_tag_weight(doc->nodes[p].tag)
                            + review_class_weight(doc, &doc->nodes[p])
                            + 1e-9;
            }

            level_div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores[p] += score / level_div;
        }
    }

    top = REVIEW_NONE;
    best = 0;

    for (i = 1; i < nn; i++) {
        if (scores[i] == 0) {
            continue;
        }

        n = &doc->nodes[i];
        ld = n->text_len ? (double) n->link_len / n->text_len : 0;
        score = scores[i] * (1 - ld);

        if (top == REVIEW_NONE || score > best) {
            top = i;
            best = score;
        }
    }

    if (top != REVIEW_NONE) {
        top = review_content_climb(pg, scores, top, best);
    }

    if (top == REVIEW_NONE) {
        top = doc->body;
    }

    if (top == REVIEW_NONE) {
        return REVIEW_OK;
    }

found:

    page->content = top;
    pg->scope = review_scope_of(pg, top);
    page->title = review_title_node(pg);

    n = &doc->nodes[top];
    page->signals.link_density = n->text_len
                                 ? (unsigned) (n->link_len * 100
                                               / n->text_len)
                                 : 0;

    /* the review's prose */
    memset(&bb, 0, sizeof(bb));
    bb.pg = pg;
    review_buf_init(&bb.buf, pg->arena);

    if (review_blocks(pg, top + 1, pg->end[top], 0, 0,
                      page->signals.selector ? REVIEW_EXCL_META
                                             : REVIEW_EXCL_NONE, &bb)
        != REVIEW_OK)
    {
        return REVIEW_ERROR;
    }

    page->text.blocks = bb.blocks;
    page->text.nblocks = bb.nblocks;

    for (k = 0; k < bb.nblocks; k++) {
        if (bb.blocks[k].kind == REVIEW_BLOCK_HEADING) {
            page->signals.headings++;
            continue;
        }

        /* a line of stars of its own: one more rated thing on the page */
        if (bb.blocks[k].text.len <= 30
            && review_memmem(bb.blocks[k].text.data, bb.blocks[k].text.len,
                             "\xe2\x98\x85", 3))
        {
            page->signals.star_lines++;
        }

        page->signals.prose_blocks++;

        page->signals.prose_words += review_str_count(bb.blocks[k].text.data,
                                                      bb.blocks[k].text.len,
                                                      ' ')
                                     + 1;
    }

    /* the facts around it: the article's header, rating box, credits */
    memset(&bb, 0, sizeof(bb));
    bb.pg = pg;
    bb.meta = 1;
    review_buf_init(&bb.buf, pg->arena);

    /* the post's title above the article: the lines between, first */
    if (review_header_blocks(pg, page->title, &bb) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    if (pg->scope != top
        && review_blocks(pg, pg->scope + 1, pg->end[pg->scope], top,
                         pg->end[top], REVIEW_EXCL_META, &bb)
           != REVIEW_OK)
    {
        return REVIEW_ERROR;
    }

    nmeta = bb.nblocks;

    /*
     * A small rating box inside the article (<div class="stars"> of star
     * icons, "Rating: 4/5") is left out of the prose; it is read with
     * the facts around it, after them.  Not counted in the signals below:
     * those are the boxes around the article.
     */
    for (i = top + 1; i < pg->end[top]; /* void */) {
        n = &doc->nodes[i];

        if (n->tag != REVIEW_TAG_TEXT && n->attr != REVIEW_NONE
            && pg->excl[i] == REVIEW_EXCL_META
            && pg->excl[n->parent] != REVIEW_EXCL_META
            && n->text_len <= REVIEW_BOX_MAX
            && review_rating_box(pg, i, top))
        {
            if (review_blocks(pg, i, pg->end[i], 0, 0, REVIEW_EXCL_META,
                              &bb)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }

            i = pg->end[i] > i ? pg->end[i] : i + 1;
            continue;
        }

        i++;
    }

    page->text.meta = bb.blocks;
    page->text.nmeta = bb.nblocks;

    for (k = 0; k < nmeta; k++) {
        if (bb.blocks[k].cls
            && review_cls_has((const unsigned char *) bb.blocks[k].cls,
                              strlen(bb.blocks[k].cls), review_hint_rating))
        {
            page->signals.ratings++;
            page->signals.rating_box = 1;
        }
    }

    /* rating lines inside the content: one per reviewed thing */
    for (i = top + 1; i < pg->end[top]; i++) {
        const review_str_t  *cls;

        n = &doc->nodes[i];

        if (n->tag == REVIEW_TAG_TEXT || n->text_len == 0
            || n->text_len > 40 || pg->excl[i] != REVIEW_EXCL_META
            || pg->excl[n->parent] == REVIEW_EXCL_META)
        {
            continue;
        }

        cls = review_doc_attr(doc, n, REVIEW_ATTR_CLASS);

        if (cls && review_cls_has(cls->data, cls->len, review_hint_rating)) {
            page->signals.star_lines++;
        }
    }

    /*
     * Headed link lists: home and category pages.  Those after a long
     * article, outside its content, are its "related posts".
     */
    for (i = pg->scope + 1; i < pg->end[pg->scope]; i++) {
        n = &doc->nodes[i];

        if ((n->tag == REVIEW_TAG_H2 || n->tag == REVIEW_TAG_H3)
            && n->text_len && n->link_len * 10 >= n->text_len * 8
            && ((i > top && i < pg->end[top])
                || page->signals.prose_words < REVIEW_TEASER_PROSE))
        {
            page->signals.teasers++;
        }
    }

    return REVIEW_OK;
}

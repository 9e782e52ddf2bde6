
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include <libxml/parser.h>

#include "review.h"
#include "review_charset.h"
#include "review_doc.h"
#include "review_lexicon.h"
#include "review_gen.h"
#include "review_page.h"
#include "review_splice.h"
#include "review_str.h"
#include "review_text.h"


#define REVIEW_CAPSULE_CONFIDENCE  90


struct review_s {
    review_arena_t          *arena;
    const review_conf_t     *conf;
    review_input_t           input;

    review_charset_t         cs;
    review_doc_builder_t    *builder;
    review_doc_t            *doc;
    review_buf_t             head;        /* bytes before the charset is
                                             known */
    review_buf_t             utf8;        /* one decoded chunk */

    review_facts_t           facts;
    review_page_t            page;

    review_insert_t         *inserts;
    size_t                   ninserts;

    review_status_e          status;
    size_t                   peak;
    size_t                   fed;         /* bytes of the page so far */
    review_hold_t            hold;        /* sent as it comes: where an
                                             insert may still land */

    unsigned                 decided:1;
    unsigned                 done:1;
};


/* the one vocabulary of $review_status, in review_status_e order */

static const char  *review_status_names[REVIEW_STATUS_N] = {
    NULL,
    "injected",

    "skipped:off",
    "skipped:status",
    "skipped:method",
    "skipped:type",
    "skipped:encoding",
    "skipped:too-large",
    "skipped:empty",
    "skipped:head",

    "skipped:charset",
    "skipped:not-html",
    "skipped:limit-nodes",
    "skipped:limit-text",
    "skipped:limit-sentences",
    "skipped:limit-memory",
    "skipped:limit-size",
    "skipped:not-review",
    "skipped:news",
    "skipped:interview",
    "skipped:list",
    "skipped:index",
    "skipped:multi",
    "skipped:not-film",
    "skipped:unsure-work",
    "skipped:self-review",
    "skipped:no-author",
    "skipped:low-confidence",
    "skipped:too-short",
    "skipped:has-review",
    "skipped:no-head",
    "skipped:no-title",
    "skipped:no-content",
    "skipped:no-marker",
    "skipped:nothing",
    "skipped:no-body-end",

    "skipped:streamed",
    "skipped:cut",
    "skipped:error"
};


const char *
review_status_name(review_status_e status)
{
    if (status <= REVIEW_STATUS_NONE || status >= REVIEW_STATUS_N) {
        status = REVIEW_STATUS_ERROR;
    }

    return review_status_names[status];
}


review_status_e
review_status_lookup(const unsigned char *name, size_t len)
{
    size_t  i;

    for (i = REVIEW_STATUS_NONE + 1; i < REVIEW_STATUS_N; i++) {
        if (strlen(review_status_names[i]) == len
            && memcmp(review_status_names[i], name, len) == 0)
        {
            return (review_status_e) i;
        }
    }

    return REVIEW_STATUS_ERROR;
}


void
review_global_init(void)
{
    xmlInitParser();
    review_lexicon_init();
}


void
review_global_done(void)
{
    review_arena_release();
}


void
review_conf_init(review_conf_t *conf)
{
    memset(conf, 0, sizeof(review_conf_t));

    conf->jsonld = REVIEW_DEFAULT_JSONLD;
    conf->card = REVIEW_DEFAULT_CARD;
    conf->card_style = REVIEW_DEFAULT_CARD_STYLE;
    conf->social_meta = REVIEW_DEFAULT_SOCIAL_META;
    conf->force = REVIEW_DEFAULT_FORCE;
    conf->card_position = REVIEW_DEFAULT_CARD_POSITION;
    conf->body_mode = REVIEW_DEFAULT_BODY_MODE;
    conf->existing = REVIEW_DEFAULT_EXISTING;
    conf->min_confidence = REVIEW_DEFAULT_MIN_CONFIDENCE;
    conf->min_words = REVIEW_DEFAULT_MIN_WORDS;
    conf->max_nodes = REVIEW_DEFAULT_MAX_NODES;
    conf->max_text = REVIEW_DEFAULT_MAX_TEXT;
    conf->max_sentences = REVIEW_DEFAULT_MAX_SENTENCES;
    conf->max_memory = REVIEW_DEFAULT_MAX_MEMORY;
}


static int
review_copy_str(review_arena_t *a, review_str_t *dst, const review_str_t *src)
{
    dst->len = src->len;
    dst->data = review_strndup(a, src->data ? src->data
                               : (const unsigned char *) "", src->len);

    return dst->data ? REVIEW_OK : REVIEW_ERROR;
}


review_t *
review_create(const review_conf_t *conf, const review_input_t *input)
{
    review_t        *rv;
    review_arena_t  *a;

    a = review_arena_create(conf->max_memory);
    if (a == NULL) {
        return NULL;
    }

    rv = review_calloc(a, sizeof(review_t));
    if (rv == NULL) {
        review_arena_destroy(a);
        return NULL;
    }

    rv->arena = a;
    rv->conf = conf;
    rv->input.xhtml = input->xhtml;

    if (review_copy_str(a, &rv->input.url, &input->url) != REVIEW_OK
        || review_copy_str(a, &rv->input.charset, &input->charset)
           != REVIEW_OK
        || review_copy_str(a, &rv->input.language, &input->language)
           != REVIEW_OK)
    {
        review_arena_destroy(a);
        return NULL;
    }

    review_buf_init(&rv->head, a);
    review_buf_init(&rv->utf8, a);
    review_hold_init(&rv->hold, a);

    rv->status = REVIEW_STATUS_NOTHING;

    return rv;
}


static int
review_fail(review_t *rv, int rc, review_status_e reason)
{
    rv->done = 1;
    rv->status = reason;

    if (rv->builder) {
        review_doc_builder_destroy(rv->builder);
        rv->builder = NULL;
    }

    review_charset_close(&rv->cs);

    return rc;
}


/* a limit hit, or REVIEW_STATUS_NONE: out of memory, or over max_memory */

static int
review_fail_limit(review_t *rv, review_status_e limit)
{
    if (limit == REVIEW_STATUS_NONE) {
        return review_arena_over_limit(rv->arena)
               ? review_fail(rv, REVIEW_ERROR, REVIEW_STATUS_LIMIT_MEMORY)
               : review_fail(rv, REVIEW_ERROR, REVIEW_STATUS_ERROR);
    }

    return review_fail(rv, REVIEW_LIMIT, limit);
}


/* decodes and parses one piece of the page */

static int
review_parse(review_t *rv, const unsigned char *p, size_t len, int last)
{
    int           rc;
    review_str_t  utf8;

    if (review_charset_decode(&rv->cs, p, len, last, &rv->utf8, &utf8)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    if (rv->conf->jsonld_at_end
        && review_hold_scan(&rv->hold, utf8.data, utf8.len) != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    rc = review_doc_builder_feed(rv->builder, utf8.data, utf8.len, last);

    if (review_arena_used(rv->arena) > rv->peak) {
        rv->peak = review_arena_used(rv->arena);
    }

    if (rc != REVIEW_OK) {
        return review_fail_limit(rv, rv->doc->limit);
    }

    return REVIEW_OK;
}


/*
 * The charset is decided on the first kilobyte: from p itself when it
 * holds that much, else from "head", which keeps the first bytes of
 * several small feeds.  Nothing beyond the kilobyte is copied.
 */

static int
review_decide_charset(review_t *rv, const unsigned char *p, size_t len,
    int final)
{
    int                    rc;
    size_t                 bom, took;
    review_charset_kind_e  kind;

    took = 0;

    if (rv->head.len == 0 && len >= REVIEW_PRESCAN_SIZE) {
        kind = review_charset_detect(&rv->cs, rv->arena, p, len, final,
                                     &rv->input.charset, &bom);

    } else {
        took = REVIEW_PRESCAN_SIZE - rv->head.len;
        if (took > len) {
            took = len;
        }

        if (review_buf_add(&rv->head, p, took) != REVIEW_OK) {
            return review_fail_limit(rv, REVIEW_STATUS_NONE);
        }

        kind = review_charset_detect(&rv->cs, rv->arena, rv->head.data,
                                     rv->head.len, final,
                                     &rv->input.charset, &bom);
    }

    if (kind == REVIEW_CHARSET_UNKNOWN) {
        return REVIEW_DECLINED;
    }

    rv->decided = 1;

    if (kind == REVIEW_CHARSET_UNSUPPORTED) {
        return review_fail(rv, REVIEW_DECLINED, REVIEW_STATUS_CHARSET);
    }

    rv->builder = review_doc_builder_create(rv->arena, rv->conf->max_nodes,
                                            rv->conf->max_text);
    if (rv->builder == NULL) {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    rv->doc = review_doc_builder_doc(rv->builder);

    if (rv->head.len == 0) {
        return review_parse(rv, p + bom, len - bom, 0);
    }

    rc = review_parse(rv, rv->head.data + bom, rv->head.len - bom, 0);
    if (rc != REVIEW_OK) {
        return rc;
    }

    return review_parse(rv, p + took, len - took, 0);
}


int
review_feed(review_t *rv, const unsigned char *data, size_t len)
{
    int  rc;

    if (rv->done) {
        return rv->status == REVIEW_STATUS_INJECTED ? REVIEW_OK
                                                    : REVIEW_DECLINED;
    }

    rv->fed += len;

    if (rv->decided) {
        return review_parse(rv, data, len, 0);
    }

    rc = review_decide_charset(rv, data, len, 0);

    return rc == REVIEW_DECLINED && !rv->done ? REVIEW_OK : rc;
}


static int
review_understand(review_t *rv)
{
    int                   rc, rated;
    review_facts_t       *f;
    const review_conf_t  *conf;

    f = &rv->facts;
    conf = rv->conf;
    f->xhtml = rv->input.xhtml;

    if (review_page_analyze(rv->arena, rv->doc, conf, &rv->input, f,
                            &rv->page)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    rc = review_text_analyze(rv->arena, &rv->page.text, f);

    if (rc == REVIEW_LIMIT) {
        return review_fail_limit(rv, REVIEW_STATUS_LIMIT_SENTENCES);
    }

    if (rc != REVIEW_OK) {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    if (review_classify(rv->arena, rv->doc, &rv->page, conf, f)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    if (conf->force) {
        return REVIEW_OK;
    }

    if (f->kind != REVIEW_KIND_REVIEW) {
        return review_fail(rv, REVIEW_OK,
                           f->reason != REVIEW_STATUS_NONE
                           ? f->reason : REVIEW_STATUS_NOT_REVIEW);
    }

    if (f->confidence < conf->min_confidence) {
        return review_fail(rv, REVIEW_OK, REVIEW_STATUS_LOW_CONFIDENCE);
    }

    /*
     * A capsule review may be shorter when it plainly is one: a page
     * sure to be a review (REVIEW_CAPSULE_CONFIDENCE) that states its
     * rating, or that rates the work its headline names, or one with a
     * credits box, or one that keeps naming its work; then half the
     * words will do.  A rating under the work's name with a viewer's
     * line ("I watched it today and gave it 4 of 5 stars") is a
     * diary's capsule: a third will do.
     */
    rated = f->rating.stated
            && (f->confidence >= REVIEW_CAPSULE_CONFIDENCE
                || (f->parts & (1u << REVIEW_PART_TITLED_WORK)));

    if (f->word_count < conf->min_words
        && !(f->word_count * 2 >= conf->min_words
             && (rated || f->runtime.len || f->certificate.len
                 || f->name_mentions >= REVIEW_SHORT_MENTIONS))
        && !(f->word_count * 3 >= conf->min_words && rated
             && (f->parts & (1u << REVIEW_PART_VIEWING))))
    {
        return review_fail(rv, REVIEW_OK, REVIEW_STATUS_TOO_SHORT);
    }

    if (f->has_review_ld && conf->existing == REVIEW_EXISTING_SKIP) {
        return review_fail(rv, REVIEW_OK, REVIEW_STATUS_HAS_REVIEW);
    }

    /*
     * a Review has an author: the person the page names, else the
     * configured fallback, else the site as an Organization
     */
    if (f->author.len == 0 && conf->author_fallback.len == 0
        && conf->publisher_name.len == 0 && f->site_name.len == 0
        && !f->has_review_ld)
    {
        return review_fail(rv, REVIEW_OK, REVIEW_STATUS_NO_AUTHOR);
    }

    return REVIEW_OK;
}


int
review_finish(review_t *rv)
{
    int                  rc;
    review_status_e      why;
    review_fragments_t   frags;

    if (rv->done) {
        return rv->status == REVIEW_STATUS_INJECTED ? REVIEW_OK
                                                    : REVIEW_DECLINED;
    }

    if (!rv->decided) {
        rc = review_decide_charset(rv, (const unsigned char *) "", 0, 1);
        if (rc != REVIEW_OK) {
            return rc;
        }
    }

    rc = review_parse(rv, (const unsigned char *) "", 0, 1);
    if (rc != REVIEW_OK) {
        return rc;
    }

    /* the parser is done: give its memory back before the analysis */
    review_doc_builder_destroy(rv->builder);
    rv->builder = NULL;
    review_buf_free(&rv->utf8);

    if (rv->doc->body == REVIEW_NONE && rv->doc->head == REVIEW_NONE) {
        return review_fail(rv, REVIEW_DECLINED, REVIEW_STATUS_NOT_HTML);
    }

    rc = review_understand(rv);
    if (rv->done) {
        return rc == REVIEW_OK ? REVIEW_DECLINED : rc;
    }

    memset(&frags, 0, sizeof(frags));

    if (rv->conf->jsonld
        && review_jsonld_build(rv->arena, &rv->facts, rv->conf,
                               &frags.jsonld)
           != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    if (rv->conf->card
        && review_card_build(rv->arena, &rv->facts, rv->conf, &frags.card)
           != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    if (rv->conf->social_meta
        && review_social_build(rv->arena, &rv->facts, rv->conf, &frags.meta)
           != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    if (frags.jsonld.len == 0 && frags.card.len == 0 && frags.meta.len == 0)
    {
        return review_fail(rv, REVIEW_DECLINED, REVIEW_STATUS_NOTHING);
    }

    if (review_splice_plan(rv->arena, rv->doc, &rv->page, rv->conf, &rv->cs,
                           &frags, &rv->inserts, &rv->ninserts, &why)
        != REVIEW_OK)
    {
        return review_fail_limit(rv, REVIEW_STATUS_NONE);
    }

    review_charset_close(&rv->cs);
    rv->done = 1;

    if (rv->ninserts == 0) {
        rv->status = why != REVIEW_STATUS_NONE ? why : REVIEW_STATUS_NOTHING;
        return REVIEW_DECLINED;
    }

    rv->status = REVIEW_STATUS_INJECTED;

    if (review_arena_used(rv->arena) > rv->peak) {
        rv->peak = review_arena_used(rv->arena);
    }

    return REVIEW_OK;
}


review_status_e
review_status(review_t *rv)
{
    return rv->status;
}


size_t
review_hold(review_t *rv)
{
    size_t                at;
    uint32_t              pos;
    review_hold_t         raw;
    const review_conf_t  *c;
    const review_node_t  *body;

    c = rv->conf;

    if (rv->done) {
        return rv->status == REVIEW_STATUS_INJECTED && rv->ninserts
               ? rv->inserts[0].offset : rv->fed;
    }

    if (!c->jsonld_at_end || c->social_meta
        || (c->card && c->card_position != REVIEW_CARD_MARKER))
    {
        return 0;
    }

    /* the charset is not known yet: the first bytes, as they are */
    if (rv->builder == NULL) {
        review_hold_init(&raw, NULL);
        (void) review_hold_scan(&raw, rv->head.data, rv->head.len);
        return review_hold_bound(&raw, 0);
    }

    pos = review_hold_bound(&rv->hold, review_doc_builder_last(rv->builder));

    /* what the parse found stays where it is */
    if (c->jsonld && rv->doc->body != REVIEW_NONE) {
        body = &rv->doc->nodes[rv->doc->body];

        if ((body->flags & REVIEW_NODE_CLOSED) && body->close < pos) {
            pos = body->close;
        }
    }

    if (c->card && rv->doc->marker != REVIEW_NONE && rv->doc->marker < pos) {
        pos = rv->doc->marker;
    }

    at = review_charset_map(&rv->cs, pos);

    return at < rv->fed ? at : rv->fed;
}


size_t
review_inserts(review_t *rv, const review_insert_t **inserts)
{
    *inserts = rv->inserts;

    return rv->status == REVIEW_STATUS_INJECTED ? rv->ninserts : 0;
}


const review_facts_t *
review_get_facts(review_t *rv)
{
    return &rv->facts;
}


size_t
review_memory(review_t *rv)
{
    return rv->peak;
}


void
review_destroy(review_t *rv)
{
    if (rv == NULL) {
        return;
    }

    if (rv->builder) {
        review_doc_builder_destroy(rv->builder);
    }

    review_charset_close(&rv->cs);
    review_arena_destroy(rv->arena);
}

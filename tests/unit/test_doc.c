
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <stdlib.h>

#include "unit.h"
#include "review_doc.h"
#include "review_str.h"


static review_doc_t *
parse(review_arena_t *a, const char *page, size_t step)
{
    size_t                 len, i, n;
    review_doc_builder_t  *b;
    review_doc_t          *doc;

    b = review_doc_builder_create(a, 0, 0);
    if (b == NULL) {
        return NULL;
    }

    len = strlen(page);

    for (i = 0; i < len; i += step) {
        n = len - i < step ? len - i : step;
        review_doc_builder_feed(b, (const unsigned char *) page + i, n, 0);
    }

    review_doc_builder_feed(b, (const unsigned char *) "", 0, 1);

    doc = review_doc_builder_doc(b);
    review_doc_builder_destroy(b);

    return doc;
}


static uint32_t
find(const review_doc_t *doc, review_tag_e tag, unsigned nth)
{
    uint32_t  i;

    for (i = 0; i < doc->nnodes; i++) {
        if (doc->nodes[i].tag == tag && nth-- == 0) {
            return i;
        }
    }

    return REVIEW_NONE;
}


/* offset of the first occurrence of s in page, plus add */

static uint32_t
at(const char *page, const char *s, int add)
{
    const char  *p;

    p = strstr(page, s);

    return p ? (uint32_t) (p - page) + add : REVIEW_NONE - 1;
}


static void
test_positions(void)
{
    size_t           step;
    uint32_t         n;
    review_doc_t    *doc;
    review_arena_t  *a;

    static const char  page[] =
        "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=utf-8>"
        "<title>A &amp; B</title>\n"
        "<script type=\"application/ld+json\">{\"@type\":\"Movie\"}</script>"
        "<script>if (a<b) document.write(\"</head>\");</script>\n"
        "</head  >\n<body class=x><h1 class=\"entry-title big\">T</h1>"
        "<article><p>One <em>two</em> three.<p>Four<br>five</p>"
        "<div hidden><p>secret</p></div>"
        "<!-- review-card --></article>\n</body></html>";

    for (step = 1; step <= sizeof(page); step += (step < 16 ? 1 : 97)) {
        a = review_arena_create(0);
        doc = parse(a, page, step);
        CHECK(doc != NULL);
        if (doc == NULL) {
            return;
        }

        CHECK_STR(doc->title, "A & B");
        CHECK_STR(doc->lang, "en-GB");
        CHECK_INT(doc->nldjson, 1);
        if (doc->nldjson) {
            CHECK_STR(doc->ldjson[0], "{\"@type\":\"Movie\"}");
        }

        CHECK(doc->head != REVIEW_NONE);
        CHECK_INT(doc->nodes[doc->head].close, at(page, "</head  >", 0));
        CHECK(doc->nodes[doc->head].flags & REVIEW_NODE_END_TAG);

        CHECK_INT(doc->nodes[doc->body].inner, at(page, "<h1", 0));

        n = find(doc, REVIEW_TAG_H1, 0);
        CHECK_INT(doc->nodes[n].start, at(page, "<h1", 0));
        CHECK_INT(doc->nodes[n].end, at(page, "<article>", 0));
        CHECK(review_doc_has_class(doc, &doc->nodes[n], "entry-title"));
        CHECK(review_doc_has_class(doc, &doc->nodes[n], "BIG"));
        CHECK(!review_doc_has_class(doc, &doc->nodes[n], "entry"));

        n = find(doc, REVIEW_TAG_ARTICLE, 0);
        CHECK_INT(doc->nodes[n].inner, at(page, "<article>", 9));
        CHECK_INT(doc->nodes[n].close, at(page, "</article>", 0));
        CHECK(memcmp(doc->text.data + doc->nodes[n].text, "One two three.",
                     14) == 0);

        /* the first p ends implicitly where the second starts */
        n = find(doc, REVIEW_TAG_P, 0);
        CHECK_INT(doc->nodes[n].close, at(page, "<p>Four", 0));
        CHECK(!(doc->nodes[n].flags & REVIEW_NODE_END_TAG));
        CHECK(doc->nodes[n].flags & REVIEW_NODE_INLINE);

        n = find(doc, REVIEW_TAG_P, 2);
        CHECK(doc->nodes[n].flags & REVIEW_NODE_HIDDEN);

        CHECK_INT(doc->marker, at(page, "</article>", 0));
        CHECK_INT(doc->taint, REVIEW_NONE);

        review_arena_destroy(a);
    }
}


static void
test_implied(void)
{
    uint32_t         n;
    review_doc_t    *doc;
    review_arena_t  *a;

    static const char  page[] =
        "<title>x</title><meta name=a content=b>\n<div><p>one</span>two"
        "</div><textarea><h1>x</h1></textarea><noscript><h2>y</h2>"
        "</noscript>";

    a = review_arena_create(0);
    doc = parse(a, page, 7);

    CHECK(doc->nodes[doc->head].flags & REVIEW_NODE_IMPLIED);
    CHECK_INT(doc->nodes[doc->head].close, at(page, "<div>", 0));
    CHECK(doc->nodes[doc->body].flags & REVIEW_NODE_IMPLIED);

    n = find(doc, REVIEW_TAG_DIV, 0);
    CHECK_INT(doc->nodes[n].start, at(page, "<div>", 0));
    CHECK_INT(doc->nodes[n].close, at(page, "</div>", 0));

    n = find(doc, REVIEW_TAG_P, 0);
    CHECK_INT(doc->nodes[n].close, at(page, "</div>", 0));

    /*
     * Browsers read these as text: nothing may go inside.  libxml2 2.9
     * makes elements of what is in a textarea, 2.14 text (no h1).
     */
    n = find(doc, REVIEW_TAG_H1, 0);
    CHECK(n == REVIEW_NONE || (doc->nodes[n].flags & REVIEW_NODE_UNSAFE));
    n = find(doc, REVIEW_TAG_H2, 0);
    CHECK(n != REVIEW_NONE);
    if (n != REVIEW_NONE) {
        CHECK(doc->nodes[n].flags & REVIEW_NODE_UNSAFE);
    }

    n = find(doc, REVIEW_TAG_TEXTAREA, 0);
    CHECK_INT(doc->nodes[n].inner, at(page, "<h1>", 0));
    CHECK_INT(doc->nodes[n].close, at(page, "</textarea>", 0));

    review_arena_destroy(a);
}


static void
test_taint(void)
{
    review_doc_t    *doc;
    review_arena_t  *a;

    static const char  page[] =
        "<html><head><script><!-- document.write('<script>x</script>');"
        "--></script></head><body><h1>T</h1></body></html>";

    a = review_arena_create(0);
    doc = parse(a, page, 5);
    CHECK(doc->taint != REVIEW_NONE);
    CHECK(doc->taint <= at(page, "</head>", 0));
    review_arena_destroy(a);

    a = review_arena_create(0);
    doc = parse(a, "<html><head><title>x</head><body><h1>T</h1></body>", 3);
    CHECK(doc->taint != REVIEW_NONE);
    review_arena_destroy(a);

    a = review_arena_create(0);
    doc = parse(a, "<html><head><script><!-- x --></script></head></html>",
                3);
    CHECK_INT(doc->taint, REVIEW_NONE);
    review_arena_destroy(a);
}


/*
 * Script and style bodies never reach libxml2: the tree, every position
 * and the text are the same for any chunking, and as the page says.
 */

static int
same_tree(const review_doc_t *x, const review_doc_t *y)
{
    uint32_t              i;
    const review_node_t  *m, *n;

    if (x->nnodes != y->nnodes || x->taint != y->taint
        || x->marker != y->marker || x->text.len != y->text.len
        || memcmp(x->text.data, y->text.data, x->text.len) != 0)
    {
        return 0;
    }

    for (i = 0; i < x->nnodes; i++) {
        m = &x->nodes[i];
        n = &y->nodes[i];

        if (m->tag != n->tag || m->parent != n->parent
            || m->start != n->start || m->inner != n->inner
            || m->close != n->close || m->end != n->end
            || m->flags != n->flags)
        {
            return 0;
        }
    }

    return 1;
}


static void
test_raw_text(void)
{
    size_t           step, len, skipped;
    uint32_t         n;
    review_doc_t    *doc, *whole;
    review_arena_t  *a, *wa;

    static const char  page[] =
        "<html><head><title>T</title>"
        "<script>var s = \"</scr\" + \"ipt>\", t = \"<\\/script>\";"
        "</script>"
        "<style>p > a { color: red } /* </p> <div> */</STYLE >"
        "<!-- <script>x</script> --><meta name=a content=\"<script>\">"
        "</head><body><p title=\"<style>\">One</p>"
        "<SCRIPT type=text/javascript>if (a < b && c > d) {}</SCRIPT >"
        "<p>Two</p><script type=\"application/ld+json\">{\"a\":1}</script>"
        "<!-- review-card --><script></script>"
        "<p>Three</p><script>var x = '<p>';";

    len = strlen(page);
    skipped = (at(page, "</script><style", 0) - at(page, "<script>", 8))
              + (at(page, "</STYLE", 0) - at(page, "<style>", 7))
              + (at(page, "</SCRIPT", 0) - at(page, "<SCRIPT", 29))
              + (len - at(page, "var x", 0));

#if (LIBXML_VERSION < 21400)
    /* JSON-LD is read from the bytes too */
    skipped += at(page, "</script><!-- review", 0)
               - at(page, "{\"a\":1}", 0);
#endif

    wa = review_arena_create(0);
    whole = parse(wa, page, len);

    for (step = 1; step <= len; step += (step < 24 ? 1 : 61)) {
        a = review_arena_create(0);
        doc = parse(a, page, step);

        CHECK(same_tree(doc, whole));
        CHECK_INT(doc->skipped, skipped);

        n = find(doc, REVIEW_TAG_SCRIPT, 0);
        CHECK_INT(doc->nodes[n].inner, at(page, "<script>", 8));
        CHECK_INT(doc->nodes[n].close, at(page, "</script><style", 0));
        CHECK_INT(doc->nodes[n].end, at(page, "<style>", 0));
        CHECK(doc->nodes[n].flags & REVIEW_NODE_END_TAG);

        n = find(doc, REVIEW_TAG_STYLE, 0);
        CHECK_INT(doc->nodes[n].inner, at(page, "<style>", 7));
        CHECK_INT(doc->nodes[n].end, at(page, "<!--", 0));
        CHECK(doc->nodes[n].flags & REVIEW_NODE_END_TAG);

        CHECK_INT(doc->nodes[find(doc, REVIEW_TAG_META, 0)].start,
                  at(page, "<meta", 0));
        CHECK_INT(doc->nodes[doc->head].close, at(page, "</head>", 0));
        CHECK_INT(doc->nodes[find(doc, REVIEW_TAG_P, 0)].start,
                  at(page, "<p title", 0));

        n = find(doc, REVIEW_TAG_SCRIPT, 1);
        CHECK_INT(doc->nodes[n].close, at(page, "</SCRIPT >", 0));
        CHECK_INT(doc->nodes[n].end, at(page, "<p>Two", 0));

        n = find(doc, REVIEW_TAG_P, 1);
        CHECK_INT(doc->nodes[n].start, at(page, "<p>Two", 0));
        CHECK_INT(doc->nodes[n].end, at(page, "<script type=", 0));

        CHECK_INT(doc->nldjson, 1);
        if (doc->nldjson) {
            CHECK_STR(doc->ldjson[0], "{\"a\":1}");
        }

        CHECK_INT(doc->marker, at(page, "<script></script>", 0));

        n = find(doc, REVIEW_TAG_SCRIPT, 3);
        CHECK_INT(doc->nodes[n].inner, at(page, "<script></script>", 8));
        CHECK_INT(doc->nodes[n].close, at(page, "<script></script>", 8));

        /* unclosed: it runs to the end, and nothing after it is safe */
        n = find(doc, REVIEW_TAG_SCRIPT, 4);
        CHECK_INT(doc->nodes[n].inner, at(page, "var x", 0));
        CHECK_INT(doc->nodes[n].close, len);
        CHECK(!(doc->nodes[n].flags & REVIEW_NODE_END_TAG));
        CHECK_INT(doc->taint, len);
        CHECK_INT(find(doc, REVIEW_TAG_SCRIPT, 5), REVIEW_NONE);

        CHECK(review_memmem(doc->text.data, doc->text.len, "Three", 5));
        CHECK(!review_memmem(doc->text.data, doc->text.len, "var", 3));

        review_arena_destroy(a);
    }

    review_arena_destroy(wa);
}


/*
 * JSON-LD as libxml2 reports it, whether the builder reads the body from
 * the bytes (libxml2 2.9 to 2.13) or libxml2 does: not decoded, CR kept,
 * made valid UTF-8; "</scriptx>" ends the body, libxml2 drops that tag
 * and reads on as script text up to "</script>".
 */

typedef struct {
    const char              *page;
    const char              *want[3];
} ld_case_t;


/*
 * The positions of a page with many skipped bodies are mapped back with a
 * cursor that goes forward; the closes and ends of nested elements come
 * back to front in document order, misnested tags make libxml2 close and
 * open elements on its own: each position is where the page has it.
 */

#define TEST_NEST  40

static void
test_map_order(void)
{
    char            *page, *p;
    size_t           step;
    uint32_t         k, n, divs[TEST_NEST], closes[TEST_NEST];
    uint32_t         scripts[2 * TEST_NEST], ends[2 * TEST_NEST];
    review_doc_t    *doc, *whole;
    review_node_t   *e;
    review_arena_t  *a, *wa;

    page = malloc(TEST_NEST * 160 + 64);
    if (page == NULL) {
        CHECK(0);
        return;
    }

    p = page;
    p += sprintf(p, "<html><body>");

    for (k = 0; k < TEST_NEST; k++) {
        divs[k] = p - page;
        p += sprintf(p, "<div id=d%u><script>var a%u = '<div>';", k, k);
        scripts[k] = p - page;
        p += sprintf(p, "</script><b>x<i>y</b>z");
    }

    for (k = 0; k < TEST_NEST; k++) {
        closes[TEST_NEST - 1 - k] = p - page;
        p += sprintf(p, "</div><script>if (b < %u) {}", k);
        ends[k] = p - page;
        p += sprintf(p, "</script>");
    }

    sprintf(p, "</body></html>");

    wa = review_arena_create(0);
    whole = parse(wa, page, strlen(page));

    for (step = 1; step <= strlen(page); step += (step < 16 ? 1 : 997)) {
        a = review_arena_create(0);
        doc = parse(a, page, step);

        CHECK(same_tree(doc, whole));

        for (k = 0; k < TEST_NEST; k++) {
            n = find(doc, REVIEW_TAG_DIV, k);
            if (n == REVIEW_NONE) {
                CHECK(0);
                break;
            }

            e = &doc->nodes[n];
            CHECK_INT(e->start, divs[k]);
            CHECK_INT(e->inner, divs[k] + (k < 10 ? 11 : 12));
            CHECK_INT(e->close, closes[k]);
            CHECK_INT(e->end, closes[k] + 6);

            n = find(doc, REVIEW_TAG_SCRIPT, k);
            CHECK_INT(doc->nodes[n].close, scripts[k]);
            CHECK_INT(doc->nodes[n].end, scripts[k] + 9);

            n = find(doc, REVIEW_TAG_SCRIPT, TEST_NEST + k);
            CHECK_INT(doc->nodes[n].close, ends[k]);
        }

        /* every end tag where the page has one */
        for (n = 0; n < doc->nnodes; n++) {
            e = &doc->nodes[n];

            if (e->flags & REVIEW_NODE_END_TAG) {
                CHECK(e->close < strlen(page) && page[e->close] == '<'
                      && page[e->close + 1] == '/');
            }

            if ((e->flags & REVIEW_NODE_START_OK) && e->start != REVIEW_NONE)
            {
                CHECK(page[e->start] == '<');
            }
        }

        review_arena_destroy(a);
    }

    review_arena_destroy(wa);
    free(page);
}


/* the map gives each position the same answer in whatever order it comes */

static void
test_map_any_order(void)
{
    char                  *page, *p;
    uint32_t               k, len, pos, cur, bad, *fwd;
    review_arena_t        *a;
    review_doc_builder_t  *b;

    page = malloc(TEST_NEST * 64 + 64);
    fwd = malloc((TEST_NEST * 64 + 64) * sizeof(uint32_t));
    if (page == NULL || fwd == NULL) {
        CHECK(0);
        free(page);
        free(fwd);
        return;
    }

    p = page;
    p += sprintf(p, "<html><body>");

    for (k = 0; k < TEST_NEST; k++) {
        p += sprintf(p, "<p>%u<style>p { margin: %upx }</style><b>x", k, k);
    }

    len = p - page;

    a = review_arena_create(0);
    b = review_doc_builder_create(a, 0, 0);
    if (b == NULL) {
        CHECK(0);
        free(page);
        free(fwd);
        return;
    }

    review_doc_builder_feed(b, (const unsigned char *) page, len, 1);
    CHECK(review_doc_builder_doc(b)->skipped > TEST_NEST * 10);

    /* what libxml2 saw: the page less the bodies, plus their stand-ins */
    len -= review_doc_builder_doc(b)->skipped;

    /* in order: the walk; each a page position, and increasing */
    cur = 0;
    bad = 0;

    for (pos = 0; pos < len; pos++) {
        fwd[pos] = review_doc_builder_map(b, pos, &cur);
        bad += (fwd[pos] >= (uint32_t) (p - page)
                || (pos && fwd[pos] <= fwd[pos - 1]));
    }

    CHECK_INT(bad, 0);
    CHECK_INT(review_doc_builder_map(b, REVIEW_NONE, &cur), REVIEW_NONE);

    /* backwards: behind the cursor each time, searched */
    bad = 0;

    for (pos = len; pos-- > 0; ) {
        bad += review_doc_builder_map(b, pos, &cur) != fwd[pos];
    }

    CHECK_INT(bad, 0);

    /* jumping both ways, as the ends of nested elements and re-reports */
    bad = 0;

    for (k = 0; k < 4 * len; k++) {
        pos = (k * 7919u + (k & 1 ? len / 2 : 0)) % len;
        bad += review_doc_builder_map(b, pos, &cur) != fwd[pos];
    }

    CHECK_INT(bad, 0);

    /* a fresh cursor, a cursor past the last gap */
    for (pos = 0; pos < len; pos += 97) {
        cur = 0;
        CHECK_INT(review_doc_builder_map(b, pos, &cur), fwd[pos]);
        cur = (uint32_t) -2;
        CHECK_INT(review_doc_builder_map(b, pos, &cur), fwd[pos]);
    }

    review_doc_builder_destroy(b);
    review_arena_destroy(a);
    free(page);
    free(fwd);
}


static void
test_ldjson(void)
{
    size_t           i, j, k, step, len;
    review_doc_t    *doc, *whole;
    review_arena_t  *a, *wa;

    static const ld_case_t  cases[] = {
        { "<html><head><script type=\"application/ld+json\">{\"n\": \"A\r\n"
          "B\rC &amp; &#x41;\"}</script></head><body><p>x</p></body></html>",
          { "{\"n\": \"A\r\nB\rC &amp; &#x41;\"}" } },

        { "<html><head><script type=\"Application/LD+JSON\">{\"n\": \"\x01"
          "\x1f\xff caf\xc3\xa9 \xef\xbf\xbe \xe2\x82\"}</SCRIPT >"
          "</head><body><p>x</p></body></html>",
          { "{\"n\": \"  ? caf\xc3\xa9 ??? ??\"}" } },

        { "<html><head><script type=\"application/ld+json\">{\"x\": \"</scr"
          "\", \"y\": \"</b>\", \"z\": \"</scriptx>\"}</script><title>T"
          "</title></head><body><p>x</p></body></html>",
          { "{\"x\": \"</scr\", \"y\": \"</b>\", \"z\": \"\"}" } },

        { "<html><body><p>x</p><script type=\"application/ld+json\">"
          "<!-- {\"a\": 1} --></script><script type=\"application/ld+json\">"
          "1</script><script type=\"application/ld+json\">12</script>"
          "<script type=\"application/ld+json\"></script><p>y</p>"
          "<script type=\"application/ld+json\">{\"end\": true}",
          { "<!-- {\"a\": 1} -->", "1", "12" } },
    };

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        len = strlen(cases[i].page);

        wa = review_arena_create(0);
        whole = parse(wa, cases[i].page, len);

        for (step = 1; step <= len; step += (step < 24 ? 1 : 37)) {
            a = review_arena_create(0);
            doc = parse(a, cases[i].page, step);

            CHECK(same_tree(doc, whole));

            for (j = 0, k = 0; j < 3 && cases[i].want[j]; j++, k++) {
                CHECK(k < doc->nldjson);
                if (k < doc->nldjson) {
                    CHECK_STR(doc->ldjson[k], cases[i].want[j]);
                }
            }

            /* the unclosed one at the end runs to the end of the page */
            if (i == 3) {
                CHECK_INT(doc->nldjson, 4);
                if (doc->nldjson == 4) {
                    CHECK_STR(doc->ldjson[3], "{\"end\": true}");
                }

            } else {
                CHECK_INT(doc->nldjson, k);
            }

            review_arena_destroy(a);
        }

        review_arena_destroy(wa);
    }
}


/*
 * 20,000 small JSON-LD scripts and as many others: each is read once,
 * the work grows with the page (each body is found by memchr, the
 * position map grows by one entry per body).
 */

static void
test_ldjson_many(void)
{
    int              i;
    char            *page, *p;
    review_doc_t    *doc;
    review_arena_t  *a;

    static const char  one[] =
        "<script type=\"application/ld+json\">{\"@type\": \"Thing\"}</script>"
        "<script>var a = 1;</script>";

    page = malloc(20000 * (sizeof(one) - 1) + 64);
    if (page == NULL) {
        return;
    }

    p = page;
    memcpy(p, "<html><body><p>x</p>", 20);
    p += 20;

    for (i = 0; i < 20000; i++) {
        memcpy(p, one, sizeof(one) - 1);
        p += sizeof(one) - 1;
    }

    strcpy(p, "<p>end</p></body></html>");

    a = review_arena_create(0);
    doc = parse(a, page, 4096);
    CHECK_INT(doc->nldjson, 20000);
    CHECK(doc->nodes[find(doc, REVIEW_TAG_P, 1)].start
          == (uint32_t) (p - page));
#if (LIBXML_VERSION < 21400)
    CHECK_INT(doc->skipped, 20000 * (sizeof("{\"@type\": \"Thing\"}") - 1
                                     + sizeof("var a = 1;") - 1));
#endif
    review_arena_destroy(a);

    free(page);
}


/* what libxml2 sees is made valid UTF-8 by the builder, in place */

static void
test_sanitise(void)
{
    size_t           step, len;
    uint32_t         n;
    review_doc_t    *doc;
    review_arena_t  *a;

    static const char  page[] =
        "<html><head><script>var a = '\xff\x01';</script></head>"
        "<body><p>caf\xc3\xa9 \xff\xfe bad\x01 \xe2\x80</p>"
        "<p>after</p></body></html>";

    len = strlen(page);

    for (step = 1; step <= len; step += (step < 16 ? 1 : 29)) {
        a = review_arena_create(0);
        doc = parse(a, page, step);

        CHECK(review_memmem(doc->text.data, doc->text.len,
                            "caf\xc3\xa9 ?? bad  ??after", 21) != NULL);

        n = find(doc, REVIEW_TAG_P, 1);
        CHECK_INT(doc->nodes[n].start, at(page, "<p>after", 0));
        CHECK_INT(doc->nodes[find(doc, REVIEW_TAG_SCRIPT, 0)].close,
                  at(page, "</script>", 0));

        review_arena_destroy(a);
    }
}


static void
test_limits(void)
{
    int                    i, rc;
    char                  *page, *p;
    review_arena_t        *a;
    review_doc_t          *doc;
    review_doc_builder_t  *b;

    /* 100k nested elements: linear, no recursion */
    page = malloc(100000 * 11 + 64);
    if (page == NULL) {
        return;
    }

    p = page;
    for (i = 0; i < 100000; i++) {
        memcpy(p, "<div>", 5);
        p += 5;
    }

    strcpy(p, "deep");

    a = review_arena_create(0);
    doc = parse(a, page, 65536);
    CHECK(doc->nnodes > 100000);
    CHECK(doc->nodes[doc->nnodes - 1].tag == REVIEW_TAG_TEXT);
    review_arena_destroy(a);

    a = review_arena_create(0);
    b = review_doc_builder_create(a, 1000, 0);
    rc = review_doc_builder_feed(b, (const unsigned char *) page,
                                 strlen(page), 1);
    CHECK_INT(rc, REVIEW_LIMIT);
    doc = review_doc_builder_doc(b);
    CHECK(doc->limit == REVIEW_STATUS_LIMIT_NODES);
    review_doc_builder_destroy(b);
    review_arena_destroy(a);

    free(page);
}


int
main(void)
{
    test_positions();
    test_implied();
    test_taint();
    test_raw_text();
    test_map_order();
    test_map_any_order();
    test_ldjson();
    test_ldjson_many();
    test_sanitise();
    test_limits();

    UNIT_DONE("doc");
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>

#include "unit.h"
#include "review.h"
#include "review_str.h"


/*
 * The pipeline's mechanics through review.h: the same inserts whatever the
 * chunking, offsets in the original bytes whatever the charset, and a
 * clean "skipped:<reason>" for what it must not touch.  Pages are forced
 * so that these tests do not depend on the classifier.
 */


typedef struct {
    char                   status[64];
    size_t                 n;
    size_t                 offset[3];
    size_t                 len[3];
    unsigned long          sum;
} result_t;


static void
analyze(const char *page, size_t len, size_t step, const char *charset,
    review_conf_t *conf, result_t *res)
{
    int                     rc;
    size_t                  i, j, n;
    review_t               *rv;
    review_input_t          in;
    const review_insert_t  *ins;

    memset(&in, 0, sizeof(in));
    memset(res, 0, sizeof(result_t));

    in.url.data = (const unsigned char *) "http://example.org/r/";
    in.url.len = 21;

    if (charset) {
        in.charset.data = (const unsigned char *) charset;
        in.charset.len = strlen(charset);
    }

    rv = review_create(conf, &in);
    if (rv == NULL) {
        strcpy(res->status, "no memory");
        return;
    }

    rc = REVIEW_OK;

    for (i = 0; i < len && rc == REVIEW_OK; i += step) {
        n = len - i < step ? len - i : step;
        rc = review_feed(rv, (const unsigned char *) page + i, n);
    }

    if (rc == REVIEW_OK) {
        review_finish(rv);
    }

    snprintf(res->status, sizeof(res->status), "%s",
             review_status_name(review_status(rv)));

    res->n = review_inserts(rv, &ins);

    for (i = 0; i < res->n && i < 3; i++) {
        res->offset[i] = ins[i].offset;
        res->len[i] = ins[i].text.len;

        for (j = 0; j < ins[i].text.len; j++) {
            res->sum = res->sum * 31 + ins[i].text.data[j];
        }
    }

    review_destroy(rv);
}


static const char  page_utf8[] =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Caf\xc3\xa9 Society review \xe2\x80\x93 a bittersweet romance"
    "</title>\n<meta name=\"author\" content=\"Ana Lima\">\n</head>\n"
    "<body><h1>Caf\xc3\xa9 Society review</h1><article><p>Woody Allen "
    "directs this bittersweet romance with a light touch. Jesse "
    "Eisenberg plays Bobby, and Kristen Stewart is luminous as Vonnie."
    "</p><p>It is a lovely, melancholy film about the roads not taken."
    "</p><!-- review-card --></article>\n</body></html>\n";


static void
test_chunking(void)
{
    size_t          step;
    result_t        whole, part;
    review_conf_t   conf;

    review_conf_init(&conf);
    conf.force = 1;
    conf.card = 1;
    conf.card_position = REVIEW_CARD_MARKER;

    analyze(page_utf8, sizeof(page_utf8) - 1, 1 << 20, NULL, &conf, &whole);

    CHECK(strcmp(whole.status, "injected") == 0);
    CHECK_INT(whole.n, 2);
    CHECK_INT(whole.offset[0], strstr(page_utf8, "</head>") - page_utf8);
    CHECK_INT(whole.offset[1], strstr(page_utf8, "</article>") - page_utf8);

    for (step = 1; step < sizeof(page_utf8); step += (step < 20 ? 1 : 37)) {
        analyze(page_utf8, sizeof(page_utf8) - 1, step, NULL, &conf, &part);

        CHECK(strcmp(part.status, whole.status) == 0);
        CHECK_INT(part.n, whole.n);
        CHECK_INT(part.offset[0], whole.offset[0]);
        CHECK_INT(part.offset[1], whole.offset[1]);
        CHECK_INT(part.sum, whole.sum);
    }
}


static void
test_charsets(void)
{
    char            *latin, *p;
    size_t           i, len, step;
    result_t         res;
    review_conf_t    conf;
    const char      *q;

    review_conf_init(&conf);
    conf.force = 1;

    /* the same page in windows-1252: "é" is one byte, "–" is 0x96 */
    latin = malloc(sizeof(page_utf8));
    if (latin == NULL) {
        return;
    }

    p = latin;
    for (q = page_utf8; *q; q++) {
        if ((unsigned char) q[0] == 0xc3 && (unsigned char) q[1] == 0xa9) {
            *p++ = (char) 0xe9;
            q++;

        } else if ((unsigned char) q[0] == 0xe2) {
            *p++ = (char) 0x96;
            q += 2;

        } else {
            *p++ = *q;
        }
    }

    *p = '\0';
    len = p - latin;

    for (step = 1; step <= 64; step *= 4) {
        analyze(latin, len, step, "ISO-8859-1", &conf, &res);
        CHECK(strcmp(res.status, "injected") == 0);
        CHECK_INT(res.offset[0], strstr(latin, "</head>") - latin);
    }

    /* a <meta> says so instead of the header */
    memcpy(strstr(latin, "utf-8"), "ascii", 5);
    analyze(latin, len, 7, NULL, &conf, &res);
    CHECK(strcmp(res.status, "injected") == 0);
    CHECK_INT(res.offset[0], strstr(latin, "</head>") - latin);

    free(latin);

    /* UTF-16 goes out untouched */
    analyze("\xff\xfe<\0h\0t\0m\0l\0>\0", 12, 5, NULL, &conf, &res);
    CHECK(strcmp(res.status, "skipped:charset") == 0);
    CHECK_INT(res.n, 0);

    /* invalid UTF-8 and NULs do not move the offsets */
    latin = strdup(page_utf8);
    if (latin == NULL) {
        return;
    }

    latin[strstr(latin, "bittersweet") - latin] = (char) 0xff;
    latin[strstr(latin, "light") - latin] = '\0';
    len = sizeof(page_utf8) - 1;

    for (i = 1; i < 40; i += 13) {
        analyze(latin, len, i, NULL, &conf, &res);
        CHECK(strcmp(res.status, "injected") == 0);
        CHECK_INT(res.offset[0], strstr(page_utf8, "</head>") - page_utf8);
    }

    free(latin);
}


static void
test_fail_open(void)
{
    result_t        res;
    review_conf_t   conf;

    static const char  tainted[] =
        "<html><head><title>X review</title><script><!--\n"
        "document.write('<script src=a.js></script>');\n--></script>"
        "</head><body><h1>X review</h1><p>Some text.</p></body></html>";

    static const char  nohead[] =
        "<h1>Y review</h1><p>Directed by Jane Doe, a film.</p>";

    static const char  unended[] =
        "<html><head><title>Z review</title></head><body><h1>Z review</h1>"
        "<p>Directed by Jane Doe, a film.</p><script>if (a</body>";

    review_conf_init(&conf);
    conf.force = 1;

    analyze(tainted, sizeof(tainted) - 1, 9, NULL, &conf, &res);
    CHECK(strcmp(res.status, "skipped:no-head") == 0);
    CHECK_INT(res.n, 0);

    /* no <head> in the source: at the start of the implied body */
    analyze(nohead, sizeof(nohead) - 1, 3, NULL, &conf, &res);
    CHECK(strcmp(res.status, "injected") == 0);
    CHECK_INT(res.offset[0], 0);

    /* sent as it comes, no safe </body> for the JSON-LD (was an error) */
    conf.jsonld_at_end = 1;
    analyze(unended, sizeof(unended) - 1, 3, NULL, &conf, &res);
    CHECK(strcmp(res.status, "skipped:no-body-end") == 0);
    CHECK_INT(res.n, 0);
    conf.jsonld_at_end = 0;

    conf.max_nodes = 10;
    analyze(page_utf8, sizeof(page_utf8) - 1, 100, NULL, &conf, &res);
    CHECK(strcmp(res.status, "skipped:limit-nodes") == 0);

    review_conf_init(&conf);
    conf.max_memory = 20000;
    analyze(page_utf8, sizeof(page_utf8) - 1, 100, NULL, &conf, &res);
    CHECK(strcmp(res.status, "skipped:limit-memory") == 0);

    review_conf_init(&conf);
    analyze("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, 16, NULL, &conf, &res);
    CHECK(strncmp(res.status, "skipped:", 8) == 0);
    CHECK_INT(res.n, 0);

    analyze("", 0, 1, NULL, &conf, &res);
    CHECK(strncmp(res.status, "skipped:", 8) == 0);
}


/* a real page: the same inserts for one write, a byte at a time, or
   odd chunks */

static void
test_page_file(const char *path)
{
    FILE           *fp;
    long            len;
    char           *page;
    size_t          steps[] = { 1, 3, 7, 64, 1000, 4096, 32768 }, i;
    result_t        whole, part;
    review_conf_t   conf;

    fp = fopen(path, "rb");
    CHECK(fp != NULL);
    if (fp == NULL) {
        return;
    }

    fseek(fp, 0, SEEK_END);
    len = ftell(fp);
    fseek(fp, 0, SEEK_SET);

    page = malloc(len + 1);
    if (page == NULL || fread(page, 1, len, fp) != (size_t) len) {
        fclose(fp);
        free(page);
        return;
    }

    fclose(fp);

    review_conf_init(&conf);
    conf.force = 1;
    conf.card = 1;

    analyze(page, len, len, NULL, &conf, &whole);
    CHECK(strcmp(whole.status, "injected") == 0);
    CHECK(whole.n >= 1);

    for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
        analyze(page, len, steps[i], NULL, &conf, &part);
        CHECK(strcmp(part.status, whole.status) == 0);
        CHECK_INT(part.n, whole.n);
        CHECK_INT(part.offset[0], whole.offset[0]);
        CHECK_INT(part.offset[1], whole.offset[1]);
        CHECK_INT(part.sum, whole.sum);
    }

    free(page);
}


/*
 * A page sent as it comes: the hold never passes a place an insert takes
 * in the end, never goes back, and lets the bytes before the body go.
 */

static void
test_hold(void)
{
    static const char  *pages[] = {
        "<html><head><title>X review</title></head><body><h1>X review"
        "</h1><p>Directed by Jane Doe, a film.</p><script>var s = "
        "'</body>';</script><p>More.</p>\n</body>\n</html>\n",

        "<html><head><title>X review</title></head><body><h1>X review"
        "</h1><p>Directed by Jane Doe, a film.</p><p>More.</p>\n\n"
    };

    size_t                  i, k, n, len, hold, prev, most;
    review_t               *rv;
    review_conf_t           conf;
    review_input_t          in;
    const review_insert_t  *ins;

    memset(&in, 0, sizeof(in));
    len = sizeof(page_utf8) - 1;

    review_conf_init(&conf);
    conf.force = 1;
    conf.jsonld_at_end = 1;
    conf.card = 1;
    conf.card_position = REVIEW_CARD_MARKER;

    /* no charset yet (a page shorter than the prescan): up to the marker */
    rv = review_create(&conf, &in);
    CHECK(rv != NULL);

    if (rv) {
        review_feed(rv, (const unsigned char *) page_utf8, len);
        CHECK_INT(review_hold(rv), strstr(page_utf8, "<!--") - page_utf8);
        review_destroy(rv);
    }

    in.charset.data = (const unsigned char *) "utf-8";
    in.charset.len = 5;
    conf.card = 1;
    conf.card_position = REVIEW_CARD_MARKER;

    rv = review_create(&conf, &in);
    CHECK(rv != NULL);

    if (rv == NULL) {
        return;
    }

    prev = 0;
    most = 0;

    for (i = 0; i < len; i += 7) {
        n = len - i < 7 ? len - i : 7;
        CHECK_INT(review_feed(rv, (const unsigned char *) page_utf8 + i, n),
                  REVIEW_OK);

        hold = review_hold(rv);
        CHECK(hold >= prev && hold <= i + n);
        prev = hold;
        most = hold > most ? hold : most;
    }

    /* past the head and the title, not past the marker */
    CHECK(most > (size_t) (strstr(page_utf8, "<h1>") - page_utf8));
    CHECK(most <= (size_t) (strstr(page_utf8, "<!-- review-card")
                            - page_utf8) + strlen("<!-- review-card -->"));

    CHECK_INT(review_finish(rv), REVIEW_OK);
    n = review_inserts(rv, &ins);
    CHECK_INT(n, 2);

    for (i = 0; i < n; i++) {
        CHECK(ins[i].offset >= most);
    }

    review_destroy(rv);

    /* a "</body" in a script, no </body> at all: never let go too far */
    conf.card = 0;

    for (k = 0; k < sizeof(pages) / sizeof(pages[0]); k++) {
        rv = review_create(&conf, &in);
        CHECK(rv != NULL);

        if (rv == NULL) {
            continue;
        }

        len = strlen(pages[k]);
        most = 0;

        for (i = 0; i < len; i++) {
            review_feed(rv, (const unsigned char *) pages[k] + i, 1);
            hold = review_hold(rv);
            most = hold > most ? hold : most;
        }

        CHECK_INT(review_finish(rv), REVIEW_OK);
        n = review_inserts(rv, &ins);
        CHECK_INT(n, 1);
        CHECK(n == 0 || ins[0].offset >= most);
        CHECK(most > (size_t) (strstr(pages[k], "<h1>") - pages[k]));

        review_destroy(rv);
    }

    /* a card by the title may go anywhere: nothing can be let go */
    conf.card = 1;
    conf.card_position = REVIEW_CARD_AFTER_TITLE;

    rv = review_create(&conf, &in);
    CHECK(rv != NULL);

    if (rv) {
        review_feed(rv, (const unsigned char *) page_utf8, len);
        CHECK_INT(review_hold(rv), 0);
        review_destroy(rv);
    }
}


/* card templates: where a placeholder may go, checked when compiled */

static void *
unit_alloc(void *ctx, size_t size)
{
    return review_alloc(ctx, size);
}


static const struct {
    const char  *tpl;
    const char  *err;        /* NULL: accepted; else in the message */
} templates[] = {
    { "<div class=\"mine\"><q>{{quote}}</q> {{ title }}</div>", NULL },
    { "<p title=\"{{title}}\" data-q='{{quote}}'>{{rating}}</p>", NULL },
    { "<a href=\"/reviews/\">{{title}}</a><!-- x -->{{year}}", NULL },
    { "<script>var a = 1;</script><p>{{author}}</p>", NULL },
    { "<!---->{{title}}<!-->{{year}}", NULL },
    { "<p>a < b {{title}}</p>", NULL },
    { "<div class=rvw data-q={{quote}}>{{title}}</div>",
      "line 1: \"{{quote}}\" in an unquoted attribute value" },
    { "<div>\n<p onclick=\"go('{{title}}')\">x</p></div>",
      "line 2: \"{{title}}\" in an event handler attribute" },
    { "<div>\n\n<p style=\"color:{{title}}\">x</p>",
      "line 3: \"{{title}}\" in a style or URL attribute" },
    { "<a href=\"/search?q={{title}}\">x</a>",
      "in a style or URL attribute" },
    { "<img src=\"{{title}}.jpg\">", "in a style or URL attribute" },
    { "<script>var t = \"{{title}}\";</script>",
      "inside an element whose text is not markup" },
    { "<style>\n/* {{title}} */</style>",
      "line 2: \"{{title}}\" inside an element" },
    { "<textarea>{{quote}}</textarea>", "inside an element" },
    { "<!-- {{quote}} -->", "in a comment" },
    { "<{{title}}>", "in a tag" },
    { "<p {{title}}>x</p>", "in a tag" },
    { "<p data-{{title}}=\"x\">x</p>", "in an attribute name" },
    { "<p>\n<!-- card\n<p>{{title}}</p>", "in a comment" },
    { "<p>{{title}}</p>\n<!-- card", "line 2: an unclosed \"<!--\"" },
    { "<p>{{title}}</p><script>x", "line 1: an unclosed <script>" },
    { "<p title=\"{{title}}>x</p>", "an unclosed quote" },
    { "<p>{{title}}</p><p", "an unclosed tag" },
    { "<p>{{spoiler}}</p>", "unknown placeholder \"{{spoiler}}\"" },
    { "<p>\n{{title</p>", "line 2: unclosed \"{{\"" },
};


static void
test_templates(void)
{
    char             err[256];
    size_t           i;
    review_arena_t  *a;

    a = review_arena_create(0);

    for (i = 0; i < sizeof(templates) / sizeof(templates[0]); i++) {
        err[0] = '\0';

        if (review_template_compile((const unsigned char *) templates[i].tpl,
                                    strlen(templates[i].tpl), unit_alloc, a,
                                    err, sizeof(err))
            == NULL)
        {
            if (templates[i].err == NULL
                || strstr(err, templates[i].err) == NULL)
            {
                printf("  template %u: \"%s\": %s\n", (unsigned) i,
                       templates[i].tpl, err);
            }

            CHECK(templates[i].err && strstr(err, templates[i].err));
            continue;
        }

        if (templates[i].err) {
            printf("  template %u accepted: \"%s\"\n", (unsigned) i,
                   templates[i].tpl);
        }

        CHECK(templates[i].err == NULL);
    }

    review_arena_destroy(a);
}


/* the card's stars: value / best of five, to the half; grades as letters */

static const struct {
    const char  *rating;
    const char  *want;
} card_ratings[] = {
    { "4/5", "rvw-s1 rvw-w8\"" },
    { "8/10", "rvw-s1 rvw-w8\"" },
    { "3.5/5", "rvw-s1 rvw-w7\"" },
    { "1/5", "rvw-s1 rvw-w2\"" },
    { "\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xc2\xbd", "rvw-s1 rvw-w7\"" },
    { "\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x86",
      "rvw-s1 rvw-w8\"" },
    { "4/5", "Rating: 4 out of 5" },
    { "Grade: B+", "Grade: B+" },
    { "B+ grade", "Grade: B+" },
    { "Verdict: A-", "Grade: A-" },
};


static void
test_card_stars(void)
{
    char                    page[1024];
    size_t                  i, k, n;
    review_t               *rv;
    review_conf_t           conf;
    review_input_t          in;
    const review_insert_t  *ins;

    review_conf_init(&conf);
    conf.force = 1;
    conf.card = 1;
    conf.card_style = 0;
    memset(&in, 0, sizeof(in));

    for (i = 0; i < sizeof(card_ratings) / sizeof(card_ratings[0]); i++) {
        snprintf(page, sizeof(page), "<html><head><title>Station review"
                 "</title></head><body><article><h1>Station review</h1>"
                 "<p>Directed by Mara Olsen, Station is a tense, elegant "
                 "thriller set on a sleeper train from Oslo to Bergen.</p>"
                 "<p>Tom Reyes plays the conductor, and he is superb.</p>"
                 "<p>Rating: %s</p></article></body></html>",
                 card_ratings[i].rating);

        rv = review_create(&conf, &in);
        CHECK(rv != NULL);
        if (rv == NULL) {
            continue;
        }

        review_feed(rv, (const unsigned char *) page, strlen(page));
        review_finish(rv);
        n = review_inserts(rv, &ins);

        for (k = 0; k < n; k++) {
            if (ins[k].what == REVIEW_INSERT_CARD) {
                break;
            }
        }

        CHECK(k < n && review_memmem(ins[k].text.data, ins[k].text.len,
                                     card_ratings[i].want,
                                     strlen(card_ratings[i].want)));

        /* no half-star glyph, which many fonts lack */
        CHECK(k < n && !review_memmem(ins[k].text.data, ins[k].text.len,
                                      "2bea", 4));

        if (k == n || !review_memmem(ins[k].text.data, ins[k].text.len,
                                     card_ratings[i].want,
                                     strlen(card_ratings[i].want)))
        {
            printf("  card for \"%s\": %.*s\n", card_ratings[i].rating,
                   k < n ? (int) ins[k].text.len : 0,
                   k < n ? (const char *) ins[k].text.data : "");
        }

        review_destroy(rv);
    }
}


/* "<template></head></template>" in the head: the real </head> */

static const char  page_template[] =
    "<!DOCTYPE html>\n<html><head><title>Station review</title>"
    "<template><p>x</p></head></template>\n"
    "<meta name=\"author\" content=\"Ada Quill\">\n</head>\n"
    "<body><article><h1>Station review</h1><p>Directed by Mara Olsen, "
    "Station is a tense, elegant thriller set on a sleeper train from "
    "Oslo to Bergen, and it is a gem.</p><p>Tom Reyes plays the "
    "conductor, and he is superb.</p></article></body></html>\n";


static void
test_head_template(void)
{
    size_t          step, fake, real;
    result_t        res;
    review_conf_t   conf;

    review_conf_init(&conf);
    conf.force = 1;

    fake = strstr(page_template, "</head>") - page_template;
    real = strstr(page_template + fake + 1, "</head>") - page_template;

    analyze(page_template, sizeof(page_template) - 1, 1 << 20, NULL, &conf,
            &res);

    CHECK(strcmp(res.status, "injected") == 0);
    CHECK_INT(res.offset[0], real);

    for (step = 1; step < sizeof(page_template); step += 7) {
        analyze(page_template, sizeof(page_template) - 1, step, NULL, &conf,
                &res);

        /* cut anywhere: the real </head>, or nothing, never the template */
        CHECK(res.n == 0 || res.offset[0] == real);
    }
}


/* the card at a marker: after the paragraph, list, cell... it is in */

static const struct {
    const char  *frag;
    const char  *after;      /* the card right after this; NULL: none */
} markers[] = {
    { "<p>a<!-- review-card -->b</p>", "b</p>" },
    { "<p>a<span>x<a href=/>y<!-- review-card --></a></span>b</p>",
      "b</p>" },
    { "<h2>T<!-- review-card --></h2>", "</h2>" },
    { "<ul><li>a<!-- review-card --></li><li>b</li></ul>", "</ul>" },
    { "<table><tr><td>a<!-- review-card --></td></tr></table>",
      "</table>" },
    { "<form><label>x<!-- review-card --></label></form>", "</form>" },
    { "<pre>a<!-- review-card -->b</pre>", "</pre>" },
    { "<div>a<!-- review-card -->b</div>", "<!-- review-card -->" },
    { "<div hidden><!-- review-card --></div>", NULL },
};


static void
test_marker(void)
{
    char                    page[1024], head[1024];
    size_t                  i, k, n, want;
    review_t               *rv;
    review_conf_t           conf;
    review_input_t          in;
    const review_insert_t  *ins;

    review_conf_init(&conf);
    conf.force = 1;
    conf.card = 1;
    conf.card_position = REVIEW_CARD_MARKER;
    memset(&in, 0, sizeof(in));

    for (i = 0; i <= sizeof(markers) / sizeof(markers[0]); i++) {
        if (i < sizeof(markers) / sizeof(markers[0])) {
            snprintf(page, sizeof(page), "<html><head><title>Station "
                     "review</title></head><body><article><h1>Station "
                     "review</h1><p>Directed by Mara Olsen, Station is a "
                     "tense, elegant thriller set on a sleeper train.</p>"
                     "%s<p>Tom Reyes is superb.</p></article></body>"
                     "</html>", markers[i].frag);
            want = markers[i].after
                   ? (size_t) (strstr(page, markers[i].after) - page)
                     + strlen(markers[i].after)
                   : 0;

        } else {
            /* never in the head */
            snprintf(head, sizeof(head), "<html><head><title>Station "
                     "review</title><!-- review-card --></head><body>"
                     "<article><h1>Station review</h1><p>Directed by Mara "
                     "Olsen, Station is a tense, elegant thriller.</p>"
                     "</article></body></html>");
            memcpy(page, head, sizeof(head));
            want = 0;
        }

        rv = review_create(&conf, &in);
        CHECK(rv != NULL);
        if (rv == NULL) {
            continue;
        }

        review_feed(rv, (const unsigned char *) page, strlen(page));
        review_finish(rv);
        n = review_inserts(rv, &ins);

        for (k = 0; k < n && ins[k].what != REVIEW_INSERT_CARD; k++) {
            /* void */
        }

        if (want) {
            CHECK(k < n && ins[k].offset == want);

        } else {
            CHECK(k == n);
        }

        if (want ? (k == n || ins[k].offset != want) : k < n) {
            printf("  marker %u: card at %d, not %d\n", (unsigned) i,
                   k < n ? (int) ins[k].offset : -1, (int) want);
        }

        review_destroy(rv);
    }
}


/* URLs: only absolute http(s) ones; one slash before "#website" */

static void
test_urls(void)
{
    size_t                  i, k, n;
    review_str_t            u;
    review_t               *rv;
    review_conf_t           conf;
    review_input_t          in;
    const review_insert_t  *ins;
    static const char      *page =
        "<html><head><title>Station review</title>"
        "<meta property=\"og:url\" "
        "content=\"https://e.example/&quot;&gt;&lt;script&gt;x\">"
        "<link rel=\"author\" href=\"javascript:alert(1)\">"
        "</head><body><article><h1>Station review</h1><p>Directed by Mara "
        "Olsen, Station is a tense, elegant thriller set on a sleeper "
        "train.</p><p>Tom Reyes is superb.</p></article></body></html>";
    static const struct {
        const char  *url;
        int          valid;
    } urls[] = {
        { "https://e.example/", 1 }, { "http://e.example", 1 },
        { "https://e.example:8080/a?b=c#d", 1 }, { "http://[::1]/x", 1 },
        { "HTTPS://E.EXAMPLE/A", 1 }, { "https://e.example/\"><script>", 0 },
        { "https://e.example/a b", 0 }, { "javascript:alert(1)", 0 },
        { "//e.example/", 0 }, { "https:///x", 0 }, { "https://-x/", 0 },
        { "https://e.example\\@evil/", 0 }, { "ftp://e.example/", 0 },
        { "/reviews/station/", 0 }, { "https://e.example/`x", 0 },
    };

    for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++) {
        u.data = (const unsigned char *) urls[i].url;
        u.len = strlen(urls[i].url);
        CHECK(review_url_valid(&u) == urls[i].valid);
    }

    review_conf_init(&conf);
    conf.force = 1;
    conf.publisher_name.data = (const unsigned char *) "Rail Films";
    conf.publisher_name.len = 10;
    conf.publisher_url.data = (const unsigned char *) "https://e.example/";
    conf.publisher_url.len = 18;

    memset(&in, 0, sizeof(in));
    in.url.data = (const unsigned char *) "https://e.example/station/";
    in.url.len = 26;

    rv = review_create(&conf, &in);
    CHECK(rv != NULL);
    if (rv == NULL) {
        return;
    }

    review_feed(rv, (const unsigned char *) page, strlen(page));
    review_finish(rv);
    n = review_inserts(rv, &ins);

    for (k = 0; k < n && ins[k].what != REVIEW_INSERT_JSONLD; k++) {
        /* void */
    }

    CHECK(k < n);

    if (k < n) {
        CHECK(review_memmem(ins[k].text.data, ins[k].text.len,
                            "\"https://e.example/#website\"", 28));
        CHECK(!review_memmem(ins[k].text.data, ins[k].text.len, "//#", 3));
        CHECK(review_memmem(ins[k].text.data, ins[k].text.len,
                            "\"url\":\"https://e.example/station/\"", 34));
        CHECK(!review_memmem(ins[k].text.data, ins[k].text.len,
                             "\\u003cscript", 12));
        CHECK(!review_memmem(ins[k].text.data, ins[k].text.len,
                             "javascript", 10));
    }

    review_destroy(rv);
}


/*
 * A capsule: 54 words with a stated rating is a review at the default
 * review_min_words; the same 51 words without it are too short.
 */

static void
test_capsule(void)
{
    result_t        res;
    review_conf_t   conf;
    static const char  capsule[] =
        "<!doctype html><html lang=\"en\"><head><title>Station review - "
        "Rail Films</title><meta name=\"author\" content=\"Ada Quill\">"
        "</head><body><article><h1>Station review</h1><p>Directed by Mara "
        "Olsen, Station is a tense, elegant thriller set on a sleeper "
        "train from Oslo to Bergen. Tom Reyes is superb as the conductor "
        "who counts the passengers twice each night, and Ines Sola "
        "matches him as the woman whose husband vanished. Station wastes "
        "nothing; a gem.</p>%s</article></body></html>";
    char            page[1024];

    review_conf_init(&conf);
    CHECK_INT(conf.min_words, 80);

    snprintf(page, sizeof(page), capsule, "<p>Rating: 4/5</p>");
    analyze(page, strlen(page), 1 << 20, NULL, &conf, &res);
    CHECK(strcmp(res.status, "injected") == 0);

    snprintf(page, sizeof(page), capsule, "");
    analyze(page, strlen(page), 1 << 20, NULL, &conf, &res);
    CHECK(strcmp(res.status, "skipped:too-short") == 0);
}


/*
 * A finished analysis leaves its blocks for the next one: the same big
 * block and chunk come back, counted as they were asked for.
 */

static void
test_arena_keep(void)
{
    size_t           used;
    unsigned char   *big, *small, *p;
    review_arena_t  *a;

    a = review_arena_create(0);
    CHECK(a != NULL);

    if (a == NULL) {
        return;
    }

    big = review_alloc(a, 100000);
    small = review_alloc(a, 100);
    CHECK(big != NULL && small != NULL);
    used = review_arena_used(a);
    review_arena_destroy(a);

    a = review_arena_create(0);
    CHECK(a != NULL);

    if (a == NULL) {
        return;
    }

    /* a smaller request takes the kept block; the count is what it asked */
    p = review_alloc(a, 90000);
    CHECK(p == big);
    CHECK(review_alloc(a, 100) == small);
    CHECK_INT(review_arena_used(a), used - 10000);

    /* growing within the kept block stays in place */
    CHECK(review_realloc(a, p, 90000, 100000) == p);
    CHECK_INT(review_arena_used(a), used);

    review_arena_destroy(a);
}


int
main(void)
{
    review_global_init();

    test_chunking();
    test_charsets();
    test_fail_open();
    test_hold();
    test_templates();
    test_card_stars();
    test_head_template();
    test_marker();
    test_urls();
    test_capsule();
    test_arena_keep();
    test_page_file("demo/html/reviews/sound-of-metal.html");
    test_page_file("demo/html/reviews/the-quiet-harbour.html");

    UNIT_DONE("review");
}

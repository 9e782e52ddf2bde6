
/*
 * Copyright (C) ngx_review_module developers
 */


/*
 * Signals a page gives after its content block: each still decides.
 *
 * The parse reads the whole page today.  An early stop (handing libxml2
 * nothing after the review's block) would save most of a long page's
 * cost, but the decision and the facts read further down than the
 * article: the page's own JSON-LD in the footer, the copyright line, a
 * longer block below the first one, more posts after the first.  Each
 * case here is a review whose article closes early, then 40 KB of a
 * theme's tail (a script, comments, links), then the late signal; the
 * same page without the signal decides otherwise.  Fed whole and in
 * pieces of 1, 13 and 4096 bytes, the answer is the same.
 */


#include <stdio.h>
#include <stdlib.h>

#include "unit.h"
#include "review.h"


#define LATE_HEAD(title)                                                     \
    "<html><head><title>" title "</title>"                                   \
    "<meta property=\"og:site_name\" content=\"Night Ledger\"></head>"       \
    "<body><header><a href=\"/\">Home</a></header>"

#define LATE_PROSE                                                           \
    "<p>I saw Still Water on a wet Tuesday and thought about it all week. " \
    "A ferry pilot loses her nerve after a storm, and Ines Corlan plays "   \
    "her with a stubborn, wounded calm that I found gripping.</p><p>The "   \
    "director, Pavel Oster, trusts long takes and the sound of the engine " \
    "more than music; the film is patient, beautiful and at times funny. " \
    "The middle hour sags a little, yet I never wanted to look away.</p>"  \
    "<p>Marek Lund is wonderful as the brother who keeps the boat "         \
    "running, and the last crossing is a superb, quietly moving scene. "   \
    "It is among the finest films I have watched this year, and I "        \
    "recommend it warmly.</p>"

#define LATE_ARTICLE                                                         \
    "<article><h1>Review: Still Water</h1>" LATE_PROSE LATE_PROSE            \
    "</article>"

#define LATE_END  "</body></html>"


/* what pages are built in: big enough for the tail and a signal */
#define LATE_SIZE  (64 * 1024)


typedef struct {
    char                     buf[LATE_SIZE];
    size_t                   len;
    unsigned                 full:1;     /* a piece did not fit */
} late_page_t;


static void
late_add(late_page_t *pg, const char *s)
{
    size_t  n;

    n = strlen(s);

    if (pg->len + n < sizeof(pg->buf)) {
        memcpy(pg->buf + pg->len, s, n);
        pg->len += n;

    } else {
        pg->full = 1;
    }
}


/*
 * A theme's tail after the article: a 40 KB script (the kind of bytes
 * the parser is spared), a few readers' comments, and a list of links to
 * other parts of the site; about 40 KB in all.
 */

static void
late_tail(late_page_t *pg)
{
    int   i;
    char  line[128];

    late_add(pg, "<script>var theme = {");

    for (i = 0; i < 1300; i++) {
        snprintf(line, sizeof(line), "k%03d: \"a value of forty bytes\", ",
                 i);
        late_add(pg, line);
    }

    late_add(pg, "};</script><section id=\"comments\" class=\"comments\">");

    for (i = 0; i < 12; i++) {
        late_add(pg, "<div class=\"comment\"><p>Thanks, I must see it."
                     "</p></div>");
    }

    late_add(pg, "</section><nav class=\"site-nav\"><ul>");

    for (i = 0; i < 10; i++) {
        snprintf(line, sizeof(line), "<li><a href=\"/about/%d/\">About "
                 "us, part %d</a></li>", i, i);
        late_add(pg, line);
    }

    late_add(pg, "</ul></nav>");
}


typedef enum {
    LATE_STATUS = 0,
    LATE_AUTHOR,
    LATE_WORDS
} late_what_e;


/* one answer of the page: its status, or a fact, as a string */

static void
late_answer(const late_page_t *pg, size_t piece, late_what_e what,
    char *out, size_t size)
{
    int                    rc;
    review_t              *rv;
    review_conf_t          conf;
    const review_facts_t  *f;

    out[0] = '\0';

    review_conf_init(&conf);

    rv = unit_review(&conf, (const unsigned char *) pg->buf, pg->len, piece,
                     &rc);
    CHECK(rv != NULL && rc == REVIEW_OK);
    if (rv == NULL) {
        return;
    }

    f = review_get_facts(rv);

    switch (what) {

    case LATE_STATUS:
        snprintf(out, size, "%s", review_status_name(review_status(rv)));
        break;

    case LATE_AUTHOR:
        snprintf(out, size, "%.*s", (int) f->author.len,
                 f->author.data ? (const char *) f->author.data : "");
        break;

    default:
        snprintf(out, size, "%u", f->word_count);
        break;
    }

    review_destroy(rv);
}


/*
 * The page with the late signal must answer "want", fed whole and in
 * pieces, and the page without it something else.
 */

static void
late_check(const char *name, const char *head, const char *signal,
    late_what_e what, const char *want)
{
    size_t        i;
    char          got[256];
    late_page_t  *pg;

    static const size_t  pieces[] = { 0, 1, 13, 4096 };

    pg = malloc(sizeof(late_page_t));
    CHECK(pg != NULL);
    if (pg == NULL) {
        return;
    }

    pg->len = 0;
    pg->full = 0;
    late_add(pg, head);
    late_add(pg, LATE_ARTICLE);
    late_tail(pg);
    late_add(pg, signal);
    late_add(pg, LATE_END);

    CHECK(!pg->full && pg->len > 40000);

    for (i = 0; i < sizeof(pieces) / sizeof(pieces[0]); i++) {
        late_answer(pg, pieces[i], what, got, sizeof(got));

        if (strcmp(got, want) != 0) {
            fprintf(stderr, "late %s, pieces of %u: \"%s\", not \"%s\"\n",
                    name, (unsigned) pieces[i], got, want);
        }

        CHECK(strcmp(got, want) == 0);
    }

    /* without the signal the answer differs: the signal decides */
    pg->len = 0;
    late_add(pg, head);
    late_add(pg, LATE_ARTICLE);
    late_tail(pg);
    late_add(pg, LATE_END);

    late_answer(pg, 0, what, got, sizeof(got));

    if (strcmp(got, want) == 0) {
        fprintf(stderr, "late %s: \"%s\" without the signal too\n",
                name, got);
    }

    CHECK(strcmp(got, want) != 0);

    free(pg);
}


static void
test_late_signals(void)
{
    /* the page's own JSON-LD after the footer names the author */
    late_check("json-ld author", LATE_HEAD("Review: Still Water"),
        "<footer><p>Night Ledger</p></footer>"
        "<script type=\"application/ld+json\">{\"@context\": "
        "\"https://schema.org\", \"@type\": \"BlogPosting\", \"headline\": "
        "\"Review: Still Water\", \"author\": {\"@type\": \"Person\", "
        "\"name\": \"Mara Ellison\"}}</script>",
        LATE_AUTHOR, "Mara Ellison");

    /* the page's own Review markup at the very end: left as it is */
    late_check("json-ld review", LATE_HEAD("Review: Still Water"),
        "<script type=\"application/ld+json\">{\"@context\": "
        "\"https://schema.org\", \"@type\": \"Review\", \"itemReviewed\": "
        "{\"@type\": \"Movie\", \"name\": \"Still Water\"}, \"author\": "
        "{\"@type\": \"Person\", \"name\": \"Mara Ellison\"}}</script>",
        LATE_STATUS, "skipped:has-review");

    /* the copyright line, the page's last text, names the site */
    late_check("copyright", "<html><head><title>Review: Still Water"
        "</title></head><body><header><a href=\"/\">Home</a></header>",
        "<footer><p>&copy; 2024 Hollis Brandt. All rights reserved.</p>"
        "</footer>", LATE_AUTHOR, "Hollis Brandt");

    /* a longer post further down rates two films: several reviews */
    late_check("two rated films", LATE_HEAD("Review: Still Water"),
        "<div class=\"post\"><h2>Review: Low Tide</h2>" LATE_PROSE
        LATE_PROSE LATE_PROSE "<p>&#9733;&#9733;</p><h2>Review: High "
        "Ground</h2>" LATE_PROSE LATE_PROSE "<p>&#9733;&#9733;&#9733;</p>"
        "</div>", LATE_STATUS, "skipped:multi");

    /* a longer review below the first block is the content */
    late_check("longer block", LATE_HEAD("Review: Still Water"),
        "<div class=\"entry-content\">" LATE_PROSE LATE_PROSE LATE_PROSE
        LATE_PROSE "</div>", LATE_WORDS, "452");

    /*
     * The same signals in elements left open, as a theme cut short or
     * a broken template leaves them: the end of the page closes them.
     */
    late_check("json-ld in open blocks", LATE_HEAD("Review: Still Water"),
        "<div class=\"site-footer\"><div class=\"inner\"><p>Night Ledger"
        "<script type=\"application/ld+json\">{\"@context\": "
        "\"https://schema.org\", \"@type\": \"BlogPosting\", \"author\": "
        "{\"@type\": \"Person\", \"name\": \"Mara Ellison\"}}</script>",
        LATE_AUTHOR, "Mara Ellison");

    late_check("copyright in open blocks", "<html><head><title>Review: "
        "Still Water</title></head><body><header><a href=\"/\">Home</a>"
        "</header>",
        "<footer><div class=\"legal\"><p>&copy; 2024 Hollis Brandt. All "
        "rights reserved.", LATE_AUTHOR, "Hollis Brandt");

    late_check("longer open block", LATE_HEAD("Review: Still Water"),
        "<div class=\"entry-content\">" LATE_PROSE LATE_PROSE LATE_PROSE
        LATE_PROSE "<div class=\"share\">", LATE_WORDS, "452");
}


int
main(void)
{
    review_global_init();

    test_late_signals();

    review_global_done();

    UNIT_DONE("late");
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

#include "review.h"
#include "review_page_int.h"
#include "review_json_read.h"


static review_str_t
str(const char *s)
{
    review_str_t  r;

    r.data = (const unsigned char *) s;
    r.len = strlen(s);

    return r;
}


/* the date a text holds, as ISO 8601, or "" */

static review_str_t
date(review_arena_t *a, const char *s)
{
    review_str_t  in, out;

    in = str(s);

    if (review_date_normalize(a, &in, &out) != REVIEW_OK) {
        out.data = NULL;
        out.len = 0;
    }

    return out;
}


/* the same, read as the place allows (REVIEW_DATE_*) */

static review_str_t
date_as(review_arena_t *a, const char *s, unsigned flags)
{
    review_str_t  in, out;

    in = str(s);

    if (review_date_parse(a, &in, flags, &out) != REVIEW_OK) {
        out.data = NULL;
        out.len = 0;
    }

    return out;
}


static void
test_dates(void)
{
    review_str_t     url, out;
    review_arena_t  *a;

    a = review_arena_create(0);

    CHECK_STR(date(a, "2021-05-10T09:00:00+00:00"),
              "2021-05-10T09:00:00+00:00");
    CHECK_STR(date(a, "2021-05-10 09:00"), "2021-05-10");
    CHECK_STR(date(a, "May 10, 2021"), "2021-05-10");
    CHECK_STR(date(a, "10 May 2021"), "2021-05-10");
    CHECK_STR(date(a, "Saturday, 12 September 2020"), "2020-09-12");
    CHECK_STR(date(a, "Sept. 8, 2022"), "2022-09-08");
    CHECK_STR(date(a, "Posted on May 10, 2024 by Hugo Lindqvist"),
              "2024-05-10");
    CHECK_STR(date(a, "Oct 31, 2020 3 min read"), "2020-10-31");
    CHECK_STR(date(a, "2021/05/10"), "2021-05-10");

    /* a first name that is, or begins as, a month's is the byline's */
    CHECK_STR(date(a, "Jana Keller, 3. M\xc3\xa4rz 2021"), "2021-03-03");
    CHECK_STR(date(a, "June Carter, 3 March 2021"), "2021-03-03");
    CHECK_STR(date(a, "by Augusta Wind, May 4, 2020"), "2020-05-04");
    CHECK_STR(date(a, "May Lin 12 October 2019"), "2019-10-12");
    CHECK_STR(date(a, "Septem. 8, 2022"), "2022-09-08");
    CHECK_STR(date(a, "Janet 3, 2021"), "");

    /* day and month told apart by the one over 12 */
    CHECK_STR(date(a, "Mon, 06/14/2021 - 10:02"), "2021-06-14");
    CHECK_STR(date(a, "Fri, 19/08/2022 - 12:00"), "2022-08-19");

    /* not sure enough, or not a date */
    CHECK_STR(date(a, "06/07/2021"), "");
    CHECK_STR(date(a, "10 May 21"), "");
    CHECK_STR(date(a, "February 30, 2021"), "");
    CHECK_STR(date(a, "3 min read"), "");
    CHECK_STR(date(a, ""), "");

    /* a two-digit year where the place says it is a date */
    CHECK_STR(date_as(a, "10-22-22", REVIEW_DATE_SHORT), "2022-10-22");
    CHECK_STR(date_as(a, "10-22-22", 0), "");
    CHECK_STR(date_as(a, "3 Feb 98", REVIEW_DATE_SHORT), "1998-02-03");
    CHECK_STR(date_as(a, "04/05/22", REVIEW_DATE_SHORT), "");

    /* the page's order of day and month, where another date shows it */
    CHECK_STR(date_as(a, "11/4/19", REVIEW_DATE_SHORT | REVIEW_DATE_MDY),
              "2019-11-04");
    CHECK_STR(date_as(a, "11/4/19", REVIEW_DATE_SHORT | REVIEW_DATE_DMY),
              "2019-04-11");
    CHECK_STR(date_as(a, "06/07/2021", REVIEW_DATE_DMY), "2021-07-06");
    CHECK(review_date_order((const unsigned char *) "Older: 7/17/20, 3/2/21",
                            22) == REVIEW_DATE_MDY);
    CHECK(review_date_order((const unsigned char *) "posted 30-01-2021", 17)
          == REVIEW_DATE_DMY);
    CHECK(review_date_order((const unsigned char *) "7/17/20 and 17/7/20",
                            19) == 0);
    CHECK(review_date_order((const unsigned char *) "v1.13.2, 2/13/2020.5",
                            20) == 0);
    CHECK(review_date_order((const unsigned char *) "11/4/19", 7) == 0);

    /* text without digits is stepped over in blocks: a date at any offset */
    {
        size_t         k;
        unsigned char  buf[64];

        for (k = 0; k < 24; k++) {
            memset(buf, 'a', k);
            memcpy(buf + k, "x 30-01-2021 yy", 15);
            CHECK(review_date_order(buf, k + 15) == REVIEW_DATE_DMY);
            memcpy(buf + k, "é7/17/20, 3/2/", 15);
            CHECK(review_date_order(buf, k + 14) == REVIEW_DATE_MDY);
        }
    }

    /* a line that opens with its date, not with a label */
    CHECK_STR(date_as(a, "May 3, 2019 \xc2\xb7 4 min \xc2\xb7 Ines",
                      REVIEW_DATE_LEAD), "2019-05-03");
    CHECK_STR(date_as(a, "Release date: May 3, 2019", REVIEW_DATE_LEAD), "");
    CHECK_STR(date_as(a, "Sunday, 5 May 2019", REVIEW_DATE_LEAD),
              "2019-05-05");

    /* a date alone, a time and a zone beside it at most */
    CHECK_STR(date_as(a, "20 Nov 2016, 22:14", REVIEW_DATE_ALONE),
              "2016-11-20");
    CHECK_STR(date_as(a, "June 2, 2011 at 9:15 pm UTC", REVIEW_DATE_ALONE),
              "2011-06-02");
    CHECK_STR(date_as(a, "Updated 20 Nov 2016", REVIEW_DATE_ALONE), "");
    CHECK_STR(date_as(a, "20 Nov 2016 \xc2\xb7 3 min read",
                      REVIEW_DATE_ALONE), "");

    url = str("https://example.org/film/2024/jul/19/gravity-well-review");
    CHECK(review_date_from_url(a, &url, &out) == REVIEW_OK);
    CHECK_STR(out, "2024-07-19");

    url = str("https://example.org/2020/09/the-river-knows.html");
    CHECK(review_date_from_url(a, &url, &out) != REVIEW_OK);

    review_arena_destroy(a);
}


static void
title(review_arena_t *a, const char *headline, const char *site,
    const char *want_name, const char *want_year, int want_review)
{
    int           is_review;
    review_str_t  h, s, name, year;

    h = str(headline);
    s = str(site);

    CHECK(review_title_clean(a, &h, &s, &name, &year, &is_review)
          == REVIEW_OK);

    if (is_review != want_review) {
        fprintf(stderr, "title \"%s\":\n", headline);
    }
    CHECK_STR(name, want_name);
    CHECK_STR(year, want_year);
    CHECK_INT(is_review, want_review);
}


static void
test_titles(void)
{
    review_arena_t  *a;

    a = review_arena_create(0);

    title(a, "Review: Sound of Metal", "", "Sound of Metal", "", 1);
    title(a, "Sound of Metal review: a stunning portrait | Film Journal",
          "Film Journal", "Sound of Metal", "", 1);
    title(a, "\xe2\x80\x98Static Bloom\xe2\x80\x99 review \xe2\x80\x93 a "
          "horror movie that loses its signal", "", "Static Bloom", "", 1);
    title(a, "Film review: Crown of Salt (2021)", "", "Crown of Salt",
          "2021", 1);
    title(a, "The River Knows (2020) - Review", "", "The River Knows",
          "2020", 1);
    title(a, "Hollow Creek (2020) | Film Review", "", "Hollow Creek",
          "2020", 1);
    title(a, "Brass Monkeys - Film Review - Northern Lights Film Society",
          "", "Brass Monkeys", "", 1);

    /* a database's title: the score after its star goes too */
    title(a, "The Long Field (2024) \xe2\xad\x90 7.4 | Drama", "",
          "The Long Field", "2024", 0);
    title(a, "Harvest \xe2\x98\x85 8/10 review", "", "Harvest", "", 1);

    /* a social film site's title: stars, then "review of" the work */
    title(a, "A \xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85 review of "
          "The Long Field (2024)", "", "The Long Field", "2024", 1);
    title(a, "My review of Night Ferry", "", "Night Ferry", "", 1);
    title(a, "Critics review of the year", "", "Critics", "", 1);

    /* a series, not its episode; an episode of a film saga stays */
    title(a, "Harbour Lights season 2 episode 3 review: a storm", "",
          "Harbour Lights", "", 1);
    title(a, "Review: Harbour Lights S02E03", "", "Harbour Lights", "", 1);
    title(a, "Harbour Lights Series 2 review", "", "Harbour Lights", "", 1);
    title(a, "Review: Star Wars Episode 9", "", "Star Wars Episode 9", "",
          1);
    title(a, "Mira Kovac to direct sci-fi epic for Northlight", "",
          "Mira Kovac to direct sci-fi epic for Northlight", "", 0);

    /* a film diary's "Watched X" after a pictograph; a "reaction" */
    title(a, "\xf0\x9f\x8d\xbfWatched Night Ferry (2024)", "",
          "Night Ferry", "2024", 1);
    title(a, "21 Grams Movie Reaction \xe2\x80\x93 A five pointer", "",
          "21 Grams", "", 1);

    review_arena_destroy(a);
}


/*
 * Labels, paths, brackets: forms met on real pages (written again here
 * in other words) that are not the work's name
 */

static void
test_title_labels(void)
{
    review_arena_t  *a;

    a = review_arena_create(0);

    /* a format or a diary's label before the name */
    title(a, "DVD: Harbour Lights", "", "Harbour Lights", "", 0);
    title(a, "Blu-ray :: The Quiet Engine", "", "The Quiet Engine", "", 0);
    title(a, "I Watched: Glass Orchard", "", "Glass Orchard", "", 0);
    title(a, "Watching Iron Orchard", "", "Iron Orchard", "", 0);
    title(a, "Sneak: Paper Moons", "", "Paper Moons", "", 0);
    title(a, "Ciné : Les Heures claires", "", "Les Heures claires", "", 0);

    /* "Movie Review" with a separator other than a colon before the name */
    title(a, "Movie Review \xc2\xb7 Harbour Lights (1956)", "",
          "Harbour Lights", "1956", 1);
    title(a, "Film Review - The Quiet Engine", "", "The Quiet Engine", "",
          1);

    /* a label's word is no label inside another word, nor alone */
    title(a, "Filmore Nights", "", "Filmore Nights", "", 0);
    title(a, "Watchmen Redux", "", "Watchmen Redux", "", 0);
    title(a, "DVD Extras of the Year", "", "DVD Extras of the Year", "", 0);

    /* "mini-review", "quick review": the kind of review, not the name */
    title(a, "Long Field Mini-review | A Blog", "A Blog", "Long Field", "",
          1);
    title(a, "Night Ferry quick review", "", "Night Ferry", "", 1);

    /* a film whose name ends in a German filler word keeps it */
    title(a, "No Time to Die review", "", "No Time to Die", "", 1);

    review_arena_destroy(a);
}


static void
test_brackets(void)
{
    review_arena_t  *a;

    a = review_arena_create(0);

    /* the director in brackets, or after the year */
    title(a, "Still Water (Felix Amand) | Notes", "Notes", "Still Water", "",
          0);
    title(a, "Les Heures claires (2003), Hana Sato", "",
          "Les Heures claires", "2003", 0);
    title(a, "Critique - Marrow (Spoilers)", "", "Marrow", "", 1);

    /* a name that opens with its bracket keeps it */
    title(a, "(500) Nights of Rain", "", "(500) Nights of Rain", "", 0);

    /* a diary's entry: the name runs up to its year, colon and all */
    title(a, "\xf0\x9f\x8d\xbf Watched GRID: Origins (2025) on Disney+",
          "", "GRID: Origins", "2025", 1);

    /* an essay's title after the year is not the name */
    title(a, "Low Rooms (2026): The Horror of Staying Put", "",
          "Low Rooms", "2026", 0);

    review_arena_destroy(a);
}


static void
test_paths(void)
{
    review_arena_t  *a;

    a = review_arena_create(0);

    /* an old theme's "Site » Blog Archive » Post" */
    title(a, "The Reel Club \xc2\xbb Blog Archive \xc2\xbb Stand Still",
          "", "Stand Still", "", 0);

    /* a newspaper's section path, then "Movie Review | 'X': tagline" */
    title(a, "The Daily > Movies > Archive > Movie Review | 'Far Harbor': "
          "A Trip Worth Taking, and Then Some Again", "",
          "Far Harbor", "", 1);

    /* the page, then the site */
    title(a, "Stand Still \xc2\xbb The Reel Club", "The Reel Club",
          "Stand Still", "", 0);

    /* Portuguese with the English word: "Review do Filme: X (2021)" */
    title(a, "Review do Filme: Cold Ridge (2021) | syslog", "syslog",
          "Cold Ridge", "2021", 1);

    /* a dash escaped twice by the CMS: "&#8211;" in the text */
    title(a, "Paper Moons &#8211; Review des Films", "", "Paper Moons", "",
          1);

    /* the site as a label before "Review of X", a date after the name */
    title(a, "Reel Notes: Review of Salt Flats, 7-2-11", "Reel Notes",
          "Salt Flats", "", 1);

    /* a post without a title: "- Site" names nothing */
    title(a, "- Salt Flats Weekly", "", "", "", 0);

    /* German quotation marks around the name */
    title(a, "\xe2\x80\x9eSalt Flats\xe2\x80\x9c zeigt die W\xc3\xbcste",
          "", "Salt Flats", "", 0);

    /* a section label; "what I loved about X" */
    title(a, "Culture: Salt Flats", "", "Salt Flats", "", 0);
    title(a, "What I loved about Salt Flats (spoilers)", "", "Salt Flats",
          "", 0);

    /* "关于X, 关于Y": about the film, then about something else */
    title(a, "\xe5\x85\xb3\xe4\xba\x8e\xe7\x9b\x90\xe6\xbb\xa9, "
          "\xe5\x85\xb3\xe4\xba\x8e\xe5\xa4\x8f\xe5\xa4\xa9", "",
          "\xe7\x9b\x90\xe6\xbb\xa9", "", 0);

    review_arena_destroy(a);
}


static void
test_json(void)
{
    uint32_t           o, v;
    review_arena_t    *a;
    review_json_doc_t  d;

    static const char  ok[] =
        "{\"@type\":\"Review\",\"n\":4.5,\"a\":[1,{\"b\":null}],"
        "\"s\":\"x\\u00e9\\\"y\",\"t\":true}";

    a = review_arena_create(0);

    CHECK(review_json_parse(a, (const unsigned char *) ok, sizeof(ok) - 1,
                            1000, &d) == REVIEW_OK);
    o = 0;
    CHECK_INT(d.v[o].type, REVIEW_JSON_OBJECT);

    v = review_json_get(&d, o, "@type");
    CHECK(v != REVIEW_JSON_NONE);
    CHECK_STR(d.v[v].str, "Review");

    v = review_json_get(&d, o, "n");
    CHECK(v != REVIEW_JSON_NONE && d.v[v].num == 4.5);

    v = review_json_get(&d, o, "s");
    CHECK(v != REVIEW_JSON_NONE);
    CHECK_STR(d.v[v].str, "x\xc3\xa9\"y");

    v = review_json_get(&d, o, "a");
    CHECK(v != REVIEW_JSON_NONE && d.v[v].type == REVIEW_JSON_ARRAY);

    CHECK(review_json_get(&d, o, "missing") == REVIEW_JSON_NONE);

    /* broken or hostile: refused, never read past the end */
    CHECK(review_json_parse(a, (const unsigned char *) "{\"a\":", 5, 1000, &d)
          != REVIEW_OK);
    CHECK(review_json_parse(a, (const unsigned char *) "[1,2", 4, 1000, &d)
          != REVIEW_OK);
    CHECK(review_json_parse(a, (const unsigned char *) "\"\\u12", 5, 1000, &d)
          != REVIEW_OK);

    review_arena_destroy(a);
}


static void *
unit_alloc(void *ctx, size_t size)
{
    return review_alloc(ctx, size);
}


static void
test_selectors(void)
{
    char             err[128];
    review_arena_t  *a;

    a = review_arena_create(0);

#define SEL(s)                                                               \
    review_selector_compile((const unsigned char *) (s), strlen(s),          \
                            unit_alloc, a, err, sizeof(err))

    CHECK(SEL("article") != NULL);
    CHECK(SEL(".entry-content") != NULL);
    CHECK(SEL("#main .post-body p") != NULL);
    CHECK(SEL("div.field--name-body") != NULL);

    CHECK(SEL("") == NULL);
    CHECK(SEL("div > p") == NULL);
    CHECK(SEL("a[href]") == NULL);
    CHECK(SEL("..x") == NULL);

#undef SEL

    review_arena_destroy(a);
}


/* runs a whole page through the pipeline, returns its status */

static const char *
run(const unsigned char *page, size_t len, int unlimited)
{
    int              rc;
    review_t        *rv;
    review_conf_t    conf;
    static char      status[64];

    review_conf_init(&conf);

    if (unlimited) {
        conf.max_text = 0;
        conf.max_sentences = 0;
        conf.max_memory = 0;
        conf.max_nodes = 0;
    }

    rv = unit_review(&conf, page, len, 65536, &rc);
    if (rv == NULL) {
        return "no memory";
    }

    snprintf(status, sizeof(status), "%s",
             review_status_name(review_status(rv)));
    review_destroy(rv);

    return status;
}


/*
 * Big and deep pages finish, with an answer: nothing in the pipeline is
 * quadratic or recursive (the time is measured by make bench, not here).
 */

static void
test_big_pages(void)
{
    size_t          i, len;
    const char     *status;
    unsigned char  *p, *q;

    static const char  head[] =
        "<html><head><title>Review: The Long Page</title>"
        "<meta property=\"og:site_name\" content=\"Long Pages\">"
        "</head><body>"
        "<article><h1>Review: The Long Page</h1>";
    static const char  para[] =
        "<p>Directed by Ada Quinn, The Long Page is a superb, patient and "
        "often thrilling drama, and its final scene is remarkable.</p>\n";

    /* 5 MB of review */
    len = 5 * 1024 * 1024;
    p = malloc(len + sizeof(head) + 64);
    CHECK(p != NULL);
    if (p == NULL) {
        return;
    }

    q = (unsigned char *) memcpy(p, head, sizeof(head) - 1)
        + sizeof(head) - 1;

    while ((size_t) (q - p) + sizeof(para) < len) {
        q = (unsigned char *) memcpy(q, para, sizeof(para) - 1)
            + sizeof(para) - 1;
    }

    q = (unsigned char *) memcpy(q, "</article></body></html>", 24) + 24;

    status = run(p, q - p, 1);
    if (strcmp(status, "injected") != 0) {
        fprintf(stderr, "5 MB page: %s\n", status);
    }

    CHECK(strcmp(status, "injected") == 0);

    /* with the default limits: an answer, the page as it is */
    status = run(p, q - p, 0);
    CHECK(strcmp(status, "injected") == 0
          || strncmp(status, "skipped:limit-", 14) == 0);

    /* 100k nested elements around a review */
    q = (unsigned char *) memcpy(p, head, sizeof(head) - 1)
        + sizeof(head) - 1;

    for (i = 0; i < 100000; i++) {
        q = (unsigned char *) memcpy(q, "<div>", 5) + 5;
    }

    for (i = 0; i < 40; i++) {
        q = (unsigned char *) memcpy(q, para, sizeof(para) - 1)
            + sizeof(para) - 1;
    }

    for (i = 0; i < 100000; i++) {
        q = (unsigned char *) memcpy(q, "</div>", 6) + 6;
    }

    q = (unsigned char *) memcpy(q, "</article></body></html>", 24) + 24;

    status = run(p, q - p, 0);
    CHECK(strcmp(status, "injected") == 0
          || strncmp(status, "skipped:limit-", 14) == 0);

    CHECK(strcmp(run(p, q - p, 1), "injected") == 0);

    free(p);
}


/*
 * What kind of page: written pages after forms met on real pages, each
 * with the status it must get.  The prose is shared; the head, the
 * headline and a line or two make the difference.
 */

#define KIND_PROSE                                                           \
    "<p>I went in expecting very little, and I came out moved. The film "   \
    "follows a retired boxer who takes one last job driving a getaway "     \
    "car, and Nora Vance gives the performance of her career as the "       \
    "sister who will not let him go.</p><p>Director Felix Amand keeps the " \
    "camera close and the cuts sparse; the result is tense, humane and "    \
    "often very funny. My only complaint is a final act that runs a scene " \
    "too long, but I would happily watch it again.</p><p>Tom Ruskin is "    \
    "superb as the boxer, and the film's quiet ending is remarkable. It "   \
    "is one of the best films I have seen this year, a brilliant and "      \
    "generous piece of work.</p>"

/* a sidebar's archive links: a listing's share of the text */
#define KIND_LINKS                                                           \
    "<a href=\"/2013/01/\">January 2013</a> <a href=\"/2012/12/\">December " \
    "2012</a> <a href=\"/2012/11/\">November 2012</a> <a href=\"/2012/10/\">" \
    "October 2012</a> <a href=\"/2012/09/\">September 2012</a> "            \
    "<a href=\"/2012/08/\">August 2012</a> <a href=\"/2012/07/\">July "       \
    "2012</a> <a href=\"/2012/06/\">June 2012</a> "

static void
test_kinds(void)
{
    size_t          i;
    const char     *status;

    static const struct {
        const char  *page;
        const char  *status;
    } pages[] = {

        /* a number opens the film's name, not a list; "reaction" */
        { "<html><head><title>21 Grams Movie Reaction - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>21 Grams Movie Reaction</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "injected" },

        /* a month and a year: a period's log of what was seen */
        { "<html><head><title>Screen diary (March 2025) - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Screen diary (March 2025)</h1>"
          "<p>Still Water was first.</p>"
          KIND_PROSE KIND_PROSE "<p>Still Water, again.</p>"
          "</article></body></html>", "skipped:multi" },

        /* but a film may be named after a month and a year */
        { "<html><head><title>September 1939 - Notes</title>"
          "<meta property=\"og:site_name\" content=\"Notes\"></head>"
          "<body><article><h1>September 1939</h1>"
          "<p>September 1939 is the film I had waited for all year.</p>"
          KIND_PROSE KIND_PROSE "<p>September 1939 opens on Friday.</p>"
          "</article></body></html>", "injected" },

        /*
         * a short post among many links is no index when the address is
         * the post's own, named after the film
         */
        { "<html><head><title>Harbour Lights - A Blog</title>"
          "<link rel=\"canonical\" href=\"https://blog.example.org/2013/"
          "02/08/harbour-lights/\">"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Harbour Lights</h1><p>I saw Harbour Lights "
          "last night and loved it: Nora Vance is superb, the ending is "
          "remarkable, and it is one of the best films I have seen this "
          "year. Rating: 4/5</p><p>" KIND_LINKS KIND_LINKS KIND_LINKS
          KIND_LINKS "</p></article></body></html>", "injected" },

        /*
         * a critic who never says "I": the verdict under its label in
         * the credits box is the review's voice
         */
        { "<html lang=\"es\"><head><title>Agua quieta: un drama sobre la "
          "espera - Diario</title></head><body><article><h1>Agua quieta: "
          "un drama sobre la espera</h1><p>Direcci\xc3\xb3n: Elena Soto. "
          "Reparto: Nora Vidal, Tom\xc3\xa1s Ruiz, Ana Prieto. "
          "Duraci\xc3\xb3n: 98 minutos. Nuestra opini\xc3\xb3n: muy "
          "buena.</p><p>Agua quieta sigue a una farera que espera el "
          "regreso de su hermano durante un invierno entero. La directora "
          "filma la costa con paciencia y deja que los silencios digan lo "
          "que los personajes callan. Nora Vidal sostiene la pel\xc3\xad"
          "cula con una interpretaci\xc3\xb3n contenida, y Tom\xc3\xa1s "
          "Ruiz aparece poco pero cada escena suya pesa.</p><p>Agua quieta "
          "no busca sorprender: avanza despacio, con la calma de las "
          "mareas, hasta un final que se queda en la memoria. Es el "
          "segundo largometraje de Elena Soto, y el cine espa\xc3\xb1ol "
          "tiene en ella una voz propia. Agua quieta se estrena el viernes "
          "en salas.</p></article></body></html>", "injected" },

        /*
         * two films seen the same week, each named as often, the
         * headline naming neither: no one work's review
         */
        { "<html><head><title>A weekend at the pictures - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>A weekend at the pictures</h1><p>I saw both "
          "<i>Copper Sky</i> and <i>The Salt Road</i> on Saturday, and I "
          "loved them both.</p><p><i>Copper Sky</i> is a brilliant, funny "
          "ride: Nora Vance is superb and the songs are wonderful. I will "
          "see it again.</p><p><i>The Salt Road</i> is grander and "
          "slower; I think it stumbles under its own weight, though Tom "
          "Ruskin is remarkable in it. <i>The Salt Road</i> still has "
          "the best final scene of the year, and <i>Copper Sky</i> the "
          "best first one.</p><p>My verdict: go and see both.</p>"
          "</article></body></html>", "skipped:multi" },

        /*
         * one film's review that rates its parts under their headings:
         * one review, not several
         */
        { "<html><head><title>Copper Sky - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Copper Sky</h1>" KIND_PROSE
          "<h3>The story</h3><p>Copper Sky tells a simple story well, "
          "and I was moved by it.</p>"
          "<div class=\"section-score\">7.5</div>"
          "<h3>The cast</h3><p>Copper Sky gives Nora Vance the part of "
          "her life, and she is superb in it.</p>"
          "<div class=\"section-score\">8.5</div>" KIND_PROSE
          "</article></body></html>", "injected" },

        /* the reviewer announcing a verdict is no essay's "What ..." */
        { "<html><head><title>What I think of Copper Sky - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>What I think of Copper Sky</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "injected" },

        /* an obituary of an actress: news, however warm its words */
        { "<html><head><title>RIP: Edith Marlow - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>RIP: Edith Marlow</h1><p>Edith Marlow, who "
          "played the quick-witted secretary in the first six Harbour "
          "films, has died at 84.</p><p>I am a film fan, and to me she "
          "was the best thing in those films: brilliant, funny and "
          "warm. Her later work was good too, but the early films are "
          "wonderful, and I will watch them again this week.</p><p>She "
          "went on to play mothers, judges and one memorable captain, "
          "and she never once looked bored on screen. She was Irish, "
          "which I loved. My best wishes to her family.</p>"
          "</article></body></html>", "skipped:news" },

        /* "X感想まとめ": one viewer's impressions gathered, no list */
        { "<html lang=\"ja\"><head><title>\xe3\x80\x8e\xe9\x8a\x85\xe3\x81"
          "\xae\xe7\xa9\xba\xe3\x80\x8f\xe6\x84\x9f\xe6\x83\xb3\xe3\x81\xbe"
          "\xe3\x81\xa8\xe3\x82\x81 - \xe3\x83\x8e\xe3\x83\xbc\xe3\x83\x88<"
          "/title><meta property=\"og:site_name\" content=\"\xe3\x83\x8e"
          "\xe3\x83\xbc\xe3\x83\x88\"></head><body><article><h1>\xe3\x80"
          "\x8e\xe9\x8a\x85\xe3\x81\xae\xe7\xa9\xba\xe3\x80\x8f\xe6\x84\x9f"
          "\xe6\x83\xb3\xe3\x81\xbe\xe3\x81\xa8\xe3\x82\x81</h1><p>\xe4\xbb"
          "\x8a\xe6\x97\xa5\xe3\x80\x81\xe6\x98\xa0\xe7\x94\xbb\xe9\xa4\xa8"
          "\xe3\x81\xa7\xe3\x80\x8e\xe9\x8a\x85\xe3\x81\xae\xe7\xa9\xba\xe3"
          "\x80\x8f\xe3\x82\x92\xe8\xa6\xb3\xe3\x81\x9f\xe3\x80\x82\xe3\x81"
          "\xa8\xe3\x81\xa6\xe3\x82\x82\xe8\x89\xaf\xe3\x81\x8b\xe3\x81\xa3"
          "\xe3\x81\x9f\xe3\x80\x82</p><p>\xe4\xb8\xbb\xe6\xbc\x94\xe3\x81"
          "\xae\xe6\xbc\x94\xe6\x8a\x80\xe3\x81\x8c\xe7\xb4\xa0\xe6\x99\xb4"
          "\xe3\x82\x89\xe3\x81\x97\xe3\x81\x8f\xe3\x80\x81\xe6\x9c\x80\xe5"
          "\xbe\x8c\xe3\x81\xae\xe5\xa0\xb4\xe9\x9d\xa2\xe3\x81\xab\xe3\x81"
          "\xaf\xe6\x9c\xac\xe5\xbd\x93\xe3\x81\xab\xe6\xb3\xa3\xe3\x81\x84"
          "\xe3\x81\x9f\xe3\x80\x82\xe9\x9f\xb3\xe6\xa5\xbd\xe3\x82\x82\xe7"
          "\xbe\x8e\xe3\x81\x97\xe3\x81\x8f\xe3\x81\xa6\xe3\x80\x81\xe6\x98"
          "\xa0\xe5\x83\x8f\xe3\x81\xaf\xe6\x9c\x80\xe9\xab\x98\xe3\x81\xa0"
          "\xe3\x81\xa3\xe3\x81\x9f\xe3\x80\x82\xe7\x9b\xa3\xe7\x9d\xa3\xe3"
          "\x81\xae\xe5\x89\x8d\xe4\xbd\x9c\xe3\x82\x88\xe3\x82\x8a\xe3\x81"
          "\x9a\xe3\x81\xa3\xe3\x81\xa8\xe9\x9d\xa2\xe7\x99\xbd\xe3\x81\x84"
          "\xe3\x81\xa8\xe6\x80\x9d\xe3\x81\x86\xe3\x80\x82</p><p>\xe7\x89"
          "\xa9\xe8\xaa\x9e\xe3\x81\xaf\xe3\x80\x81\xe5\xb9\xb4\xe8\x80\x81"
          "\xe3\x81\x84\xe3\x81\x9f\xe7\x81\xaf\xe5\x8f\xb0\xe5\xae\x88\xe3"
          "\x81\x8c\xe5\xb5\x90\xe3\x81\xae\xe5\xa4\x9c\xe3\x81\xab\xe4\xb8"
          "\x80\xe4\xba\xba\xe3\x81\xae\xe5\xb0\x91\xe5\xa5\xb3\xe3\x82\x92"
          "\xe5\x8a\xa9\xe3\x81\x91\xe3\x82\x8b\xe3\x81\xa8\xe3\x81\x93\xe3"
          "\x82\x8d\xe3\x81\x8b\xe3\x82\x89\xe5\xa7\x8b\xe3\x81\xbe\xe3\x82"
          "\x8b\xe3\x80\x82\xe4\xba\x8c\xe4\xba\xba\xe3\x81\xaf\xe8\xa8\x80"
          "\xe8\x91\x89\xe3\x81\x8c\xe9\x80\x9a\xe3\x81\x98\xe3\x81\xaa\xe3"
          "\x81\x84\xe3\x81\xbe\xe3\x81\xbe\xe3\x80\x81\xe5\xb0\x91\xe3\x81"
          "\x97\xe3\x81\x9a\xe3\x81\xa4\xe3\x81\x8a\xe4\xba\x92\xe3\x81\x84"
          "\xe3\x82\x92\xe4\xbf\xa1\xe3\x81\x98\xe3\x82\x8b\xe3\x82\x88\xe3"
          "\x81\x86\xe3\x81\xab\xe3\x81\xaa\xe3\x82\x8b\xe3\x80\x82\xe3\x81"
          "\x9d\xe3\x81\xae\xe9\x9d\x99\xe3\x81\x8b\xe3\x81\xaa\xe6\x99\x82"
          "\xe9\x96\x93\xe3\x81\x8c\xe3\x81\x93\xe3\x81\xae\xe6\x98\xa0\xe7"
          "\x94\xbb\xe3\x81\xae\xe4\xb8\x80\xe7\x95\xaa\xe3\x81\xae\xe9\xad"
          "\x85\xe5\x8a\x9b\xe3\x81\xa0\xe3\x80\x82</p><p>\xe5\xb0\x91\xe3"
          "\x81\x97\xe9\x95\xb7\xe3\x81\x84\xe3\x81\x91\xe3\x82\x8c\xe3\x81"
          "\xa9\xe3\x80\x81\xe3\x80\x8e\xe9\x8a\x85\xe3\x81\xae\xe7\xa9\xba"
          "\xe3\x80\x8f\xe3\x81\xaf\xe3\x82\x82\xe3\x81\x86\xe4\xb8\x80\xe5"
          "\xba\xa6\xe8\xa6\xb3\xe3\x81\x9f\xe3\x81\x84\xe6\x98\xa0\xe7\x94"
          "\xbb\xe3\x81\xa0\xe3\x80\x82\xe3\x81\x8a\xe3\x81\x99\xe3\x81\x99"
          "\xe3\x82\x81\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82</p></article></"
          "body></html>", "injected" },

        /*
         * a novel filed under the site's books, naming the film made of
         * it and its director: no Movie claimed
         */
        { "<html><head><title>The Salt Road - My Shelf</title><link rel=\"c"
          "anonical\" href=\"https://shelf.example.org/books/the-salt-road/"
          "\"><meta property=\"og:site_name\" content=\"My Shelf\"></head><"
          "body><article><h1>The Salt Road</h1><p>The Salt Road is the thir"
          "d novel of Anna Grell, and the one the cinema made famous: Felix"
          " Amand directed the film in 1961, with Tom Ruskin as the drover."
          " The film is a classic, and its score is superb.</p><p>The Salt "
          "Road follows two drovers across a dry country to bring back a st"
          "olen child. The story is well known, but the writing is plainer "
          "and harder than the film, and the ending is darker. I read it in"
          " two evenings.</p><p>Pages: 368. Publisher: Harbour Press.</p></"
          "article></body></html>", "skipped:unsure-work" },

        /*
         * a preview asks in its headline ("The best film of the
         * summer?"): its "best" is no verdict
         */
        { "<html><head><title>The best film of the summer? - A "
          "Blog</title><meta property=\"og:site_name\" content=\"A "
          "Blog\"></head><body><article><h1>The best film of the "
          "summer?</h1><p>Have you heard about Copper Sky yet? It is "
          "written and directed by Felix Amand, and it opens in "
          "August.</p><p>The cast is the brilliant part: Nora Vance, Tom "
          "Ruskin, Edith Marlow and half the comedians on television. "
          "The jokes in the trailer are superb, the songs are wonderful "
          "and the ending will surely be a mess.</p><p>So, honestly: the "
          "plot will be thin, the dialogue will be silly, and it will "
          "still be a great, funny, brilliant night out. Bring it "
          "on.</p><p>It looks like the film of the year: a comedy made "
          "for the cinema, a movie for "
          "everyone.</p></article></body></html>", "skipped:not-review" },

        /*
         * a reviewer's method, its sections "How to judge ...": a
         * guide, whatever its words of judgement
         */
        { "<html><head><title>My review method - A Blog</title><meta "
          "property=\"og:site_name\" content=\"A "
          "Blog\"></head><body><article><h1>My review "
          "method</h1><p>These are the points I use when I review a film "
          "for this site. I grade each one, then I give the film an "
          "overall mark, and I say whether it is worth a second "
          "viewing.</p><h2>How to judge a film's story</h2><p>Ask "
          "whether the story surprised you, and whether the surprise was "
          "earned. A good plot follows from its characters; a bad one "
          "pushes them around. Note the scenes that moved you and the "
          "ones that dragged.</p><h2>How to judge the "
          "acting</h2><p>Watch the faces when nobody speaks. Great "
          "acting is often quiet; weak acting explains itself. Ask "
          "whether you believed every line, and whether the cast played "
          "the same film.</p><h2>How to judge the look and the "
          "sound</h2><p>Notice the light, the colours and the music. "
          "Brilliant camera work serves the story; showy camera work "
          "serves itself. A superb score is one you remember the next "
          "morning.</p></article></body></html>", "skipped:not-review" },

        /*
         * a parent's diary of a screening, filed under cinema: its
         * "3 hours sleep" is no runtime of a facts box
         */
        { "<html><head><title>Back at the cinema - A Diary</title><link "
          "rel=\"canonical\" "
          "href=\"https://diary.example.org/cinema/back-at-the-cinema/\"><meta "
          "property=\"og:site_name\" content=\"A "
          "Diary\"></head><body><article><h1>Back at the "
          "cinema</h1><p>After 3 hours sleep my daughter woke me and "
          "asked, very clearly, to go and see a movie at the cinema. We "
          "had not been together for over a year now. I said yes before "
          "I could worry about it.</p><p>The worry came later, on the "
          "bus. Would the film be too loud? Would the room be too full? "
          "Would she want to leave after ten minutes, and would I let "
          "her down if we did? I had packed water, a book for the queue, "
          "snacks, a spare jumper and her ear defenders, and I still "
          "felt I had forgotten something.</p><p>The screen was "
          "enormous, the sound was loud, and the room was full of "
          "families. I sat by the aisle so we could slip out if we had "
          "to. I watched her more than the film: her hands, her "
          "shoulders, the way she leaned forward when the music "
          "started.</p><p>She laughed at the trailers, she covered her "
          "ears once, and she stayed to the end of the credits, reading "
          "every name aloud. On the bus home she said it was the best "
          "day. For me it was too. I had not seen her so calm in a crowd "
          "for a long time, and I will remember the way she held the "
          "ticket all evening, folding and unfolding it until it was "
          "soft.</p><p>We will go to the movies again next month, "
          "earlier in the day, when the room is quieter, and I will "
          "bring the ear defenders just in case. Next time we might even "
          "try a film with songs, because she hums all the time now, at "
          "breakfast, in the bath, on the stairs. Small steps, but big "
          "ones for us, and I wanted to write them down before I forget "
          "how this one felt.</p></article></body></html>",
          "skipped:not-review" },

        /* "10 best films" is a list */
        { "<html><head><title>10 best films of the winter</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>10 best films of the winter</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "skipped:list" },

        /* a film called "The Interview": its review is no interview */
        { "<html><head><title>The Interview review</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>The Interview review</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "injected" },

        /* no word for review: a first-person verdict on one film */
        { "<html><head><title>Still Water - Notes</title>"
          "<meta property=\"og:site_name\" content=\"Notes\"></head>"
          "<body><article><h1>Still Water</h1>"
          "<p>Still Water is the film I had waited for all year.</p>"
          KIND_PROSE KIND_PROSE "<p>Still Water opens on Friday.</p>"
          "</article></body></html>", "injected" },

        /* a review in French, "Critique" for review */
        { "<html lang=\"fr\"><head><title>Critique - Still Water</title>"
          "<meta property=\"og:site_name\" content=\"Notes\"></head>"
          "<body><article><h1>Critique - Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "injected" },

        /* an archive's title */
        { "<html><head><title>Category: Movie Reviews - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Category: Movie Reviews</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "skipped:index" },

        /* the page is the film itself: a database's title page */
        { "<html><head><title>Still Water (2024) - FilmBase</title>"
          "<meta property=\"og:type\" content=\"video.movie\">"
          "<meta property=\"og:site_name\" content=\"FilmBase\">"
          "</head><body><article><h1>Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:not-review" },

        /* an album's review never becomes a Movie */
        { "<html><head><title>Review: Night Songs</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Review: Night Songs</h1>"
          "<p>The band's fourth album is their best: the songs are tight, "
          "the vocals raw, the guitars loud, and the lyrics the sharpest "
          "they have written. I have played the vinyl every night since; "
          "the tracklist runs from a shouted chorus to a quiet ballad, and "
          "the singer has never sounded better. Ten songs, no filler, a "
          "brilliant, generous album from a band at its peak.</p>"
          "<p>I keep coming back to the third track, where the vocals "
          "drop to a whisper and the guitars fall away: it is the best "
          "thing the band has done, and the lyrics, about a town that "
          "empties every winter, are the finest on the album. The songs "
          "that follow are louder and looser, and the chorus of the last "
          "one is the loudest thing I have heard this year. My only "
          "complaint is the running order: the two slow songs sit side by "
          "side, and the album sags for ten minutes in the middle. Still, "
          "it is a superb record, and I would buy the vinyl again.</p>"
          "</article></body></html>", "skipped:not-film" },

        /* a review that names no author and no site */
        { "<html><head><title>Review: Still Water</title></head>"
          "<body><article><h1>Review: Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:no-author" },

        /* no byline, no site name: the copyright line at the foot */
        { "<html><head><title>Review: Still Water</title></head>"
          "<body><article><h1>Review: Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article><footer>&copy; 2004-2025 "
          "Ana Ruiz. All rights reserved.</footer></body></html>",
          "injected" },

        /* an essay's headline, not a review's */
        { "<html><head><title>On Still Water: notes on a quiet film</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>On Still Water: notes on a quiet film</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:not-review" },

        /* a film-maker discusses: an interview */
        { "<html><head><title>Felix Amand discusses Still Water</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Felix Amand discusses Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:interview" },

        /* a review in German: "ich", "mein", "Kritik" */
        { "<html lang=\"de\"><head><title>Stilles Wasser</title>"
          "<meta property=\"og:site_name\" content=\"Kino\"></head>"
          "<body><article><h1>Stilles Wasser</h1><p>Stilles Wasser ist "
          "der Film, auf den ich gewartet habe. Ich war skeptisch, aber "
          "mein Urteil ist klar: ein Film, den man sehen muss. Der Regisseur "
          "Felix Amand erz\xc3\xa4hlt ruhig, und ich habe jede Minute "
          "genossen. Stilles Wasser ist ein Film \xc3\xbc\x62\x65r "
          "eine Familie, die nicht gehen will; mir hat er sehr gefallen, "
          "und ich werde ihn wieder sehen. Der Film l\xc3\xa4uft im Kino.</p>"
          KIND_PROSE "</article></body></html>", "injected" },

        /* no site name in the metadata: the <title>'s last part */
        { "<html><head><title>Still Water | Ana's Film Diary</title></head>"
          "<body><article><h1>Still Water</h1>"
          KIND_PROSE KIND_PROSE "<p>Still Water is out now.</p></article>"
          "</body></html>", "injected" },

        /* a fish-cake shop reviewed with a rating is no film */
        { "<html><head><title>Review: Harbor Fish Cakes</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Review: Harbor Fish Cakes</h1>"
          "<p>I ate six fish cakes at this little shop by the harbor, and "
          "every one was delicious: fried to order, hot, with a taste of "
          "the sea. The menu is short, the food is cheap, and the flavor "
          "of the ginger one is the best thing I ate on the whole trip. "
          "The shop sells snacks too, and the owner let us taste the "
          "day's special before we paid. I would travel back for the food "
          "alone; this is the best meal you can have for five dollars, "
          "and my only complaint is the queue. The cafe next door is "
          "good as well, but the fish cakes are the reason to go.</p>"
          "<p>Rating: 9/10</p></article></body></html>",
          "skipped:not-film" },

        /*
         * WordPress's block theme: the content in <main id="wp--skip-
         * link--target"> (a skip link's target is no skip link), and
         * five related posts after it (no index for them)
         */
        { "<html><head><title>Still Water - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><main id=\"wp--skip-link--target\"><h1>Still Water</h1>"
          "<div class=\"entry-content wp-block-post-content\">"
          "<p>Still Water is the film I had waited for all year.</p>"
          KIND_PROSE KIND_PROSE "</div></main>"
          "<ul class=\"wp-block-post-template\">"
          "<li><h3><a href=\"/a\">Another film</a></h3></li>"
          "<li><h3><a href=\"/b\">A second film</a></h3></li>"
          "<li><h3><a href=\"/c\">A third film</a></h3></li>"
          "<li><h3><a href=\"/d\">A fourth film</a></h3></li>"
          "<li><h3><a href=\"/e\">A fifth film</a></h3></li></ul>"
          "</body></html>", "injected" },

        /* a film's release news in Japanese: "公開！", "最新情報" */
        { "<html lang=\"ja\"><head><title>\xe6\x98\xa0\xe7\x94\xbb"
          "\xe3\x80\x8cStill Water\xe3\x80\x8d" "7\xe6\x9c\x88"
          "\xe5\x85\xac\xe9\x96\x8b\xef\xbc\x81\xe6\x9c\x80\xe6\x96"
          "\xb0\xe6\x83\x85\xe5\xa0\xb1</title>"
          "<meta property=\"og:site_name\" content=\"Eiga\"></head>"
          "<body><article>" KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:news" },

        /* a blog's name after the title's dash, in lower case */
        { "<html><head><title>Still Water - bluefacedpixie</title></head>"
          "<body><article><h1>Still Water</h1>"
          KIND_PROSE KIND_PROSE "<p>Still Water is out now.</p></article>"
          "</body></html>", "injected" },

        /* a headline that says it is none */
        { "<html><head><title>Still Water (not a review)</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Still Water (not a review)</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:not-review" },

        /* a capsule: sure to be a review, a rating, few words */
        { "<html><head><title>Review: Still Water</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Review: Still Water</h1>" KIND_PROSE
          "<p>Rating: 4/5</p></article></body></html>", "injected" },

        /*
         * the same without its rating: about 100 words, a review at the
         * default review_min_words (80); a shorter one without a rating
         * is too short (test_review.c, test_capsule)
         */
        { "<html><head><title>Review: Still Water</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Review: Still Water</h1>" KIND_PROSE
          "</article></body></html>", "injected" },

        /*
         * no byline, no site name in the metadata: the site's name on
         * its link home, in the header before the review
         */
        { "<html><head><title>Still Water</title></head><body>"
          "<header><a href=\"/\">Marta's Film Notes</a></header>"
          "<article><h1>Review: Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "injected" },

        /* ... a link home that says only "Home" names no site */
        { "<html><head><title>Review: Still Water</title></head><body>"
          "<nav><a href=\"../../\">Home</a></nav>"
          "<article><h1>Review: Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:no-author" },

        /* a theme that titles every page with the site's name alone */
        { "<html><head><title>Marta's Film Notes</title></head><body>"
          "<article><h1>Review: Still Water</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "injected" },

        /* a festival's report names many films and judges none alone */
        { "<html><head><title>Harbor Fest 2025 - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Harbor Fest 2025</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:not-review" },

        /* a month's new films gathered ("...まとめ"): a list */
        { "<html lang=\"ja\"><head><title>5\xe6\x9c\x88\xe3\x81\xae"
          "\xe6\x96\xb0\xe4\xbd\x9c\xe3\x81\xbe\xe3\x81\xa8"
          "\xe3\x82\x81</title>"
          "<meta property=\"og:site_name\" content=\"Eiga\"></head>"
          "<body><article>" KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:list" },

        /*
         * the work's name is not its kind: "The Seaside Hotel" is no
         * hotel where the headline and the prose name it
         */
        {
          "<html><head><title>The Seaside Hotel - A Blog</title><meta "
          "property=\"og:site_name\" content=\"A "
          "Blog\"></head><body><article><h1>The Seaside Hotel</h1><p>The "
          "Seaside Hotel is a quiet comedy about a night porter who keeps "
          "the guests' secrets, and I loved it. In The Seaside Hotel the "
          "film gives its widow upstairs the best lines, and every scene "
          "in it is a small surprise. My only complaint is an ending that "
          "explains too much, but I would happily see The Seaside Hotel "
          "again: a warm, generous and very funny film, one of the best "
          "surprises of my year.</p><p>I recommend The Seaside Hotel to "
          "anyone who likes a slow film told with "
          "care.</p></article></body></html>",
          "injected" },

        /* a viewer ("we saw it on DVD"): a film or a show; no show here */
        {
          "<html><head><title>Night Train - A Blog</title><meta "
          "property=\"og:site_name\" content=\"A "
          "Blog\"></head><body><article><h1>Night Train</h1><p>We saw "
          "Night Train on DVD at the weekend and what a letdown it turned "
          "out to be. Sure, it looks lovely most of the time, but whoever "
          "thought the two leads could carry it was wrong: they have no "
          "spark, and the dialogue gives them nothing to work with. The "
          "chase on the roof is the one scene that works, and the score "
          "is good. Everything else is dull, slow and far too long, and "
          "the ending is a mess. I wanted to like it, and I could not. A "
          "waste of a good idea and a great "
          "cast.</p></article></body></html>",
          "injected" },

        /*
         * a capsule: a rating under the work's name, a few lines, the
         * post's category Movies; half the default review_min_words
         */
        {
          "<html><head><title>DVD: Night Train - A Blog</title><meta "
          "property=\"og:site_name\" content=\"A "
          "Blog\"></head><body><article><h1>DVD: Night "
          "Train</h1><p>Verdict: 4/5</p><ul><li>hard to say much without "
          "spoiling it</li><li>the whole story told from one camera on a "
          "night train</li><li>a monster movie shot on a real "
          "railway</li><li>the last ten minutes are the best of the "
          "year</li><li>liked it a lot, would watch again with "
          "friends</li></ul><p>Posted in <a href=\"/c/movies/\" "
          "rel=\"category tag\">Movies</a></p></article></body></html>",
          "injected" },

        /*
         * a diary's capsule: a viewer rates the work the headline names
         * in under half the default review_min_words; a third will do
         */
        {
          "<html><head><title>Night Train - A Diary</title><meta "
          "property=\"og:site_name\" content=\"A "
          "Diary\"></head><body><article><h1>Night Train</h1><p>I watched "
          "Night Train tonight and gave it 4 of 5 stars. Good chases and "
          "a fine score, but the hero is too hard to hurt, and two turns "
          "made me laugh for the wrong "
          "reasons.</p></article></body></html>",
          "injected" },

        /* a number, then the list's noun a word or two on */
        { "<html><head><title>7 film review tips for beginners</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>7 film review tips for beginners</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "skipped:list" },

        /* an interview in Portuguese or Spanish */
        { "<html lang=\"pt\"><head><title>Entrevista: Felix Amand</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Entrevista: Felix Amand</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:interview" },

        /* films in the plural: several, not one review */
        { "<html><head><title>Films I saw in March - A Blog</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Films I saw in March</h1>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:multi" },

        /*
         * a premiere report: its "I" is in the director's quoted words,
         * and it reports them ("said Amand")
         */
        { "<html><head><title>Still Water draws a crowd downtown</title>"
          "<meta property=\"og:site_name\" content=\"A Paper\"></head>"
          "<body><article><h1>Still Water draws a crowd downtown</h1>"
          "<p>Local director Felix Amand brought his new film Still Water "
          "home on Friday, and the hall was full an hour before the "
          "doors opened.</p><p>\"I was nervous, I admit it, and I still "
          "am,\" said Amand. \"I wanted my town to see it first.\"</p>"
          "<p>The film follows a retired boxer and his sister, and it "
          "was shot over six weeks on the harbor. \"We had no money and "
          "no time, and I loved every day of it,\" Amand said with a "
          "laugh.</p><p>Nora Vance, who plays the sister, told the crowd "
          "that the shoot was the hardest of her life. \"I cried every "
          "night,\" she said. \"My mother came to see me on the last "
          "day.\"</p><p>Still Water opens in cinemas across the country "
          "next month, and Amand said he is already writing the next "
          "one.</p></article></body></html>", "skipped:not-review" },

        /* one review with section headings and one rating */
        { "<html><head><title>Review: Still Water</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Review: Still Water</h1><h2>The story</h2>"
          KIND_PROSE "<h2>The cast</h2>" KIND_PROSE "<h2>Verdict</h2>"
          "<p>Rating: 4/5</p></article></body></html>", "injected" },

        /*
         * a theme's wrapper says what stands beside the article
         * ("with-toolbar"): it is no toolbar, its article is read
         */
        { "<html><head><title>Still Water</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><div class=\"container with-toolbar\"><main>"
          "<article><h1>Still Water</h1>"
          "<p>Still Water is the film I had waited for all year.</p>"
          KIND_PROSE KIND_PROSE "</article></main></div></body></html>",
          "injected" },

        /* a headline asking how to judge a film (如何...): an essay */
        { "<html><head><title>\xe5\xa6\x82\xe4\xbd\x95 judge Still "
          "Water</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>\xe5\xa6\x82\xe4\xbd\x95 judge Still "
          "Water</h1>"
          "<p>Still Water is the film I had waited for all year.</p>"
          KIND_PROSE KIND_PROSE "</article></body></html>",
          "skipped:not-review" },

        /* the month's new titles (新着...まとめ): a list */
        { "<html><head><title>Still Water \xe6\x96\xb0\xe7\x9d\x80"
          "\xe3\x81\xbe\xe3\x81\xa8\xe3\x82\x81</title>"
          "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
          "<body><article><h1>Still Water \xe6\x96\xb0\xe7\x9d\x80"
          "\xe3\x81\xbe\xe3\x81\xa8\xe3\x82\x81</h1>"
          "<p>Still Water is the film I had waited for all year.</p>"
          KIND_PROSE KIND_PROSE "</article></body></html>", "skipped:list" },
    };

    for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
        status = run((const unsigned char *) pages[i].page,
                     strlen(pages[i].page), 0);

        if (strcmp(status, pages[i].status) != 0) {
            fprintf(stderr, "kinds %u: %s, not %s\n", (unsigned) i, status,
                    pages[i].status);
        }

        CHECK(strcmp(status, pages[i].status) == 0);
    }
}


/* a page through the whole pipeline, with the default configuration */

static review_t *
analyzed(const char *page)
{
    int              rc;
    review_t        *rv;
    review_conf_t    conf;

    review_conf_init(&conf);

    rv = unit_review(&conf, (const unsigned char *) page, strlen(page), 0,
                     &rc);
    CHECK(rv != NULL);
    if (rv == NULL) {
        return NULL;
    }

    CHECK(rc == REVIEW_OK);

    return rv;
}


/* the page analysed, and its facts: NULL (and a failed check) if not */

static const review_facts_t *
facts_of(const char *page, review_t **rv)
{
    *rv = analyzed(page);

    return *rv ? review_get_facts(*rv) : NULL;
}


/*
 * The decision's parts: each has a name and a weight, the score is the
 * sum of those that fired, and a page shows the ones it has
 */

static void
test_parts(void)
{
    int                    weight, sum;
    unsigned               i;
    review_t              *rv;
    const char            *page;
    const review_facts_t  *f;

    for (i = 0; i < REVIEW_PART_N; i++) {
        CHECK(review_part_name(i, &weight) != NULL);
        CHECK(weight != 0);
    }

    CHECK(review_part_name(REVIEW_PART_N, &weight) == NULL);

    page = "<html><head><title>Review: Still Water</title>"
           "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
           "<body><article><h1>Review: Still Water</h1>" KIND_PROSE
           "<p>Rating: 4/5</p></article></body></html>";

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(f->parts & (1u << REVIEW_PART_TITLE_REVIEW));
    CHECK(f->parts & (1u << REVIEW_PART_RATING));
    CHECK(!(f->parts & (1u << REVIEW_PART_OTHER_KIND)));
    CHECK(f->voice);

    sum = 0;

    for (i = 0; i < REVIEW_PART_N; i++) {
        if (f->parts & (1u << i)) {
            (void) review_part_name(i, &weight);
            sum += weight;
        }
    }

    CHECK(sum == f->score);
    CHECK(f->confidence == (unsigned) (sum > 100 ? 100 : sum));

    review_destroy(rv);

    /*
     * the post's own tags (rel="tag", "category tag") are a section:
     * "Movies" is a place of films, "Film Review" a word for review;
     * a site's category list without rel="tag" is not the post's
     */
    page = "<html><head><title>Still Water - A Blog</title>"
           "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
           "<body><article><h1>Still Water</h1>" KIND_PROSE
           "<p>Posted in <a href=\"/c/m/\" rel=\"category tag\">Movies"
           "</a>, <a href=\"/t/r/\" rel=\"tag\">#Film Review</a></p>"
           "</article><aside><a href=\"/c/news/\">News</a></aside>"
           "</body></html>";

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(f->parts & (1u << REVIEW_PART_FILM_PLACE));
    CHECK(f->parts & (1u << REVIEW_PART_SECTION_REVIEW));
    CHECK(f->kind == REVIEW_KIND_REVIEW);

    review_destroy(rv);

    /*
     * a theme without rel="tag": a link to a tag's page inside the
     * article is the post's ("review" says it), and its "film" tells
     * the kind of work; the same links in an aside are the site's
     */
    page = "<html><head><title>Still Water - A Blog</title>"
           "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
           "<body><article><h1>Still Water</h1><p>Filed under "
           "<a href=\"/tags/film/\">film</a>, <a href=\"/tags/review/\">"
           "review</a></p>" KIND_PROSE "</article></body></html>";

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(f->parts & (1u << REVIEW_PART_SECTION_REVIEW));
    CHECK(!(f->parts & (1u << REVIEW_PART_FILM_PLACE)));
    CHECK(f->item_type == REVIEW_ITEM_MOVIE);

    review_destroy(rv);

    page = "<html><head><title>Still Water - A Blog</title>"
           "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
           "<body><article><h1>Still Water</h1>" KIND_PROSE "</article>"
           "<aside><a href=\"/tags/review/\">review</a></aside>"
           "</body></html>";

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(!(f->parts & (1u << REVIEW_PART_SECTION_REVIEW)));

    review_destroy(rv);

    /*
     * long prose under a headline that names no work: an essay, unless
     * the prose sets titles apart and keeps naming one of them
     */
#define KIND_PROSE5  KIND_PROSE KIND_PROSE KIND_PROSE KIND_PROSE KIND_PROSE
#define KIND_LONG(head)                                                      \
    "<html><head><title>Waiting for Light - A Journal</title>"               \
    "<meta property=\"og:site_name\" content=\"A Journal\"></head>"          \
    "<body><article><h1>Waiting for Light</h1>" head                         \
    KIND_PROSE5 KIND_PROSE5 KIND_PROSE5 "</article></body></html>"

    page = KIND_LONG("<p><i>Harbor Lights</i> is the second film of Felix "
                     "Amand, after <i>Night Train</i>. Harbor Lights waits "
                     "for its light, and Harbor Lights finds it late. I "
                     "keep thinking of Harbor Lights, and Harbor Lights "
                     "only.</p>");

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(f->word_count >= 1500);
    CHECK(!(f->parts & (1u << REVIEW_PART_ESSAY)));

    review_destroy(rv);

    page = KIND_LONG("<p>Some films wait for their light; most never find "
                     "it.</p>");

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(f->parts & (1u << REVIEW_PART_ESSAY));

    review_destroy(rv);

    /* "nofollow" and a tag cloud's link say nothing of the post */
    page = "<html><head><title>Still Water - A Blog</title>"
           "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
           "<body><article><h1>Still Water</h1>" KIND_PROSE
           "</article><aside><a href=\"/t/m/\" rel=\"nofollow\">Movies"
           "</a> <a href=\"/t/r/\" class=\"tag-cloud-link\">Film Review"
           "</a></aside></body></html>";

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(!(f->parts & (1u << REVIEW_PART_FILM_PLACE)));
    CHECK(!(f->parts & (1u << REVIEW_PART_SECTION_REVIEW)));

    review_destroy(rv);

    /*
     * who speaks: a viewer who saw the film and judges it; the "I" in
     * a quoted line is the character's, and "said" reports it
     */
    page = "<html><head><title>Still Water - A Blog</title>"
           "<meta property=\"og:site_name\" content=\"A Blog\"></head>"
           "<body><article><h1>Still Water</h1>"
           "<p>I watched Still Water twice this week.</p>"
           "<p>\"I will not go,\" the sister said to the boxer.</p>"
           "<p>I loved its patience, and I admired the ending.</p>"
           "<p>Still Water is a brilliant, tender film.</p>"
           "<p>The film is superb.</p></article></body></html>";

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK(f->viewings == 1);
    CHECK(f->own_verdicts == 1);
    CHECK(f->work_verdicts == 2);
    CHECK(f->reported == 1);
    CHECK(f->first_person == 3);
    CHECK(f->parts & (1u << REVIEW_PART_VIEWING));
    CHECK(f->parts & (1u << REVIEW_PART_WORK_VERDICT));
    CHECK(!(f->parts & (1u << REVIEW_PART_REPORTED)));

    review_destroy(rv);
}


/* the work's name a whole page gives, once its prose is read */

static void
page_name(const char *page, const char *want)
{
    review_t  *rv;

    rv = analyzed(page);
    if (rv == NULL) {
        return;
    }

    CHECK_STR(review_get_facts(rv)->item_name, want);

    review_destroy(rv);
}


#define NAME_PAGE(title, prose)                                              \
    "<html><head><title>" title " | Notes</title>"                           \
    "<meta property=\"og:site_name\" content=\"Notes\"></head>"              \
    "<body><article><h1>" title "</h1>" prose KIND_PROSE                    \
    "</article></body></html>"


/* a name's mentions in the prose, under whichever form it takes */

static void
page_mentions(const char *page, const char *want, unsigned mentions)
{
    review_t              *rv;
    const review_facts_t  *f;

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }

    CHECK_STR(f->item_name, want);
    CHECK(f->name_mentions == mentions);

    review_destroy(rv);
}

#define SLUG_PAGE(url, title, prose)                                         \
    "<html><head><title>" title " | Notes</title>"                           \
    "<link rel=\"canonical\" href=\"" url "\">"                              \
    "<meta property=\"og:site_name\" content=\"Notes\"></head>"              \
    "<body><article><h1>" title "</h1>" prose KIND_PROSE                    \
    "</article></body></html>"

static void
test_page_names(void)
{
    /* a headline that praises the director: the film is in the slug */
    page_name(SLUG_PAGE("https://films.example.net/lanternfield-review.html",
        "Mara Quill Turns a Small Story Into Something Grand",
        "<p>Mara Quill has a gift for quiet scenes. If you have an evening "
        "free, Lantern Field is worth it.</p>"),
        "Lantern Field");

    /* a headline that opens with the name and goes on as a sentence */
    page_name(SLUG_PAGE("https://films.example.net/salt-and-ember-2021/",
        "Salt and Ember Burns Bright Despite Its Script",
        "<p>Salt and Ember is loud. Salt, the older sister, steals every "
        "scene, and Salt and Ember never lets up.</p>"),
        "Salt and Ember");

    /* a slug that is a phrase ("fest-2024-notes") names nothing */
    page_name(SLUG_PAGE("https://films.example.net/p/fest-2024-notes/",
        "Harbour Lights",
        "<p>Harbour Lights opened FEST this year, and Harbour Lights is "
        "the best thing FEST has shown.</p>"),
        "Harbour Lights");

    /* the site's heading is its author's name; the film is in italics */
    page_name("<html><head><title>brook.example</title>"
        "<meta name=\"author\" content=\"Ada Brook\"></head><body>"
        "<h1>Ada Brook</h1><h3>A Night Out</h3><div><p>We went to see "
        "<em>300 Miles</em> on Friday.</p>" KIND_PROSE "</div></body></html>",
        "300 Miles");

    /* the headline shortens the title the prose writes in full */
    page_name(NAME_PAGE("Iron Gate: Harder Than It Seems",
        "<p>Iron Gate of the East runs long. I admired Iron Gate of the "
        "East all the same.</p>"),
        "Iron Gate of the East");

    /* once is no title: "of the East" may be the prose's own words */
    page_name(NAME_PAGE("Iron Gate: Harder Than It Seems",
        "<p>Iron Gate of the East, they call it. Iron Gate runs long, and "
        "Iron Gate is cold.</p>"),
        "Iron Gate");

    /* a sequel's number stays with the name the prose shortens */
    page_name(NAME_PAGE("Harbour Nine: Part 2",
        "<p>Harbour Nine is back. Harbour Nine was a surprise hit, and "
        "this one is better.</p>"),
        "Harbour Nine: Part 2");

    /* the rest of the title, stated in the prose in its own case */
    page_name(NAME_PAGE("Tidewater, the long road north",
        "<p>Tidewater returns. The first Tidewater was a small film; The "
        "Long Road North is a big one, and Tidewater fans will see why."
        "</p>"),
        "Tidewater, the long road north");

    /* but not a tagline only the headline written again states */
    page_name(NAME_PAGE("Tidewater: a film about waiting for rain",
        "<p>Tidewater is slow. Tidewater is patient, and Tidewater is "
        "worth it.</p>"),
        "Tidewater");

    /*
     * a capsule's synopsis names the hero by the title's head; the slug
     * and the headline state the whole title
     */
    page_name("<html><head><title>Film Review: Harrow: The Second Winter "
        "(1991) - Ann Lee</title><link rel=\"canonical\" href=\"https://"
        "films.example.net/reviews/2023-07-26-harrow-the-second-winter-"
        "review/\"></head><body><article><h1>Film Review: Harrow: The "
        "Second Winter (1991)</h1><p>Rating: 3/5</p><p>Director: Colm "
        "Reddy</p><p>Summary</p><p>Harrow goes back into the mountains "
        "for one more winter of trapping.</p><p>My Review</p><p>I rated "
        "this film 3/5.</p></article></body></html>",
        "Harrow: The Second Winter");

    /* the prose drops the sequel's number the headline gives */
    page_name(NAME_PAGE("Lantern Street 3 (Night Shift) - one more round",
        "<p><em>Lantern Street</em> is back. <em>Lantern Street</em> was "
        "always talky, and I liked Lantern Street all the same.</p>"),
        "Lantern Street 3");

    /* the headline's short form; the prose's first mention is the full */
    page_name(NAME_PAGE("Watching Iron Orchard",
        "<p>At last I saw Iron Orchard: The Long Winter, and it was worth "
        "the wait. Iron Orchard is slow, cold and beautiful.</p>"
        "<p>I liked Iron Orchard more than I expected to.</p>"),
        "Iron Orchard: The Long Winter");

    /* a longer form the prose quotes once in title case */
    page_name(NAME_PAGE("Glass Harbour at the Riverside",
        "<p>The new film, \xe2\x80\x98The Glass Harbour Affair\xe2\x80\x99, "
        "plays all week. Glass Harbour is a mess and a joy.</p>"
        "<p>Glass Harbour ends too soon.</p>"),
        "The Glass Harbour Affair");

    /* but not a person after the colon */
    page_name(NAME_PAGE("Still Water review",
        "<p>I went to Still Water: Tom Ruskin plays the boxer and is "
        "superb. Still Water is tender.</p>"
        "<p>Still Water is the best film of the spring.</p>"),
        "Still Water");

    /* the headline written again atop the prose is no longer form */
    page_name(NAME_PAGE("Still Water: A Short Review",
        "<p>Still Water is tender, and Still Water is funny.</p>"),
        "Still Water");

    /* a diary's title dates the name: its part the prose names */
    page_name(NAME_PAGE("\xf0\x9f\x8d\xbf Watched GRID: Origins (2025) on "
        "Disney+",
        "<p>A fine entry in the Grid series, and worth a night on "
        "Disney+. The plot turns the digital world inside out.</p>"),
        "GRID: Origins");

    /* an old theme: the site in <h1>, "Site » Blog Archive » Post" */
    page_name("<html><head><title>The Reel Club \xc2\xbb Blog Archive "
        "\xc2\xbb Stand Still</title></head><body><h1><a href=\"/\">The "
        "Reel Club</a></h1><div class=\"post\"><h2>Stand Still</h2>"
        KIND_PROSE "</div></body></html>", "Stand Still");

    /*
     * the theme's <h1> is a link home whose words end the <title>, while
     * the metadata names a person, not that brand: the post's part
     */
    page_name("<html><head><title>Low Tide - barefoot notes</title>"
        "<meta name=\"author\" content=\"Ana Ruiz\"></head><body>"
        "<header><h1><a href=\"/\">barefoot notes</a></h1></header>"
        "<article><h2>Low Tide</h2>" KIND_PROSE "</article></body></html>",
        "Low Tide");

    /*
     * a long name the prose calls by its first words, twice: the page's
     * name stands, and those are its mentions; a form that ends on "of"
     * is no name, nor a long name's first word alone
     */
    page_mentions(NAME_PAGE("Quiet Harbour of the Northern Lights (2009)",
        "<p>I watched \xe2\x80\x9cQuiet Harbour\xe2\x80\x9d again on "
        "Sunday.</p><p>Few films end as Quiet Harbour does.</p>"),
        "Quiet Harbour of the Northern Lights", 2);
    page_mentions(NAME_PAGE("Quiet Harbour of the Northern Lights (2009)",
        "<p>Quiet was the word for the evening, and the harbour was "
        "Quiet too.</p>"),
        "Quiet Harbour of the Northern Lights", 0);

    /*
     * a headline in sentence case holds the name as a run of capitals,
     * which the prose repeats
     */
    page_name(NAME_PAGE("Some thoughts on the new Iron Orchard film",
        "<p>Iron Orchard opens in a storm. By the end, Iron Orchard has "
        "earned its quiet.</p>"),
        "Iron Orchard");

    /* ... next to a word for a film: not a run in an essay's headline */
    page_name(NAME_PAGE("An evening in March with the Iron Orchard",
        "<p>Iron Orchard opens in a storm. By the end, Iron Orchard has "
        "earned its quiet.</p>"),
        "An evening in March with the Iron Orchard");

    /*
     * a headline that shouts a short form ("Red red!"), the prose sets
     * the whole title once: the longest form the text states
     */
    page_name(NAME_PAGE("Red red!",
        "<p>Last night I finally watched <em>Red Red Harvest</em> with a "
        "friend.</p>"),
        "Red Red Harvest");

    /* a link's call to action after the name is no subtitle */
    page_name(NAME_PAGE("Copper Road 3",
        "<p><a href=\"https://video.example.org/7\">Copper Road 3 - "
        "Watch the trailer</a></p><p>Copper Road 3 is the loudest of "
        "the three.</p>"),
        "Copper Road 3");

    /*
     * a headline's part the prose uses as common words more often than
     * as a title ("the geology of the valley") is no name
     */
    page_name(NAME_PAGE("The Geology and Music of Iron Orchard",
        "<h2>The Geology of a Valley</h2><p>The geology of the valley is "
        "the film's real subject. <em>Iron Orchard</em> gets the geology "
        "right, and the geology is what I remember of "
        "<em>Iron Orchard</em>.</p>"),
        "Iron Orchard");

    /* "Site | Post – subtitle": the site's name first is no name */
    page_name("<html><head><title>Pale Notes | Dry Season \xe2\x80\x93 "
        "Une longue attente</title><meta property=\"og:site_name\" "
        "content=\"Pale Notes\"></head><body><article><p>Dry Season is "
        "slow.</p>" KIND_PROSE "</article></body></html>",
        "Dry Season");

    /* ... and a body that sets the post's part as its own heading */
    page_name("<html><head><title>Pale Notes | Dry Season \xe2\x80\x93 "
        "Une longue attente qui paie</title><meta property=\"og:site_name"
        "\" content=\"Pale Notes\"></head><body><article><h2>Dry Season "
        "\xe2\x80\x93 Une longue attente qui paie</h2><p>Dry Season is "
        "slow. Dry Season is long, and Dry Season ends well.</p>"
        KIND_PROSE "</article></body></html>",
        "Dry Season");

    /* "Post · Site" with no site name in the metadata */
    page_name("<html><head><title>Low Tide \xc2\xb7 Barefoot Notes</title>"
        "</head><body><h1>Barefoot Notes</h1><article>" KIND_PROSE
        "</article></body></html>", "Low Tide");

    /* Chinese prose names the work in 《》: a Japanese headline's film */
    page_name(NAME_PAGE("\xe5\xb0\x8f\xe8\x88\x9f\xe3\x81\xae\xe6\x97\x85",
        "<p>\xe3\x80\x8a\xe5\xb0\x8f\xe8\x88\xb9\xe4\xb9\x8b\xe6\x97\x85"
        "\xe3\x80\x8b\xe5\xbe\x88\xe5\xa5\xbd\xe7\x9c\x8b\xe3\x80\x82</p>"
        "<p>\xe6\x88\x91\xe5\x96\x9c\xe6\xac\xa2\xe3\x80\x8a\xe5\xb0\x8f"
        "\xe8\x88\xb9\xe4\xb9\x8b\xe6\x97\x85\xe3\x80\x8b\xe3\x80\x82</p>"),
        "\xe5\xb0\x8f\xe8\x88\xb9\xe4\xb9\x8b\xe6\x97\x85");

    /* 「」 quotes speech: a question, or a line said once, is no title */
    page_name(NAME_PAGE("\xe5\x8c\x97\xe3\x81\xae\xe7\x81\xaf\xe5\x8f\xb0",
        "<p>"
        "\xe3\x80\x8c\xe3\x81\x93\xe3\x82\x8c\xe3\x81\xaf\xe4\xbd\x95\xef"
        "\xbc\x9f\xe3\x80\x8d\xe3\x81\xa8\xe6\x80\x9d\xe3\x81\xa3\xe3\x81"
        "\x9f\xe3\x80\x82"
        "</p><p>"
        "\xe3\x80\x8c\xe7\x81\xaf\xe3\x82\x8a\xe3\x81\x8c\xe6\xb6\x88\xe3"
        "\x81\x88\xe3\x81\x9f\xe3\x80\x8d\xe3\x81\xa8\xe5\xbd\xbc\xe3\x81"
        "\xaf\xe8\xa8\x80\xe3\x81\x86\xe3\x80\x82"
        "</p>"),
        "\xe5\x8c\x97\xe3\x81\xae\xe7\x81\xaf\xe5\x8f\xb0");

    /* a headline that quotes its film keeps it over another in 《》 */
    page_name(NAME_PAGE("\xe3\x80\x8a\xe5\xb0\x8f\xe8\x88\xb9\xe4\xb9\x8b"
        "\xe6\x97\x85\xe3\x80\x8b\xe7\x9a\x84\xe4\xba\xba\xe7\x94\x9f",
        "<p>\xe8\xbf\x99\xe8\xae\xa9\xe6\x88\x91\xe6\x83\xb3\xe8\xb5\xb7"
        "\xe3\x80\x8a\xe9\x9b\xa8\xe5\xa4\x9c\xe3\x80\x8b\xe3\x80\x82</p>"
        "<p>\xe8\xbf\x98\xe6\x9c\x89\xe3\x80\x8a\xe9\x9b\xa8\xe5\xa4\x9c"
        "\xe3\x80\x8b\xe3\x80\x82</p>"),
        "\xe5\xb0\x8f\xe8\x88\xb9\xe4\xb9\x8b\xe6\x97\x85");
}


/* the author and the date a page gives, through the whole pipeline */

static void
byline(const char *page, const char *want_author, const char *want_date)
{
    review_t              *rv;
    const review_facts_t  *f;

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK_STR(f->author, want_author);
    CHECK_STR(f->date_published, want_date);

    review_destroy(rv);
}


static void
test_bylines(void)
{
    /*
     * "By: A" in a header, a "Posted DATE by admin" line under it: its
     * date without its name
     */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><span class=\"header_writer\">By: Eric "
           "G.</span><h4>Posted December 31st, 1998 by admin</h4>"
           KIND_PROSE "</article></body></html>", "Eric G", "1998-12-31");

    /* a copyright line whose name follows its year's element; the
       footer's next line is no part of it */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><footer><p>&copy; "
           "<span>2026</span> Ana Ruiz</p><h3>Social Links</h3></footer>"
           "</body></html>", "Ana Ruiz", "");

    /* a footer that writes its person in lower case, its line ended by
       a <br>; the motto under it is no part of the name */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><footer>&copy; "
           "nora quill.<br>Opinions are mine alone.</footer>"
           "</body></html>", "nora quill", "");

    /* "Publié le DATE" on a line of its own atop the article: a
       byline's opening word of the French table, then the date */
    byline("<html lang=\"fr\"><head><title>Eau dormante</title></head>"
           "<body><div class=\"main-content\"><h2>Eau dormante</h2>"
           "<p class=\"article-meta\">Publi\xc3\xa9 le 02 d\xc3\xa9"
           "cembre 2025</p>" KIND_PROSE "</div></body></html>", "",
           "2025-12-02");
    byline("<html><head><title>Still Water</title></head><body><div "
           "class=\"main-content\"><h2>Still Water</h2><p class=\""
           "entry-meta\">Posted on 14 March 2024</p>" KIND_PROSE
           "</div></body></html>", "", "2024-03-14");

    /* a site named after its writer, nobody else named: the name
       before the possessive, in full where og:title ends with it */
    byline("<html><head><title>Still Water | Mira's blog</title>"
           "<meta property=\"og:site_name\" content=\"Mira's blog\">"
           "</head><body><article><h1>Still Water</h1>" KIND_PROSE
           "</article></body></html>", "Mira", "");
    byline("<html><head><title>Still Water</title><meta property=\""
           "og:site_name\" content=\"Tomas&#39;s thoughts on\"><meta "
           "property=\"og:title\" content=\"Still Water &middot; Tomas "
           "Ek Lund\"></head><body><article><h1>Still Water</h1>"
           KIND_PROSE "</article></body></html>", "Tomas Ek Lund", "");

    /* a site's name with a possessive that is no person's */
    byline("<html><head><title>Still Water</title><meta property=\""
           "og:site_name\" content=\"The Critic's Corner\"></head><body>"
           "<article><h1>Still Water</h1>" KIND_PROSE
           "</article></body></html>", "", "");

    /* a year in Roman numerals after the copyright's name */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><footer>About | "
           "Copyright &copy; Nora Quill MMXXIV</footer></body></html>",
           "Nora Quill", "");

    /* the stamp its microdata calls dateModified comes first: the one it
       calls datePublished is the day */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><div class=\"entry-meta\"><time class=\""
           "updated\" datetime=\"2024-06-02T10:00:00\" itemprop=\""
           "dateModified\">02/06/2024</time><time class=\"entry-date "
           "published\" datetime=\"2024-05-11T09:00:00\" itemprop=\""
           "datePublished\">11/05/2024</time></div>" KIND_PROSE
           "</article></body></html>", "", "2024-05-11T09:00:00");

    /* lower-case words that are no name: a footer's own */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><footer>&copy; "
           "2021 all rights reserved</footer></body></html>", "", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><footer>&copy; "
           "2021 fatto con amore</footer></body></html>", "", "");

    /* a numeric date under the headline with no class around it, the
       post's tags after a bar */
    byline("<html><head><title>Still Water</title></head><body><div>"
           "<h1>Still Water</h1>23-04-2019 | <a href=\"/tags/film/\">film"
           "</a><article>" KIND_PROSE "</article></div></body></html>",
           "", "2019-04-23");

    /* the post's meta line inside the article, which its prose leaves
       out: its name and its ISO date after "on" */
    byline("<html><head><title>Still Water</title></head><body><div "
           "class=\"post\"><h2>Still Water</h2><p class=\"meta\">written "
           "by Tomas Varga on 2019-03-04</p>" KIND_PROSE "</div><footer>"
           "(c) 2010-2019 Tomas Varga</footer></body></html>",
           "Tomas Varga", "2019-03-04");

    /* a blog's Article in microdata: its author's one-word name and its
       date, no Review around them */
    byline("<html><head><title>Still Water</title></head><body><article "
           "itemscope itemtype=\"https://schema.org/BlogPosting\">"
           "<h1 itemprop=\"headline\">Still Water</h1><p><span "
           "itemprop=\"author\" itemscope itemtype=\"https://schema.org/"
           "Person\"><span itemprop=\"name\">Quill</span></span> / <span "
           "itemprop=\"datePublished\" content=\"2020-03-04\">4 March "
           "</span></p>" KIND_PROSE "</article></body></html>",
           "Quill", "2020-03-04");

    /* a template that printed its own variable as the author names
       nobody: the footer's person does */
    byline("<html><head><title>Still Water</title><meta name=\"author\" "
           "content=\"map[]\"></head><body><article><h1>Still Water</h1>"
           KIND_PROSE "</article><footer><p>&copy; 2019 Lena Moravec "
           "&middot; Powered by a static generator</p></footer>"
           "</body></html>", "Lena Moravec", "");

    /* a WordPress footer byline whose link to the author's page holds
       only a lowercase handle, behind a screen reader's "Author" */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "<footer class=\"entry-"
           "footer\"><span class=\"byline\"><span class=\"screen-reader-"
           "text\">Author </span><a class=\"url fn n\" href=\"/author/"
           "kestrel9/\">kestrel9</a></span></footer></article></body>"
           "</html>", "kestrel9", "");

    /* a handle in a byline class of its own, beside a <time> */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><div class=\"post-meta\"><time>"
           "2015-06-02</time><span class=\"post-author\">mora</span>"
           "</div>" KIND_PROSE "</article></body></html>",
           "mora", "2015-06-02");

    /* "By" and a handle alone on its line; a CMS's "admin" is nobody */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><div><span>By <em><a href=\"https://"
           "example.net/u/ossian\">ossian_b</a></em></span></div>"
           KIND_PROSE "</article></body></html>", "ossian_b", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><div class=\"byline\">By admin</div>"
           KIND_PROSE "</article></body></html>", "", "");

    /* "Posted on" with a two-digit year and a first name */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><p class=\"x9\">Posted on 10-22-22 by "
           "Theo</p>" KIND_PROSE "</article></body></html>",
           "Theo", "2022-10-22");

    /* "11/4/19" in the post's header, read in the order the page's list
       of other posts shows ("8/21/20": month first) */
    byline("<html><head><title>Still Water</title></head><body><div>"
           "<div class=\"post-meta\"><span>11/4/19</span></div><h1>Still "
           "Water</h1><div class=\"text\">" KIND_PROSE "</div><aside><ul>"
           "<li><a href=\"/b\">Older post</a> <span>8/21/20</span></li>"
           "</ul></aside></div></body></html>", "", "2019-11-04");

    /* the date glued to the name: its month is no part of the name */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><p>By Oskar Lind August 20, 2016</p>"
           KIND_PROSE "</article></body></html>",
           "Oskar Lind", "2016-08-20");

    /* og:article:author as some themes spell it */
    byline("<html><head><title>Still Water</title><meta property=\"og:"
           "article:author\" content=\"Oskar Lind\"></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article></body></html>",
           "Oskar Lind", "");

    /* the review's foot: a sign-off, with or without its date, a byline
       and its role */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "<p>\xe2\x80\x94 Oskar Lind</p>"
           "</article></body></html>", "Oskar Lind", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "<p>--Oskar Lind 4 June 2003"
           "</p></article></body></html>", "Oskar Lind", "2003-06-04");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "<p>By Oskar Lind, Film Critic"
           "</p></article></body></html>", "Oskar Lind", "");

    /* no byline: the heading of the sidebar's box about the writer,
       beside it or atop it; "About Me" and "Author Bio" name nobody */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><aside><h2>Oskar "
           "Lind</h2> <div class=\"author_bio\">Writes.</div></aside>"
           "</body></html>", "Oskar Lind", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><aside><div class="
           "\"about-author\"><h3>Oskar Lind</h3><p>Writes.</p></div></aside>"
           "</body></html>", "Oskar Lind", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><aside><h2>About Me"
           "</h2><div class=\"author-bio\">Writes.</div></aside></body>"
           "</html>", "", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "</article><aside><h2>Author "
           "Bio</h2><div class=\"author-bio\">Writes.</div></aside></body>"
           "</html>", "", "");

    /* a quotation's source, a sentence that opens with "By": nobody */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "<blockquote>A film to keep."
           "</blockquote><p>\xe2\x80\x94 Mira Solberg</p></article></body>"
           "</html>", "", "");
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1>" KIND_PROSE "<p>By Harbour Town standards "
           "it was short.</p></article></body></html>", "", "");

    /* a header line of no known class that opens with the date */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<header><h1>Still Water</h1><div class=\"pm\"><span>March 9, "
           "2024</span> &middot; <span>4 min</span></div></header><div "
           "class=\"body\">" KIND_PROSE "</div></article></body></html>",
           "", "2024-03-09");

    /* a date heading above the headline, outside the article */
    byline("<html><head><title>Still Water</title></head><body><div>"
           "<div class=\"wrap\"><h2>May 14, 2013</h2><h1>Still Water</h1>"
           "<div class=\"text\">" KIND_PROSE "</div></div></div></body>"
           "</html>", "", "2013-05-14");

    /* a list of other posts and their dates before it is not the post's */
    byline("<html><head><title>Still Water</title></head><body><div>"
           "<ul><li><a href=\"/a\">Older post</a><br>2 May 2013</li></ul>"
           "<div class=\"wrap\"><h1>Still Water</h1>"
           "<div class=\"text\">" KIND_PROSE "</div></div></div></body>"
           "</html>", "", "");

    /* a dateline opening the prose */
    byline("<html><head><title>Still Water</title></head><body><main>"
           "<h1>Still Water</h1><p>OCT 2, 2019\xe2\x80\x94I went in "
           "blind.</p>" KIND_PROSE "</main></body></html>",
           "", "2019-10-02");

    /* a date only in the <title> */
    byline("<html><head><title>Still Water, 7 July 2008</title></head>"
           "<body><main><h1>Still Water</h1>" KIND_PROSE "</main></body>"
           "</html>", "", "2008-07-07");

    /* the "last modified" stamp first, the day it was published after */
    byline("<html><head><title>Still Water</title></head><body><article>"
           "<h1>Still Water</h1><p><time class=\"date-modified\" "
           "datetime=\"2021-01-09\">9 Jan</time> <time datetime=\""
           "2019-11-30\">30 Nov 2019</time></p>" KIND_PROSE "</article>"
           "</body></html>", "", "2019-11-30");
}


/* the site's name a page gives */

static void
site(const char *page, const char *want)
{
    review_t              *rv;
    const review_facts_t  *f;

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }
    CHECK_STR(f->site_name, want);

    review_destroy(rv);
}


static void
test_sites(void)
{
    /* "Site :: Post" over an <h1> that is the post's title, named in
       the prose */
    site("<html><head><title>Night Ledger :: Still Water (2019)</title>"
         "</head><body><main><h1>Still Water (2019)</h1><p>Still Water "
         "is a quiet film.</p>" KIND_PROSE "</main></body></html>",
         "Night Ledger");

    /*
     * "Site | Post - its subtitle": the host spells the first part, so
     * the subtitle is no site
     */
    site("<html><head><title>Pale Lantern | Dry Season \xe2\x80\x93 a "
         "slow burn</title><link rel=\"canonical\" href=\"https://"
         "www.pale-lantern.example/films/dry-season.html\"></head><body>"
         "<main><p>Dry Season is a quiet film.</p>" KIND_PROSE
         "</main></body></html>",
         "Pale Lantern");

    /* "Post | Site" under the site's <h1> brand, a link home */
    site("<html><head><title>Still Water | night ledger</title></head>"
         "<body><header><h1><a href=\"/\">night ledger</a></h1></header>"
         "<main><h2>Still Water</h2>" KIND_PROSE "</main></body></html>",
         "night ledger");
}


/*
 * The film's director and the review's rating a whole page gives: "" for
 * none; the rating as "value/best"
 */

static void
credits(const char *page, const char *want_director, const char *want_rating)
{
    char                   buf[32];
    review_t              *rv;
    review_str_t           r;
    const review_facts_t  *f;

    f = facts_of(page, &rv);
    if (f == NULL) {
        return;
    }

    if (*want_director) {
        CHECK(f->directors.nelts == 1);
        if (f->directors.nelts) {
            CHECK_STR(f->directors.elts[0].name, want_director);
        }

    } else {
        CHECK(f->directors.nelts == 0);
    }

    buf[0] = '\0';
    if (f->rating.stated) {
        snprintf(buf, sizeof(buf), "%g/%g", f->rating.value, f->rating.best);
    }

    r = str(buf);
    CHECK_STR(r, want_rating);

    review_destroy(rv);
}


#define CREDITS_PROSE                                                        \
    "<p>I went in expecting very little and came out moved. A retired "     \
    "boxer takes one last job driving a getaway car, and Nora Vance gives " \
    "the performance of her career as the sister who will not let him "    \
    "go.</p><p>The camera stays close and the cuts are sparse; the result " \
    "is tense, humane and often very funny. My only complaint is a final "  \
    "act that runs a scene too long, but I would happily watch it "         \
    "again. It is one of the best films I have seen this year.</p>"

#define CREDITS_PAGE(header, article)                                        \
    "<html><head><title>Notes</title>"                                       \
    "<meta property=\"og:site_name\" content=\"Notes\"></head><body>"        \
    "<div><h1>Still Water</h1>" header "<article>" article "</article>"      \
    "</div></body></html>"

static void
test_page_credits(void)
{
    /* a film log: the credit under the title, outside the article; the
       stars an image whose alt says them, beside the prose's <main> */
    credits(CREDITS_PAGE("<span>D: Ana Ruiz</span><span>2019 | 96 "
        "mins.</span>", "<img src=\"s.svg\" alt=\"3 stars (out of 5)\">"
        "<main>" CREDITS_PROSE "</main>"), "Ana Ruiz", "3/5");

    /* an image without a rating word says nothing; a letter is no label
       but before its colon */
    credits(CREDITS_PAGE("<span>Richard D. James</span>",
        "<img src=\"p.jpg\" alt=\"poster, 2019\"><main>" CREDITS_PROSE
        "</main>"), "", "");

    /* the credit set in italics as a whole: a name, not a title */
    credits(CREDITS_PAGE("", "<p><em>Dir. Ana Ruiz</em></p>" CREDITS_PROSE),
        "Ana Ruiz", "");

    /* a headline, the film's name and a person in brackets whom the
       text names: the director */
    credits("<html><head><title>Still Water (Ana Ruiz) | Notes</title>"
        "<meta property=\"og:site_name\" content=\"Notes\"></head><body>"
        "<article><h1>Still Water (Ana Ruiz)</h1><p>Ana Ruiz has a way "
        "with silence.</p>" CREDITS_PROSE "</article></body></html>",
        "Ana Ruiz", "");

    /* stars drawn by icon elements in a box inside the article: full,
       half and empty ones, the scale their number */
    credits(CREDITS_PAGE("", CREDITS_PROSE "<div class=\"stars\">"
        "<i class=\"fas fa-star\"></i> <i class=\"fas fa-star\"></i> "
        "<i class=\"fas fa-star\"></i> <i class=\"fas fa-star-half-alt\">"
        "</i> <i class=\"far fa-star\"></i></div>"), "", "3.5/5");

    /* the same box as characters: read, though left out of the prose */
    credits(CREDITS_PAGE("", CREDITS_PROSE "<div class=\"rating\">"
        "\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85"
        "\xe2\x98\x86</div>"), "", "4/5");

    /* a readers' average in the article is not the review's */
    credits(CREDITS_PAGE("", CREDITS_PROSE "<span class=\"aggregate\">"
        "<span class=\"rating\"><span class=\"average\">8.5</span> out "
        "of <span class=\"best\">10</span></span></span>"), "", "");

    /* a star icon in a link (a "star this" button) is no rating */
    credits(CREDITS_PAGE("", CREDITS_PROSE "<p><a href=\"/fav\"><i "
        "class=\"fa-solid fa-star\"></i></a></p>"), "", "");

    /* too much between the title and the article: not its header */
    credits(CREDITS_PAGE("<p>D: Ana Ruiz</p><p>A weekly letter on films "
        "old and new, festivals near and far, the cinemas of the city and "
        "the people who keep them open, written on Sundays since the "
        "spring of the year the old Roxy closed its doors.</p>",
        "<main>" CREDITS_PROSE "</main>"), "", "");
}


int
main(void)
{
    review_global_init();

    test_kinds();
    test_parts();
    test_bylines();
    test_sites();
    test_big_pages();
    test_dates();
    test_titles();
    test_title_labels();
    test_brackets();
    test_paths();
    test_page_names();
    test_page_credits();
    test_json();
    test_selectors();

    UNIT_DONE("page");
}


/*
 * Copyright (C) ngx_review_module developers
 */


/*
 * The review-text corpus (tests/corpus/texts.txt): reviews written in the
 * styles of broadsheets, the trade press, blogs, capsules and user
 * reviews, each with the people, roles, rating and acceptable quotes a
 * correct reading finds, and negative cases (the reviewer in the text,
 * characters without actors, a festival report, another film's rating,
 * a TV series).  Each text goes through the whole core as a page.
 *
 * Strict: stated ratings exact, none invented, no name listed that must
 * not be.  Measured, with floors: director and cast precision and recall,
 * acceptable quotes.  CORPUS_SCORES=1 prints the misses.
 */


#include <stdlib.h>
#include <ctype.h>

#include "unit.h"

#include "review.h"
#include "review_facts.h"


#define MAX_LIST  16


typedef struct {
    char        *name;
    char        *kind;
    char        *title;
    char        *work;        /* the work's name, when the test names it */
    char        *director[MAX_LIST];
    char        *actor[MAX_LIST];
    char        *character[MAX_LIST];
    char        *writer[MAX_LIST];
    char        *composer[MAX_LIST];
    char        *producer[MAX_LIST];
    char        *not[MAX_LIST];
    char        *not_quote;
    char        *rating;
    char        *quote;
    char        *body;
    int          ndirector, nactor, nwriter, ncomposer, nproducer, nnot;
} text_t;


static int  verbose;
static int  dir_tp, dir_fp, dir_fn, cast_tp, cast_fp, cast_fn, char_ok,
            char_all, quotes_ok, quotes_all, ratings_ok, ratings_all,
            invented, crew_ok, crew_all;


static char *
trim(char *s)
{
    char  *e;

    while (*s == ' ' || *s == '\t') {
        s++;
    }

    e = s + strlen(s);

    while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\r')) {
        *--e = '\0';
    }

    return s;
}


static int
same_name(const review_str_t *s, const char *name)
{
    return s->len == strlen(name) && memcmp(s->data, name, s->len) == 0;
}


static const review_person_t *
find(const review_people_t *p, const char *name)
{
    unsigned  i;

    for (i = 0; i < p->nelts; i++) {
        if (same_name(&p->elts[i].name, name)) {
            return &p->elts[i];
        }
    }

    return NULL;
}


static int
listed(const char *const *list, int n, const review_str_t *s)
{
    int  i;

    for (i = 0; i < n; i++) {
        if (same_name(s, list[i])) {
            return 1;
        }
    }

    return 0;
}


/* does s contain one of "a || b || c", in any case? */

static int
acceptable(const review_str_t *s, const char *alts)
{
    size_t       n, i, k;
    const char  *a, *e;

    for (a = alts; *a; a = *e ? e + 4 : e) {
        e = strstr(a, " || ");
        if (e == NULL) {
            e = a + strlen(a);
        }

        n = e - a;

        for (i = 0; n && i + n <= s->len; i++) {
            for (k = 0; k < n; k++) {
                if (tolower(s->data[i + k]) != tolower((unsigned char) a[k]))
                {
                    break;
                }
            }

            if (k == n) {
                return 1;
            }
        }
    }

    return 0;
}


static void
html_add(char **p, const char *s, size_t len)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        switch (s[i]) {
        case '<': *p = stpcpy(*p, "&lt;"); break;
        case '>': *p = stpcpy(*p, "&gt;"); break;
        case '&': *p = stpcpy(*p, "&amp;"); break;
        default: *(*p)++ = s[i];
        }
    }
}


/* the text as a page: a title, a heading, a paragraph per blank line */

static char *
page_of(const text_t *t, size_t *len)
{
    char        *page, *p;
    const char  *b, *e;

    page = malloc(strlen(t->body) * 6 + strlen(t->title) * 12 + 256);
    if (page == NULL) {
        return NULL;
    }

    p = stpcpy(page, "<html><head><title>");
    html_add(&p, t->title, strlen(t->title));
    p = stpcpy(p, "</title></head><body><article><h1>");
    html_add(&p, t->title, strlen(t->title));
    p = stpcpy(p, "</h1>\n");

    for (b = t->body; *b; b = *e ? e + 2 : e) {
        e = strstr(b, "\n\n");
        if (e == NULL) {
            e = b + strlen(b);
        }

        p = stpcpy(p, "<p>");
        html_add(&p, b, e - b);
        p = stpcpy(p, "</p>\n");
    }

    p = stpcpy(p, "</article></body></html>\n");
    *len = p - page;

    return page;
}


static void
miss(const text_t *t, const char *what, const char *detail)
{
    if (verbose) {
        fprintf(stderr, "  %s: %s %s\n", t->name, what, detail);
    }
}


static void
miss_str(const text_t *t, const char *what, const review_str_t *s)
{
    if (verbose) {
        fprintf(stderr, "  %s: %s %.*s\n", t->name, what, (int) s->len,
                s->len ? (const char *) s->data : "");
    }
}


static void
check_people(const text_t *t, const review_facts_t *f)
{
    int                     i;
    unsigned                k;
    const review_person_t  *p;

    /* directors */
    for (i = 0; i < t->ndirector; i++) {
        if (strcmp(t->director[i], "none") == 0) {
            continue;
        }

        if (find(&f->directors, t->director[i])) {
            dir_tp++;

        } else {
            dir_fn++;
            miss(t, "director missed:", t->director[i]);
        }
    }

    for (k = 0; k < f->directors.nelts; k++) {
        if (!listed((const char *const *) t->director, t->ndirector,
                    &f->directors.elts[k].name))
        {
            dir_fp++;
            miss_str(t, "director wrong:", &f->directors.elts[k].name);
        }
    }

    /* cast, and the parts they play */
    for (i = 0; i < t->nactor; i++) {
        p = find(&f->actors, t->actor[i]);

        if (p == NULL) {
            cast_fn++;
            miss(t, "actor missed:", t->actor[i]);
            continue;
        }

        cast_tp++;

        if (t->character[i]) {
            char_all++;

            if (same_name(&p->character, t->character[i])) {
                char_ok++;

            } else {
                miss(t, "character missed for", t->actor[i]);
            }
        }
    }

    for (k = 0; k < f->actors.nelts; k++) {
        if (!listed((const char *const *) t->actor, t->nactor,
                    &f->actors.elts[k].name))
        {
            cast_fp++;
            miss_str(t, "actor wrong:", &f->actors.elts[k].name);
        }
    }

    /* other roles, where schema.org has a property */
    for (i = 0; i < t->nwriter; i++) {
        crew_all++;
        if (find(&f->writers, t->writer[i])) {
            crew_ok++;
        } else {
            miss(t, "writer missed:", t->writer[i]);
        }
    }

    for (i = 0; i < t->ncomposer; i++) {
        crew_all++;
        if (find(&f->composers, t->composer[i])) {
            crew_ok++;
        } else {
            miss(t, "composer missed:", t->composer[i]);
        }
    }

    for (i = 0; i < t->nproducer; i++) {
        crew_all++;
        if (find(&f->producers, t->producer[i])) {
            crew_ok++;
        } else {
            miss(t, "producer missed:", t->producer[i]);
        }
    }

    /* never listed: the reviewer, characters, crew without a property */
    for (i = 0; i < t->nnot; i++) {
        CHECK(find(&f->directors, t->not[i]) == NULL);
        CHECK(find(&f->actors, t->not[i]) == NULL);

        if (strcmp(t->name, "crew-roles") != 0) {
            CHECK(find(&f->writers, t->not[i]) == NULL);
            CHECK(find(&f->composers, t->not[i]) == NULL);
        }

        if (find(&f->actors, t->not[i]) || find(&f->directors, t->not[i])) {
            fprintf(stderr, "  %s: lists %s\n", t->name, t->not[i]);
        }
    }
}


static void
check_rating(const text_t *t, const review_facts_t *f)
{
    double       v, b;
    char         g[4];
    static const char  *grades[] = {
        "F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A",
        "A+", NULL
    };
    int          i;

    ratings_all++;

    if (strcmp(t->rating, "none") == 0) {
        CHECK(!f->rating.stated);

        if (f->rating.stated) {
            invented++;
            fprintf(stderr, "  %s: invented rating %g/%g\n", t->name,
                    f->rating.value, f->rating.best);

        } else {
            ratings_ok++;
        }

        return;
    }

    if (sscanf(t->rating, "%lf/%lf", &v, &b) != 2) {
        /* a letter grade, on the module's 13-step scale */
        sscanf(t->rating, "%3[^/]", g);

        for (i = 0, v = 0; grades[i]; i++) {
            if (strcmp(grades[i], g) == 0) {
                v = i + 1;
            }
        }

        b = 13;
    }

    CHECK(f->rating.stated && f->rating.value == v && f->rating.best == b);

    if (f->rating.stated && f->rating.value == v && f->rating.best == b) {
        ratings_ok++;

    } else {
        fprintf(stderr, "  %s: rating %g/%g, not %s\n", t->name,
                f->rating.value, f->rating.best, t->rating);
    }
}


static void
run_text(const text_t *t)
{
    int                    rc;
    char                  *page;
    size_t                 len;
    review_t              *rv;
    review_conf_t          conf;
    review_input_t         in;
    const char            *status;
    const review_facts_t  *f;

    page = page_of(t, &len);
    CHECK(page != NULL);
    if (page == NULL) {
        return;
    }

    review_conf_init(&conf);
    conf.min_words = 40;

    /* a text names no site: the Organization that stands as author */
    conf.publisher_name.data = (u_char *) "Texts";
    conf.publisher_name.len = 5;
    memset(&in, 0, sizeof(in));

    rv = review_create(&conf, &in);
    CHECK(rv != NULL);
    if (rv == NULL) {
        free(page);
        return;
    }

    rc = review_feed(rv, (const unsigned char *) page, len);
    if (rc == REVIEW_OK) {
        review_finish(rv);
    }

    status = review_status_name(review_status(rv));
    f = review_get_facts(rv);

    if (t->kind && strcmp(t->kind, "not-review") == 0) {
        CHECK(strcmp(status, "injected") != 0);

    } else if (t->kind && strcmp(t->kind, "tv") == 0) {
        CHECK(f->item_type != REVIEW_ITEM_MOVIE);

    } else {
        CHECK(strcmp(status, "injected") == 0);

        if (strcmp(status, "injected") != 0) {
            fprintf(stderr, "  %s: %s\n", t->name, status);
        }

        check_people(t, f);
        check_rating(t, f);

        if (t->quote) {
            quotes_all++;

            if (f->quote.len && acceptable(&f->quote, t->quote)) {
                quotes_ok++;

            } else {
                miss_str(t, "quote:", &f->quote);
            }
        }

        if (t->work) {
            CHECK(f->item_name.len == strlen(t->work)
                  && memcmp(f->item_name.data, t->work, f->item_name.len)
                     == 0);

            if (f->item_name.len != strlen(t->work)
                || memcmp(f->item_name.data, t->work, f->item_name.len) != 0)
            {
                miss_str(t, "work:", &f->item_name);
            }
        }

        if (t->not_quote) {
            CHECK(f->quote.len < strlen(t->not_quote)
                  || memcmp(f->quote.data, t->not_quote,
                            strlen(t->not_quote)) != 0);
        }
    }

    review_destroy(rv);
    free(page);
}


static void
add(char **list, int *n, char *v)
{
    if (*n < MAX_LIST) {
        list[(*n)++] = v;
    }
}


static int
read_corpus(const char *path)
{
    int       count, in_body;
    char     *data, *line, *next, *v, *bar, *body;
    long      size;
    FILE     *fp;
    text_t    t;

    fp = fopen(path, "rb");
    if (fp == NULL) {
        perror(path);
        return 0;
    }

    fseek(fp, 0, SEEK_END);
    size = ftell(fp);
    fseek(fp, 0, SEEK_SET);

    data = malloc(size + 1);
    if (data == NULL || fread(data, 1, size, fp) != (size_t) size) {
        fclose(fp);
        return 0;
    }

    data[size] = '\0';
    fclose(fp);

    count = 0;
    in_body = 0;
    body = NULL;
    memset(&t, 0, sizeof(t));

    for (line = data; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) {
            *next++ = '\0';
        }

        if (strncmp(line, "=== ", 4) == 0) {
            /* the body before ends here */
            if (line > data) {
                line[-1] = '\0';
            }

            if (t.name) {
                t.body = body ? trim(body) : (char *) "";
                run_text(&t);
                count++;
            }

            memset(&t, 0, sizeof(t));
            t.name = line + 4;
            t.rating = (char *) "none";
            in_body = 0;
            body = NULL;
            continue;
        }

        if (in_body) {
            /* the body runs on: put the line break back */
            if (next) {
                next[-1] = '\n';
            }

            continue;
        }

        if (strcmp(line, "---") == 0) {
            in_body = 1;
            body = next;
            continue;
        }

        v = strchr(line, ':');
        if (v == NULL) {
            continue;
        }

        *v++ = '\0';
        v = trim(v);

        if (strcmp(line, "title") == 0) {
            t.title = v;

        } else if (strcmp(line, "kind") == 0) {
            t.kind = v;

        } else if (strcmp(line, "work") == 0) {
            t.work = v;

        } else if (strcmp(line, "director") == 0) {
            add(t.director, &t.ndirector, v);

        } else if (strcmp(line, "actor") == 0) {
            bar = strstr(v, " | ");
            if (bar) {
                *bar = '\0';
                t.character[t.nactor] = bar + 3;
            }

            add(t.actor, &t.nactor, v);

        } else if (strcmp(line, "writer") == 0) {
            add(t.writer, &t.nwriter, v);

        } else if (strcmp(line, "composer") == 0) {
            add(t.composer, &t.ncomposer, v);

        } else if (strcmp(line, "producer") == 0) {
            add(t.producer, &t.nproducer, v);

        } else if (strcmp(line, "not") == 0
                   || strcmp(line, "not-director") == 0)
        {
            add(t.not, &t.nnot, v);

        } else if (strcmp(line, "rating") == 0) {
            t.rating = v;

        } else if (strcmp(line, "quote") == 0) {
            t.quote = v;

        } else if (strcmp(line, "not-quote") == 0) {
            t.not_quote = v;
        }
    }

    if (t.name) {
        t.body = body ? trim(body) : (char *) "";
        run_text(&t);
        count++;
    }

    return count;
}


static double
pct(int a, int b)
{
    return b ? 100.0 * a / b : 100;
}


int
main(int argc, char **argv)
{
    int          n;
    const char  *path;

    review_global_init();

    verbose = getenv("CORPUS_SCORES") != NULL;
    path = argc > 1 ? argv[1] : "tests/corpus/texts.txt";

    n = read_corpus(path);
    CHECK(n >= 40);

    if (verbose) {
        fprintf(stderr,
                "texts: %d\n"
                "director precision %.1f%% recall %.1f%% (%d/%d/%d)\n"
                "cast precision %.1f%% recall %.1f%% (%d/%d/%d)\n"
                "characters %d/%d, writers/composers/producers %d/%d\n"
                "ratings exact %d/%d, invented %d\n"
                "acceptable quotes %d/%d\n", n,
                pct(dir_tp, dir_tp + dir_fp), pct(dir_tp, dir_tp + dir_fn),
                dir_tp, dir_fp, dir_fn,
                pct(cast_tp, cast_tp + cast_fp),
                pct(cast_tp, cast_tp + cast_fn), cast_tp, cast_fp, cast_fn,
                char_ok, char_all, crew_ok, crew_all, ratings_ok,
                ratings_all, invented, quotes_ok, quotes_all);
    }

    /* the floors: where real reviews must be too */
    CHECK(pct(dir_tp, dir_tp + dir_fn) >= 90);
    CHECK(pct(dir_tp, dir_tp + dir_fp) >= 90);
    CHECK(pct(cast_tp, cast_tp + cast_fp) >= 90);
    CHECK(pct(cast_tp, cast_tp + cast_fn) >= 80);
    CHECK(pct(quotes_ok, quotes_all) >= 85);
    CHECK(invented == 0);

    UNIT_DONE("texts");
}

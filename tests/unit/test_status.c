
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>
#include <ctype.h>

#include "unit.h"
#include "review.h"


/*
 * The vocabulary of $review_status: one name for each status, each name
 * found back, and the documentation's list the same as the table (every
 * name documented, nothing documented that is not a name).  Run from the
 * top of the tree, as "make unit" does.
 */


static char *
read_file(const char *path, size_t *len)
{
    long    n;
    char   *p;
    FILE   *f;

    f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }

    p = NULL;

    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0
        && fseek(f, 0, SEEK_SET) == 0 && (p = malloc(n + 1)) != NULL)
    {
        *len = fread(p, 1, n, f);
        p[*len] = '\0';
    }

    fclose(f);

    return p;
}


static void
test_names(void)
{
    int              i, j;
    const char      *name;
    review_status_e  s;

    CHECK(strcmp(review_status_name(REVIEW_STATUS_INJECTED), "injected")
          == 0);

    /* never decided reads as an error, never as nothing */
    CHECK(strcmp(review_status_name(REVIEW_STATUS_NONE), "skipped:error")
          == 0);
    CHECK(strcmp(review_status_name(REVIEW_STATUS_N), "skipped:error") == 0);

    for (i = REVIEW_STATUS_NONE + 1; i < REVIEW_STATUS_N; i++) {
        name = review_status_name((review_status_e) i);

        CHECK(name != NULL);

        if (name == NULL) {
            continue;
        }

        CHECK(i == REVIEW_STATUS_INJECTED
              || strncmp(name, "skipped:", 8) == 0);

        s = review_status_lookup((const unsigned char *) name, strlen(name));
        CHECK_INT(s, i);

        for (j = REVIEW_STATUS_NONE + 1; j < i; j++) {
            CHECK(strcmp(name, review_status_name((review_status_e) j))
                  != 0);
        }
    }

    CHECK_INT(review_status_lookup((const unsigned char *) "skipped:foo", 11),
              REVIEW_STATUS_ERROR);
    CHECK_INT(review_status_lookup((const unsigned char *) "injected", 7),
              REVIEW_STATUS_ERROR);
}


/*
 * Every `injected` or `skipped:...` in backquotes in a document; with
 * "table", the table of the vocabulary must hold each status once.
 */

static void
test_doc(const char *path, int table)
{
    int              seen[REVIEW_STATUS_N];
    char            *text, *p, *q;
    size_t           len, n;
    review_status_e  s;

    text = read_file(path, &len);
    CHECK(text != NULL);

    if (text == NULL) {
        fprintf(stderr, "cannot read %s\n", path);
        return;
    }

    memset(seen, 0, sizeof(seen));

    for (p = text; (p = strchr(p, '`')) != NULL; p = q + 1) {
        p++;
        q = strchr(p, '`');

        if (q == NULL) {
            break;
        }

        n = q - p;

        if (!(n >= 8 && strncmp(p, "skipped:", 8) == 0)
            && !(n == 8 && strncmp(p, "injected", 8) == 0))
        {
            continue;
        }

        /* "skipped:<reason>" names the form, not a status */
        if (memchr(p, '<', n)) {
            continue;
        }

        s = review_status_lookup((const unsigned char *) p, n);

        if (strlen(review_status_name(s)) != n
            || strncmp(review_status_name(s), p, n) != 0)
        {
            fprintf(stderr, "%s: `%.*s` is no status\n", path, (int) n, p);
            CHECK(0);
            continue;
        }

        seen[s]++;
    }

    if (table) {
        for (s = REVIEW_STATUS_NONE + 1; s < REVIEW_STATUS_N; s++) {
            if (seen[s] == 0) {
                fprintf(stderr, "%s: %s is not documented\n", path,
                        review_status_name(s));
            }

            CHECK(seen[s] > 0);
        }
    }

    free(text);
}


int
main(void)
{
    test_names();
    test_doc("docs/troubleshooting.md", 1);
    test_doc("docs/directives.md", 0);
    test_doc("docs/how-it-works.md", 0);

    UNIT_DONE("status");
}


/*
 * Copyright (C) ngx_review_module developers
 */


/*
 * review-bench: for one page, microseconds per run of
 *   - libxml2's bare SAX push parse (the same options, empty callbacks,
 *     32 KB chunks as nginx delivers them): the floor;
 *   - the core's document build alone (charset + parse + tree);
 *   - the core's full analysis (review_create .. review_destroy);
 * the median of several rounds, and the analysis' peak memory.
 */


#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include "review.h"
#include "review_doc.h"


#define CHUNK   (32 * 1024)
#define ROUNDS  7


static void sax_start(void *u, const xmlChar *n, const xmlChar **a) {}
static void sax_end(void *u, const xmlChar *n) {}
static void sax_chars(void *u, const xmlChar *c, int len) {}
static void sax_comment(void *u, const xmlChar *c) {}


static double
now_us(void)
{
    struct timespec  ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);

    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}


static void
run_sax(const unsigned char *page, size_t len)
{
    size_t             off, n;
    htmlSAXHandler     sax;
    htmlParserCtxtPtr  ctxt;

    memset(&sax, 0, sizeof(sax));
    sax.startElement = sax_start;
    sax.endElement = sax_end;
    sax.characters = sax_chars;
    sax.ignorableWhitespace = sax_chars;
    sax.cdataBlock = sax_chars;
    sax.comment = sax_comment;

    ctxt = htmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL,
                                    XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET
                             | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                             | HTML_PARSE_IGNORE_ENC);

    for (off = 0; off < len; off += n) {
        n = len - off < CHUNK ? len - off : CHUNK;
        htmlParseChunk(ctxt, (const char *) page + off, (int) n, 0);
    }

    htmlParseChunk(ctxt, NULL, 0, 1);
    htmlFreeParserCtxt(ctxt);
}


static void
run_doc(const unsigned char *page, size_t len)
{
    size_t                 off, n;
    review_arena_t        *a;
    review_doc_builder_t  *b;

    a = review_arena_create(0);
    b = review_doc_builder_create(a, 0, 0);

    for (off = 0; off < len; off += n) {
        n = len - off < CHUNK ? len - off : CHUNK;
        review_doc_builder_feed(b, page + off, n, 0);
    }

    review_doc_builder_feed(b, (const unsigned char *) "", 0, 1);
    review_doc_builder_destroy(b);
    review_arena_destroy(a);
}


static size_t  peak;
static char    status[64];


static void
run_full(const unsigned char *page, size_t len)
{
    size_t           off, n;
    review_t        *rv;
    review_conf_t    conf;
    review_input_t   in;

    review_conf_init(&conf);
    conf.card = 1;
    conf.social_meta = 1;
    conf.max_memory = 0;
    conf.max_text = 0;
    conf.max_nodes = 0;
    conf.max_sentences = 0;
    memset(&in, 0, sizeof(in));

    rv = review_create(&conf, &in);

    for (off = 0; off < len; off += n) {
        n = len - off < CHUNK ? len - off : CHUNK;
        if (review_feed(rv, page + off, n) != REVIEW_OK) {
            break;
        }
    }

    review_finish(rv);

    peak = review_memory(rv);
    snprintf(status, sizeof(status), "%s",
             review_status_name(review_status(rv)));

    review_destroy(rv);
}


static int
cmp(const void *a, const void *b)
{
    double  x = *(const double *) a, y = *(const double *) b;

    return (x > y) - (x < y);
}


static double
measure(void (*fn)(const unsigned char *, size_t), const unsigned char *page,
    size_t len, int iters)
{
    int     r, i;
    double  t[ROUNDS], start;

    for (r = 0; r < ROUNDS; r++) {
        start = now_us();

        for (i = 0; i < iters; i++) {
            fn(page, len);
        }

        t[r] = (now_us() - start) / iters;
    }

    qsort(t, ROUNDS, sizeof(double), cmp);

    return t[ROUNDS / 2];
}


int
main(int argc, char **argv)
{
    int             iters, i, k, only_full, only_sax, runs;
    FILE           *fp;
    long            len;
    double          sax, doc, full;
    unsigned char  *page;

    if (argc < 2) {
        fprintf(stderr, "usage: review-bench [--full-only | --sax-only] "
                "PAGE.html...\n");
        return 2;
    }

    review_global_init();

    only_full = 0;
    only_sax = 0;
    runs = 1;

    for (i = 1; i < argc; i++) {

        if (strcmp(argv[i], "--full-only") == 0) {
            only_full = 1;
            continue;
        }

        if (strcmp(argv[i], "--sax-only") == 0) {
            only_sax = 1;
            continue;
        }

        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = atoi(argv[++i]);
            continue;
        }

        fp = fopen(argv[i], "rb");
        if (fp == NULL) {
            perror(argv[i]);
            return 2;
        }

        fseek(fp, 0, SEEK_END);
        len = ftell(fp);
        fseek(fp, 0, SEEK_SET);

        page = malloc(len ? len : 1);
        if (page == NULL || fread(page, 1, len, fp) != (size_t) len) {
            fprintf(stderr, "%s: read failed\n", argv[i]);
            return 2;
        }

        fclose(fp);

        /* about a quarter of a second a round */
        iters = (int) (20000000 / (len + 4096));
        if (iters < 1) {
            iters = 1;
        }

        if (only_full || only_sax) {
            /* for callgrind: instructions are exact, repeatable */
            for (k = 0; k < runs; k++) {
                if (only_sax) {
                    run_sax(page, len);

                } else {
                    run_full(page, len);
                }
            }

            if (only_full) {
                printf("%s: %s\n", argv[i], status);
            }

            free(page);
            continue;
        }

        sax = measure(run_sax, page, len, iters);
        doc = measure(run_doc, page, len, iters);
        full = measure(run_full, page, len, iters);

        printf("%s: %ld bytes, %s\n", argv[i], len, status);
        printf("  libxml2 SAX parse   %10.1f us\n", sax);
        printf("  document build      %10.1f us  (%.2fx)\n", doc, doc / sax);
        printf("  full analysis       %10.1f us  (%.2fx)\n", full,
               full / sax);
        printf("  peak memory         %10zu bytes (%.2fx page)\n", peak,
               (double) peak / len);

        free(page);
    }

    return 0;
}

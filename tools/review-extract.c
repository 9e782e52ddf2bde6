
/*
 * Copyright (C) ngx_review_module developers
 */


/*
 * review-extract: what the module would find in, and insert into, a saved
 * page, without nginx.  Built from the same core as the module.
 */


#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"


#define REVIEW_CHUNK  (32 * 1024)


/* the size of the pieces the page is fed in (--feed N) */
static size_t  feed_size = REVIEW_CHUNK;


typedef enum {
    MODE_FACTS = 0,
    MODE_JSONLD,
    MODE_CARD,
    MODE_META,
    MODE_INSERTS,
    MODE_OUTPUT
} mode_e;


static void
usage(void)
{
    fprintf(stderr,
        "usage: review-extract [--facts | --jsonld | --card | --meta |\n"
        "                       --inserts | --output] [options] FILE...\n"
        "\n"
        "  --facts        what the module understood (default)\n"
        "  --jsonld       the JSON-LD block it would insert\n"
        "  --card         the excerpt card it would insert\n"
        "  --meta         the social meta tags it would insert\n"
        "  --inserts      each insertion with its byte offset\n"
        "  --output       the page as the module would send it\n"
        "\n"
        "options (as the directives of the same names):\n"
        "  --url URL                the page's address\n"
        "  --charset NAME           the charset of Content-Type\n"
        "  --card-position after_title|before_content|after_content|marker\n"
        "  --body full|excerpt|off  --publisher NAME  --publisher-url URL\n"
        "  --force  --no-style  --social-meta  --with-card\n"
        "  --xhtml                  sent as application/xhtml+xml\n"
        "  --min-words N  --min-confidence N\n"
        "  --feed N                 feed the page in pieces of N bytes\n");
}


static void
print_str(const char *name, const review_str_t *s)
{
    if (s->len) {
        printf("%s: %.*s\n", name, (int) s->len, (const char *) s->data);
    }
}


static void
print_people(const char *name, const review_people_t *p)
{
    unsigned  i;

    for (i = 0; i < p->nelts; i++) {
        printf("%s: %.*s", name, (int) p->elts[i].name.len,
               (const char *) p->elts[i].name.data);

        if (p->elts[i].character.len) {
            printf(" (%.*s)", (int) p->elts[i].character.len,
                   (const char *) p->elts[i].character.data);
        }

        printf("\n");
    }
}


static const char *
kind_name(review_page_kind_e kind)
{
    static const char  *names[] = {
        "unknown", "review", "news", "interview", "list", "index", "multi",
        "other"
    };

    return kind <= REVIEW_KIND_OTHER ? names[kind] : "unknown";
}


static const char *
item_name(review_item_type_e t)
{
    static const char  *names[] = {
        "unknown", "movie", "tv", "book", "game", "other"
    };

    return t <= REVIEW_ITEM_OTHER ? names[t] : "unknown";
}


/*
 * Why the decision went as it did: the parts that fired with their
 * weights, and the measures some of them are read from
 */

static void
print_parts(const review_facts_t *f)
{
    int          weight;
    unsigned     i;
    const char  *name;

    printf("score: %d%s =", f->score, f->voice ? "" : " (no voice)");

    for (i = 0; (name = review_part_name(i, &weight)) != NULL; i++) {
        if (f->parts & ((uint32_t) 1 << i)) {
            printf(" %s%+d", name, weight);
        }
    }

    printf("\nmeasures: words %u, judgements %u, first_person %u, "
           "film_words %u, name_mentions %u%s, works_named %u, "
           "other_mentions %u, viewings %u, own_verdicts %u, "
           "work_verdicts %u, reported %u\n",
           f->word_count, f->judgements, f->first_person,
           f->vocab[REVIEW_VOCAB_FILM], f->name_mentions,
           f->name_titled ? " (titled)" : "", f->works_named,
           f->other_mentions, f->viewings,
           f->own_verdicts, f->work_verdicts, f->reported);
}


static void
print_facts(review_t *rv)
{
    const review_facts_t  *f;

    f = review_get_facts(rv);

    printf("status: %s\n", review_status_name(review_status(rv)));
    printf("kind: %s\n", kind_name(f->kind));
    printf("confidence: %u\n", f->confidence);
    print_parts(f);
    printf("item_type: %s\n", item_name(f->item_type));
    print_str("item_name", &f->item_name);
    print_str("item_year", &f->item_year);
    print_str("url", &f->url);
    print_str("title", &f->title);
    print_str("headline", &f->headline);
    print_str("site_name", &f->site_name);
    print_str("lang", &f->lang);
    print_str("author", &f->author);
    print_str("author_url", &f->author_url);
    print_str("date_published", &f->date_published);
    print_str("date_modified", &f->date_modified);
    print_str("image", &f->image);
    print_str("same_as", &f->item_same_as);
    print_str("runtime", &f->runtime);
    print_str("certificate", &f->certificate);
    print_str("release", &f->release);
    print_people("director", &f->directors);
    print_people("actor", &f->actors);
    print_people("writer", &f->writers);
    print_people("composer", &f->composers);
    print_people("producer", &f->producers);

    if (f->rating.stated) {
        printf("rating: %g/%g (worst %g) \"%.*s\"\n", f->rating.value,
               f->rating.best, f->rating.worst, (int) f->rating.text.len,
               (const char *) f->rating.text.data);
    }

    print_str("quote", &f->quote);
    print_str("quote2", &f->quote2);
    print_str("summary", &f->summary);
    printf("word_count: %u\n", f->word_count);
    printf("reading_minutes: %u\n", f->reading_minutes);
}


static int
run(const char *path, const review_conf_t *conf, review_input_t *input,
    mode_e mode)
{
    int                     rc;
    FILE                   *fp;
    size_t                  n, len, i, off;
    unsigned char          *page, *p;
    review_t               *rv;
    const review_insert_t  *ins;

    fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (fp == NULL) {
        perror(path);
        return 2;
    }

    page = NULL;
    len = 0;

    for ( ;; ) {
        p = realloc(page, len + REVIEW_CHUNK);
        if (p == NULL) {
            fprintf(stderr, "review-extract: out of memory\n");
            free(page);
            return 2;
        }

        page = p;
        n = fread(page + len, 1, REVIEW_CHUNK, fp);
        len += n;

        if (n < REVIEW_CHUNK) {
            break;
        }
    }

    if (fp != stdin) {
        fclose(fp);
    }

    rv = review_create(conf, input);
    if (rv == NULL) {
        fprintf(stderr, "review-extract: out of memory\n");
        free(page);
        return 2;
    }

    rc = REVIEW_OK;

    for (off = 0; off < len && rc == REVIEW_OK; off += feed_size) {
        n = len - off < feed_size ? len - off : feed_size;
        rc = review_feed(rv, page + off, n);
    }

    if (rc == REVIEW_OK) {
        (void) review_finish(rv);
    }

    n = review_inserts(rv, &ins);

    switch (mode) {

    case MODE_FACTS:
        print_facts(rv);
        break;

    case MODE_INSERTS:
        printf("status: %s\n", review_status_name(review_status(rv)));
        for (i = 0; i < n; i++) {
            printf("insert at %zu (%s, %zu bytes)\n", ins[i].offset,
                   ins[i].what == REVIEW_INSERT_JSONLD ? "jsonld"
                   : ins[i].what == REVIEW_INSERT_META ? "meta" : "card",
                   ins[i].text.len);
        }
        break;

    case MODE_OUTPUT:
        off = 0;
        for (i = 0; i < n; i++) {
            fwrite(page + off, 1, ins[i].offset - off, stdout);
            fwrite(ins[i].text.data, 1, ins[i].text.len, stdout);
            off = ins[i].offset;
        }

        fwrite(page + off, 1, len - off, stdout);
        break;

    default:
        for (i = 0; i < n; i++) {
            if ((mode == MODE_JSONLD && ins[i].what == REVIEW_INSERT_JSONLD)
                || (mode == MODE_CARD && ins[i].what == REVIEW_INSERT_CARD)
                || (mode == MODE_META && ins[i].what == REVIEW_INSERT_META))
            {
                fwrite(ins[i].text.data, 1, ins[i].text.len, stdout);
                printf("\n");
            }
        }

        if (n == 0) {
            fprintf(stderr, "%s: %s\n", path,
                    review_status_name(review_status(rv)));
        }

        break;
    }

    review_destroy(rv);
    free(page);

    return 0;
}


static void
set_str(review_str_t *s, const char *v)
{
    s->data = (const unsigned char *) v;
    s->len = strlen(v);
}


int
main(int argc, char **argv)
{
    int              i, rc, files;
    mode_e           mode;
    review_conf_t    conf;
    review_input_t   input;

    review_global_init();
    review_conf_init(&conf);
    memset(&input, 0, sizeof(input));
    mode = MODE_FACTS;
    files = 0;
    rc = 0;

    for (i = 1; i < argc; i++) {

        if (strcmp(argv[i], "--facts") == 0) {
            mode = MODE_FACTS;

        } else if (strcmp(argv[i], "--jsonld") == 0) {
            mode = MODE_JSONLD;

        } else if (strcmp(argv[i], "--card") == 0) {
            mode = MODE_CARD;
            conf.card = 1;

        } else if (strcmp(argv[i], "--meta") == 0) {
            mode = MODE_META;
            conf.social_meta = 1;

        } else if (strcmp(argv[i], "--inserts") == 0) {
            mode = MODE_INSERTS;

        } else if (strcmp(argv[i], "--output") == 0) {
            mode = MODE_OUTPUT;

        } else if (strcmp(argv[i], "--force") == 0) {
            conf.force = 1;

        } else if (strcmp(argv[i], "--no-style") == 0) {
            conf.card_style = 0;

        } else if (strcmp(argv[i], "--social-meta") == 0) {
            conf.social_meta = 1;

        } else if (strcmp(argv[i], "--with-card") == 0) {
            conf.card = 1;

        } else if (strcmp(argv[i], "--xhtml") == 0) {
            input.xhtml = 1;

        } else if (i + 1 < argc && strcmp(argv[i], "--url") == 0) {
            set_str(&input.url, argv[++i]);

        } else if (i + 1 < argc && strcmp(argv[i], "--charset") == 0) {
            set_str(&input.charset, argv[++i]);

        } else if (i + 1 < argc && strcmp(argv[i], "--publisher") == 0) {
            set_str(&conf.publisher_name, argv[++i]);

        } else if (i + 1 < argc && strcmp(argv[i], "--publisher-url") == 0) {
            set_str(&conf.publisher_url, argv[++i]);

        } else if (i + 1 < argc && strcmp(argv[i], "--min-words") == 0) {
            conf.min_words = (unsigned) atoi(argv[++i]);

        } else if (i + 1 < argc && strcmp(argv[i], "--min-confidence") == 0) {
            conf.min_confidence = (unsigned) atoi(argv[++i]);

        } else if (i + 1 < argc && strcmp(argv[i], "--feed") == 0) {
            feed_size = (size_t) atol(argv[++i]);
            if (feed_size == 0) {
                feed_size = REVIEW_CHUNK;
            }

        } else if (i + 1 < argc && strcmp(argv[i], "--body") == 0) {
            i++;
            conf.body_mode = strcmp(argv[i], "full") == 0 ? REVIEW_BODY_FULL
                             : strcmp(argv[i], "off") == 0 ? REVIEW_BODY_OFF
                             : REVIEW_BODY_EXCERPT;

        } else if (i + 1 < argc && strcmp(argv[i], "--card-position") == 0) {
            i++;
            conf.card = 1;
            conf.card_position =
                strcmp(argv[i], "before_content") == 0
                ? REVIEW_CARD_BEFORE_CONTENT
                : strcmp(argv[i], "after_content") == 0
                ? REVIEW_CARD_AFTER_CONTENT
                : strcmp(argv[i], "marker") == 0
                ? REVIEW_CARD_MARKER : REVIEW_CARD_AFTER_TITLE;

        } else if (strcmp(argv[i], "-h") == 0
                   || strcmp(argv[i], "--help") == 0)
        {
            usage();
            return 0;

        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            usage();
            return 2;

        } else {
            if (files++ && mode == MODE_FACTS) {
                printf("\n");
            }

            if (mode == MODE_FACTS && argc > i + 1) {
                printf("file: %s\n", argv[i]);
            }

            rc |= run(argv[i], &conf, &input, mode);
        }
    }

    if (files == 0) {
        usage();
        return 2;
    }

    return rc;
}

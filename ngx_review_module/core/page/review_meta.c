
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdlib.h>
#include <string.h>

#include "review_json_read.h"
#include "review_lang.h"
#include "review_lexicon.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * The page's facts, each from the best source it has, in this order:
 *   1. its own structured data: JSON-LD (Review, Movie, Article and the
 *      like, @graph included), microdata, RDFa;
 *   2. meta tags: og:, article:, twitter:, Dublin Core, name=author...;
 *   3. visible markup: rel=author, bylines ("By Jane Doe"), <time
 *      datetime>, dates as written;
 *   4. the URL (a date in its path).
 * A fact found at one level is not replaced by a lower one.
 */


#define REVIEW_JSON_MAX  20000       /* values in one JSON-LD block */


static void
review_set(review_str_t *dst, review_source_e *src, const review_str_t *v,
    review_source_e level)
{
    review_str_t  s;

    if (v == NULL || v->len == 0) {
        return;
    }

    s = *v;
    review_str_trim(&s);

    if (s.len == 0 || (dst->len && src && *src >= level)) {
        return;
    }

    if (dst->len && src == NULL) {
        return;
    }

    *dst = s;

    if (src) {
        *src = level;
    }
}


/*
 * A name for the author: a template's leftovers ("map[]", "{{author}}",
 * "%author%", "${name}") and bare numbers name nobody.  Markup in a name
 * is not a leftover: it is escaped on the way out.
 */

static void
review_set_author(review_facts_t *f, const review_str_t *v,
    review_source_e level)
{
    size_t  i, letters;

    if (v == NULL) {
        return;
    }

    letters = 0;

    for (i = 0; i < v->len; i++) {
        if (memchr("[]{}%$", v->data[i], 6) != NULL) {
            return;
        }

        letters += review_isalpha(v->data[i]) || v->data[i] >= 0x80;
    }

    if (letters == 0) {
        return;
    }

    review_set(&f->author, &f->author_source, v, level);
}


/* an absolute URL for a reference found on the page */

static int
review_url_resolve(review_arena_t *a, const review_str_t *base,
    const review_str_t *ref, review_str_t *out)
{
    size_t                n;
    review_buf_t          b;
    const unsigned char  *p, *slash, *end;

    out->len = 0;

    if (ref->len == 0 || review_str_starts_ci(ref, "data:")
        || review_str_starts_ci(ref, "javascript:"))
    {
        return REVIEW_OK;
    }

    /* only absolute http(s) URLs: anything else is junk to a reader */
    if (review_str_starts_ci(ref, "http://")
        || review_str_starts_ci(ref, "https://"))
    {
        if (review_url_valid(ref)) {
            *out = *ref;
        }

        return REVIEW_OK;
    }

    if (!review_url_valid(base)) {
        return REVIEW_OK;
    }

    review_buf_init(&b, a);
    end = base->data + base->len;
    p = memchr(base->data, ':', base->len);

    if (ref->len > 1 && ref->data[0] == '/' && ref->data[1] == '/') {
        review_buf_add(&b, base->data, p - base->data + 1);

    } else {
        /* past the scheme and its slashes, to the end of the host */
        p += 3;
        while (p < end && *p != '/' && *p != '?' && *p != '#') {
            p++;
        }

        if (ref->data[0] == '/') {
            review_buf_add(&b, base->data, p - base->data);

        } else {
            /* the base's directory */
            slash = p;
            for (n = p - base->data; n < base->len; n++) {
                if (base->data[n] == '?' || base->data[n] == '#') {
                    break;
                }

                if (base->data[n] == '/') {
                    slash = base->data + n;
                }
            }

            review_buf_add(&b, base->data, slash - base->data);
            review_buf_addc(&b, '/');
        }
    }

    review_buf_add_str(&b, ref);

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, out);

    if (!review_url_valid(out)) {
        out->len = 0;
    }

    return REVIEW_OK;
}


/* JSON-LD */

static int
review_ld_type_is(const review_json_doc_t *d, uint32_t obj,
    const char *const *types)
{
    uint32_t      t, v;
    review_str_t  s;
    const char   *const *type;

    t = review_json_get(d, obj, "@type");
    if (t == REVIEW_JSON_NONE) {
        return 0;
    }

    v = d->v[t].type == REVIEW_JSON_ARRAY ? d->v[t].first : t;

    for ( /* void */ ; v != REVIEW_JSON_NONE;
         v = d->v[t].type == REVIEW_JSON_ARRAY ? d->v[v].next
                                                : REVIEW_JSON_NONE)
    {
        s = d->v[v].str;

        /* "Review", "schema:Review", "http://schema.org/Review" */
        while (s.len && memchr(s.data, '/', s.len)) {
            const unsigned char  *slash;

            slash = memchr(s.data, '/', s.len);
            s.len -= slash + 1 - s.data;
            s.data = slash + 1;
        }

        if (s.len > 7 && review_strncasecmp(s.data, "schema:", 7) == 0) {
            s.data += 7;
            s.len -= 7;
        }

        for (type = types; *type; type++) {
            if (review_str_eq_ci(&s, *type)) {
                return 1;
            }
        }
    }

    return 0;
}


/* the first value of an array, or the value itself */

static uint32_t
review_ld_first(const review_json_doc_t *d, uint32_t v)
{
    if (v != REVIEW_JSON_NONE && d->v[v].type == REVIEW_JSON_ARRAY) {
        v = d->v[v].first;
    }

    return v;
}


/*
 * a string given as "x", as {key: "x"} (or {alt: "x"}), or as the first
 * of an array of either: a name, a URL
 */

static review_str_t
review_ld_string(const review_json_doc_t *d, uint32_t v, const char *key,
    const char *alt)
{
    review_str_t  s;

    v = review_ld_first(d, v);

    if (v == REVIEW_JSON_NONE || d->v[v].type != REVIEW_JSON_OBJECT) {
        return review_json_get_str(d, v);
    }

    s = review_json_get_str(d, review_json_get(d, v, key));

    if (s.len == 0 && alt) {
        s = review_json_get_str(d, review_json_get(d, v, alt));
    }

    return s;
}


#define review_ld_name(d, v)  review_ld_string(d, v, "name", NULL)
#define review_ld_url(d, v)   review_ld_string(d, v, "url", "@id")


/* 4, "4", "4.5": numbers as JSON-LD writes them */

static double
review_ld_number(const review_json_doc_t *d, uint32_t v, double def)
{
    char    num[32];
    size_t  n;

    if (v == REVIEW_JSON_NONE) {
        return def;
    }

    if (d->v[v].type == REVIEW_JSON_NUMBER) {
        return d->v[v].num;
    }

    if (d->v[v].type != REVIEW_JSON_STRING || d->v[v].str.len == 0) {
        return def;
    }

    n = d->v[v].str.len < sizeof(num) - 1 ? d->v[v].str.len
                                          : sizeof(num) - 1;
    memcpy(num, d->v[v].str.data, n);
    num[n] = '\0';

    return strtod(num, NULL);
}


static void
review_ld_date(review_pg_t *pg, review_str_t *dst, const review_str_t *v)
{
    review_str_t  iso;

    if (v->len && dst->len == 0
        && review_date_normalize(pg->arena, v, &iso) == REVIEW_OK)
    {
        *dst = iso;
    }
}


static void
review_ld_item(review_pg_t *pg, const review_json_doc_t *d, uint32_t item)
{
    review_str_t     s;
    review_facts_t  *f;

    static const char *const  movies[] = { "Movie", "Film", NULL };

    f = pg->facts;

    if (item == REVIEW_JSON_NONE) {
        return;
    }

    if (d->v[item].type == REVIEW_JSON_ARRAY) {
        item = d->v[item].first;
        if (item == REVIEW_JSON_NONE) {
            return;
        }
    }

    if (d->v[item].type != REVIEW_JSON_OBJECT) {
        s = review_json_get_str(d, item);
        review_set(&f->item_name, &f->name_source, &s,
                   REVIEW_SOURCE_STRUCTURED);
        return;
    }

    s = review_json_get_str(d, review_json_get(d, item, "name"));
    review_set(&f->item_name, &f->name_source, &s, REVIEW_SOURCE_STRUCTURED);

    if (review_ld_type_is(d, item, movies)) {
        f->has_movie_ld = 1;
        s = review_json_get_str(d, review_json_get(d, item, "@id"));
        review_set(&f->existing_movie_id, NULL, &s, REVIEW_SOURCE_STRUCTURED);
    }

    s = review_json_get_str(d, review_json_get(d, item, "dateCreated"));
    if (s.len >= 4 && f->item_year.len == 0) {
        f->item_year.data = s.data;
        f->item_year.len = 4;
    }

    s = review_ld_url(d, review_json_get(d, item, "image"));
    review_set(&f->item_image, NULL, &s, REVIEW_SOURCE_STRUCTURED);
}


static void
review_ld_object(review_pg_t *pg, const review_json_doc_t *d, uint32_t o)
{
    uint32_t         r, v;
    review_str_t     s;
    review_facts_t  *f;

    static const char *const  reviews[] = {
        "Review", "CriticReview", "UserReview", "EmployerReview", NULL
    };
    static const char *const  articles[] = {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
        "OpinionNewsArticle", "AnalysisNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "WebPage", "ItemPage", "TechArticle",
        "Report", "SocialMediaPosting", "LiveBlogPosting", NULL
    };
    static const char *const  movies[] = { "Movie", "Film", NULL };
    static const char *const  sites[] = { "WebSite", "Organization",
                                          "NewsMediaOrganization", NULL };

    f = pg->facts;

    if (review_ld_type_is(d, o, reviews)) {
        f->has_review_ld = 1;
        pg->page->signals.structured_review = 1;

        s = review_json_get_str(d, review_json_get(d, o, "@id"));
        review_set(&f->existing_review_id, NULL, &s,
                   REVIEW_SOURCE_STRUCTURED);

        s = review_ld_name(d, review_json_get(d, o, "author"));
        review_set_author(f, &s, REVIEW_SOURCE_STRUCTURED);

        s = review_json_get_str(d, review_json_get(d, o, "datePublished"));
        if (f->date_source < REVIEW_SOURCE_STRUCTURED) {
            f->date_published.len = 0;
            review_ld_date(pg, &f->date_published, &s);
            if (f->date_published.len) {
                f->date_source = REVIEW_SOURCE_STRUCTURED;
            }
        }

        s = review_json_get_str(d, review_json_get(d, o, "dateModified"));
        review_ld_date(pg, &f->date_modified, &s);

        review_ld_item(pg, d, review_json_get(d, o, "itemReviewed"));

        r = review_json_get(d, o, "reviewRating");
        if (r != REVIEW_JSON_NONE && d->v[r].type == REVIEW_JSON_OBJECT) {
            v = review_json_get(d, r, "ratingValue");

            if (v != REVIEW_JSON_NONE) {
                double  val, best, worst;

                val = review_ld_number(d, v, -1);
                best = review_ld_number(d, review_json_get(d, r, "bestRating"),
                                        5);
                worst = review_ld_number(d, review_json_get(d, r,
                                                            "worstRating"),
                                         1);

                if (best > worst && val >= worst && val <= best) {
                    f->rating.stated = 1;
                    f->rating.value = val;
                    f->rating.best = best;
                    f->rating.worst = worst;
                    f->rating.text = d->v[v].str;
                    f->rating.source = REVIEW_SOURCE_STRUCTURED;
                }
            }
        }

        return;
    }

    if (review_ld_type_is(d, o, movies)) {
        f->has_movie_ld = 1;
        s = review_json_get_str(d, review_json_get(d, o, "@id"));
        review_set(&f->existing_movie_id, NULL, &s, REVIEW_SOURCE_STRUCTURED);
        return;
    }

    if (review_ld_type_is(d, o, articles)) {
        s = review_json_get_str(d, review_json_get(d, o, "headline"));
        review_set(&f->headline, NULL, &s, REVIEW_SOURCE_STRUCTURED);

        s = review_ld_name(d, review_json_get(d, o, "author"));
        review_set_author(f, &s, REVIEW_SOURCE_STRUCTURED);

        if (f->author_url.len == 0) {
            s = review_ld_url(d, review_json_get(d, o, "author"));
            review_set(&f->author_url, NULL, &s, REVIEW_SOURCE_STRUCTURED);
        }

        s = review_json_get_str(d, review_json_get(d, o, "datePublished"));
        if (f->date_source < REVIEW_SOURCE_STRUCTURED) {
            review_str_t  iso;

            if (s.len && review_date_normalize(pg->arena, &s, &iso)
                         == REVIEW_OK)
            {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_STRUCTURED;
            }
        }

        s = review_json_get_str(d, review_json_get(d, o, "dateModified"));
        review_ld_date(pg, &f->date_modified, &s);

        s = review_ld_url(d, review_json_get(d, o, "image"));
        review_set(&f->image, NULL, &s, REVIEW_SOURCE_STRUCTURED);

        s = review_json_get_str(d, review_json_get(d, o, "articleSection"));
        review_set(&pg->page->signals.section, NULL, &s,
                   REVIEW_SOURCE_STRUCTURED);

        s = review_ld_name(d, review_json_get(d, o, "publisher"));
        review_set(&f->site_name, NULL, &s, REVIEW_SOURCE_STRUCTURED);
        return;
    }

    if (review_ld_type_is(d, o, sites)) {
        s = review_json_get_str(d, review_json_get(d, o, "name"));
        review_set(&f->site_name, NULL, &s, REVIEW_SOURCE_STRUCTURED);
    }
}


static int
review_meta_ldjson(review_pg_t *pg)
{
    uint32_t            i, k;
    review_json_doc_t   d;
    const review_doc_t *doc;

    doc = pg->doc;

    for (k = 0; k < doc->nldjson; k++) {
        if (review_json_parse(pg->arena, doc->ldjson[k].data,
                              doc->ldjson[k].len, REVIEW_JSON_MAX, &d)
            != REVIEW_OK)
        {
            continue;
        }

        /* every object, @graph and arrays included; Reviews first */
        for (i = 0; i < d.n; i++) {
            if (d.v[i].type == REVIEW_JSON_OBJECT) {
                review_ld_object(pg, &d, i);
            }
        }
    }

    return REVIEW_OK;
}


/*
 * Microdata and RDFa: itemtype/typeof Review or Movie, with its props.
 * One pass in document order: a property belongs to the nearest item
 * around it (owner[], from the parent's, as microdata says), so nested
 * items cost nothing more, and a value's text is read only while the
 * fact it would fill is still open.
 */

#define REVIEW_ITEM        1            /* scope[]: an item */
#define REVIEW_ITEM_POST   2            /* an Article, a BlogPosting: its
                                           author and date are the page's
                                           when no Review gives them */
#define REVIEW_ITEM_REVIEW 3            /* an item that is a Review */
#define REVIEW_ITEM_AUTHOR 4            /* the Review's author as an item:
                                           its name is the author's */
#define REVIEW_PROP_MAX    300          /* text bytes of a value: a date,
                                           a name */

static int review_meta_item_prop(review_pg_t *pg, uint32_t m,
    unsigned owner, unsigned *author);


static int
review_meta_microdata(review_pg_t *pg)
{
    uint8_t              *scope;
    uint32_t              i, p, *owner;
    unsigned              author;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *type, *content;

    doc = pg->doc;
    f = pg->facts;

    owner = review_alloc(pg->arena, doc->nnodes * sizeof(uint32_t));
    scope = review_alloc(pg->arena, doc->nnodes);

    if (owner == NULL || scope == NULL) {
        return REVIEW_ERROR;
    }

    owner[0] = REVIEW_NONE;
    scope[0] = 0;

    for (i = 1; i < doc->nnodes; i++) {
        n = &doc->nodes[i];
        p = n->parent == REVIEW_NONE ? 0 : n->parent;

        owner[i] = scope[p] ? p : owner[p];
        scope[i] = 0;

        if (n->attr == REVIEW_NONE) {
            continue;
        }

        /* a property of the item around it (itself an item or not) */

        author = 0;

        if (owner[i] != REVIEW_NONE && scope[owner[i]] >= REVIEW_ITEM_POST
            && review_meta_item_prop(pg, i, scope[owner[i]], &author)
               != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }

        type = review_doc_attr(doc, n, REVIEW_ATTR_ITEMTYPE);
        if (type == NULL) {
            type = review_doc_attr(doc, n, REVIEW_ATTR_TYPEOF);
        }

        if (type == NULL) {
            if (review_doc_attr(doc, n, REVIEW_ATTR_ITEMSCOPE)) {
                scope[i] = author ? REVIEW_ITEM_AUTHOR : REVIEW_ITEM;
            }

            continue;
        }

        scope[i] = author ? REVIEW_ITEM_AUTHOR : REVIEW_ITEM;

        if (review_find_ci(type->data, type->len, "movie")) {
            f->has_movie_ld = 1;
        }

        if (review_find_ci(type->data, type->len, "review") == NULL) {
            if (review_find_ci(type->data, type->len, "article")
                || review_find_ci(type->data, type->len, "posting"))
            {
                scope[i] = REVIEW_ITEM_POST;
            }

            continue;
        }

        scope[i] = REVIEW_ITEM_REVIEW;
        f->has_review_ld = 1;
        pg->page->signals.structured_review = 1;

        content = review_doc_attr(doc, n, REVIEW_ATTR_ITEMID);
        if (content == NULL) {
            content = review_doc_attr(doc, n, REVIEW_ATTR_ABOUT);
        }

        if (content) {
            review_set(&f->existing_review_id, NULL, content,
                       REVIEW_SOURCE_STRUCTURED);
        }
    }

    return REVIEW_OK;
}


/*
 * One property of a Review item (or of its author item, by the owner's
 * kind): node m.  *author tells the author is an item of its own.
 */

static int
review_meta_item_prop(review_pg_t *pg, uint32_t m, unsigned owner,
    unsigned *author)
{
    review_str_t          v, text, iso;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *prop, *content;
    enum { NONE, DATE, AUTHOR, ITEM } what;

    doc = pg->doc;
    f = pg->facts;
    n = &doc->nodes[m];

    prop = review_doc_attr(doc, n, REVIEW_ATTR_ITEMPROP);
    if (prop == NULL) {
        prop = review_doc_attr(doc, n, REVIEW_ATTR_PROPERTY);
    }

    if (prop == NULL) {
        return REVIEW_OK;
    }

    what = NONE;

    if (owner == REVIEW_ITEM_AUTHOR) {
        if (review_str_eq_ci(prop, "name")
            && f->author_source < REVIEW_SOURCE_STRUCTURED)
        {
            what = AUTHOR;
        }

    } else if ((review_str_eq_ci(prop, "author")
                || review_str_eq_ci(prop, "schema:author"))
               && (review_doc_attr(doc, n, REVIEW_ATTR_ITEMSCOPE)
                   || review_doc_attr(doc, n, REVIEW_ATTR_TYPEOF)))
    {
        /* a Person or an Organization: its name is the author's */
        *author = 1;

    } else if (review_find_ci(prop->data, prop->len, "datepublished")) {
        what = f->date_source < REVIEW_SOURCE_STRUCTURED ? DATE : NONE;

    } else if (review_str_eq_ci(prop, "author")
               || review_str_eq_ci(prop, "schema:author"))
    {
        what = f->author_source < REVIEW_SOURCE_STRUCTURED ? AUTHOR : NONE;

    } else if (review_find_ci(prop->data, prop->len, "itemreviewed")
               && owner == REVIEW_ITEM_REVIEW
               && !review_doc_attr(doc, n, REVIEW_ATTR_ITEMSCOPE))
    {
        what = f->name_source < REVIEW_SOURCE_STRUCTURED ? ITEM : NONE;
    }

    if (what == NONE) {
        return REVIEW_OK;
    }

    content = review_doc_attr(doc, n, REVIEW_ATTR_CONTENT);
    if (content == NULL) {
        content = review_doc_attr(doc, n, REVIEW_ATTR_DATETIME);
    }

    if (content) {
        v = *content;

    } else if (n->text_len > REVIEW_PROP_MAX) {
        return REVIEW_OK;

    } else if (review_node_text(pg->arena, doc, m, &text) == REVIEW_OK) {
        v = text;

    } else {
        return REVIEW_ERROR;
    }

    switch (what) {

    case DATE:
        if (review_date_normalize(pg->arena, &v, &iso) == REVIEW_OK) {
            f->date_published = iso;
            f->date_source = REVIEW_SOURCE_STRUCTURED;
        }

        break;

    case AUTHOR:
        review_set_author(f, &v, REVIEW_SOURCE_STRUCTURED);
        break;

    default:
        review_set(&f->item_name, &f->name_source, &v,
                   REVIEW_SOURCE_STRUCTURED);
    }

    return REVIEW_OK;
}


static void
review_meta_tags(review_pg_t *pg)
{
    uint32_t              i;
    review_str_t          iso, lang, name;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *key, *content, *rel, *href;
    unsigned char        *p;

    doc = pg->doc;
    f = pg->facts;

    for (i = 0; i < doc->nmetas; i++) {
        n = &doc->nodes[doc->metas[i]];

        if (n->tag == REVIEW_TAG_LINK) {
            rel = review_doc_attr(doc, n, REVIEW_ATTR_REL);
            href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);

            if (rel && href && href->len) {
                if (review_str_eq_ci(rel, "canonical") && f->url.len == 0) {
                    review_url_resolve(pg->arena, &pg->input->url, href,
                                       &f->url);

                } else if (review_str_eq_ci(rel, "author")
                           && f->author_url.len == 0)
                {
                    review_url_resolve(pg->arena, &pg->input->url, href,
                                       &f->author_url);
                }
            }

            continue;
        }

        content = review_doc_attr(doc, n, REVIEW_ATTR_CONTENT);
        if (content == NULL || content->len == 0) {
            continue;
        }

        key = review_doc_attr(doc, n, REVIEW_ATTR_PROPERTY);
        if (key == NULL) {
            key = review_doc_attr(doc, n, REVIEW_ATTR_NAME);
        }

        if (key == NULL) {
            key = review_doc_attr(doc, n, REVIEW_ATTR_ITEMPROP);
        }

        if (key == NULL) {
            continue;
        }

        if (review_str_eq_ci(key, "og:title")
            || review_str_eq_ci(key, "twitter:title"))
        {
            review_set(&pg->og_title, NULL, content, REVIEW_SOURCE_META);

        } else if (review_str_eq_ci(key, "og:type")) {
            pg->page->signals.og_type = *content;

        } else if (review_str_eq_ci(key, "og:site_name")
                   || review_str_eq_ci(key, "application-name"))
        {
            review_set(&f->site_name, NULL, content, REVIEW_SOURCE_META);

        } else if (review_str_eq_ci(key, "og:url") && f->url.len == 0) {
            review_url_resolve(pg->arena, &pg->input->url, content, &f->url);

        } else if ((review_str_eq_ci(key, "og:image")
                    || review_str_eq_ci(key, "og:image:url")
                    || review_str_eq_ci(key, "twitter:image"))
                   && f->image.len == 0)
        {
            review_url_resolve(pg->arena, &pg->input->url, content,
                               &f->image);

        } else if (review_str_eq_ci(key, "og:description")) {
            f->has_og_description = 1;
            review_set(&f->description, NULL, content, REVIEW_SOURCE_META);

        } else if (review_str_eq_ci(key, "description")) {
            review_set(&f->description, NULL, content, REVIEW_SOURCE_META);

        } else if (review_str_eq_ci(key, "author")
                   || review_str_eq_ci(key, "article:author")
                   || review_str_eq_ci(key, "og:article:author")
                   || review_str_eq_ci(key, "dc.creator")
                   || review_str_eq_ci(key, "dcterms.creator")
                   || review_str_eq_ci(key, "sailthru.author")
                   || review_str_eq_ci(key, "parsely-author")
                   || review_str_eq_ci(key, "byl"))
        {
            /* article:author is often a profile URL */
            if (review_str_starts_ci(content, "http")) {
                review_set(&f->author_url, NULL, content, REVIEW_SOURCE_META);

            } else {
                /* "By Ana Torres" as some newspapers write it */
                name = *content;

                if (review_str_starts_ci(&name, "by ")) {
                    name.data += 3;
                    name.len -= 3;
                    review_str_trim(&name);
                }

                review_set_author(f, &name, REVIEW_SOURCE_META);
            }

        } else if (review_str_eq_ci(key, "article:published_time")
                   || review_str_eq_ci(key, "datepublished")
                   || review_str_eq_ci(key, "dc.date")
                   || review_str_eq_ci(key, "dcterms.date")
                   || review_str_eq_ci(key, "dc.date.issued")
                   || review_str_eq_ci(key, "date")
                   || review_str_eq_ci(key, "pubdate")
                   || review_str_eq_ci(key, "publish-date")
                   || review_str_eq_ci(key, "sailthru.date")
                   || review_str_eq_ci(key, "og:article:published_time"))
        {
            if (f->date_source < REVIEW_SOURCE_META
                && review_date_normalize(pg->arena, content, &iso)
                   == REVIEW_OK)
            {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_META;
            }

        } else if (review_str_eq_ci(key, "article:modified_time")
                   || review_str_eq_ci(key, "datemodified")
                   || review_str_eq_ci(key, "og:updated_time"))
        {
            if (f->date_modified.len == 0
                && review_date_normalize(pg->arena, content, &iso)
                   == REVIEW_OK)
            {
                f->date_modified = iso;
            }

        } else if (review_str_eq_ci(key, "article:section")) {
            review_set(&pg->page->signals.section, NULL, content,
                       REVIEW_SOURCE_META);

        } else if (review_str_eq_ci(key, "og:locale") && f->lang.len == 0) {
            /* en_GB -> en-GB */
            lang = *content;
            p = review_strndup(pg->arena, lang.data, lang.len);
            if (p) {
                for (lang.data = p; *p; p++) {
                    if (*p == '_') {
                        *p = '-';
                    }
                }

                f->lang = lang;
            }

        } else if (review_str_eq_ci(key, "twitter:card")) {
            f->has_twitter_card = 1;

        } else if (review_str_eq_ci(key, "twitter:description")) {
            f->has_twitter_description = 1;
        }
    }
}


/*
 * "Posted on", "Published", "Publié le": a byline's opening word of the
 * tables and a short word after it, before the date they lead to
 */

#define REVIEW_LEAD_LINK  3             /* bytes of "on", "le", "am" */

static void
review_meta_skip_lead(review_str_t *s)
{
    size_t                n;
    unsigned              k;
    const unsigned char  *p, *end;

    p = s->data;
    end = s->data + s->len;

    while (p < end && review_isspace(*p)) {
        p++;
    }

    for (n = 0; p + n < end && (review_isalpha(p[n]) || p[n] >= 0x80); n++) {
        /* void */
    }

    if (n == 0) {
        return;
    }

    /* the page's language is not known yet: any table's lead */
    for (k = 0; k < REVIEW_LANG_N; k++) {
        if (review_lex_lang(k, p, n) & REVIEW_LEX_BYLINE_LEAD) {
            break;
        }
    }

    if (k == REVIEW_LANG_N) {
        return;
    }

    p += n;

    while (p < end && (review_isspace(*p) || *p == ':')) {
        p++;
    }

    for (n = 0; p + n < end && review_isalpha(p[n]); n++) {
        /* void */
    }

    if (n && n <= REVIEW_LEAD_LINK && p + n < end && p[n] == ' '
        && review_lang_month(p, n) == 0)
    {
        p += n;
    }

    s->len = end - p;
    s->data = p;
}


/* does the line read as a byline, not as a credit ("Directed by")? */

static int
review_byline_line(const review_str_t *s)
{
    size_t  n;

    /* "By", "Par", "Von", "Autor:", "文：", the tables' */
    if (review_lang_byline(s->data, s->len)) {
        return 1;
    }

    for (n = 0; n < s->len && review_isalpha(s->data[n]); n++) {
        /* void */
    }

    /* "Posted on ...", "Words ...": the tables' leads, and its "by"
       within the line */
    return n && n < s->len
           && (review_lex(s->data, n) & REVIEW_LEX_BYLINE_LEAD)
           && review_find_ci(s->data, s->len, " by ") != NULL;
}


/* "By Priya Raman", "Posted on May 10, 2021 by Jane Doe", "Jane Doe" */

static int
review_byline_name(const review_str_t *in, review_str_t *name)
{
    size_t                n, words;
    review_str_t          s;
    const unsigned char  *p, *end, *w, *by, *q;

    s = *in;
    review_str_trim(&s);
    name->len = 0;

    by = NULL;
    p = s.data;
    end = s.data + s.len;

    /* the last "by", "par", "Autor:", "文：" that is a word */
    for ( /* void */ ; p < end; p++) {
        if ((p == s.data || !review_isalpha(p[-1]))
            && (n = review_lang_byline(p, end - p)))
        {
            by = p + n;
        }
    }

    p = by ? by : s.data;

    while (p < end && review_isspace(*p)) {
        p++;
    }

    /* capitalised words, as many as a name has */
    w = p;
    words = 0;

    while (p < end && words < 4) {
        if (!(review_isupper(*p) || *p >= 0xc0)) {
            break;
        }

        q = p;

        /* names have no digits: "Jonah Pierce11 Feb" ran two blocks */
        while (p < end && !review_isspace(*p) && *p != ',' && *p != '|'
               && *p != ';' && !review_isdigit(*p)
               && !(*p == 0xc2 && p + 1 < end && p[1] == 0xb7)
               && !(*p == 0xe2 && p + 2 < end && p[1] == 0x80))
        {
            p++;
        }

        /* "By Ana Ruiz August 20, 2016": the date's month is no name */
        if (words && p + 1 < end && *p == ' ' && review_isdigit(p[1])
            && review_lang_month(q, p - q))
        {
            p = q;
            break;
        }

        words++;

        if (p >= end || *p != ' ') {
            break;
        }

        if (p + 1 < end && !(review_isupper(p[1]) || p[1] >= 0xc0)) {
            break;
        }

        p++;
    }

    if (words < 1 || (by == NULL && words < 2) || words > 4) {
        return 0;
    }

    while (p > w && (p[-1] == ' ' || p[-1] == '.')) {
        p--;
    }

    name->data = w;
    name->len = p - w;

    return name->len >= 3;
}


/*
 * A handle where a byline has no name: "bfp", "sven", "nekarc" in a
 * byline element, an author's link or "By nekarc" alone on its line.
 * One word of letters, digits, '.', '_' or '-', after the line's "By",
 * and nothing else; never a CMS's "admin".
 */

#define REVIEW_HANDLE_MAX  32

static int
review_byline_handle(const review_str_t *in, review_str_t *name)
{
    size_t                n, letters;
    review_str_t          s;
    const unsigned char  *p, *end;

    s = *in;
    review_str_trim(&s);
    name->len = 0;

    n = review_lang_byline(s.data, s.len);
    s.data += n;
    s.len -= n;
    review_str_trim(&s);

    if (s.len < 2 || s.len > REVIEW_HANDLE_MAX || !review_isalpha(s.data[0]))
    {
        return 0;
    }

    letters = 0;
    end = s.data + s.len;

    for (p = s.data; p < end; p++) {
        if (!(review_isalnum(*p) || *p == '.' || *p == '_' || *p == '-')) {
            return 0;
        }

        letters += review_isalpha(*p);
    }

    if (letters < 2 || review_str_in_ci(&s, review_hint_nobody)) {
        return 0;
    }

    *name = s;

    return 1;
}


/* a link to the author's page: rel=author, or "/author/bfp/" */

static int
review_author_link(const review_doc_t *doc, const review_node_t *n)
{
    const char *const   *w;
    const review_str_t  *rel, *href;

    rel = review_doc_attr(doc, n, REVIEW_ATTR_REL);

    if (rel && review_find_ci(rel->data, rel->len, "author")) {
        return 1;
    }

    href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);

    for (w = review_hint_author_paths; href && *w; w++) {
        if (review_find_ci(href->data, href->len, *w)) {
            return 1;
        }
    }

    return 0;
}


/*
 * an "updated" stamp of its own, not WordPress's "published updated":
 * by its class, or by its microdata (itemprop="dateModified")
 */

static int
review_meta_updated(const review_doc_t *doc, const review_node_t *n)
{
    unsigned                     k;
    const char *const           *w;
    const review_str_t          *cls;
    static const review_attr_e   attrs[] = { REVIEW_ATTR_CLASS,
                                             REVIEW_ATTR_ITEMPROP };

    for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++) {
        cls = review_doc_attr(doc, n, attrs[k]);

        if (cls == NULL || review_find_ci(cls->data, cls->len, "publish")) {
            continue;
        }

        for (w = review_hint_updated; *w; w++) {
            if (review_find_ci(cls->data, cls->len, *w)) {
                return 1;
            }
        }
    }

    return 0;
}


/*
 * The review's foot, its last two paragraphs: a sign-off ("\xe2\x80\x94 Ana
 * Ruiz", "--Ana Ruiz 12 March 2003") or a byline ("By Ana Ruiz, Film
 * Critic").  A full name that ends the line, or that a role after a
 * comma or a date follows: "By Friday it was gone" names nobody.
 */

#define REVIEW_FOOT_MAX  100            /* bytes of a foot's line */

static void
review_meta_foot(review_pg_t *pg)
{
    size_t                n;
    unsigned              i, nb;
    review_str_t          t, name, rest, iso;
    review_facts_t       *f;
    const review_block_t *b;

    f = pg->facts;
    nb = pg->page->text.nblocks;

    for (i = nb > 2 ? nb - 2 : 0;
         i < nb && f->author_source < REVIEW_SOURCE_MARKUP; i++)
    {
        b = &pg->page->text.blocks[i];
        t = b->text;
        review_str_trim(&t);

        if (b->kind != REVIEW_BLOCK_PARA || t.len < 5
            || t.len >= REVIEW_FOOT_MAX)
        {
            continue;
        }

        /* a dash, or the table's "By" */
        n = 0;

        /* a quotation's source is not the review's author */
        if (i > 0 && pg->page->text.blocks[i - 1].kind == REVIEW_BLOCK_QUOTE
            && review_lang_byline(t.data, t.len) == 0)
        {
            continue;
        }

        if (t.data[0] == '-' || t.data[0] == '~') {
            n = t.len > 1 && t.data[1] == '-' ? 2 : 1;

        } else if (t.data[0] == 0xe2 && t.data[1] == 0x80
                   && (t.data[2] == 0x93 || t.data[2] == 0x94))
        {
            n = 3;                      /* en dash, em dash */

        } else if (review_lang_byline(t.data, t.len) == 0) {
            continue;
        }

        t.data += n;
        t.len -= n;

        if (!review_byline_name(&t, &name)
            || memchr(name.data, ' ', name.len) == NULL)
        {
            continue;
        }

        rest.data = name.data + name.len;
        rest.len = t.data + t.len - rest.data;
        review_str_trim(&rest);

        while (rest.len && rest.data[0] == '.') {
            rest.data++;
            rest.len--;
        }

        if (rest.len == 0 || rest.data[0] == ','
            || (rest.data[0] == 0xc2 && rest.len > 1 && rest.data[1] == 0xb7)
            || rest.data[0] == '|')
        {
            review_set_author(f, &name, REVIEW_SOURCE_MARKUP);
            continue;
        }

        /* "--Ana Ruiz 12 March 2003" */
        if (review_date_parse(pg->arena, &rest, REVIEW_DATE_ALONE
                              | pg->date_flags, &iso)
            == REVIEW_OK)
        {
            review_set_author(f, &name, REVIEW_SOURCE_MARKUP);

            if (f->date_source < REVIEW_SOURCE_MARKUP) {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_MARKUP;
            }
        }
    }
}


/*
 * A byline as a line of text: "By Jane Doe", "Posted on May 10, 2024 by
 * Jane Doe", "Words: Jane Doe", "Review by Jane Doe, 14 January 2020".
 * The date on such a line is the article's.
 */

static void
review_meta_byline_text(review_pg_t *pg, const review_str_t *text)
{
    review_str_t     name, iso;
    review_facts_t  *f;

    f = pg->facts;

    if (text->len >= 160 || !review_byline_line(text)) {
        return;
    }

    /* "Posted December 31st, 1998 by admin": a date, no name */
    if (f->author_source < REVIEW_SOURCE_MARKUP
        && (review_byline_name(text, &name)
            || (review_lang_byline(text->data, text->len)
                && review_byline_handle(text, &name))))
    {
        review_set_author(f, &name, REVIEW_SOURCE_MARKUP);
    }

    if (f->date_source < REVIEW_SOURCE_MARKUP
        && review_date_parse(pg->arena, text, pg->date_flags, &iso)
           == REVIEW_OK)
    {
        f->date_published = iso;
        f->date_source = REVIEW_SOURCE_MARKUP;
    }
}


static void
review_meta_markup(review_pg_t *pg)
{
    size_t                len;
    uint32_t              i, k, scope, end, nm, np;
    review_str_t          text, name, iso;
    const unsigned char  *p;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *href, *dt;

    doc = pg->doc;
    f = pg->facts;
    scope = pg->scope;
    end = scope ? pg->end[scope] : doc->nnodes;

    for (i = scope + 1; i < end; i++) {
        n = &doc->nodes[i];

        if (pg->excl[i] == 2 || n->tag == REVIEW_TAG_TEXT) {
            if (pg->excl[i] == 2) {
                i = pg->end[i] - 1;
            }

            continue;
        }

        /* rel=author, "/author/bfp/": the author's name and page */
        if (n->tag == REVIEW_TAG_A && f->author_source < REVIEW_SOURCE_META
            && n->text_len && n->text_len < 200
            && review_author_link(doc, n))
        {
            if (review_node_text(pg->arena, doc, i, &text) == REVIEW_OK
                && (review_byline_name(&text, &name)
                    || review_byline_handle(&text, &name)))
            {
                review_set_author(f, &name, REVIEW_SOURCE_MARKUP);

                href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);
                if (href && f->author_url.len == 0) {
                    review_url_resolve(pg->arena, &f->url, href,
                                       &f->author_url);
                }
            }
        }

        /* the byline element */
        if (f->author_source < REVIEW_SOURCE_MARKUP && n->attr != REVIEW_NONE
            && n->text_len && n->text_len < 200
            && review_node_hint_in(doc, n, REVIEW_LEX_HINT_BYLINE)
            && review_node_text(pg->arena, doc, i, &text) == REVIEW_OK
            && (review_byline_name(&text, &name)
                || review_byline_handle(&text, &name))
            && !review_contains_ci(name.data, name.len, (const unsigned char *)
                                   "comment", 7))
        {
            review_set_author(f, &name, REVIEW_SOURCE_MARKUP);

            /* "By Olga Serova, 14 January 2020" */
            if (f->date_source < REVIEW_SOURCE_MARKUP
                && review_date_parse(pg->arena, &text, pg->date_flags,
                                     &iso)
                   == REVIEW_OK)
            {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_MARKUP;
            }

            /* its link is the author's page */
            for (k = i + 1; k < pg->end[i] && f->author_url.len == 0; k++) {
                if (doc->nodes[k].tag != REVIEW_TAG_A) {
                    continue;
                }

                href = review_doc_attr(doc, &doc->nodes[k], REVIEW_ATTR_HREF);
                if (href) {
                    review_url_resolve(pg->arena, &f->url, href,
                                       &f->author_url);
                }

                break;
            }
        }

        /*
         * <time datetime>, the first one: a comment's comes later; an
         * "updated" stamp is not the day it was published
         */
        if (n->tag == REVIEW_TAG_TIME && f->date_source < REVIEW_SOURCE_MARKUP)
        {
            dt = review_doc_attr(doc, n, REVIEW_ATTR_DATETIME);

            if (review_meta_updated(doc, n)) {
                continue;
            }

            if ((dt && review_date_normalize(pg->arena, dt, &iso)
                       == REVIEW_OK)
                || (n->text_len <= REVIEW_PROP_MAX
                    && review_node_text(pg->arena, doc, i, &text) == REVIEW_OK
                    && review_date_parse(pg->arena, &text, pg->date_flags,
                                         &iso)
                       == REVIEW_OK))
            {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_MARKUP;
            }

        } else if (f->date_source < REVIEW_SOURCE_MARKUP
                   && n->attr != REVIEW_NONE && n->text_len
                   && n->text_len < 100
                   && review_node_hint_in(doc, n, REVIEW_LEX_HINT_DATE)
                   && !review_meta_updated(doc, n)
                   && (((dt = review_doc_attr(doc, n, REVIEW_ATTR_TITLE))
                        && review_date_normalize(pg->arena, dt, &iso)
                           == REVIEW_OK)
                       || (review_node_text(pg->arena, doc, i, &text)
                           == REVIEW_OK
                           && review_date_parse(pg->arena, &text,
                                                pg->date_flags, &iso)
                              == REVIEW_OK)))
        {
            /* hAtom: <abbr class="published" title="2020-09-12T19:42"> */
            f->date_published = iso;
            f->date_source = REVIEW_SOURCE_MARKUP;
        }
    }

    /*
     * A byline as a line of text around or atop the article: "By Jane
     * Doe", "Posted on May 10, 2024 by Jane Doe", "Words: Jane Doe",
     * "Review by Jane Doe, 14 January 2020".  The date on such a line is
     * the article's.
     */
    nm = pg->page->text.nmeta;
    np = pg->page->text.nblocks < 2 ? pg->page->text.nblocks : 2;

    for (i = 0; i < nm + np && (f->author_source < REVIEW_SOURCE_MARKUP
                                || f->date_source < REVIEW_SOURCE_MARKUP);
         i++)
    {
        review_meta_byline_text(pg, i < nm ? &pg->page->text.meta[i].text
                                           : &pg->page->text.blocks[i - nm]
                                                 .text);
    }

    review_meta_foot(pg);

    /*
     * The post header's line that opens with its date, whatever its
     * class: "February 27, 2026 · 1 min · Ana", "Jan 3, 2017 • tags"; a
     * line that opens with a label ("Release date: ...", "Updated ...")
     * is not one.
     */
    for (i = 0; i < nm + np && f->date_source < REVIEW_SOURCE_MARKUP; i++) {
        text = i < nm ? pg->page->text.meta[i].text
                      : pg->page->text.blocks[i - nm].text;
        len = text.len;

        /*
         * "Posted on May 10, 2024", "Publié le 2 décembre 2025": in the
         * header's lines, or as the article's first lines
         */
        review_meta_skip_lead(&text);

        if ((i < nm || text.len < len) && text.len < 100
            && review_date_parse(pg->arena, &text,
                                 REVIEW_DATE_LEAD | pg->date_flags, &iso)
               == REVIEW_OK)
        {
            f->date_published = iso;
            f->date_source = REVIEW_SOURCE_MARKUP;
        }
    }

    /* "Nate Calloway  Oct 31, 2020  3 min read": the date by the name */
    for (i = 0; i < nm && f->date_source < REVIEW_SOURCE_MARKUP
                && f->author.len; i++)
    {
        text = pg->page->text.meta[i].text;

        p = text.len < 100 ? review_memmem(text.data, text.len,
                                           (const char *) f->author.data,
                                           f->author.len)
                           : NULL;
        if (p == NULL) {
            continue;
        }

        text.len -= p + f->author.len - text.data;
        text.data = p + f->author.len;

        if (review_date_normalize(pg->arena, &text, &iso) == REVIEW_OK) {
            f->date_published = iso;
            f->date_source = REVIEW_SOURCE_MARKUP;
        }
    }
}


/*
 * The post header's line within the article, which its prose leaves out:
 * "<div class="post"><h2>X</h2><p class="meta">written by Ana on
 * 2022-02-12</p>"; a short element whose class says meta, byline or
 * date, read for its name and date only (a readers' vote there is no
 * rating of the review's).  After the footer's copyright, which reads
 * the same name as the writer's and leaves the site's name to the title.
 */

static void
review_meta_article_lines(review_pg_t *pg)
{
    size_t                len;
    uint32_t              i, top;
    review_str_t          text, iso;
    review_facts_t       *f;
    const review_node_t  *n;

    top = pg->page->content;

    if (top == REVIEW_NONE) {
        return;
    }

    f = pg->facts;

    for (i = top + 1; i < pg->end[top]
                      && (f->author_source < REVIEW_SOURCE_MARKUP
                          || f->date_source < REVIEW_SOURCE_MARKUP);
         /* void */)
    {
        n = &pg->doc->nodes[i];

        if (pg->excl[i] != REVIEW_EXCL_META || n->attr == REVIEW_NONE
            || n->text_len == 0 || n->text_len >= 160
            || !review_node_hint_in(pg->doc, n, REVIEW_LEX_HINT_META
                                                | REVIEW_LEX_HINT_BYLINE
                                                | REVIEW_LEX_HINT_DATE))
        {
            i++;
            continue;
        }

        if (review_node_text(pg->arena, pg->doc, i, &text) == REVIEW_OK) {
            review_meta_byline_text(pg, &text);

            /* "Publié le 2 décembre 2025", a line of its own */
            len = text.len;
            review_meta_skip_lead(&text);

            if (f->date_source < REVIEW_SOURCE_MARKUP && text.len < len
                && review_date_parse(pg->arena, &text,
                                     REVIEW_DATE_LEAD | pg->date_flags, &iso)
                   == REVIEW_OK)
            {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_MARKUP;
            }
        }

        i = pg->end[i];
    }
}


#define REVIEW_COPYRIGHT_NODES  400     /* text nodes looked at, from the
                                           foot of the page */

static const char *const  review_copyright_marks[] = {
    "\xc2\xa9", "copyright", "(c)", NULL
};


/* past the marks, years, dashes and blanks of a copyright line */

static const unsigned char *
review_copyright_skip(const unsigned char *p, const unsigned char *end)
{
    while (p < end && (review_isspace(*p) || review_isdigit(*p) || *p == '-'
                       || *p == ',' || *p == 0xe2 || *p == 0x80
                       || *p == 0x93 || *p == 0xc2 || *p == 0xa9
                       || *p == 0xa0))
    {
        p++;
    }

    return p;
}


/*
 * "© dan pittman.": a name some write in lower case, when the rest of
 * the line is two or three plain words and nothing else: no function
 * word, no frequent word of a language ("made with love"), no footer's
 * or company's word ("© 2024 all rights reserved")
 */

static int
review_copyright_lower(const unsigned char *p, const unsigned char *end)
{
    size_t        words;
    review_str_t  w;

    while (end > p && (review_isspace(end[-1]) || end[-1] == '.')) {
        end--;
    }

    for (words = 0; p < end; words++) {
        w.data = p;

        while (p < end && (review_islower(*p) || *p == '-')) {
            p++;
        }

        w.len = p - w.data;

        if (w.len < 2 || (p < end && *p != ' ')
            || (review_lex(w.data, w.len)
                & (REVIEW_LEX_FUNCTION | REVIEW_LEX_FOOTER | REVIEW_LEX_ORG))
            || review_lex_common(w.data, w.len))
        {
            return 0;
        }

        while (p < end && *p == ' ') {
            p++;
        }
    }

    return words >= 2 && words <= 3;
}


/* "MMXXI": a year in Roman numerals, of two letters or more */

static int
review_copyright_roman(const review_str_t *w)
{
    size_t  i;

    for (i = 0; i < w->len; i++) {
        if (strchr("MDCLXVI", w->data[i]) == NULL || w->data[i] == '\0') {
            return 0;
        }
    }

    return w->len >= 2;
}


/*
 * A copyright line at the foot of the page: "© 2025 Greg L. Turnquist.
 * All rights reserved."  On a one-person site it names the author when
 * nothing else does; a company's name there is the site's name.  Read in
 * its own text node (and the next one, when the year is in an element of
 * its own), so the footer's next line never joins the name.
 */

static void
review_meta_copyright(review_pg_t *pg)
{
    size_t                n, words, org, lower;
    uint32_t              i, j, looked;
    review_str_t          t, name, w;
    const unsigned char  *p, *end, *q, *last;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const char *const    *m;

    f = pg->facts;
    doc = pg->doc;

    if ((f->author.len && f->site_name.len) || doc->text.data == NULL) {
        return;
    }

    last = NULL;
    end = NULL;
    looked = 0;

    for (i = doc->nnodes; i-- > 1 && looked < REVIEW_COPYRIGHT_NODES; ) {
        if (doc->nodes[i].tag != REVIEW_TAG_TEXT) {
            continue;
        }

        looked++;
        t.data = doc->text.data + doc->nodes[i].text;
        t.len = doc->nodes[i].text_len;

        for (m = review_copyright_marks; *m; m++) {
            n = strlen(*m);
            q = review_find_ci(t.data, t.len, *m);

            if (q && (last == NULL || q + n > last)) {
                last = q + n;
                end = t.data + t.len;
            }
        }

        if (last == NULL) {
            continue;
        }

        /* "© <span>2025</span> Ana Ruiz": the name in a next node */
        for (j = i + 1; review_copyright_skip(last, end) == end
                        && j < doc->nnodes && j < i + 8; j++)
        {
            if (doc->nodes[j].tag == REVIEW_TAG_TEXT) {
                last = doc->text.data + doc->nodes[j].text;
                end = last + doc->nodes[j].text_len;
            }
        }

        break;
    }

    if (last == NULL) {
        return;
    }

    p = review_copyright_skip(last, end);
    lower = review_copyright_lower(p, end);

    /* capitalised words; an initial ("L.") goes on, a full stop ends */
    name.data = p;
    words = 0;
    org = 0;

    while (p < end && words < 5
           && (review_isupper(*p) || *p >= 0xc3 || lower))
    {
        w.data = p;

        while (p < end && (review_isalpha(*p) || *p >= 0x80 || *p == '\''
                           || *p == '-'))
        {
            p++;
        }

        w.len = p - w.data;

        /* the footer's next line: "All rights", "Powered by"; a year
           in Roman numerals after the name ("Ana Ruiz MMXXI") */
        if (w.len > 1 && ((review_lex(w.data, w.len) & REVIEW_LEX_FOOTER)
                          || (words && review_copyright_roman(&w))))
        {
            p = w.data;
            break;
        }

        org |= (review_lex(w.data, w.len) & REVIEW_LEX_ORG) != 0;
        words++;

        if (p < end && *p == '.' && w.len > 1) {
            break;
        }

        if (p < end && *p == '.') {
            p++;
        }

        if (p + 1 >= end || *p != ' ') {
            break;
        }

        p++;
    }

    name.len = p - name.data;

    while (name.len && (name.data[name.len - 1] == ' '
                        || name.data[name.len - 1] == '.'))
    {
        name.len--;
    }

    if (words == 0 || name.len < 3) {
        return;
    }

    if (!org && words >= 2 && words <= 4 && f->author.len == 0) {
        f->author = name;
        f->author_source = REVIEW_SOURCE_META;

    } else if (f->site_name.len == 0) {
        f->site_name = name;
    }
}


/*
 * Still nobody named: the heading of a box about the writer, beside it
 * or atop it ("<h2>Ana Ruiz</h2><div class="author_bio">", a sidebar's
 * "about the author").  A full name, no word of which is a function
 * word ("About Me") or a theme's ("Author Bio").
 */

static int
review_meta_bio_name(review_pg_t *pg, uint32_t h, review_str_t *name)
{
    review_str_t          t, w;
    const unsigned char  *p;
    const review_node_t  *n;

    n = &pg->doc->nodes[h];

    if (n->tag < REVIEW_TAG_H2 || n->tag > REVIEW_TAG_H6 || n->text_len > 60
        || review_node_text(pg->arena, pg->doc, h, &t) != REVIEW_OK
        || !review_byline_name(&t, name) || name->len != t.len)
    {
        return 0;
    }

    p = name->data;

    while (review_str_word(&p, name->data + name->len, &w)) {
        if (review_lex(w.data, w.len)
            & (REVIEW_LEX_FUNCTION | REVIEW_LEX_HINT_NEG
               | REVIEW_LEX_HINT_META | REVIEW_LEX_HINT_BYLINE))
        {
            return 0;
        }
    }

    return 1;
}


static void
review_meta_bio(review_pg_t *pg)
{
    uint32_t              i, k, par;
    review_str_t          name, t;
    const char *const    *b;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *cls;

    doc = pg->doc;

    for (i = 1; i < doc->nnodes; i++) {
        n = &doc->nodes[i];

        if (n->tag == REVIEW_TAG_TEXT || n->attr == REVIEW_NONE) {
            continue;
        }

        cls = review_doc_attr(doc, n, REVIEW_ATTR_CLASS);
        if (cls == NULL) {
            cls = review_doc_attr(doc, n, REVIEW_ATTR_ID);
        }

        for (b = review_hint_bio; cls && *b; b++) {
            if (review_find_ci(cls->data, cls->len, *b)) {
                break;
            }
        }

        if (cls == NULL || *b == NULL) {
            continue;
        }

        /* the element before it, past blank text: its heading */
        par = n->parent;

        for (k = i - 1; k > 0 && k != par; k--) {
            if (doc->nodes[k].parent != par) {
                continue;
            }

            if (doc->nodes[k].tag == REVIEW_TAG_TEXT) {
                t.data = doc->text.data + doc->nodes[k].text;
                t.len = doc->nodes[k].text_len;
                review_str_trim(&t);

                if (t.len == 0) {
                    continue;
                }
            }

            break;
        }

        if (k > 0 && k != par && review_meta_bio_name(pg, k, &name)) {
            review_set_author(pg->facts, &name, REVIEW_SOURCE_TEXT);
            return;
        }

        /* or the first element inside it */
        for (k = i + 1; k < pg->end[i] && doc->nodes[k].tag == REVIEW_TAG_TEXT;
             k++)
        {
            /* void */
        }

        if (k < pg->end[i] && review_meta_bio_name(pg, k, &name)) {
            review_set_author(pg->facts, &name, REVIEW_SOURCE_TEXT);
            return;
        }
    }
}


/*
 * No site name in the metadata: the last part of the <title> after a
 * separator, "Michael Clayton | Aaron's Blog", short and not a word for
 * the review itself; the first part of a path of sections ("Site »
 * Blog Archive » Post", "Paper > Movies > Post").
 */

#define REVIEW_SITE_MAX    48
#define REVIEW_HOME_WORDS  6      /* words of a site's name, at most */

/* a word that makes a link or a title no site's name: "Back to home" */
static const char *const  review_home_words[] = {
    "home", "homepage", "start", "startseite", "accueil", "inicio",
    "in\xc3\xad\x63io", "back", "menu", "index", "top", "logo", "image",
    "brand", "icon", "avatar", NULL
};

/* a navigation link's whole text */
static const char *const  review_nav_names[] = {
    "blog", "main", "news", "posts", "articles", "about", NULL
};

static const char *const  review_site_seps[] = {
    " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ",
    " \xc2\xbb ", " \xc2\xb7 ", " \xe2\x80\xa2 ", NULL
};

static const char *const  review_site_paths[] = {
    " \xc2\xbb ", " > ", " \xe2\x80\xba ", NULL
};


/*
 * A <title> that is the site's name alone: a theme that titles every
 * page after the site ("Frank's Movie Log") over an <h1> that names the
 * film.  A few words, none for "home" or "review", sharing nothing with
 * the headline.
 */

static void
review_meta_site_title_alone(review_pg_t *pg)
{
    unsigned              i;
    review_str_t          t, w;
    const review_str_t   *h;
    const unsigned char  *p;

    t = pg->doc->title;
    review_str_trim(&t);
    h = pg->og_title.len ? &pg->og_title : &pg->h1;

    if (h->len == 0 || t.len < 2 || t.len > REVIEW_SITE_MAX
        || review_str_in_ci(&t, review_nav_names)
        || review_contains_ci(t.data, t.len, h->data, h->len)
        || review_contains_ci(h->data, h->len, t.data, t.len)
        || review_lang_find_review(t.data, t.len))
    {
        return;
    }

    /* no word of the title in the headline */
    p = t.data;

    for (i = 0; review_str_word(&p, t.data + t.len, &w); i++) {
        if (i >= REVIEW_HOME_WORDS || review_str_in_ci(&w, review_home_words)
            || (w.len > 3 && review_contains_ci(h->data, h->len, w.data,
                                                w.len)))
        {
            return;
        }
    }

    pg->facts->site_name = t;
}


/* the review's prose names the text, without its "(2022)" */

static int
review_meta_prose_names(review_pg_t *pg, const review_str_t *name)
{
    unsigned              i;
    review_str_t          n, t;
    const unsigned char  *p;

    n = *name;

    if (n.len > 7 && n.data[n.len - 1] == ')'
        && (p = review_memmem(n.data, n.len, " (", 2)) != NULL)
    {
        n.len = p - n.data;
    }

    if (n.len < 2) {
        return 0;
    }

    for (i = 0; i < pg->page->text.nblocks; i++) {
        t = pg->page->text.blocks[i].text;

        if (pg->page->text.blocks[i].kind != REVIEW_BLOCK_HEADING
            && review_contains_ci(t.data, t.len, n.data, n.len))
        {
            return 1;
        }
    }

    return 0;
}


/*
 * A site named after its writer: "Yen's blog", "Samudra's thoughts on".
 * When nothing else names anyone, the name before the possessive is the
 * author; a longer name that starts with it where the theme puts the
 * site's title (og:title's last part: "Review · Samudra Neelam Bhuyan")
 * is the name in full.
 */

#define REVIEW_WRITER_WORDS  3

static int review_meta_full_name(const review_str_t *s,
    const review_str_t *n, review_str_t *full);


static void
review_meta_site_writer(review_pg_t *pg)
{
    size_t                n, words;
    uint32_t              i;
    review_str_t          name, w, full;
    const unsigned char  *p, *end;
    review_facts_t       *f;
    const review_node_t  *nd;
    const review_str_t   *key, *content;

    f = pg->facts;
    p = f->site_name.data;
    end = p + f->site_name.len;
    name.data = p;
    name.len = 0;

    for (words = 0; p < end && words < REVIEW_WRITER_WORDS; words++) {
        if (!review_isupper(*p)) {
            return;
        }

        w.data = p;

        while (p < end && review_isalpha(*p)) {
            p++;
        }

        w.len = p - w.data;

        if (w.len < 2 || (review_lex(w.data, w.len)
                          & (REVIEW_LEX_FUNCTION | REVIEW_LEX_FILM_WORD
                             | REVIEW_LEX_ORG | REVIEW_LEX_COMPANY)))
        {
            return;
        }

        /* "Yen's", "Yen’s", followed by more words */
        n = end - p >= 3 && p[0] == '\'' ? 1
            : end - p >= 5 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99
              ? 3 : 0;

        if (n && p[n] == 's' && p + n + 2 < end && p[n + 1] == ' ') {
            name.len = p - name.data;
            break;
        }

        if (p >= end || *p != ' ') {
            return;
        }

        p++;
    }

    if (name.len == 0) {
        return;
    }

    f->author = name;
    f->author_source = REVIEW_SOURCE_TEXT;

    /* og:title's or twitter:title's last part: the name in full */
    for (i = 0; i < pg->doc->nmetas; i++) {
        nd = &pg->doc->nodes[pg->doc->metas[i]];
        key = review_doc_attr(pg->doc, nd, REVIEW_ATTR_PROPERTY);

        if (key == NULL) {
            key = review_doc_attr(pg->doc, nd, REVIEW_ATTR_NAME);
        }

        content = review_doc_attr(pg->doc, nd, REVIEW_ATTR_CONTENT);

        if (key && content
            && (review_str_eq_ci(key, "og:title")
                || review_str_eq_ci(key, "twitter:title"))
            && review_meta_full_name(content, &name, &full))
        {
            f->author = full;
            return;
        }
    }
}


/* "... · Samudra Neelam Bhuyan": a longer name ending s, starting with n */

static int
review_meta_full_name(const review_str_t *s, const review_str_t *n,
    review_str_t *full)
{
    size_t                words;
    const unsigned char  *p, *q, *end;

    q = NULL;
    end = s->data + s->len;

    for (p = s->data; p + n->len < end; p++) {
        if (p > s->data + 2 && p[-1] == ' '
            && review_strncasecmp(p, (const char *) n->data, n->len) == 0
            && p[n->len] == ' ')
        {
            q = p;
        }
    }

    if (q == NULL) {
        return 0;
    }

    for (p = q, words = 0; p < end && words <= REVIEW_WRITER_WORDS;
         words++)
    {
        if (!review_isupper(*p)) {
            return 0;
        }

        while (p < end && review_isalpha(*p)) {
            p++;
        }

        if (p < end && *p != ' ') {
            return 0;
        }

        p += p < end;
    }

    if (p != end || words < 2 || words > REVIEW_WRITER_WORDS + 1) {
        return 0;
    }

    full->data = q;
    full->len = end - q;

    return 1;
}


/*
 * A word of four letters or more of "s" that the URL's host spells
 * ("Critique" in www.l-oeil-critique.com), in any case
 */

static int
review_meta_host_spells(const review_str_t *url, const review_str_t *s)
{
    size_t                hlen;
    const unsigned char  *host, *p, *w, *end;

    host = review_memmem(url->data, url->len, "://", 3);
    if (host == NULL) {
        return 0;
    }

    host += 3;
    p = memchr(host, '/', url->data + url->len - host);
    hlen = (p ? p : url->data + url->len) - host;
    end = s->data + s->len;

    for (p = s->data; p < end; p = w) {
        while (p < end && !review_isalnum(*p)) {
            p++;
        }

        for (w = p; w < end && review_isalnum(*w); w++) {
            /* void */
        }

        if (w - p >= 4 && review_contains_ci(host, hlen, p, w - p))
        {
            return 1;
        }
    }

    return 0;
}


static void
review_meta_site_from_title(review_pg_t *pg)
{
    size_t                n;
    uint32_t              hn;
    review_str_t          t, last, h;
    const unsigned char  *p, *at, *first;
    const char *const    *sep;

    t = pg->doc->title;
    at = NULL;
    n = 0;

    /* a path: two marks at least, the site first */
    for (sep = review_site_paths; t.len && *sep; sep++) {
        p = review_memmem(t.data, t.len, *sep, strlen(*sep));

        if (p && review_memmem(p + 1, t.data + t.len - p - 1, *sep,
                               strlen(*sep)))
        {
            last.data = t.data;
            last.len = p - t.data;
            review_str_trim(&last);

            if (last.len >= 2 && last.len <= REVIEW_SITE_MAX) {
                pg->facts->site_name = last;
            }

            return;
        }
    }

    for (sep = review_site_seps; *sep; sep++) {
        for (p = t.data; t.len && (p = review_memmem(p, t.data + t.len - p,
                                                     *sep, strlen(*sep)))
                         != NULL; p++)
        {
            if (at == NULL || p > at) {
                at = p;
                n = strlen(*sep);
            }
        }
    }

    if (at == NULL) {
        review_meta_site_title_alone(pg);
        return;
    }

    /*
     * "L'Oeil Critique | Challengers - Le match ...": the site's name is
     * first, not the post's subtitle, when the page's host spells one of
     * the first part's words and none of the rest's
     */
    first = at;

    for (sep = review_site_seps; *sep; sep++) {
        p = review_memmem(t.data, t.len, *sep, strlen(*sep));

        if (p && p < first) {
            first = p;
        }
    }

    if (first > t.data) {
        h.data = t.data;
        h.len = first - t.data;
        review_str_trim(&h);
        last.data = first + 1;
        last.len = t.data + t.len - last.data;

        if (h.len >= 2 && h.len <= REVIEW_SITE_MAX
            && review_meta_host_spells(&pg->facts->url, &h)
            && !review_meta_host_spells(&pg->facts->url, &last))
        {
            pg->facts->site_name = h;
            return;
        }
    }

    last.data = at + n;
    last.len = t.data + t.len - last.data;
    review_str_trim(&last);

    /*
     * "Obstacle Allusion :: The Whale (2022)" over an <h1> "The Whale
     * (2022)" that the prose names: the post's title is last, the site's
     * name first.  An <h1> that is a link ("<h1><a href="/">Site") or
     * that the prose never names is the site's brand.
     */
    h = pg->h1;
    review_str_trim(&h);
    hn = pg->page->title;

    if (h.len && h.len == last.len && hn != REVIEW_NONE
        && pg->doc->nodes[hn].link_len == 0
        && review_strncasecmp(last.data, (const char *) h.data, h.len) == 0
        && review_meta_prose_names(pg, &h))
    {
        last.data = t.data;
        last.len = at - t.data;
        review_str_trim(&last);

        for (sep = review_site_seps; *sep; sep++) {
            if (review_memmem(last.data, last.len, *sep, strlen(*sep))) {
                return;
            }
        }
    }

    /* "madd0's tech blog", "bluefacedpixie": a handle may be lowercase */
    if (last.len < 2 || last.len > REVIEW_SITE_MAX
        || !(review_isalnum(last.data[0]) || last.data[0] >= 0x80)
        || review_find_ci(last.data, last.len, "review"))
    {
        return;
    }

    pg->facts->site_name = last;
}


/*
 * Still no site name: the site's own name on its link home, the brand a
 * theme puts in its header or sidebar ("<a href="/">Frank's Movie
 * Log</a>", a logo's alt text or its SVG title).  A link to the root of
 * the site, outside the review, with a few words that are no word for
 * "home".
 */

/* "/", "./", "../../", "index.html", "https://host/" of the page's host */

int
review_href_home(const review_str_t *href, const review_str_t *url)
{
    int                   rooted;
    size_t                n;
    review_str_t          h;
    const unsigned char  *p, *q, *end;

    h = *href;
    review_str_trim(&h);
    end = h.data + h.len;
    rooted = 0;

    if (review_str_starts_ci(&h, "http://")
        || review_str_starts_ci(&h, "https://"))
    {
        p = review_memmem(h.data, h.len, "://", 3) + 3;
        q = memchr(p, '/', end - p);
        n = (q ? q : end) - p;

        /* the page's own host: a page that does not say is not sure */
        q = review_memmem(url->data, url->len, "://", 3);

        if (q == NULL || (size_t) (url->data + url->len - q - 3) < n
            || review_strncasecmp(q + 3, (const char *) p, n) != 0
            || (q + 3 + n < url->data + url->len && q[3 + n] != '/'
                && q[3 + n] != ':'))
        {
            return 0;
        }

        h.data = p + n;
        h.len = end - h.data;
        rooted = 1;
    }

    while (h.len >= 3 && memcmp(h.data, "../", 3) == 0) {
        h.data += 3;
        h.len -= 3;
        rooted = 1;
    }

    if (h.len >= 2 && memcmp(h.data, "./", 2) == 0) {
        h.data += 2;
        h.len -= 2;
        rooted = 1;
    }

    if (h.len && h.data[0] == '/') {
        h.data++;
        h.len--;
        rooted = 1;
    }

    return h.len == 0 ? rooted
                      : review_str_eq_ci(&h, "index.html")
                        || review_str_eq_ci(&h, "index.htm")
                        || review_str_eq_ci(&h, "index.php");
}


static void
review_meta_site_from_home(review_pg_t *pg)
{
    size_t                words;
    uint32_t              i, j, c, end;
    review_str_t          t, w;
    const unsigned char  *p;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *href, *alt;

    doc = pg->doc;
    c = pg->page->content;

    /* before the review: a header or a sidebar, not a footer's credits */
    for (i = 1; i < doc->nnodes && (c == REVIEW_NONE || i < c); i++) {
        n = &doc->nodes[i];

        if (n->tag != REVIEW_TAG_A
            || (n->flags & (REVIEW_NODE_HIDDEN | REVIEW_NODE_IN_HEAD)))
        {
            continue;
        }

        href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);

        if (href == NULL || !review_href_home(href, &pg->facts->url)
            || review_node_text(pg->arena, doc, i, &t) != REVIEW_OK)
        {
            continue;
        }

        /* a logo: its image's alt text */
        end = pg->end[i];

        for (j = i + 1; t.len == 0 && j < end; j++) {
            if (doc->nodes[j].tag == REVIEW_TAG_IMG) {
                alt = review_doc_attr(doc, &doc->nodes[j], REVIEW_ATTR_ALT);
                if (alt) {
                    t = *alt;
                    review_str_trim(&t);
                }
            }
        }

        if (t.len < 2 || t.len > REVIEW_SITE_MAX
            || review_str_in_ci(&t, review_nav_names))
        {
            continue;
        }

        /* a few words, none of them "home" */
        words = 0;
        p = t.data;

        while (words <= REVIEW_HOME_WORDS
               && review_str_word(&p, t.data + t.len, &w))
        {
            words += review_str_in_ci(&w, review_home_words)
                     ? REVIEW_HOME_WORDS + 1 : 1;
        }

        if (words == 0 || words > REVIEW_HOME_WORDS) {
            continue;
        }

        pg->facts->site_name = t;
        return;
    }
}


/* the lead image; a link to the film's page at a film database */

static void
review_meta_links(review_pg_t *pg)
{
    uint32_t              i, c, end;
    review_str_t          s;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *src, *href;

    doc = pg->doc;
    f = pg->facts;
    c = pg->scope;

    if (c == REVIEW_NONE || c == 0) {
        return;
    }

    end = pg->end[c];

    for (i = c + 1; i < end; i++) {
        n = &doc->nodes[i];

        if (pg->excl[i] == 2) {
            i = pg->end[i] - 1;
            continue;
        }

        if (n->tag == REVIEW_TAG_IMG && f->image.len == 0) {
            src = review_doc_attr(doc, n, REVIEW_ATTR_SRC);
            if (src == NULL || review_str_starts_ci(src, "data:")) {
                src = review_doc_attr(doc, n, REVIEW_ATTR_DATA_SRC);
            }

            if (src && src->len
                && !review_doc_has_class(doc, n, "avatar")
                && !review_doc_has_class(doc, n, "logo")
                && !review_doc_has_class(doc, n, "icon")
                && !review_str_starts_ci(src, "data:"))
            {
                review_url_resolve(pg->arena, &f->url, src, &f->image);
            }
        }

        if (n->tag == REVIEW_TAG_A && f->item_same_as.len == 0) {
            href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);

            if (href
                && (review_find_ci(href->data, href->len, "imdb.com/title/tt")
                    || review_find_ci(href->data, href->len,
                                      "wikidata.org/wiki/q")
                    || review_find_ci(href->data, href->len,
                                      "themoviedb.org/movie/")
                    || review_find_ci(href->data, href->len,
                                      "letterboxd.com/film/")))
            {
                s = *href;
                review_url_resolve(pg->arena, &f->url, &s, &f->item_same_as);
            }
        }
    }
}


/*
 * No date in the markup, the metadata or the URL: a line that is only a
 * date, just before the article ("<h2>January 20, 2017</h2><h1>Title",
 * "<h3>Title</h3><sub>March 12, 2007</sub>"), never in a link or a list
 * (another post's); else a dateline opening the prose ("SEP 22, 2014 --
 * The film ..."); else a date in the <title>.
 */

/*
 * What ends a dateline: a dash ("SEP 22, 2014 -- The film"), or the bar
 * or bullet of a post header without a class ("01-09-2023 | film,
 * review", "Jan 3, 2017 \xe2\x80\xa2 tags")
 */
static const char *const  review_dateline_seps[] = {
    "\xe2\x80\x93", "\xe2\x80\x94", "--", "- ", "|", "\xe2\x80\xa2",
    "\xc2\xb7", NULL
};


#define REVIEW_DATE_NEAR  24            /* text nodes looked at, back from
                                           the content */

static void
review_meta_date_near(review_pg_t *pg)
{
    uint32_t              i, a, b, k, top, looked;
    review_str_t          t, iso;
    const unsigned char  *p, *dash;
    review_facts_t       *f;
    const review_doc_t   *doc;
    const review_node_t  *n;

    doc = pg->doc;
    f = pg->facts;
    top = pg->page->content;

    if (top == REVIEW_NONE || top == 0 || doc->text.data == NULL) {
        return;
    }

    /* within the article's parent: its header, its siblings */
    b = pg->scope ? doc->nodes[pg->scope].parent : 0;
    b = b == REVIEW_NONE ? 0 : b;

    for (i = top, looked = 0; i-- > b + 1 && looked < REVIEW_DATE_NEAR; ) {
        n = &doc->nodes[i];

        if (n->tag != REVIEW_TAG_TEXT || n->text_len == 0
            || pg->excl[i] == 2)
        {
            continue;
        }

        looked++;

        if (n->text_len > 60) {
            continue;
        }

        for (a = n->parent, k = 0; a != REVIEW_NONE && a != 0 && k < 4;
             a = doc->nodes[a].parent, k++)
        {
            if (doc->nodes[a].tag == REVIEW_TAG_A
                || doc->nodes[a].tag == REVIEW_TAG_LI)
            {
                break;
            }
        }

        if (a != REVIEW_NONE && a != 0 && k < 4) {
            continue;
        }

        t.data = doc->text.data + n->text;
        t.len = n->text_len;

        if (review_date_parse(pg->arena, &t, REVIEW_DATE_LEAD
                              | REVIEW_DATE_ALONE | pg->date_flags, &iso)
            == REVIEW_OK)
        {
            f->date_published = iso;
            f->date_source = REVIEW_SOURCE_TEXT;
            return;
        }
    }

    /* a dateline: "SEP 22, 2014\xe2\x80\x94Blue Ruin is ..." */
    for (k = 0; k < pg->page->text.nblocks; k++) {
        if (pg->page->text.blocks[k].kind == REVIEW_BLOCK_HEADING) {
            continue;
        }

        t = pg->page->text.blocks[k].text;
        t.len = t.len < 40 ? t.len : 40;
        dash = NULL;

        for (p = t.data; p + 1 < t.data + t.len && dash == NULL; p++) {
            if (review_str_prefix(p, t.data + t.len, review_dateline_seps)) {
                dash = p;
            }
        }

        if (dash) {
            t.len = dash - t.data;

            if (review_date_parse(pg->arena, &t, REVIEW_DATE_LEAD
                                  | REVIEW_DATE_ALONE | pg->date_flags,
                                  &iso)
                == REVIEW_OK)
            {
                f->date_published = iso;
                f->date_source = REVIEW_SOURCE_TEXT;
                return;
            }
        }

        break;
    }

    if (review_date_normalize(pg->arena, &doc->title, &iso) == REVIEW_OK) {
        f->date_published = iso;
        f->date_source = REVIEW_SOURCE_META;
    }
}


#define REVIEW_TAGS_MAX    16           /* the post's tags read */
#define REVIEW_TAG_LEN     64           /* text bytes of one */


/* rel="tag", rel="category tag": the token "tag" among the rel's */

static int
review_rel_tag(const review_str_t *rel)
{
    size_t  i;

    for (i = 0; i + 3 <= rel->len; i++) {
        if ((i == 0 || rel->data[i - 1] == ' ')
            && review_strncasecmp(rel->data + i, "tag", 3) == 0
            && (i + 3 == rel->len || rel->data[i + 3] == ' '))
        {
            return 1;
        }
    }

    return 0;
}


/*
 * A link to a tag's or a category's page inside the article (its
 * header or foot), not in an aside: the post's own
 */

static int
review_tag_link(review_pg_t *pg, uint32_t i)
{
    uint32_t             k;
    const char *const   *w;
    const review_str_t  *href;

    if (pg->scope == 0 || pg->scope == REVIEW_NONE || i <= pg->scope
        || i >= pg->end[pg->scope])
    {
        return 0;
    }

    for (k = i; k != REVIEW_NONE && k != pg->scope;
         k = pg->doc->nodes[k].parent)
    {
        if (pg->excl[k] == 2) {
            return 0;
        }
    }

    href = review_doc_attr(pg->doc, &pg->doc->nodes[i], REVIEW_ATTR_HREF);

    for (w = review_hint_tag_paths; href && *w; w++) {
        if (review_find_ci(href->data, href->len, *w)) {
            return 1;
        }
    }

    return 0;
}


/*
 * The post's own tags and categories: rel="tag" says a link names a
 * subject of this page (a site's tag cloud or category list does not
 * say so); a link to a tag's page inside the article only hints it.
 * Kept as "/movies/horror/..." so that the decision reads them as it
 * reads the segments of a URL path.
 */

static void
review_meta_post_tags(review_pg_t *pg)
{
    int                   rel_tag;
    uint32_t              i, ntags;
    review_buf_t          buf, links;
    review_str_t          text;
    const review_doc_t   *doc;
    const review_node_t  *n;
    const review_str_t   *rel;

    doc = pg->doc;
    ntags = 0;
    review_buf_init(&buf, pg->arena);
    review_buf_init(&links, pg->arena);

    for (i = 0; i < doc->nnodes && ntags < REVIEW_TAGS_MAX; i++) {
        n = &doc->nodes[i];

        if (n->tag != REVIEW_TAG_A || n->text_len == 0
            || n->text_len > REVIEW_TAG_LEN)
        {
            continue;
        }

        rel = review_doc_attr(doc, n, REVIEW_ATTR_REL);
        rel_tag = rel && review_rel_tag(rel);

        if (!(rel_tag || review_tag_link(pg, i))
            || review_node_text(pg->arena, doc, i, &text) != REVIEW_OK
            || text.len == 0)
        {
            continue;
        }

        /* "#movies": a hashtag's mark is no part of the word */
        while (text.len && text.data[0] == '#') {
            text.data++;
            text.len--;
        }

        if (review_buf_addc(rel_tag ? &buf : &links, '/') != REVIEW_OK
            || review_buf_add_str(rel_tag ? &buf : &links, &text)
               != REVIEW_OK)
        {
            return;
        }

        ntags++;
    }

    review_buf_get(&buf, &pg->page->signals.tags);
    review_buf_get(&links, &pg->page->signals.tag_links);
}


int
review_meta_find(review_pg_t *pg)
{
    review_facts_t  *f;
    review_str_t     iso;

    f = pg->facts;

    if (review_meta_ldjson(pg) != REVIEW_OK
        || review_meta_microdata(pg) != REVIEW_OK)
    {
        return REVIEW_ERROR;
    }

    review_meta_tags(pg);
    review_meta_post_tags(pg);

    /* the address the request came by is no word of the page's own */
    f->url_stated = f->url.len != 0;

    pg->date_flags = REVIEW_DATE_SHORT
                     | review_date_order(pg->doc->text.data,
                                         pg->doc->text.len);

    if (f->url.len == 0 && review_url_valid(&pg->input->url)) {
        f->url = pg->input->url;
    }

    review_meta_markup(pg);
    review_meta_links(pg);
    review_meta_copyright(pg);
    review_meta_article_lines(pg);

    if (f->author.len == 0) {
        review_meta_bio(pg);
    }

    if (f->site_name.len == 0) {
        review_meta_site_from_title(pg);
    }

    if (f->site_name.len == 0) {
        review_meta_site_from_home(pg);
    }

    if (f->author.len == 0 && f->site_name.len) {
        review_meta_site_writer(pg);
    }

    if (f->date_published.len == 0
        && review_date_from_url(pg->arena, &f->url, &iso) == REVIEW_OK)
    {
        f->date_published = iso;
        f->date_source = REVIEW_SOURCE_URL;
    }

    if (f->date_published.len == 0) {
        review_meta_date_near(pg);
    }

    if (f->lang.len == 0) {
        f->lang = pg->doc->lang.len ? pg->doc->lang : pg->input->language;

    } else if (pg->doc->lang.len) {
        f->lang = pg->doc->lang;
    }

    return REVIEW_OK;
}

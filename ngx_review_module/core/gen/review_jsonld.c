
/*
 * Copyright (C) ngx_review_module developers
 */


#include <stdio.h>
#include <string.h>

#include "review_gen.h"
#include "review_json_write.h"
#include "review_str.h"


/*
 * One <script type="application/ld+json"> with an @graph linked by @id,
 * as Yoast SEO writes it: the WebPage, its WebSite and publisher, the
 * Review, its author and the reviewed item.  Properties we do not know are
 * left out rather than guessed; a rating only when the review states one.
 */


#define REVIEW_EXCERPT_MAX  500


/* values only where they have the form schema.org expects */

static int
review_jsonld_date(const review_str_t *s)
{
    size_t  i;

    if (s->len < 4) {
        return 0;
    }

    for (i = 0; i < 4; i++) {
        if (!review_isdigit(s->data[i])) {
            return 0;
        }
    }

    if (s->len == 4) {
        return 1;
    }

    if (s->len < 10 || s->data[4] != '-' || s->data[7] != '-'
        || !review_isdigit(s->data[5]) || !review_isdigit(s->data[6])
        || !review_isdigit(s->data[8]) || !review_isdigit(s->data[9]))
    {
        return 0;
    }

    for (i = 10; i < s->len; i++) {
        if (!(review_isdigit(s->data[i]) || s->data[i] == 'T'
              || s->data[i] == ':' || s->data[i] == '+' || s->data[i] == '-'
              || s->data[i] == 'Z' || s->data[i] == '.'))
        {
            return 0;
        }
    }

    return 1;
}


static int
review_jsonld_url(const review_str_t *s)
{
    return review_url_valid(s);
}


static int
review_jsonld_lang(const review_str_t *s)
{
    size_t  i;

    if (s->len < 2 || s->len > 35) {
        return 0;
    }

    for (i = 0; i < s->len; i++) {
        if (!(review_isalnum(s->data[i]) || s->data[i] == '-'
              || s->data[i] == '_'))
        {
            return 0;
        }
    }

    return 1;
}


/* "https://host/" of a URL */

static void
review_jsonld_origin(const review_str_t *url, review_str_t *origin)
{
    const unsigned char  *p, *end;

    origin->len = 0;
    origin->data = url->data;

    if (!review_jsonld_url(url)) {
        return;
    }

    end = url->data + url->len;
    p = (const unsigned char *) memchr(url->data, ':', url->len) + 3;

    while (p < end && *p != '/' && *p != '?' && *p != '#') {
        p++;
    }

    origin->len = p - url->data;
}


static void
review_jsonld_person(review_jw_t *w, const char *key,
    const review_person_t *p, const char *type)
{
    review_jw_open(w, key, '{');
    review_jw_ascii(w, "@type", type);
    review_jw_str(w, "name", &p->name);

    if (review_jsonld_url(&p->url)) {
        review_jw_str(w, "url", &p->url);
    }

    review_jw_close(w, '}');
}


static void
review_jsonld_people(review_jw_t *w, const char *key,
    const review_people_t *people)
{
    unsigned  i;

    if (people->nelts == 0) {
        return;
    }

    review_jw_open(w, key, '[');

    for (i = 0; i < people->nelts; i++) {
        review_jsonld_person(w, NULL, &people->elts[i], "Person");
    }

    review_jw_close(w, ']');
}


/* actors with their part, in schema.org's Role pattern */

static void
review_jsonld_actors(review_jw_t *w, const review_people_t *actors)
{
    unsigned                i;
    const review_person_t  *p;

    if (actors->nelts == 0) {
        return;
    }

    review_jw_open(w, "actor", '[');

    for (i = 0; i < actors->nelts; i++) {
        p = &actors->elts[i];

        if (p->character.len == 0) {
            review_jsonld_person(w, NULL, p, "Person");
            continue;
        }

        review_jw_open(w, NULL, '{');
        review_jw_ascii(w, "@type", "PerformanceRole");
        review_jsonld_person(w, "actor", p, "Person");
        review_jw_str(w, "characterName", &p->character);
        review_jw_close(w, '}');
    }

    review_jw_close(w, ']');
}


static const char *
review_jsonld_item_type(review_item_type_e t)
{
    switch (t) {
    case REVIEW_ITEM_TV:
        return "TVSeries";
    case REVIEW_ITEM_BOOK:
        return "Book";
    case REVIEW_ITEM_GAME:
        return "VideoGame";
    case REVIEW_ITEM_MOVIE:
        return "Movie";
    default:
        return "CreativeWork";
    }
}


static void
review_jsonld_item(review_jw_t *w, const char *key, const review_facts_t *f,
    const review_str_t *base)
{
    const review_str_t  *image;

    review_jw_open(w, key, '{');
    review_jw_ascii(w, "@type", review_jsonld_item_type(f->item_type));
    review_jw_id(w, base, "#item");
    review_jw_str(w, "name", &f->item_name);

    if (review_jsonld_date(&f->item_date)) {
        review_jw_str(w, "datePublished", &f->item_date);
    }

    if (review_jsonld_date(&f->item_year)) {
        review_jw_str(w, "dateCreated", &f->item_year);
    }

    switch (f->item_type) {

    case REVIEW_ITEM_MOVIE:
    case REVIEW_ITEM_TV:
    case REVIEW_ITEM_GAME:
        review_jsonld_people(w, "director", &f->directors);
        review_jsonld_actors(w, &f->actors);
        review_jsonld_people(w, "musicBy", &f->composers);
        review_jsonld_people(w, "author", &f->writers);
        review_jsonld_people(w, "producer", &f->producers);
        break;

    case REVIEW_ITEM_BOOK:
        review_jsonld_people(w, "author", &f->writers);
        break;

    default:
        break;
    }

    if (f->item_type == REVIEW_ITEM_MOVIE && f->runtime.len
        && f->runtime.data[0] == 'P')
    {
        review_jw_str(w, "duration", &f->runtime);
    }

    if (f->item_type != REVIEW_ITEM_OTHER) {
        review_jw_str(w, "contentRating", &f->certificate);
    }

    image = f->item_image.len ? &f->item_image : &f->image;

    if (review_jsonld_url(image)) {
        review_jw_str(w, "image", image);
    }

    if (review_jsonld_url(&f->item_same_as)) {
        review_jw_str(w, "sameAs", &f->item_same_as);
    }

    review_jw_close(w, '}');
}


static void
review_jsonld_rating(review_jw_t *w, const review_rating_t *r)
{
    if (!r->stated || r->best <= r->worst || r->value < r->worst
        || r->value > r->best)
    {
        return;
    }

    review_jw_open(w, "reviewRating", '{');
    review_jw_ascii(w, "@type", "Rating");
    review_jw_number(w, "ratingValue", r->value);
    review_jw_number(w, "bestRating", r->best);
    review_jw_number(w, "worstRating", r->worst);
    review_jw_close(w, '}');
}


int
review_jsonld_build(review_arena_t *a, const review_facts_t *f,
    const review_conf_t *conf, review_str_t *out)
{
    int                  has_org, fill;
    review_jw_t          w;
    review_buf_t         b;
    review_str_t         base, site, org_name, org_url, duration, *author;
    review_person_t      person;
    unsigned char        time[32];

    out->len = 0;

    if (f->item_name.len == 0) {
        return REVIEW_OK;
    }

    /* with "fill", only a block that links to the page's own Review */
    fill = f->has_review_ld;

    if (fill && (conf->existing != REVIEW_EXISTING_FILL
                 || f->existing_review_id.len == 0 || f->has_movie_ld))
    {
        return REVIEW_OK;
    }

    base = f->url;
    if (!review_jsonld_url(&base)) {
        base.len = 0;
    }

    org_name = conf->publisher_name.len ? conf->publisher_name : f->site_name;
    org_url = conf->publisher_url;

    if (!review_jsonld_url(&org_url)) {
        review_jsonld_origin(&base, &org_url);
    }

    site = org_url;
    has_org = org_name.len != 0;

    review_buf_init(&b, a);
    review_jw_init(&w, &b);

    review_buf_adds(&b, "<script type=\"application/ld+json\">");
    review_jw_open(&w, NULL, '{');
    review_jw_ascii(&w, "@context", "https://schema.org");
    review_jw_open(&w, "@graph", '[');

    if (fill) {
        review_jw_open(&w, NULL, '{');
        review_jw_str(&w, "@id", &f->existing_review_id);
        review_jsonld_item(&w, "itemReviewed", f, &base);
        review_jw_close(&w, '}');
        goto done;
    }

    /* the page */
    review_jw_open(&w, NULL, '{');
    review_jw_ascii(&w, "@type", "WebPage");
    review_jw_id(&w, &base, "#webpage");

    if (base.len) {
        review_jw_str(&w, "url", &base);
    }

    review_jw_str(&w, "name", f->headline.len ? &f->headline : &f->title);

    if (review_jsonld_lang(&f->lang)) {
        review_jw_str(&w, "inLanguage", &f->lang);
    }

    if (site.len) {
        review_jw_ref(&w, "isPartOf", &site, "/#website");
    }

    review_jw_close(&w, '}');

    /* the site and its publisher */
    if (site.len) {
        review_jw_open(&w, NULL, '{');
        review_jw_ascii(&w, "@type", "WebSite");
        review_jw_id(&w, &site, "/#website");
        review_jw_str(&w, "url", &site);
        review_jw_str(&w, "name", &org_name);

        if (has_org) {
            review_jw_ref(&w, "publisher", &site, "/#organization");
        }

        review_jw_close(&w, '}');
    }

    if (has_org) {
        review_jw_open(&w, NULL, '{');
        review_jw_ascii(&w, "@type", "Organization");
        review_jw_id(&w, site.len ? &site : &base, "/#organization");
        review_jw_str(&w, "name", &org_name);

        if (site.len) {
            review_jw_str(&w, "url", &site);
        }

        if (review_jsonld_url(&conf->publisher_logo)) {
            review_jw_open(&w, "logo", '{');
            review_jw_ascii(&w, "@type", "ImageObject");
            review_jw_str(&w, "url", &conf->publisher_logo);
            review_jw_close(&w, '}');
        }

        review_jw_close(&w, '}');
    }

    /* the review */
    review_jw_open(&w, NULL, '{');
    review_jw_ascii(&w, "@type", "Review");
    review_jw_id(&w, &base, "#review");
    review_jw_str(&w, "name", f->headline.len ? &f->headline : &f->title);

    if (base.len) {
        review_jw_str(&w, "url", &base);
    }

    review_jw_ref(&w, "mainEntityOfPage", &base, "#webpage");

    /* the item inside the Review: validators and Google read it there */
    review_jsonld_item(&w, "itemReviewed", f, &base);

    author = f->author.len ? (review_str_t *) &f->author
                           : (review_str_t *) &conf->author_fallback;

    if (author->len) {
        memset(&person, 0, sizeof(person));
        person.name = *author;
        person.url = f->author.len ? f->author_url : conf->publisher_url;
        review_jsonld_person(&w, "author", &person, "Person");

    } else if (has_org) {
        /* no byline: the publication stands behind it */
        review_jw_ref(&w, "author", site.len ? &site : &base,
                      "/#organization");
    }

    if (has_org) {
        review_jw_ref(&w, "publisher", site.len ? &site : &base,
                      "/#organization");
    }

    if (review_jsonld_date(&f->date_published)) {
        review_jw_str(&w, "datePublished", &f->date_published);
    }

    if (review_jsonld_date(&f->date_modified)) {
        review_jw_str(&w, "dateModified", &f->date_modified);
    }

    if (review_jsonld_lang(&f->lang)) {
        review_jw_str(&w, "inLanguage", &f->lang);
    }

    review_jw_str(&w, "description",
                  f->summary.len ? &f->summary : &f->description);

    if (conf->body_mode == REVIEW_BODY_FULL) {
        review_jw_str(&w, "reviewBody", &f->body);

    } else if (conf->body_mode == REVIEW_BODY_EXCERPT) {
        review_jw_cut(&w, "reviewBody", &f->body, REVIEW_EXCERPT_MAX);
    }

    if (f->word_count) {
        review_jw_uint(&w, "wordCount", f->word_count);
    }

    if (f->reading_minutes) {
        duration.data = time;
        duration.len = 0;
        time[duration.len++] = 'P';
        time[duration.len++] = 'T';
        duration.len += snprintf((char *) time + 2, sizeof(time) - 2, "%uM",
                                 f->reading_minutes);
        review_jw_str(&w, "timeRequired", &duration);
    }

    review_jsonld_rating(&w, &f->rating);
    review_jw_close(&w, '}');

done:

    review_jw_close(&w, ']');
    review_jw_close(&w, '}');
    review_buf_adds(&b, "</script>");

    if (b.failed) {
        return REVIEW_ERROR;
    }

    review_buf_get(&b, out);

    return REVIEW_OK;
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_lang.h"
#include "review_page_int.h"
#include "review_str.h"


/*
 * Page understanding: the content and its text (review_content.c), the
 * page's facts (review_meta.c), the headline and the work's name
 * (review_title.c); the decision comes later (review_classify.c), once
 * the text is understood too.
 */


static void
review_page_set_name(review_facts_t *f, const review_str_t *name)
{
    if (f->name_source < REVIEW_SOURCE_META) {
        f->item_name = *name;
        f->name_source = REVIEW_SOURCE_META;
    }
}


/*
 * "a review of X", "our review of Ines Castro's X": X, up to the end of
 * the phrase, when it starts with a capital as a title does
 */

static int
review_page_review_of(const review_str_t *desc, review_str_t *name)
{
    const unsigned char  *p, *end, *q;

    p = review_find_ci(desc->data, desc->len, "review of ");
    if (p == NULL) {
        return 0;
    }

    p += sizeof("review of ") - 1;
    end = desc->data + desc->len;

    /* the maker's possessive: "Ines Castro’s Marrow" */
    for (q = p; q < end && q - p < 48; q++) {
        if (*q == '.' || *q == ',' || *q == ':' || *q == ';') {
            break;
        }

        if (q + 3 <= end && q[0] == '\'' && q[1] == 's' && q[2] == ' ') {
            p = q + 3;
            break;
        }

        if (q + 5 <= end && memcmp(q, "\xe2\x80\x99s ", 5) == 0) {
            p = q + 5;
            break;
        }
    }

    if (p >= end || !(review_isupper(*p) || *p >= 0xc0 || review_isdigit(*p)))
    {
        return 0;
    }

    for (q = p; q < end; q++) {
        if (*q == '.' || *q == ',' || *q == ':' || *q == ';' || *q == '('
            || (q + 3 <= end && memcmp(q, " - ", 3) == 0)
            || (q + 5 <= end && memcmp(q, " \xe2\x80\x93 ", 5) == 0)
            || (q + 4 <= end && review_strncasecmp(q, " by ", 4) == 0))
        {
            break;
        }
    }

    name->data = p;
    name->len = q - p;
    review_str_trim(name);

    return name->len > 0 && name->len <= 80;
}


/* "Glass Harbour 2022", "Glass Harbour (2022)": the year by the name */

static void
review_page_year(review_facts_t *f, const review_str_t *cand, int n)
{
    int                   i, k, y;
    const unsigned char  *p, *end;

    for (i = 0; i < n && f->item_year.len == 0; i++) {
        p = review_memmem(cand[i].data, cand[i].len,
                          (const char *) f->item_name.data,
                          f->item_name.len);
        if (p == NULL) {
            continue;
        }

        end = cand[i].data + cand[i].len;
        p += f->item_name.len;

        while (p < end && (*p == ' ' || *p == '(')) {
            p++;
        }

        for (k = 0, y = 0; k < 4 && p + k < end && review_isdigit(p[k]);
             k++)
        {
            y = y * 10 + p[k] - '0';
        }

        if (k == 4 && (p + 4 == end || !review_isdigit(p[4]))
            && y >= 1888 && y <= 2099)
        {
            f->item_year.data = p;
            f->item_year.len = 4;
        }
    }
}


/* "Watched GRID: Origins (2025) on Disney+": the year closes the name */

static int
review_page_dated(const review_str_t *cand, const review_str_t *name)
{
    const unsigned char  *p, *end;

    p = review_memmem(cand->data, cand->len, (const char *) name->data,
                      name->len);
    if (p == NULL) {
        return 0;
    }

    end = cand->data + cand->len;

    for (p += name->len; p < end && *p == ' '; p++) {
        /* void */
    }

    return end - p >= 6 && p[0] == '(' && review_isdigit(p[1])
           && review_isdigit(p[4]) && p[5] == ')';
}


static void
review_page_name(review_pg_t *pg)
{
    int              i, is_review;
    review_str_t     cand[3], name, year;
    review_facts_t  *f;

    f = pg->facts;

    cand[0] = pg->og_title;
    cand[1] = pg->h1;
    cand[2] = pg->doc->title;

    /* the first that reads as a review of something names it */
    for (i = 0; i < 3; i++) {
        if (cand[i].len == 0
            || review_title_clean(pg->arena, &cand[i], &f->site_name, &name,
                                  &year, &is_review)
               != REVIEW_OK)
        {
            continue;
        }

        if (!is_review) {
            continue;
        }

        pg->page->signals.title_says_review = 1;

        if (f->item_year.len == 0) {
            f->item_year = year;
        }

        if (name.len) {
            review_page_set_name(f, &name);
            f->name_dated = year.len && review_page_dated(&cand[i], &name);
            review_page_year(f, cand, 3);
            return;
        }
    }

    /* "A review of Ines Castro's Marrow" as the page's description */
    if (review_page_review_of(&f->description, &name)) {
        pg->page->signals.title_says_review = 1;
        review_page_set_name(f, &name);
        return;
    }

    /* no "review" anywhere: the headline, cleaned, for the text to check */
    for (i = 0; i < 3; i++) {
        if (cand[i].len
            && review_title_clean(pg->arena, &cand[i], &f->site_name, &name,
                                  &year, &is_review)
               == REVIEW_OK
            && name.len)
        {
            if (f->item_year.len == 0) {
                f->item_year = year;
            }

            review_page_set_name(f, &name);
            return;
        }
    }
}


/*
 * The language the text is read in: what the page declares, unless its
 * text plainly speaks another (themes say lang="en" whatever the post);
 * then inLanguage says what the text is written in
 */

static int
review_page_language(review_pg_t *pg)
{
    unsigned         i, n;
    review_str_t    *texts;
    review_lang_e    declared, lang;
    review_facts_t  *f;

    f = pg->facts;
    n = pg->page->text.nblocks < 64 ? pg->page->text.nblocks : 64;

    texts = review_alloc(pg->arena, (n + 1) * sizeof(review_str_t));
    if (texts == NULL) {
        return REVIEW_ERROR;
    }

    texts[0] = f->headline;

    for (i = 0; i < n; i++) {
        texts[i + 1] = pg->page->text.blocks[i].text;
    }

    declared = f->lang.len ? review_lang_from_code(f->lang.data, f->lang.len)
                           : REVIEW_LANG_N;

    lang = review_lang_detect(texts, n + 1, 4096, declared);

    if (lang != declared && lang != REVIEW_LANG_EN) {
        f->lang.data = (const unsigned char *) review_langs[lang]->code;
        f->lang.len = 2;

    } else if (f->lang.len && declared == REVIEW_LANG_N) {
        f->lang_unknown = 1;
    }

    f->language = lang;

    return REVIEW_OK;
}


/*
 * "<h1><a href="/">blogname</a></h1>" over a post whose <title> is "Post
 * - blogname": the theme's heading is the site's name, a link home that
 * the <title> sets after the post's own part; the headline is that part
 */

static const char *const  review_page_title_seps[] = {
    " - ", " | ", " \xc2\xb7 ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
    " :: ", " \xc2\xbb ", NULL
};


static void
review_page_h1_home(review_pg_t *pg)
{
    size_t                n;
    uint32_t              i, end;
    review_str_t          t, lead;
    const review_doc_t   *doc;
    const review_str_t   *href, *title;
    const char *const    *sep;

    doc = pg->doc;
    title = &doc->title;
    i = pg->page->title;

    if (pg->h1.len == 0 || i == REVIEW_NONE || pg->facts->headline.len
        || title->len <= pg->h1.len + 3)
    {
        return;
    }

    /* the <title> ends with the heading's words after a separator */
    if (review_strncasecmp(title->data + title->len - pg->h1.len,
                           (const char *) pg->h1.data, pg->h1.len)
        != 0)
    {
        return;
    }

    lead.len = 0;
    lead.data = title->data;

    for (sep = review_page_title_seps; *sep; sep++) {
        n = strlen(*sep);

        if (title->len >= pg->h1.len + n + 2
            && memcmp(title->data + title->len - pg->h1.len - n, *sep, n)
               == 0)
        {
            lead.len = title->len - pg->h1.len - n;
            break;
        }
    }

    review_str_trim(&lead);

    if (lead.len < 2) {
        return;
    }

    /* the heading is a link home, and holds nothing else */
    end = pg->end[i];

    for (i = i + 1; i < end && i < doc->nnodes; i++) {
        if (doc->nodes[i].tag != REVIEW_TAG_A) {
            continue;
        }

        href = review_doc_attr(doc, &doc->nodes[i], REVIEW_ATTR_HREF);

        if (href == NULL || !review_href_home(href, &pg->facts->url)
            || review_node_text(pg->arena, doc, i, &t) != REVIEW_OK)
        {
            return;
        }

        review_str_trim(&t);

        if (t.len != pg->h1.len
            || review_strncasecmp(t.data, (const char *) pg->h1.data,
                                  t.len) != 0)
        {
            return;
        }

        pg->h1 = lead;
        return;
    }
}


int
review_page_analyze(review_arena_t *a, const review_doc_t *doc,
    const review_conf_t *conf, const review_input_t *input,
    review_facts_t *f, review_page_t *page)
{
    review_pg_t  pg;

    memset(page, 0, sizeof(review_page_t));
    page->content = REVIEW_NONE;
    page->title = REVIEW_NONE;
    page->text.max_sentences = conf->max_sentences;

    memset(&pg, 0, sizeof(review_pg_t));
    pg.arena = a;
    pg.doc = doc;
    pg.conf = conf;
    pg.input = input;
    pg.facts = f;
    pg.page = page;

    f->title = doc->title;

    if (review_content_find(&pg) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    if (page->title != REVIEW_NONE
        && review_node_text(a, doc, page->title, &pg.h1) != REVIEW_OK)
    {
        return REVIEW_ERROR;
    }

    if (review_meta_find(&pg) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    /* a theme's <h1> that holds the site's name is no headline */
    if (pg.h1.len && pg.h1.len == f->site_name.len
        && review_strncasecmp(pg.h1.data, (const char *) f->site_name.data,
                              pg.h1.len) == 0)
    {
        pg.h1.len = 0;
    }

    review_page_h1_home(&pg);

    if (f->headline.len == 0) {
        f->headline = pg.og_title.len ? pg.og_title
                      : pg.h1.len ? pg.h1 : doc->title;
    }

    if (review_page_language(&pg) != REVIEW_OK) {
        return REVIEW_ERROR;
    }

    review_page_name(&pg);

    page->signals.url_says_review =
        review_lang_find_review(f->url.data, f->url.len) != NULL
        || review_lang_find_review(input->url.data, input->url.len) != NULL
        || review_find_ci(f->url.data, f->url.len, "/critic") != NULL;

    return REVIEW_OK;
}

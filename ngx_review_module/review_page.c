
/*
 * Copyright (C) ngx_review_module developers
 */


#include <string.h>

#include "review_page.h"
#include "review_str.h"


/*
 * A first page reader: facts from <meta>, <link> and <title>, the review
 * in <article>, <main> or <body>, paragraphs as blocks.  Page
 * understanding proper (content scoring, structured data, bylines, dates,
 * classification) replaces it.
 */


static void
review_page_meta(const review_doc_t *doc, review_facts_t *f,
    review_str_t *og_title, review_str_t *og_type)
{
    uint32_t             i;
    review_node_t       *n;
    const review_str_t  *key, *content, *rel, *href;

    for (i = 0; i < doc->nmetas; i++) {
        n = &doc->nodes[doc->metas[i]];

        if (n->tag == REVIEW_TAG_LINK) {
            rel = review_doc_attr(doc, n, REVIEW_ATTR_REL);
            href = review_doc_attr(doc, n, REVIEW_ATTR_HREF);

            if (rel && href && href->len && review_str_eq_ci(rel, "canonical")
                && f->url.len == 0)
            {
                f->url = *href;
            }

            continue;
        }

        content = review_doc_attr(doc, n, REVIEW_ATTR_CONTENT);
        if (content == NULL) {
            continue;
        }

        key = review_doc_attr(doc, n, REVIEW_ATTR_PROPERTY);
        if (key == NULL) {
            key = review_doc_attr(doc, n, REVIEW_ATTR_NAME);
        }

        if (key == NULL) {
            continue;
        }

        if (review_str_eq_ci(key, "og:title") && og_title->len == 0) {
            *og_title = *content;

        } else if (review_str_eq_ci(key, "og:type")) {
            *og_type = *content;

        } else if (review_str_eq_ci(key, "og:site_name")) {
            f->site_name = *content;

        } else if (review_str_eq_ci(key, "og:url") && f->url.len == 0) {
            f->url = *content;

        } else if (review_str_eq_ci(key, "og:image") && f->image.len == 0) {
            f->image = *content;

        } else if (review_str_eq_ci(key, "og:description")) {
            f->has_og_description = 1;
            if (f->description.len == 0) {
                f->description = *content;
            }

        } else if (review_str_eq_ci(key, "description")
                   && f->description.len == 0)
        {
            f->description = *content;

        } else if (review_str_eq_ci(key, "author") && f->author.len == 0) {
            f->author = *content;
            f->author_source = REVIEW_SOURCE_META;

        } else if (review_str_eq_ci(key, "article:published_time")) {
            f->date_published = *content;
            f->date_source = REVIEW_SOURCE_META;

        } else if (review_str_eq_ci(key, "article:modified_time")) {
            f->date_modified = *content;

        } else if (review_str_eq_ci(key, "article:section")) {
            f->section = *content;

        } else if (review_str_eq_ci(key, "twitter:card")) {
            f->has_twitter_card = 1;

        } else if (review_str_eq_ci(key, "twitter:description")) {
            f->has_twitter_description = 1;
        }
    }
}


/* "Name Review: subtitle | Site" -> "Name" */

static void
review_page_item_name(review_facts_t *f, const review_str_t *headline)
{
    review_str_t          s;
    const unsigned char  *p;

    s = *headline;

    if (f->site_name.len && s.len > f->site_name.len + 3) {
        p = s.data + s.len - f->site_name.len;
        if (memcmp(p, f->site_name.data, f->site_name.len) == 0) {
            s.len -= f->site_name.len;
            review_str_trim(&s);
            while (s.len && (s.data[s.len - 1] == '|'
                             || s.data[s.len - 1] == '-'))
            {
                s.len--;
            }

            review_str_trim(&s);
        }
    }

    if (review_str_starts_ci(&s, "review:")) {
        s.data += 7;
        s.len -= 7;
        review_str_trim(&s);
    }

    p = review_find_ci(s.data, s.len, " review");
    if (p) {
        s.len = p - s.data;
    }

    /* curly quotes around the name */
    if (s.len > 6 && memcmp(s.data, "\xe2\x80\x98", 3) == 0
        && memcmp(s.data + s.len - 3, "\xe2\x80\x99", 3) == 0)
    {
        s.data += 3;
        s.len -= 6;
    }

    review_str_trim(&s);

    f->item_name = s;
    f->name_source = REVIEW_SOURCE_META;
}


static int
review_page_excluded(const review_doc_t *doc, const review_node_t *n)
{
    if (n->tag == REVIEW_TAG_NAV || n->tag == REVIEW_TAG_ASIDE
        || n->tag == REVIEW_TAG_FOOTER || n->tag == REVIEW_TAG_FORM)
    {
        return 1;
    }

    return review_doc_has_class(doc, n, "comments")
           || review_doc_has_class(doc, n, "comments-area")
           || review_doc_has_class(doc, n, "sidebar")
           || review_doc_has_class(doc, n, "widget-area");
}


/* paragraphs of the content, in order, without recursion */

static int
review_page_blocks(review_arena_t *a, const review_doc_t *doc,
    review_page_t *page)
{
    uint32_t         i, end;
    review_node_t   *n;
    review_block_t  *blocks;
    unsigned         nblocks, nalloc;
    review_str_t     text;

    if (page->content == REVIEW_NONE) {
        return REVIEW_OK;
    }

    /* a subtree is a run of the node array: it ends before the next
       node that is not a descendant */
    end = page->content + 1;
    while (end < doc->nnodes) {
        n = &doc->nodes[end];
        if (n->depth <= doc->nodes[page->content].depth) {
            break;
        }

        end++;
    }

    blocks = NULL;
    nblocks = 0;
    nalloc = 0;

    for (i = page->content + 1; i < end; i++) {
        n = &doc->nodes[i];

        if (review_page_excluded(doc, n)) {
            /* skip its subtree */
            uint32_t  j;

            for (j = i + 1; j < end && doc->nodes[j].depth > n->depth; j++) {
                /* void */
            }

            i = j - 1;
            continue;
        }

        if (n->tag != REVIEW_TAG_P || (n->flags & REVIEW_NODE_HIDDEN)
            || n->text_len == 0)
        {
            continue;
        }

        if (review_str_collapse(a, doc->text.data + n->text, n->text_len,
                                &text)
            != REVIEW_OK)
        {
            return REVIEW_ERROR;
        }

        if (text.len == 0) {
            continue;
        }

        if (nblocks == nalloc) {
            nalloc = nalloc ? nalloc * 2 : 32;
            blocks = review_realloc(a, blocks, nblocks * sizeof(review_block_t),
                                    nalloc * sizeof(review_block_t));
            if (blocks == NULL) {
                return REVIEW_ERROR;
            }
        }

        memset(&blocks[nblocks], 0, sizeof(review_block_t));
        blocks[nblocks].text = text;
        blocks[nblocks].kind = REVIEW_BLOCK_PARA;
        nblocks++;
    }

    page->text.blocks = blocks;
    page->text.nblocks = nblocks;

    return REVIEW_OK;
}


int
review_page_analyze(review_arena_t *a, const review_doc_t *doc,
    const review_conf_t *conf, const review_input_t *input,
    review_facts_t *f, review_page_t *page)
{
    uint32_t        i, article, main_;
    review_str_t    og_title, og_type, h1;
    review_node_t  *n;

    memset(page, 0, sizeof(review_page_t));
    page->content = REVIEW_NONE;
    page->title = REVIEW_NONE;
    page->text.max_sentences = conf->max_sentences;

    og_title.len = 0;
    og_type.len = 0;
    h1.len = 0;

    f->title = doc->title;
    f->lang = doc->lang.len ? doc->lang : input->language;

    review_page_meta(doc, f, &og_title, &og_type);

    if (f->url.len == 0) {
        f->url = input->url;
    }

    article = REVIEW_NONE;
    main_ = REVIEW_NONE;

    for (i = 1; i < doc->nnodes; i++) {
        n = &doc->nodes[i];

        if (n->flags & (REVIEW_NODE_HIDDEN | REVIEW_NODE_UNSAFE)) {
            continue;
        }

        if (n->tag == REVIEW_TAG_ARTICLE && article == REVIEW_NONE) {
            article = i;

        } else if (n->tag == REVIEW_TAG_MAIN && main_ == REVIEW_NONE) {
            main_ = i;

        } else if (n->tag == REVIEW_TAG_H1 && page->title == REVIEW_NONE) {
            page->title = i;
            if (review_str_collapse(a, doc->text.data + n->text, n->text_len,
                                    &h1)
                != REVIEW_OK)
            {
                return REVIEW_ERROR;
            }
        }
    }

    page->content = article != REVIEW_NONE ? article
                    : main_ != REVIEW_NONE ? main_ : doc->body;

    f->headline = og_title.len ? og_title : h1.len ? h1 : doc->title;

    if (f->headline.len) {
        review_page_item_name(f, &f->headline);
    }

    return review_page_blocks(a, doc, page);
}


int
review_classify(review_arena_t *a, const review_doc_t *doc,
    const review_page_t *page, const review_conf_t *conf,
    review_facts_t *f)
{
    int  signals;

    signals = 0;

    if (review_find_ci(f->headline.data, f->headline.len, "review")) {
        signals += 40;
    }

    if (review_find_ci(f->url.data, f->url.len, "review")) {
        signals += 30;
    }

    if (f->rating.stated) {
        signals += 20;
    }

    if (f->directors.nelts || f->actors.nelts) {
        signals += 20;
    }

    f->confidence = signals > 100 ? 100 : signals;
    f->kind = f->confidence >= 50 ? REVIEW_KIND_REVIEW : REVIEW_KIND_OTHER;
    f->item_type = REVIEW_ITEM_MOVIE;

    if (f->kind != REVIEW_KIND_REVIEW) {
        f->reason = "not-review";
    }

    return REVIEW_OK;
}

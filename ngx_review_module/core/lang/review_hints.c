
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * The class and id words of CMS themes: not a language (a French theme
 * still says "entry-content"), so a table of their own, read on every
 * page.
 */

/* class and id words of what is not the article */
static const char *const  review_hint_negative[] = {
    "comment", "comments", "commentlist", "comments-area", "sidebar",
    "footer", "nav", "navbar", "navigation", "menu", "related", "share",
    "sharing", "sharedaddy", "social", "sponsor", "sponsored", "promo",
    "promoted", "advert", "advertisement", "ad", "ads", "adsense",
    "widget", "widgets", "widget-area", "banner", "breadcrumb",
    "breadcrumbs", "subscribe", "subscription", "newsletter", "popup",
    "modal", "cookie", "cookies", "gdpr", "disqus", "replies", "reply",
    "respond", "pagination", "pager", "masthead", "outbrain", "taboola",
    "recirc", "trending", "popular", "signup", "login", "toolbar", "print",
    "skip", "jump", "recommended", "more", "next", "prev", "previous",
    "author-bio", "bio", "about-author", "hidden", "offscreen",
    "screen-reader-text", "sr-only", "visually-hidden", "site-header",
    "site-footer", "site-nav", "site-title", "cta", NULL
};


/*
 * class words that say something only on their own: "hidden" hides, but
 * Drupal's "field--label-hidden" wraps every article body, and its
 * "node-promoted" is any post on the front page
 */
static const char *const  review_hint_whole[] = {
    "hidden", "print", "more", "single", "promoted", "skip", "jump",
    NULL
};


/* class and id words of what is around the prose */
static const char *const  review_hint_meta[] = {
    "header", "byline", "meta", "entry-meta", "post-meta", "article-meta",
    "author", "dateline", "date", "timestamp", "published", "posted-on",
    "rating", "ratings", "stars", "star-rating", "score", "grade",
    "info", "infobox", "fact", "facts", "factbox", "fact-box", "credits",
    "details", "caption", "wp-caption", "wp-caption-text", "tags",
    "categories", "cat-links", "tags-links", "entry-footer", "post-footer",
    "kicker",
    "standfirst", "dek", "subtitle", "sub-title", "subhead", NULL
};


/* class and id words of the article */
static const char *const  review_hint_positive[] = {
    "article", "body", "content", "entry", "entry-content", "post",
    "post-content", "post-body", "review", "review-body", "story", "text",
    "main", "blog", "hentry", "prose", "article-body", "gh-content",
    "field-body", "page-content", "single", NULL
};


/* class and id words of a byline */
static const char *const  review_hint_byline[] = {
    "byline", "author", "author-name", "by-line", "byline-name", "fn",
    "vcard", "writer", "contributor", "article-author", "post-author",
    "submitted", "createdby", "blog-author-name", NULL
};


/* class and id words of a date */
static const char *const  review_hint_date[] = {
    "date", "published", "entry-date", "post-date", "dateline",
    "timestamp", "posted-on", "pubdate", "byline-date", "created",
    "submitted", NULL
};


/*
 * A CMS's account names that name nobody: "By admin" is no author.  A
 * byline's single word (a handle, "bfp", "sven") is the author only when
 * it is none of these.
 */
const char *const  review_hint_nobody[] = {
    "admin", "administrator", "editor", "editors", "staff", "guest",
    "webmaster", "anonymous", "anon", "unknown", "author", "user", "root",
    "team", "moderator", "contributor", "redaction", "redaktion",
    "redazione", "redaccion", "redacao", "wordpress", "blogger", "null",
    "undefined", "none", NULL
};


/*
 * the folders of an author's page: "/author/bfp/"; not "/user/" nor
 * "/people/", a site's accounts and a photo's uploader
 */
const char *const  review_hint_author_paths[] = {
    "/author/", "/authors/", "/writer/", "/writers/", "/contributor/",
    "/contributors/", "/autor/", "/autores/", "/auteur/", "/auteurs/",
    "/autore/", "/autori/", NULL
};


/* paths of a site's tags and categories: "/tags/horror/" */
const char *const  review_hint_tag_paths[] = {
    "/tag/", "/tags/", "/category/", "/categories/", "/categoria/",
    "/categorie/", "/kategorie/", "/categorias/", "/topics/", NULL
};


/*
 * class words of a date that is not the day of publication; not
 * "updated": hAtom names the post's own date so, and WordPress writes
 * "published updated" on it
 */
/* a box about the site's writer: "author_bio", "about-author" */
const char *const  review_hint_bio[] = {
    "author-bio", "author_bio", "authorbio", "about-author",
    "about_author", "author-box", "author_box", "author-info",
    "author_info", NULL
};


const char *const  review_hint_updated[] = {
    "modified", "lastmod", "last-mod", "revised", "updated", NULL
};


/*
 * a layout word's opening: "with-toolbar", "has-sidebar" on a wrapper say
 * what stands beside the article, not that the wrapper is a toolbar
 */
const char *const  review_hint_layout[] = {
    "with-", "with_", "has-", "has_", NULL
};


/* a rating box's class or id: "star-rating", "review-score" */
const char *const  review_hint_rating[] = {
    "rating", "star", "score", NULL
};


/*
 * a box whose tooltip may say its rating (title="3 out of 5"): "stars"
 * and "star-", not any "star" ("starring", "start")
 */
const char *const  review_hint_rating_label[] = {
    "rating", "stars", "star-", "score", NULL
};


/*
 * a rating box of others' scores, by a class in it or around it: a
 * readers' vote widget, an hReview-aggregate ("9.0 out of 10 based on 1
 * rating")
 */
const char *const  review_hint_rating_theirs[] = {
    "aggregate", "vote", "average", "user", "reader", "community",
    "audience", NULL
};


/*
 * Stars drawn as empty icon elements, a class per star: <i class="fas
 * fa-star"></i> ... <i class="far fa-star"></i>.  Whole class names: a
 * full star, an empty one (or a full one in an outline style: Font
 * Awesome's "far", "fa-regular"), and half stars (a part of a name:
 * "fa-star-half-alt", "star-half").
 */
const char *const  review_hint_star_full[] = {
    "fa-star", "star-full", "star-filled", "star-on", "icon-star",
    "dashicons-star-filled", "glyphicon-star", "bi-star-fill", NULL
};

const char *const  review_hint_star_empty[] = {
    "fa-star-o", "star-empty", "star-off", "star-outline",
    "dashicons-star-empty", "glyphicon-star-empty", "bi-star", NULL
};

const char *const  review_hint_star_outline[] = {
    "far", "fa-regular", NULL
};

const char *const  review_hint_star_half[] = {
    "star-half", "star_half", NULL
};


const review_lang_list_t  review_hint_lists[] = {
    { review_hint_negative, REVIEW_LEX_HINT_NEG },
    { review_hint_meta, REVIEW_LEX_HINT_META },
    { review_hint_positive, REVIEW_LEX_HINT_POS },
    { review_hint_byline, REVIEW_LEX_HINT_BYLINE },
    { review_hint_date, REVIEW_LEX_HINT_DATE },
    { review_hint_whole, REVIEW_LEX_HINT_WHOLE },
    { NULL, 0 }
};


/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_DOC_H_INCLUDED_
#define _REVIEW_DOC_H_INCLUDED_


/*
 * A compact tree of the page, built from libxml2's SAX events: elements
 * and text nodes in one array (document order, index 0 is a synthetic
 * root), the attributes the core reads, the text of the body, and byte
 * positions of every tag.  Positions are in the UTF-8 that libxml2 saw;
 * review_charset_map() turns them into offsets of the original bytes.
 *
 * Every position we may insert at is checked against the bytes while the
 * parser still holds them: a start tag really ends with '>', an end tag
 * really reads "</name>".  Elements whose text browsers do not parse as
 * markup (script, textarea, noscript...) mark their whole subtree unsafe,
 * and a raw-text element libxml2 closes where a browser would not makes
 * every later position unsafe (doc->taint).
 *
 * The bodies of script and style (and of the other raw-text elements
 * that the libxml2 in use reads as raw text) are not given to libxml2:
 * the builder finds their end itself and positions stay those of the
 * page.  JSON-LD scripts are kept: their text is read from the bytes
 * with libxml2 2.9 to 2.13, and by libxml2 with 2.14.
 */


#include "review_core.h"


#define REVIEW_NONE           ((uint32_t) -1)


typedef enum {
    REVIEW_TAG_UNKNOWN = 0,
    REVIEW_TAG_TEXT,                 /* a text node */
    REVIEW_TAG_ROOT,                 /* the synthetic document node */

    REVIEW_TAG_A, REVIEW_TAG_ABBR, REVIEW_TAG_ADDRESS, REVIEW_TAG_ARTICLE,
    REVIEW_TAG_ASIDE, REVIEW_TAG_AUDIO, REVIEW_TAG_B, REVIEW_TAG_BASE,
    REVIEW_TAG_BLOCKQUOTE, REVIEW_TAG_BODY, REVIEW_TAG_BR,
    REVIEW_TAG_BUTTON, REVIEW_TAG_CANVAS, REVIEW_TAG_CAPTION,
    REVIEW_TAG_CENTER, REVIEW_TAG_CITE, REVIEW_TAG_CODE, REVIEW_TAG_DD,
    REVIEW_TAG_DEL, REVIEW_TAG_DETAILS, REVIEW_TAG_DIALOG, REVIEW_TAG_DIV,
    REVIEW_TAG_DL, REVIEW_TAG_DT, REVIEW_TAG_EM, REVIEW_TAG_EMBED,
    REVIEW_TAG_FIELDSET, REVIEW_TAG_FIGCAPTION, REVIEW_TAG_FIGURE,
    REVIEW_TAG_FONT, REVIEW_TAG_FOOTER, REVIEW_TAG_FORM, REVIEW_TAG_FRAME,
    REVIEW_TAG_FRAMESET, REVIEW_TAG_H1, REVIEW_TAG_H2, REVIEW_TAG_H3,
    REVIEW_TAG_H4, REVIEW_TAG_H5, REVIEW_TAG_H6, REVIEW_TAG_HEAD,
    REVIEW_TAG_HEADER, REVIEW_TAG_HGROUP, REVIEW_TAG_HR, REVIEW_TAG_HTML,
    REVIEW_TAG_I, REVIEW_TAG_IFRAME, REVIEW_TAG_IMG, REVIEW_TAG_INPUT,
    REVIEW_TAG_INS, REVIEW_TAG_KBD, REVIEW_TAG_LABEL, REVIEW_TAG_LEGEND,
    REVIEW_TAG_LI, REVIEW_TAG_LINK, REVIEW_TAG_MAIN, REVIEW_TAG_MARK,
    REVIEW_TAG_MATH, REVIEW_TAG_MENU, REVIEW_TAG_META, REVIEW_TAG_NAV,
    REVIEW_TAG_NOEMBED, REVIEW_TAG_NOFRAMES, REVIEW_TAG_NOSCRIPT,
    REVIEW_TAG_OBJECT, REVIEW_TAG_OL, REVIEW_TAG_OPTGROUP,
    REVIEW_TAG_OPTION, REVIEW_TAG_P, REVIEW_TAG_PICTURE,
    REVIEW_TAG_PLAINTEXT, REVIEW_TAG_PRE, REVIEW_TAG_Q, REVIEW_TAG_S,
    REVIEW_TAG_SAMP, REVIEW_TAG_SCRIPT, REVIEW_TAG_SECTION,
    REVIEW_TAG_SELECT, REVIEW_TAG_SMALL, REVIEW_TAG_SOURCE,
    REVIEW_TAG_SPAN, REVIEW_TAG_STRIKE, REVIEW_TAG_STRONG,
    REVIEW_TAG_STYLE, REVIEW_TAG_SUB, REVIEW_TAG_SUMMARY, REVIEW_TAG_SUP,
    REVIEW_TAG_SVG, REVIEW_TAG_TABLE, REVIEW_TAG_TBODY, REVIEW_TAG_TD,
    REVIEW_TAG_TEMPLATE, REVIEW_TAG_TEXTAREA, REVIEW_TAG_TFOOT,
    REVIEW_TAG_TH, REVIEW_TAG_THEAD, REVIEW_TAG_TIME, REVIEW_TAG_TITLE,
    REVIEW_TAG_TR, REVIEW_TAG_TT, REVIEW_TAG_U, REVIEW_TAG_UL,
    REVIEW_TAG_VAR, REVIEW_TAG_VIDEO, REVIEW_TAG_WBR, REVIEW_TAG_XMP,

    REVIEW_TAG_LAST
} review_tag_e;


typedef enum {
    REVIEW_ATTR_ID = 0,
    REVIEW_ATTR_CLASS,
    REVIEW_ATTR_NAME,
    REVIEW_ATTR_PROPERTY,
    REVIEW_ATTR_CONTENT,
    REVIEW_ATTR_HTTP_EQUIV,
    REVIEW_ATTR_CHARSET,
    REVIEW_ATTR_REL,
    REVIEW_ATTR_HREF,
    REVIEW_ATTR_SRC,
    REVIEW_ATTR_DATA_SRC,            /* data-src, data-lazy-src */
    REVIEW_ATTR_SRCSET,
    REVIEW_ATTR_ALT,
    REVIEW_ATTR_TITLE,
    REVIEW_ATTR_TYPE,
    REVIEW_ATTR_LANG,
    REVIEW_ATTR_DATETIME,
    REVIEW_ATTR_ROLE,
    REVIEW_ATTR_ITEMPROP,
    REVIEW_ATTR_ITEMTYPE,
    REVIEW_ATTR_ITEMSCOPE,
    REVIEW_ATTR_ITEMID,
    REVIEW_ATTR_TYPEOF,              /* RDFa */
    REVIEW_ATTR_RESOURCE,
    REVIEW_ATTR_ABOUT,
    REVIEW_ATTR_VALUE,
    REVIEW_ATTR_ARIA_LABEL,

    REVIEW_ATTR_LAST
} review_attr_e;


/* node flags */
#define REVIEW_NODE_IMPLIED    0x0001    /* libxml2 implied the element */
#define REVIEW_NODE_START_OK   0x0002    /* start and inner are checked */
#define REVIEW_NODE_END_TAG    0x0004    /* closed by its own end tag */
#define REVIEW_NODE_HIDDEN     0x0008    /* hidden, aria-hidden, display:none
                                            (self or an ancestor) */
#define REVIEW_NODE_UNSAFE     0x0010    /* inside raw text to browsers */
#define REVIEW_NODE_INLINE     0x0020    /* inside <p>, a heading or an
                                            inline element */
#define REVIEW_NODE_IN_LINK    0x0040    /* inside <a> */
#define REVIEW_NODE_IN_TABLE   0x0080    /* inside table structure, not a
                                            cell: a block here would be
                                            moved by browsers */
#define REVIEW_NODE_IN_HEAD    0x0100
#define REVIEW_NODE_IN_FORM    0x0200    /* form, button, select... */
#define REVIEW_NODE_CLOSED     0x0400    /* its end was seen */


typedef struct {
    uint32_t                 parent;
    uint32_t                 first;       /* first child */
    uint32_t                 last;        /* last child */
    uint32_t                 next;        /* next sibling */

    uint32_t                 start;       /* '<' of the start tag */
    uint32_t                 inner;       /* just after its '>' */
    uint32_t                 close;       /* '<' of the end tag, or where
                                             the element implicitly ended */
    uint32_t                 end;         /* just after the end tag */

    uint32_t                 text;        /* text nodes: offset in
                                             doc->text; elements: offset of
                                             the subtree's first text */
    uint32_t                 text_len;    /* elements: subtree text bytes */
    uint32_t                 link_len;    /* subtree text inside <a> */
    uint32_t                 attr;        /* first in doc->attrs, or NONE */

    uint16_t                 nattrs;
    uint8_t                  tag;         /* review_tag_e */
    uint8_t                  pad;
    uint16_t                 flags;
    uint16_t                 depth;       /* saturates at 65535 */
} review_node_t;


typedef struct {
    review_attr_e            name;
    review_str_t             value;
} review_attr_t;


typedef struct {
    review_node_t           *nodes;
    uint32_t                 nnodes;
    uint32_t                 nalloc;

    review_attr_t           *attrs;
    uint32_t                 nattrs;
    uint32_t                 nattrs_alloc;

    review_buf_t             text;        /* all body text, in order */

    uint32_t                 html;        /* node indexes, or NONE */
    uint32_t                 head;
    uint32_t                 body;

    review_str_t             title;       /* the first <title>, collapsed */
    review_str_t             lang;        /* <html lang> */

    review_str_t            *ldjson;      /* application/ld+json scripts */
    uint32_t                 nldjson;

    uint32_t                *metas;       /* <meta> and <link> nodes */
    uint32_t                 nmetas;
    uint32_t                 metas_alloc;

    uint32_t                 marker;      /* after <!-- review-card -->,
                                             or NONE */
    uint32_t                 marker_in;   /* the element around it */
    uint32_t                 taint;       /* positions from here on are
                                             unsafe; NONE if none */
    uint32_t                 size;        /* UTF-8 bytes parsed */
    uint32_t                 skipped;     /* raw-text bytes libxml2 was
                                             spared (script, style...) */

    review_status_e          limit;       /* the limit hit, or NONE */
} review_doc_t;


typedef struct review_doc_builder_s  review_doc_builder_t;


/*
 * max_nodes and max_text of 0 mean no limit.  Hitting one stops the
 * parse: review_doc_builder_feed() then returns REVIEW_LIMIT and
 * doc->limit names it (REVIEW_STATUS_LIMIT_NODES, _TEXT...).
 */
review_doc_builder_t *review_doc_builder_create(review_arena_t *a,
    size_t max_nodes, size_t max_text);
int review_doc_builder_feed(review_doc_builder_t *b, const unsigned char *p,
    size_t len, int last);
review_doc_t *review_doc_builder_doc(review_doc_builder_t *b);

/*
 * Where the last event of the parse ended: whatever the parse reports
 * later (a close, the marker, an implied end) lies at or after it.
 */
uint32_t review_doc_builder_last(review_doc_builder_t *b);
void review_doc_builder_destroy(review_doc_builder_t *b);

/*
 * A position in what libxml2 saw as one in the page, walking on from the
 * gap in *cur (the step of the map done at the end of the parse; the
 * unit tests give it positions in any order)
 */
uint32_t review_doc_builder_map(review_doc_builder_t *b, uint32_t pos,
    uint32_t *cur);


/* attribute value of a node, or NULL */
const review_str_t *review_doc_attr(const review_doc_t *doc,
    const review_node_t *n, review_attr_e name);

/* whether a class or id attribute holds the word (case-insensitive) */
int review_doc_has_class(const review_doc_t *doc, const review_node_t *n,
    const char *word);

const char *review_tag_name(review_tag_e tag);
review_tag_e review_tag_lookup(const unsigned char *name, size_t len);

/* text node contents */
#define review_doc_text(doc, n)  ((doc)->text.data + (n)->text)


#endif /* _REVIEW_DOC_H_INCLUDED_ */

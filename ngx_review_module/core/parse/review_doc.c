
/*
 * Copyright (C) ngx_review_module developers
 */


#define _GNU_SOURCE
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "review_charset.h"
#include "review_doc.h"
#include "review_str.h"


#define REVIEW_ATTR_MAX        8192      /* longer values are cut */
#define REVIEW_LDJSON_MAX      (512 * 1024)
#define REVIEW_TITLE_MAX       4096


/* what a tag does to its subtree */
#define REVIEW_T_UNSAFE        0x01      /* browsers read raw text here */
#define REVIEW_T_RAWTEXT       0x02      /* must end with its own end tag */
#define REVIEW_T_INLINE        0x04
#define REVIEW_T_STRUCT        0x08      /* table/list structure */
#define REVIEW_T_CELL          0x10      /* a cell or item: a block is fine */
#define REVIEW_T_FORM          0x20
#define REVIEW_T_SKIPTEXT      0x40      /* its text is not prose */
#define REVIEW_T_SKIPBODY      0x80      /* raw text libxml2 need not see:
                                            the body is skipped by memchr */

/*
 * Which raw-text bodies libxml2 reads as raw text depends on its version:
 * 2.9 to 2.13 only script and style (anything else inside textarea, xmp
 * or iframe is markup to them); 2.14's HTML5 tokenizer also textarea,
 * xmp, iframe, noembed and noframes.  A body is skipped only where
 * libxml2 would not parse markup in it, so the tree is the same.
 */
#if (LIBXML_VERSION >= 21400)
#define REVIEW_T_SKIP5         REVIEW_T_SKIPBODY
#else
#define REVIEW_T_SKIP5         0
#endif

/*
 * A JSON-LD script's body is read by the builder too, from the page's
 * bytes (made valid UTF-8 as libxml2 would have seen them), where libxml2
 * 2.9 to 2.13 reports exactly those bytes as the script's text (CR
 * kept, no entity decoded: tests/unit/test_doc.c).  2.14's HTML5
 * tokenizer was not checked against it, so there libxml2 still reads it.
 */
#if (LIBXML_VERSION >= 21400)
#define REVIEW_DOC_LD_SKIP     0
#else
#define REVIEW_DOC_LD_SKIP     1
#endif


typedef struct {
    const char              *name;
    review_tag_e             tag;
    unsigned                 flags;
} review_tag_def_t;


/* sorted by name for bsearch */
static const review_tag_def_t  review_tags[] = {
    { "a", REVIEW_TAG_A, REVIEW_T_INLINE },
    { "abbr", REVIEW_TAG_ABBR, REVIEW_T_INLINE },
    { "address", REVIEW_TAG_ADDRESS, 0 },
    { "article", REVIEW_TAG_ARTICLE, 0 },
    { "aside", REVIEW_TAG_ASIDE, 0 },
    { "audio", REVIEW_TAG_AUDIO, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "b", REVIEW_TAG_B, REVIEW_T_INLINE },
    { "base", REVIEW_TAG_BASE, 0 },
    { "blockquote", REVIEW_TAG_BLOCKQUOTE, 0 },
    { "body", REVIEW_TAG_BODY, 0 },
    { "br", REVIEW_TAG_BR, 0 },
    { "button", REVIEW_TAG_BUTTON, REVIEW_T_FORM | REVIEW_T_INLINE },
    { "canvas", REVIEW_TAG_CANVAS, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "caption", REVIEW_TAG_CAPTION, REVIEW_T_CELL | REVIEW_T_INLINE },
    { "center", REVIEW_TAG_CENTER, 0 },
    { "cite", REVIEW_TAG_CITE, REVIEW_T_INLINE },
    { "code", REVIEW_TAG_CODE, REVIEW_T_INLINE },
    { "dd", REVIEW_TAG_DD, REVIEW_T_CELL },
    { "del", REVIEW_TAG_DEL, 0 },
    { "details", REVIEW_TAG_DETAILS, 0 },
    { "dialog", REVIEW_TAG_DIALOG, 0 },
    { "div", REVIEW_TAG_DIV, 0 },
    { "dl", REVIEW_TAG_DL, REVIEW_T_STRUCT },
    { "dt", REVIEW_TAG_DT, REVIEW_T_CELL | REVIEW_T_INLINE },
    { "em", REVIEW_TAG_EM, REVIEW_T_INLINE },
    { "embed", REVIEW_TAG_EMBED, REVIEW_T_UNSAFE },
    { "fieldset", REVIEW_TAG_FIELDSET, REVIEW_T_FORM },
    { "figcaption", REVIEW_TAG_FIGCAPTION, 0 },
    { "figure", REVIEW_TAG_FIGURE, 0 },
    { "font", REVIEW_TAG_FONT, REVIEW_T_INLINE },
    { "footer", REVIEW_TAG_FOOTER, 0 },
    { "form", REVIEW_TAG_FORM, REVIEW_T_FORM },
    { "frame", REVIEW_TAG_FRAME, REVIEW_T_UNSAFE },
    { "frameset", REVIEW_TAG_FRAMESET, REVIEW_T_UNSAFE },
    { "h1", REVIEW_TAG_H1, REVIEW_T_INLINE },
    { "h2", REVIEW_TAG_H2, REVIEW_T_INLINE },
    { "h3", REVIEW_TAG_H3, REVIEW_T_INLINE },
    { "h4", REVIEW_TAG_H4, REVIEW_T_INLINE },
    { "h5", REVIEW_TAG_H5, REVIEW_T_INLINE },
    { "h6", REVIEW_TAG_H6, REVIEW_T_INLINE },
    { "head", REVIEW_TAG_HEAD, REVIEW_T_SKIPTEXT },
    { "header", REVIEW_TAG_HEADER, 0 },
    { "hgroup", REVIEW_TAG_HGROUP, 0 },
    { "hr", REVIEW_TAG_HR, 0 },
    { "html", REVIEW_TAG_HTML, 0 },
    { "i", REVIEW_TAG_I, REVIEW_T_INLINE },
    { "iframe", REVIEW_TAG_IFRAME,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT
      | REVIEW_T_SKIP5 },
    { "img", REVIEW_TAG_IMG, 0 },
    { "input", REVIEW_TAG_INPUT, REVIEW_T_FORM },
    { "ins", REVIEW_TAG_INS, 0 },
    { "kbd", REVIEW_TAG_KBD, REVIEW_T_INLINE },
    { "label", REVIEW_TAG_LABEL, REVIEW_T_INLINE | REVIEW_T_FORM },
    { "legend", REVIEW_TAG_LEGEND, REVIEW_T_INLINE },
    { "li", REVIEW_TAG_LI, REVIEW_T_CELL },
    { "link", REVIEW_TAG_LINK, 0 },
    { "main", REVIEW_TAG_MAIN, 0 },
    { "mark", REVIEW_TAG_MARK, REVIEW_T_INLINE },
    { "math", REVIEW_TAG_MATH, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "menu", REVIEW_TAG_MENU, REVIEW_T_STRUCT },
    { "meta", REVIEW_TAG_META, 0 },
    { "nav", REVIEW_TAG_NAV, 0 },
    { "noembed", REVIEW_TAG_NOEMBED,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT
      | REVIEW_T_SKIP5 },
    { "noframes", REVIEW_TAG_NOFRAMES,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT
      | REVIEW_T_SKIP5 },
    { "noscript", REVIEW_TAG_NOSCRIPT,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT },
    { "object", REVIEW_TAG_OBJECT, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "ol", REVIEW_TAG_OL, REVIEW_T_STRUCT },
    { "optgroup", REVIEW_TAG_OPTGROUP,
      REVIEW_T_UNSAFE | REVIEW_T_FORM | REVIEW_T_SKIPTEXT },
    { "option", REVIEW_TAG_OPTION,
      REVIEW_T_UNSAFE | REVIEW_T_FORM | REVIEW_T_SKIPTEXT },
    { "p", REVIEW_TAG_P, REVIEW_T_INLINE },
    { "picture", REVIEW_TAG_PICTURE, 0 },
    { "plaintext", REVIEW_TAG_PLAINTEXT,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT },
    { "pre", REVIEW_TAG_PRE, REVIEW_T_INLINE },
    { "q", REVIEW_TAG_Q, REVIEW_T_INLINE },
    { "s", REVIEW_TAG_S, REVIEW_T_INLINE },
    { "samp", REVIEW_TAG_SAMP, REVIEW_T_INLINE },
    { "script", REVIEW_TAG_SCRIPT,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT
      | REVIEW_T_SKIPBODY },
    { "section", REVIEW_TAG_SECTION, 0 },
    { "select", REVIEW_TAG_SELECT,
      REVIEW_T_UNSAFE | REVIEW_T_FORM | REVIEW_T_SKIPTEXT },
    { "small", REVIEW_TAG_SMALL, REVIEW_T_INLINE },
    { "source", REVIEW_TAG_SOURCE, 0 },
    { "span", REVIEW_TAG_SPAN, REVIEW_T_INLINE },
    { "strike", REVIEW_TAG_STRIKE, REVIEW_T_INLINE },
    { "strong", REVIEW_TAG_STRONG, REVIEW_T_INLINE },
    { "style", REVIEW_TAG_STYLE,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT
      | REVIEW_T_SKIPBODY },
    { "sub", REVIEW_TAG_SUB, REVIEW_T_INLINE },
    { "summary", REVIEW_TAG_SUMMARY, REVIEW_T_INLINE },
    { "sup", REVIEW_TAG_SUP, REVIEW_T_INLINE },
    { "svg", REVIEW_TAG_SVG, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "table", REVIEW_TAG_TABLE, REVIEW_T_STRUCT },
    { "tbody", REVIEW_TAG_TBODY, REVIEW_T_STRUCT },
    { "td", REVIEW_TAG_TD, REVIEW_T_CELL },
    { "template", REVIEW_TAG_TEMPLATE, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "textarea", REVIEW_TAG_TEXTAREA,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_FORM
      | REVIEW_T_SKIPTEXT | REVIEW_T_SKIP5 },
    { "tfoot", REVIEW_TAG_TFOOT, REVIEW_T_STRUCT },
    { "th", REVIEW_TAG_TH, REVIEW_T_CELL },
    { "thead", REVIEW_TAG_THEAD, REVIEW_T_STRUCT },
    { "time", REVIEW_TAG_TIME, REVIEW_T_INLINE },
    { "title", REVIEW_TAG_TITLE,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT },
    { "tr", REVIEW_TAG_TR, REVIEW_T_STRUCT },
    { "tt", REVIEW_TAG_TT, REVIEW_T_INLINE },
    { "u", REVIEW_TAG_U, REVIEW_T_INLINE },
    { "ul", REVIEW_TAG_UL, REVIEW_T_STRUCT },
    { "var", REVIEW_TAG_VAR, REVIEW_T_INLINE },
    { "video", REVIEW_TAG_VIDEO, REVIEW_T_UNSAFE | REVIEW_T_SKIPTEXT },
    { "wbr", REVIEW_TAG_WBR, 0 },
    { "xmp", REVIEW_TAG_XMP,
      REVIEW_T_UNSAFE | REVIEW_T_RAWTEXT | REVIEW_T_SKIPTEXT
      | REVIEW_T_SKIP5 },
};

#define REVIEW_NTAGS  (sizeof(review_tags) / sizeof(review_tags[0]))


static const char  *review_tag_names[REVIEW_TAG_LAST];
static unsigned     review_tag_flags[REVIEW_TAG_LAST];


static const char  *review_attr_names[REVIEW_ATTR_LAST] = {
    "id", "class", "name", "property", "content", "http-equiv", "charset",
    "rel", "href", "src", "data-src", "srcset", "alt", "title", "type",
    "lang", "datetime", "role", "itemprop", "itemtype", "itemscope",
    "itemid", "typeof", "resource", "about", "value", "aria-label"
};


/*
 * Attribute names are looked up for every attribute of every element:
 * a small open-addressing table instead of a string compare per name.
 * Besides the attributes kept, it knows those that hide an element.
 */

#define REVIEW_ATTR_HIDDEN       (REVIEW_ATTR_LAST + 1)
#define REVIEW_ATTR_ARIA_HIDDEN  (REVIEW_ATTR_LAST + 2)
#define REVIEW_ATTR_STYLE        (REVIEW_ATTR_LAST + 3)

#define REVIEW_ATTR_SLOTS        64

typedef struct {
    const char              *name;
    size_t                   len;
    unsigned                 code;
} review_attr_slot_t;

static review_attr_slot_t  review_attr_table[REVIEW_ATTR_SLOTS];

/* the same for element names */

#define REVIEW_TAG_SLOTS         256

typedef struct {
    const char              *name;
    size_t                   len;
    review_tag_e             tag;
} review_tag_slot_t;

static review_tag_slot_t   review_tag_table[REVIEW_TAG_SLOTS];


/*
 * A skipped body stands in libxml2's input as two spaces: positions up to
 * them are the page's own (less the earlier skips), positions after them
 * are "shift" bytes further in the page.
 */

typedef struct {
    uint32_t                 lib;         /* the stand-in's position in
                                             what libxml2 saw */
    uint32_t                 shift;       /* page bytes skipped so far,
                                             less the stand-ins */
} review_doc_gap_t;


struct review_doc_builder_s {
    htmlParserCtxtPtr        ctxt;
    review_arena_t          *arena;
    review_doc_t            *doc;

    uint32_t                 cur;         /* the open element */
    uint32_t                 last;        /* end of the last real token */
    uint32_t                 skip;        /* open elements whose text is
                                             not prose */
    size_t                   max_nodes;
    size_t                   max_text;

    review_buf_t             title;
    review_buf_t             ldjson;
    review_buf_t             pend;        /* bytes not yet parsed */
    size_t                   rd;          /* parsed up to here in pend */
    size_t                   cand;        /* start tags of skippable
                                             bodies searched up to here */

    uint32_t                 fed;         /* bytes given to libxml2 */
    uint32_t                 raw;         /* the element whose body is
                                             to be skipped, or NONE */
    size_t                   raw_scan;    /* its end searched up to here,
                                             from rd */
    review_doc_gap_t        *gaps;
    uint32_t                 ngaps;
    uint32_t                 gaps_alloc;

    unsigned                 in_title:1;
    unsigned                 title_done:1;
    unsigned                 in_ldjson:1;
    unsigned                 ld_standin:2;  /* stand-in bytes libxml2
                                               is still to report as
                                               JSON-LD text */
    unsigned                 in_script:1;
    unsigned                 escaped:1;   /* script saw "<!--" */
    unsigned                 stopped:1;
    unsigned                 head_template:1;  /* </head> was read inside
                                                  a <template>: looking
                                                  for the real one */
    unsigned                 template_end:1;   /* and its </template> */
    uint32_t                 head_scan;   /* bytes looked at up to here */

    unsigned char            carry[8];    /* script text across chunks */
    size_t                   ncarry;
};


static void review_doc_start(void *data, const xmlChar *name,
    const xmlChar **atts);
static void review_doc_end(void *data, const xmlChar *name);
static void review_doc_characters(void *data, const xmlChar *ch, int len);
static void review_doc_cdata(void *data, const xmlChar *ch, int len);
static void review_doc_comment(void *data, const xmlChar *value);
static void review_doc_subset(void *data, const xmlChar *name,
    const xmlChar *external, const xmlChar *system);
static void review_doc_pi(void *data, const xmlChar *target,
    const xmlChar *value);
static void review_doc_stop(review_doc_builder_t *b, review_status_e limit);
static void review_doc_stop_memory(review_doc_builder_t *b);
static int review_doc_failed(review_doc_builder_t *b);
static void review_doc_script_scan(review_doc_builder_t *b,
    const unsigned char *p, size_t len, uint32_t at);
static void review_doc_head_scan(review_doc_builder_t *b, uint32_t pos);
static void review_doc_parse(review_doc_builder_t *b,
    const unsigned char *p, size_t len, int last);
static void review_attr_table_add(const char *name, unsigned code);
static uint32_t review_attr_hash(const unsigned char *p, size_t len);


static void
review_doc_init_tables(void)
{
    size_t    i, len;
    uint32_t  h;

    if (review_tag_names[REVIEW_TAG_A]) {
        return;
    }

    review_tag_names[REVIEW_TAG_UNKNOWN] = "?";
    review_tag_names[REVIEW_TAG_TEXT] = "#text";
    review_tag_names[REVIEW_TAG_ROOT] = "#root";

    for (i = 0; i < REVIEW_NTAGS; i++) {
        review_tag_names[review_tags[i].tag] = review_tags[i].name;
        review_tag_flags[review_tags[i].tag] = review_tags[i].flags;

        len = strlen(review_tags[i].name);
        h = review_attr_hash((const unsigned char *) review_tags[i].name, len)
            & (REVIEW_TAG_SLOTS - 1);

        while (review_tag_table[h].name) {
            h = (h + 1) & (REVIEW_TAG_SLOTS - 1);
        }

        review_tag_table[h].name = review_tags[i].name;
        review_tag_table[h].len = len;
        review_tag_table[h].tag = review_tags[i].tag;
    }

    for (i = 0; i < REVIEW_ATTR_LAST; i++) {
        review_attr_table_add(review_attr_names[i], i);
    }

    review_attr_table_add("data-lazy-src", REVIEW_ATTR_DATA_SRC);
    review_attr_table_add("data-original", REVIEW_ATTR_DATA_SRC);
    review_attr_table_add("hidden", REVIEW_ATTR_HIDDEN);
    review_attr_table_add("aria-hidden", REVIEW_ATTR_ARIA_HIDDEN);
    review_attr_table_add("style", REVIEW_ATTR_STYLE);
}


const char *
review_tag_name(review_tag_e tag)
{
    review_doc_init_tables();

    return tag < REVIEW_TAG_LAST && review_tag_names[tag]
           ? review_tag_names[tag] : "?";
}


review_tag_e
review_tag_lookup(const unsigned char *name, size_t len)
{
    uint32_t             i;
    review_tag_slot_t   *s;

    review_doc_init_tables();

    for (i = review_attr_hash(name, len) & (REVIEW_TAG_SLOTS - 1); ;
         i = (i + 1) & (REVIEW_TAG_SLOTS - 1))
    {
        s = &review_tag_table[i];

        if (s->name == NULL) {
            return REVIEW_TAG_UNKNOWN;
        }

        if (s->len == len && memcmp(s->name, name, len) == 0) {
            return s->tag;
        }
    }
}


static const htmlSAXHandler  review_doc_sax = {
    review_doc_subset,              /* internalSubset */
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL,                           /* startDocument */
    NULL,                           /* endDocument */
    review_doc_start,               /* startElement */
    review_doc_end,                 /* endElement */
    NULL,                           /* reference */
    review_doc_characters,          /* characters */
    review_doc_characters,          /* ignorableWhitespace */
    review_doc_pi,                  /* processingInstruction */
    review_doc_comment,             /* comment */
    NULL, NULL, NULL,               /* warning, error, fatalError */
    NULL,                           /* getParameterEntity */
    review_doc_cdata,               /* cdataBlock */
    NULL,                           /* externalSubset */
    0,                              /* initialized: SAX1 callbacks */
    NULL, NULL, NULL, NULL
};


review_doc_builder_t *
review_doc_builder_create(review_arena_t *a, size_t max_nodes,
    size_t max_text)
{
    review_node_t         *root;
    review_doc_t          *doc;
    review_doc_builder_t  *b;

    review_doc_init_tables();

    b = review_calloc(a, sizeof(review_doc_builder_t));
    doc = review_calloc(a, sizeof(review_doc_t));
    if (b == NULL || doc == NULL) {
        return NULL;
    }

    b->arena = a;
    b->doc = doc;
    b->max_nodes = max_nodes;
    b->max_text = max_text;
    review_buf_init(&b->title, a);
    review_buf_init(&b->ldjson, a);
    review_buf_init(&b->pend, a);
    review_buf_init(&doc->text, a);

    doc->nalloc = 256;
    doc->nodes = review_alloc(a, doc->nalloc * sizeof(review_node_t));
    if (doc->nodes == NULL) {
        return NULL;
    }

    root = &doc->nodes[0];
    memset(root, 0, sizeof(review_node_t));
    root->parent = REVIEW_NONE;
    root->first = REVIEW_NONE;
    root->last = REVIEW_NONE;
    root->next = REVIEW_NONE;
    root->attr = REVIEW_NONE;
    root->tag = REVIEW_TAG_ROOT;
    root->flags = REVIEW_NODE_START_OK;
    doc->nnodes = 1;

    doc->html = REVIEW_NONE;
    doc->head = REVIEW_NONE;
    doc->body = REVIEW_NONE;
    doc->marker = REVIEW_NONE;
    doc->marker_in = REVIEW_NONE;
    doc->taint = REVIEW_NONE;

    b->cur = 0;
    b->raw = REVIEW_NONE;

    b->ctxt = htmlCreatePushParserCtxt((htmlSAXHandlerPtr) &review_doc_sax,
                                       b, NULL, 0, NULL,
                                       XML_CHAR_ENCODING_UTF8);
    if (b->ctxt == NULL) {
        return NULL;
    }

    /* the charset stage already made it UTF-8: ignore <meta charset> */
    htmlCtxtUseOptions(b->ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET
                                | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                | HTML_PARSE_IGNORE_ENC);

    return b;
}


void
review_doc_builder_destroy(review_doc_builder_t *b)
{
    if (b && b->ctxt) {
        htmlFreeParserCtxt(b->ctxt);
        b->ctxt = NULL;
    }

    if (b) {
        review_buf_free(&b->pend);
    }
}


/*
 * Hands a piece of our copy of the page to libxml2, made valid UTF-8 in
 * place first (review_utf8_sanitize(): same length, so positions hold).
 * Pieces end after a '>', so no character is ever cut between two.
 */

static void
review_doc_parse_page(review_doc_builder_t *b, unsigned char *p, size_t len,
    int last)
{
    size_t  tail;

    review_utf8_sanitize(p, len, 1, &tail);
    review_doc_parse(b, p, len, last);
}


static void
review_doc_parse(review_doc_builder_t *b, const unsigned char *p, size_t len,
    int last)
{
    int  chunk;

    do {
        chunk = len > 1024 * 1024 * 1024 ? 1024 * 1024 * 1024 : (int) len;

        /*
         * A non-zero return is not fatal: HTML5 elements unknown to
         * libxml2 make it 801.  Only our own stop ends the parse.
         */
        (void) htmlParseChunk(b->ctxt, (const char *) p, chunk,
                              last && (size_t) chunk == len);

        p += chunk;
        len -= chunk;

    } while (len && !b->stopped);
}


/*
 * libxml2's push parser does not give the same tree for every way a page
 * may be cut into chunks: 2.9 takes a "</script>" cut in two ("</s" then
 * "cript>") for script text, and malformed tags (a quoted value holding a
 * '<') resume differently.  So the chunks it sees do not depend on how
 * the page arrived: they end at the first '>' after each 16 KB of the
 * stream, and at the first '>' after the start tag of an element whose
 * body may be skipped.  The tree is then the same for one write or a byte
 * at a time.
 *
 * Script and style bodies are most of the bytes of a page and libxml2
 * reads them one character at a time, only for the module to ignore
 * them.  When libxml2 has just opened such an element and holds nothing
 * after its start tag, the body is found with memchr() (where libxml2
 * itself would end it), left out of libxml2's input, and two spaces
 * stand in for it; the positions are mapped back once the parse is
 * done (review_doc_map()).  A JSON-LD body is skipped too, and kept
 * (review_doc_ld_take()).
 */

#define REVIEW_DOC_SEGMENT  16384

/*
 * Two spaces stand in for a body: libxml2 reports a lone character at the
 * end of the page before it consumes it, two as script text after.
 */
#define REVIEW_DOC_STANDIN  2

#define REVIEW_DOC_AGAIN    1            /* the body's end is not here yet */
#define REVIEW_DOC_PARSE    2            /* let libxml2 read the body */


/* the next '<' in pend that starts a skippable element's tag, or NONE */

static size_t
review_doc_next_raw(review_doc_builder_t *b)
{
    size_t                 k;
    unsigned char          name[12];
    review_tag_e           tag;
    const unsigned char   *p, *end, *lt, *q, *gt, *from;

    if (b->cand < b->rd) {
        b->cand = b->rd;
    }

    /* an empty page has no buffer to offset */
    if (b->cand >= b->pend.len) {
        return REVIEW_NONE;
    }

    p = b->pend.data + b->cand;
    end = b->pend.data + b->pend.len;

    while (p < end && (lt = memchr(p, '<', end - p)) != NULL) {

        for (q = lt + 1, k = 0;
             q < end && k < sizeof(name) && review_isalpha(*q);
             q++, k++)
        {
            name[k] = review_tolower(*q);
        }

        if (q == end) {
            /* its name is cut: look again with more bytes */
            b->cand = lt - b->pend.data;
            return REVIEW_NONE;
        }

        if (k && k < sizeof(name)
            && (review_isspace(*q) || *q == '/' || *q == '>'))
        {
            tag = review_tag_lookup(name, k);

            /*
             * Not inside another tag (<a title="<style>">): libxml2 2.9
             * loses track of a quoted value cut in two and then waits
             * for the end of the page.  Parsing stops at a '>' only, so
             * the unparsed bytes start outside any tag.
             */
            gt = memrchr(b->pend.data + b->rd, '>',
                         lt - (b->pend.data + b->rd));
            from = gt ? gt + 1 : b->pend.data + b->rd;

            if ((review_tag_flags[tag] & REVIEW_T_SKIPBODY)
                && memchr(from, '<', lt - from) == NULL)
            {
                b->cand = lt - b->pend.data;
                return b->cand;
            }
        }

        p = lt + 1;
    }

    b->cand = b->pend.len;

    return REVIEW_NONE;
}


/*
 * Where libxml2 ends a raw-text body: 2.9 to 2.13 (with RECOVER) at the
 * first "</name" whatever follows, 2.14 at "</name" followed by white
 * space, '/' or '>', after an HTML5 script's "<!--" only through its
 * escape states, which we leave to libxml2.  The body is not sanitised
 * (libxml2 never sees it): sanitising changes no printable ASCII and
 * turns a control character into a space, so a control character counts
 * as white space here.
 */

static int
review_doc_raw_end(review_doc_builder_t *b, const unsigned char *body,
    size_t avail, const char *name, size_t nlen, int last, size_t *end)
{
    size_t                 need;
    const unsigned char   *p, *lt, *stop;

    stop = body + avail;
    p = body + b->raw_scan;

#if (LIBXML_VERSION >= 21400)
    need = nlen + 3;
#else
    need = nlen + 2;
#endif

    while (p < stop && (lt = memchr(p, '<', stop - p)) != NULL) {

#if (LIBXML_VERSION >= 21400)
        if (b->doc->nodes[b->raw].tag == REVIEW_TAG_SCRIPT
            && (size_t) (stop - lt) >= 2 && lt[1] == '!')
        {
            if ((size_t) (stop - lt) < 4 && !last) {
                b->raw_scan = lt - body;
                return REVIEW_DOC_AGAIN;
            }

            if ((size_t) (stop - lt) >= 4 && lt[2] == '-' && lt[3] == '-') {
                return REVIEW_DOC_PARSE;
            }
        }
#endif

        if ((size_t) (stop - lt) < need) {
            if (!last) {
                b->raw_scan = lt - body;
                return REVIEW_DOC_AGAIN;
            }

            break;
        }

        if (lt[1] == '/' && review_strncasecmp(lt + 2, name, nlen) == 0
#if (LIBXML_VERSION >= 21400)
            && (lt[nlen + 2] <= ' ' || lt[nlen + 2] == '/'
                || lt[nlen + 2] == '>')
#endif
           )
        {
            *end = lt - body;
            return REVIEW_OK;
        }

        p = lt + 1;
    }

    if (!last) {
        b->raw_scan = avail;
        return REVIEW_DOC_AGAIN;
    }

    /* unclosed: the body runs to the end of the page */
    *end = avail;

    return REVIEW_OK;
}


/* keeps b->raw only if libxml2 took everything up to its start tag's '>' */

static void
review_doc_raw_check(review_doc_builder_t *b)
{
    xmlParserInputPtr  in;

    if (b->raw == REVIEW_NONE) {
        return;
    }

    in = b->ctxt->input;

    if (b->cur != b->raw || in->cur != in->end
        || b->doc->nodes[b->raw].inner != b->fed)
    {
        b->raw = REVIEW_NONE;
    }

    b->raw_scan = 0;
}


/*
 * A JSON-LD body found by review_doc_raw_end(): what libxml2 2.9 would
 * report as the script's text is these bytes once sanitised (the body
 * starts after a '>' and ends before a '<', so no character is cut).
 * The two spaces that stand in for it are then not the script's text;
 * what libxml2 reports after them is ("</scriptx>" ends the body here
 * and in libxml2, which reads on as script text after it).
 */

static void
review_doc_ld_take(review_doc_builder_t *b, unsigned char *body, size_t len)
{
    size_t  tail;

    review_utf8_sanitize(body, len, 1, &tail);

    /* as from libxml2: a buffer that failed is not kept (the end tag) */
    if (b->ldjson.len + len <= REVIEW_LDJSON_MAX) {
        (void) review_buf_add(&b->ldjson, body, len);

    } else {
        b->ldjson.failed = 1;
    }

    b->ld_standin = REVIEW_DOC_STANDIN;
}


static int
review_doc_skip(review_doc_builder_t *b, int last)
{
    int                  rc;
    size_t               e, avail;
    const char          *name;
    unsigned char       *body;
    review_doc_gap_t    *g;

    body = b->pend.data + b->rd;
    avail = b->pend.len - b->rd;
    name = review_tag_names[b->doc->nodes[b->raw].tag];

    rc = review_doc_raw_end(b, body, avail, name, strlen(name), last, &e);

    if (rc == REVIEW_DOC_AGAIN) {
        return rc;
    }

    if (rc == REVIEW_DOC_PARSE || e <= REVIEW_DOC_STANDIN) {
        b->raw = REVIEW_NONE;
        return REVIEW_OK;
    }

    if (b->doc->nodes[b->raw].tag == REVIEW_TAG_SCRIPT) {
        /* the stand-in is the body: its end is the body's end */
        b->escaped = 0;
        review_doc_script_scan(b, body, e, b->fed + REVIEW_DOC_STANDIN);

        if (b->in_ldjson) {
            review_doc_ld_take(b, body, e);
        }
    }

    if (b->ngaps == b->gaps_alloc) {
        g = review_realloc(b->arena, b->gaps,
                           b->gaps_alloc * sizeof(review_doc_gap_t),
                           (b->gaps_alloc + 16) * sizeof(review_doc_gap_t));
        if (g == NULL) {
            review_doc_stop_memory(b);
            return REVIEW_ERROR;
        }

        b->gaps = g;
        b->gaps_alloc += 16;
    }

    g = &b->gaps[b->ngaps];
    g->lib = b->fed;
    g->shift = (b->ngaps ? g[-1].shift : 0) + (uint32_t) e
               - REVIEW_DOC_STANDIN;
    b->ngaps++;

    b->raw = REVIEW_NONE;
    b->doc->size += e;
    b->doc->skipped += e;
    b->rd += e;

    review_doc_parse(b, (const unsigned char *) "  ", REVIEW_DOC_STANDIN, 0);
    b->fed += REVIEW_DOC_STANDIN;

    return b->stopped ? REVIEW_ERROR : REVIEW_OK;
}


/*
 * A position in what libxml2 saw, as a position in the page.  *cur is a
 * gap known to start before it (the one of the last position mapped, of
 * this node or the node before): positions mostly arrive in increasing
 * order, so the walk goes on from there a few gaps at most.  A position
 * behind the cursor (libxml2 reporting a place again, hostile nesting) is
 * searched for from the first gap, one far ahead from the cursor on.
 */

#define REVIEW_DOC_MAP_WALK  4

static uint32_t
review_doc_map_find(review_doc_builder_t *b, uint32_t pos, uint32_t *cur)
{
    uint32_t  lo, hi, mid, k;

    /* the last gap whose stand-in starts before pos */
    lo = *cur;

    if (lo >= b->ngaps || b->gaps[lo].lib >= pos) {
        lo = 0;

    } else {
        for (k = 0; k < REVIEW_DOC_MAP_WALK; k++) {
            if (lo + 1 == b->ngaps || b->gaps[lo + 1].lib >= pos) {
                *cur = lo;
                return pos + b->gaps[lo].shift;
            }

            lo++;
        }
    }

    hi = b->ngaps;

    while (hi - lo > 1) {
        mid = lo + (hi - lo) / 2;

        if (b->gaps[mid].lib < pos) {
            lo = mid;

        } else {
            hi = mid;
        }
    }

    *cur = lo;

    return pos + b->gaps[lo].shift;
}


/* most positions: none, before the first gap, or after the cursor's */

static inline uint32_t
review_doc_map_pos(review_doc_builder_t *b, uint32_t pos, uint32_t *cur)
{
    uint32_t  c;

    if (pos == REVIEW_NONE || pos <= b->gaps[0].lib) {
        return pos;
    }

    c = *cur;

    if (c < b->ngaps && b->gaps[c].lib < pos
        && (c + 1 == b->ngaps || b->gaps[c + 1].lib >= pos))
    {
        return pos + b->gaps[c].shift;
    }

    return review_doc_map_find(b, pos, cur);
}


uint32_t
review_doc_builder_map(review_doc_builder_t *b, uint32_t pos, uint32_t *cur)
{
    return b->ngaps ? review_doc_map_pos(b, pos, cur) : pos;
}


static void
review_doc_map(review_doc_builder_t *b)
{
    uint32_t        i, next, c;
    review_doc_t   *doc;
    review_node_t  *n;

    doc = b->doc;

    if (b->ngaps == 0) {
        return;
    }

    /*
     * The nodes come in document order: a start from the last node's,
     * its inner part from its start, its close from there (a few gaps on
     * for most elements, a search in what follows for a large one), its
     * end from its close.
     */
    next = 0;

    for (i = 0; i < doc->nnodes; i++) {
        n = &doc->nodes[i];
        c = next;
        n->start = review_doc_map_pos(b, n->start, &c);
        next = c;
        n->inner = review_doc_map_pos(b, n->inner, &c);
        n->close = review_doc_map_pos(b, n->close, &c);
        n->end = review_doc_map_pos(b, n->end, &c);
    }

    c = 0;
    doc->taint = review_doc_map_pos(b, doc->taint, &c);
    c = 0;
    doc->marker = review_doc_map_pos(b, doc->marker, &c);
}


int
review_doc_builder_feed(review_doc_builder_t *b, const unsigned char *p,
    size_t len, int last)
{
    size_t                 target, seg, c;
    review_buf_t          *pend;
    const unsigned char   *gt;

    if (b->stopped) {
        return review_doc_failed(b);
    }

    pend = &b->pend;

    /* positions are 32-bit */
    if (b->doc->size + pend->len - b->rd + len > (uint32_t) -1 / 2) {
        b->doc->limit = REVIEW_STATUS_LIMIT_SIZE;
        b->stopped = 1;
        return REVIEW_LIMIT;
    }

    /* what was parsed is dropped once it is most of the buffer */
    if (b->rd && b->rd >= pend->len / 2) {
        memmove(pend->data, pend->data + b->rd, pend->len - b->rd);
        pend->len -= b->rd;
        b->cand = b->cand > b->rd ? b->cand - b->rd : 0;
        b->rd = 0;
    }

    if (review_buf_add(pend, p, len) != REVIEW_OK) {
        review_doc_stop_memory(b);
        return review_doc_failed(b);
    }

    for ( ;; ) {
        if (b->raw != REVIEW_NONE
            && review_doc_skip(b, last) != REVIEW_OK)
        {
            if (b->stopped) {
                return review_doc_failed(b);
            }

            /* the body goes on in the next feed */
            break;
        }

        /* the next cut: the first '>' from the next 16 KB mark on */
        target = (b->doc->size / REVIEW_DOC_SEGMENT + 1) * REVIEW_DOC_SEGMENT
                 - b->doc->size;
        seg = 0;

        if (b->rd + target < pend->len) {
            gt = memchr(pend->data + b->rd + target, '>',
                        pend->len - b->rd - target);
            if (gt) {
                seg = gt + 1 - (pend->data + b->rd);
            }
        }

        /* or the first '>' after a skippable element's start */
        c = review_doc_next_raw(b);

        if (c != REVIEW_NONE && (seg == 0 || c - b->rd < seg)) {
            gt = memchr(pend->data + c, '>', pend->len - c);
            if (gt == NULL) {
                break;
            }

            seg = gt + 1 - (pend->data + b->rd);
            b->cand = c + 1;
        }

        if (seg == 0) {
            break;
        }

        review_doc_parse_page(b, pend->data + b->rd, seg, 0);
        b->doc->size += seg;
        b->fed += seg;
        b->rd += seg;

        if (b->stopped) {
            return review_doc_failed(b);
        }

        review_doc_raw_check(b);
    }

    if (last) {
        /* an empty page never had a buffer: no offset on a NULL */
        seg = pend->len - b->rd;
        if (seg) {
            review_doc_parse_page(b, pend->data + b->rd, seg, 1);

        } else {
            review_doc_parse(b, (const unsigned char *) "", 0, 1);
        }

        b->doc->size += seg;
        b->fed += seg;
        b->rd = 0;
        b->cand = 0;
        pend->len = 0;

        if (!b->stopped) {
            review_doc_map(b);
        }
    }

    if (b->stopped) {
        return review_doc_failed(b);
    }

    return REVIEW_OK;
}


review_doc_t *
review_doc_builder_doc(review_doc_builder_t *b)
{
    return b->doc;
}


uint32_t
review_doc_builder_last(review_doc_builder_t *b)
{
    return b->last;
}


static void
review_doc_stop(review_doc_builder_t *b, review_status_e limit)
{
    if (!b->stopped) {
        b->stopped = 1;
        b->doc->limit = limit;
        xmlStopParser(b->ctxt);
    }
}


/* an allocation failed: max_memory, or malloc() itself */

static void
review_doc_stop_memory(review_doc_builder_t *b)
{
    review_doc_stop(b, review_arena_over_limit(b->arena)
                       ? REVIEW_STATUS_LIMIT_MEMORY : REVIEW_STATUS_NONE);
}


static int
review_doc_failed(review_doc_builder_t *b)
{
    return b->doc->limit != REVIEW_STATUS_NONE ? REVIEW_LIMIT : REVIEW_ERROR;
}


/* the parser's position in the UTF-8 it was given */

static uint32_t
review_doc_pos(review_doc_builder_t *b)
{
    xmlParserInputPtr  in;

    in = b->ctxt->input;

    return (uint32_t) (in->consumed + (in->cur - in->base));
}


/* the byte at a position, if the parser still holds it */

static const unsigned char *
review_doc_at(review_doc_builder_t *b, uint32_t pos, size_t need)
{
    xmlParserInputPtr  in;

    in = b->ctxt->input;

    if (pos < in->consumed
        || pos - in->consumed + need > (size_t) (in->end - in->base))
    {
        return NULL;
    }

    return in->base + (pos - in->consumed);
}


static uint32_t
review_doc_new_node(review_doc_builder_t *b)
{
    uint32_t        n;
    review_doc_t   *doc;
    review_node_t  *nodes;

    doc = b->doc;

    if (b->max_nodes && doc->nnodes >= b->max_nodes) {
        review_doc_stop(b, REVIEW_STATUS_LIMIT_NODES);
        return REVIEW_NONE;
    }

    if (doc->nnodes == doc->nalloc) {
        nodes = review_realloc(b->arena, doc->nodes,
                               doc->nalloc * sizeof(review_node_t),
                               doc->nalloc * 2 * sizeof(review_node_t));
        if (nodes == NULL) {
            review_doc_stop_memory(b);
            return REVIEW_NONE;
        }

        doc->nodes = nodes;
        doc->nalloc *= 2;
    }

    n = doc->nnodes++;
    memset(&doc->nodes[n], 0, sizeof(review_node_t));

    doc->nodes[n].first = REVIEW_NONE;
    doc->nodes[n].last = REVIEW_NONE;
    doc->nodes[n].next = REVIEW_NONE;
    doc->nodes[n].attr = REVIEW_NONE;
    doc->nodes[n].start = REVIEW_NONE;
    doc->nodes[n].inner = REVIEW_NONE;
    doc->nodes[n].close = REVIEW_NONE;
    doc->nodes[n].end = REVIEW_NONE;

    return n;
}


static void
review_doc_link(review_doc_t *doc, uint32_t parent, uint32_t n)
{
    review_node_t  *p;

    p = &doc->nodes[parent];

    doc->nodes[n].parent = parent;

    if (p->last == REVIEW_NONE) {
        p->first = n;

    } else {
        doc->nodes[p->last].next = n;
    }

    p->last = n;
}


static int
review_doc_add_attr(review_doc_builder_t *b, review_attr_e name,
    const xmlChar *value)
{
    size_t          len;
    uint32_t        n;
    review_doc_t   *doc;
    review_attr_t  *attrs;

    doc = b->doc;

    if (doc->nattrs == doc->nattrs_alloc) {
        n = doc->nattrs_alloc ? doc->nattrs_alloc * 2 : 256;
        attrs = review_realloc(b->arena, doc->attrs,
                               doc->nattrs_alloc * sizeof(review_attr_t),
                               n * sizeof(review_attr_t));
        if (attrs == NULL) {
            return REVIEW_ERROR;
        }

        doc->attrs = attrs;
        doc->nattrs_alloc = n;
    }

    len = value ? strlen((const char *) value) : 0;
    if (len > REVIEW_ATTR_MAX) {
        len = REVIEW_ATTR_MAX;
    }

    attrs = &doc->attrs[doc->nattrs];
    attrs->name = name;
    attrs->value.len = len;
    attrs->value.data = review_strndup(b->arena, value ? value
                                       : (const xmlChar *) "", len);
    if (attrs->value.data == NULL) {
        return REVIEW_ERROR;
    }

    doc->nattrs++;

    return REVIEW_OK;
}


static uint32_t
review_attr_hash(const unsigned char *p, size_t len)
{
    size_t    i;
    uint32_t  h;

    h = 0;

    for (i = 0; i < len; i++) {
        h = h * 31 + p[i];
    }

    return h;
}


static void
review_attr_table_add(const char *name, unsigned code)
{
    size_t    len;
    uint32_t  i;

    len = strlen(name);
    i = review_attr_hash((const unsigned char *) name, len)
        & (REVIEW_ATTR_SLOTS - 1);

    while (review_attr_table[i].name) {
        i = (i + 1) & (REVIEW_ATTR_SLOTS - 1);
    }

    review_attr_table[i].name = name;
    review_attr_table[i].len = len;
    review_attr_table[i].code = code;
}


static unsigned
review_attr_lookup(const xmlChar *name)
{
    size_t               len;
    uint32_t             i, h;
    review_attr_slot_t  *s;

    h = 0;

    /* review_attr_hash() and the length in one pass */
    for (len = 0; name[len]; len++) {
        h = h * 31 + name[len];
    }

    for (i = h & (REVIEW_ATTR_SLOTS - 1); ;
         i = (i + 1) & (REVIEW_ATTR_SLOTS - 1))
    {
        s = &review_attr_table[i];

        if (s->name == NULL) {
            return REVIEW_ATTR_LAST;
        }

        if (s->len == len && memcmp(s->name, name, len) == 0) {
            return s->code;
        }
    }
}


static int
review_style_hides(const xmlChar *style)
{
    size_t                len;
    unsigned char         buf[256], *d;
    const unsigned char  *p;

    d = buf;
    len = 0;

    for (p = style; *p && len < sizeof(buf) - 1; p++) {
        if (!review_isspace(*p)) {
            *d++ = review_tolower(*p);
            len++;
        }
    }

    return review_memmem(buf, len, "display:none", 12) != NULL
           || review_memmem(buf, len, "visibility:hidden", 17) != NULL;
}


/* is the source at pos "<name" followed by a delimiter? */

static int
review_doc_tag_at(review_doc_builder_t *b, uint32_t pos, const xmlChar *name)
{
    size_t                len;
    const unsigned char  *p;

    len = strlen((const char *) name);

    p = review_doc_at(b, pos, len + 2);
    if (p == NULL || p[0] != '<') {
        return 0;
    }

    if (review_strncasecmp(p + 1, (const char *) name, len) != 0) {
        return 0;
    }

    p += len + 1;

    return review_isspace(*p) || *p == '/' || *p == '>';
}


static void
review_doc_start(void *data, const xmlChar *name, const xmlChar **atts)
{
    review_doc_builder_t *b = data;

    unsigned               tflags;
    uint32_t               n, pos, first;
    review_tag_e           tag;
    review_doc_t          *doc;
    review_node_t         *node, *parent;
    unsigned               an;
    const xmlChar        **a;
    const unsigned char   *p;

    if (b->stopped) {
        return;
    }

    doc = b->doc;

    n = review_doc_new_node(b);
    if (n == REVIEW_NONE) {
        return;
    }

    tag = review_tag_lookup(name, strlen((const char *) name));
    tflags = review_tag_flags[tag];

    node = &doc->nodes[n];
    parent = &doc->nodes[b->cur];

    node->tag = tag;
    node->text = (uint32_t) doc->text.len;
    node->depth = parent->depth < 65535 ? parent->depth + 1 : 65535;
    node->flags = parent->flags & (REVIEW_NODE_HIDDEN | REVIEW_NODE_UNSAFE
                                   | REVIEW_NODE_INLINE | REVIEW_NODE_IN_LINK
                                   | REVIEW_NODE_IN_TABLE
                                   | REVIEW_NODE_IN_HEAD
                                   | REVIEW_NODE_IN_FORM);

    if (tflags & REVIEW_T_UNSAFE) {
        node->flags |= REVIEW_NODE_UNSAFE;
    }

    if (tflags & REVIEW_T_INLINE) {
        node->flags |= REVIEW_NODE_INLINE;
    }

    if (tflags & REVIEW_T_STRUCT) {
        node->flags |= REVIEW_NODE_IN_TABLE;
    }

    if (tflags & REVIEW_T_CELL) {
        node->flags &= ~REVIEW_NODE_IN_TABLE;
    }

    if (tflags & REVIEW_T_FORM) {
        node->flags |= REVIEW_NODE_IN_FORM;
    }

    if (tag == REVIEW_TAG_A) {
        node->flags |= REVIEW_NODE_IN_LINK;
    }

    if (tag == REVIEW_TAG_HEAD) {
        node->flags |= REVIEW_NODE_IN_HEAD;
    }

    /*
     * Only html, head, body and p are ever implied by libxml2; for them
     * the source must show the tag at the end of the last token.
     */
    pos = review_doc_pos(b);

    if ((tag == REVIEW_TAG_HTML || tag == REVIEW_TAG_HEAD
         || tag == REVIEW_TAG_BODY || tag == REVIEW_TAG_P)
        && !review_doc_tag_at(b, b->last, name))
    {
        node->flags |= REVIEW_NODE_IMPLIED | REVIEW_NODE_START_OK;
        node->start = b->last;
        node->inner = b->last;

    } else {
        if (review_doc_tag_at(b, b->last, name)) {
            node->start = b->last;
        }

        p = review_doc_at(b, pos, 1);

        if (p && p[0] == '>') {
            node->inner = pos + 1;

        } else if (p && p[0] == '/') {
            p = review_doc_at(b, pos, 2);
            if (p && p[1] == '>') {
                node->inner = pos + 2;
            }
        }

        if (node->inner != REVIEW_NONE) {
            node->flags |= REVIEW_NODE_START_OK;
            b->last = node->inner;
        }
    }

    if (b->head_template && node->start != REVIEW_NONE) {
        review_doc_head_scan(b, node->start);
    }

    review_doc_link(doc, b->cur, n);
    b->cur = n;

    if (tag == REVIEW_TAG_HTML && doc->html == REVIEW_NONE) {
        doc->html = n;

    } else if (tag == REVIEW_TAG_HEAD && doc->head == REVIEW_NONE) {
        doc->head = n;

    } else if (tag == REVIEW_TAG_BODY && doc->body == REVIEW_NONE) {
        doc->body = n;
    }

    if (tag == REVIEW_TAG_PLAINTEXT && doc->taint == REVIEW_NONE) {
        doc->taint = node->start != REVIEW_NONE ? node->start : pos;
    }

    if (tflags & REVIEW_T_SKIPTEXT) {
        b->skip++;
    }

    /* attributes */
    first = doc->nattrs;

    for (a = atts; a && a[0]; a += 2) {

        an = review_attr_lookup(a[0]);

        if (an < REVIEW_ATTR_LAST) {
            /* kept */

        } else if (an == REVIEW_ATTR_HIDDEN
                   || (an == REVIEW_ATTR_ARIA_HIDDEN && a[1]
                       && strcmp((const char *) a[1], "true") == 0)
                   || (an == REVIEW_ATTR_STYLE && a[1]
                       && review_style_hides(a[1])))
        {
            node->flags |= REVIEW_NODE_HIDDEN;
            continue;

        } else {
            continue;
        }

        if (review_doc_add_attr(b, (review_attr_e) an, a[1]) != REVIEW_OK) {
            review_doc_stop_memory(b);
            return;
        }
    }

    if (doc->nattrs > first) {
        node->attr = first;
        node->nattrs = (uint16_t) (doc->nattrs - first > 65535
                                   ? 65535 : doc->nattrs - first);
    }

    switch (tag) {

    case REVIEW_TAG_HTML:
        if (doc->lang.len == 0) {
            const review_str_t  *lang;

            lang = review_doc_attr(doc, node, REVIEW_ATTR_LANG);
            if (lang) {
                doc->lang = *lang;
            }
        }
        break;

    case REVIEW_TAG_TITLE:
        /* the page's title, not an SVG's */
        if (!b->title_done && (parent->flags & REVIEW_NODE_UNSAFE) == 0) {
            b->in_title = 1;
        }
        break;

    case REVIEW_TAG_META:
    case REVIEW_TAG_LINK:
        if (doc->nmetas == doc->metas_alloc) {
            uint32_t   na, *m;

            na = doc->metas_alloc ? doc->metas_alloc * 2 : 64;
            m = review_realloc(b->arena, doc->metas,
                               doc->metas_alloc * sizeof(uint32_t),
                               na * sizeof(uint32_t));
            if (m == NULL) {
                review_doc_stop(b, REVIEW_STATUS_NONE);
                return;
            }

            doc->metas = m;
            doc->metas_alloc = na;
        }

        doc->metas[doc->nmetas++] = n;
        break;

    case REVIEW_TAG_SCRIPT:
        {
            const review_str_t  *type;

            b->in_script = 1;
            b->escaped = 0;
            b->ncarry = 0;

            type = review_doc_attr(doc, node, REVIEW_ATTR_TYPE);
            if (type && review_str_starts_ci(type, "application/ld+json")) {
                b->in_ldjson = 1;
                b->ld_standin = 0;
                b->ldjson.len = 0;
            }
        }
        break;

    default:
        break;
    }

    /*
     * raw text may be skipped (see the feed); JSON-LD is then read from
     * the bytes
     */
    if ((tflags & REVIEW_T_SKIPBODY)
        && (REVIEW_DOC_LD_SKIP || !b->in_ldjson))
    {
        b->raw = n;
    }
}


/* does the source just before pos read "</name>"? */

static uint32_t
review_doc_end_tag_at(review_doc_builder_t *b, uint32_t pos,
    const xmlChar *name)
{
    size_t                len;
    uint32_t              k;
    const unsigned char  *p;

    len = strlen((const char *) name);

    if (pos < len + 3) {
        return REVIEW_NONE;
    }

    p = review_doc_at(b, pos - 1, 1);
    if (p == NULL || *p != '>') {
        return REVIEW_NONE;
    }

    k = pos - 1;

    for ( ;; ) {
        if (k == 0) {
            return REVIEW_NONE;
        }

        p = review_doc_at(b, k - 1, 1);
        if (p == NULL) {
            return REVIEW_NONE;
        }

        if (!review_isspace(*p)) {
            break;
        }

        k--;
    }

    if (k < len + 2) {
        return REVIEW_NONE;
    }

    k -= len + 2;

    p = review_doc_at(b, k, len + 2);
    if (p == NULL || p[0] != '<' || p[1] != '/'
        || review_strncasecmp(p + 2, (const char *) name, len) != 0)
    {
        return REVIEW_NONE;
    }

    return k;
}


/* the bytes from b->head_scan to pos: "</template>", then "</head>" */

static void
review_doc_head_scan(review_doc_builder_t *b, uint32_t pos)
{
    uint32_t              i, k;
    review_node_t        *head;
    const unsigned char  *p;

    if (pos <= b->head_scan) {
        return;
    }

    p = review_doc_at(b, b->head_scan, pos - b->head_scan);

    if (p == NULL || b->doc->head == REVIEW_NONE) {
        b->head_template = 0;         /* gone: the head stays unsafe */
        return;
    }

    head = &b->doc->nodes[b->doc->head];

    for (i = 0; i < pos - b->head_scan; i++) {
        if (p[i] != '<' || i + 1 >= pos - b->head_scan || p[i + 1] != '/') {
            continue;
        }

        if (!b->template_end) {
            b->template_end = i + 11 <= pos - b->head_scan
                              && review_strncasecmp(p + i + 2, "template",
                                                    8) == 0
                              && !review_isalnum(p[i + 10]);
            continue;
        }

        if (i + 6 > pos - b->head_scan
            || review_strncasecmp(p + i + 2, "head", 4) != 0)
        {
            continue;
        }

        for (k = i + 6; k < pos - b->head_scan && review_isspace(p[k]); k++)
        {
            /* void */
        }

        if (k < pos - b->head_scan && p[k] == '>') {
            head->close = b->head_scan + i;
            head->end = b->head_scan + k + 1;
            head->flags &= ~REVIEW_NODE_UNSAFE;
            b->head_template = 0;
            return;
        }
    }

    b->head_scan = pos;
}


static void
review_doc_end(void *data, const xmlChar *name)
{
    review_doc_builder_t *b = data;

    uint32_t        n, pos, close;
    review_doc_t   *doc;
    review_node_t  *node, *parent;

    if (b->stopped) {
        return;
    }

    doc = b->doc;
    n = b->cur;

    if (n == 0) {
        return;
    }

    node = &doc->nodes[n];
    pos = review_doc_pos(b);

    if (n == b->raw) {
        b->raw = REVIEW_NONE;
    }

    close = review_doc_end_tag_at(b, pos, name);

    if (close != REVIEW_NONE && close >= b->last) {
        node->close = close;
        node->end = pos;
        node->flags |= REVIEW_NODE_END_TAG;
        b->last = pos;

    } else {
        node->close = b->last;
        node->end = b->last;

        /* a browser would still be reading this element's raw text */
        if ((review_tag_flags[node->tag] & REVIEW_T_RAWTEXT)
            && doc->taint == REVIEW_NONE)
        {
            doc->taint = b->last;
        }
    }

    node->flags |= REVIEW_NODE_CLOSED;
    node->text_len = (uint32_t) doc->text.len - node->text;

    /*
     * "<template></head></template>": libxml2 ends the head there, a
     * browser does not (a template takes all but its own end tag).  The
     * head's end is the real "</head>" after "</template>", if the bytes
     * show it before the next element.
     */
    if (node->tag == REVIEW_TAG_HEAD && node->last != REVIEW_NONE
        && doc->nodes[node->last].tag == REVIEW_TAG_TEMPLATE
        && !(doc->nodes[node->last].flags & REVIEW_NODE_END_TAG))
    {
        node->flags |= REVIEW_NODE_UNSAFE;
        b->head_template = 1;
        b->template_end = 0;
        b->head_scan = node->end;
    }

    parent = &doc->nodes[node->parent];

    if (node->tag == REVIEW_TAG_A) {
        parent->link_len += node->text_len;

    } else {
        parent->link_len += node->link_len;
    }

    if (review_tag_flags[node->tag] & REVIEW_T_SKIPTEXT) {
        b->skip--;
    }

    switch (node->tag) {

    case REVIEW_TAG_TITLE:
        if (b->in_title) {
            b->in_title = 0;
            b->title_done = 1;

            if (b->title.len
                && review_str_collapse(b->arena, b->title.data,
                                       b->title.len, &doc->title)
                   != REVIEW_OK)
            {
                review_doc_stop(b, REVIEW_STATUS_NONE);
            }
        }
        break;

    case REVIEW_TAG_SCRIPT:
        b->in_script = 0;

        if (b->in_ldjson) {
            review_str_t  *l;

            b->in_ldjson = 0;

            if (b->ldjson.failed || b->ldjson.len == 0) {
                break;
            }

            l = review_realloc(b->arena, doc->ldjson,
                               doc->nldjson * sizeof(review_str_t),
                               (doc->nldjson + 1) * sizeof(review_str_t));
            if (l == NULL) {
                review_doc_stop(b, REVIEW_STATUS_NONE);
                break;
            }

            doc->ldjson = l;
            l[doc->nldjson].data = review_strndup(b->arena, b->ldjson.data,
                                                  b->ldjson.len);
            l[doc->nldjson].len = b->ldjson.len;

            if (l[doc->nldjson].data == NULL) {
                review_doc_stop(b, REVIEW_STATUS_NONE);
                break;
            }

            doc->nldjson++;
        }
        break;

    default:
        break;
    }

    b->cur = node->parent;
}


static void
review_doc_characters(void *data, const xmlChar *ch, int len)
{
    review_doc_builder_t *b = data;

    int             blank;
    uint32_t        n;
    review_doc_t   *doc;
    review_node_t  *node, *parent;
    const xmlChar  *p;

    if (b->stopped) {
        return;
    }

    doc = b->doc;
    b->last = review_doc_pos(b);

    if (b->in_title) {
        if (b->title.len + len <= REVIEW_TITLE_MAX) {
            review_buf_add(&b->title, ch, len);
        }

        return;
    }

    if (b->skip || len <= 0) {
        return;
    }

    parent = &doc->nodes[b->cur];

    if (parent->flags & REVIEW_NODE_IN_HEAD) {
        return;
    }

    blank = 1;
    for (p = ch; p < ch + len; p++) {
        if (!review_isspace(*p)) {
            blank = 0;
            break;
        }
    }

    if (b->max_text && doc->text.len + len > b->max_text) {
        review_doc_stop(b, REVIEW_STATUS_LIMIT_TEXT);
        return;
    }

    /* text right after text extends it: entities come in pieces */
    n = parent->last;

    if (n == REVIEW_NONE || n != doc->nnodes - 1
        || doc->nodes[n].tag != REVIEW_TAG_TEXT)
    {
        n = review_doc_new_node(b);
        if (n == REVIEW_NONE) {
            return;
        }

        /* the node array may have moved */
        parent = &doc->nodes[b->cur];
        node = &doc->nodes[n];
        node->tag = REVIEW_TAG_TEXT;
        node->text = (uint32_t) doc->text.len;
        node->flags = parent->flags & ~REVIEW_NODE_IMPLIED;
        node->depth = parent->depth < 65535 ? parent->depth + 1 : 65535;
        review_doc_link(doc, b->cur, n);

    } else {
        node = &doc->nodes[n];

        if (blank && node->text_len
            && review_isspace(doc->text.data[doc->text.len - 1]))
        {
            return;
        }
    }

    if (blank) {
        ch = (const xmlChar *) " ";
        len = 1;
    }

    if (review_buf_add(&doc->text, ch, len) != REVIEW_OK) {
        review_doc_stop_memory(b);
        return;
    }

    node->text_len += len;
}


/*
 * Browsers keep reading a script after "</script>" when it said "<!--"
 * and then "<script": libxml2 does not.  Positions past such a script
 * are not to be trusted.
 */

static void
review_doc_script_scan(review_doc_builder_t *b, const unsigned char *p,
    size_t len, uint32_t at)
{
    const unsigned char  *end, *lt;

    end = p + len;

    for ( ;; ) {
        lt = memchr(p, '<', end - p);
        if (lt == NULL) {
            break;
        }

        if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
            b->escaped = 1;

        } else if (b->escaped && end - lt >= 7
                   && review_strncasecmp(lt + 1, "script", 6) == 0)
        {
            if (b->doc->taint == REVIEW_NONE) {
                b->doc->taint = at;
            }

            return;
        }

        p = lt + 1;
    }
}


static void
review_doc_cdata(void *data, const xmlChar *ch, int len)
{
    review_doc_builder_t *b = data;

    size_t         n;
    unsigned char  joint[16];

    if (b->stopped) {
        return;
    }

    b->last = review_doc_pos(b);

    if (b->in_ldjson && len > 0) {
        n = (size_t) len < b->ld_standin ? (size_t) len : b->ld_standin;
        b->ld_standin -= n;

        if (b->ldjson.len + len - n <= REVIEW_LDJSON_MAX) {
            review_buf_add(&b->ldjson, ch + n, len - n);

        } else {
            b->ldjson.failed = 1;
        }
    }

    if (!b->in_script || len <= 0) {
        return;
    }

    /* a "<!--" or "<script" cut between two blocks */
    if (b->ncarry) {
        n = len < 8 ? (size_t) len : 8;
        memcpy(joint, b->carry, b->ncarry);
        memcpy(joint + b->ncarry, ch, n);
        review_doc_script_scan(b, joint, b->ncarry + n, b->last);
    }

    review_doc_script_scan(b, ch, len, b->last);

    n = len < 7 ? (size_t) len : 7;
    memcpy(b->carry, ch + len - n, n);
    b->ncarry = n;
}


static void
review_doc_comment(void *data, const xmlChar *value)
{
    review_doc_builder_t *b = data;

    review_str_t    v;
    review_node_t  *cur;

    if (b->stopped) {
        return;
    }

    b->last = review_doc_pos(b);

    if (b->doc->marker != REVIEW_NONE) {
        return;
    }

    v.data = value;
    v.len = strlen((const char *) value);
    review_str_trim(&v);

    if (!review_str_eq_ci(&v, "review-card")) {
        return;
    }

    cur = &b->doc->nodes[b->cur];

    /* the comment really ends here, and a browser sees it as markup */
    if (review_doc_at(b, b->last - 3, 3) == NULL
        || memcmp(review_doc_at(b, b->last - 3, 3), "-->", 3) != 0
        || (cur->flags & REVIEW_NODE_UNSAFE))
    {
        return;
    }

    b->doc->marker = b->last;
    b->doc->marker_in = b->cur;
}


static void
review_doc_subset(void *data, const xmlChar *name, const xmlChar *external,
    const xmlChar *system)
{
    review_doc_builder_t *b = data;

    if (!b->stopped) {
        b->last = review_doc_pos(b);
    }
}


static void
review_doc_pi(void *data, const xmlChar *target, const xmlChar *value)
{
    review_doc_builder_t *b = data;

    if (!b->stopped) {
        b->last = review_doc_pos(b);
    }
}


const review_str_t *
review_doc_attr(const review_doc_t *doc, const review_node_t *n,
    review_attr_e name)
{
    uint32_t  i;

    if (n->attr == REVIEW_NONE) {
        return NULL;
    }

    for (i = n->attr; i < n->attr + n->nattrs; i++) {
        if (doc->attrs[i].name == name) {
            return &doc->attrs[i].value;
        }
    }

    return NULL;
}


int
review_doc_has_class(const review_doc_t *doc, const review_node_t *n,
    const char *word)
{
    const review_str_t  *s;

    s = review_doc_attr(doc, n, REVIEW_ATTR_CLASS);
    if (s && review_str_word_in(s, word)) {
        return 1;
    }

    s = review_doc_attr(doc, n, REVIEW_ATTR_ID);

    return s && review_str_word_in(s, word);
}

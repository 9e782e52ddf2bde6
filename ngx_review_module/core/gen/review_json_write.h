
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_JSON_WRITE_H_INCLUDED_
#define _REVIEW_JSON_WRITE_H_INCLUDED_


/*
 * Writing what goes into a page: JSON strings and HTML text, escaped so
 * that nothing from the page can leave its string or element, and pure
 * ASCII so that it is right whatever the page's charset.
 */


#include "review_core.h"


/* "..." with \uXXXX for <, >, &, ', controls and all non-ASCII */
int review_json_string(review_buf_t *b, const unsigned char *s, size_t len);

/* the same, cut on a word boundary with an ellipsis past max bytes */
int review_json_string_cut(review_buf_t *b, const unsigned char *s,
    size_t len, size_t max);

/* HTML text or a quoted attribute value: &<>"' as entities, non-ASCII
   as &#x...;, controls dropped */
int review_html_escape(review_buf_t *b, const unsigned char *s, size_t len);

/* where to cut s to at most max bytes on a word boundary */
size_t review_cut_words(const unsigned char *s, size_t len, size_t max);


/* a small writer of nested objects and arrays */

#define REVIEW_JW_DEPTH  16

typedef struct {
    review_buf_t          *b;
    unsigned               depth;
    unsigned char          first[REVIEW_JW_DEPTH];
} review_jw_t;


void review_jw_init(review_jw_t *w, review_buf_t *b);
void review_jw_open(review_jw_t *w, const char *key, unsigned char c);
void review_jw_close(review_jw_t *w, unsigned char c);

/* each is left out when the value is empty */
void review_jw_str(review_jw_t *w, const char *key, const review_str_t *v);
void review_jw_cut(review_jw_t *w, const char *key, const review_str_t *v,
    size_t max);

/* trusted ASCII: a type name, an @id built by us */
void review_jw_ascii(review_jw_t *w, const char *key, const char *v);
void review_jw_uint(review_jw_t *w, const char *key, unsigned long v);
void review_jw_number(review_jw_t *w, const char *key, double v);

/* {"@id": base + suffix} */
void review_jw_ref(review_jw_t *w, const char *key, const review_str_t *base,
    const char *suffix);
void review_jw_id(review_jw_t *w, const review_str_t *base,
    const char *suffix);


#endif /* _REVIEW_JSON_WRITE_H_INCLUDED_ */

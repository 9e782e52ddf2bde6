
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_JSON_READ_H_INCLUDED_
#define _REVIEW_JSON_READ_H_INCLUDED_


/*
 * A small JSON reader for the page's own JSON-LD: values in one array,
 * children linked by index, strings unescaped to UTF-8.  Bounded: a
 * document deeper than REVIEW_JSON_DEPTH or with more than max values is
 * refused, and nothing recurses on the input.
 */


#include "review_core.h"


#define REVIEW_JSON_DEPTH  64


typedef enum {
    REVIEW_JSON_NULL = 0,
    REVIEW_JSON_BOOL,
    REVIEW_JSON_NUMBER,
    REVIEW_JSON_STRING,
    REVIEW_JSON_ARRAY,
    REVIEW_JSON_OBJECT
} review_json_type_e;


typedef struct {
    review_json_type_e       type;
    review_str_t             key;         /* in an object: its key */
    review_str_t             str;         /* strings; numbers as written */
    double                   num;
    uint32_t                 first;       /* arrays, objects: first child */
    uint32_t                 next;        /* next sibling */
    uint32_t                 parent;
} review_json_t;


typedef struct {
    review_json_t           *v;
    uint32_t                 n;
} review_json_doc_t;


#define REVIEW_JSON_NONE  ((uint32_t) -1)


int review_json_parse(review_arena_t *a, const unsigned char *p, size_t len,
    uint32_t max, review_json_doc_t *doc);

/* a member of an object, or NONE */
uint32_t review_json_get(const review_json_doc_t *doc, uint32_t obj,
    const char *key);

/* a string value; for an array, its first string; else empty */
review_str_t review_json_get_str(const review_json_doc_t *doc, uint32_t v);


#endif /* _REVIEW_JSON_READ_H_INCLUDED_ */

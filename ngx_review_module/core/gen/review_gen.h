
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_GEN_H_INCLUDED_
#define _REVIEW_GEN_H_INCLUDED_


/*
 * Generators: from the facts to the bytes we insert.  Each returns a whole
 * fragment, ready to splice into the page: pure ASCII (so it is valid in
 * any ASCII-compatible charset of the page), with nothing from the page
 * able to leave its JSON string or its HTML element.
 */


#include "review.h"


/* <script type="application/ld+json">...</script> */
int review_jsonld_build(review_arena_t *a, const review_facts_t *f,
    const review_conf_t *conf, review_str_t *out);

/* the excerpt card: <aside> with its scoped <style>, or the template's */
int review_card_build(review_arena_t *a, const review_facts_t *f,
    const review_conf_t *conf, review_str_t *out);

/* the social <meta> tags the page lacks; an empty out when none */
int review_social_build(review_arena_t *a, const review_facts_t *f,
    const review_conf_t *conf, review_str_t *out);


#endif /* _REVIEW_GEN_H_INCLUDED_ */

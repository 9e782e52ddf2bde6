
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _NGX_HTTP_REVIEW_MODULE_H_INCLUDED_
#define _NGX_HTTP_REVIEW_MODULE_H_INCLUDED_


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "review.h"
#include "ngx_http_review_cache.h"


/*
 * The glue, one way down (each file calls only the ones below it):
 *
 *   ngx_http_review_filter_module.c   the module: directives, configuration,
 *                                     the filters' place in the chains,
 *                                     process exit
 *   ngx_http_review_variables.c       $review_* for log_format
 *   ngx_http_review_filter.c          header and body filters, the buffered
 *                                     path: read, look up, analyse, send
 *   ngx_http_review_stream.c          review_buffering off
 *   ngx_http_review_output.c          the next filters, chains, our copy of
 *                                     the page, the core's lifetime, the
 *                                     page sent unchanged
 *   ngx_http_review_cache.c           the shared cache
 */


typedef struct {
    ngx_http_complex_value_t  *enable;

    ngx_hash_t                 types;
    ngx_array_t               *types_keys;

    size_t                     max_size;
    size_t                     max_text;
    size_t                     max_memory;
    ngx_int_t                  max_nodes;
    ngx_int_t                  max_sentences;

    ngx_flag_t                 jsonld;
    ngx_flag_t                 last_modified;
    ngx_flag_t                 card;
    ngx_flag_t                 card_style;
    ngx_flag_t                 social_meta;
    ngx_flag_t                 force;
    ngx_flag_t                 buffering;
    ngx_flag_t                 upstream_identity;

    ngx_uint_t                 card_position;
    ngx_uint_t                 body;
    ngx_uint_t                 existing;
    ngx_int_t                  min_confidence;
    ngx_int_t                  min_words;

    ngx_str_t                  publisher_name;
    ngx_str_t                  publisher_url;
    ngx_str_t                  publisher_logo;
    ngx_str_t                  author_fallback;

    ngx_shm_zone_t            *cache;

    ngx_str_t                  content_selector;   /* as written */
    ngx_str_t                  title_selector;
    ngx_str_t                  card_template;      /* the file's text */
    review_selector_t         *content_sel;
    review_selector_t         *title_sel;
    review_template_t         *template;

    review_conf_t              core;
    uint64_t                   core_hash;   /* of everything in core */
} ngx_http_review_loc_conf_t;


typedef enum {
    NGX_HTTP_REVIEW_BUFFER = 0,      /* holding the header, reading */
    NGX_HTTP_REVIEW_PASS,            /* sending the page as it is */
    NGX_HTTP_REVIEW_DONE,            /* the transformed page is sent */
    NGX_HTTP_REVIEW_STREAM           /* sending as it comes, but for a
                                        tail that may take an insert */
} ngx_http_review_state_e;


typedef struct {
    review_t                  *core;
    ngx_http_review_state_e    state;
    review_input_t             input;

    ngx_chain_t               *bufs;        /* the page, in our buffers */
    ngx_chain_t              **last_buf;
    off_t                      size;

    /* what of our copy went out: "sent" bytes, up to send_pos */
    off_t                      sent;
    ngx_chain_t               *send_cl;
    u_char                    *send_pos;

    ngx_shm_zone_t            *cache;
    ngx_http_review_hash_t     hash;

    /* a static file's identity: its own key (ngx_http_review_cache.c) */
    ngx_file_t                *file;
    off_t                      file_size;
    uint64_t                   fk1;
    uint64_t                   fk2;
    unsigned                   file_key:1;      /* fk1, fk2 usable */
    unsigned                   file_tried:1;    /* identified once */
    unsigned                   file_looked:1;   /* and missed */
    unsigned                   sendfile:1;      /* the connection's own */
    unsigned                   sendfile_set:1;  /* ours until the body */

    review_status_e            status;      /* $review_status */
    const char                *cache_status;    /* $review_cache */
    ngx_str_t                  item;
    ngx_str_t                  rating;
    ngx_str_t                  quote;
    ngx_str_t                  language;    /* $review_language */
    uint64_t                   usec;        /* $review_time */
} ngx_http_review_ctx_t;


extern ngx_module_t  ngx_http_review_filter_module;


/* ngx_http_review_variables.c */

ngx_int_t ngx_http_review_add_variables(ngx_conf_t *cf);


/* ngx_http_review_filter.c */

ngx_int_t ngx_http_review_identity_handler(ngx_http_request_t *r);
ngx_int_t ngx_http_review_header_filter(ngx_http_request_t *r);
ngx_int_t ngx_http_review_body_filter(ngx_http_request_t *r,
    ngx_chain_t *in);


/* ngx_http_review_stream.c */

ngx_int_t ngx_http_review_stream_start(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf);
ngx_int_t ngx_http_review_stream_body(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf,
    ngx_chain_t *in);


/* ngx_http_review_output.c */

void ngx_http_review_output_init(void);
ngx_int_t ngx_http_review_next_header(ngx_http_request_t *r);
ngx_int_t ngx_http_review_next_body(ngx_http_request_t *r, ngx_chain_t *in);

void ngx_http_review_changed(ngx_http_request_t *r,
    ngx_http_review_loc_conf_t *conf, off_t length);
ngx_int_t ngx_http_review_guard(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx);
uint64_t ngx_http_review_usec(void);

ngx_int_t ngx_http_review_read(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf,
    ngx_chain_t *in, ngx_uint_t *whole);
ngx_int_t ngx_http_review_core_create(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf);
void ngx_http_review_log_failure(ngx_http_request_t *r, int rc,
    ngx_http_review_ctx_t *ctx);
void ngx_http_review_rating(ngx_http_request_t *r, const review_facts_t *f,
    ngx_str_t *s);
void ngx_http_review_done_core(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx);

ngx_int_t ngx_http_review_special(ngx_http_request_t *r, ngx_chain_t ***ll,
    ngx_uint_t flags);
ngx_int_t ngx_http_review_copy(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, off_t upto, ngx_chain_t ***ll);
ngx_int_t ngx_http_review_splice(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, const review_insert_t *ins, size_t n,
    ngx_chain_t **out);
ngx_int_t ngx_http_review_splice_file(ngx_http_request_t *r,
    ngx_buf_t *src, const review_insert_t *ins, size_t n, ngx_chain_t **out);
ngx_int_t ngx_http_review_unchanged(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_chain_t *rest, ngx_uint_t last);


#endif /* _NGX_HTTP_REVIEW_MODULE_H_INCLUDED_ */

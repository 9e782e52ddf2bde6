
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _NGX_HTTP_REVIEW_CACHE_H_INCLUDED_
#define _NGX_HTTP_REVIEW_CACHE_H_INCLUDED_


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "review.h"


/*
 * A keyed 128-bit hash, fed as the body arrives.  The key is a random
 * secret of the cache zone, so pages cannot be made to collide on purpose;
 * a hit is also checked against the bytes around each insert.
 */
typedef struct {
    uint64_t                   a;
    uint64_t                   b;
    uint64_t                   len;
    u_char                     tail[16];
    size_t                     ntail;
} ngx_http_review_hash_t;


/* what a lookup gives back, in r->pool */
typedef struct {
    ngx_str_t                  status;
    ngx_str_t                  item;
    ngx_str_t                  rating;
    ngx_str_t                  quote;
    ngx_str_t                  language;
    review_insert_t           *inserts;
    size_t                     ninserts;
} ngx_http_review_cached_t;


void ngx_http_review_hash_init(ngx_http_review_hash_t *h,
    ngx_shm_zone_t *zone, uint64_t salt);
void ngx_http_review_hash_update(ngx_http_review_hash_t *h, u_char *p,
    size_t len);
void ngx_http_review_hash_final(ngx_http_review_hash_t *h, uint64_t *k1,
    uint64_t *k2);
uint64_t ngx_http_review_hash_bytes(uint64_t seed, u_char *p, size_t len);
ngx_int_t ngx_http_review_file_key(ngx_http_review_hash_t *salted,
    ngx_fd_t fd, off_t *size, uint64_t *k1, uint64_t *k2);

/* NGX_OK with *res filled, NGX_DECLINED on a miss; page NULL: not read */
ngx_int_t ngx_http_review_cache_get(ngx_http_request_t *r,
    ngx_shm_zone_t *zone, uint64_t k1, uint64_t k2, off_t length,
    ngx_chain_t *page, ngx_http_review_cached_t *res);

void ngx_http_review_cache_put(ngx_http_request_t *r, ngx_shm_zone_t *zone,
    uint64_t k1, uint64_t k2, off_t length, ngx_chain_t *page,
    ngx_http_review_cached_t *res);

char *ngx_http_review_cache_zone(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_review_cache(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);


#endif /* _NGX_HTTP_REVIEW_CACHE_H_INCLUDED_ */


/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "ngx_http_review_module.h"
#include "ngx_http_review_cache.h"


/*
 * A shared cache of what to insert where, keyed by a hash of the page
 * and of everything else the result depends on: identical pages skip the
 * analysis.  A red-black tree for lookups, a queue for least-recent
 * eviction, in a slab pool like nginx's own zones; it survives reloads.
 */


#define NGX_HTTP_REVIEW_AROUND  8    /* page bytes kept each side of an
                                        insert, checked on a hit */


typedef struct {
    ngx_rbtree_t                   rbtree;
    ngx_rbtree_node_t              sentinel;
    ngx_queue_t                    queue;
    uint64_t                       seed[2];
} ngx_http_review_cache_sh_t;


typedef struct {
    ngx_http_review_cache_sh_t    *sh;
    ngx_slab_pool_t               *shpool;
    time_t                         max_age;
} ngx_http_review_cache_ctx_t;


typedef struct {
    ngx_rbtree_node_t              node;     /* node.key: first half */
    ngx_queue_t                    queue;
    uint64_t                       k2;       /* second half of the key */
    off_t                          length;   /* of the page */
    time_t                         created;
    size_t                         len;
    u_char                         data[1];
} ngx_http_review_cache_node_t;


#define NGX_HTTP_REVIEW_K1  0x9e3779b97f4a7c15ULL
#define NGX_HTTP_REVIEW_K2  0xc2b2ae3d27d4eb4fULL
#define NGX_HTTP_REVIEW_K3  0x165667b19e3779f9ULL
#define NGX_HTTP_REVIEW_K4  0xd6e8feb86659fd93ULL


static ngx_inline uint64_t
ngx_http_review_rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}


static ngx_inline uint64_t
ngx_http_review_fmix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;

    return k;
}


static ngx_inline void
ngx_http_review_hash_block(ngx_http_review_hash_t *h, u_char *p)
{
    uint64_t  w0, w1;

    ngx_memcpy(&w0, p, 8);
    ngx_memcpy(&w1, p + 8, 8);

    h->a = ngx_http_review_rotl(h->a ^ (w0 * NGX_HTTP_REVIEW_K2), 31)
           * NGX_HTTP_REVIEW_K1 + w1;
    h->b = ngx_http_review_rotl(h->b ^ (w1 * NGX_HTTP_REVIEW_K4), 33)
           * NGX_HTTP_REVIEW_K3 + w0;
}


void
ngx_http_review_hash_init(ngx_http_review_hash_t *h, ngx_shm_zone_t *zone,
    uint64_t salt)
{
    ngx_http_review_cache_ctx_t  *ctx;

    ctx = zone->data;

    h->a = ctx->sh->seed[0] ^ salt;
    h->b = ctx->sh->seed[1] ^ ngx_http_review_rotl(salt, 17);
    h->len = 0;
    h->ntail = 0;
}


void
ngx_http_review_hash_update(ngx_http_review_hash_t *h, u_char *p,
    size_t len)
{
    size_t  n;

    /* an empty string may come as NULL: nothing to copy from it */
    if (len == 0) {
        return;
    }

    h->len += len;

    if (h->ntail) {
        n = ngx_min(len, 16 - h->ntail);
        ngx_memcpy(h->tail + h->ntail, p, n);
        h->ntail += n;
        p += n;
        len -= n;

        if (h->ntail < 16) {
            return;
        }

        ngx_http_review_hash_block(h, h->tail);
        h->ntail = 0;
    }

    while (len >= 16) {
        ngx_http_review_hash_block(h, p);
        p += 16;
        len -= 16;
    }

    ngx_memcpy(h->tail, p, len);
    h->ntail = len;
}


void
ngx_http_review_hash_final(ngx_http_review_hash_t *h, uint64_t *k1,
    uint64_t *k2)
{
    if (h->ntail) {
        ngx_memzero(h->tail + h->ntail, 16 - h->ntail);
        ngx_http_review_hash_block(h, h->tail);
    }

    h->a ^= h->len;
    h->b ^= h->len * NGX_HTTP_REVIEW_K1;

    h->a = ngx_http_review_fmix(h->a + h->b);
    h->b = ngx_http_review_fmix(h->b ^ ngx_http_review_rotl(h->a, 29));

    *k1 = h->a;
    *k2 = h->b;
}


uint64_t
ngx_http_review_hash_bytes(uint64_t seed, u_char *p, size_t len)
{
    uint64_t                k1, k2;
    ngx_http_review_hash_t  h;

    h.a = seed;
    h.b = ~seed;
    h.len = 0;
    h.ntail = 0;

    ngx_http_review_hash_update(&h, p, len);
    ngx_http_review_hash_final(&h, &k1, &k2);

    return k1 ^ k2;
}


/*
 * A key for a static file from what the file is rather than what it
 * holds: device, inode, size, modification and change times, hashed with
 * the same secret and salt as a body (and a mark of its own, so that no
 * body hashes to it).  A hit then needs neither the bytes nor their hash.
 *
 * Any write to a file sets its change time (ctime) to the clock of that
 * moment, and nothing can set it back.  A key is given only for a file
 * whose ctime is NGX_HTTP_REVIEW_SETTLED seconds old: any later write
 * then stamps a ctime that differs in whole seconds, whatever the
 * file system's granularity (1 s, or FAT's 2 s), so a file that changes
 * gets a new key even with the same size and mtime.  A file written less
 * than that ago is keyed by its body, as any other page.  The file's
 * identity is read (fstat) before its bytes are: bytes written after
 * that go under a key no later request will compute.
 */

#define NGX_HTTP_REVIEW_SETTLED  2

ngx_int_t
ngx_http_review_file_key(ngx_http_review_hash_t *salted, ngx_fd_t fd,
    off_t *size, uint64_t *k1, uint64_t *k2)
{
    uint64_t                 id[5];
    ngx_time_t              *tp;
    ngx_file_info_t          fi;
    ngx_http_review_hash_t   h;

    if (fd == NGX_INVALID_FILE || ngx_fd_info(fd, &fi) == NGX_FILE_ERROR
        || !ngx_is_file(&fi))
    {
        return NGX_DECLINED;
    }

    tp = ngx_timeofday();

    if (fi.st_ctime > tp->sec - NGX_HTTP_REVIEW_SETTLED) {
        return NGX_DECLINED;
    }

    id[0] = (uint64_t) fi.st_dev;
    id[1] = (uint64_t) ngx_file_uniq(&fi);
    id[2] = (uint64_t) ngx_file_size(&fi);
    id[3] = (uint64_t) ngx_file_mtime(&fi);
    id[4] = (uint64_t) fi.st_ctime;

    h = *salted;
    h.a ^= NGX_HTTP_REVIEW_K3;
    h.b = ngx_http_review_rotl(h.b ^ NGX_HTTP_REVIEW_K4, 11);

    ngx_http_review_hash_update(&h, (u_char *) id, sizeof(id));
    ngx_http_review_hash_final(&h, k1, k2);

    *size = ngx_file_size(&fi);

    return NGX_OK;
}


/* copies n page bytes from offset off, as many as there are */

static size_t
ngx_http_review_page_bytes(ngx_chain_t *page, off_t off, u_char *dst,
    size_t n)
{
    size_t        got, k;
    off_t         pos, size;
    ngx_chain_t  *cl;

    pos = 0;
    got = 0;

    for (cl = page; cl && got < n; cl = cl->next) {
        size = cl->buf->last - cl->buf->pos;

        if (off + (off_t) got < pos + size) {
            k = ngx_min(n - got, (size_t) (pos + size - off - got));
            ngx_memcpy(dst + got, cl->buf->pos + (off + got - pos), k);
            got += k;
        }

        pos += size;
    }

    return got;
}


static void
ngx_http_review_cache_rbtree_insert(ngx_rbtree_node_t *temp,
    ngx_rbtree_node_t *node, ngx_rbtree_node_t *sentinel)
{
    ngx_rbtree_node_t            **p;
    ngx_http_review_cache_node_t  *n, *t;

    for ( ;; ) {

        if (node->key < temp->key) {
            p = &temp->left;

        } else if (node->key > temp->key) {
            p = &temp->right;

        } else {
            n = (ngx_http_review_cache_node_t *) node;
            t = (ngx_http_review_cache_node_t *) temp;

            p = (n->k2 < t->k2) ? &temp->left : &temp->right;
        }

        if (*p == sentinel) {
            break;
        }

        temp = *p;
    }

    *p = node;
    node->parent = temp;
    node->left = sentinel;
    node->right = sentinel;
    ngx_rbt_red(node);
}


static ngx_http_review_cache_node_t *
ngx_http_review_cache_lookup(ngx_http_review_cache_ctx_t *ctx, uint64_t k1,
    uint64_t k2)
{
    ngx_rbtree_node_t             *node, *sentinel;
    ngx_http_review_cache_node_t  *n;

    node = ctx->sh->rbtree.root;
    sentinel = ctx->sh->rbtree.sentinel;

    while (node != sentinel) {

        if ((ngx_rbtree_key_t) k1 < node->key) {
            node = node->left;
            continue;
        }

        if ((ngx_rbtree_key_t) k1 > node->key) {
            node = node->right;
            continue;
        }

        n = (ngx_http_review_cache_node_t *) node;

        if (k2 == n->k2) {
            return n;
        }

        node = (k2 < n->k2) ? node->left : node->right;
    }

    return NULL;
}


static void
ngx_http_review_cache_delete(ngx_http_review_cache_ctx_t *ctx,
    ngx_http_review_cache_node_t *n)
{
    ngx_queue_remove(&n->queue);
    ngx_rbtree_delete(&ctx->sh->rbtree, &n->node);
    ngx_slab_free_locked(ctx->shpool, n);
}


/* reads a length-prefixed string out of a cached record */

static u_char *
ngx_http_review_cache_str(u_char *p, u_char *last, ngx_str_t *s)
{
    uint16_t  len;

    if (last - p < 2) {
        return NULL;
    }

    ngx_memcpy(&len, p, 2);
    p += 2;

    if (last - p < len) {
        return NULL;
    }

    s->len = len;
    s->data = len ? p : NULL;

    return p + len;
}


ngx_int_t
ngx_http_review_cache_get(ngx_http_request_t *r, ngx_shm_zone_t *zone,
    uint64_t k1, uint64_t k2, off_t length, ngx_chain_t *page,
    ngx_http_review_cached_t *res)
{
    size_t                         len, i, n, got;
    u_char                        *data, *p, *last;
    uint8_t                        what;
    uint16_t                       count;
    uint32_t                       tlen;
    uint64_t                       offset;
    u_char                         around[NGX_HTTP_REVIEW_AROUND];
    ngx_http_review_cache_ctx_t   *ctx;
    ngx_http_review_cache_node_t  *node;

    ctx = zone->data;

    ngx_shmtx_lock(&ctx->shpool->mutex);

    node = ngx_http_review_cache_lookup(ctx, k1, k2);

    if (node == NULL || node->length != length) {
        ngx_shmtx_unlock(&ctx->shpool->mutex);
        return NGX_DECLINED;
    }

    if (ctx->max_age && ngx_time() - node->created > ctx->max_age) {
        ngx_http_review_cache_delete(ctx, node);
        ngx_shmtx_unlock(&ctx->shpool->mutex);
        return NGX_DECLINED;
    }

    ngx_queue_remove(&node->queue);
    ngx_queue_insert_head(&ctx->sh->queue, &node->queue);

    len = node->len;
    data = ngx_pnalloc(r->pool, len);

    if (data) {
        ngx_memcpy(data, node->data, len);
    }

    ngx_shmtx_unlock(&ctx->shpool->mutex);

    if (data == NULL) {
        return NGX_DECLINED;
    }

    p = data;
    last = data + len;

    p = ngx_http_review_cache_str(p, last, &res->status);
    p = p ? ngx_http_review_cache_str(p, last, &res->item) : NULL;
    p = p ? ngx_http_review_cache_str(p, last, &res->rating) : NULL;
    p = p ? ngx_http_review_cache_str(p, last, &res->quote) : NULL;
    p = p ? ngx_http_review_cache_str(p, last, &res->language) : NULL;

    if (p == NULL || last - p < 2) {
        return NGX_DECLINED;
    }

    ngx_memcpy(&count, p, 2);
    p += 2;

    res->ninserts = count;
    res->inserts = ngx_palloc(r->pool,
                              (count ? count : 1) * sizeof(review_insert_t));
    if (res->inserts == NULL) {
        return NGX_DECLINED;
    }

    for (i = 0; i < count; i++) {

        if ((size_t) (last - p) < 8 + 4 + 1 + 2 * NGX_HTTP_REVIEW_AROUND) {
            return NGX_DECLINED;
        }

        ngx_memcpy(&offset, p, 8);
        ngx_memcpy(&tlen, p + 8, 4);
        what = p[12];
        p += 13;

        if ((off_t) offset > length || (size_t) (last - p) < tlen) {
            return NGX_DECLINED;
        }

        /*
         * The page must read the same around the insert (a file found by
         * its identity is not read: page is NULL)
         */
        n = ngx_min(NGX_HTTP_REVIEW_AROUND, (size_t) offset);
        got = page ? ngx_http_review_page_bytes(page, offset - n, around, n)
                   : n;

        if (got != n
            || (page && ngx_memcmp(around, p + NGX_HTTP_REVIEW_AROUND - n, n)
                        != 0))
        {
            return NGX_DECLINED;
        }

        n = ngx_min(NGX_HTTP_REVIEW_AROUND, (size_t) (length - offset));
        got = page ? ngx_http_review_page_bytes(page, offset, around, n) : n;

        if (got != n
            || (page && ngx_memcmp(around, p + NGX_HTTP_REVIEW_AROUND, n)
                        != 0))
        {
            return NGX_DECLINED;
        }

        p += 2 * NGX_HTTP_REVIEW_AROUND;

        res->inserts[i].offset = offset;
        res->inserts[i].what = what;
        res->inserts[i].text.data = p;
        res->inserts[i].text.len = tlen;
        p += tlen;
    }

    return NGX_OK;
}


static u_char *
ngx_http_review_cache_put_str(u_char *p, ngx_str_t *s)
{
    uint16_t  len;

    len = (uint16_t) s->len;
    p = ngx_cpymem(p, &len, 2);

    /* an empty value may have no data pointer at all */
    return len ? ngx_cpymem(p, s->data, len) : p;
}


void
ngx_http_review_cache_put(ngx_http_request_t *r, ngx_shm_zone_t *zone,
    uint64_t k1, uint64_t k2, off_t length, ngx_chain_t *page,
    ngx_http_review_cached_t *res)
{
    size_t                         size, i, n;
    u_char                        *p;
    uint16_t                       count;
    uint32_t                       tlen;
    uint64_t                       offset;
    ngx_uint_t                     tries;
    ngx_queue_t                   *q;
    ngx_http_review_cache_ctx_t   *ctx;
    ngx_http_review_cache_node_t  *node, *old;

    ctx = zone->data;

    if (res->status.len > 0xffff || res->item.len > 0xffff
        || res->rating.len > 0xffff || res->quote.len > 0xffff
        || res->language.len > 0xffff || res->ninserts > 0xffff)
    {
        return;
    }

    size = 2 + res->status.len + 2 + res->item.len + 2 + res->rating.len
           + 2 + res->quote.len + 2 + res->language.len + 2;

    for (i = 0; i < res->ninserts; i++) {
        if (res->inserts[i].text.len > 0xffffffff) {
            return;
        }

        size += 13 + 2 * NGX_HTTP_REVIEW_AROUND + res->inserts[i].text.len;
    }

    n = offsetof(ngx_http_review_cache_node_t, data) + size;

    ngx_shmtx_lock(&ctx->shpool->mutex);

    old = ngx_http_review_cache_lookup(ctx, k1, k2);
    if (old) {
        ngx_http_review_cache_delete(ctx, old);
    }

    /* under pressure the least recently used entries make room */
    for (tries = 0; ; tries++) {
        node = ngx_slab_alloc_locked(ctx->shpool, n);

        if (node || tries == 16 || ngx_queue_empty(&ctx->sh->queue)) {
            break;
        }

        q = ngx_queue_last(&ctx->sh->queue);
        ngx_http_review_cache_delete(ctx,
            ngx_queue_data(q, ngx_http_review_cache_node_t, queue));
    }

    if (node == NULL) {
        ngx_shmtx_unlock(&ctx->shpool->mutex);

        ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "review cache: no room");
        return;
    }

    node->node.key = (ngx_rbtree_key_t) k1;
    node->k2 = k2;
    node->length = length;
    node->created = ngx_time();
    node->len = size;

    p = node->data;
    p = ngx_http_review_cache_put_str(p, &res->status);
    p = ngx_http_review_cache_put_str(p, &res->item);
    p = ngx_http_review_cache_put_str(p, &res->rating);
    p = ngx_http_review_cache_put_str(p, &res->quote);
    p = ngx_http_review_cache_put_str(p, &res->language);

    count = (uint16_t) res->ninserts;
    p = ngx_cpymem(p, &count, 2);

    for (i = 0; i < res->ninserts; i++) {
        offset = res->inserts[i].offset;
        tlen = (uint32_t) res->inserts[i].text.len;

        p = ngx_cpymem(p, &offset, 8);
        p = ngx_cpymem(p, &tlen, 4);
        *p++ = (u_char) res->inserts[i].what;

        ngx_memzero(p, 2 * NGX_HTTP_REVIEW_AROUND);

        n = ngx_min(NGX_HTTP_REVIEW_AROUND, (size_t) offset);
        ngx_http_review_page_bytes(page, offset - n,
                                   p + NGX_HTTP_REVIEW_AROUND - n, n);

        n = ngx_min(NGX_HTTP_REVIEW_AROUND, (size_t) (length - offset));
        ngx_http_review_page_bytes(page, offset, p + NGX_HTTP_REVIEW_AROUND,
                                   n);

        p += 2 * NGX_HTTP_REVIEW_AROUND;
        p = ngx_cpymem(p, res->inserts[i].text.data, tlen);
    }

    ngx_rbtree_insert(&ctx->sh->rbtree, &node->node);
    ngx_queue_insert_head(&ctx->sh->queue, &node->queue);

    ngx_shmtx_unlock(&ctx->shpool->mutex);
}


static ngx_int_t
ngx_http_review_cache_init_zone(ngx_shm_zone_t *shm_zone, void *data)
{
    ngx_http_review_cache_ctx_t  *octx = data;

    size_t                        len;
    ngx_http_review_cache_ctx_t  *ctx;

    ctx = shm_zone->data;

    if (octx) {
        /* a reload: keep what is cached */
        ctx->sh = octx->sh;
        ctx->shpool = octx->shpool;
        return NGX_OK;
    }

    ctx->shpool = (ngx_slab_pool_t *) shm_zone->shm.addr;

    if (shm_zone->shm.exists) {
        ctx->sh = ctx->shpool->data;
        return NGX_OK;
    }

    ctx->sh = ngx_slab_alloc(ctx->shpool, sizeof(ngx_http_review_cache_sh_t));
    if (ctx->sh == NULL) {
        return NGX_ERROR;
    }

    ctx->shpool->data = ctx->sh;

    ngx_rbtree_init(&ctx->sh->rbtree, &ctx->sh->sentinel,
                    ngx_http_review_cache_rbtree_insert);
    ngx_queue_init(&ctx->sh->queue);

    /* the hash key: not guessable from outside */
    ctx->sh->seed[0] = ((uint64_t) ngx_random() << 32) ^ ngx_random()
                       ^ (uint64_t) ngx_time() ^ (uintptr_t) ctx->sh;
    ctx->sh->seed[1] = ((uint64_t) ngx_random() << 32) ^ ngx_random()
                       ^ ((uint64_t) ngx_pid << 40);

    len = sizeof(" in review cache zone \"\"") + shm_zone->shm.name.len;

    ctx->shpool->log_ctx = ngx_slab_alloc(ctx->shpool, len);
    if (ctx->shpool->log_ctx == NULL) {
        return NGX_ERROR;
    }

    ngx_sprintf(ctx->shpool->log_ctx, " in review cache zone \"%V\"%Z",
                &shm_zone->shm.name);

    /* a full zone evicts: that is not worth a [crit] line */
    ctx->shpool->log_nomem = 0;

    return NGX_OK;
}


char *
ngx_http_review_cache_zone(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    u_char                       *p;
    ssize_t                       size;
    ngx_str_t                    *value, name, s;
    ngx_int_t                     max_age;
    ngx_uint_t                    i;
    ngx_shm_zone_t               *shm_zone;
    ngx_http_review_cache_ctx_t  *ctx;

    value = cf->args->elts;

    size = 0;
    max_age = 0;
    name.len = 0;

    for (i = 1; i < cf->args->nelts; i++) {

        if (ngx_strncmp(value[i].data, "zone=", 5) == 0) {

            name.data = value[i].data + 5;

            p = (u_char *) ngx_strchr(name.data, ':');

            if (p == NULL) {
                ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                                   "invalid zone size \"%V\" in \"%V\" "
                                   "directive", &value[i], &cmd->name);
                return NGX_CONF_ERROR;
            }

            name.len = p - name.data;

            s.data = p + 1;
            s.len = value[i].data + value[i].len - s.data;

            size = ngx_parse_size(&s);

            if (size == NGX_ERROR) {
                ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                                   "invalid zone size \"%V\" in \"%V\" "
                                   "directive", &value[i], &cmd->name);
                return NGX_CONF_ERROR;
            }

            if (size < (ssize_t) (8 * ngx_pagesize)) {
                ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                                   "zone \"%V\" is too small in \"%V\" "
                                   "directive, it must be at least %uzk",
                                   &name, &cmd->name,
                                   8 * ngx_pagesize / 1024);
                return NGX_CONF_ERROR;
            }

            continue;
        }

        if (ngx_strncmp(value[i].data, "max_age=", 8) == 0) {

            s.data = value[i].data + 8;
            s.len = value[i].len - 8;

            max_age = ngx_parse_time(&s, 1);

            if (max_age == NGX_ERROR || max_age == 0) {
                ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                                   "invalid max_age \"%V\" in \"%V\" "
                                   "directive", &value[i], &cmd->name);
                return NGX_CONF_ERROR;
            }

            continue;
        }

        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid parameter \"%V\" in \"%V\" directive",
                           &value[i], &cmd->name);
        return NGX_CONF_ERROR;
    }

    if (name.len == 0) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" must have \"zone\" parameter",
                           &cmd->name);
        return NGX_CONF_ERROR;
    }

    ctx = ngx_pcalloc(cf->pool, sizeof(ngx_http_review_cache_ctx_t));
    if (ctx == NULL) {
        return NGX_CONF_ERROR;
    }

    ctx->max_age = max_age;

    /* looked up first, so that a second definition is named as such */
    shm_zone = ngx_shared_memory_add(cf, &name, 0,
                                     &ngx_http_review_filter_module);
    if (shm_zone == NULL) {
        return NGX_CONF_ERROR;
    }

    if (shm_zone->data) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "duplicate zone \"%V\" in \"%V\" directive",
                           &name, &cmd->name);
        return NGX_CONF_ERROR;
    }

    shm_zone = ngx_shared_memory_add(cf, &name, size,
                                     &ngx_http_review_filter_module);
    if (shm_zone == NULL) {
        return NGX_CONF_ERROR;
    }

    shm_zone->init = ngx_http_review_cache_init_zone;
    shm_zone->data = ctx;

    return NGX_CONF_OK;
}


char *
ngx_http_review_cache(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_review_loc_conf_t *rlcf = conf;

    ngx_str_t  *value;

    if (rlcf->cache != NGX_CONF_UNSET_PTR) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_strcmp(value[1].data, "off") == 0) {
        rlcf->cache = NULL;
        return NGX_CONF_OK;
    }

    rlcf->cache = ngx_shared_memory_add(cf, &value[1], 0,
                                        &ngx_http_review_filter_module);
    if (rlcf->cache == NULL) {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}

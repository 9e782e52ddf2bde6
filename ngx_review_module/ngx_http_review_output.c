
/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include <time.h>

#include "ngx_http_review_module.h"


/*
 * The floor of the glue, shared by the buffered and the streaming paths:
 * the next filters, our copy of the page and what of it went out, chain
 * links, the core from its creation to what the variables keep of it, and
 * the page sent unchanged.  It calls nothing of the glue above it.
 */


static ngx_http_output_header_filter_pt  ngx_http_next_header_filter;
static ngx_http_output_body_filter_pt    ngx_http_next_body_filter;


/* postconfiguration: what comes after us in both filter chains */

void
ngx_http_review_output_init(void)
{
    ngx_http_next_header_filter = ngx_http_top_header_filter;
    ngx_http_next_body_filter = ngx_http_top_body_filter;
}


ngx_int_t
ngx_http_review_next_header(ngx_http_request_t *r)
{
    return ngx_http_next_header_filter(r);
}


ngx_int_t
ngx_http_review_next_body(ngx_http_request_t *r, ngx_chain_t *in)
{
    return ngx_http_next_body_filter(r, in);
}


/*
 * The answer is not the upstream's: a length we know (or -1), no ranges,
 * a weak validator, as nginx's own filters do.
 */

void
ngx_http_review_changed(ngx_http_request_t *r,
    ngx_http_review_loc_conf_t *conf, off_t length)
{
    ngx_http_clear_content_length(r);
    r->headers_out.content_length_n = length;

    ngx_http_clear_accept_ranges(r);

    if (!conf->last_modified) {
        ngx_http_clear_last_modified(r);
    }

    ngx_http_weak_etag(r);
}


uint64_t
ngx_http_review_usec(void)
{
    struct timespec  ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);

    return (uint64_t) ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}


static void
ngx_http_review_cleanup(void *data)
{
    ngx_http_review_ctx_t  *ctx = data;

    if (ctx->core) {
        review_destroy(ctx->core);
        ctx->core = NULL;
    }
}


/* before the core exists: an aborted request frees it with its pool */

ngx_int_t
ngx_http_review_guard(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx)
{
    ngx_pool_cleanup_t  *cln;

    cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL) {
        return NGX_ERROR;
    }

    cln->handler = ngx_http_review_cleanup;
    cln->data = ctx;

    ctx->last_buf = &ctx->bufs;

    return NGX_OK;
}


ngx_int_t
ngx_http_review_core_create(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf)
{
    ctx->core = review_create(&conf->core, &ctx->input);

    if (ctx->core == NULL) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "review filter: out of memory");
        ctx->status = REVIEW_STATUS_ERROR;
        return NGX_ERROR;
    }

    return NGX_OK;
}


void
ngx_http_review_log_failure(ngx_http_request_t *r, int rc,
    ngx_http_review_ctx_t *ctx)
{
    /* limits and errors are worth a line; ordinary skips are not */
    if (rc == REVIEW_LIMIT || rc == REVIEW_ERROR) {
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "review filter: %s, the page goes out as is",
                      review_status_name(review_status(ctx->core)));
    }
}


static void
ngx_http_review_copy_str(ngx_http_request_t *r, ngx_str_t *dst,
    const review_str_t *src, size_t max)
{
    size_t  len;

    if (src->len == 0) {
        return;
    }

    len = ngx_min(src->len, max);

    dst->data = ngx_pnalloc(r->pool, len);
    if (dst->data) {
        ngx_memcpy(dst->data, src->data, len);
        dst->len = len;
    }
}


void
ngx_http_review_rating(ngx_http_request_t *r, const review_facts_t *f,
    ngx_str_t *s)
{
    ngx_str_null(s);

    if (!f->rating.stated) {
        return;
    }

    s->data = ngx_pnalloc(r->pool, 64);
    if (s->data) {
        s->len = ngx_snprintf(s->data, 64, "%.1f/%.1f", f->rating.value,
                              f->rating.best)
                 - s->data;
    }
}


/* keeps what the variables need, then frees the core */

void
ngx_http_review_done_core(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx)
{
    const review_facts_t  *f;

    if (ctx->core == NULL) {
        return;
    }

    /* a reason of the filter's own (too large...) is the one to log */
    if (ctx->status == REVIEW_STATUS_NONE) {
        ctx->status = review_status(ctx->core);
    }

    f = review_get_facts(ctx->core);

    /* the language the page was read in; one no table knows, as declared */
    ngx_http_review_copy_str(r, &ctx->language, &f->lang, 32);

    if (ctx->status == REVIEW_STATUS_INJECTED) {
        ngx_http_review_copy_str(r, &ctx->item, &f->item_name, 256);
        ngx_http_review_copy_str(r, &ctx->quote, &f->quote, 512);
        ngx_http_review_rating(r, f, &ctx->rating);
    }

    ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: %s, %uz bytes of memory",
                   review_status_name(ctx->status),
                   review_memory(ctx->core));

    review_destroy(ctx->core);
    ctx->core = NULL;
}


/* a link for b at *ll; NULL b (a failed allocation) fails */

static ngx_int_t
ngx_http_review_link(ngx_http_request_t *r, ngx_chain_t ***ll, ngx_buf_t *b)
{
    ngx_chain_t  *cl;

    if (b == NULL) {
        return NGX_ERROR;
    }

    cl = ngx_alloc_chain_link(r->pool);
    if (cl == NULL) {
        return NGX_ERROR;
    }

    cl->buf = b;
    cl->next = NULL;
    **ll = cl;
    *ll = &cl->next;

    return NGX_OK;
}


/*
 * Copies in pieces of 1 KB.  glibc copies a large block with "rep movsb",
 * which some CPUs run several times slower than its vector loop (AMD EPYC
 * under a hypervisor: a cache hit spent 30% of its worker time in this
 * one copy of the page); below its threshold glibc never uses it.
 */

#define NGX_HTTP_REVIEW_COPY_PIECE  1024

static u_char *
ngx_http_review_cpymem(u_char *dst, u_char *src, size_t n)
{
    size_t  k;

    while (n) {
        k = ngx_min(n, NGX_HTTP_REVIEW_COPY_PIECE);
        dst = ngx_cpymem(dst, src, k);
        src += k;
        n -= k;
    }

    return dst;
}


/* our last buffer, or a new one, with room for at least a byte */

static ngx_buf_t *
ngx_http_review_room(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, size_t len)
{
    off_t       want;
    ngx_buf_t  *b;

    b = ctx->bufs ? ((ngx_chain_t *) ((u_char *) ctx->last_buf
                     - offsetof(ngx_chain_t, next)))->buf : NULL;

    if (b && b->last < b->end) {
        return b;
    }

    /*
     * One buffer when the length is known; otherwise buffers that double,
     * so a page takes few of them.
     */
    if (ctx->bufs == NULL && r->headers_out.content_length_n > 0) {
        want = r->headers_out.content_length_n;

    } else {
        want = ngx_max(ctx->size, 32768);
    }

    want = ngx_min(want, (off_t) conf->max_size - ctx->size);
    want = ngx_max(want, (off_t) len);

    b = ngx_create_temp_buf(r->pool, (size_t) want);

    if (ngx_http_review_link(r, &ctx->last_buf, b) != NGX_OK) {
        return NULL;
    }

    return b;
}


/* appends bytes to our copy of the page */

static ngx_int_t
ngx_http_review_store(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, u_char *p, size_t len)
{
    size_t      n;
    ngx_buf_t  *b;

    while (len) {
        b = ngx_http_review_room(r, ctx, conf, len);
        if (b == NULL) {
            return NGX_ERROR;
        }

        n = ngx_min(len, (size_t) (b->end - b->last));
        b->last = ngx_http_review_cpymem(b->last, p, n);
        p += n;
        len -= n;
        ctx->size += n;
    }

    return NGX_OK;
}


/*
 * Appends a part of a file to our copy, read straight into it: with the
 * cache, a static file comes to us as a file (ngx_http_review_file_hit()).
 * A failed read fails the request, as nginx's copy filter would.
 */

static ngx_int_t
ngx_http_review_store_file(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, ngx_buf_t *src)
{
    off_t       pos;
    size_t      n;
    ssize_t     got;
    ngx_buf_t  *b;

    for (pos = src->file_pos; pos < src->file_last; pos += n) {
        b = ngx_http_review_room(r, ctx, conf,
                                 (size_t) (src->file_last - pos));
        if (b == NULL) {
            return NGX_ERROR;
        }

        n = (size_t) ngx_min(src->file_last - pos, b->end - b->last);

        got = ngx_read_file(src->file, b->last, n, pos);

        if (got != (ssize_t) n) {
            if (got != NGX_ERROR) {
                ngx_log_error(NGX_LOG_CRIT, r->connection->log, 0,
                              "review filter: read only %z of %uz bytes "
                              "from \"%V\"", got, n, &src->file->name);
            }

            return NGX_ERROR;
        }

        b->last += n;
        ctx->size += n;
    }

    return NGX_OK;
}


/*
 * Reads the body into our copy of the page and into the core (with a
 * cache, into the page's hash: the core waits for a miss).  NGX_OK with
 * *whole set when the last buffer came.  When the page has to go out as
 * it is, it is sent from here: ctx->state is then NGX_HTTP_REVIEW_PASS
 * and the return is that of sending.
 */

ngx_int_t
ngx_http_review_read(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, ngx_chain_t *in, ngx_uint_t *whole)
{
    int           rc;
    size_t        size;
    uint64_t      start;
    ngx_buf_t    *b;
    ngx_uint_t    file;
    ngx_chain_t  *cl;

    *whole = 0;

    for (cl = in; cl; cl = cl->next) {
        b = cl->buf;
        file = !ngx_buf_in_memory(b) && ngx_buf_size(b);

        /* only with the cache is a static file left in its file */
        if (file && (!b->in_file || ctx->cache == NULL)) {
            ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                          "review filter: body not in memory");
            ctx->status = REVIEW_STATUS_ERROR;
            return ngx_http_review_unchanged(r, ctx, cl, 0);
        }

        size = file ? (size_t) (b->file_last - b->file_pos)
                    : (size_t) (b->last - b->pos);

        if (size) {
            if (ctx->size + (off_t) size > (off_t) conf->max_size) {
                ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                               "review filter: page grew past "
                               "review_max_size");
                ctx->status = REVIEW_STATUS_TOO_LARGE;
                return ngx_http_review_unchanged(r, ctx, cl, 0);
            }

            /* the file's key holds while the page is that file, in order */
            if (!file || b->file != ctx->file || b->file_pos != ctx->size) {
                ctx->file_key = 0;
            }

            if (file) {
                if (ngx_http_review_store_file(r, ctx, conf, b) != NGX_OK) {
                    return NGX_ERROR;
                }

            } else if (ngx_http_review_store(r, ctx, conf, b->pos, size)
                       != NGX_OK)
            {
                ctx->status = REVIEW_STATUS_ERROR;
                return ngx_http_review_unchanged(r, ctx, cl, 0);
            }

            start = ngx_http_review_usec();

            if (ctx->cache) {
                /* the key is taken when the page is whole */
                rc = REVIEW_OK;

            } else if (ctx->core == NULL
                       && ngx_http_review_core_create(r, ctx, conf)
                          != NGX_OK)
            {
                rc = REVIEW_ERROR;

            } else {
                rc = review_feed(ctx->core, b->pos, size);
            }

            ctx->usec += ngx_http_review_usec() - start;

            b->pos = b->last;

            if (b->in_file) {
                b->file_pos = b->file_last;
            }

            if (rc != REVIEW_OK) {
                if (ctx->core) {
                    ngx_http_review_log_failure(r, rc, ctx);
                }

                return ngx_http_review_unchanged(r, ctx, cl->next,
                                                 b->last_buf);
            }
        }

        if (b->last_buf) {
            if (ctx->size == 0) {
                ctx->status = REVIEW_STATUS_EMPTY;
                return ngx_http_review_unchanged(r, ctx, NULL, 1);
            }

            *whole = 1;
            return NGX_OK;
        }
    }

    return NGX_OK;
}


/*
 * An empty buffer that ends the response (NGX_HTTP_LAST), or that sends
 * what is before it now (NGX_HTTP_FLUSH), as ngx_http_send_special() makes
 */

ngx_int_t
ngx_http_review_special(ngx_http_request_t *r, ngx_chain_t ***ll,
    ngx_uint_t flags)
{
    ngx_buf_t  *b;

    b = ngx_calloc_buf(r->pool);
    if (b) {
        b->last_buf = (flags & NGX_HTTP_LAST) ? 1 : 0;
        b->flush = (flags & NGX_HTTP_FLUSH) ? 1 : 0;
    }

    return ngx_http_review_link(r, ll, b);
}


/* links our copy of the page from what went out up to "upto" */

ngx_int_t
ngx_http_review_copy(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    off_t upto, ngx_chain_t ***ll)
{
    off_t       n;
    ngx_buf_t  *b, *src;

    if (ctx->send_cl == NULL) {
        ctx->send_cl = ctx->bufs;
        ctx->send_pos = ctx->bufs ? ctx->bufs->buf->pos : NULL;
    }

    while (ctx->sent < upto && ctx->send_cl) {
        src = ctx->send_cl->buf;

        if (ctx->send_pos == src->last) {
            if (ctx->send_cl->next == NULL) {
                break;
            }

            ctx->send_cl = ctx->send_cl->next;
            ctx->send_pos = ctx->send_cl->buf->pos;
            continue;
        }

        n = ngx_min(src->last - ctx->send_pos, upto - ctx->sent);

        b = ngx_calloc_buf(r->pool);
        if (b == NULL) {
            return NGX_ERROR;
        }

        b->memory = 1;
        b->pos = ctx->send_pos;
        b->last = ctx->send_pos + n;

        if (ngx_http_review_link(r, ll, b) != NGX_OK) {
            return NGX_ERROR;
        }

        ctx->send_pos += n;
        ctx->sent += n;
    }

    return NGX_OK;
}


/*
 * The rest of our copy with the inserts in their places, ended: *out is
 * the whole chain.  Inserts whose place already went out, or lies past
 * the page, are left out; returns how many went in (none: *out is NULL
 * and nothing moved), or NGX_ERROR.
 */

ngx_int_t
ngx_http_review_splice(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    const review_insert_t *ins, size_t n, ngx_chain_t **out)
{
    size_t        i;
    ngx_int_t     put;
    ngx_buf_t    *b;
    ngx_chain_t **ll;

    *out = NULL;
    ll = out;
    put = 0;

    for (i = 0; i < n; i++) {

        if ((off_t) ins[i].offset < ctx->sent
            || (off_t) ins[i].offset > ctx->size)
        {
            continue;
        }

        if (ngx_http_review_copy(r, ctx, ins[i].offset, &ll) != NGX_OK) {
            return NGX_ERROR;
        }

        b = ngx_create_temp_buf(r->pool, ins[i].text.len);
        if (b) {
            b->last = ngx_cpymem(b->pos, ins[i].text.data, ins[i].text.len);
        }

        if (ngx_http_review_link(r, &ll, b) != NGX_OK) {
            return NGX_ERROR;
        }

        put++;
    }

    if (put == 0) {
        return 0;
    }

    if (ngx_http_review_copy(r, ctx, ctx->size, &ll) != NGX_OK
        || ngx_http_review_special(r, &ll, NGX_HTTP_LAST) != NGX_OK)
    {
        return NGX_ERROR;
    }

    return put;
}


/* a link for bytes [pos, last) of the file of src, for sendfile */

static ngx_int_t
ngx_http_review_file_slice(ngx_http_request_t *r, ngx_buf_t *src, off_t pos,
    off_t last, ngx_chain_t ***ll)
{
    ngx_buf_t  *b;

    if (pos == last) {
        return NGX_OK;
    }

    b = ngx_calloc_buf(r->pool);
    if (b) {
        b->in_file = 1;
        b->file = src->file;
        b->file_pos = pos;
        b->file_last = last;
    }

    return ngx_http_review_link(r, ll, b);
}


/*
 * The file of src (the whole page, never read) with the inserts in their
 * places, ended: slices of the file around the inserts' text, which the
 * cache's record in r->pool holds.  Returns how many went in, as
 * ngx_http_review_splice().
 */

ngx_int_t
ngx_http_review_splice_file(ngx_http_request_t *r, ngx_buf_t *src,
    const review_insert_t *ins, size_t n, ngx_chain_t **out)
{
    off_t         pos, off;
    size_t        i;
    ngx_int_t     put;
    ngx_buf_t    *b;
    ngx_chain_t **ll;

    *out = NULL;
    ll = out;
    put = 0;
    pos = src->file_pos;

    for (i = 0; i < n; i++) {
        off = src->file_pos + (off_t) ins[i].offset;

        if (off < pos || off > src->file_last) {
            continue;
        }

        if (ngx_http_review_file_slice(r, src, pos, off, &ll) != NGX_OK) {
            return NGX_ERROR;
        }

        pos = off;
        put++;

        if (ins[i].text.len == 0) {
            continue;
        }

        b = ngx_calloc_buf(r->pool);
        if (b) {
            b->memory = 1;
            b->pos = (u_char *) ins[i].text.data;
            b->last = b->pos + ins[i].text.len;
        }

        if (ngx_http_review_link(r, &ll, b) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    if (put == 0) {
        return 0;
    }

    if (ngx_http_review_file_slice(r, src, pos, src->file_last, &ll)
        != NGX_OK
        || ngx_http_review_special(r, &ll, NGX_HTTP_LAST) != NGX_OK)
    {
        return NGX_ERROR;
    }

    return put;
}


/*
 * Fail open: the held header as it was (unless it went out already),
 * what of our copy did not go out yet, and the rest of the body as it
 * comes.
 */

ngx_int_t
ngx_http_review_unchanged(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_chain_t *rest, ngx_uint_t last)
{
    ngx_int_t     rc;
    ngx_chain_t  *out, **ll;

    ngx_http_review_done_core(r, ctx);

    if (ctx->status == REVIEW_STATUS_NONE) {
        ctx->status = REVIEW_STATUS_ERROR;
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: page goes out as is: %s",
                   review_status_name(ctx->status));

    if (ctx->state == NGX_HTTP_REVIEW_BUFFER) {
        /* nothing went out: a failed splice starts again */
        ctx->sent = 0;
        ctx->send_cl = NULL;
        ctx->state = NGX_HTTP_REVIEW_PASS;

        rc = ngx_http_next_header_filter(r);

        if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
            return rc;
        }
    }

    ctx->state = NGX_HTTP_REVIEW_PASS;

    out = NULL;
    ll = &out;

    if (ngx_http_review_copy(r, ctx, ctx->size, &ll) != NGX_OK) {
        return NGX_ERROR;
    }

    *ll = rest;

    /* the buffer that ended the page was ours: end it again */
    if (rest == NULL && last
        && ngx_http_review_special(r, &ll, NGX_HTTP_LAST) != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (out == NULL) {
        return NGX_OK;
    }

    return ngx_http_next_body_filter(r, out);
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "ngx_http_review_module.h"


/*
 * review_buffering off: the header goes out at once, without a length,
 * and the page streams through as it comes.  It is still copied and fed
 * to the core, but only a tail that may yet take an insert is held back:
 * from the last "</body" seen (the JSON-LD goes before it) and from the
 * first "<!-- review-card" (the card goes after it).  At the end the tail
 * goes out with the inserts that fall in it, or as it is.
 */


static ngx_int_t ngx_http_review_stream_emit(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, off_t upto, ngx_chain_t ***ll);
static ngx_int_t ngx_http_review_stream_flush(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_chain_t *rest, ngx_uint_t last);
static ngx_int_t ngx_http_review_stream_end(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, int rc);
static ngx_int_t ngx_http_review_stream_last(ngx_http_request_t *r,
    ngx_chain_t **ll);


static u_char  ngx_http_review_body_tag[] = "</body";
static u_char  ngx_http_review_comment[] = "<!--";
static u_char  ngx_http_review_card_word[] = "review-card";


ngx_int_t
ngx_http_review_stream_start(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf)
{
    ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: streaming the page");

    ctx->state = NGX_HTTP_REVIEW_STREAM;
    ctx->body_at = -1;
    ctx->marker_at = -1;

    /* what the answer may become: no length, a weak validator */
    ngx_http_clear_content_length(r);
    ngx_http_clear_accept_ranges(r);

    if (!conf->last_modified) {
        ngx_http_clear_last_modified(r);
    }

    ngx_http_weak_etag(r);

    r->main_filter_need_in_memory = 1;
    r->allow_ranges = 0;

    return ngx_http_review_next_header(r);
}


/* where the inserts may still go; the matches survive buffer edges */

static void
ngx_http_review_stream_scan(ngx_http_review_ctx_t *ctx, u_char *p,
    size_t len, off_t base)
{
    u_char      c;
    size_t      i;
    ngx_uint_t  k;

    for (i = 0; i < len; i++) {
        c = ngx_tolower(p[i]);

        /* "</body" */
        if (c == ngx_http_review_body_tag[ctx->body_match]) {
            if (++ctx->body_match == sizeof(ngx_http_review_body_tag) - 1) {
                ctx->body_at = base + i + 1 - ctx->body_match;
                ctx->body_match = 0;
            }

        } else {
            ctx->body_match = (c == '<');
        }

        /* "<!--", spaces, "review-card"; the first one only */
        if (ctx->marker_at >= 0) {
            continue;
        }

        k = ctx->marker_match;

        if (k < 4) {
            if (c == ngx_http_review_comment[k]) {
                if (k == 0) {
                    ctx->marker_from = base + i;
                }

                ctx->marker_match++;

            } else {
                ctx->marker_match = (c == '<');
                ctx->marker_from = base + i;
            }

            continue;
        }

        if (k == 4 && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            continue;
        }

        if (c == ngx_http_review_card_word[k - 4]) {
            if (++ctx->marker_match
                == 4 + sizeof(ngx_http_review_card_word) - 1)
            {
                ctx->marker_at = ctx->marker_from;
            }

            continue;
        }

        ctx->marker_match = (c == '<');
        ctx->marker_from = base + i;
    }
}


/* everything before this may go: no insert can land there any more */

static off_t
ngx_http_review_stream_hold(ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf)
{
    off_t  upto, at;

    upto = ctx->size;

    if (conf->jsonld) {
        at = ctx->body_at >= 0 ? ctx->body_at
                               : ctx->size - (off_t) ctx->body_match;
        upto = ngx_min(upto, at);
    }

    if (conf->card) {
        at = ctx->marker_at >= 0 ? ctx->marker_at
             : ctx->marker_match ? ctx->marker_from : ctx->size;
        upto = ngx_min(upto, at);
    }

    return ngx_max(upto, ctx->sent);
}


/* links our copy of the page from "sent" up to "upto" */

static ngx_int_t
ngx_http_review_stream_emit(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, off_t upto, ngx_chain_t ***ll)
{
    off_t         n;
    ngx_buf_t    *b, *src;
    ngx_chain_t  *cl;

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
        cl = ngx_alloc_chain_link(r->pool);
        if (b == NULL || cl == NULL) {
            return NGX_ERROR;
        }

        b->memory = 1;
        b->pos = ctx->send_pos;
        b->last = ctx->send_pos + n;

        cl->buf = b;
        cl->next = NULL;
        **ll = cl;
        *ll = &cl->next;

        ctx->send_pos += n;
        ctx->sent += n;
    }

    return NGX_OK;
}


/* an empty buffer that ends the response */

static ngx_int_t
ngx_http_review_stream_last(ngx_http_request_t *r, ngx_chain_t **ll)
{
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    b = ngx_calloc_buf(r->pool);
    cl = ngx_alloc_chain_link(r->pool);
    if (b == NULL || cl == NULL) {
        return NGX_ERROR;
    }

    b->last_buf = 1;
    cl->buf = b;
    cl->next = NULL;
    *ll = cl;

    return NGX_OK;
}


/* the held tail as it is, then the rest of the body as it comes */

static ngx_int_t
ngx_http_review_stream_flush(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_chain_t *rest, ngx_uint_t last)
{
    ngx_chain_t  *out, **ll;

    ngx_http_review_done_core(r, ctx);

    ctx->state = NGX_HTTP_REVIEW_PASS;

    if (ctx->status == NULL) {
        ctx->status = "skipped:error";
    }

    out = NULL;
    ll = &out;

    if (ngx_http_review_stream_emit(r, ctx, ctx->size, &ll) != NGX_OK) {
        return NGX_ERROR;
    }

    *ll = rest;

    if (rest == NULL && last && ngx_http_review_stream_last(r, ll) != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (out == NULL) {
        return NGX_OK;
    }

    return ngx_http_review_next_body(r, out);
}


ngx_int_t
ngx_http_review_stream_body(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf,
    ngx_chain_t *in)
{
    int           rc;
    size_t        size;
    uint64_t      start;
    ngx_buf_t    *b;
    ngx_chain_t  *cl, *out, **ll;

    out = NULL;
    ll = &out;

    for (cl = in; cl; cl = cl->next) {
        b = cl->buf;

        if (!ngx_buf_in_memory(b) && ngx_buf_size(b)) {
            ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                          "review filter: body not in memory");
            ctx->status = "skipped:error";
            goto flush;
        }

        size = b->last - b->pos;

        if (size) {
            if (ctx->size + (off_t) size > (off_t) conf->max_size) {
                ctx->status = "skipped:too-large";
                goto flush;
            }

            if (ngx_http_review_store(r, ctx, conf, b->pos, size) != NGX_OK) {
                ctx->status = "skipped:error";
                goto flush;
            }

            ngx_http_review_stream_scan(ctx, b->pos, size,
                                        ctx->size - (off_t) size);

            start = ngx_http_review_usec();

            if (ctx->core == NULL
                && ngx_http_review_core_create(r, ctx, conf) != NGX_OK)
            {
                rc = REVIEW_ERROR;

            } else {
                rc = review_feed(ctx->core, b->pos, size);
            }

            ctx->usec += ngx_http_review_usec() - start;

            b->pos = b->last;

            if (rc != REVIEW_OK) {
                if (ctx->core) {
                    ngx_http_review_log_failure(r, rc, ctx);
                }

                if (out && ngx_http_review_next_body(r, out) == NGX_ERROR) {
                    return NGX_ERROR;
                }

                return ngx_http_review_stream_flush(r, ctx, cl->next,
                                                    b->last_buf);
            }
        }

        if (b->last_buf) {
            if (out && ngx_http_review_next_body(r, out) == NGX_ERROR) {
                return NGX_ERROR;
            }

            if (ctx->size == 0) {
                ctx->status = "skipped:empty";
                return ngx_http_review_stream_flush(r, ctx, NULL, 1);
            }

            start = ngx_http_review_usec();
            rc = review_finish(ctx->core);
            ctx->usec += ngx_http_review_usec() - start;

            return ngx_http_review_stream_end(r, ctx, rc);
        }
    }

    if (ngx_http_review_stream_emit(r, ctx,
                                    ngx_http_review_stream_hold(ctx, conf),
                                    &ll)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (out == NULL) {
        return NGX_OK;
    }

    return ngx_http_review_next_body(r, out);

flush:

    if (out && ngx_http_review_next_body(r, out) == NGX_ERROR) {
        return NGX_ERROR;
    }

    return ngx_http_review_stream_flush(r, ctx, cl, 0);
}


/* the tail, with the inserts that fall in it */

static ngx_int_t
ngx_http_review_stream_end(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, int rc)
{
    size_t                  i, n, put;
    ngx_buf_t              *b;
    ngx_chain_t            *out, **ll, *cl;
    const review_insert_t  *ins;

    ngx_http_review_log_failure(r, rc, ctx);

    n = review_inserts(ctx->core, &ins);

    if (n == 0) {
        return ngx_http_review_stream_flush(r, ctx, NULL, 1);
    }

    out = NULL;
    ll = &out;
    put = 0;

    for (i = 0; i < n; i++) {

        /* its place went out before the page said it was one */
        if ((off_t) ins[i].offset < ctx->sent
            || (off_t) ins[i].offset > ctx->size)
        {
            continue;
        }

        if (ngx_http_review_stream_emit(r, ctx, ins[i].offset, &ll)
            != NGX_OK)
        {
            return NGX_ERROR;
        }

        b = ngx_create_temp_buf(r->pool, ins[i].text.len);
        cl = ngx_alloc_chain_link(r->pool);
        if (b == NULL || cl == NULL) {
            return NGX_ERROR;
        }

        b->last = ngx_cpymem(b->pos, ins[i].text.data, ins[i].text.len);
        cl->buf = b;
        cl->next = NULL;
        *ll = cl;
        ll = &cl->next;
        put++;
    }

    if (put == 0) {
        ctx->status = "skipped:streamed";
        return ngx_http_review_stream_flush(r, ctx, NULL, 1);
    }

    if (ngx_http_review_stream_emit(r, ctx, ctx->size, &ll) != NGX_OK
        || ngx_http_review_stream_last(r, ll) != NGX_OK)
    {
        return NGX_ERROR;
    }

    ngx_http_review_done_core(r, ctx);
    ctx->state = NGX_HTTP_REVIEW_DONE;

    ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: streamed, %uz of %uz inserts", put, n);

    return ngx_http_review_next_body(r, out);
}

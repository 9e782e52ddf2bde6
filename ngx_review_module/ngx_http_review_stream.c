
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
    ngx_http_review_changed(r, conf, -1);

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


/* the tail, with the inserts that fall in it */

static ngx_int_t
ngx_http_review_stream_end(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx)
{
    size_t                  n;
    ngx_int_t               put;
    ngx_chain_t            *out;
    const review_insert_t  *ins;

    n = review_inserts(ctx->core, &ins);

    if (n == 0) {
        return ngx_http_review_unchanged(r, ctx, NULL, 1);
    }

    /* an insert whose place went out before the page said it was one */
    put = ngx_http_review_splice(r, ctx, ins, n, &out);

    if (put == NGX_ERROR) {
        return NGX_ERROR;
    }

    if (put == 0) {
        ctx->status = REVIEW_STATUS_STREAMED;
        return ngx_http_review_unchanged(r, ctx, NULL, 1);
    }

    ngx_http_review_done_core(r, ctx);
    ctx->state = NGX_HTTP_REVIEW_DONE;

    ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: streamed, %i of %uz inserts", put, n);

    return ngx_http_review_next_body(r, out);
}


ngx_int_t
ngx_http_review_stream_body(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf,
    ngx_chain_t *in)
{
    int           rc;
    off_t         base;
    uint64_t      start;
    ngx_int_t     sent;
    ngx_buf_t    *b;
    ngx_uint_t    whole;
    ngx_chain_t  *cl, *out, **ll;

    base = ctx->size;

    for (cl = in; cl; cl = cl->next) {
        b = cl->buf;

        if (ngx_buf_in_memory(b)) {
            ngx_http_review_stream_scan(ctx, b->pos, b->last - b->pos, base);
            base += b->last - b->pos;
        }
    }

    sent = ngx_http_review_read(r, ctx, conf, in, &whole);

    if (ctx->state != NGX_HTTP_REVIEW_STREAM) {
        return sent;
    }

    if (whole) {
        start = ngx_http_review_usec();
        rc = review_finish(ctx->core);
        ctx->usec += ngx_http_review_usec() - start;

        ngx_http_review_log_failure(r, rc, ctx);

        return ngx_http_review_stream_end(r, ctx);
    }

    out = NULL;
    ll = &out;

    if (ngx_http_review_copy(r, ctx, ngx_http_review_stream_hold(ctx, conf),
                             &ll)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (out == NULL) {
        return NGX_OK;
    }

    return ngx_http_review_next_body(r, out);
}


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
 * to the core, which says where the earliest insert may still land
 * (review_hold()): the bytes before that go out as they come, the rest
 * waits.  At the end the tail goes out with the inserts that fall in it,
 * or as it is.
 */


ngx_int_t
ngx_http_review_stream_start(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf)
{
    ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: streaming the page");

    ctx->state = NGX_HTTP_REVIEW_STREAM;

    /* what the answer may become: no length, a weak validator */
    ngx_http_review_changed(r, conf, -1);

    return ngx_http_review_next_header(r);
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

    /* the core held back every place it could still insert at */
    put = ngx_http_review_splice(r, ctx, ins, n, &out);

    if (put == NGX_ERROR) {
        return NGX_ERROR;
    }

    if ((size_t) put != n) {
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "review filter: an insert before the held bytes");
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
    off_t         hold;
    uint64_t      start;
    ngx_int_t     sent;
    ngx_uint_t    whole, flush;
    ngx_chain_t  *cl, *out, **ll;

    /* what the upstream wants sent now, we send now too */
    flush = 0;

    for (cl = in; cl; cl = cl->next) {
        flush |= cl->buf->flush;
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

    hold = ctx->core ? (off_t) review_hold(ctx->core) : 0;

    out = NULL;
    ll = &out;

    if (ngx_http_review_copy(r, ctx, hold, &ll) != NGX_OK
        || (flush && ngx_http_review_special(r, &ll, NGX_HTTP_FLUSH)
                     != NGX_OK))
    {
        return NGX_ERROR;
    }

    if (out == NULL) {
        return NGX_OK;
    }

    return ngx_http_review_next_body(r, out);
}

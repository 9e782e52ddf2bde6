
/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "ngx_http_review_module.h"


/*
 * The header and body filters, and the buffered path.  The header is held
 * until the body is complete; the body is copied out of upstream buffers
 * into our own and fed to the core as it arrives
 * (ngx_http_review_output.c).  Any doubt (limit, unknown charset, not a
 * review, an internal error) sends the original header and bytes
 * unchanged.  With review_buffering off the page streams instead
 * (ngx_http_review_stream.c).
 */



static ngx_int_t
ngx_http_review_enabled(ngx_http_request_t *r,
    ngx_http_review_loc_conf_t *conf)
{
    ngx_str_t  val;

    if (conf->enable == NULL) {
        return 0;
    }

    if (ngx_http_complex_value(r, conf->enable, &val) != NGX_OK) {
        return 0;
    }

    return (val.len == 2 && ngx_strncasecmp(val.data, (u_char *) "on", 2)
                            == 0)
           || (val.len == 1 && val.data[0] == '1')
           || (val.len == 3 && ngx_strncasecmp(val.data, (u_char *) "yes", 3)
                               == 0);
}


/*
 * review_upstream_identity: where the page is to be reviewed, the
 * upstream is not told that the client accepts gzip, so it answers with
 * HTML the module can read.  proxy, FastCGI, uwsgi, SCGI and gRPC build
 * their request from the list r->headers_in.headers: Accept-Encoding
 * leaves that list, not the request.  r->headers_in.accept_encoding still
 * points to it, and nginx's gzip filter, which reads only that pointer,
 * compresses for the client as before.  The other headers are copied
 * into a new list; every pointer into the old one (host, cookies...)
 * stays valid, the old elements are not moved.  On a failure the list
 * stays as it was (the page may then be skipped as compressed, never
 * turned into an error).
 */

static ngx_uint_t
ngx_http_review_accept_encoding(ngx_table_elt_t *h)
{
    return h->key.len == sizeof("Accept-Encoding") - 1
           && ngx_strncasecmp(h->key.data, (u_char *) "Accept-Encoding",
                              h->key.len)
              == 0;
}


ngx_int_t
ngx_http_review_identity_handler(ngx_http_request_t *r)
{
    ngx_uint_t                   i, n, found;
    ngx_list_t                  *list;
    ngx_list_part_t             *part;
    ngx_table_elt_t             *h, *elts;
    ngx_http_review_loc_conf_t  *conf;

    if (r != r->main) {
        return NGX_DECLINED;
    }

    conf = ngx_http_get_module_loc_conf(r, ngx_http_review_filter_module);

    if (!conf->upstream_identity || !ngx_http_review_enabled(r, conf)) {
        return NGX_DECLINED;
    }

    list = &r->headers_in.headers;
    n = 0;
    found = 0;

    for (part = &list->part; part; part = part->next) {
        h = part->elts;

        for (i = 0; i < part->nelts; i++) {
            if (ngx_http_review_accept_encoding(&h[i])) {
                found = 1;

            } else {
                n++;
            }
        }
    }

    if (!found) {
        return NGX_DECLINED;
    }

    /* the other headers, in their order, as the one part of a new list */
    elts = ngx_palloc(r->pool, ngx_max(n, 1) * sizeof(ngx_table_elt_t));
    if (elts == NULL) {
        return NGX_DECLINED;
    }

    n = 0;

    for (part = &list->part; part; part = part->next) {
        h = part->elts;

        for (i = 0; i < part->nelts; i++) {
            if (!ngx_http_review_accept_encoding(&h[i])) {
                elts[n++] = h[i];
            }
        }
    }

    list->part.elts = elts;
    list->part.nelts = n;
    list->part.next = NULL;
    list->last = &list->part;
    list->nalloc = ngx_max(n, 1);

    ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: Accept-Encoding not sent upstream");

    return NGX_DECLINED;
}


/* the charset parameter of Content-Type, if any */

static void
ngx_http_review_charset(ngx_http_request_t *r, ngx_str_t *cs)
{
    u_char  *p, *last;

    ngx_str_null(cs);

    if (r->headers_out.charset.len) {
        *cs = r->headers_out.charset;
        return;
    }

    p = r->headers_out.content_type.data;
    last = p + r->headers_out.content_type.len;

    for ( /* void */ ; p + 8 < last; p++) {
        if (ngx_strncasecmp(p, (u_char *) "charset=", 8) == 0) {
            p += 8;

            if (*p == '"') {
                p++;
            }

            cs->data = p;

            while (p < last && *p != ';' && *p != '"' && *p != ' ') {
                p++;
            }

            cs->len = p - cs->data;
            return;
        }
    }
}


/* "films.example.org", "*.example.org", ".example.org", "www.example.*" */

static ngx_int_t
ngx_http_review_name_match(ngx_str_t *name, ngx_str_t *host)
{
    size_t  n;

    if (name->len == 0 || host->len == 0 || name->data[0] == '~') {
        return 0;
    }

    if (name->data[0] == '*' || name->data[0] == '.') {
        n = name->len - 1;

        return (host->len > n
                && ngx_strncasecmp(host->data + host->len - n,
                                   name->data + 1, n) == 0
                && (name->data[0] == '.' || host->data[host->len - n] == '.'
                    || name->data[1] == '.'))
               || (name->data[0] == '.' && host->len == n
                   && ngx_strncasecmp(host->data, name->data + 1, n) == 0);
    }

    if (name->data[name->len - 1] == '*') {
        n = name->len - 1;

        return host->len > n && ngx_strncasecmp(host->data, name->data, n)
                                == 0;
    }

    return host->len == name->len
           && ngx_strncasecmp(host->data, name->data, name->len) == 0;
}


/*
 * Does the Host header name this server?  The lookup nginx did to choose
 * the server, done again: the exact and wildcard names, then the regex
 * ones.  A Host that reached this server only because it is the default
 * one does not name it.
 */

static ngx_int_t
ngx_http_review_host_ok(ngx_http_request_t *r, ngx_str_t *host)
{
    ngx_http_core_srv_conf_t  *cscf, *found;
    ngx_http_virtual_names_t  *vn;
#if (NGX_PCRE)
    ngx_uint_t                 i;
    ngx_http_server_name_t    *sn;
#endif

    if (host->len == 0 || r->http_connection == NULL
        || r->http_connection->addr_conf == NULL)
    {
        return 0;
    }

    cscf = ngx_http_get_module_srv_conf(r, ngx_http_core_module);

    vn = r->http_connection->addr_conf->virtual_names;
    if (vn == NULL) {
        /* the only server here: nginx kept no names but its first */
        return ngx_http_review_name_match(&cscf->server_name, host);
    }

    /* r->headers_in.server is lower case already */
    found = ngx_hash_find_combined(&vn->names,
                                   ngx_hash_key(host->data, host->len),
                                   host->data, host->len);
    if (found) {
        return found == cscf;
    }

#if (NGX_PCRE)
    sn = vn->regex;

    for (i = 0; i < vn->nregex; i++) {
        if (ngx_regex_exec(sn[i].regex->regex, host, NULL, 0) >= 0) {
            return sn[i].server == cscf;
        }
    }
#endif

    return 0;
}


static ngx_int_t
ngx_http_review_input(ngx_http_request_t *r, review_input_t *in)
{
    size_t                     len;
    u_char                    *p, *q;
    ngx_str_t                  host, cs, uri, origin;
    ngx_uint_t                 i;
    ngx_list_part_t           *part;
    ngx_table_elt_t           *h;
    ngx_http_core_srv_conf_t  *cscf;
    ngx_http_review_loc_conf_t  *conf;

    ngx_memzero(in, sizeof(review_input_t));

    /*
     * The page's own canonical URL comes first; this one is the fallback.
     * The path is what the client asked for ($request_uri without its
     * query), not where try_files or an error_page sent the request
     * (/index.php).  The host is the configured server name; the Host
     * header only when the server has no plain name and Host matches one
     * of its names; else the publisher's URL, or nothing.
     */
    uri = r->main->unparsed_uri;

    q = ngx_strlchr(uri.data, uri.data + uri.len, '?');
    if (q) {
        uri.len = q - uri.data;
    }

    if (uri.len == 0 || uri.data[0] != '/') {
        uri = r->uri;
    }

    cscf = ngx_http_get_module_srv_conf(r, ngx_http_core_module);
    host = cscf->server_name;
    origin.len = 0;

    if (host.len == 0 || host.data[0] == '_' || host.data[0] == '*'
        || host.data[0] == '~' || host.data[0] == '.'
        || host.data[host.len - 1] == '*')
    {
        host = r->headers_in.server;

        if (!ngx_http_review_host_ok(r, &host)) {
            host.len = 0;

            conf = ngx_http_get_module_loc_conf(r,
                                              ngx_http_review_filter_module);
            origin = conf->publisher_url;

            /* "https://films.example.org/": its scheme and host */
            p = origin.len > 8 ? ngx_strlchr(origin.data + 8,
                                             origin.data + origin.len, '/')
                               : NULL;
            if (p) {
                origin.len = p - origin.data;
            }
        }
    }

    if (host.len == 0 && origin.len == 0) {
        /* no URL of our own: the page's canonical one, or none */
        goto charset;
    }

    len = sizeof("https://") - 1 + host.len + origin.len + uri.len;

    p = ngx_pnalloc(r->pool, len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    in->url.data = p;

    if (origin.len) {
        p = ngx_cpymem(p, origin.data, origin.len);

    } else {
#if (NGX_HTTP_SSL)
        if (r->connection->ssl) {
            p = ngx_cpymem(p, "https://", sizeof("https://") - 1);

        } else
#endif
        {
            p = ngx_cpymem(p, "http://", sizeof("http://") - 1);
        }

        p = ngx_cpymem(p, host.data, host.len);
    }

    p = ngx_cpymem(p, uri.data, uri.len);
    in->url.len = p - in->url.data;

charset:

    ngx_http_review_charset(r, &cs);
    in->charset.data = cs.data;
    in->charset.len = cs.len;

    /* XHTML as XML: what is inserted must keep it well-formed */
    in->xhtml = r->headers_out.content_type.len >= 21
                && ngx_strncasecmp(r->headers_out.content_type.data,
                                   (u_char *) "application/xhtml+xml", 21)
                   == 0;

    part = &r->headers_out.headers.part;
    h = part->elts;

    for (i = 0; /* void */ ; i++) {

        if (i >= part->nelts) {
            if (part->next == NULL) {
                break;
            }

            part = part->next;
            h = part->elts;
            i = 0;
        }

        if (h[i].hash && h[i].key.len == sizeof("Content-Language") - 1
            && ngx_strncasecmp(h[i].key.data, (u_char *) "Content-Language",
                               h[i].key.len) == 0)
        {
            in->language.data = h[i].value.data;
            in->language.len = h[i].value.len;
            break;
        }
    }

    return NGX_OK;
}


/* why a response is none of ours, before reading it; NONE: read it */

static review_status_e
ngx_http_review_skip(ngx_http_request_t *r, ngx_http_review_loc_conf_t *conf)
{
    ngx_table_elt_t  *ce;

    ce = r->headers_out.content_encoding;

    if (!ngx_http_review_enabled(r, conf)) {
        return REVIEW_STATUS_OFF;
    }

    if (r->headers_out.status != NGX_HTTP_OK) {
        return REVIEW_STATUS_STATUS;
    }

    if (!(r->method & (NGX_HTTP_GET|NGX_HTTP_HEAD))) {
        return REVIEW_STATUS_METHOD;
    }

    if (ngx_http_test_content_type(r, &conf->types) == NULL) {
        return REVIEW_STATUS_TYPE;
    }

    if (ce && ce->value.len
        && !(ce->value.len == 8
             && ngx_strncasecmp(ce->value.data, (u_char *) "identity", 8)
                == 0))
    {
        return REVIEW_STATUS_ENCODING;
    }

    if (r->headers_out.content_length_n > (off_t) conf->max_size) {
        return REVIEW_STATUS_TOO_LARGE;
    }

    if (r->headers_out.content_length_n == 0) {
        return REVIEW_STATUS_EMPTY;
    }

    return REVIEW_STATUS_NONE;
}


ngx_int_t
ngx_http_review_header_filter(ngx_http_request_t *r)
{
    uint64_t                     salt;
    ngx_http_review_ctx_t       *ctx;
    ngx_http_review_loc_conf_t  *conf;

    if (r != r->main) {
        return ngx_http_review_next_header(r);
    }

    conf = ngx_http_get_module_loc_conf(r, ngx_http_review_filter_module);

    if (conf->enable == NULL) {
        return ngx_http_review_next_header(r);
    }

    ctx = ngx_pcalloc(r->pool, sizeof(ngx_http_review_ctx_t));
    if (ctx == NULL) {
        return ngx_http_review_next_header(r);
    }

    ngx_http_set_ctx(r, ctx, ngx_http_review_filter_module);

    ctx->cache_status = conf->cache ? "BYPASS" : NULL;
    ctx->state = NGX_HTTP_REVIEW_PASS;

    ctx->status = ngx_http_review_skip(r, conf);

    if (ctx->status != REVIEW_STATUS_NONE) {
        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "review filter: %s", review_status_name(ctx->status));

        return ngx_http_review_next_header(r);
    }

    if (r->header_only || r->method == NGX_HTTP_HEAD) {
        /* no body to read: say what the GET answer may be */
        ctx->status = REVIEW_STATUS_HEAD;
        ngx_http_review_changed(r, conf, -1);

        return ngx_http_review_next_header(r);
    }

    if (ngx_http_review_input(r, &ctx->input) != NGX_OK
        || ngx_http_review_guard(r, ctx) != NGX_OK)
    {
        ctx->status = REVIEW_STATUS_ERROR;
        return ngx_http_review_next_header(r);
    }

    if (conf->cache) {
        /* the result depends on the page, the location and these */
        salt = conf->core_hash;
        salt ^= ngx_http_review_hash_bytes(salt,
                                           (u_char *) ctx->input.url.data,
                                           ctx->input.url.len);
        salt ^= ngx_http_review_hash_bytes(salt + 1,
                                           (u_char *) ctx->input.charset.data,
                                           ctx->input.charset.len);
        salt ^= ngx_http_review_hash_bytes(salt + 2,
                                           (u_char *) ctx->input.language.data,
                                           ctx->input.language.len);

        ctx->cache = conf->cache;
        ngx_http_review_hash_init(&ctx->hash, conf->cache, salt);
    }

    if (conf->cache && conf->buffering && r->upstream == NULL) {
        /*
         * A static file is to come to us as the file, for its identity
         * (ngx_http_review_file_hit()): nginx's copy filter leaves a file
         * to sendfile only when the connection may use it, and it decides
         * that on the first body buffer.  The connection's own setting is
         * back before anything of the body goes past us.
         */
        ctx->sendfile = r->connection->sendfile;
        ctx->sendfile_set = 1;
        r->connection->sendfile = 1;

    } else {
        r->main_filter_need_in_memory = 1;
    }

    r->allow_ranges = 0;

    if (!conf->buffering) {
        return ngx_http_review_stream_start(r, ctx, conf);
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: reading the page%s",
                   conf->cache ? ", cache on" : "");

    ctx->state = NGX_HTTP_REVIEW_BUFFER;

    return NGX_OK;
}


/*
 * Our copy with the inserts in their places, or with file set (a link to
 * the one buffer of a static file, never read) the file around them,
 * under a header that says so
 */

static ngx_int_t
ngx_http_review_send(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, const review_insert_t *ins, size_t n,
    ngx_chain_t *file)
{
    off_t         len;
    size_t        i;
    ngx_int_t     rc, put;
    ngx_chain_t  *out;

    if (n == 0) {
        return ngx_http_review_unchanged(r, ctx, file, file == NULL);
    }

    if (file) {
        put = ngx_http_review_splice_file(r, file->buf, ins, n, &out);
        len = file->buf->file_last - file->buf->file_pos;

    } else {
        put = ngx_http_review_splice(r, ctx, ins, n, &out);
        len = ctx->size;
    }

    if (put == NGX_ERROR) {
        return ngx_http_review_unchanged(r, ctx, file, file == NULL);
    }

    if ((size_t) put != n) {
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "review filter: insert past the end of the page");
        ctx->status = REVIEW_STATUS_ERROR;
        return ngx_http_review_unchanged(r, ctx, file, file == NULL);
    }

    for (i = 0; i < n; i++) {
        len += ins[i].text.len;
    }

    if (file) {
        /* the slices stand for it */
        file->buf->file_pos = file->buf->file_last;
    }

    ngx_http_review_done_core(r, ctx);
    ctx->state = NGX_HTTP_REVIEW_DONE;
    ctx->status = REVIEW_STATUS_INJECTED;

    ngx_http_review_changed(r, conf, len);

    rc = ngx_http_review_next_header(r);

    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    return ngx_http_review_next_body(r, out);
}


/*
 * A cached result under key k1, k2, if there is one: NGX_DECLINED if not.
 * With file, the page is that file, not read (no bytes to check around
 * the inserts).  With alias, a hit is also kept under the file's key.
 */

static ngx_int_t
ngx_http_review_cached(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, uint64_t k1, uint64_t k2,
    ngx_chain_t *file, ngx_uint_t alias)
{
    off_t                     size;
    ngx_http_review_cached_t  res;

    ngx_memzero(&res, sizeof(ngx_http_review_cached_t));

    size = file ? ctx->file_size : ctx->size;

    if (ngx_http_review_cache_get(r, ctx->cache, k1, k2, size,
                                  file ? NULL : ctx->bufs, &res)
        != NGX_OK)
    {
        ctx->cache_status = "MISS";
        return NGX_DECLINED;
    }

    ngx_log_debug3(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review cache hit by %s%s: %V",
                   (ctx->file_key && k1 == ctx->fk1 && k2 == ctx->fk2)
                   ? "file" : "body",
                   file ? ", sent from it" : "", &res.status);

    if (alias) {
        ngx_http_review_cache_put(r, ctx->cache, ctx->fk1, ctx->fk2,
                                  ctx->size, ctx->bufs, &res);
    }

    ctx->cache_status = "HIT";
    ctx->item = res.item;
    ctx->rating = res.rating;
    ctx->quote = res.quote;
    ctx->language = res.language;

    if (res.ninserts == 0) {
        ctx->status = review_status_lookup(res.status.data, res.status.len);
    }

    return ngx_http_review_send(r, ctx, conf, res.inserts, res.ninserts,
                                file);
}


/*
 * The first body buffer: is the page a static file, found by what the
 * file is?  nginx's static handler sends a file as one buffer, offset 0
 * to its size, the last.  Its key (ngx_http_review_file_key()) holds as
 * long as the page is read from that file in order.
 */

static void
ngx_http_review_file_identify(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_chain_t *in)
{
    ngx_buf_t  *b;

    ctx->file_tried = 1;

    if (in == NULL || ctx->size) {
        return;
    }

    b = in->buf;

    if (!b->in_file || b->file == NULL || ngx_buf_in_memory(b)
        || b->file_pos != 0)
    {
        return;
    }

    if (ngx_http_review_file_key(&ctx->hash, b->file->fd, &ctx->file_size,
                                 &ctx->fk1, &ctx->fk2)
        != NGX_OK)
    {
        return;
    }

    ctx->file = b->file;
    ctx->file_key = 1;
}


/*
 * A hit for the whole file in one buffer, when the connection may send
 * files: the page is never read nor hashed, its bytes go out by sendfile
 * around the inserts.  NGX_DECLINED: read it.
 */

static ngx_int_t
ngx_http_review_file_hit(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, ngx_chain_t *in)
{
    ngx_int_t   rc;
    uint64_t    start;
    ngx_buf_t  *b;

    b = in->buf;

    if (!ctx->file_key || !ctx->sendfile || in->next || !b->last_buf
        || b->file != ctx->file || b->file_pos != 0
        || b->file_last != ctx->file_size)
    {
        return NGX_DECLINED;
    }

    start = ngx_http_review_usec();

    ctx->file_looked = 1;

    rc = ngx_http_review_cached(r, ctx, conf, ctx->fk1, ctx->fk2, in, 0);

    ctx->usec += ngx_http_review_usec() - start;

    return rc;
}


/* what the analysis found, for the next identical page */

static void
ngx_http_review_cache_result(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, uint64_t k1, uint64_t k2,
    const review_insert_t *ins, size_t n)
{
    const char                *status;
    const review_facts_t      *f;
    ngx_http_review_cached_t   res;

    f = review_get_facts(ctx->core);
    status = review_status_name(review_status(ctx->core));

    ngx_memzero(&res, sizeof(ngx_http_review_cached_t));

    res.status.data = (u_char *) status;
    res.status.len = ngx_strlen(status);
    res.inserts = (review_insert_t *) ins;
    res.ninserts = n;
    res.language.data = (u_char *) f->lang.data;
    res.language.len = ngx_min(f->lang.len, 32);

    if (n) {
        res.item.data = (u_char *) f->item_name.data;
        res.item.len = ngx_min(f->item_name.len, 256);
        res.quote.data = (u_char *) f->quote.data;
        res.quote.len = ngx_min(f->quote.len, 512);
        ngx_http_review_rating(r, f, &res.rating);
    }

    ngx_http_review_cache_put(r, ctx->cache, k1, k2, ctx->size, ctx->bufs,
                              &res);

    if (ctx->file_key) {
        ngx_http_review_cache_put(r, ctx->cache, ctx->fk1, ctx->fk2,
                                  ctx->size, ctx->bufs, &res);
    }
}


/* the page is whole: look it up, or analyse it, then send it */

static ngx_int_t
ngx_http_review_finish(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf)
{
    int                     rc;
    size_t                  n;
    uint64_t                k1, k2, start;
    ngx_int_t               hit;
    ngx_chain_t            *cl;
    const review_insert_t  *ins;

    start = ngx_http_review_usec();
    k1 = 0;
    k2 = 0;

    if (ctx->cache) {
        /* the file's key holds only if the page was that whole file */
        if (ctx->size != ctx->file_size) {
            ctx->file_key = 0;
        }

        hit = NGX_DECLINED;

        if (ctx->file_key && !ctx->file_looked) {
            hit = ngx_http_review_cached(r, ctx, conf, ctx->fk1, ctx->fk2,
                                         NULL, 0);
        }

        if (hit == NGX_DECLINED) {
            for (cl = ctx->bufs; cl; cl = cl->next) {
                ngx_http_review_hash_update(&ctx->hash, cl->buf->pos,
                                            cl->buf->last - cl->buf->pos);
            }

            ngx_http_review_hash_final(&ctx->hash, &k1, &k2);

            hit = ngx_http_review_cached(r, ctx, conf, k1, k2, NULL,
                                         ctx->file_key);
        }

        ctx->usec += ngx_http_review_usec() - start;

        if (hit != NGX_DECLINED) {
            return hit;
        }

        start = ngx_http_review_usec();

        /* analyse our copy now */
        if (ngx_http_review_core_create(r, ctx, conf) != NGX_OK) {
            return ngx_http_review_unchanged(r, ctx, NULL, 1);
        }

        rc = REVIEW_OK;

        for (cl = ctx->bufs; cl && rc == REVIEW_OK; cl = cl->next) {
            rc = review_feed(ctx->core, cl->buf->pos,
                             cl->buf->last - cl->buf->pos);
        }

        if (rc == REVIEW_OK) {
            rc = review_finish(ctx->core);
        }

    } else {
        rc = review_finish(ctx->core);
    }

    ngx_http_review_log_failure(r, rc, ctx);

    n = review_inserts(ctx->core, &ins);

    /* into the cache before sending: sending frees the core */
    if (ctx->cache && rc != REVIEW_ERROR) {
        ngx_http_review_cache_result(r, ctx, k1, k2, ins, n);
    }

    ctx->usec += ngx_http_review_usec() - start;

    return ngx_http_review_send(r, ctx, conf, ins, n, NULL);
}


/*
 * Did the upstream give up before the end of the body (closed, reset,
 * timed out)?  nginx then finalises the upstream (u->cleanup is cleared
 * first), sends what it has with a flush but no last buffer, and
 * terminates the request (ngx_http_upstream_finalize_request()): the
 * page will never be whole.  Only for the upstream whose header this is:
 * after an X-Accel-Redirect or an error_page the old one stays in
 * r->upstream, finalised, but never sent a header.
 */

static ngx_uint_t
ngx_http_review_cut(ngx_http_request_t *r, ngx_chain_t *in)
{
    ngx_chain_t          *cl;
    ngx_http_upstream_t  *u;

    u = r->upstream;

    if (u == NULL || u->cleanup != NULL || !u->header_sent) {
        return 0;
    }

    for (cl = in; cl; cl = cl->next) {
        if (cl->buf->last_buf) {
            return 0;
        }
    }

    return 1;
}


ngx_int_t
ngx_http_review_body_filter(ngx_http_request_t *r, ngx_chain_t *in)
{
    ngx_int_t                    rc;
    ngx_uint_t                   whole;
    ngx_http_review_ctx_t       *ctx;
    ngx_http_review_loc_conf_t  *conf;

    ctx = ngx_http_get_module_ctx(r, ngx_http_review_filter_module);

    if (ctx && ctx->sendfile_set) {
        /* nginx's copy filter has decided: the connection's own again */
        r->connection->sendfile = ctx->sendfile;
        ctx->sendfile_set = 0;
    }

    if (ctx == NULL
        || (ctx->state != NGX_HTTP_REVIEW_BUFFER
            && ctx->state != NGX_HTTP_REVIEW_STREAM))
    {
        return ngx_http_review_next_body(r, in);
    }

    if (ngx_http_review_cut(r, in)) {
        /*
         * As nginx alone: the held header, every byte that came, and the
         * flush, never ended; nothing goes into a page cut short.
         */
        ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "review filter: the upstream cut the page");

        ctx->status = REVIEW_STATUS_CUT;

        return ngx_http_review_unchanged(r, ctx, in, 0);
    }

    conf = ngx_http_get_module_loc_conf(r, ngx_http_review_filter_module);

    if (ctx->state == NGX_HTTP_REVIEW_STREAM) {
        return ngx_http_review_stream_body(r, ctx, conf, in);
    }

    if (ctx->cache && !ctx->file_tried) {
        ngx_http_review_file_identify(r, ctx, in);

        rc = ngx_http_review_file_hit(r, ctx, conf, in);

        if (rc != NGX_DECLINED) {
            return rc;
        }
    }

    rc = ngx_http_review_read(r, ctx, conf, in, &whole);

    if (ctx->state != NGX_HTTP_REVIEW_BUFFER || !whole) {
        return rc;
    }

    return ngx_http_review_finish(r, ctx, conf);
}

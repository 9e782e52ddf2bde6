
/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include <time.h>

#if (defined __GLIBC__)
#include <malloc.h>
#endif

#include "ngx_http_review_module.h"


/*
 * The nginx side of the review filter: configuration, the header and body
 * filters, buffering and splicing, variables.  Everything that reads the
 * page lives in the nginx-free core (review.h).
 *
 * The header is held until the body is complete; the body is copied out of
 * upstream buffers into our own and fed to the core as it arrives.  Any
 * doubt (limit, unknown charset, not a review, an internal error) sends
 * the original header and bytes unchanged.  With review_buffering off
 * the page streams instead (ngx_http_review_stream.c).
 */


static ngx_int_t ngx_http_review_header_filter(ngx_http_request_t *r);
static ngx_int_t ngx_http_review_body_filter(ngx_http_request_t *r,
    ngx_chain_t *in);
static ngx_int_t ngx_http_review_filter_init(ngx_conf_t *cf);
static void *ngx_http_review_create_loc_conf(ngx_conf_t *cf);
static char *ngx_http_review_merge_loc_conf(ngx_conf_t *cf, void *parent,
    void *child);
static ngx_int_t ngx_http_review_preconf(ngx_conf_t *cf);
static ngx_int_t ngx_http_review_init_process(ngx_cycle_t *cycle);
static char *ngx_http_review_enable(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_enum(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_number(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_publisher(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_selector(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_template(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);


typedef struct {
    ngx_str_t                  name;
    ngx_uint_t                 value;
} ngx_http_review_enum_t;


typedef struct {
    ngx_http_review_enum_t    *values;
    const char                *must;        /* for the error message */
} ngx_http_review_enum_post_t;


static ngx_http_review_enum_t  ngx_http_review_card_positions[] = {
    { ngx_string("after_title"), REVIEW_CARD_AFTER_TITLE },
    { ngx_string("before_content"), REVIEW_CARD_BEFORE_CONTENT },
    { ngx_string("after_content"), REVIEW_CARD_AFTER_CONTENT },
    { ngx_string("marker"), REVIEW_CARD_MARKER },
    { ngx_null_string, 0 }
};

static ngx_http_review_enum_post_t  ngx_http_review_card_position_post = {
    ngx_http_review_card_positions,
    "\"after_title\", \"before_content\", \"after_content\" or \"marker\""
};


static ngx_http_review_enum_t  ngx_http_review_bodies[] = {
    { ngx_string("full"), REVIEW_BODY_FULL },
    { ngx_string("excerpt"), REVIEW_BODY_EXCERPT },
    { ngx_string("off"), REVIEW_BODY_OFF },
    { ngx_null_string, 0 }
};

static ngx_http_review_enum_post_t  ngx_http_review_body_post = {
    ngx_http_review_bodies, "\"full\", \"excerpt\" or \"off\""
};


static ngx_http_review_enum_t  ngx_http_review_existings[] = {
    { ngx_string("skip"), REVIEW_EXISTING_SKIP },
    { ngx_string("fill"), REVIEW_EXISTING_FILL },
    { ngx_null_string, 0 }
};

static ngx_http_review_enum_post_t  ngx_http_review_existing_post = {
    ngx_http_review_existings, "\"skip\" or \"fill\""
};


/* low and high bounds for numbers */
static ngx_uint_t  ngx_http_review_percent[] = { 0, 100 };
static ngx_uint_t  ngx_http_review_words[] = { 0, 100000 };
static ngx_uint_t  ngx_http_review_counts[] = { 1, 100000000 };


static ngx_command_t  ngx_http_review_filter_commands[] = {

    { ngx_string("review"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_HTTP_LIF_CONF
                        |NGX_CONF_TAKE1,
      ngx_http_review_enable,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("review_types"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_types_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, types_keys),
      &ngx_http_html_default_types[0] },

    { ngx_string("review_max_size"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_size),
      NULL },

    { ngx_string("review_jsonld"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, jsonld),
      NULL },

    { ngx_string("review_buffering"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, buffering),
      NULL },

    { ngx_string("review_last_modified"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, last_modified),
      NULL },

    { ngx_string("review_card"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, card),
      NULL },

    { ngx_string("review_card_style"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, card_style),
      NULL },

    { ngx_string("review_card_position"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_enum,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, card_position),
      &ngx_http_review_card_position_post },

    { ngx_string("review_social_meta"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, social_meta),
      NULL },

    { ngx_string("review_force"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, force),
      NULL },

    { ngx_string("review_body"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_enum,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, body),
      &ngx_http_review_body_post },

    { ngx_string("review_existing"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_enum,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, existing),
      &ngx_http_review_existing_post },

    { ngx_string("review_min_confidence"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_number,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, min_confidence),
      ngx_http_review_percent },

    { ngx_string("review_min_words"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_number,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, min_words),
      ngx_http_review_words },

    { ngx_string("review_max_nodes"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_number,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_nodes),
      ngx_http_review_counts },

    { ngx_string("review_max_sentences"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_number,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_sentences),
      ngx_http_review_counts },

    { ngx_string("review_max_text"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_text),
      NULL },

    { ngx_string("review_max_memory"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_memory),
      NULL },

    { ngx_string("review_publisher"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE123,
      ngx_http_review_publisher,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("review_cache_zone"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_1MORE,
      ngx_http_review_cache_zone,
      0,
      0,
      NULL },

    { ngx_string("review_cache"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_cache,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("review_content_selector"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_selector,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, content_selector),
      NULL },

    { ngx_string("review_title_selector"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_selector,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, title_selector),
      NULL },

    { ngx_string("review_card_template"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_template,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("review_author_fallback"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_str_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, author_fallback),
      NULL },

      ngx_null_command
};


static ngx_http_module_t  ngx_http_review_filter_module_ctx = {
    ngx_http_review_preconf,               /* preconfiguration */
    ngx_http_review_filter_init,           /* postconfiguration */

    NULL,                                  /* create main configuration */
    NULL,                                  /* init main configuration */

    NULL,                                  /* create server configuration */
    NULL,                                  /* merge server configuration */

    ngx_http_review_create_loc_conf,       /* create location configuration */
    ngx_http_review_merge_loc_conf         /* merge location configuration */
};


/*
 * The largest review_max_size of the locations that may review, for the
 * workers' heap (see ngx_http_review_init_process).  Set while the
 * configuration is read, inherited by the workers it forks.
 */
static size_t  ngx_http_review_heap_page;


ngx_module_t  ngx_http_review_filter_module = {
    NGX_MODULE_V1,
    &ngx_http_review_filter_module_ctx,    /* module context */
    ngx_http_review_filter_commands,       /* module directives */
    NGX_HTTP_MODULE,                       /* module type */
    NULL,                                  /* init master */
    NULL,                                  /* init module */
    ngx_http_review_init_process,          /* init process */
    NULL,                                  /* init thread */
    NULL,                                  /* exit thread */
    NULL,                                  /* exit process */
    NULL,                                  /* exit master */
    NGX_MODULE_V1_PADDING
};


static ngx_http_output_header_filter_pt  ngx_http_next_header_filter;
static ngx_http_output_body_filter_pt    ngx_http_next_body_filter;


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


static ngx_int_t
ngx_http_review_input(ngx_http_request_t *r, review_input_t *in)
{
    size_t                     len;
    u_char                    *p;
    ngx_str_t                  host, cs;
    ngx_uint_t                 i;
    ngx_list_part_t           *part;
    ngx_table_elt_t           *h;
    ngx_http_core_srv_conf_t  *cscf;

    ngx_memzero(in, sizeof(review_input_t));

    /*
     * the page's own canonical URL comes first; this one is the fallback:
     * the configured server name rather than what the client sent
     */
    cscf = ngx_http_get_module_srv_conf(r, ngx_http_core_module);
    host = cscf->server_name;

    if (host.len == 0 || host.data[0] == '_' || host.data[0] == '*'
        || host.data[0] == '~' || host.data[0] == '.')
    {
        host = r->headers_in.server;
    }

    len = sizeof("https://") - 1 + host.len + r->uri.len;

    p = ngx_pnalloc(r->pool, len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    in->url.data = p;
#if (NGX_HTTP_SSL)
    if (r->connection->ssl) {
        p = ngx_cpymem(p, "https://", sizeof("https://") - 1);

    } else
#endif
    {
        p = ngx_cpymem(p, "http://", sizeof("http://") - 1);
    }

    p = ngx_cpymem(p, host.data, host.len);
    p = ngx_cpymem(p, r->uri.data, r->uri.len);
    in->url.len = p - in->url.data;

    ngx_http_review_charset(r, &cs);
    in->charset.data = cs.data;
    in->charset.len = cs.len;

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


static ngx_int_t
ngx_http_review_header_filter(ngx_http_request_t *r)
{
    const char                  *skip;
    uint64_t                     salt;
    ngx_pool_cleanup_t          *cln;
    ngx_http_review_ctx_t       *ctx;
    ngx_http_review_loc_conf_t  *conf;

    if (r != r->main) {
        return ngx_http_next_header_filter(r);
    }

    conf = ngx_http_get_module_loc_conf(r, ngx_http_review_filter_module);

    if (conf->enable == NULL) {
        return ngx_http_next_header_filter(r);
    }

    if (!ngx_http_review_enabled(r, conf)) {
        skip = "skipped:off";

    } else if (r->headers_out.status != NGX_HTTP_OK) {
        skip = "skipped:status";

    } else if (!(r->method & (NGX_HTTP_GET|NGX_HTTP_HEAD))) {
        skip = "skipped:method";

    } else if (ngx_http_test_content_type(r, &conf->types) == NULL) {
        skip = "skipped:type";

    } else if (r->headers_out.content_encoding
               && r->headers_out.content_encoding->value.len
               && !(r->headers_out.content_encoding->value.len == 8
                    && ngx_strncasecmp(
                           r->headers_out.content_encoding->value.data,
                           (u_char *) "identity", 8) == 0))
    {
        skip = "skipped:encoding";

    } else if (r->headers_out.content_length_n > (off_t) conf->max_size) {
        skip = "skipped:too-large";

    } else if (r->headers_out.content_length_n == 0) {
        skip = "skipped:empty";

    } else {
        skip = NULL;
    }

    ctx = ngx_pcalloc(r->pool, sizeof(ngx_http_review_ctx_t));
    if (ctx == NULL) {
        return ngx_http_next_header_filter(r);
    }

    ngx_http_set_ctx(r, ctx, ngx_http_review_filter_module);

    ctx->cache_status = conf->cache ? "BYPASS" : NULL;

    if (skip) {
        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "review filter: %s", skip);

        ctx->status = skip;
        ctx->state = NGX_HTTP_REVIEW_PASS;
        return ngx_http_next_header_filter(r);
    }

    if (r->header_only || r->method == NGX_HTTP_HEAD) {
        /*
         * No body to read: say what the GET answer may be, as nginx's own
         * filters do - a length we cannot know, a weak validator.
         */
        ctx->status = "skipped:head";
        ctx->state = NGX_HTTP_REVIEW_PASS;

        ngx_http_clear_content_length(r);
        ngx_http_clear_accept_ranges(r);

        if (!conf->last_modified) {
            ngx_http_clear_last_modified(r);
        }

        ngx_http_weak_etag(r);

        return ngx_http_next_header_filter(r);
    }

    /* the pool cleanup comes before the core exists: an abort frees it */
    cln = ngx_pool_cleanup_add(r->pool, 0);

    if (cln == NULL || ngx_http_review_input(r, &ctx->input) != NGX_OK) {
        ctx->status = "skipped:error";
        ctx->state = NGX_HTTP_REVIEW_PASS;
        return ngx_http_next_header_filter(r);
    }

    cln->handler = ngx_http_review_cleanup;
    cln->data = ctx;

    ctx->last_buf = &ctx->bufs;
    ctx->status = NULL;             /* not decided yet */

    if (conf->cache) {
        /* the result depends on the page, the location and these */
        salt = conf->core_hash;
        salt ^= ngx_http_review_hash_bytes(salt, (u_char *) ctx->input.url.data,
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

    if (!conf->buffering) {
        return ngx_http_review_stream_start(r, ctx, conf);
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: reading the page%s",
                   conf->cache ? ", cache on" : "");

    r->main_filter_need_in_memory = 1;
    r->allow_ranges = 0;

    return NGX_OK;
}


/* appends bytes to our copy of the page */

ngx_int_t
ngx_http_review_store(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, u_char *p, size_t len)
{
    off_t         want;
    size_t        n;
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    while (len) {

        b = ctx->bufs ? ((ngx_chain_t *) ((u_char *) ctx->last_buf
                         - offsetof(ngx_chain_t, next)))->buf : NULL;

        if (b == NULL || b->last == b->end) {

            /*
             * One buffer when the length is known; otherwise buffers that
             * double, so a page takes few of them.
             */
            if (ctx->bufs == NULL && r->headers_out.content_length_n > 0) {
                want = r->headers_out.content_length_n;

            } else {
                want = ngx_max(ctx->size, 32768);
            }

            want = ngx_min(want, (off_t) conf->max_size - ctx->size);
            want = ngx_max(want, (off_t) len);

            b = ngx_create_temp_buf(r->pool, (size_t) want);
            if (b == NULL) {
                return NGX_ERROR;
            }

            cl = ngx_alloc_chain_link(r->pool);
            if (cl == NULL) {
                return NGX_ERROR;
            }

            cl->buf = b;
            cl->next = NULL;
            *ctx->last_buf = cl;
            ctx->last_buf = &cl->next;
        }

        n = ngx_min(len, (size_t) (b->end - b->last));
        b->last = ngx_cpymem(b->last, p, n);
        p += n;
        len -= n;
        ctx->size += n;
    }

    return NGX_OK;
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


static void
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
    if (ctx->status == NULL) {
        ctx->status = review_status(ctx->core);
    }

    f = review_get_facts(ctx->core);

    if (ctx->status[0] == 'i') {
        ngx_http_review_copy_str(r, &ctx->item, &f->item_name, 256);
        ngx_http_review_copy_str(r, &ctx->quote, &f->quote, 512);
        ngx_http_review_rating(r, f, &ctx->rating);
    }

    ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: %s, %uz bytes of memory", ctx->status,
                   review_memory(ctx->core));

    review_destroy(ctx->core);
    ctx->core = NULL;
}


/*
 * Fail open: the held header as it was, our copy of the page, and the
 * rest of the body as it comes.
 */

static ngx_int_t
ngx_http_review_pass(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_chain_t *rest, ngx_uint_t last)
{
    ngx_int_t     rc;
    ngx_chain_t  *cl, *out, **ll;

    ngx_http_review_done_core(r, ctx);

    ctx->state = NGX_HTTP_REVIEW_PASS;

    if (ctx->status == NULL) {
        ctx->status = "skipped:error";
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "review filter: page goes out as is: %s", ctx->status);

    rc = ngx_http_next_header_filter(r);

    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    out = NULL;
    ll = &out;

    for (cl = ctx->bufs; cl; cl = cl->next) {
        if (cl->buf->last == cl->buf->pos) {
            continue;
        }

        *ll = cl;
        ll = &cl->next;
    }

    *ll = rest;
    ctx->bufs = NULL;

    /* the buffer that ended the page was ours: end it again */
    if (rest == NULL && last) {
        cl = ngx_alloc_chain_link(r->pool);
        if (cl == NULL) {
            return NGX_ERROR;
        }

        cl->buf = ngx_calloc_buf(r->pool);
        if (cl->buf == NULL) {
            return NGX_ERROR;
        }

        cl->buf->last_buf = 1;
        cl->next = NULL;
        *ll = cl;
    }

    if (out == NULL) {
        return NGX_OK;
    }

    return ngx_http_next_body_filter(r, out);
}


static ngx_chain_t *
ngx_http_review_link(ngx_http_request_t *r, ngx_chain_t ***ll, ngx_buf_t *b)
{
    ngx_chain_t  *cl;

    cl = ngx_alloc_chain_link(r->pool);
    if (cl == NULL) {
        return NULL;
    }

    cl->buf = b;
    cl->next = NULL;
    **ll = cl;
    *ll = &cl->next;

    return cl;
}


/* our buffers cut at each insert, with the inserts in between */

static ngx_int_t
ngx_http_review_send(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf, const review_insert_t *ins, size_t n)
{
    off_t          pos, len, size;
    size_t         i;
    ngx_int_t      rc;
    ngx_buf_t     *b, *src;
    ngx_chain_t   *cl, *out, **ll;

    if (n == 0) {
        return ngx_http_review_pass(r, ctx, NULL, 1);
    }

    out = NULL;
    ll = &out;
    len = ctx->size;
    pos = 0;
    i = 0;

    for (cl = ctx->bufs; cl; cl = cl->next) {
        src = cl->buf;
        size = src->last - src->pos;

        while (size > 0 || (i < n && (off_t) ins[i].offset == pos)) {

            if (i < n && (off_t) ins[i].offset == pos) {
                b = ngx_create_temp_buf(r->pool, ins[i].text.len);
                if (b == NULL) {
                    return ngx_http_review_pass(r, ctx, NULL, 1);
                }

                b->last = ngx_cpymem(b->pos, ins[i].text.data,
                                     ins[i].text.len);
                len += ins[i].text.len;
                i++;

            } else {
                b = ngx_calloc_buf(r->pool);
                if (b == NULL) {
                    return ngx_http_review_pass(r, ctx, NULL, 1);
                }

                b->memory = 1;
                b->pos = src->last - size;
                b->last = src->last;

                if (i < n && (off_t) ins[i].offset < pos + size) {
                    b->last = b->pos + (ins[i].offset - pos);
                }

                pos += b->last - b->pos;
                size -= b->last - b->pos;
            }

            if (ngx_http_review_link(r, &ll, b) == NULL) {
                return ngx_http_review_pass(r, ctx, NULL, 1);
            }
        }
    }

    if (out == NULL || i != n) {
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "review filter: insert past the end of the page");
        ctx->status = "skipped:error";
        return ngx_http_review_pass(r, ctx, NULL, 1);
    }

    for (cl = out; cl->next; cl = cl->next) { /* void */ }
    cl->buf->last_buf = 1;

    ngx_http_review_done_core(r, ctx);
    ctx->state = NGX_HTTP_REVIEW_DONE;
    ctx->status = "injected";

    r->headers_out.content_length_n = len;

    if (r->headers_out.content_length) {
        r->headers_out.content_length->hash = 0;
        r->headers_out.content_length = NULL;
    }

    ngx_http_clear_accept_ranges(r);

    if (!conf->last_modified) {
        ngx_http_clear_last_modified(r);
    }

    ngx_http_weak_etag(r);

    rc = ngx_http_next_header_filter(r);

    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    return ngx_http_next_body_filter(r, out);
}


ngx_int_t
ngx_http_review_core_create(ngx_http_request_t *r,
    ngx_http_review_ctx_t *ctx, ngx_http_review_loc_conf_t *conf)
{
    ctx->core = review_create(&conf->core, &ctx->input);

    if (ctx->core == NULL) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "review filter: out of memory");
        ctx->status = "skipped:error";
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
                      review_status(ctx->core));
    }
}


/* the page is whole: look it up, or analyse it, then send it */

static ngx_int_t
ngx_http_review_finish(ngx_http_request_t *r, ngx_http_review_ctx_t *ctx,
    ngx_http_review_loc_conf_t *conf)
{
    int                       rc;
    size_t                    n;
    uint64_t                  k1, k2, start;
    ngx_chain_t              *cl;
    const review_facts_t     *f;
    ngx_http_review_cached_t  res;
    const review_insert_t    *ins;

    start = ngx_http_review_usec();
    k1 = 0;
    k2 = 0;

    if (ctx->cache) {
        ngx_http_review_hash_final(&ctx->hash, &k1, &k2);

        ngx_memzero(&res, sizeof(ngx_http_review_cached_t));

        if (ngx_http_review_cache_get(r, ctx->cache, k1, k2, ctx->size,
                                      ctx->bufs, &res)
            == NGX_OK)
        {
            ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                           "review cache hit: %V", &res.status);

            ctx->cache_status = "HIT";
            ctx->item = res.item;
            ctx->rating = res.rating;
            ctx->quote = res.quote;

            if (res.ninserts == 0) {
                ctx->status = (const char *) ngx_pnalloc(r->pool,
                                                         res.status.len + 1);
                if (ctx->status) {
                    ngx_cpystrn((u_char *) ctx->status, res.status.data,
                                res.status.len + 1);

                } else {
                    ctx->status = "skipped:error";
                }
            }

            ctx->usec += ngx_http_review_usec() - start;

            return ngx_http_review_send(r, ctx, conf, res.inserts,
                                        res.ninserts);
        }

        ctx->cache_status = "MISS";

        /* analyse our copy now */
        if (ngx_http_review_core_create(r, ctx, conf) != NGX_OK) {
            return ngx_http_review_pass(r, ctx, NULL, 1);
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
        f = review_get_facts(ctx->core);

        ngx_memzero(&res, sizeof(ngx_http_review_cached_t));

        res.status.data = (u_char *) review_status(ctx->core);
        res.status.len = ngx_strlen(res.status.data);
        res.inserts = (review_insert_t *) ins;
        res.ninserts = n;

        if (n) {
            res.item.data = (u_char *) f->item_name.data;
            res.item.len = ngx_min(f->item_name.len, 256);
            res.quote.data = (u_char *) f->quote.data;
            res.quote.len = ngx_min(f->quote.len, 512);
            ngx_http_review_rating(r, f, &res.rating);
        }

        ngx_http_review_cache_put(r, ctx->cache, k1, k2, ctx->size,
                                  ctx->bufs, &res);
    }

    ctx->usec += ngx_http_review_usec() - start;

    return ngx_http_review_send(r, ctx, conf, ins, n);
}


static ngx_int_t
ngx_http_review_body_filter(ngx_http_request_t *r, ngx_chain_t *in)
{
    int                          rc;
    size_t                       size;
    uint64_t                     start;
    ngx_buf_t                   *b;
    ngx_chain_t                 *cl;
    ngx_http_review_ctx_t       *ctx;
    ngx_http_review_loc_conf_t  *conf;

    ctx = ngx_http_get_module_ctx(r, ngx_http_review_filter_module);

    if (ctx && ctx->state == NGX_HTTP_REVIEW_STREAM) {
        conf = ngx_http_get_module_loc_conf(r, ngx_http_review_filter_module);
        return ngx_http_review_stream_body(r, ctx, conf, in);
    }

    if (ctx == NULL || ctx->state != NGX_HTTP_REVIEW_BUFFER) {
        return ngx_http_next_body_filter(r, in);
    }

    conf = ngx_http_get_module_loc_conf(r, ngx_http_review_filter_module);

    for (cl = in; cl; cl = cl->next) {
        b = cl->buf;

        if (!ngx_buf_in_memory(b) && ngx_buf_size(b)) {
            ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                          "review filter: body not in memory");
            ctx->status = "skipped:error";
            return ngx_http_review_pass(r, ctx, cl, 0);
        }

        size = b->last - b->pos;

        if (size) {
            if (ctx->size + (off_t) size > (off_t) conf->max_size) {
                ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                               "review filter: page grew past "
                               "review_max_size");
                ctx->status = "skipped:too-large";
                return ngx_http_review_pass(r, ctx, cl, 0);
            }

            if (ngx_http_review_store(r, ctx, conf, b->pos, size) != NGX_OK) {
                ctx->status = "skipped:error";
                return ngx_http_review_pass(r, ctx, cl, 0);
            }

            start = ngx_http_review_usec();

            if (ctx->cache) {
                ngx_http_review_hash_update(&ctx->hash, b->pos, size);
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

                return ngx_http_review_pass(r, ctx, cl->next, b->last_buf);
            }
        }

        if (b->last_buf) {
            if (ctx->size == 0) {
                ctx->status = "skipped:empty";
                return ngx_http_review_pass(r, ctx, NULL, 1);
            }

            return ngx_http_review_finish(r, ctx, conf);
        }
    }

    return NGX_OK;
}


static void *
ngx_http_review_create_loc_conf(ngx_conf_t *cf)
{
    ngx_http_review_loc_conf_t  *conf;

    conf = ngx_pcalloc(cf->pool, sizeof(ngx_http_review_loc_conf_t));
    if (conf == NULL) {
        return NULL;
    }

    /*
     * set by ngx_pcalloc():
     *
     *     conf->types = { NULL };
     *     conf->types_keys = NULL;
     *     conf->publisher_* = { 0, NULL };
     *     conf->author_fallback = { 0, NULL };
     */

    conf->enable = NGX_CONF_UNSET_PTR;
    conf->cache = NGX_CONF_UNSET_PTR;
    conf->max_size = NGX_CONF_UNSET_SIZE;
    conf->max_text = NGX_CONF_UNSET_SIZE;
    conf->max_memory = NGX_CONF_UNSET_SIZE;
    conf->max_nodes = NGX_CONF_UNSET_UINT;
    conf->max_sentences = NGX_CONF_UNSET_UINT;
    conf->jsonld = NGX_CONF_UNSET;
    conf->last_modified = NGX_CONF_UNSET;
    conf->buffering = NGX_CONF_UNSET;
    conf->card = NGX_CONF_UNSET;
    conf->card_style = NGX_CONF_UNSET;
    conf->social_meta = NGX_CONF_UNSET;
    conf->force = NGX_CONF_UNSET;
    conf->card_position = NGX_CONF_UNSET_UINT;
    conf->body = NGX_CONF_UNSET_UINT;
    conf->existing = NGX_CONF_UNSET_UINT;
    conf->min_confidence = NGX_CONF_UNSET_UINT;
    conf->min_words = NGX_CONF_UNSET_UINT;

    return conf;
}


static void
ngx_http_review_str(review_str_t *dst, ngx_str_t *src)
{
    dst->data = src->data;
    dst->len = src->len;
}


/*
 * Everything the result depends on, for the cache key: a change of
 * configuration, even across a reload, is a different key.  Selector and
 * template directives must add their source text here.
 */

static uint64_t
ngx_http_review_conf_hash(ngx_http_review_loc_conf_t *conf)
{
    uint64_t        h;
    review_conf_t   c;

    c = conf->core;

    c.publisher_name.data = NULL;
    c.publisher_url.data = NULL;
    c.publisher_logo.data = NULL;
    c.author_fallback.data = NULL;
    c.content_selector = NULL;
    c.title_selector = NULL;
    c.card_template = NULL;

    h = ngx_http_review_hash_bytes(0x7265766965770001ULL, (u_char *) &c,
                                   sizeof(review_conf_t));
    h ^= ngx_http_review_hash_bytes(h, conf->publisher_name.data,
                                    conf->publisher_name.len);
    h ^= ngx_http_review_hash_bytes(h + 1, conf->publisher_url.data,
                                    conf->publisher_url.len);
    h ^= ngx_http_review_hash_bytes(h + 2, conf->publisher_logo.data,
                                    conf->publisher_logo.len);
    h ^= ngx_http_review_hash_bytes(h + 3, conf->author_fallback.data,
                                    conf->author_fallback.len);
    h ^= ngx_http_review_hash_bytes(h + 4, conf->content_selector.data,
                                    conf->content_selector.len);
    h ^= ngx_http_review_hash_bytes(h + 5, conf->title_selector.data,
                                    conf->title_selector.len);
    h ^= ngx_http_review_hash_bytes(h + 6, conf->card_template.data,
                                    conf->card_template.len);

    return h;
}


static char *
ngx_http_review_merge_loc_conf(ngx_conf_t *cf, void *parent, void *child)
{
    ngx_http_review_loc_conf_t *prev = parent;
    ngx_http_review_loc_conf_t *conf = child;

    review_conf_t  *core;

    ngx_conf_merge_ptr_value(conf->enable, prev->enable, NULL);
    ngx_conf_merge_ptr_value(conf->cache, prev->cache, NULL);

    if (conf->cache && conf->cache->data == NULL) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"review_cache\" names an unknown zone \"%V\":"
                           " define it with \"review_cache_zone\"",
                           &conf->cache->shm.name);
        return NGX_CONF_ERROR;
    }

    if (ngx_http_merge_types(cf, &conf->types_keys, &conf->types,
                             &prev->types_keys, &prev->types,
                             ngx_http_html_default_types)
        != NGX_OK)
    {
        return NGX_CONF_ERROR;
    }

    ngx_conf_merge_size_value(conf->max_size, prev->max_size, 1024 * 1024);

    if (conf->enable && conf->max_size > ngx_http_review_heap_page) {
        ngx_http_review_heap_page = conf->max_size;
    }
    ngx_conf_merge_size_value(conf->max_text, prev->max_text,
                              4 * 1024 * 1024);
    ngx_conf_merge_size_value(conf->max_memory, prev->max_memory,
                              64 * 1024 * 1024);
    ngx_conf_merge_uint_value(conf->max_nodes, prev->max_nodes, 200000);
    ngx_conf_merge_uint_value(conf->max_sentences, prev->max_sentences,
                              20000);
    ngx_conf_merge_value(conf->jsonld, prev->jsonld, 1);
    ngx_conf_merge_value(conf->last_modified, prev->last_modified, 0);
    ngx_conf_merge_value(conf->buffering, prev->buffering, 1);
    ngx_conf_merge_value(conf->card, prev->card, 0);
    ngx_conf_merge_value(conf->card_style, prev->card_style, 1);
    ngx_conf_merge_value(conf->social_meta, prev->social_meta, 0);
    ngx_conf_merge_value(conf->force, prev->force, 0);
    ngx_conf_merge_uint_value(conf->card_position, prev->card_position,
                              REVIEW_CARD_AFTER_TITLE);
    ngx_conf_merge_uint_value(conf->body, prev->body, REVIEW_BODY_EXCERPT);
    ngx_conf_merge_uint_value(conf->existing, prev->existing,
                              REVIEW_EXISTING_SKIP);
    ngx_conf_merge_uint_value(conf->min_confidence, prev->min_confidence,
                              50);
    ngx_conf_merge_uint_value(conf->min_words, prev->min_words, 150);

    if (conf->publisher_name.data == NULL) {
        conf->publisher_name = prev->publisher_name;
        conf->publisher_url = prev->publisher_url;
        conf->publisher_logo = prev->publisher_logo;
    }

    ngx_conf_merge_str_value(conf->author_fallback, prev->author_fallback,
                             "");

    if (conf->content_selector.data == NULL) {
        conf->content_selector = prev->content_selector;
        conf->content_sel = prev->content_sel;
    }

    if (conf->title_selector.data == NULL) {
        conf->title_selector = prev->title_selector;
        conf->title_sel = prev->title_sel;
    }

    if (conf->card_template.data == NULL) {
        conf->card_template = prev->card_template;
        conf->template = prev->template;
    }

    if (conf->max_size > 0x3fffffff) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"review_max_size\" must be less than 1g");
        return NGX_CONF_ERROR;
    }

    /*
     * A page that streams through can only take inserts near its end:
     * nothing in the head, a card only at the site's marker.
     */
    if (!conf->buffering
        && ((conf->card && conf->card_position != REVIEW_CARD_MARKER)
            || conf->social_meta || conf->cache))
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"review_buffering off\" needs "
                           "\"review_card_position marker\" (or "
                           "\"review_card off\"), \"review_social_meta off\" "
                           "and \"review_cache off\"");
        return NGX_CONF_ERROR;
    }

    /* what the core reads, built once per location */
    core = &conf->core;
    review_conf_init(core);

    core->jsonld = conf->jsonld;
    core->card = conf->card;
    core->card_style = conf->card_style;
    core->social_meta = conf->social_meta;
    core->force = conf->force;
    core->jsonld_at_end = !conf->buffering;
    core->card_position = conf->card_position;
    core->body_mode = conf->body;
    core->existing = conf->existing;
    core->min_confidence = conf->min_confidence;
    core->min_words = conf->min_words;
    core->max_nodes = conf->max_nodes;
    core->max_text = conf->max_text;
    core->max_sentences = conf->max_sentences;
    core->max_memory = conf->max_memory;

    ngx_http_review_str(&core->publisher_name, &conf->publisher_name);
    ngx_http_review_str(&core->publisher_url, &conf->publisher_url);
    ngx_http_review_str(&core->publisher_logo, &conf->publisher_logo);
    ngx_http_review_str(&core->author_fallback, &conf->author_fallback);

    core->content_selector = conf->content_sel;
    core->title_selector = conf->title_sel;
    core->card_template = conf->template;

    conf->core_hash = ngx_http_review_conf_hash(conf);

    return NGX_CONF_OK;
}


static char *
ngx_http_review_enable(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_review_loc_conf_t *rlcf = conf;

    ngx_str_t                         *value;
    ngx_http_compile_complex_value_t   ccv;

    if (rlcf->enable != NGX_CONF_UNSET_PTR) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_http_script_variables_count(&value[1]) == 0
        && ngx_strcmp(value[1].data, "on") != 0
        && ngx_strcmp(value[1].data, "off") != 0)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid value \"%V\" in \"%V\" directive, "
                           "it must be \"on\", \"off\" or a variable",
                           &value[1], &cmd->name);
        return NGX_CONF_ERROR;
    }

    rlcf->enable = ngx_palloc(cf->pool, sizeof(ngx_http_complex_value_t));
    if (rlcf->enable == NULL) {
        return NGX_CONF_ERROR;
    }

    ngx_memzero(&ccv, sizeof(ngx_http_compile_complex_value_t));

    ccv.cf = cf;
    ccv.value = &value[1];
    ccv.complex_value = rlcf->enable;

    if (ngx_http_compile_complex_value(&ccv) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


static char *
ngx_http_review_enum(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    char  *p = conf;

    ngx_str_t                    *value;
    ngx_uint_t                   *np;
    ngx_http_review_enum_t       *e;
    ngx_http_review_enum_post_t  *post;

    np = (ngx_uint_t *) (p + cmd->offset);

    if (*np != NGX_CONF_UNSET_UINT) {
        return "is duplicate";
    }

    value = cf->args->elts;
    post = cmd->post;

    for (e = post->values; e->name.len; e++) {
        if (e->name.len == value[1].len
            && ngx_strcmp(e->name.data, value[1].data) == 0)
        {
            *np = e->value;
            return NGX_CONF_OK;
        }
    }

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "invalid value \"%V\" in \"%V\" directive, "
                       "it must be %s", &value[1], &cmd->name, post->must);

    return NGX_CONF_ERROR;
}


static char *
ngx_http_review_number(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    char  *p = conf;

    ngx_int_t    n;
    ngx_str_t   *value;
    ngx_uint_t  *np, *bounds;

    np = (ngx_uint_t *) (p + cmd->offset);

    if (*np != NGX_CONF_UNSET_UINT) {
        return "is duplicate";
    }

    value = cf->args->elts;
    bounds = cmd->post;

    n = ngx_atoi(value[1].data, value[1].len);

    if (n == NGX_ERROR || (ngx_uint_t) n < bounds[0]
        || (ngx_uint_t) n > bounds[1])
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid value \"%V\" in \"%V\" directive, "
                           "it must be a number from %ui to %ui",
                           &value[1], &cmd->name, bounds[0], bounds[1]);
        return NGX_CONF_ERROR;
    }

    *np = n;

    return NGX_CONF_OK;
}


static ngx_int_t
ngx_http_review_is_url(ngx_str_t *s)
{
    return (s->len > 8 && ngx_strncmp(s->data, "https://", 8) == 0)
           || (s->len > 7 && ngx_strncmp(s->data, "http://", 7) == 0);
}


static char *
ngx_http_review_publisher(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_review_loc_conf_t *rlcf = conf;

    ngx_str_t   *value;
    ngx_uint_t   i;

    if (rlcf->publisher_name.data) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (value[1].len == 0) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "empty name in \"%V\" directive", &cmd->name);
        return NGX_CONF_ERROR;
    }

    for (i = 2; i < cf->args->nelts; i++) {
        if (!ngx_http_review_is_url(&value[i])) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid URL \"%V\" in \"%V\" directive, "
                               "it must start with \"http://\" or "
                               "\"https://\"", &value[i], &cmd->name);
            return NGX_CONF_ERROR;
        }
    }

    rlcf->publisher_name = value[1];

    if (cf->args->nelts > 2) {
        rlcf->publisher_url = value[2];
    }

    if (cf->args->nelts > 3) {
        rlcf->publisher_logo = value[3];
    }

    return NGX_CONF_OK;
}


static void *
ngx_http_review_conf_alloc(void *ctx, size_t size)
{
    return ngx_palloc((ngx_pool_t *) ctx, size);
}


static char *
ngx_http_review_selector(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_review_loc_conf_t *rlcf = conf;

    char                err[256];
    ngx_str_t          *value, *field;
    review_selector_t  *sel;

    field = (ngx_str_t *) ((char *) conf + cmd->offset);

    if (field->data) {
        return "is duplicate";
    }

    value = cf->args->elts;

    sel = review_selector_compile(value[1].data, value[1].len,
                                  ngx_http_review_conf_alloc, cf->pool,
                                  err, sizeof(err));
    if (sel == NULL) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid \"%V\" directive: %s", &cmd->name, err);
        return NGX_CONF_ERROR;
    }

    *field = value[1];

    if (field == &rlcf->content_selector) {
        rlcf->content_sel = sel;

    } else {
        rlcf->title_sel = sel;
    }

    return NGX_CONF_OK;
}


static char *
ngx_http_review_template(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_review_loc_conf_t *rlcf = conf;

    char              err[256];
    u_char           *text;
    ssize_t           n;
    ngx_str_t        *value, name;
    ngx_file_t        file;
    ngx_file_info_t   fi;

    if (rlcf->card_template.data) {
        return "is duplicate";
    }

    value = cf->args->elts;
    name = value[1];

    if (ngx_conf_full_name(cf->cycle, &name, 1) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    ngx_memzero(&file, sizeof(ngx_file_t));
    file.name = name;
    file.log = cf->log;

    file.fd = ngx_open_file(name.data, NGX_FILE_RDONLY, NGX_FILE_OPEN, 0);
    if (file.fd == NGX_INVALID_FILE) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "\"%V\" cannot open \"%V\"", &cmd->name, &name);
        return NGX_CONF_ERROR;
    }

    if (ngx_fd_info(file.fd, &fi) == NGX_FILE_ERROR
        || ngx_file_size(&fi) > 64 * 1024)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" cannot use \"%V\": not a file of at "
                           "most 64k", &cmd->name, &name);
        ngx_close_file(file.fd);
        return NGX_CONF_ERROR;
    }

    text = ngx_pnalloc(cf->pool, ngx_file_size(&fi) + 1);
    if (text == NULL) {
        ngx_close_file(file.fd);
        return NGX_CONF_ERROR;
    }

    n = ngx_read_file(&file, text, ngx_file_size(&fi), 0);
    ngx_close_file(file.fd);

    if (n == NGX_ERROR || n != (ssize_t) ngx_file_size(&fi)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" cannot read \"%V\"", &cmd->name, &name);
        return NGX_CONF_ERROR;
    }

    rlcf->template = review_template_compile(text, n,
                                             ngx_http_review_conf_alloc,
                                             cf->pool, err, sizeof(err));
    if (rlcf->template == NULL) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid \"%V\" in \"%V\": %s", &name,
                           &cmd->name, err);
        return NGX_CONF_ERROR;
    }

    rlcf->card_template.data = text;
    rlcf->card_template.len = n;

    return NGX_CONF_OK;
}


/*
 * Each analysis takes a few times the page from malloc and gives it all
 * back at the end.  glibc returns the top of the heap to the kernel once
 * 128 KB are free there and maps blocks from 128 KB on: then every page
 * costs munmap, TLB shootdowns and page faults again, which on the seed
 * page took 30% of the worker's time.  A worker that reviews keeps what
 * four of its largest pages need instead (4 MB to 64 MB).
 */

/* the streaming path (ngx_http_review_stream.c) sends through these */

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


static ngx_int_t
ngx_http_review_preconf(ngx_conf_t *cf)
{
    /* a reload reads the largest page afresh */
    ngx_http_review_heap_page = 0;

    return ngx_http_review_add_variables(cf);
}


static ngx_int_t
ngx_http_review_init_process(ngx_cycle_t *cycle)
{
#if (defined __GLIBC__ && defined M_TRIM_THRESHOLD && defined M_MMAP_THRESHOLD)
    size_t  keep;

    if (ngx_http_review_heap_page == 0) {
        return NGX_OK;
    }

    keep = ngx_http_review_heap_page * 4;
    keep = ngx_max(keep, 4 * 1024 * 1024);
    keep = ngx_min(keep, 64 * 1024 * 1024);

    if (mallopt(M_MMAP_THRESHOLD, (int) ngx_min(keep / 2, 32 * 1024 * 1024))
        == 0
        || mallopt(M_TRIM_THRESHOLD, (int) keep) == 0)
    {
        ngx_log_error(NGX_LOG_NOTICE, cycle->log, 0,
                      "review: mallopt() refused the heap settings");
    }
#endif

    return NGX_OK;
}


static ngx_int_t
ngx_http_review_filter_init(ngx_conf_t *cf)
{
    review_global_init();

    ngx_http_next_header_filter = ngx_http_top_header_filter;
    ngx_http_top_header_filter = ngx_http_review_header_filter;

    ngx_http_next_body_filter = ngx_http_top_body_filter;
    ngx_http_top_body_filter = ngx_http_review_body_filter;

    return NGX_OK;
}

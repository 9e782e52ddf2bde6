
/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "ngx_http_review_module.h"


/*
 * $review_status, $review_item, $review_rating, $review_quote,
 * $review_language, $review_time and $review_cache, for log_format.
 */


typedef enum {
    NGX_HTTP_REVIEW_VAR_STATUS = 0,
    NGX_HTTP_REVIEW_VAR_ITEM,
    NGX_HTTP_REVIEW_VAR_RATING,
    NGX_HTTP_REVIEW_VAR_QUOTE,
    NGX_HTTP_REVIEW_VAR_LANGUAGE,
    NGX_HTTP_REVIEW_VAR_TIME,
    NGX_HTTP_REVIEW_VAR_CACHE
} ngx_http_review_var_e;


static ngx_int_t
ngx_http_review_variable(ngx_http_request_t *r, ngx_http_variable_value_t *v,
    uintptr_t data)
{
    u_char                 *p;
    ngx_str_t               s;
    ngx_http_review_ctx_t  *ctx;

    ctx = ngx_http_get_module_ctx(r->main, ngx_http_review_filter_module);

    if (ctx == NULL) {
        v->not_found = 1;
        return NGX_OK;
    }

    switch (data) {

    case NGX_HTTP_REVIEW_VAR_STATUS:
        s.data = (u_char *) review_status_name(ctx->status);
        s.len = ngx_strlen(s.data);
        break;

    case NGX_HTTP_REVIEW_VAR_ITEM:
        s = ctx->item;
        break;

    case NGX_HTTP_REVIEW_VAR_RATING:
        s = ctx->rating;
        break;

    case NGX_HTTP_REVIEW_VAR_QUOTE:
        s = ctx->quote;
        break;

    case NGX_HTTP_REVIEW_VAR_LANGUAGE:
        s = ctx->language;
        break;

    case NGX_HTTP_REVIEW_VAR_CACHE:
        if (ctx->cache_status == NULL) {
            v->not_found = 1;
            return NGX_OK;
        }

        s.data = (u_char *) ctx->cache_status;
        s.len = ngx_strlen(ctx->cache_status);
        break;

    case NGX_HTTP_REVIEW_VAR_TIME:
        p = ngx_pnalloc(r->pool, NGX_INT64_LEN);
        if (p == NULL) {
            return NGX_ERROR;
        }

        s.data = p;
        s.len = ngx_sprintf(p, "%uL", ctx->usec) - p;
        break;

    default:
        v->not_found = 1;
        return NGX_OK;
    }

    if (s.len == 0) {
        v->not_found = 1;
        return NGX_OK;
    }

    v->len = s.len;
    v->valid = 1;
    v->no_cacheable = 0;
    v->not_found = 0;
    v->data = s.data;

    return NGX_OK;
}


static ngx_http_variable_t  ngx_http_review_vars[] = {

    { ngx_string("review_status"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_STATUS,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("review_item"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_ITEM,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("review_rating"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_RATING,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("review_quote"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_QUOTE,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("review_language"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_LANGUAGE,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("review_time"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_TIME,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("review_cache"), NULL, ngx_http_review_variable,
      NGX_HTTP_REVIEW_VAR_CACHE,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

      ngx_http_null_variable
};


ngx_int_t
ngx_http_review_add_variables(ngx_conf_t *cf)
{
    ngx_http_variable_t  *var, *v;

    for (v = ngx_http_review_vars; v->name.len; v++) {
        var = ngx_http_add_variable(cf, &v->name, v->flags);
        if (var == NULL) {
            return NGX_ERROR;
        }

        var->get_handler = v->get_handler;
        var->data = v->data;
    }

    return NGX_OK;
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "ngx_http_review_module.h"


/*
 * The module: its directives, the location configuration and what the
 * core reads of it, the filters' place in the chains.  The
 * filters themselves are in ngx_http_review_filter.c; everything that
 * reads the page lives in the nginx-free core (review.h).
 */


static ngx_int_t ngx_http_review_filter_init(ngx_conf_t *cf);
static void *ngx_http_review_create_loc_conf(ngx_conf_t *cf);
static char *ngx_http_review_merge_loc_conf(ngx_conf_t *cf, void *parent,
    void *child);
static ngx_int_t ngx_http_review_preconf(ngx_conf_t *cf);
static void ngx_http_review_exit_process(ngx_cycle_t *cycle);
static char *ngx_http_review_enable(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_enum(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_bounds(ngx_conf_t *cf, void *post, void *data);
static char *ngx_http_review_publisher(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_selector(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_review_template(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);


static ngx_conf_enum_t  ngx_http_review_card_positions[] = {
    { ngx_string("after_title"), REVIEW_CARD_AFTER_TITLE },
    { ngx_string("before_content"), REVIEW_CARD_BEFORE_CONTENT },
    { ngx_string("after_content"), REVIEW_CARD_AFTER_CONTENT },
    { ngx_string("marker"), REVIEW_CARD_MARKER },
    { ngx_null_string, 0 }
};


static ngx_conf_enum_t  ngx_http_review_bodies[] = {
    { ngx_string("full"), REVIEW_BODY_FULL },
    { ngx_string("excerpt"), REVIEW_BODY_EXCERPT },
    { ngx_string("off"), REVIEW_BODY_OFF },
    { ngx_null_string, 0 }
};


static ngx_conf_enum_t  ngx_http_review_existings[] = {
    { ngx_string("skip"), REVIEW_EXISTING_SKIP },
    { ngx_string("fill"), REVIEW_EXISTING_FILL },
    { ngx_null_string, 0 }
};


/* low and high bounds for numbers, checked by a message that names them */
static ngx_conf_num_bounds_t  ngx_http_review_percent = {
    ngx_http_review_bounds, 0, 100
};

static ngx_conf_num_bounds_t  ngx_http_review_words = {
    ngx_http_review_bounds, 0, 100000
};

static ngx_conf_num_bounds_t  ngx_http_review_counts = {
    ngx_http_review_bounds, 1, 100000000
};


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

    { ngx_string("review_upstream_identity"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, upstream_identity),
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
      ngx_http_review_card_positions },

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
      ngx_http_review_bodies },

    { ngx_string("review_existing"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_review_enum,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, existing),
      ngx_http_review_existings },

    { ngx_string("review_min_confidence"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, min_confidence),
      &ngx_http_review_percent },

    { ngx_string("review_min_words"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, min_words),
      &ngx_http_review_words },

    { ngx_string("review_max_nodes"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_nodes),
      &ngx_http_review_counts },

    { ngx_string("review_max_sentences"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_review_loc_conf_t, max_sentences),
      &ngx_http_review_counts },

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


ngx_module_t  ngx_http_review_filter_module = {
    NGX_MODULE_V1,
    &ngx_http_review_filter_module_ctx,    /* module context */
    ngx_http_review_filter_commands,       /* module directives */
    NGX_HTTP_MODULE,                       /* module type */
    NULL,                                  /* init master */
    NULL,                                  /* init module */
    NULL,                                  /* init process */
    NULL,                                  /* init thread */
    NULL,                                  /* exit thread */
    ngx_http_review_exit_process,          /* exit process */
    NULL,                                  /* exit master */
    NGX_MODULE_V1_PADDING
};



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
    conf->max_nodes = NGX_CONF_UNSET;
    conf->max_sentences = NGX_CONF_UNSET;
    conf->jsonld = NGX_CONF_UNSET;
    conf->last_modified = NGX_CONF_UNSET;
    conf->buffering = NGX_CONF_UNSET;
    conf->upstream_identity = NGX_CONF_UNSET;
    conf->card = NGX_CONF_UNSET;
    conf->card_style = NGX_CONF_UNSET;
    conf->social_meta = NGX_CONF_UNSET;
    conf->force = NGX_CONF_UNSET;
    conf->card_position = NGX_CONF_UNSET_UINT;
    conf->body = NGX_CONF_UNSET_UINT;
    conf->existing = NGX_CONF_UNSET_UINT;
    conf->min_confidence = NGX_CONF_UNSET;
    conf->min_words = NGX_CONF_UNSET;

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
        != NGX_CONF_OK)
    {
        return NGX_CONF_ERROR;
    }

    ngx_conf_merge_size_value(conf->max_size, prev->max_size, 1024 * 1024);

    ngx_conf_merge_size_value(conf->max_text, prev->max_text,
                              REVIEW_DEFAULT_MAX_TEXT);
    ngx_conf_merge_size_value(conf->max_memory, prev->max_memory,
                              REVIEW_DEFAULT_MAX_MEMORY);
    ngx_conf_merge_value(conf->max_nodes, prev->max_nodes,
                         REVIEW_DEFAULT_MAX_NODES);
    ngx_conf_merge_value(conf->max_sentences, prev->max_sentences,
                         REVIEW_DEFAULT_MAX_SENTENCES);
    ngx_conf_merge_value(conf->jsonld, prev->jsonld, REVIEW_DEFAULT_JSONLD);
    ngx_conf_merge_value(conf->last_modified, prev->last_modified, 0);
    ngx_conf_merge_value(conf->buffering, prev->buffering, 1);
    ngx_conf_merge_value(conf->upstream_identity, prev->upstream_identity,
                         0);
    ngx_conf_merge_value(conf->card, prev->card, REVIEW_DEFAULT_CARD);
    ngx_conf_merge_value(conf->card_style, prev->card_style,
                         REVIEW_DEFAULT_CARD_STYLE);
    ngx_conf_merge_value(conf->social_meta, prev->social_meta,
                         REVIEW_DEFAULT_SOCIAL_META);
    ngx_conf_merge_value(conf->force, prev->force, REVIEW_DEFAULT_FORCE);
    ngx_conf_merge_uint_value(conf->card_position, prev->card_position,
                              REVIEW_DEFAULT_CARD_POSITION);
    ngx_conf_merge_uint_value(conf->body, prev->body,
                              REVIEW_DEFAULT_BODY_MODE);
    ngx_conf_merge_uint_value(conf->existing, prev->existing,
                              REVIEW_DEFAULT_EXISTING);
    ngx_conf_merge_value(conf->min_confidence, prev->min_confidence,
                         REVIEW_DEFAULT_MIN_CONFIDENCE);
    ngx_conf_merge_value(conf->min_words, prev->min_words,
                         REVIEW_DEFAULT_MIN_WORDS);

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


/* nginx's enum slot, with a message that names the directive's values */

static char *
ngx_http_review_enum(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    char             *rv;
    u_char            buf[256], *p, *last;
    ngx_conf_enum_t  *e;

    rv = ngx_conf_set_enum_slot(cf, cmd, conf);

    if (rv != NGX_CONF_ERROR) {
        return rv;
    }

    p = buf;
    last = buf + sizeof(buf);

    for (e = cmd->post; e->name.len; e++) {
        p = ngx_slprintf(p, last, "%s\"%V\"",
                         p == buf ? "" : (e + 1)->name.len ? ", " : " or ",
                         &e->name);
    }

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "\"%V\" must be %*s", &cmd->name, p - buf, buf);

    return NGX_CONF_ERROR;
}


/* ngx_conf_check_num_bounds(), with a message that names the directive */

static char *
ngx_http_review_bounds(ngx_conf_t *cf, void *post, void *data)
{
    ngx_conf_num_bounds_t  *bounds = post;
    ngx_int_t              *np = data;

    ngx_str_t  *value;

    if (*np >= bounds->low && *np <= bounds->high) {
        return NGX_CONF_OK;
    }

    value = cf->args->elts;

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "invalid value \"%V\" in \"%V\" directive, "
                       "it must be a number from %i to %i",
                       &value[1], &value[0], bounds->low, bounds->high);

    return NGX_CONF_ERROR;
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


static ngx_int_t
ngx_http_review_preconf(ngx_conf_t *cf)
{
    return ngx_http_review_add_variables(cf);
}


/* the module is unloaded after: what the arena kept goes back first */

static void
ngx_http_review_exit_process(ngx_cycle_t *cycle)
{
    review_global_done();
}


static ngx_int_t
ngx_http_review_filter_init(ngx_conf_t *cf)
{
    ngx_http_handler_pt        *h;
    ngx_http_core_main_conf_t  *cmcf;

    review_global_init();

    /* review_upstream_identity: before the upstream request is made */
    cmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);

    h = ngx_array_push(&cmcf->phases[NGX_HTTP_PRECONTENT_PHASE].handlers);
    if (h == NULL) {
        return NGX_ERROR;
    }

    *h = ngx_http_review_identity_handler;

    ngx_http_review_output_init();

    ngx_http_top_header_filter = ngx_http_review_header_filter;
    ngx_http_top_body_filter = ngx_http_review_body_filter;

    return NGX_OK;
}

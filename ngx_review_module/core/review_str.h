
/*
 * Copyright (C) ngx_review_module developers
 */


#ifndef _REVIEW_STR_H_INCLUDED_
#define _REVIEW_STR_H_INCLUDED_


/* ASCII-only, locale-free string helpers for the core. */


#include "review_core.h"


#define review_isspace(c)                                                    \
    ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r' || (c) == '\f')
#define review_isdigit(c)    ((c) >= '0' && (c) <= '9')
#define review_isupper(c)    ((c) >= 'A' && (c) <= 'Z')
#define review_islower(c)    ((c) >= 'a' && (c) <= 'z')
#define review_isalpha(c)    (review_isupper(c) || review_islower(c))
#define review_isalnum(c)    (review_isalpha(c) || review_isdigit(c))
#define review_tolower(c)                                                    \
    ((unsigned char) (review_isupper(c) ? (c) | 0x20 : (c)))
#define review_toupper(c)                                                    \
    ((unsigned char) (review_islower(c) ? (c) & ~0x20 : (c)))


#define REVIEW_C_SPACE       0x01   /* review_isspace() */
#define REVIEW_C_UPPER       0x02
#define REVIEW_C_LOWER       0x04
#define REVIEW_C_DIGIT       0x08
#define REVIEW_C_HIGH        0x10   /* >= 0x80: a byte of UTF-8 */
#define REVIEW_C_ALPHA       (REVIEW_C_UPPER | REVIEW_C_LOWER)
#define REVIEW_C_ALNUM       (REVIEW_C_ALPHA | REVIEW_C_DIGIT)

/* a byte (an unsigned char, never a code point) in any of classes c */
#define review_char_is(b, c)  (review_char_class[b] & (c))


extern const unsigned char  review_lower_map[256];
extern const unsigned char  review_char_class[256];

int review_strncasecmp(const unsigned char *a, const char *b, size_t n);
int review_str_eq_ci(const review_str_t *s, const char *lit);
int review_str_in_ci(const review_str_t *s, const char *const *words);
int review_str_word_in(const review_str_t *s, const char *word);
int review_str_starts_ci(const review_str_t *s, const char *lit);
size_t review_str_prefix(const unsigned char *p, const unsigned char *end,
    const char *const *marks);
const unsigned char *review_memmem(const unsigned char *h, size_t hlen,
    const char *n, size_t nlen);
const unsigned char *review_find_ci(const unsigned char *h, size_t hlen,
    const char *n);
int review_contains_ci(const unsigned char *h, size_t hlen,
    const unsigned char *n, size_t nlen);
void review_str_trim(review_str_t *s);
size_t review_str_count(const unsigned char *p, size_t len, unsigned char c);

/*
 * the next word from *pos (letters, digits, UTF-8 bytes, apostrophes),
 * *pos moved past it; 0 when no word is left
 */
int review_str_word(const unsigned char **pos, const unsigned char *end,
    review_str_t *w);

/*
 * an absolute http(s) URL: the scheme, a host of letters, digits, dots
 * and dashes (or [IPv6]) with an optional port, then a path, query or
 * fragment without spaces, controls, quotes, '<', '>', '\' or '`'
 */
int review_url_valid(const review_str_t *s);

/* a copy with runs of white space (and U+00A0) as one space, trimmed */
int review_str_collapse(review_arena_t *a, const unsigned char *p,
    size_t len, review_str_t *out);

/* decodes one UTF-8 character; invalid bytes decode as U+FFFD, length 1 */
size_t review_utf8_decode(const unsigned char *p, const unsigned char *end,
    uint32_t *cp);

/* appends the UTF-8 for cp */
int review_buf_add_utf8(review_buf_t *b, uint32_t cp);


#endif /* _REVIEW_STR_H_INCLUDED_ */

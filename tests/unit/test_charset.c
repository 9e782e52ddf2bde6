
/*
 * Copyright (C) ngx_review_module developers
 */


#include "unit.h"
#include "review_charset.h"
#include "review_str.h"


static void
test_sanitize(void)
{
    size_t         tail;
    unsigned char  s1[] = "ok \xc3\xa9 \xff\x00x\x01\xed\xa0\x80\xef\xbf\xbe!";
    unsigned char  s2[] = "cut \xe2\x80";

    review_utf8_sanitize(s1, sizeof(s1) - 1, 1, &tail);
    CHECK(memcmp(s1, "ok \xc3\xa9 ? x ??" "?" "??" "?!", sizeof(s1) - 1) == 0);
    CHECK_INT(tail, 0);

    review_utf8_sanitize(s2, sizeof(s2) - 1, 0, &tail);
    CHECK_INT(tail, 2);

    review_utf8_sanitize(s2, sizeof(s2) - 1, 1, &tail);
    CHECK(memcmp(s2, "cut ??", 6) == 0);
}


static review_charset_kind_e
detect(const char *page, const char *header, int final, size_t *bom,
    const char **name)
{
    review_str_t            h;
    review_arena_t         *a;
    review_charset_t        cs;
    review_charset_kind_e   k;

    memset(&cs, 0, sizeof(cs));
    a = review_arena_create(0);
    h.data = (const unsigned char *) header;
    h.len = header ? strlen(header) : 0;

    k = review_charset_detect(&cs, a, (const unsigned char *) page,
                              strlen(page), final, &h, bom);
    *name = cs.name;
    review_charset_close(&cs);
    review_arena_destroy(a);

    return k;
}


static void
test_detect(void)
{
    size_t       bom;
    const char  *name;

    CHECK(detect("\xef\xbb\xbf<p>x", "iso-8859-1", 1, &bom, &name)
          == REVIEW_CHARSET_UTF8);
    CHECK_INT(bom, 3);

    CHECK(detect("\xff\xfe<\0p\0", NULL, 1, &bom, &name)
          == REVIEW_CHARSET_UNSUPPORTED);

    CHECK(detect("<p>x", "ISO-8859-1", 1, &bom, &name)
          == REVIEW_CHARSET_ICONV);
    CHECK(name && strcmp(name, "CP1252") == 0);

    CHECK(detect("<p>x", "utf-16", 1, &bom, &name)
          == REVIEW_CHARSET_UNSUPPORTED);

    CHECK(detect("<html><head><meta charset=\"Shift_JIS\">", NULL, 0, &bom,
                 &name) == REVIEW_CHARSET_UNKNOWN);
    CHECK(detect("<html><head><meta charset=\"Shift_JIS\">", NULL, 1, &bom,
                 &name) == REVIEW_CHARSET_ICONV);
    CHECK(name && strcmp(name, "CP932") == 0);

    CHECK(detect("<!-- <meta charset=latin1> --><meta http-equiv="
                 "'Content-Type' content='text/html; charset=windows-1251'>",
                 NULL, 1, &bom, &name) == REVIEW_CHARSET_ICONV);
    CHECK(name && strcmp(name, "CP1251") == 0);

    CHECK(detect("<meta charset=utf-16>", NULL, 1, &bom, &name)
          == REVIEW_CHARSET_UTF8);
    CHECK(detect("<meta charset=x-nonsense><p>", NULL, 1, &bom, &name)
          == REVIEW_CHARSET_UTF8);
    CHECK(detect("<meta charset=iso-2022-jp>", NULL, 1, &bom, &name)
          == REVIEW_CHARSET_UNSUPPORTED);
}


/* decodes page in pieces of "step" bytes, returns the UTF-8 */

static void
decode(const char *page, size_t len, const char *header, size_t step,
    review_buf_t *out, review_charset_t *cs, review_arena_t *a)
{
    size_t        i, n, bom;
    review_buf_t  scratch;
    review_str_t  h, piece;

    memset(cs, 0, sizeof(review_charset_t));
    h.data = (const unsigned char *) header;
    h.len = strlen(header);

    review_charset_detect(cs, a, (const unsigned char *) page, len, 1, &h,
                          &bom);
    review_buf_init(out, a);
    review_buf_init(&scratch, a);

    for (i = bom; i < len; i += step) {
        n = len - i < step ? len - i : step;
        review_charset_decode(cs, (const unsigned char *) page + i, n,
                              i + n == len, &scratch, &piece);
        review_buf_add(out, piece.data, piece.len);
    }
}


static void
test_decode(void)
{
    size_t             step;
    review_str_t       s;
    review_buf_t       out;
    review_arena_t    *a;
    review_charset_t   cs;
    static const char  latin[] = "<p>Am\xe9lie \x93x\x94</p><b>\x81</b>";
    static const char  sjis[] = "<p>\x93\xfa\x96\x7b</p><i>a</i>";
    static const char  utf8[] = "\xef\xbb\xbf<p>\xc3\xa9\xe2\x80\x9c</p><i>";
    static const char  broken[] = "<p>\x93 x\x96\x7b\x81</p>\x93";
    static const char  tail[] = "<p>x</p>\x93\xfa\x96\x7b";

    a = review_arena_create(0);

    for (step = 1; step <= sizeof(latin); step++) {
        decode(latin, sizeof(latin) - 1, "windows-1252", step, &out, &cs, a);
        review_buf_get(&out, &s);
        CHECK_STR(s, "<p>Am\xc3\xa9lie \xe2\x80\x9cx\xe2\x80\x9d</p><b>?</b>");

        /* "</p>" is at 18 in the UTF-8 and at 13 in the original */
        CHECK_INT(review_charset_map(&cs, 18), 13);
        CHECK_INT(review_charset_map(&cs, 0), 0);
        CHECK_INT(review_charset_map(&cs, 22), 17);
        CHECK_INT(review_charset_map(&cs, 26), 21);
        review_charset_close(&cs);
    }

    for (step = 1; step <= sizeof(sjis); step++) {
        decode(sjis, sizeof(sjis) - 1, "shift_jis", step, &out, &cs, a);
        review_buf_get(&out, &s);
        CHECK_STR(s, "<p>\xe6\x97\xa5\xe6\x9c\xac</p><i>a</i>");
        CHECK_INT(review_charset_map(&cs, 9), 7);
        CHECK_INT(review_charset_map(&cs, 13), 11);
        review_charset_close(&cs);
    }

    /* the end of a page that ends in text maps to the end of the bytes */
    for (step = 1; step <= sizeof(tail); step++) {
        decode(tail, sizeof(tail) - 1, "shift_jis", step, &out, &cs, a);
        review_buf_get(&out, &s);
        CHECK_STR(s, "<p>x</p>\xe6\x97\xa5\xe6\x9c\xac");
        CHECK_INT(review_charset_map(&cs, 14), 12);
        review_charset_close(&cs);
    }

    /* a lead byte without its trail reads the same however it is cut */
    for (step = 1; step <= sizeof(broken); step++) {
        decode(broken, sizeof(broken) - 1, "shift_jis", step, &out, &cs, a);
        review_buf_get(&out, &s);
        CHECK_STR(s, "<p>? x\xe6\x9c\xac?</p>?");
        CHECK_INT(review_charset_map(&cs, 10), 9);
        review_charset_close(&cs);
    }

    for (step = 1; step <= sizeof(utf8); step++) {
        decode(utf8, sizeof(utf8) - 1, "", step, &out, &cs, a);
        review_buf_get(&out, &s);
        CHECK_STR(s, "<p>\xc3\xa9\xe2\x80\x9c</p><i>");
        CHECK_INT(review_charset_map(&cs, 8), 11);
    }

    review_arena_destroy(a);
}


static void
test_str(void)
{
    uint32_t        cp;
    review_str_t    s;
    review_arena_t *a;

    a = review_arena_create(0);

    review_str_collapse(a, (const unsigned char *) "  a \n\t b\xc2\xa0 c  ",
                        14, &s);
    CHECK_STR(s, "a b c");

    CHECK_INT(review_utf8_decode((const unsigned char *) "\xe2\x80\x94",
                                 (const unsigned char *) "\xe2\x80\x94" + 3,
                                 &cp), 3);
    CHECK_INT(cp, 0x2014);
    CHECK_INT(review_utf8_decode((const unsigned char *) "\xc0\xaf",
                                 (const unsigned char *) "\xc0\xaf" + 2,
                                 &cp), 1);
    CHECK_INT(cp, 0xfffd);

    CHECK(review_find_ci((const unsigned char *) "a Review: b", 11, "review:")
          != NULL);

    review_arena_destroy(a);
}


int
main(void)
{
    test_sanitize();
    test_detect();
    test_decode();
    test_str();

    UNIT_DONE("charset");
}


/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * Japanese.  No spaces, as Chinese: credit labels stand before a
 * colon, the title's name is in 「」 or 『』.
 */


/* words of judgement */
static const char *const  review_ja_eval[] = {
    "面白い", "面白かった", "感動", "最高", "傑作", "退屈",
    "つまらない", "おすすめ", "素晴らしい", "残念",
    "良かった", "好き", "名作", "微妙", "泣ける", "見事",
    "圧巻", "駄作", "楽しかった", "楽しめ",
    "かっこよかった", "すごい", "凄い", "迫力", "大好き",
    "素敵", "見応え", "物足りな", "期待外れ", "がっかり",
    "イマイチ", "いまいち", "心に残", "刺さ", "面白",
    "よかった", "良い", "素晴らし", "美し", "印象的", "秀逸",
    "丁寧", "満足", "惜しい", "楽しい", "感心", NULL
};


/* the strongest verdicts */
static const char *const  review_ja_strong[] = {
    "傑作", "名作", "最高", "駄作", NULL
};


/* the reviewer, first person */
static const char *const  review_ja_hedge[] = {
    "私", "僕", "俺", "自分", "個人的", "わたし", "ぼく", "筆者",
    NULL
};


/* words that speak of a rating */
static const char *const  review_ja_rating[] = {
    "評価", "点数", "採点", "おすすめ度", NULL
};


/* "director X" */
static const char *const  review_ja_director[] = {
    "監督", NULL
};


/* what a film review talks of */
static const char *const  review_ja_film_vocab[] = {
    "映画", "監督", "出演", "主演", "脚本", "公開", "興行",
    "劇場", "鑑賞", "演技", "作品", "物語", "原作", "映像",
    "邦画", "洋画", "アニメ", "映画館", "シーン", "俳優",
    "女優", "キャスト", "ストーリー", "結末", "特撮", NULL
};


/* what a TV review talks of */
static const char *const  review_ja_tv_vocab[] = {
    "ドラマ", "シーズン", "最終話", "各話", "連続ドラマ", NULL
};


/* what a book review talks of */
static const char *const  review_ja_book_vocab[] = {
    "小説", "本", "作家", "出版", NULL
};


/* what a game review talks of */
static const char *const  review_ja_game_vocab[] = {
    "ゲーム", "プレイヤー", NULL
};


/* a viewer who saw the work: "観てきました" */
static const char *const  review_ja_view_verbs[] = {
    "鑑賞", "観賞", "観てきた", "見てきた", "観てきまし",
    "見てきまし", "観ました", "見ました", "観た", "見た", NULL
};


/* a viewer's liking or not */
static const char *const  review_ja_like_verbs[] = {
    "好き", "おすすめ", "オススメ", "お勧め", NULL
};


static const review_lang_list_t  review_ja_lists[] = {
    { review_ja_eval, REVIEW_LEX_EVAL },
    { review_ja_strong, REVIEW_LEX_STRONG },
    { review_ja_hedge, REVIEW_LEX_HEDGE },
    { review_ja_rating, REVIEW_LEX_RATING_CUE },
    { review_ja_director, REVIEW_LEX_DIRECTOR },
    { review_ja_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_ja_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_ja_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_ja_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_ja_view_verbs, REVIEW_LEX_VIEW },
    { review_ja_like_verbs, REVIEW_LEX_LIKE },
    { NULL, 0 }
};


/* "監督：A", "出演：A、B" */
static const review_lang_credit_t  review_ja_credits[] = {
    { "監督", REVIEW_CREDIT_DIR, 0, 0 },
    { "脚本", REVIEW_CREDIT_WRI, 0, 0 },
    { "出演", REVIEW_CREDIT_ACT, 0, 0 },
    { "主演", REVIEW_CREDIT_ACT, 0, 0 },
    { "キャスト", REVIEW_CREDIT_ACT, 0, 0 },
    { "音楽", REVIEW_CREDIT_COMP, 0, 0 },
    { "製作", REVIEW_CREDIT_PROD, 0, 0 },
    { "プロデューサー", REVIEW_CREDIT_PROD, 0, 0 },
    { "撮影", REVIEW_CREDIT_CREW, 0, 0 },
    { NULL, 0, 0, 0 }
};


static const review_lang_month_t  review_ja_months[] = {
    { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_ja_common[] = {
    NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_ja_review_words[] = {
    "レビュー", "感想", "映画評", "批評", "評論", NULL
};


/* "【映画レビュー】X", "映画「X」感想" */
static const char *const  review_ja_title_prefixes[] = {
    "【映画レビュー】", "【映画感想】", "【感想】",
    "【レビュー】", "映画レビュー：", "映画レビュー:",
    "映画感想：", NULL
};


/* what opens a byline: "文：" */
static const char *const  review_ja_byline[] = {
    "文：", "著者：", "筆者：", "執筆：", NULL
};


/* "映画：X": a label, not the name */
static const char *const  review_ja_title_labels[] = {
    "映画：", "映画:", NULL
};


const review_lang_t  review_lang_ja = {
    "ja", review_ja_lists, review_ja_credits, NULL,
    review_ja_months, review_ja_common, review_ja_review_words,
    review_ja_title_prefixes, NULL,
    review_ja_title_labels, NULL,
    NULL, review_ja_byline, NULL,
    NULL, NULL,
    NULL, 1, 0
};

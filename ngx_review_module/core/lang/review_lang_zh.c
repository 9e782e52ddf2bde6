
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_lang.h"
#include "review_lexicon.h"


/*
 * Chinese.  No spaces: the tokenizer keeps a run of characters as one
 * word, so the lists hold what stands alone between punctuation (credit
 * labels before a colon); the title's name is in 《》.
 */


/* words of judgement */
static const char *const  review_zh_eval[] = {
    "好看", "精彩", "感人", "失望", "无聊", "無聊", "推荐",
    "推薦", "经典", "經典", "神作", "烂片", "爛片", "出色",
    "震撼", "优秀", "優秀", "惊艳", "驚豔", "平庸", "乏味",
    "动人", "動人", "深刻", "美好", "遗憾", "遺憾", "喜欢",
    "喜歡", "值得", "难看", "難看", "佳作", "杰作", "傑作",
    "好片", "太棒", "很棒", "不错", "不錯", "失败", "失敗",
    "糟糕", "细腻", "細膩", "粗糙", "惊喜", "驚喜", "无趣",
    "無趣", "拖沓", "冗长", "冗長", "催泪", "催淚", "出彩",
    "治愈", "治癒", "无力", "無力", "回味", "饱满", "飽滿",
    "感动", "感動", "可爱", "可愛", "温暖", "溫暖", "有趣",
    "好笑", "完美", "可惜", "亮点", "亮點", "动容", "動容",
    "打动", "打動", "精致", "精緻", NULL
};


/* the strongest verdicts */
static const char *const  review_zh_strong[] = {
    "神作", "杰作", "傑作", "烂片", "爛片", "经典", "經典", NULL
};


/* the reviewer, first person */
static const char *const  review_zh_hedge[] = {
    "我", "我们", "我們", "个人", "個人", "觉得", "覺得",
    "笔者", "筆者", "本人", NULL
};


/* words that speak of a rating */
static const char *const  review_zh_rating[] = {
    "评分", "評分", "打分", "推荐指数", "推薦指數", NULL
};


/* "director X" */
static const char *const  review_zh_director[] = {
    "导演", "導演", NULL
};


/* what a film review talks of */
static const char *const  review_zh_film_vocab[] = {
    "电影", "電影", "导演", "導演", "影片", "主演", "编剧",
    "編劇", "上映", "票房", "影评", "影評", "观众", "觀眾",
    "镜头", "鏡頭", "剧情", "劇情", "角色", "演技", "配乐",
    "配樂", "画面", "畫面", "片子", "本片", "该片", "該片",
    "全片", "片中", "影院", "电影院", "電影院", "动画", "動畫",
    "纪录片", "紀錄片", "情节", "情節", "主角", "男主", "女主",
    "表演", "台词", "台詞", "结局", "結局", "特效", "摄影",
    "攝影", "观影", "觀影", "影迷", "银幕", "銀幕", NULL
};


/* what a TV review talks of */
static const char *const  review_zh_tv_vocab[] = {
    "剧集", "劇集", "电视剧", "電視劇", "第一季", "这一季",
    "這一季", "本季", "每一集", "这一集", "這一集", "集数",
    "集數", NULL
};


/* what a book review talks of */
static const char *const  review_zh_book_vocab[] = {
    "小说", "小說", "书", "書", "作者", "出版", NULL
};


/* what a game review talks of */
static const char *const  review_zh_game_vocab[] = {
    "游戏", "遊戲", "玩家", NULL
};


/*
 * a viewer's liking or not; no viewing verbs: "看了" opens as many
 * diaries of several films ("这两天看了好几部电影") as reviews
 */
static const char *const  review_zh_like_verbs[] = {
    "推荐", "推薦", "喜欢", "喜歡", NULL
};


/*
 * words that are no name and stand before a director's word: "这位导演"
 * (this director), "新人导演" (a new director), "而且李安导演" (and
 * also directed by Ang Lee), "身為一個導演" (as a director)
 */
static const char *const  review_zh_function[] = {
    "这位", "這位", "那位", "一位", "这个", "這個",
    "那个", "那個", "该", "該", "新人", "新锐", "新銳",
    "青年", "著名", "知名", "的", "和", "与", "與", "是",
    "由", "而且", "并且", "並且", "身为", "身為", "作为",
    "作為", "一个", "一個", "还是", "還是", "就是", "但是",
    "因为", "因為", "所以", "可是", "不过", "不過", "也是",
    "都是", "他们", "他們", NULL
};


static const review_lang_list_t  review_zh_lists[] = {
    { review_zh_eval, REVIEW_LEX_EVAL },
    { review_zh_strong, REVIEW_LEX_STRONG },
    { review_zh_hedge, REVIEW_LEX_HEDGE },
    { review_zh_rating, REVIEW_LEX_RATING_CUE },
    { review_zh_director, REVIEW_LEX_DIRECTOR },
    { review_zh_film_vocab, REVIEW_LEX_VOCAB_FILM },
    { review_zh_tv_vocab, REVIEW_LEX_VOCAB_TV },
    { review_zh_book_vocab, REVIEW_LEX_VOCAB_BOOK },
    { review_zh_game_vocab, REVIEW_LEX_VOCAB_GAME },
    { review_zh_like_verbs, REVIEW_LEX_LIKE },
    { review_zh_function, REVIEW_LEX_FUNCTION },
    { NULL, 0 }
};


/* "导演：A", "主演：A / B" */
static const review_lang_credit_t  review_zh_credits[] = {
    { "导演", REVIEW_CREDIT_DIR, 0, REVIEW_CREDIT_DIR },  /* "A 导演" */
    { "導演", REVIEW_CREDIT_DIR, 0, REVIEW_CREDIT_DIR },
    { "执导", 0, 0, REVIEW_CREDIT_DIR },
    { "執導", 0, 0, REVIEW_CREDIT_DIR },
    { "饰", 0, 0, REVIEW_CREDIT_ACT },          /* "A 饰 B": A plays B */
    { "飾", 0, 0, REVIEW_CREDIT_ACT },
    { "饰演", 0, 0, REVIEW_CREDIT_ACT },
    { "飾演", 0, 0, REVIEW_CREDIT_ACT },
    { "编剧", REVIEW_CREDIT_WRI, 0, 0 },
    { "編劇", REVIEW_CREDIT_WRI, 0, 0 },
    { "主演", REVIEW_CREDIT_ACT, 0, 0 },
    { "演员", REVIEW_CREDIT_ACT, 0, 0 },
    { "演員", REVIEW_CREDIT_ACT, 0, 0 },
    { "配乐", REVIEW_CREDIT_COMP, 0, 0 },
    { "配樂", REVIEW_CREDIT_COMP, 0, 0 },
    { "音乐", REVIEW_CREDIT_COMP, 0, 0 },
    { "制片人", REVIEW_CREDIT_PROD, 0, 0 },
    { "製片人", REVIEW_CREDIT_PROD, 0, 0 },
    { "摄影", REVIEW_CREDIT_CREW, 0, 0 },
    { "攝影", REVIEW_CREDIT_CREW, 0, 0 },
    { NULL, 0, 0, 0 }
};


static const review_lang_month_t  review_zh_months[] = {
    { NULL, 0 }
};


/* its most frequent words: they tell the language */
static const char *const  review_zh_common[] = {
    NULL
};


/* a title, URL or section that says "review" */
static const char *const  review_zh_review_words[] = {
    "影评", "影評", "观后感", "觀後感", "短评", "短評", NULL
};


/* "影评：X", "【影评】X" */
static const char *const  review_zh_title_prefixes[] = {
    "影评：", "影评:", "影评 |", "影评|", "【影评】",
    "影評：", "【影評】", "观后感：", NULL
};


/* what opens a byline: "文：" */
static const char *const  review_zh_byline[] = {
    "文：", "文/", "作者：", "作者:", NULL
};


/* "关于X" (about X), "电影：X": a label, not the name */
static const char *const  review_zh_title_labels[] = {
    "关于", "电影：", "电影:", NULL
};


const review_lang_t  review_lang_zh = {
    "zh", review_zh_lists, review_zh_credits, NULL,
    review_zh_months, review_zh_common, review_zh_review_words,
    review_zh_title_prefixes, NULL,
    review_zh_title_labels, NULL,
    NULL, review_zh_byline, NULL,
    NULL, NULL,
    NULL, 1, 0
};

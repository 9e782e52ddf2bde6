
/*
 * Copyright (C) ngx_review_module developers
 */


#include "review_text_int.h"


/*
 * The project's own word lists for English reviews.  Lower case; matched
 * without regard to case.
 */


/* a period after these does not end a sentence */
const char *const  review_abbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "mt", "prof", "gen",
    "sen", "rep", "col", "lt", "sgt", "capt", "fr", "rev", "vol", "no",
    "nos", "inc", "ltd", "co", "corp", "approx", "dept", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ft",
    "min", "mins", "hr", "hrs", "ed", "eds", "cf", "al", "pt", "op", "dir",
    NULL
};


/* capitalised words that are not names (sentence starts, titles) */
const char *const  review_function_words[] = {
    "the", "a", "an", "it", "it's", "its", "this", "that", "these",
    "those", "but", "and", "or", "nor", "so", "yet", "if", "when", "while",
    "as", "in", "on", "at", "by", "for", "from", "with", "without", "of",
    "to", "into", "onto", "over", "under", "after", "before", "during",
    "through", "although", "though", "because", "since", "until",
    "unless", "whatever", "whoever", "what", "which", "who", "whom",
    "whose", "where", "why", "how", "there", "here", "then", "now",
    "still", "even", "also", "just", "only", "not", "no", "yes", "his",
    "her", "their", "our", "my", "your", "he", "she", "they", "we", "i",
    "you", "me", "him", "them", "us", "one", "two", "three", "four",
    "five", "first", "second", "third", "last", "every", "each", "all",
    "both", "either", "neither", "some", "any", "many", "much", "more",
    "most", "few", "less", "least", "such", "other", "another", "same",
    "instead", "thankfully", "sadly", "unfortunately", "fortunately",
    "ultimately", "meanwhile", "however", "overall", "finally", "despite",
    "together", "perhaps", "maybe", "indeed", "certainly", "clearly",
    "yes", "well", "oh", "mr", "mrs", "ms", "dr", "sir", "lady", "lord",
    "like", "unlike", "about", "above", "across", "against", "along",
    "among", "around", "behind", "below", "beneath", "beside", "between",
    "beyond", "inside", "outside", "toward", "towards", "upon", "within",
    "again", "already", "always", "never", "often", "sometimes", "soon",
    "yet", "once", "twice", "rather", "quite", "very", "too", "enough",
    "review", "reviews", "verdict", "rating", "film", "movie", "director",
    "cast", "starring", "runtime", "certificate", "release", "watch",
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "oscar", "oscars", "academy", "award", "awards", "festival", "netflix",
    "amazon", "prime", "video", "hbo", "disney", "apple", "hulu", "max",
    "hollywood", "cannes", "sundance", "venice", "berlin", "toronto",
    "bafta", "golden", "globe", "globes", "imax", "youtube", "mubi",
    "part", "chapter", "episode", "season", "volume", "book", "act",
    NULL
};


/* words of judgement: a pull-quote is a verdict */
const char *const  review_eval_words[] = {
    "masterpiece", "masterful", "masterly", "triumph", "triumphant",
    "stunning", "gorgeous", "humane", "astonishing", "astounding",
    "brilliant", "superb", "wonderful", "perfect", "perfectly", "moving",
    "beautiful", "beautifully", "powerful", "compelling", "gripping",
    "remarkable", "extraordinary", "essential", "rewarding", "immaculate",
    "impeccable", "stellar", "exquisite", "tender", "towering",
    "achievement", "magnificent", "marvellous", "marvelous", "dazzling",
    "breathtaking", "riveting", "thrilling", "haunting", "devastating",
    "heartbreaking", "heartfelt", "luminous", "sublime", "terrific",
    "excellent", "outstanding", "exceptional", "unforgettable", "vital",
    "bold", "daring", "ambitious", "assured", "confident", "elegant",
    "graceful", "poignant", "profound", "tense", "taut", "absorbing",
    "engrossing", "delightful", "charming", "funny", "hilarious", "witty",
    "smart", "clever", "inventive", "original", "fresh", "striking",
    "thunderous", "colossal", "spectacular", "intimate", "patient",
    "observed", "accomplished", "finest", "best", "greatest", "great",
    "fine", "good", "strong", "rare", "special", "landmark", "classic",
    "must-see", "unmissable", "flawed", "uneven", "messy", "mess",
    "disappointing", "disappointment", "tedious", "dull", "boring",
    "bland", "forgettable", "clumsy", "overlong", "bloated", "hollow",
    "shallow", "lifeless", "misfire", "failure", "fails", "worst", "weak",
    "lazy", "predictable", "plodding", "slow", "sluggish", "muddled",
    "confusing", "incoherent", "laughable", "awful", "terrible", "dire",
    "lacklustre", "lackluster", "underwhelming", "overwrought", "cheap",
    "gaudy", "hyperbolic", "stilted", "wooden", "derivative", "empty",
    "soulless", "joyless", "grating", "insufferable", "exhausting",
    "satisfying", "entertaining", "enjoyable", "watchable", "solid",
    "affecting", "captivating", "mesmerising", "mesmerizing", "electric",
    "ferocious", "fearless", "nuanced", "resonant", "lyrical", "poetic",
    "achingly", "beguiling", "bravura", "dynamite", "electrifying",
    "exhilarating", "harrowing", "hypnotic", "invigorating", "piercing",
    "ravishing", "searing", "shattering", "sumptuous", "transcendent",
    "virtuoso", "wrenching", "impressive", "admirable", "accomplished",
    "recommend", "recommended", "worth", "deserves", "deserving",
    "performance", "performances", "filmmaking", "cinema", "film",
    "portrait", "debut", "reminder", "achievement", "accolades",
    NULL
};


/* a pull-quote should not lean on what came before it */
const char *const  review_weak_openers[] = {
    "but", "and", "or", "nor", "so", "yet", "also", "however", "instead",
    "still", "then", "though", "although", "meanwhile", "besides",
    "moreover", "furthermore", "thus", "hence", "which", "they", "he",
    "she", "his", "her", "their", "them", "him", "that", "these", "those",
    "both", "neither", "plus", "anyway", "otherwise", "again", "here",
    "there's", "there", "thankfully", "sadly", "ultimately", "through",
    "from", "as", "when", "while", "if", "because", "since", "whatever",
    NULL
};


/* the reviewer talking about themself */
const char *const  review_hedges[] = {
    "i", "i'm", "i\xe2\x80\x99m", "i've", "i\xe2\x80\x99ve", "i'd",
    "i\xe2\x80\x99" "d", "me", "my", "we", "our", "us", NULL
};


const char *const  review_months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", NULL
};

#!/usr/bin/perl

# Bad directive values fail "nginx -t" with a message naming the
# directive; a good configuration with all of them passes.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review;

my $t = Test::Review->new;

sub conf {
    my ($http, $loc) = @_;
    return <<"EOF";
%%TEST_GLOBALS%%
events {}
http {
    %%TEST_GLOBALS_HTTP%%
    $http
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location / {
            $loc
        }
    }
}
EOF
}

my @bad = (
    ['review maybe;', 'review'],
    ['review_max_size lots;', 'review_max_size'],
    ['review_jsonld yes;', 'review_jsonld'],
    ['review_last_modified 1;', 'review_last_modified'],
    ['review_upstream_identity yes;', 'review_upstream_identity'],
    ['review_card sometimes;', 'review_card'],
    ['review_card_position footer;', 'review_card_position'],
    ['review_body some;', 'review_body'],
    ['review_existing replace;', 'review_existing'],
    ['review_min_confidence 101;', 'review_min_confidence'],
    ['review_min_confidence high;', 'review_min_confidence'],
    ['review_min_words -5;', 'review_min_words'],
    ['review_max_nodes 0;', 'review_max_nodes'],
    ['review_max_text big;', 'review_max_text'],
    ['review_max_memory 1q;', 'review_max_memory'],
    ['review_publisher "";', 'review_publisher'],
    ['review_publisher Journal ftp://example.org/;', 'review_publisher'],
    ['review_publisher A https://a.example/ https://a.example/l.png x;',
     'review_publisher'],
    ['review_cache nowhere;', 'review_cache'],
    ['review on; review off;', 'review'],
);

for my $case (@bad) {
    my ($directive, $name) = @$case;
    my ($rc, $out) = $t->nginx_t(conf('', $directive));
    isnt($rc, 0, "\"$directive\" fails nginx -t");
    like($out, qr/"\Q$name\E"/, "... and the message names $name")
        or diag($out);
}

my @bad_http = (
    ['review_cache_zone zone=c;', 'review_cache_zone'],
    ['review_cache_zone zone=c:1k;', 'review_cache_zone'],
    ['review_cache_zone size=1m;', 'review_cache_zone'],
    ['review_cache_zone zone=c:1m max_age=soon;', 'review_cache_zone'],
    ['review_cache_zone zone=c:1m; review_cache_zone zone=c:2m;',
     'review_cache_zone'],
);

for my $case (@bad_http) {
    my ($directive, $name) = @$case;
    my ($rc, $out) = $t->nginx_t(conf($directive, ''));
    isnt($rc, 0, "\"$directive\" fails nginx -t");
    like($out, qr/"\Q$name\E"/, "... and the message names $name")
        or diag($out);
}

my ($rc, $out) = $t->nginx_t(conf('review_cache_zone zone=c:1m max_age=1h;'
    . ' review on;', <<'LOC'));
review $arg_review;
review_types application/xhtml+xml;
review_max_size 2m;
review_jsonld on;
review_last_modified off;
review_upstream_identity on;
review_card on;
review_card_style off;
review_card_position after_content;
review_social_meta on;
review_force off;
review_body full;
review_existing fill;
review_min_confidence 60;
review_min_words 100;
review_max_nodes 50000;
review_max_text 1m;
review_max_sentences 5000;
review_max_memory 16m;
review_publisher "Example Film Journal" https://films.example.org/
                 https://films.example.org/logo.png;
review_author_fallback "The Editors";
review_cache c;
LOC
is($rc, 0, 'every directive at once passes nginx -t') or diag($out);

($rc, $out) = $t->nginx_t(conf('', 'if ($arg_x) { review off; }'));
is($rc, 0, '"review" inside "if" in a location') or diag($out);

done_testing();

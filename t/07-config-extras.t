#!/usr/bin/perl

# Selectors and card templates: validated by nginx -t, used at run time.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;

sub conf {
    my ($loc) = @_;
    return <<"EOF";
%%TEST_GLOBALS%%
events {}
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location / {
            review on;
            $loc
        }
    }
}
EOF
}

$t->write_file('good.tpl', '<div class="mine"><q>{{quote}}</q> '
    . '&mdash; {{author}} on <b>{{ title }}</b> ({{year}}), '
    . 'by {{director}}, with {{cast}}. {{rating}} {{reading_time}}</div>');
$t->write_file('bad.tpl', '<div>{{quote}} {{spoiler}}</div>');
$t->write_file('open.tpl', '<div>{{quote</div>');

# placeholders where escaping cannot help, and markup that would swallow
# the page after the card: each fails nginx -t with the template's line
my %hostile = (
    'unquoted.tpl' => [ "<div class=rvw data-q={{quote}}>{{title}}</div>",
                        qr/line 1: "\{\{quote\}\}" in an unquoted/ ],
    'event.tpl'    => [ "<div>\n<p onmouseover=\"x('{{title}}')\">x</p></div>",
                        qr/line 2: "\{\{title\}\}" in an event handler/ ],
    'script.tpl'   => [ "<p>{{title}}</p>\n<script>\nvar q = '{{quote}}';"
                        . "</script>", qr/line 3: "\{\{quote\}\}" inside/ ],
    'style.tpl'    => [ "<style>.x:after{content:'{{title}}'}</style>",
                        qr/line 1: .*inside/ ],
    'href.tpl'     => [ "<a href=\"/?q={{title}}\">x</a>",
                        qr/line 1: .*style or URL attribute/ ],
    'css.tpl'      => [ "<p style=\"color:{{rating}}\">x</p>",
                        qr/line 1: .*style or URL attribute/ ],
    'comment.tpl'  => [ "<div>{{title}}</div>\n\n<!-- card ends",
                        qr/line 3: an unclosed "<!--"/ ],
);

for my $name (sort keys %hostile) {
    $t->write_file($name, $hostile{$name}[0]);
    my ($rc, $out) = $t->nginx_t(conf("review_card_template %%TESTDIR%%/$name;"));
    isnt($rc, 0, "$name fails nginx -t");
    like($out, $hostile{$name}[1], '... with the line and the reason')
        or diag($out);
}

for my $case (
    ['review_content_selector "div..x";', 'review_content_selector'],
    ['review_content_selector "blink.x";', 'review_content_selector'],
    ['review_content_selector "a > b";', 'review_content_selector'],
    ['review_title_selector "";', 'review_title_selector'],
    ['review_card_template %%TESTDIR%%/bad.tpl;', 'review_card_template'],
    ['review_card_template %%TESTDIR%%/open.tpl;', 'review_card_template'],
    ['review_card_template %%TESTDIR%%/missing.tpl;', 'review_card_template'],
) {
    my ($rc, $out) = $t->nginx_t(conf($case->[0]));
    isnt($rc, 0, "\"$case->[0]\" fails nginx -t");
    like($out, qr/"\Q$case->[1]\E"/, '... naming the directive')
        or diag($out);
}

my ($rc, $out) = $t->nginx_t(conf('review_card_template %%TESTDIR%%/bad.tpl;'));
like($out, qr/spoiler/, 'the unknown placeholder is named');

# div soup: the review is in the second block; selectors say so
my $soup = <<'EOF';
<html><head><title>Night Train review | Rail Films</title></head><body>
<div class="a"><div class="b"><h1 class="t1">Night Train review</h1>
<div id="x1"><p>Sign up for our newsletter, with news, gossip, trailers,
offers, events, screenings, competitions, and more every week, free.</p>
<p>Our partners, sponsors, advertisers, friends, and readers make this
site possible, so thank you, all of you, every single one.</p></div>
<div id="x2"><p>Directed by Mara Olsen, Night Train is a tense, elegant
thriller set on a sleeper service from Oslo to Bergen, and it is a gem.</p>
<p>Tom Reyes plays the conductor, and he is superb; the film is a small
masterpiece of suspense that never wastes a minute of its ninety.</p>
</div></div></div></body></html>
EOF
$t->write_file('html/soup.html', $soup);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location / {
            review on;
            review_force on;
            review_card on;
            review_card_position before_content;
            review_content_selector "div#x2";
            review_title_selector "h1.t1";
        }
        location /tpl/ {
            alias %%TESTDIR%%/html/;
            review on;
            review_force on;
            review_card on;
            review_card_template %%TESTDIR%%/good.tpl;
        }
    }
}
EOF

my $r = $t->get('/soup.html');
my $ins = insertions($soup, $r->{body});
ok($ins, 'only insertions');
my ($card) = grep { $_->[1] =~ /rvw-card/ } @{ $ins || [] };
ok($card, 'a card');
is($card && $card->[0], index($soup, '<div id="x2">') + length('<div id="x2">'),
   'review_content_selector: the card opens the selected element');

$r = $t->get('/tpl/soup.html');
$ins = insertions($soup, $r->{body});
my ($mine) = grep { $_->[1] =~ /class="mine"/ } @{ $ins || [] };
ok($mine, 'the template is used');
$mine = $mine ? $mine->[1] : '';
like($mine, qr{<b>Night Train</b>}, '{{title}}');
like($mine, qr{by Mara Olsen}, '{{director}}');
like($mine, qr{with Tom Reyes}, '{{cast}}');
like($mine, qr{<q>[^<]+</q>}, '{{quote}} filled, escaped');
unlike($mine, qr/\{\{/, 'no placeholder left');
like($r->{body}, qr{<h1 class="t1">Night Train review</h1><div class="mine">},
     'review_title_selector: after the selected title');

$t->done_testing();

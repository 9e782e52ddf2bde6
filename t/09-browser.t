#!/usr/bin/perl

# The card as a reader sees it, in headless Chromium: visible, inside the
# viewport on a desktop and a phone, in light and dark; the page's own
# layout where it was; the JSON-LD read back by JSON.parse in the page.
# Screenshots go to build/screenshots/.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review;
use JSON::PP;

my $top = Test::Review->top;
my $chromium = $ENV{CHROMIUM} || '/usr/bin/chromium';

plan skip_all => "no Chromium at $chromium (apt-get install chromium):"
    . " the browser check cannot run" unless -x $chromium;

ok(-d "$top/t/js/node_modules/playwright-core",
   'playwright-core is installed (make test installs it)')
    or BAIL_OUT('run: npm ci --prefix t/js');

my $t = Test::Review->new;
$t->write_file('html/seed.html',
               $t->page('demo/html/reviews/sound-of-metal.html'));

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location /on/ {
            alias %%TESTDIR%%/html/;
            review on;
            review_card on;
        }
        location /off/ {
            alias %%TESTDIR%%/html/;
        }
    }
}
EOF

my $port = $t->port('8080');
mkdir "$top/build/screenshots";

sub look {
    my ($path, $shots) = @_;
    my $out = qx{timeout 120 node $top/t/js/browser.mjs http://127.0.0.1:$port$path $shots 2>&1};
    my $r = eval { decode_json((split /\n/, $out)[-1]) };
    ok($r, "Chromium opened $path") or diag($out);
    return $r || {};
}

my $on = look('/on/seed.html', "$top/build/screenshots/card");
my $off = look('/off/seed.html', '');

for my $view (qw(light dark phone)) {
    my $v = $on->{$view} || {};
    my $o = $off->{$view} || {};

    ok($v->{card} && $v->{visible}, "$view: the card is there and visible");
    ok($v->{cardBox} && $v->{cardBox}{left} >= 0
       && $v->{cardBox}{right} <= $v->{viewport} + 0.5,
       "$view: the card is inside the viewport width")
        or diag(encode_json($v->{cardBox} || {}));
    ok($v->{scrollWidth} <= $o->{scrollWidth},
       "$view: the page does not scroll sideways more than without it");
    is($v->{title}{left}, $o->{title}{left},
       "$view: the title did not move sideways");
    is($v->{article}{left}, $o->{article}{left},
       "$view: the article did not move sideways");
    is($v->{article}{width}, $o->{article}{width},
       "$view: nor change its width");

    my @ld = @{ $v->{ld} || [] };
    ok(@ld == 1 && !$ld[0]{error}, "$view: JSON.parse reads the JSON-LD");
}

like($on->{light}{name} // '', qr/Sound of Metal/, 'the card has a name');
isnt($on->{dark}{background}, $on->{light}{background},
     'dark mode changes the card');
ok(-s "$top/build/screenshots/card-light.png", 'a screenshot was saved');

$t->done_testing();

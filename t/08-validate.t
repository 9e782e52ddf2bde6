#!/usr/bin/perl

# The JSON-LD the module inserts, through the validators, offline: our
# own (jsonld expansion, schema.org vocabulary with domains and ranges,
# Google's Review/Movie rules) and @adobe/structured-data-validator; and
# the steering repository's jsonld-check when it is there.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review;

my $top = Test::Review->top;
my $validator = "$top/t/js/validate.mjs";

ok(-d "$top/t/js/node_modules/jsonld"
   && -d "$top/t/js/node_modules/\@adobe/structured-data-validator",
   'validator packages are installed (make test installs them)')
    or BAIL_OUT('run: npm ci --prefix t/js');

my $t = Test::Review->new;

my @pages = (glob("$top/demo/html/reviews/*.html"),
             glob("$top/t/pages/*.html"));
my %name;
for my $p (@pages) {
    (my $n = $p) =~ s{.*/}{};
    $name{$n} = $p;
    $t->write_file("html/$n", Test::Review::read_file($p));
}

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        server_name films.example.org;
        location / {
            review on;
            review_card on;
            review_social_meta on;
            review_body full;
            review_publisher "Example Film Journal"
                https://films.example.org/ https://films.example.org/logo.png;
        }
    }
}
EOF

my @served;
for my $n (sort keys %name) {
    my $r = $t->get("/$n");
    next unless $r->{body} =~ /application\/ld\+json/;
    push @served, $t->write_file("out/$n", $r->{body});
}

ok(@served >= 2, scalar(@served) . ' pages came out with JSON-LD');

my $out = qx{node $validator --no-rating-ok @served 2>&1};
is($? >> 8, 0, 'our validator and the Adobe one accept every page')
    or diag($out);
like($out, qr/summary: blocks=\d+ errors=0/, 'no error in the summary');

# the validator does fail what it should
my $bad = $t->write_file('bad.json', <<'EOF');
{"@context": "https://schema.org", "@graph": [
 {"@type": "Review", "itemReviewed": {"@type": "Movie", "name": "X",
   "director": "not a person node", "numberOfPages": 3},
  "reviewRating": {"@type": "Rating", "ratingValue": 9,
                   "bestRating": 5},
  "colour": "red"},
 {"@type": "Moovie", "name": "Y"}]}
EOF
$out = qx{node $validator $bad 2>&1};
isnt($? >> 8, 0, 'a broken block fails');
like($out, qr/unknown property "colour"/, '... an unknown property');
like($out, qr/"numberOfPages" not allowed on Movie/, '... a wrong domain');
like($out, qr/ratingValue 9 outside/, '... a rating out of range');
like($out, qr/author/, '... a missing author');
like($out, qr/unknown type "Moovie"/, '... an unknown type');

my $check = "$top/../shared/tools/jsonld-check";
SKIP: {
    skip 'no ../shared/tools/jsonld-check (a clone of the project alone)', 1
        unless -x $check;
    $out = qx{$check @served 2>&1};
    is($? >> 8, 0, 'jsonld-check accepts every page') or diag($out);
}

$t->done_testing();

#!/usr/bin/perl

# XHTML sent as application/xhtml+xml is XML to the browser: everything
# the module inserts (JSON-LD, social meta, card) keeps the page
# well-formed, as xmllint reads it.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

plan skip_all => 'xmllint missing (apt-get install libxml2-utils)'
    unless system('command -v xmllint >/dev/null 2>&1') == 0;

my $t = Test::Review->new;

my $page = <<'EOF';
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><meta charset="utf-8" /><title>Station review</title></head>
<body><article><h1>Station review</h1>
<p>Directed by Mara Olsen, Station is a tense, elegant thriller set on a
sleeper train from Oslo to Bergen &amp; it is a gem of a film.</p>
<p>Tom Reyes plays the conductor, and he is superb; the film is a small
masterpiece of suspense that never wastes a minute. Rating: 3.5/5</p>
</article></body></html>
EOF
$t->write_file('html/station.xhtml', $page);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    types { application/xhtml+xml xhtml; text/html html; }
    server {
        listen 127.0.0.1:%%PORT_8080%%;
        location / {
            root %%TESTDIR%%/html;
            review on;
            review_force on;
            review_types application/xhtml+xml;
            review_social_meta on;
            review_card on;
        }
    }
}
EOF

my $r = $t->get('/station.xhtml');
is(Test::Review::header($r, 'Content-Type'), 'application/xhtml+xml', 'XHTML');
my $ins = insertions($page, $r->{body});
ok($ins && (grep { $_->[1] =~ /application\/ld\+json/ } @$ins)
   && (grep { $_->[1] =~ /rvw-card/ } @$ins),
   'JSON-LD, meta and card inserted, and nothing else changed')
    or diag($r->{body});
like($r->{body}, qr{<meta property="og:description" content="[^"]*" />},
     'the meta tags close themselves');

my $file = $t->dir . '/out.xhtml';
open my $fh, '>:raw', $file or die;
print $fh $r->{body};
close $fh;

my $err = `xmllint --noout $file 2>&1`;
is($?, 0, 'the page is well-formed XML') or diag($err);

$t->done_testing();

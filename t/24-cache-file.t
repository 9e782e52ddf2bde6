#!/usr/bin/perl

# The cache's key for a static file, from what the file is (device, inode,
# size, mtime, ctime) rather than a hash of its bytes: a hit by it is the
# same bytes as the analysis, with sendfile on (the file is never read,
# its bytes go out around the inserts) and off; a file that changes, even
# to the same size with its old mtime put back or by a rename, never gets
# the old inserts.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $page = $t->page('demo/html/reviews/sound-of-metal.html');

# the same page by another writer, to the byte as long
(my $other = $page) =~ s/Jane Example/Joan Examplo/g;
is(length $other, length $page, 'the other page is as long');

$t->write_file('html/a.html', $page);
$t->write_file('html/b.html', $page);
$t->write_file('html/c.html', $page);

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    review_cache_zone zone=main:1m;

    log_format cache '$uri $review_status $review_cache';
    access_log %%TESTDIR%%/logs/cache.log cache;

    server {
        listen 127.0.0.1:%%PORT_8080%%;
        review on;
        review_card on;
        review_cache main;
        error_log %%TESTDIR%%/logs/debug.log debug;

        location /sf/ {
            alias %%TESTDIR%%/html/;
            sendfile on;
        }

        location /copy/ {
            alias %%TESTDIR%%/html/;
            sendfile off;
        }

        location /nocache/ {
            alias %%TESTDIR%%/html/;
            review_cache off;
        }
    }
}
EOF

sub cache_status { $t->last_logged('cache.log', $_[0], 2) }

# how many hits of each kind the debug log has seen
sub hits {
    my ($how) = @_;
    my $log = Test::Review::read_file($t->dir . '/logs/debug.log');
    my @l = $log =~ /review cache hit by \Q$how\E:/g;
    return scalar @l;
}

# an nginx built without --with-debug writes no [debug] line
sub debug {
    return Test::Review::read_file($t->dir . '/logs/debug.log')
           =~ /\[debug\]/;
}

# files written less than 2 s ago are keyed by their bytes: let them settle
sleep 2.2;

my $cold = $t->get('/nocache/a.html')->{body};
like($cold, qr/Jane Example.*ld\+json|ld\+json.*Jane Example/s,
     'the analysis injects');
like($cold, qr/rvw-card/, 'with a card: two inserts');

for my $loc ('sf', 'copy') {
    # the server has no name: both locations make the same key
    my $miss = $t->get("/$loc/a.html");
    is(cache_status("/$loc/a.html"), $loc eq 'sf' ? 'MISS' : 'HIT',
       "$loc: first request");
    is($miss->{body}, $cold, "$loc: the miss gives the analysis' bytes");

    my ($f, $fs) = (hits('file'), hits('file, sent from it'));
    my $hit = $t->get("/$loc/a.html");
    is(cache_status("/$loc/a.html"), 'HIT', "$loc: then a hit");
    is($hit->{body}, $cold, "$loc: a hit by the file's key, byte-identical");
    is(Test::Review::header($hit, 'content-length'), length $cold,
       "$loc: its Content-Length");

    SKIP: {
        skip 'nginx without debug log', 1 unless debug();
        if ($loc eq 'sf') {
            is(hits('file, sent from it'), $fs + 1,
               'sf: found by the file and sent from it, never read');
        } else {
            is(hits('file'), $f + 1,
               'copy: found by the file, read but not hashed');
        }
    }
}

# a.html rewritten in place: as long, the same mtime put back
my $path = $t->dir . '/html/a.html';
my $mtime = (stat $path)[9];
$t->write_file('html/a.html', $other);
utime $mtime, $mtime, $path;
is((stat $path)[7], length $page, 'rewritten: the same size');
is((stat $path)[9], $mtime, 'rewritten: the same mtime');

my $new = $t->get('/nocache/a.html')->{body};
like($new, qr/Joan Examplo/, 'the analysis of the new page');
unlike($new, qr/Jane Example/, 'without the old writer');

for my $loc ('sf', 'copy') {
    is($t->get("/$loc/a.html")->{body}, $new,
       "$loc: at once, the new page's inserts");
}

# once settled, its new change time is its new key
sleep 2.2;

for my $loc ('sf', 'copy') {
    is($t->get("/$loc/a.html")->{body}, $new,
       "$loc: settled, the new page's inserts");
    is($t->get("/$loc/a.html")->{body}, $new,
       "$loc: and from the cache");
    is(cache_status("/$loc/a.html"), 'HIT', "$loc: a hit");
}

SKIP: {
    skip 'nginx without debug log', 1 unless debug();
    my $fs = hits('file, sent from it');
    $t->get('/sf/a.html');
    is(hits('file, sent from it'), $fs + 1, 'the new file found by its key');
}

# b.html replaced by a rename: another inode, as long, the old mtime
$t->get('/sf/b.html');
$t->get('/copy/b.html');
is($t->get('/sf/b.html')->{body}, $cold, 'b: a hit before the rename');

my $b = $t->dir . '/html/b.html';
$mtime = (stat $b)[9];
my $tmp = $t->write_file('html/b.tmp', $other);
utime $mtime, $mtime, $tmp;
rename $tmp, $b or die "rename: $!";

$new = $t->get('/nocache/b.html')->{body};
like($new, qr/Joan Examplo/, 'b: the analysis of the new file');

for my $loc ('sf', 'copy') {
    is($t->get("/$loc/b.html")->{body}, $new,
       "$loc: renamed over, the new file's inserts");
}

sleep 2.2;

for my $loc ('sf', 'copy') {
    $t->get("/$loc/b.html");
    is($t->get("/$loc/b.html")->{body}, $new,
       "$loc: renamed over and settled, the new file's inserts");
}

# c.html rewritten as it is served: each answer is the one of the bytes
# it holds (a hit by its body while its change time is fresh)
$t->get('/sf/c.html');
for my $i (1 .. 4) {
    my $p = $i % 2 ? $other : $page;
    $t->write_file('html/c.html', $p);
    my $want = $t->get('/nocache/c.html')->{body};
    is($t->get('/sf/c.html')->{body}, $want, "c: rewrite $i, sendfile");
    is($t->get('/copy/c.html')->{body}, $want, "c: rewrite $i, copied");
}

# a HEAD on a page the cache knows: a header, no body
my $head = $t->http(method => 'HEAD', path => '/sf/a.html');
is($head->{body}, '', 'HEAD: no body');

$t->done_testing();

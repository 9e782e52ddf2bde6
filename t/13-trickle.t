#!/usr/bin/perl

# review_buffering off with an upstream that trickles: what cannot take
# an insertion goes out as it comes.  The upstream sends the first part
# of the page a few bytes every few milliseconds, then waits until the
# client has the status line and the first bytes of the page; only then
# does it send the rest.  A module that held the page (or its first
# bytes) back would leave both waiting: the client gives up, the test
# fails.  The page is still the original with the JSON-LD inserted.

use strict;
use warnings;

use lib 't/lib';
use IO::Select;
use IO::Socket::INET;
use Test::More;
use Test::Review qw(insertions);

my $t = Test::Review->new;
my $seed = $t->page('demo/html/reviews/sound-of-metal.html');
my $resume = $t->dir . '/resume';

# the first 600 bytes (less than postpone_output) two at a time, 5 ms
# apart, then the rest at once
my $first = 600;
my @cuts = map { $_ * 2 } 1 .. $first / 2;

for my $len ('plain', 'exact', 'chunked') {
    $t->upstream(-name => $len, '*' => { body => $seed,
                                          length => $len eq 'chunked'
                                                    ? 'chunked' : 'exact',
                                          write => \@cuts, delay => 5,
                                          pause_at => $first,
                                          resume_on => "$resume.$len" });
}

$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    proxy_buffering off;

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location /plain/ {
            proxy_pass http://127.0.0.1:%%UPSTREAM_plain%%/;
        }

        location /length/ {
            review on;
            review_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_exact%%/;
        }

        location /chunked/ {
            review on;
            review_buffering off;
            proxy_pass http://127.0.0.1:%%UPSTREAM_chunked%%/;
        }
    }
}
EOF

# reads until "want" says it has enough, or 30 s pass
sub read_until {
    my ($s, $raw, $want) = @_;
    my $sel = IO::Select->new($s);
    my $end = time + 30;

    while (!$want->($$raw) && time < $end) {
        last unless $sel->can_read($end - time);
        my $n = sysread($s, my $buf, 65536);
        last unless $n;
        $$raw .= $buf;
    }

    return $want->($$raw);
}

for my $case (['/plain/x', 'plain', 'without the module'],
              ['/length/x', 'exact', 'with a length'],
              ['/chunked/x', 'chunked', 'chunked'])
{
    my ($path, $up, $name) = @$case;

    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1:'
                                              . $t->port('8080'))
        or die "connect: $!";
    binmode $s;
    print $s "GET $path HTTP/1.1\r\nHost: localhost\r\n"
             . "Connection: close\r\n\r\n";

    # the status line, then the page's first 200 bytes, while the
    # upstream still holds the rest
    my $raw = '';
    my $head = substr($seed, 0, 200);
    my $got = read_until($s, \$raw, sub {
        my $r = Test::Review::parse_response($_[0], 'GET');
        return substr($r->{body}, 0, length $head) eq $head;
    });

    like($raw, qr{^HTTP/1\.1 200 }, "$name: the status line came early");
    ok($got, "$name: the first bytes came before the upstream finished");

    # the rest of the page
    open my $f, '>', "$resume.$up" or die "$resume.$up: $!";
    close $f;

    read_until($s, \$raw, sub { 0 });
    close $s;

    my $r = Test::Review::parse_response($raw, 'GET');
    is($r->{status}, 200, "$name: 200");

    if ($up eq 'plain') {
        is($r->{body}, $seed, "$name: the page");
        next;
    }

    my $ins = insertions($seed, $r->{body});
    ok($ins && @$ins == 1, "$name: the original plus one insertion");
    is($ins->[0][0], index(lc $seed, '</body'),
       "$name: the JSON-LD right before </body>") if $ins && @$ins;
}

$t->done_testing;

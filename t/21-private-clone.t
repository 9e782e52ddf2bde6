#!/usr/bin/perl

# The demo from a checkout under a private directory (mode 0700, like
# root's home): nginx started by root runs its workers as nobody, who
# cannot read the checkout, so scripts/demo serves a copy under /tmp the
# workers can read, and removes it when stopped.  (scripts/soak and
# scripts/bench serve the same way, through scripts/worker-dir.sh.)

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review;
use File::Temp qw(tempdir);
use HTTP::Tiny;
use POSIX qw(WNOHANG);

my $top = Test::Review->top;
my $module = "$top/build/ngx_http_review_filter_module.so";

my $private = tempdir('review-private-XXXXXX', TMPDIR => 1, CLEANUP => 1);
chmod 0700, $private or die "$private: $!";
my $x = "$private/x";
mkdir "$x" or die "$x: $!";
mkdir "$x/build" or die "$x/build: $!";
system('cp', '-R', "$top/scripts", "$top/demo", "$x/") == 0
    or BAIL_OUT('cannot copy the tree');
system('cp', $module, "$x/build/") == 0 or BAIL_OUT('cannot copy the module');

my $port = Test::Review::free_port();
my $pid = fork // die "fork: $!";
if ($pid == 0) {
    $ENV{DEMO_PORT} = $port;
    open STDOUT, '>', "$private/demo.log" or die;
    open STDERR, '>&', \*STDOUT or die;
    exec "$x/scripts/demo" or die "exec: $!";
}

my $http = HTTP::Tiny->new(timeout => 5);
my $up;
for (1 .. 100) {
    last if waitpid($pid, WNOHANG) == $pid;
    $up = $http->get("http://127.0.0.1:$port/")->{status} != 599 and last;
    select undef, undef, undef, 0.1;
}
ok($up, 'the demo serves from a checkout under a mode-0700 directory')
    or diag(Test::Review::read_file("$private/demo.log"));

my ($root) = Test::Review::read_file("$x/build/demo/nginx.conf")
    =~ /^\s*root (\S+);/m;
like($root, qr{^/tmp/}, 'the pages are served from a copy under /tmp');

my $r = $http->get("http://127.0.0.1:$port/reviews/sound-of-metal.html");
is($r->{status}, 200, 'a review page: 200');
like($r->{content}, qr{application/ld\+json}, '... with its JSON-LD');
like($r->{content}, qr/rvw-card/, '... and its card');

$r = $http->get("http://127.0.0.1:$port/news/festival-lineup.html");
is($r->{status}, 200, 'a news page: 200');
is($r->{content},
   Test::Review::read_file("$top/demo/html/news/festival-lineup.html"),
   '... byte for byte');

kill 'TERM', $pid;
waitpid $pid, 0;
ok(!-e $root, 'stopped, the demo removes its copy');
ok(!IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port"),
   '... and leaves nothing listening');

done_testing;

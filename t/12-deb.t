#!/usr/bin/perl

# The Debian package: built the Debian way, installed into this machine's
# nginx, enabled by its postinst, serving a review page through the
# system's nginx binary and module directory, then removed and purged
# without a trace.  Needs root and dpkg; skipped otherwise.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);

my $pkg = 'libnginx-mod-http-review';
my $so = '/usr/lib/nginx/modules/ngx_http_review_filter_module.so';
my $avail = '/usr/share/nginx/modules-available/mod-http-review.conf';
my $enabled = '/etc/nginx/modules-enabled/50-mod-http-review.conf';

plan skip_all => 'installing a package needs root' if $> != 0;
plan skip_all => 'the package is tested with the plain build'
    if Test::Review::mode() ne 'plain';
plan skip_all => 'dpkg-buildpackage is missing (make deb installs it)'
    unless -x '/usr/bin/dpkg-buildpackage';
plan skip_all => "$pkg is installed here already: not touching it"
    if system("dpkg-query -W -f='\${Status}' $pkg 2>/dev/null"
              . " | grep -q 'install ok installed'") == 0;

my $top = Test::Review->top;
my $out = qx{cd $top && scripts/build-deb 2>&1};
is($?, 0, 'make deb builds the package') or diag($out);
my ($deb) = glob("$top/build/deb/${pkg}_*.deb");
ok($deb && -f $deb, 'a .deb in build/deb') or BAIL_OUT('no package');

my %f = map { /^(\w+): (.*)/ ? ($1, $2) : () }
        split /\n/, qx{dpkg-deb -f $deb Package Version Depends};
is($f{Package}, $pkg, 'the package is named the Debian way');
like($f{Depends}, qr/nginx-abi-[\d.]+-\d+/, 'it depends on the nginx ABI');
like($f{Depends}, qr/libxml2/, 'and on libxml2');

my @files = map { (split ' ')[5] } split /\n/, qx{dpkg-deb -c $deb};
ok((grep { $_ eq ".$so" } @files), "it ships $so");
ok((grep { $_ eq ".$avail" } @files), "and $avail");

$out = qx{dpkg -i $deb 2>&1};
is($?, 0, 'dpkg -i installs it') or diag($out);
ok(-f $so, 'the module is in place');
is(readlink($enabled) // '', $avail, 'postinst enabled it');

# the system's nginx, its module directory and modules-enabled, on a
# loopback port of our own
my $t = Test::Review->new;
$t->write_file('html/seed.html',
               $t->page('demo/html/reviews/sound-of-metal.html'));
$t->{module} = $so;
$t->{nginx} = '/usr/sbin/nginx';
my $d = $t->dir;
my $port = $t->port('8080');

$t->write_file('system.conf', <<"EOF");
include /etc/nginx/modules-enabled/*.conf;
pid $d/nginx.pid;
error_log $d/logs/error.log info;
worker_processes 1;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    access_log $d/logs/access.log;
    client_body_temp_path $d/body;
    proxy_temp_path $d/proxy;
    fastcgi_temp_path $d/fastcgi;
    uwsgi_temp_path $d/uwsgi;
    scgi_temp_path $d/scgi;
    server {
        listen 127.0.0.1:$port;
        root $d/html;
        location / {
            review on;
        }
    }
}
EOF

$out = qx{/usr/sbin/nginx -p /usr/share/nginx/ -c $d/system.conf -e $d/logs/error.log 2>&1};
is($?, 0, 'the system nginx starts with the packaged module') or diag($out);
$t->{running} = 1;

my $r = $t->get('/seed.html');
my $page = $t->page('demo/html/reviews/sound-of-metal.html');
is($r->{status}, 200, 'the review page: 200');
ok(insertions($page, $r->{body}) && $r->{body} =~ /application\/ld\+json/,
   'served through the system nginx, with its JSON-LD');

$t->stop;

$out = qx{dpkg -r $pkg 2>&1};
is($?, 0, 'dpkg -r removes it') or diag($out);
ok(!-e $so, 'the module is gone');
ok(!-e $enabled, 'and so is the modules-enabled link');

$out = qx{dpkg -P $pkg 2>&1};
is($?, 0, 'dpkg -P purges it') or diag($out);
ok(!-e $avail, 'nothing left in modules-available');
isnt(system("dpkg-query -W $pkg > /dev/null 2>&1"), 0,
     'dpkg knows it no more');

done_testing;

package Test::Review;

# A small harness for end-to-end tests of the review filter, in the style
# of nginx-tests: a temporary prefix, free loopback ports, config templates,
# nginx started and stopped by pid, an HTTP client, fake upstreams, and a
# check that a response is the original page with insertions only.
# Core Perl only.

use strict;
use warnings;

use Cwd qw(abs_path getcwd);
use Exporter qw(import);
use File::Path qw(make_path);
use File::Temp qw(tempdir);
use IO::Select;
use IO::Socket::INET;
use POSIX qw(WNOHANG);
use Socket qw(SOL_SOCKET SO_LINGER);
use Test::More import => ["!done_testing"];
use Time::HiRes qw(sleep time);

our @EXPORT_OK = qw(insertions insertions_only_ok gunzip read_file
                    ld_json_blocks);

my $TOP = (abs_path(__FILE__) =~ s{/t/lib/Test/Review\.pm$}{}r) || getcwd();

=head1 NAME

Test::Review - end-to-end test harness for ngx_http_review_filter_module

=head1 SYNOPSIS

    use lib 't/lib';
    use Test::Review qw(insertions_only_ok);

    my $t = Test::Review->new;
    my $page = $t->page('seed');          # t/pages/seed.html by default
    my $up = $t->upstream('/r' => { body => $page, write => 'bytes' });
    $t->run(<<'EOF');
    %%TEST_GLOBALS%%
    events {}
    http {
        %%TEST_GLOBALS_HTTP%%
        server {
            listen 127.0.0.1:%%PORT_8080%%;
            location / { review on; proxy_pass http://127.0.0.1:%%UPSTREAM%%; }
        }
    }
    EOF
    my $r = $t->get('/r');
    insertions_only_ok($page, $r->{body}, 'only insertions');

=head1 DESCRIPTION

Each object owns a temporary prefix (kept with TEST_REVIEW_LEAVE=1), its
nginx (TEST_NGINX_BINARY, default /usr/sbin/nginx; the module is
build/ngx_http_review_filter_module.so or TEST_REVIEW_MODULE) and its fake
upstreams.  When nginx stops, the error log is checked as real tests: no
[alert], [crit] or [emerg], no worker killed by a signal, no sanitizer
report; under TEST_REVIEW_VALGRIND=1 nginx runs under valgrind memcheck
and its errors and definite leaks fail; under TEST_REVIEW_ASAN=1 the ASan
runtime is preloaded and its reports fail.

=cut

sub new {
    my ($class, %opts) = @_;

    my $self = bless {
        dir => tempdir('review-t-XXXXXX', TMPDIR => 1,
                       CLEANUP => !$ENV{TEST_REVIEW_LEAVE}),
        nginx => $ENV{TEST_NGINX_BINARY} || '/usr/sbin/nginx',
        module => $ENV{TEST_REVIEW_MODULE}
                  || "$TOP/build/ngx_http_review_filter_module.so",
        ports => {},
        children => [],
        allow => $opts{allow} || [],
    }, $class;

    make_path("$self->{dir}/html", "$self->{dir}/logs");
    # workers run as nobody: sanitizers must be able to write reports
    chmod 0777, "$self->{dir}/logs";

    # workers of a root nginx run as nobody: they must read the prefix
    chmod 0755, $self->{dir};

    return $self;
}

sub dir { $_[0]{dir} }
sub top { $TOP }

sub free_port {
    my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => '127.0.0.1',
                                  LocalPort => 0, ReuseAddr => 1)
        or die "cannot get a free port: $!";
    my $port = $s->sockport;
    close $s;
    return $port;
}

sub port {
    my ($self, $name) = @_;
    return $self->{ports}{$name} //= free_port();
}

sub read_file {
    my ($path) = @_;
    open my $fh, '<:raw', $path or die "$path: $!";
    local $/;
    my $data = <$fh>;
    close $fh;
    return $data;
}

# a page of the project's test corpus, t/pages/NAME.html
sub page {
    my ($self, $name) = @_;
    my $path = $name =~ m{/} ? "$TOP/$name" : "$TOP/t/pages/$name.html";
    return read_file($path);
}

sub write_file {
    my ($self, $name, $content) = @_;
    my $path = "$self->{dir}/$name";
    (my $d = $path) =~ s{/[^/]*$}{};
    make_path($d);
    open my $fh, '>:raw', $path or die "$path: $!";
    print $fh $content;
    close $fh;
    return $path;
}

sub mode {
    return $ENV{TEST_REVIEW_VALGRIND} ? 'valgrind'
         : $ENV{TEST_REVIEW_ASAN} ? 'asan' : 'plain';
}

sub expand {
    my ($self, $conf) = @_;
    my $d = $self->{dir};
    my $mode = mode();

    my $globals = "load_module $self->{module};\n"
        . "pid $d/nginx.pid;\n"
        . "error_log $d/logs/error.log "
        . ($ENV{TEST_REVIEW_DEBUG} ? "debug" : "info") . ";\n"
        . ($mode eq 'valgrind'
           ? "daemon off;\nmaster_process off;\n"
           : "daemon on;\nmaster_process on;\nworker_processes 1;\n")
        # nginx clears the environment of a new binary (USR2): the
        # sanitizer runtime must be passed on by name
        . ($mode eq 'asan'
           ? "env LD_PRELOAD;\nenv ASAN_OPTIONS;\nenv UBSAN_OPTIONS;\n"
           : "");

    my $http = "access_log $d/logs/access.log;\n"
        . "client_body_temp_path $d/body;\n"
        . "proxy_temp_path $d/proxy;\n"
        . "fastcgi_temp_path $d/fastcgi;\n"
        . "uwsgi_temp_path $d/uwsgi;\n"
        . "scgi_temp_path $d/scgi;\n"
        . "types { text/html html; text/plain txt; "
        . "application/octet-stream bin; }\n"
        . "default_type application/octet-stream;\n"
        . "root $d/html;\n";

    $conf =~ s/%%TEST_GLOBALS%%/$globals/g;
    $conf =~ s/%%TEST_GLOBALS_HTTP%%/$http/g;
    $conf =~ s/%%TESTDIR%%/$d/g;
    $conf =~ s/%%TOP%%/$TOP/g;
    $conf =~ s/%%PORT_(\w+)%%/$self->port($1)/ge;
    $conf =~ s/%%UPSTREAM(?:_(\w+))?%%/$self->port('up' . ($1 || ''))/ge;

    return $conf;
}

sub run {
    my ($self, $conf) = @_;
    my $d = $self->{dir};

    $self->{conf} = $self->expand($conf);
    $self->write_file('nginx.conf', $self->{conf});
    my @listen = $self->{conf} =~ /listen\s+127\.0\.0\.1:(\d+)/g;

    my $mode = mode();
    my @cmd = ($self->{nginx}, '-p', "$d/", '-c', "$d/nginx.conf");

    if ($mode eq 'plain' || $mode eq 'asan') {
        local $ENV{LD_PRELOAD} = $self->asan_runtime if $mode eq 'asan';
        local $ENV{ASAN_OPTIONS} = "log_path=$d/logs/asan:detect_leaks=0"
            . ":abort_on_error=0" if $mode eq 'asan';
        local $ENV{UBSAN_OPTIONS} = "log_path=$d/logs/ubsan"
            . ":print_stacktrace=1" if $mode eq 'asan';
        # to a file, not a pipe: a daemon that keeps the pipe open (as
        # under the ASan runtime) would make us wait for ever
        system("@cmd > $d/logs/start.out 2>&1");
        if ($?) {
            die "nginx did not start:\n" . read_file("$d/logs/start.out")
                . "\n" . $self->log_tail;
        }
    } else {
        my $pid = fork // die "fork: $!";
        if ($pid == 0) {
            open STDOUT, '>', "$d/logs/valgrind.out";
            open STDERR, '>&', \*STDOUT;
            exec 'valgrind', '--tool=memcheck', '--leak-check=full',
                '--errors-for-leak-kinds=definite', '--error-exitcode=99',
                "--log-file=$d/logs/valgrind.%p.log",
                '--suppressions=' . "$TOP/t/valgrind.supp",
                @cmd;
            exit 127;
        }
        $self->{vg_pid} = $pid;
    }

    $self->{running} = 1;

    for my $port (@listen) {
        my $up = 0;
        for (1 .. ($mode eq 'valgrind' ? 600 : 200)) {
            my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port",
                                          Timeout => 1);
            if ($s) { close $s; $up = 1; last }
            sleep 0.05;
        }
        die "nginx does not listen on $port\n" . $self->log_tail unless $up;
    }

    return $self;
}

sub asan_runtime {
    my $p = qx{clang -print-file-name=libclang_rt.asan-x86_64.so 2>/dev/null};
    chomp $p;
    return $p;
}

sub log_tail {
    my ($self) = @_;
    my $f = "$self->{dir}/logs/error.log";
    return '' unless -f $f;
    my @l = split /\n/, read_file($f);
    return join("\n", @l > 20 ? @l[-20 .. -1] : @l) . "\n";
}

sub error_log {
    my ($self) = @_;
    my $f = "$self->{dir}/logs/error.log";
    return -f $f ? read_file($f) : '';
}

# the field (from 0) of the last line of logs/NAME that starts with
# "PREFIX ", or '' (an access log in a log_format of the test's own)
sub last_logged {
    my ($self, $name, $prefix, $field) = @_;
    my $f = "$self->{dir}/logs/$name";
    my @l = grep { /^\Q$prefix\E / } split /\n/, -f $f ? read_file($f) : '';
    return @l ? (split / /, $l[-1])[$field] // '' : '';
}

sub pid {
    my ($self) = @_;
    return $self->{vg_pid} if $self->{vg_pid};
    my $f = "$self->{dir}/nginx.pid";
    # a binary upgrade renames the file: it may go between test and read
    my $pid = eval { read_file($f) } // return undef;
    chomp $pid;
    return $pid =~ /^\d+$/ ? $pid : undef;
}

sub reload {
    my ($self) = @_;
    my $pid = $self->pid or return;
    kill 'HUP', $pid;
    sleep 0.5;
    return $self;
}

sub stop {
    my ($self) = @_;
    return unless $self->{running};
    $self->{running} = 0;

    my $pid = $self->pid;
    if ($pid) {
        kill 'QUIT', $pid;
        my $t0 = time;
        while (time - $t0 < (mode() eq 'valgrind' ? 60 : 10)) {
            if ($self->{vg_pid}) {
                last if waitpid($pid, WNOHANG) == $pid;
            } else {
                last unless kill 0, $pid;
            }
            sleep 0.05;
        }
        for my $sig ('TERM', 'KILL') {
            last unless kill 0, $pid;
            kill $sig, $pid;
            sleep 0.5;
        }
        waitpid($pid, 0) if $self->{vg_pid};
    }

    $self->check_logs;
}

sub check_logs {
    my ($self) = @_;
    my $log = $self->error_log;
    my @bad = grep { /\[(alert|crit|emerg)\]|exited on signal|Sanitizer|runtime error:/ }
              split /\n/, $log;
    for my $allow (@{ $self->{allow} }) {
        @bad = grep { !/$allow/ } @bad;
    }
    ok(!@bad, 'error.log has no alert, crit, emerg or crash')
        or diag(join "\n", @bad[0 .. ($#bad > 9 ? 9 : $#bad)]);

    my @reports = glob("$self->{dir}/logs/asan* $self->{dir}/logs/ubsan*");
    if (mode() eq 'asan') {
        ok(!@reports, 'no sanitizer reports')
            or diag(read_file($reports[0]));
    }

    if (mode() eq 'valgrind') {
        my @bad_vg;
        for my $f (glob("$self->{dir}/logs/valgrind.*.log")) {
            my $v = read_file($f);
            push @bad_vg, $f if $v =~ /ERROR SUMMARY: [1-9]/
                             || $v =~ /definitely lost: [1-9]/;
        }
        ok(!@bad_vg, 'valgrind: no errors, nothing definitely lost')
            or diag(read_file($bad_vg[0]));
    }
}

sub nginx_t {
    my ($self, $conf) = @_;
    my $d = $self->{dir};
    $self->write_file('test.conf', $self->expand($conf));
    local $ENV{LD_PRELOAD} = $self->asan_runtime if mode() eq 'asan';
    local $ENV{ASAN_OPTIONS} = "detect_leaks=0" if mode() eq 'asan';
    my $out = qx{$self->{nginx} -t -p $d/ -c $d/test.conf 2>&1};
    return ($? >> 8, $out);
}

# HTTP client: one request on a new connection
sub http {
    my ($self, %a) = @_;
    my $port = $a{port} || $self->port('8080');
    my $method = $a{method} || 'GET';
    my $path = $a{path} || '/';
    my $proto = $a{http10} ? 'HTTP/1.0' : 'HTTP/1.1';
    my $timeout = $a{timeout} || 10;

    my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port",
                                  Timeout => $timeout)
        or die "connect to $port: $!";
    binmode $s;

    my $req = "$method $path $proto\r\nHost: " . ($a{host} // 'localhost')
        . "\r\n";
    $req .= "Connection: close\r\n" unless $a{keepalive};
    my @h = ref $a{headers} eq 'HASH' ? %{ $a{headers} }
          : @{ $a{headers} || [] };
    while (my ($k, $v) = splice @h, 0, 2) {
        $req .= "$k: $v\r\n";
    }
    $req .= "Content-Length: " . length($a{body}) . "\r\n"
        if defined $a{body};
    $req .= "\r\n";
    $req .= $a{body} if defined $a{body};
    print $s $req;

    my $raw = '';
    my $sel = IO::Select->new($s);
    my $end = time + $timeout;

    while (time < $end) {
        last unless $sel->can_read($end - time);
        my $n = sysread($s, my $buf, 65536);
        last unless $n;
        $raw .= $buf;
        last if defined $a{read_limit} && length($raw) >= $a{read_limit};
    }

    if (defined $a{read_limit}) {
        setsockopt($s, SOL_SOCKET, SO_LINGER, pack('ii', 1, 0));
    }
    close $s;

    return parse_response($raw, $method);
}

sub get {
    my ($self, $path, %a) = @_;
    return $self->http(%a, path => $path);
}

sub parse_response {
    my ($raw, $method) = @_;
    my $r = { raw => $raw, headers => {}, body => '', status => 0 };

    my $i = index($raw, "\r\n\r\n");
    return $r if $i < 0;

    $r->{raw_headers} = substr($raw, 0, $i);
    $r->{raw_body} = substr($raw, $i + 4);

    my ($status, @lines) = split /\r\n/, $r->{raw_headers};
    ($r->{status}) = $status =~ m{^HTTP/\d\.\d (\d+)};
    for (@lines) {
        my ($k, $v) = /^([^:]+):\s*(.*)$/ or next;
        push @{ $r->{headers}{lc $k} }, $v;
    }

    my $body = $r->{raw_body};
    if (($r->{headers}{'transfer-encoding'}[0] // '') =~ /chunked/i) {
        my $out = '';
        while ($body =~ s/^([0-9a-fA-F]+)[^\r\n]*\r\n//) {
            my $n = hex $1;
            last if $n == 0;
            $out .= substr($body, 0, $n);
            substr($body, 0, $n + 2) = '';
        }
        $body = $out;
    }
    $r->{body} = $body;

    return $r;
}

sub header {
    my ($r, $name) = @_;
    my $v = $r->{headers}{lc $name};
    return $v ? $v->[0] : undef;
}

sub gunzip {
    my ($data) = @_;
    require IO::Uncompress::Gunzip;
    my $out;
    IO::Uncompress::Gunzip::gunzip(\$data => \$out) or return undef;
    return $out;
}

sub gzip_data {
    my ($data) = @_;
    require IO::Compress::Gzip;
    my $out;
    IO::Compress::Gzip::gzip(\$data => \$out) or die "gzip failed";
    return $out;
}

# A fake upstream on its own port, serving canned answers by path:
#   status, headers (array ref), body;
#   write: 'all' (default), 'bytes' (one byte a write), a number (pieces
#       of that size), or an array ref of offsets to split at;
#   delay: milliseconds between writes;
#   pause_at, resume_on: after pause_at body bytes (a piece boundary),
#       wait until the file resume_on exists (60 s at most);
#   follow: { file, upto, slack }: in lock-step with the client, up to
#       "upto" body bytes: after each piece, wait until the file holds
#       a count of body bytes the client has of at least what was sent
#       less "slack" (see follow_client()); a wait that runs out (15 s,
#       120 under valgrind) is written to file.late ("late at N of M":
#       the client had N body bytes, or "no answer" at all, when M were
#       sent) and the rest goes at once;
#   length: 'exact' (default), 'none' (close-delimited), 'chunked',
#       'more' (declares more than it sends, then closes);
#   gzip: send the body gzipped with Content-Encoding: gzip;
#   abort: close after that many body bytes; rst: with a reset;
#   hang: never answer.
# a child on its own port that hands each connection to $handle, and
# stops by itself
sub _child_server {
    my ($self, $port, $handle) = @_;

    my $ls = IO::Socket::INET->new(Listen => 32, LocalAddr => '127.0.0.1',
                                   LocalPort => $port, ReuseAddr => 1)
        or die "listen $port: $!";

    my $pid = fork // die "fork: $!";

    if ($pid == 0) {
        $SIG{ALRM} = sub { POSIX::_exit(0) };
        alarm($ENV{TEST_REVIEW_VALGRIND} ? 900 : 120);

        while (my $c = $ls->accept) {
            binmode $c;
            $handle->($c);
            close $c;
        }
        POSIX::_exit(0);
    }

    close $ls;
    push @{ $self->{children} }, $pid;

    return $port;
}

sub upstream {
    my ($self, %routes) = @_;
    my $name = delete $routes{-name} || '';

    return $self->_child_server($self->port('up' . $name), sub {
            my ($c) = @_;
            my $req = '';
            while ($req !~ /\r\n\r\n/) {
                my $n = sysread($c, my $buf, 4096);
                last unless $n;
                $req .= $buf;
            }
            my ($method, $path) = $req =~ /^(\S+) (\S+)/;
            $path //= '/';
            (my $p = $path) =~ s/\?.*//;
            my $spec = $routes{$p} || $routes{'*'}
                       || { status => 404, body => "not found\n" };
            serve($c, $spec, $method // 'GET');
    });
}

# A fake FastCGI application (PHP-FPM's part) on its own port: routes by
# the REQUEST_URI it is given (without the query), as WordPress's
# index.php would, with the same specs as upstream() (status, type,
# headers, body).  A route's body is gzipped when the request's
# HTTP_ACCEPT_ENCODING param accepts gzip and the route says gzip_ok,
# as a PHP site that compresses its own output does.  Each request's
# params are appended, one "NAME=value" line each and a blank line, to
# the file given as -log.
sub fastcgi {
    my ($self, %routes) = @_;
    my $log = delete $routes{-log};

    return $self->_child_server($self->port('fcgi'), sub {
            my ($c) = @_;
            my ($params, $id, $done) = ('', 1, 0);

            # records up to the empty FCGI_STDIN
            while (!$done) {
                my $h = _read_n($c, 8) // last;
                my ($ver, $type, $rid, $len, $pad) = unpack 'CCnnC', $h;
                my $body = _read_n($c, $len + $pad) // last;
                $body = substr($body, 0, $len);
                $id = $rid;
                $params .= $body if $type == 4;
                $done = 1 if $type == 5 && $len == 0;
            }

            my %p;
            while (length $params) {
                my @l;
                for (1, 2) {
                    my $n = unpack 'C', $params;
                    if ($n & 0x80) {
                        $n = unpack('N', $params) & 0x7fffffff;
                        substr($params, 0, 4, '');
                    } else {
                        substr($params, 0, 1, '');
                    }
                    push @l, $n;
                }
                my $k = substr($params, 0, $l[0], '');
                $p{$k} = substr($params, 0, $l[1], '');
            }

            if ($log && open my $lf, '>>', $log) {
                print $lf map({ "$_=$p{$_}\n" } sort keys %p), "\n";
                close $lf;
            }

            (my $uri = $p{REQUEST_URI} // '/') =~ s/\?.*//;
            my $spec = $routes{$uri} || $routes{'*'}
                       || { status => 404, body => "not found\n" };
            my $body = $spec->{body} // '';
            my $out = 'Status: ' . ($spec->{status} || 200) . " OK\r\n"
                . 'Content-Type: '
                . ($spec->{type} // 'text/html; charset=UTF-8') . "\r\n";
            if ($spec->{gzip_ok}
                && ($p{HTTP_ACCEPT_ENCODING} // '') =~ /gzip/)
            {
                $body = gzip_data($body);
                $out .= "Content-Encoding: gzip\r\n";
            }
            my @h = @{ $spec->{headers} || [] };
            while (my ($k, $v) = splice @h, 0, 2) {
                $out .= "$k: $v\r\n";
            }
            $out .= "\r\n" . $body;

            while (length $out) {
                my $piece = substr($out, 0, 32768, '');
                syswrite($c, pack('CCnnCC', 1, 6, $id, length $piece, 0, 0)
                             . $piece);
            }
            syswrite($c, pack('CCnnCC', 1, 6, $id, 0, 0, 0));
            syswrite($c, pack('CCnnCC', 1, 3, $id, 8, 0, 0)
                         . pack('NCx3', 0, 0));
    });
}

sub _read_n {
    my ($c, $n) = @_;
    my $buf = '';
    while (length $buf < $n) {
        my $r = sysread($c, $buf, $n - length $buf, length $buf);
        return undef unless $r;
    }
    return $buf;
}

sub serve {
    my ($c, $spec, $method) = @_;

    if ($spec->{hang}) {
        sleep 30;
        return;
    }

    my $body = $spec->{body} // '';
    my @h = @{ $spec->{headers} || [] };
    my $ct = $spec->{type} // 'text/html; charset=utf-8';

    if ($spec->{gzip}) {
        $body = gzip_data($body);
        push @h, 'Content-Encoding' => 'gzip';
    }

    my $len = $spec->{length} || 'exact';
    my $head = "HTTP/1.1 " . ($spec->{status} || 200) . " X\r\n"
        . "Content-Type: $ct\r\nConnection: close\r\n";
    $head .= "Content-Length: " . length($body) . "\r\n"
        if $len eq 'exact';
    $head .= "Content-Length: " . (length($body) + 100) . "\r\n"
        if $len eq 'more';
    $head .= "Transfer-Encoding: chunked\r\n" if $len eq 'chunked';
    while (my ($k, $v) = splice @h, 0, 2) {
        $head .= "$k: $v\r\n";
    }
    $head .= "\r\n";

    syswrite($c, $head);
    return if $method eq 'HEAD';

    my @pieces;
    my $w = $spec->{write} // 'all';
    if (ref $w eq 'ARRAY') {
        my $at = 0;
        for my $off ((sort { $a <=> $b } @$w), length $body) {
            push @pieces, substr($body, $at, $off - $at);
            $at = $off;
        }
    } elsif ($w eq 'bytes') {
        @pieces = split //, $body;
    } elsif ($w =~ /^\d+$/) {
        @pieces = unpack("(a$w)*", $body);
    } else {
        @pieces = ($body);
    }

    # the lock-step's state is this connection's
    my $follow = $spec->{follow} ? { %{ $spec->{follow} } } : undef;

    my $sent = 0;
    for my $piece (@pieces) {
        next unless length $piece;
        if (defined $spec->{abort} && $sent + length($piece) > $spec->{abort}) {
            $piece = substr($piece, 0, $spec->{abort} - $sent);
            syswrite($c, $len eq 'chunked'
                         ? sprintf("%x\r\n%s\r\n", length $piece, $piece)
                         : $piece) if length $piece;
            setsockopt($c, SOL_SOCKET, SO_LINGER, pack('ii', 1, 0))
                if $spec->{rst};
            return;
        }
        syswrite($c, $len eq 'chunked'
                     ? sprintf("%x\r\n%s\r\n", length $piece, $piece)
                     : $piece);
        $sent += length $piece;
        sleep($spec->{delay} / 1000) if $spec->{delay};
        _follow($follow, $sent) if $follow;
        if (defined $spec->{pause_at} && $sent == $spec->{pause_at}) {
            for (1 .. 6000) {
                last if -e $spec->{resume_on};
                sleep 0.01;
            }
        }
    }
    syswrite($c, "0\r\n\r\n") if $len eq 'chunked';
}

# the upstream's side of "follow": waits for the client to have caught up
sub _follow {
    my ($f, $sent) = @_;

    return if $f->{late} || $sent > $f->{upto};

    my $end = time + ($ENV{TEST_REVIEW_VALGRIND} ? 120 : 15);
    my $have = 'no answer';

    while (time < $end) {
        if (open my $fh, '<', $f->{file}) {
            $have = <$fh> // 0;
            close $fh;
            chomp $have;
            return if $have =~ /^\d+$/ && $have >= $sent - $f->{slack};
        }
        sleep 0.002;
    }

    $f->{late} = 1;
    if (open my $fh, '>', "$f->{file}.late") {
        print $fh "late at $have of $sent\n";
        close $fh;
    }
}

# the client's side of "follow": reads the answer from $s, and after each
# read writes how many body bytes it has to $file; returns the raw answer
# when the connection closes (or after 60 s, 300 under valgrind)
sub follow_client {
    my ($s, $file) = @_;
    my $sel = IO::Select->new($s);
    my $end = time + ($ENV{TEST_REVIEW_VALGRIND} ? 300 : 60);
    my $raw = '';

    while (time < $end) {
        last unless $sel->can_read($end - time);
        my $n = sysread($s, my $buf, 65536);
        last unless $n;
        $raw .= $buf;

        my $r = parse_response($raw, 'GET');
        open my $fh, '>', "$file.new" or die "$file.new: $!";
        print $fh length($r->{body}), "\n";
        close $fh;
        rename "$file.new", $file or die "$file: $!";
    }

    return $raw;
}

# stops nginx (its logs are checked as tests), then ends the plan
sub done_testing {
    my ($self) = @_;
    $self->stop;
    Test::More::done_testing();
}

sub DESTROY {
    my ($self) = @_;
    local ($?, $!);
    $self->stop if $self->{running};
    for my $pid (@{ $self->{children} }) {
        kill 'TERM', $pid;
        waitpid($pid, 0);
    }
}

# Is $out the original with insertions only?  A Myers diff over tokens
# cut before every '<', then each changed run checked at byte level.
# Returns the inserted fragments [offset in the original, bytes], or undef
# when a byte of the original is missing or changed.
sub insertions {
    my ($orig, $out) = @_;
    return [] if $orig eq $out;

    my @a = grep { length } split /(?=<)/, $orig;
    my @b = grep { length } split /(?=<)/, $out;

    my $script = _diff(\@a, \@b) or return _bytewise($orig, $out);

    my (@found, $ai, $bi, $off);
    $ai = $bi = $off = 0;
    my @ops = @$script;

    while (@ops) {
        my ($op, $na, $nb) = @{ shift @ops };
        if ($op eq '=') {
            $off += length $a[$_] for $ai .. $ai + $na - 1;
            $ai += $na;
            $bi += $nb;
            next;
        }
        my $x = join '', @a[$ai .. $ai + $na - 1];
        my $y = join '', @b[$bi .. $bi + $nb - 1];
        my $p = 0;
        $p++ while $p < length($x) && $p < length($y)
                   && substr($x, $p, 1) eq substr($y, $p, 1);
        my $s = 0;
        $s++ while $s < length($x) - $p && $s < length($y) - $p
                   && substr($x, -1 - $s, 1) eq substr($y, -1 - $s, 1);
        return undef if $p + $s != length $x;
        push @found, [$off + $p, substr($y, $p, length($y) - $p - $s)];
        $off += length $x;
        $ai += $na;
        $bi += $nb;
    }

    return \@found;
}

sub _bytewise {
    my ($orig, $out) = @_;
    # too different for the token diff: is orig a subsequence at all?
    my ($i, $j) = (0, 0);
    while ($i < length $orig && $j < length $out) {
        $i++ if substr($orig, $i, 1) eq substr($out, $j, 1);
        $j++;
    }
    return $i == length $orig ? [[-1, 'many']] : undef;
}

# Myers' O(ND) diff: a list of [op, count in a, count in b], op '=' or '~'
sub _diff {
    my ($a, $b) = @_;
    my ($n, $m) = (scalar @$a, scalar @$b);
    my $max = $n + $m;
    my %v = (1 => 0);
    my @trace;

    for my $d (0 .. ($max < 2000 ? $max : 2000)) {
        push @trace, {%v};
        for (my $k = -$d; $k <= $d; $k += 2) {
            my $x = ($k == -$d || ($k != $d
                     && ($v{$k - 1} // -1) < ($v{$k + 1} // -1)))
                    ? $v{$k + 1} : $v{$k - 1} + 1;
            my $y = $x - $k;
            while ($x < $n && $y < $m && $a->[$x] eq $b->[$y]) {
                $x++;
                $y++;
            }
            $v{$k} = $x;
            return _backtrack(\@trace, $n, $m) if $x >= $n && $y >= $m;
        }
    }

    return undef;
}

sub _backtrack {
    my ($trace, $x, $y) = @_;
    my @moves;

    for (my $d = $#$trace; $d > 0; $d--) {
        my $v = $trace->[$d];
        my $k = $x - $y;
        my $pk = ($k == -$d || ($k != $d
                  && ($v->{$k - 1} // -1) < ($v->{$k + 1} // -1)))
                 ? $k + 1 : $k - 1;
        my $px = $v->{$pk};
        my $py = $px - $pk;
        while ($x > $px && $y > $py) {
            unshift @moves, '=';
            $x--;
            $y--;
        }
        unshift @moves, $x == $px ? '+' : '-';
        $x = $px;
        $y = $py;
    }
    unshift @moves, ('=') x $x;

    # runs: equal runs, and changed runs of deletions and insertions
    my @ops;
    for my $mv (@moves) {
        my $op = $mv eq '=' ? '=' : '~';
        if (!@ops || $ops[-1][0] ne $op) {
            push @ops, [$op, 0, 0];
        }
        $ops[-1][1]++ if $mv ne '+';
        $ops[-1][2]++ if $mv ne '-';
    }

    return \@ops;
}

sub insertions_only_ok {
    my ($orig, $out, $name) = @_;
    my $ins = insertions($orig, $out);
    my $ok = ok(defined $ins, $name);
    diag('the response lost or changed bytes of the original') unless $ok;
    return $ins;
}

# the JSON-LD blocks in a piece of HTML, decoded
sub ld_json_blocks {
    my ($html) = @_;
    require JSON::PP;
    my @out;
    while ($html =~ m{<script[^>]*application/ld\+json[^>]*>(.*?)</script}gis) {
        my $doc = eval { JSON::PP->new->decode($1) };
        push @out, $doc // { error => $@ };
    }
    return @out;
}

1;

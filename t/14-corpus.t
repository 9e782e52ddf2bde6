#!/usr/bin/perl

# The page corpus (t/corpus): pages written after the templates of real
# CMSs and sites (WordPress, Ghost, Drupal 7 and 10, Joomla, Blogger,
# Medium, Squarespace, Wix, Hugo, AMP, newsletters, news sites, div soup),
# reviews and pages that are not reviews, each with the facts a correct
# module finds (t/corpus/expected.json).  Served through nginx; every fact
# is a test, and a table per field is printed.  A miss the module is known
# to make is listed under "todo" for its page, and is a TODO test.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(insertions);
use JSON::PP;

my $t = Test::Review->new;
my $top = $t->top;
my $exp = JSON::PP->new->decode(
    Test::Review::read_file("$top/t/corpus/expected.json"));

for my $name (keys %$exp) {
    $t->write_file("html/$name.html", $t->page("t/corpus/pages/$name.html"));
}

# the corpus' reviews are short: 100 words of review text are asked
$t->run(<<'EOF');
%%TEST_GLOBALS%%
events { worker_connections 64; }
http {
    %%TEST_GLOBALS_HTTP%%
    log_format review '$uri $review_status';
    access_log %%TESTDIR%%/logs/review.log review;

    server {
        listen 127.0.0.1:%%PORT_8080%%;

        location / {
            review on;
            review_min_words 100;
        }
    }
}
EOF

my (%hit, %all);

sub graph {
    my ($doc) = @_;
    my %by;
    for my $n (@{ $doc->{'@graph'} || [$doc] }) {
        push @{ $by{ $n->{'@type'} // '' } }, $n;
    }
    return \%by;
}

sub names {
    my ($v) = @_;
    return () unless defined $v;
    return map { ref $_ eq 'HASH' ? ($_->{name} // ()) : $_ }
           ref $v eq 'ARRAY' ? @$v : ($v);
}

# "4/5" or a letter grade as the module writes it (F = 1 .. A+ = 13)
my %grade;
my @letters = qw(F D- D D+ C- C C+ B- B B+ A- A A+);
@grade{@letters} = (1 .. 13);

sub rating_of {
    my ($want) = @_;
    return $want =~ m{^([\d.]+)/(\d+)$} ? ($1, $2) : ($grade{$want}, 13);
}

sub fact {
    my ($page, $field, $got, $want, $todo) = @_;
    $all{$field}++;
    my $ok = (defined $got ? $got : '') eq (defined $want ? $want : '');
    $hit{$field}++ if $ok;

    TODO: {
        local $TODO = $todo->{$field} ? "known miss: $field" : undef;
        is($got, $want, "$page: $field");
    }
}

for my $page (sort keys %$exp) {
    my $e = $exp->{$page};
    my $todo = { map { $_ => 1 } @{ $e->{todo} || [] } };
    my $orig = $t->page("t/corpus/pages/$page.html");
    my $r = $t->get("/$page.html");

    ok($r->{status} == 200 && insertions($orig, $r->{body}),
       "$page: the page plus insertions only");

    my $ins = insertions($orig, $r->{body});
    my $injected = $ins && @$ins;

    if ($e->{kind} eq 'review') {
        fact($page, 'injected', $injected ? 1 : 0, 1, $todo);
        next unless $injected;

        my ($block) = Test::Review::ld_json_blocks(
            join '', map { $_->[1] } @$ins);
        my $g = graph($block || {});
        my ($rev) = @{ $g->{Review} || [{}] };
        my $item = $rev->{itemReviewed} || {};

        fact($page, 'item', $item->{name}, $e->{item}, $todo);
        fact($page, 'item is a Movie', $item->{'@type'}, 'Movie', $todo);
        fact($page, 'year', $item->{dateCreated}, $e->{year}, $todo)
            if $e->{year};
        # no director named on the page: none may be claimed
        my $dir = $e->{director} // '';
        fact($page, 'director', (grep { $_ eq $dir }
                                 names($item->{director})) ? $dir
                                : join(', ', names($item->{director})),
             $dir, $todo);
        fact($page, 'author', (names($rev->{author}))[0], $e->{author},
             $todo);
        fact($page, 'date', substr($rev->{datePublished} // '', 0, 10),
             $e->{date}, $todo);

        # the whole cast when the page's truth lists it: none missing,
        # none invented
        if ($e->{actors}) {
            my @cast = map { ref $_ eq 'HASH' && $_->{actor}
                             ? names($_->{actor}) : names($_) }
                       ref $item->{actor} eq 'ARRAY' ? @{ $item->{actor} }
                       : $item->{actor} ? ($item->{actor}) : ();
            fact($page, 'cast', join(', ', sort @cast),
                 join(', ', sort @{ $e->{actors} }), $todo);
        }

        my $rr = $rev->{reviewRating};
        if (defined $e->{rating}) {
            my ($v, $b) = rating_of($e->{rating});
            fact($page, 'rating', $rr ? "$rr->{ratingValue}/$rr->{bestRating}"
                                      : 'none', "$v/$b", $todo);
        } else {
            fact($page, 'no invented rating', $rr ? 'a rating' : 'none',
                 'none', $todo);
        }

    } elsif ($e->{kind} eq 'not-film') {
        my ($block) = $injected ? Test::Review::ld_json_blocks(
            join '', map { $_->[1] } @$ins) : ();
        my $g = graph($block || {});
        my ($rev) = @{ $g->{Review} || [{}] };
        fact($page, 'no Movie claimed',
             ($rev->{itemReviewed} || {})->{'@type'} // 'nothing',
             $e->{item_type}, $todo);

    } else {
        # not a review, or one that already carries its structured data
        fact($page, 'nothing injected', $injected ? 'injected' : 'nothing',
             'nothing', $todo);
    }
}

$t->stop;

# what $review_status said of the pages that are not reviews
my %st = map { m{^/(\S+)\.html (\S+)} ? ($1, $2) : () }
         split /\n/, Test::Review::read_file($t->dir . '/logs/review.log');

for my $page (sort keys %$exp) {
    my $e = $exp->{$page};
    next unless $e->{kind} eq 'not-review' || $e->{kind} eq 'has-review';
    my $want = $e->{kind} eq 'has-review' ? 'has-review' : $e->{reason};
    fact($page, 'reason', $st{$page}, "skipped:$want", {});
}

if ($ENV{TEST_VERBOSE} || $ENV{CORPUS_SCORES}) {
    diag(sprintf("%-22s %s\n", 'field', 'score')
         . join('', map { sprintf "%-22s %3d/%d\n", $_, $hit{$_} // 0,
                                  $all{$_} } sort keys %all));
}

done_testing;

#!/usr/bin/perl

# The real-page corpus (tests/realpages): pages other people wrote, named
# by a manifest and labelled in truth.jsonl, never committed themselves.
# The manifest and the truth are checked everywhere; the pages only where
# the cache build/realpages was rebuilt from the mirrors (`make accuracy`):
# every evidence snippet is in its page, no page is reserved for
# acceptance testing, and every page goes through nginx with the module
# losing no byte and raising no alert.  The accuracy figures themselves
# are printed by `make accuracy`, not asserted here.

use strict;
use warnings;

use lib 't/lib';
use Test::More;
use Test::Review qw(read_file);
use JSON::PP;

my $top = Test::Review->top;
my $dir = "$top/tests/realpages";
my (%row, %truth, %kinds);

my @rows = grep { length && !/^#/ } split /\n/,
    read_file("$dir/sources.tsv");
ok(@rows >= 1, 'the manifest names pages');

for my $line (@rows) {
    my @c = split /\t/, $line, -1;
    my $id = $c[0] // '';
    is(scalar @c, 7, "manifest row $id has 7 columns") or next;
    ok(!exists $row{$id}, "id $id once in the manifest");
    like($c[1], qr/^(film-review|other-review|not-review)$/, "$id kind");
    like($c[5], qr/^[0-9a-f]{40}$/, "$id commit is a full hash");
    $row{$id} = \@c;
    $kinds{$c[1]}++;
}

my $json = JSON::PP->new->utf8;
for my $line (grep { /\S/ } split /\n/, read_file("$dir/truth.jsonl")) {
    my $t = $json->decode($line);
    $truth{$t->{id}} = $t;
}

for my $id (sort keys %row) {
    my $t = $truth{$id};
    ok($t, "$id has its truth") or next;
    is($t->{kind}, $row{$id}[1], "$id: same kind in manifest and truth");
    next unless $t->{kind} eq 'film-review';
    my $ev = $t->{evidence} || {};
    for my $f (qw(movie_name author datePublished)) {
        next unless defined $t->{$f};
        ok(defined $ev->{$f}, "$id: $f has its evidence");
    }
    ok(exists $t->{ratingValue}, "$id: says whether a rating is stated");
    ok(defined $ev->{ratingValue}, "$id: the rating has its evidence")
        if defined $t->{ratingValue};
}

diag(join ', ', map { "$_ $kinds{$_}" } sort keys %kinds);

SKIP: {
    skip 'no real-page cache in build/realpages (the mirrors are not on '
        . 'this machine): `make accuracy` rebuilds and scores it where '
        . 'they are', 3
        unless -d "$top/build/realpages/tune";

    my $check = `cd '$top' && scripts/realpages check 2>&1`;
    is($? >> 8, 0, 'evidence in every page, no page reserved')
        or diag($check);

    my $score = `cd '$top' && scripts/realpages score 2>&1`;
    my @sum = $score =~ /^summary: (.*)$/mg;
    ok(@sum >= 1, 'the referee served the pages') or diag($score);
    is(scalar(grep { !/failed=0 lost_bytes=0 alerts=0/ } @sum), 0,
       'every page served, no byte lost, no alert') or diag($score);
}

done_testing();

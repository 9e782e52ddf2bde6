# Sourced by the scripts that serve files through nginx (demo, soak,
# bench).  nginx started by root runs its workers as nobody, and nobody
# cannot read a checkout under a private directory (mode 0700, like
# root's home): what the workers read is served from a copy in a
# directory under /tmp that everyone can read.

# worker_dir: makes such a directory and prints its path; the caller
# removes it on exit
worker_dir() {
    local d
    d=$(mktemp -d /tmp/review-serve-XXXXXX)
    chmod 755 "$d"
    echo "$d"
}

# worker_readable DIR: every file in it readable and every directory
# searchable by the workers, whatever the umask the copies were made with
worker_readable() {
    chmod -R a+rX "$1"
}

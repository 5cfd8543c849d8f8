package Fcntl;
# Fcntl: open/flock/seek constants (natives).
use Exporter 'import';
our $VERSION = '1.15';
our @EXPORT = qw(O_RDONLY O_WRONLY O_RDWR O_CREAT O_EXCL O_TRUNC O_APPEND O_NONBLOCK F_GETFL F_SETFL F_GETFD F_SETFD FD_CLOEXEC);
our @EXPORT_OK = qw(LOCK_SH LOCK_EX LOCK_NB LOCK_UN SEEK_SET SEEK_CUR SEEK_END);
our %EXPORT_TAGS = (flock => [qw(LOCK_SH LOCK_EX LOCK_NB LOCK_UN)], seek => [qw(SEEK_SET SEEK_CUR SEEK_END)],
  DEFAULT => [@EXPORT], mode => []);
1;

/** File type and mode bits (stat(2)), and dirent types. */
export const S_IFMT = 0o170000, S_IFSOCK = 0o140000, S_IFLNK = 0o120000, S_IFREG = 0o100000,
  S_IFBLK = 0o060000, S_IFDIR = 0o040000, S_IFCHR = 0o020000, S_IFIFO = 0o010000;
export const S_ISUID = 0o4000, S_ISGID = 0o2000, S_ISVTX = 0o1000;
export const DT_FIFO = 1, DT_CHR = 2, DT_DIR = 4, DT_BLK = 6, DT_REG = 8, DT_LNK = 10, DT_SOCK = 12;
export const S_ISDIR = (m: number): boolean => (m & S_IFMT) === S_IFDIR;
export const S_ISREG = (m: number): boolean => (m & S_IFMT) === S_IFREG;
export const S_ISLNK = (m: number): boolean => (m & S_IFMT) === S_IFLNK;
export const S_ISCHR = (m: number): boolean => (m & S_IFMT) === S_IFCHR;
export const S_ISFIFO = (m: number): boolean => (m & S_IFMT) === S_IFIFO;
export const S_ISSOCK = (m: number): boolean => (m & S_IFMT) === S_IFSOCK;

/** termios(3) flags and control-character indexes (Linux values). */
// c_iflag
export const IGNBRK = 0o1, BRKINT = 0o2, IGNPAR = 0o4, INLCR = 0o100, IGNCR = 0o200,
  ICRNL = 0o400, IXON = 0o2000, IXOFF = 0o10000, IUTF8 = 0o40000;
// c_oflag
export const OPOST = 0o1, ONLCR = 0o4, OCRNL = 0o10;
// c_cflag
export const CS8 = 0o60, CREAD = 0o200, B38400 = 0o17;
// c_lflag
export const ISIG = 0o1, ICANON = 0o2, ECHO = 0o10, ECHOE = 0o20, ECHOK = 0o40,
  ECHONL = 0o100, NOFLSH = 0o200, TOSTOP = 0o400, ECHOCTL = 0o1000, ECHOKE = 0o4000,
  IEXTEN = 0o100000;
// c_cc indexes
export const VINTR = 0, VQUIT = 1, VERASE = 2, VKILL = 3, VEOF = 4, VTIME = 5, VMIN = 6,
  VSTART = 8, VSTOP = 9, VSUSP = 10, VEOL = 11, VREPRINT = 12, VWERASE = 14, VLNEXT = 15,
  VEOL2 = 16;
export const NCCS = 32;
// tcsetattr actions
export const TCSANOW = 0, TCSADRAIN = 1, TCSAFLUSH = 2;

/** The defaults a fresh Linux pty has (stty sane). */
export function defaultTermios(): { iflag: number; oflag: number; cflag: number; lflag: number; cc: number[] } {
  const cc = new Array<number>(NCCS).fill(0);
  cc[VINTR] = 3; cc[VQUIT] = 0x1c; cc[VERASE] = 0x7f; cc[VKILL] = 0x15; cc[VEOF] = 4;
  cc[VTIME] = 0; cc[VMIN] = 1; cc[VSTART] = 0x11; cc[VSTOP] = 0x13; cc[VSUSP] = 0x1a;
  cc[VREPRINT] = 0x12; cc[VWERASE] = 0x17; cc[VLNEXT] = 0x16; cc[13] = 0x0f; // VDISCARD
  return {
    iflag: ICRNL | IXON | IUTF8 | BRKINT,
    oflag: OPOST | ONLCR,
    cflag: CS8 | CREAD | B38400,
    lflag: ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
    cc,
  };
}

import { describe, expect, it } from 'vitest';
import { builderFromData, buildCommand, shellWord } from './format.ts';

/** The guide's socket one-liner builder, its first two choices (values as in the fence). */
const GUIDE = {
  base: 'perl -MIO::Socket::INET -e',
  description: 'Build a Perl socket one-liner for quick network testing',
  options: [
    {
      flag: '', type: 'select', label: 'Socket operation', explanation: 'Choose a network operation to perform',
      choices: [
        ["'my $s = IO::Socket::INET->new(PeerHost=>\"localhost\", PeerPort=>80, Proto=>\"tcp\", Timeout=>3) or die \"$!\\n\"; print \"Port 80 open\\n\"; close $s;'", 'TCP port check (connect test)'],
        ["'my $s = IO::Socket::INET->new(PeerHost=>\"localhost\", PeerPort=>80, Proto=>\"tcp\") or die $!; print $s \"GET / HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n\"; print while <$s>;'", 'Raw HTTP GET request'],
      ],
    },
    { flag: '', type: 'text', label: 'Target host', explanation: 'Hostname or IP to connect to (replaces localhost in the command)', placeholder: 'localhost' },
  ],
};

describe('command builder', () => {
  it('builds the base and the first choice by default', () => {
    const cfg = builderFromData(GUIDE);
    expect(buildCommand(cfg, [])).toBe(`perl -MIO::Socket::INET -e ${GUIDE.options[0]!.choices![0]![0]}`);
  });

  it('a flagless text field replaces its placeholder word wherever it occurs', () => {
    const cfg = builderFromData(GUIDE);
    const second = GUIDE.options[0]!.choices![1]![0]!;
    expect(buildCommand(cfg, [second, '192.0.2.10'])).toBe(`perl -MIO::Socket::INET -e ${second.replace(/localhost/g, '192.0.2.10')}`);
  });

  it('appends flags with values, quoting text that the shell would split', () => {
    const cfg = builderFromData({
      base: 'grep',
      options: [
        { flag: '-i', type: 'checkbox', label: 'Ignore case' },
        { flag: '-e', type: 'text', label: 'Pattern' },
        { flag: '', type: 'text', label: 'File', placeholder: 'FILE' },
      ],
    });
    expect(buildCommand(cfg, ['on', "it's here", 'notes.txt'])).toBe("grep -i -e 'it'\\''s here' notes.txt");
    expect(buildCommand(cfg, ['', '', ''])).toBe('grep');
    expect(shellWord('a b')).toBe("'a b'");
  });

  it('names the option and field of a malformed fence', () => {
    expect(() => builderFromData({ options: [] })).toThrow('command-builder: missing "base" (the command the options are added to)');
    expect(() => builderFromData({ base: 'ls', options: [{ type: 'radio' }] })).toThrow('command-builder: option 1: unknown type "radio" (expected select, text or checkbox)');
    expect(() => builderFromData({ base: 'ls', options: [{ type: 'select', choices: [] }] })).toThrow('command-builder: option 1: a select needs a list of choices');
  });
});

/**
 * The natives of modules that no step of the guide's chapter loads: JSON::PP's encoder
 * and decoder, MIME::Base64 and the digests. natives.ts hands `lateNatives` its way to
 * define a native. In Node they are defined at once; the page's worker swaps this module
 * for src/worker/natives-late-lazy.ts, which fetches it with the module library's parts
 * those modules are in (perl-lib-lazy.ts), before any of their files can be read.
 */
import type { Vm } from './vm.ts';
import type { NativeFn } from './natives.ts';
import { val, valNum, valStr, type Item } from './scalar.ts';
import type { Sv, Val } from './values.ts';
import { jsonDecode, jsonEncode } from './natives-json.ts';
import { base64Decode, base64Encode, md5Hex, sha1Hex, sha256Hex, sha512Hex } from './natives-digest.ts';

export type DefineNative = (pkg: string, name: string, fn: NativeFn) => void;

const V = (vm: Vm, x: Val | Sv | undefined): Val => (x === undefined ? undefined : val(vm, x as Item));

/** Define the natives of JSON::PP, MIME::Base64, Digest::MD5 and Digest::SHA. */
export function lateNatives(native: DefineNative): void {
  // JSON::PP's encoder and decoder (src/perl-lib/JSON/PP.pm calls them)
  native('JSON::PP', '_encode', (vm, [self, data]) => jsonEncode(vm, V(vm, self), V(vm, data)));
  native('JSON::PP', '_decode', (vm, [self, text]) => jsonDecode(vm, V(vm, self), V(vm, text)));
  // MIME::Base64 and the digests (the .pm files check for wide characters)
  native('MIME::Base64', '_encode', (vm, [s, eol]) => base64Encode(valStr(vm, V(vm, s)), valStr(vm, V(vm, eol))));
  native('MIME::Base64', '_decode', (vm, [s]) => base64Decode(valStr(vm, V(vm, s))));
  native('Digest::MD5', '_hex', (vm, [s]) => md5Hex(valStr(vm, V(vm, s))));
  native('Digest::SHA', '_hex', (vm, [alg, s]) => {
    const a = valNum(vm, V(vm, alg));
    const data = valStr(vm, V(vm, s));
    if (a === 384 || a === 512) return sha512Hex(data, a === 384);
    return a === 1 ? sha1Hex(data) : sha256Hex(data, a === 224);
  });
}

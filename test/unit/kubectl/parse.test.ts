import * as assert from 'node:assert/strict';
import { KubectlError, parseFlags, tokenize, type FlagSpec } from '../../../src/core/kubectl/parse';

suite('kubectl/parse: tokenizer', () => {
  test('splits on whitespace and keeps quoted words whole', () => {
    assert.deepEqual(tokenize('  get   ds  -o wide '), ['get', 'ds', '-o', 'wide']);
    assert.deepEqual(tokenize(`label node n1 'team=a b' "x=\\"y\\""`), ['label', 'node', 'n1', 'team=a b', 'x="y"']);
    assert.deepEqual(tokenize('get pods -l "app in (a, b)"'), ['get', 'pods', '-l', 'app in (a, b)']);
    assert.deepEqual(tokenize(`a\\ b ''`), ['a b', '']);
    assert.deepEqual(tokenize(''), []);
  });
  test('an unterminated quote is a KubectlError', () => {
    assert.throws(() => tokenize('get "ds'), (e: unknown) => e instanceof KubectlError && e.message === 'unterminated quoted string');
    assert.throws(() => tokenize("get 'ds"), KubectlError);
  });
});

suite('kubectl/parse: flags', () => {
  const specs: FlagSpec[] = [
    { name: 'output', kind: 'string', short: 'o' },
    { name: 'all-namespaces', kind: 'bool', short: 'A' },
    { name: 'cascade', kind: 'string', noOptDefault: 'background' },
    { name: 'replicas', kind: 'int' },
  ];
  test('long, short, attached and clustered forms', () => {
    const p = parseFlags(['ds', '-owide', '--namespace=kube-system', 'x', '-A'], specs, 'get');
    assert.deepEqual(p.args, ['ds', 'x']);
    assert.equal(p.flags.get('output'), 'wide');
    assert.equal(p.flags.get('namespace'), 'kube-system');
    assert.equal(p.flags.get('all-namespaces'), 'true');
    const q = parseFlags(['-Ao', 'yaml', '--all-namespaces=false', '-n', 'x'], specs, 'get');
    assert.equal(q.flags.get('output'), 'yaml');
    assert.equal(q.flags.get('all-namespaces'), 'false');
    assert.equal(q.flags.get('namespace'), 'x');
  });
  test('NoOptDefVal and -- end of flags', () => {
    assert.equal(parseFlags(['--cascade', 'ds'], specs, 'delete').flags.get('cascade'), 'background');
    assert.deepEqual(parseFlags(['--', '-x', 'y'], specs, 'get').args, ['-x', 'y']);
  });
  test('pflag error messages', () => {
    const msg = (f: () => unknown) => { try { f(); } catch (e) { return (e as KubectlError).message + '|' + (e as KubectlError).hint; } return ''; };
    assert.equal(msg(() => parseFlags(['--bogus'], specs, 'get')), "unknown flag: --bogus|See 'kubectl get --help' for usage.");
    assert.equal(msg(() => parseFlags(['-z'], specs, 'get')), "unknown shorthand flag: 'z' in -z|See 'kubectl get --help' for usage.");
    assert.equal(msg(() => parseFlags(['--output'], specs, 'get')), "flag needs an argument: --output|See 'kubectl get --help' for usage.");
    assert.equal(msg(() => parseFlags(['-o'], specs, 'get')), "flag needs an argument: 'o' in -o|See 'kubectl get --help' for usage.");
    assert.match(msg(() => parseFlags(['--replicas=x'], specs, 'scale')), /^invalid argument "x" for "--replicas" flag: strconv.ParseInt/);
    assert.match(msg(() => parseFlags(['-A=maybe'], specs, 'get')), /^invalid argument "maybe" for "-A" flag: strconv.ParseBool/);
  });
});

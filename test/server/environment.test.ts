import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { serverEnvironment } from '../../server/src/protocol';

/** vscode-languageclient's getEnvironment for a forked server: the extension host's variables, the client's over them. */
const asTheClientForks = (extra: Record<string, string>, host: NodeJS.ProcessEnv) => ({ ...host, ...serverEnvironment(extra) });

describe('the environment the client gives the server', () => {
  it('leaves out NODE_EXTRA_CA_CERTS (Node would parse the certificate bundle on every start) and keeps the rest', () => {
    const host = { ...process.env, NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', WORKREPORT_TEST_HOST_VARIABLE: '保留' };
    const seen = spawnSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify([process.env.NODE_EXTRA_CA_CERTS ?? null, process.env.WORKREPORT_CODE_CACHE, process.env.WORKREPORT_TEST_HOST_VARIABLE]))`], {
      env: asTheClientForks({ WORKREPORT_CODE_CACHE: '/tmp/缓存' }, host),
      encoding: 'utf8',
    });
    assert.equal(seen.status, 0, seen.stderr);
    assert.deepEqual(JSON.parse(seen.stdout), [null, '/tmp/缓存', '保留']);
  });
});

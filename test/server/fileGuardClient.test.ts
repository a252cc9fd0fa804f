import { strict as assert } from 'assert';
import { FolderListings, LISTING_TTL_MS, listForServer, readForServer, type ReadScope } from '../../client/src/fileGuard';
import { CLIENT_READ_LIMITS } from '../../server/src/protocol';
import { MAX_FOLDER_ENTRIES, MAX_PREVIOUS_BYTES } from '../../server/src/lsp/previousReport';
import { memoryFiles, type MemoryEntry } from '../helpers/memoryFiles';

/** A URI of the GitHub repository github.dev opens, as the editor writes it (each segment percent-encoded). */
const gh = (p: string) => `vscode-vfs://github/office${p.split('/').map(encodeURIComponent).join('/')}`;
const THIS = gh('/报告/2026年政府工作报告.md');
const LAST = gh('/报告/2025年政府工作报告.md');
const LAST_TEXT = '# 某市人民政府工作报告\n\n——2025年1月9日\n';
const scope: ReadScope = { workspaceFolders: [gh('')], documents: [THIS], namedReports: [] };

const silent = () => undefined;
async function read(files: Record<string, MemoryEntry>, uri: string, options: { scope?: ReadScope; maxBytes?: number } = {}) {
  const fs = memoryFiles(files);
  const log: string[] = [];
  const result = await readForServer({ uri, maxBytes: options.maxBytes ?? MAX_PREVIOUS_BYTES }, options.scope ?? scope, fs, (l) => log.push(l));
  return { result, reads: fs.reads, log };
}

describe('the client reads for the server in a browser only last year’s report and .workreportrc.json', () => {
  it('reads a report beside one open in the editor, and the file workreport.previousReport names', async () => {
    assert.equal((await read({ [THIS]: '', [LAST]: LAST_TEXT }, LAST)).result, LAST_TEXT);
    const named = gh('/归档/2025/报告.txt');
    assert.equal((await read({ [named]: LAST_TEXT }, named, { scope: { ...scope, namedReports: [named] } })).result, LAST_TEXT);
    const crlf = gh('/报告/2024年.TXT');
    assert.equal((await read({ [crlf]: '一、\r\n😀𠮷\r\n' }, crlf)).result, '一、\r\n😀𠮷\r\n', 'upper-case extension; text as it is');
  });

  it('refuses other extensions, even beside the open report, and reads nothing', async () => {
    for (const name of ['secrets.json', '2025年政府工作报告.docx', '.env', 'notes.md.bak', '.md', '.workreportrc.json.bak']) {
      const uri = gh(`/报告/${name}`);
      const { result, reads, log } = await read({ [uri]: 'token=1' }, uri);
      assert.equal(result, null, name);
      assert.deepEqual(reads, [], name);
      assert.match(log[0], /only \.workreportrc\.json and \.md \.txt files are read/, name);
    }
  });

  it('refuses reports of other folders: not beside an open report, outside the workspace folders, or reached by .. or %2F', async () => {
    const elsewhere = gh('/人事/考核.md');
    assert.equal((await read({ [elsewhere]: 'x' }, elsewhere)).result, null, 'a folder of the workspace with no open report');
    const outside = 'file:///home/clerk/私人/日记.md';
    const beside = { ...scope, documents: [...scope.documents, 'file:///home/clerk/私人/报告.md'] };
    assert.equal((await read({ [outside]: 'x' }, outside, { scope: beside })).result, null, 'beside an open report outside the workspace');
    assert.equal((await read({ [outside]: 'x' }, outside, { scope: { ...scope, namedReports: [outside] } })).result, null, 'named, but outside the workspace');
    // workreport.previousReport set to ../private/日记.md: the URI starts with the workspace folder's, the file is outside it.
    const up = `${gh('')}/../private/${encodeURIComponent('日记.md')}`;
    assert.equal((await read({ [up]: 'x' }, up, { scope: { ...scope, namedReports: [up] } })).result, null, 'named with .., outside the workspace');
    const sneaky = [
      `${gh('/报告')}/../人事/考核.md`, `${gh('/报告')}/%2E%2E/人事/考核.md`, `${gh('/报告')}/a%2F..%2F..%2F人事%2F考核.md`,
      `${gh('/报告')}/./考核.md`, `${gh('/报告')}//考核.md`, `${LAST}?ref=main`, `${LAST}#x`, `${gh('/报告')}/%E0%A4.md`, 'not a uri.md',
    ];
    for (const uri of sneaky) {
      const { result, reads } = await read({ [elsewhere]: 'x', [LAST]: 'x' }, uri);
      assert.equal(result, null, uri);
      assert.deepEqual(reads, [], uri);
    }
  });

  it('refuses a file over the cap, the server’s or the client’s own, whatever the server asks', async () => {
    const big = 'x'.repeat(CLIENT_READ_LIMITS.reportBytes + 1);
    assert.deepEqual((await read({ [LAST]: big }, LAST)).result, { refused: 'too-large' });
    const asked = await read({ [LAST]: big }, LAST, { maxBytes: 1e12 });
    assert.deepEqual(asked.result, { refused: 'too-large' }, 'a server asking for more gets no more');
    assert.deepEqual(asked.reads, [], 'known from the size alone');
    assert.deepEqual((await read({ [LAST]: '一二三四' }, LAST, { maxBytes: 11 })).result, { refused: 'too-large' }, '12 bytes in UTF-8');
    assert.equal((await read({ [LAST]: '一二三四' }, LAST, { maxBytes: 12 })).result, '一二三四');
    const config = gh('/报告/.workreportrc.json');
    assert.deepEqual((await read({ [config]: ' '.repeat(1024 * 1024 + 1) }, config, { maxBytes: 1e12 })).result, { refused: 'too-large' });
  });

  it('refuses what is no regular file: a FIFO, a folder, a symlink (it could point anywhere)', async () => {
    assert.deepEqual((await read({ [LAST]: { fifo: true } }, LAST)).result, { refused: 'not-a-file' });
    const folder = gh('/报告/旧稿.md');
    assert.deepEqual((await read({ [`${folder}/a.md`]: 'x' }, folder)).result, { refused: 'not-a-file' });
    const link = await read({ [LAST]: { symlinkTo: gh('/人事/考核.md') }, [gh('/人事/考核.md')]: 'x' }, LAST);
    assert.deepEqual(link.result, { refused: 'not-a-file' });
    assert.deepEqual(link.reads, []);
    assert.equal((await read({}, LAST)).result, null, 'missing');
  });

  it('refuses a report under a folder that is a symbolic link (the workspace’s 归档 linked to the author’s home)', async () => {
    const linked = gh('/归档');
    const diary = gh('/归档/私人/日记.md');
    const files = { [linked]: { symlinkTo: 'file:///home/clerk' }, 'file:///home/clerk/私人/日记.md': 'x', [diary]: 'x' };
    const named = await read(files, diary, { scope: { ...scope, namedReports: [diary] } });
    assert.equal(named.result, null);
    assert.deepEqual(named.reads, []);
    assert.match(named.log[0], /a folder on its path is a symbolic link/);
    const open = gh('/归档/私人/报告.md');
    const beside = await read({ ...files, [open]: '' }, diary, { scope: { ...scope, documents: [open] } });
    assert.equal(beside.result, null, 'beside a report opened through the link');
    const deeper = gh('/报告/旧/2025.md');
    assert.equal((await read({ [deeper]: LAST_TEXT }, deeper, { scope: { ...scope, namedReports: [deeper] } })).result, LAST_TEXT, 'plain folders are fine');
  });

  it('reads .workreportrc.json as before: any folder the server looks in, a symlink to a file too', async () => {
    const config = 'file:///office/.workreportrc.json';
    assert.equal((await read({ [config]: '{}' }, config, { scope: { workspaceFolders: [], documents: [], namedReports: [] } })).result, '{}');
    assert.equal((await read({ [config]: { symlinkTo: 'file:///shared/rc.json' }, 'file:///shared/rc.json': '{ }' }, config)).result, '{ }');
  });
});

describe('the client lists for the server only the folder of a report open in the editor', () => {
  const list = async (files: Record<string, MemoryEntry>, uri: string, maxEntries = MAX_FOLDER_ENTRIES, s = scope) =>
    listForServer({ uri, maxEntries, extensions: ['.md', '.txt'] }, s, memoryFiles(files), silent);

  it('the regular .md and .txt files of that folder by name, with size and time; nothing else of it', async () => {
    const files: Record<string, MemoryEntry> = {
      [THIS]: '本年', [LAST]: '上年的报告', [gh('/报告/说明.TXT')]: 'abc', [gh('/报告/.workreportrc.json')]: '{}', [gh('/报告/照片.png')]: 'x',
      [gh('/报告/管道.md')]: { fifo: true }, [gh('/报告/链接.md')]: { symlinkTo: gh('/人事/考核.md') }, [gh('/人事/考核.md')]: 'x',
      [gh('/报告/子文件夹.md/a.md')]: 'x',
    };
    const entries = await list(files, gh('/报告'));
    assert.deepEqual(entries, [
      { uri: LAST, name: '2025年政府工作报告.md', size: 15, mtimeMs: 1_700_000_000_000 },
      { uri: THIS, name: '2026年政府工作报告.md', size: 6, mtimeMs: 1_700_000_000_000 },
      { uri: gh('/报告/说明.TXT'), name: '说明.TXT', size: 3, mtimeMs: 1_700_000_000_000 },
    ]);
  });

  it('reads at most maxEntries entries of the folder, and never more than its own cap', async () => {
    const files: Record<string, MemoryEntry> = { [THIS]: '' };
    for (let i = 0; i < MAX_FOLDER_ENTRIES + 5; i++) files[gh(`/报告/${String(i).padStart(5, '0')}.md`)] = '';
    assert.equal((await list(files, gh('/报告'), 3))!.length, 3);
    assert.equal((await list(files, gh('/报告'), 1e9))!.length, MAX_FOLDER_ENTRIES);
  });

  it('refuses other folders: of the workspace with no open report, outside it, its parent, or one reached by ..', async () => {
    const files = { [THIS]: '', [gh('/人事/考核.md')]: 'x', 'file:///home/clerk/日记.md': 'x' };
    assert.equal(await list(files, gh('/人事')), null);
    assert.equal(await list(files, gh('')), null, 'the workspace folder itself holds no open report');
    assert.equal(await list(files, 'file:///home/clerk', MAX_FOLDER_ENTRIES, { ...scope, documents: ['file:///home/clerk/报告.md'] }), null);
    assert.equal(await list(files, `${gh('/报告')}/../人事`), null);
    assert.equal(await list(files, `${gh('/报告')}?x`), null);
  });

  it('refuses a folder that is, or lies under, a symbolic link', async () => {
    const open = gh('/归档/私人/报告.md');
    const files = { [gh('/归档')]: { symlinkTo: 'file:///home/clerk' }, [open]: '', [gh('/归档/私人/日记.md')]: 'x' };
    assert.equal(await list(files, gh('/归档/私人'), MAX_FOLDER_ENTRIES, { ...scope, documents: [open] }), null);
    const direct = gh('/链接');
    assert.equal(await list({ [direct]: { symlinkTo: 'file:///home/clerk' }, [`${direct}/报告.md`]: '' }, direct, MAX_FOLDER_ENTRIES, { ...scope, documents: [`${direct}/报告.md`] }), null);
  });
});

describe('the client answers a folder listing again from memory for a few seconds', () => {
  it('lists a folder once per LISTING_TTL_MS while typing, asks the guard every time, and sees new files after', async () => {
    let now = 0;
    const listings = new FolderListings(() => now);
    const files: Record<string, MemoryEntry> = { [THIS]: '', [LAST]: '上年' };
    const fs = memoryFiles(files);
    let listed = 0;
    const counting = { ...fs, readDirectory: async (uri: string) => { listed++; return fs.readDirectory(uri); } };
    const params = { uri: gh('/报告'), maxEntries: MAX_FOLDER_ENTRIES, extensions: ['.md', '.txt'] };
    for (let k = 0; k < 10; k++, now += 200) assert.equal((await listings.list(params, scope, counting, silent))!.length, 2);
    assert.equal(listed, 1, 'ten checks in two seconds: one listing');
    assert.equal(await listings.list(params, { ...scope, documents: [] }, counting, silent), null, 'the report was closed: refused at once');
    files[gh('/报告/2024年政府工作报告.md')] = '前年';
    now += LISTING_TTL_MS;
    assert.equal((await listings.list(params, scope, counting, silent))!.length, 3);
    assert.equal(listed, 2);
  });
});

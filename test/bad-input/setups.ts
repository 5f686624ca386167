import { open, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Expectation } from './expectation.js';

type SetupName = NonNullable<Expectation['setup']>;

/** The file every case carries its bad thing in. */
const CATALOG = 'catalog.yaml';
const BIG_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Steps run on a temporary copy of a case: bytes that editors or git settings would silently change (BOM,
 * CRLF, Latin-1), files too big to commit, and links that must point outside the copy. `root` is the copy;
 * its parent is a temporary directory outside every analysed path.
 */
export const SETUPS: Record<SetupName, (root: string) => Promise<void>> = {
  async crlf(root) {
    for (const name of (await readdir(root)).filter((n) => n.endsWith('.yaml'))) {
      const text = await readFile(path.join(root, name), 'utf8');
      await writeFile(path.join(root, name), text.replace(/\r?\n/g, '\r\n'));
    }
  },
  async bom(root) {
    const text = await readFile(path.join(root, CATALOG));
    await writeFile(path.join(root, CATALOG), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
  },
  async latin1(root) {
    // "café" in Latin-1: 0xE9 is not valid UTF-8 on its own.
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: cafe\n  title: Caf\u00e9\nspec:\n  type: team\n  children: []\n';
    await writeFile(path.join(root, 'latin1.yaml'), Buffer.from(text, 'latin1'));
  },
  async utf16(root) {
    // Saved as "Unicode" by some Windows editors: a UTF-16LE BOM (FF FE), then two bytes per character.
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: wide\nspec:\n  type: team\n  children: []\n';
    await writeFile(path.join(root, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  },
  async 'big-file'(root) {
    // Written in 1 MiB chunks so the test never holds 50 MB; the content looks like a catalog on purpose.
    const head = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: huge\n  description: >\n';
    const chunk = Buffer.from(`    ${'x'.repeat(1019)}\n`.repeat(1024));
    const file = await open(path.join(root, 'big.yaml'), 'w');
    try {
      await file.write(head);
      for (let written = head.length; written < BIG_FILE_BYTES; written += chunk.length) await file.write(chunk);
    } finally {
      await file.close();
    }
  },
  async 'symlink-escape'(root) {
    await writeOutsideFile(root);
    await symlink(path.join(root, '..', 'outside.yaml'), path.join(root, 'linked.yaml'));
  },
  async 'outside-file'(root) {
    await writeOutsideFile(root);
  },
};

/** A valid entity beside the analysed root: reading it would mean a Location escaped. */
async function writeOutsideFile(root: string): Promise<void> {
  const text = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: outsider\nspec:\n  type: team\n  children: []\n';
  await writeFile(path.join(root, '..', 'outside.yaml'), text);
}

// What the Kubernetes documentation in Vietnamese taught (test/fixtures/kubernetes, CC BY 4.0; five
// pages added unseen on 2026-12-05; 28 findings on the first run, 14 false). One cause per block,
// each with a case from the pages, and what must still be found beside it.
import { describe, expect, it } from 'vitest';
import { number } from '../../src/checks/number.js';
import { omission } from '../../src/checks/omission.js';
import { truncation } from '../../src/checks/truncation.js';
import { untranslated } from '../../src/checks/untranslated.js';
import { documentFromFile } from '../../src/corpus/index.js';
import type { Document } from '../../src/types/index.js';
import { makeAlignment, makeContext, pair } from '../helpers/make.js';

const md = (lang: string, text: string): Document => documentFromFile({ path: `${lang}.md`, text, encoding: 'utf-8', format: 'markdown' }, { detectParagraphs: false });
const run = (check: typeof number, en: string, vi: string) => check.run(makeContext(makeAlignment(md('en', en), md('vi', vi)))).map((f) => f.message);

// Sentences of the pages around the case, so that the document's length ratio is the page's.
const CONTEXT: [string, string][] = [
  ['Garbage collection is a collective term for the various mechanisms Kubernetes uses to clean up cluster resources.', 'Thu gom rác là thuật ngữ chung chỉ các cơ chế mà Kubernetes sử dụng để dọn dẹp tài nguyên trong cluster.'],
  ['Many objects in Kubernetes link to each other through owner references.', 'Nhiều đối tượng trong Kubernetes liên kết với nhau thông qua owner reference.'],
  ['Owner references tell the control plane which objects are dependent on others.', 'Owner reference cho control plane biết đối tượng nào phụ thuộc vào đối tượng khác.'],
  ['Kubernetes uses owner references to give the control plane a chance to clean up related resources before deleting an object.', 'Kubernetes dùng owner reference để control plane có cơ hội dọn dẹp các tài nguyên liên quan trước khi xóa một đối tượng.'],
];
const inPage = (en: string, vi: string) => pair('en', [...CONTEXT.map((c) => c[0]), en], 'vi', [...CONTEXT.map((c) => c[1]), vi]);

describe('lengths as read: a masked link target is one space', () => {
  it('a list item ending in its link, without the source\'s full stop, is not cut short', () => {
    const page = (last: string) => `${CONTEXT.map((c) => c[1]).join('\n\n')}\n\n${last}`;
    const en = `${CONTEXT.map((c) => c[0]).join('\n\n')}\n\n* Learn more about Kubernetes [finalizers](/docs/concepts/overview/working-with-objects/finalizers/).\n`;
    const vi = page('* Tìm hiểu thêm về [finalizer trong Kubernetes](/docs/concepts/overview/working-with-objects/finalizers/)\n');
    expect(run(truncation, en, vi)).toEqual([]);
    // Really cut: still found.
    expect(run(truncation, en, page('* Tìm hiểu thêm về [finalizer](/docs/concepts/overview/working-with-objects/finalizers/) của\n'))).toHaveLength(1);
  });
});

describe('front matter', () => {
  it('a folded description ("description: >" and indented lines) is read as its text, not ">"', () => {
    const doc = md('en', '---\ntitle: What is Kubernetes?\ndescription: >\n  Kubernetes is a portable, extensible, open-source platform.\n  It has a large, rapidly growing ecosystem.\ncontent_type: concept\n---\n\nBody text here.\n');
    expect(doc.sentences.map((s) => s.text.trim())).toEqual(['What is Kubernetes?', expect.stringMatching(/^Kubernetes is a portable, extensible, open-source platform\.$/), 'It has a large, rapidly growing ecosystem.', 'Body text here.']);
  });
});

describe('numbers', () => {
  it('"every minute" may be "mỗi 1 phút"; "every two minutes" is not "mỗi 5 phút"', () => {
    const src = 'The kubelet performs garbage collection on unused images every two minutes and on unused containers every minute.';
    expect(number.run(pair('en', [src], 'vi', ['Kubelet thực hiện thu gom image không sử dụng mỗi 2 phút và container không sử dụng mỗi 1 phút.']))).toEqual([]);
    expect(number.run(pair('en', [src], 'vi', ['Kubelet thực hiện thu gom image không sử dụng mỗi 5 phút và container không sử dụng mỗi 1 phút.'])).map((f) => f.message)).toEqual(['“5” in the translation is not in the source']);
  });
});

describe('untranslated', () => {
  it('the source\'s term glossed in brackets after its translation is no untranslated fragment', () => {
    const ctx = pair('en', ['In this mode, the owner object first enters a deletion in progress state.'], 'vi', ['Trong chế độ này, đối tượng chính được đánh dấu là đang bị xóa (deletion in progress).']);
    expect(untranslated.run(ctx)).toEqual([]);
    // Not a gloss: English prose in the sentence itself.
    expect(untranslated.run(pair('en', ['In this mode, the owner object first enters a deletion in progress state.'], 'vi', ['Trong chế độ này, đối tượng chính enters a deletion in progress state.']))).not.toEqual([]);
  });
  it('"khi" (when) between two kept terms is Vietnamese', () => {
    const ctx = pair('en', ['On-premises when the cluster uses an addon similar to a cloud controller manager.'], 'vi', ['On-premises khi cluster dùng addon tương tự cloud controller manager.']);
    expect(untranslated.run(ctx)).toEqual([]);
  });
});

describe('omission', () => {
  it('the long form of an acronym the translation keeps ("CI/CD") is no missing name', () => {
    const en = 'Does not deploy source code and does not build your application. Continuous Integration, Delivery, and Deployment (CI/CD) workflows are determined by organization cultures and preferences as well as technical requirements.';
    const vi = 'Không triển khai mã nguồn và không build ứng dụng của bạn. Quy trình CI/CD được xác định bởi tổ chức.';
    expect(omission.run(inPage(en, vi)).map((f) => f.message)).toEqual([]);
    // The long form dropped with its acronym: the names are missing.
    const lost = omission.run(inPage(en, vi.replace('CI/CD ', ''))).map((f) => f.message).join(' | ');
    expect(lost).toMatch(/Integration absent/);
    expect(lost).toMatch(/Deployment absent/);
  });
});

describe('a command moved from inline code to a block after a colon', () => {
  const en = `${CONTEXT.map((c) => c[0]).join('\n\n')}\n\nYou can check for that kind of Event by running \`kubectl get events -A --field-selector=reason=OwnerRefInvalidNamespace\`.\n`;
  const vi = (after: string) => `${CONTEXT.map((c) => c[1]).join('\n\n')}\n\nBạn có thể kiểm tra sự kiện này bằng lệnh:\n\n${after}\n`;
  it('is no cut sentence when the block holds the source\'s code', () => {
    expect(run(truncation, en, vi('```shell\nkubectl get events -A --field-selector=reason=OwnerRefInvalidNamespace\n```'))).toEqual([]);
  });
});

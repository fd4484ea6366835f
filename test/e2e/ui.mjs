// The user-level check: a real browser on the real workbench with the .vsix installed, driven
// like a person would — open a notes file from the Explorer, hover a talk title and a name with
// the mouse, open the Outline and the Talks view — with screenshots saved to docs/images/.
// Fails (returns 1) when a hover card or the outline does not show what it must.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './host/install.mjs';
import { installVsix, launchBrowser, makeProfile, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';

const FILE = 'bugbash26-afternoon-day1.notes';
const TIMEOUT = 30_000;

/** Moves the cursor with "Go to Line/Column" and rests the mouse over the character after it. */
async function hoverAt(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`); // the ":" prefix is Go to Line in Quick Open too
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const cursor = page.locator('.monaco-editor .cursors-layer .cursor').first();
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
  // The server may still be indexing on the first try (no hover then), and code lenses arriving
  // late move the lines: measure the cursor again, leave and come back.
  for (let attempt = 1; ; attempt++) {
    const box = await cursor.boundingBox();
    if (!box) throw new Error(`no cursor at ${line}:${column}`);
    await page.mouse.move(box.x + 300, box.y - 200);
    await page.waitForTimeout(200);
    await page.mouse.move(box.x + 5, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 8_000 });
      break;
    } catch (err) {
      if (attempt >= 4) throw err;
    }
  }
  await page.waitForTimeout(400); // let the card finish rendering for the screenshot
  return (await hover.innerText()).trim();
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/** Returns 0 when every check passed. */
export async function runUiCheck({ host, vsix, scratch, log, verbose, makeWorkspace, updateScreenshots = false }) {
  // docs/images holds the README's screenshots: rewritten on request (or when missing), so a
  // test run does not churn tracked files; otherwise they go to .vscode-test/e2e/screenshots.
  const docs = join(repoRoot, 'docs/images');
  const shots = updateScreenshots || !existsSync(join(docs, 'hover-talk.png')) ? docs : join(repoRoot, '.vscode-test/e2e/screenshots');
  mkdirSync(shots, { recursive: true });
  const workspace = makeWorkspace(join(scratch, 'workspace'));
  const profile = makeProfile(join(scratch, 'profile'), { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.zoomLevel': 0 });
  installVsix(host, profile, vsix);
  const server = await startCodeServer(host, profile, { log: (s) => verbose && process.stdout.write(`[code-server] ${s}`) });
  let browser;
  const failures = [];
  const check = (ok, what) => {
    log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures.push(what);
  };
  try {
    browser = await launchBrowser(host);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(workbenchUrl(server, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.dblclick();
    await page.locator('.monaco-editor .view-lines', { hasText: 'Informal methods' }).first().waitFor({ timeout: TIMEOUT });
    check(true, `opened ${FILE} from the Explorer`);
    // code lenses shift the lines when they arrive; wait for them before aiming the mouse
    await page.locator('.monaco-editor .codelens-decoration').first().waitFor({ timeout: TIMEOUT }).catch(() => log('no code lens shown'));
    // the language shows once the extension is registered; the server then indexes the workspace
    const mode = page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: 'Talk Notes' });
    const language = await mode.waitFor({ timeout: TIMEOUT }).then(() => 'Talk Notes', async () => (await page.locator('.statusbar-item[id="status.editor.mode"]').innerText().catch(() => '')).trim());
    check(language === 'Talk Notes', `status bar language is "Talk Notes" (got "${language}")`);
    await page.waitForTimeout(1500);

    const talkCard = await hoverAt(page, 3, 3).catch((e) => `ERROR ${e.message}`);
    await page.screenshot({ path: join(shots, 'hover-talk.png') });
    check(/Informal methods/.test(talkCard) && /Ben Eggers/.test(talkCard) && /OpenAI/.test(talkCard), `talk card on the title: ${JSON.stringify(talkCard.slice(0, 160))}`);
    await page.keyboard.press('Escape');

    const personCard = await hoverAt(page, 9, 70).catch((e) => `ERROR ${e.message}`);
    await page.screenshot({ path: join(shots, 'hover-person.png') });
    check(/^Ben Eggers/.test(personCard) && /Informal methods/.test(personCard), `person card on "Ben" (name first, then the talks): ${JSON.stringify(personCard.slice(0, 160))}`);
    await page.keyboard.press('Escape');

    await runCommand(page, 'Explorer: Focus on Outline View');
    const outlineRows = page.locator('.outline-pane .monaco-list-row');
    await page.locator('.outline-pane .monaco-list-row', { hasText: 'Informal methods' }).first().waitFor({ timeout: TIMEOUT }).catch(() => {});
    const outline = await outlineRows.allInnerTexts();
    await page.screenshot({ path: join(shots, 'outline.png') });
    check(outline.some((t) => t.includes('Informal methods')) && outline.some((t) => t.includes('Ben Eggers')), `Outline lists talks with speakers: ${JSON.stringify(outline.slice(0, 4))}`);

    await runCommand(page, 'Talk Notes: Show Talks View');
    const talksPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Talks/i }) });
    await talksPane.locator('.monaco-list-row', { hasText: 'Informal methods' }).first().waitFor({ timeout: TIMEOUT }).catch(() => {});
    const talks = await talksPane.locator('.monaco-list-row').allInnerTexts();
    await page.screenshot({ path: join(shots, 'talks-view.png') });
    check(talks.some((t) => t.includes('Informal methods')), `Talks view lists the talks: ${JSON.stringify(talks.slice(0, 4))}`);

    // a click on a talk reveals its title line in the editor
    await talksPane.locator('.monaco-list-row', { hasText: 'Now more than ever' }).first().click().catch(() => {});
    const cursorAt = page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: 'Ln 29,' });
    const revealed = await cursorAt.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    check(revealed, `clicking a talk in the Talks view moves the cursor to its title (${(await page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '?')).trim()})`);

    const statusText = (await page.locator('.statusbar-item', { hasText: /claims? ·/ }).first().innerText().catch(() => '')).trim();
    check(/\d+ claims? · \d+ unsupported/.test(statusText), `status bar counts claims: "${statusText}"`);

    const lenses = await page.locator('.monaco-editor .codelens-decoration').allInnerTexts();
    const lens = lenses.map((t) => t.trim()).find((t) => t !== '') ?? '';
    check(/\d+ claims?/.test(lens), `code lens above a talk: "${lens}"`);

    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Talk Notes' }).first().click({ timeout: TIMEOUT }).catch(() => {});
    const step = page.locator('.gettingStartedContainer', { hasText: 'Open a sample notes file' });
    const walkthrough = await step.first().waitFor({ timeout: TIMEOUT }).then(() => true, () => false);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, 'walkthrough.png') });
    check(walkthrough, 'the Get Started walkthrough opens with its first step');
  } catch (err) {
    check(false, `UI check crashed: ${err?.message ?? err}`);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
  log(`screenshots in ${shots}`);
  return failures.length === 0 ? 0 : 1;
}

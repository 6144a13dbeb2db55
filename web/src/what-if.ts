import { isoDateField } from './date-field';
import { isoDate } from './iso-date';
import { currentToken, search, type GraphNode } from './api';
import { createRequest } from './change-requests-api';
import { h } from './dom';
import { t } from './i18n';
import { affectedCount, affectedIds, errorText, exercisers, explanationOf, previewImpact, type Impact, type WhatIfOperation } from './what-if-api';

interface Named {
  id: string;
  name: string;
}

/** What the what-if section needs from the page. 假设调整所需的页面接口。 */
export interface WhatIfHost {
  asOf(): string;
  /** Organizations drawn on screen, for the pickers. */
  organizations(): Named[];
  /** Highlights these node ids (null clears); returns how many are on screen. */
  highlight(ids: Set<string> | null): number;
  /** Opens a change request in the review panel (after the preview is saved as a draft). */
  openRequest(id: string): void;
}

/**
 * Saves a previewed operation as a change request draft (变更申请草稿), for a caller with a token:
 * title, reason and the 文号 of its legal basis; the service refuses what is missing or not allowed.
 */
function draftForm(host: WhatIfHost, effectiveDate: string, operation: WhatIfOperation): HTMLElement {
  const field = (testid: string, key: 'crDraftTitle' | 'crDraftReason' | 'crDraftDocNo'): HTMLInputElement =>
    h('input', { type: 'text', 'data-testid': testid, placeholder: t(key) }) as HTMLInputElement;
  const title = field('cr-draft-title', 'crDraftTitle');
  const reason = field('cr-draft-reason', 'crDraftReason');
  const docNo = field('cr-draft-docno', 'crDraftDocNo');
  const save = h('button', { type: 'button', 'data-testid': 'cr-draft-save' }, t('crDraftSave')) as HTMLButtonElement;
  const note = h('div', {});
  save.addEventListener('click', () => {
    save.disabled = true;
    void createRequest({ title: title.value, reason: reason.value, legalBasisDocNo: docNo.value, plan: { effectiveDate, operations: [operation] } })
      .then((created) => host.openRequest(created.id))
      .catch((error: unknown) => {
        save.disabled = false;
        note.replaceChildren(h('p', { class: 'notice error', 'data-testid': 'cr-draft-error' }, `${t('error')}${errorText(error).text}`));
      });
  });
  return h('div', { class: 'cr-draft', 'data-testid': 'cr-draft' }, h('h4', {}, t('crDraft')), title, reason, docNo, save, note);
}

const option = (value: string, text: string): HTMLElement => h('option', { value }, text);

/** An organization picker: a select of those on screen, and a box that adds search hits to it. */
function organizationPicker(host: WhatIfHost, exclude: string, blank: string | null): { element: HTMLElement; select: HTMLSelectElement } {
  const select = h('select', { 'data-testid': 'what-if-target' }) as HTMLSelectElement;
  const seen = new Set<string>();
  const add = (o: Named): void => {
    if (o.id === exclude || seen.has(o.id)) return;
    seen.add(o.id);
    select.append(option(o.id, o.name));
  };
  if (blank !== null) select.append(option('', blank));
  host.organizations().forEach(add);
  const box = h('input', { type: 'search', 'data-testid': 'what-if-search', placeholder: t('whatIfSearch') }) as HTMLInputElement;
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || box.value.trim() === '') return;
    void search(box.value.trim(), host.asOf()).then((hits) => {
      const found = hits.filter((hit) => hit.node.__typename === 'Organization' && hit.node.id !== exclude);
      found.forEach((hit) => add({ id: hit.node.id, name: hit.node.name ?? hit.node.id }));
      if (found[0]) select.value = found[0].node.id;
      box.dataset['state'] = found.length > 0 ? 'found' : 'none';
    });
  });
  return { element: h('div', { class: 'what-if-picker' }, box, select), select };
}

function issueList(title: string, issues: Impact['overlapsCreated'], cls: string): HTMLElement[] {
  if (issues.length === 0) return [];
  return [
    h('h4', {}, `${title}（${issues.length}）`),
    ...issues.map((issue) => h('div', { class: `issue ${cls}`, 'data-testid': 'what-if-issue' }, h('strong', {}, issue.kind), h('div', {}, explanationOf(issue)))),
  ];
}

function names(title: string, items: string[]): HTMLElement[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, 12);
  return [
    h('h4', {}, `${title}（${items.length}）`),
    h('ul', {}, shown.map((text) => h('li', {}, text)), items.length > shown.length ? h('li', { class: 'muted' }, t('more', { n: items.length - shown.length })) : null),
  ];
}

export function renderImpact(impact: Impact, onScreen: number): HTMLElement {
  const label = (p: { name: string; subName: string | null }): string => (p.subName ? `${p.name}（${p.subName}）` : p.name);
  const total = affectedCount(impact);
  // A re-versioned row comes back as its old and its new version, under one name: list it once.
  const once = (list: string[]): string[] => [...new Set(list)];
  return h(
    'div',
    { 'data-testid': 'what-if-impact', 'data-affected': String(total) },
    h('p', { class: 'notice', 'data-testid': 'what-if-note' }, t('whatIfNothingApplied')),
    h('p', {}, t('whatIfSummary', { n: total, s: onScreen })),
    ...names(t('whatIfPowers'), impact.affectedPowers.map(label)),
    ...names(t('whatIfHandOvers'), once(impact.affectedEnforcementItems.map((i) => i.name))),
    ...names(t('whatIfWhistle'), once(impact.affectedWhistleMatters.map((i) => i.name))),
    ...names(t('whatIfDuty'), once(impact.affectedDutyItems.map((i) => i.name))),
    ...names(t('whatIfLenient'), once(impact.affectedLenientItems.map((i) => i.violation))),
    [impact.overlapsCreated, impact.overlapsResolved, impact.findingsCreated, impact.findingsResolved].every((l) => l.length === 0)
      ? h('p', { class: 'muted', 'data-testid': 'what-if-no-issues' }, t('whatIfNoIssues'))
      : null,
    ...issueList(t('whatIfOverlapsCreated'), impact.overlapsCreated, 'warning'),
    ...issueList(t('whatIfOverlapsResolved'), impact.overlapsResolved, 'resolved'),
    ...issueList(t('whatIfFindingsCreated'), impact.findingsCreated, 'error'),
    ...issueList(t('whatIfFindingsResolved'), impact.findingsResolved, 'resolved'),
    ...names(
      t('whatIfRespondents'),
      impact.respondentChanges.map((c) => `${label(c.power)}：${c.before?.name ?? t('nobody')} → ${c.after?.name ?? t('nobody')}`),
    ),
  );
}

/**
 * The what-if section (假设调整) under an organization or a power: abolish the organization (with an
 * optional successor) or move the power to another organization, then preview the impact with
 * reassignmentImpact. Only ever a query: nothing is applied from the page.
 */
export function whatIfSection(node: GraphNode, host: WhatIfHost): HTMLElement | null {
  if (node.type !== 'Organization' && node.type !== 'Power') return null;
  const isOrganization = node.type === 'Organization';
  const picker = organizationPicker(host, node.id, isOrganization ? t('whatIfNoSuccessor') : null);
  const from = h('select', { 'data-testid': 'what-if-from' }) as HTMLSelectElement;
  const date = h('input', { 'data-testid': 'what-if-date' }) as HTMLInputElement;
  // ISO like every date on the page; what was typed is checked when the preview is asked for.
  isoDateField(date, host.asOf(), () => undefined, () => undefined);
  const result = h('div', { 'data-testid': 'what-if-result' });
  const preview = h('button', { type: 'button', 'data-testid': 'what-if-preview' }, t('whatIfPreview')) as HTMLButtonElement;
  const clear = h('button', { type: 'button', 'data-testid': 'what-if-clear' }, t('whatIfClear'));
  if (!isOrganization) {
    void exercisers(node.id, host.asOf()).then((list) => from.replaceChildren(...list.map((o) => option(o.id, o.name))));
  }

  const operation = (): WhatIfOperation | string => {
    if (isOrganization) {
      const successorId = picker.select.value;
      return { abolishOrganization: { organizationId: node.id, ...(successorId ? { successorId } : {}) } };
    }
    if (!from.value) return t('whatIfNoFrom');
    if (!picker.select.value) return t('whatIfNoTarget');
    return { movePowers: { powerIds: [node.id], fromId: from.value, toId: picker.select.value } };
  };
  const showError = (text: string): void => {
    result.replaceChildren(h('p', { class: 'notice error', 'data-testid': 'what-if-error' }, `${t('error')}${text}`));
  };

  preview.addEventListener('click', () => {
    const op = operation();
    host.highlight(null);
    if (typeof op === 'string') return showError(op);
    if (isoDate(date.value) === null) return showError(t('dateInvalid', { value: date.value }));
    preview.disabled = true;
    result.dataset['state'] = 'loading';
    result.replaceChildren(h('p', { class: 'muted' }, t('whatIfComputing')));
    void previewImpact(date.value, [op])
      .then((impact) => {
        const onScreen = host.highlight(affectedIds(impact));
        result.replaceChildren(renderImpact(impact, onScreen), currentToken() === null ? '' : draftForm(host, date.value, op));
      })
      .catch((error: unknown) => {
        const { code, text } = errorText(error);
        showError(code === 'BAD_USER_INPUT' ? `${t('whatIfInvalid')}${text}` : text);
      })
      .finally(() => {
        preview.disabled = false;
        result.dataset['state'] = 'done';
      });
  });
  clear.addEventListener('click', () => {
    host.highlight(null);
    result.replaceChildren();
    delete result.dataset['state'];
  });

  return h(
    'section',
    { class: 'what-if', 'data-testid': 'what-if' },
    h('h3', {}, t('whatIf')),
    h('p', { class: 'what-if-action' }, isOrganization ? t('whatIfAbolish') : t('whatIfMove')),
    isOrganization ? null : h('label', {}, t('whatIfFrom'), ' ', from),
    h('label', {}, isOrganization ? t('whatIfSuccessor') : t('whatIfTo')),
    picker.element,
    h('label', {}, t('whatIfDate'), ' ', date),
    h('div', { class: 'what-if-buttons' }, preview, clear),
    result,
  );
}

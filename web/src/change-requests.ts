import { currentToken, setToken } from './api';
import { listenToFeed, listRequests, loadRequest, transition, whatIfOf, type ChangeRequestView } from './change-requests-api';
import { h } from './dom';
import { currentLang, nameOf, t } from './i18n';
import { renderImpact } from './what-if';
import { affectedIds, errorText } from './what-if-api';

/** What the review panel needs from the page. 审核面板所需的页面接口。 */
export interface ReviewHost {
  panel: HTMLElement;
  /** Highlights these node ids (null clears); returns how many are on screen. */
  highlight(ids: Set<string> | null): number;
}

const STATES: Record<string, readonly [string, string]> = {
  DRAFT: ['草稿', 'Draft'],
  SUBMITTED: ['已提交', 'Submitted'],
  LEGALITY_REVIEW: ['合法性审查中', 'Legality review'],
  APPROVED: ['已批准', 'Approved'],
  PUBLISHED: ['已发布', 'Published'],
  RETURNED: ['已退回', 'Returned'],
  REJECTED: ['不予批准', 'Rejected'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
};
const ACTIONS: Record<string, readonly [string, string]> = {
  CREATE: ['新建', 'Create'],
  REVISE: ['修改', 'Revise'],
  SUBMIT: ['提交', 'Submit'],
  ACCEPT: ['受理审查', 'Accept for review'],
  CLEAR: ['审查通过', 'Clear legality'],
  RETURN: ['退回', 'Return'],
  APPROVE: ['批准', 'Approve'],
  REJECT: ['不予批准', 'Reject'],
  WITHDRAW: ['撤回', 'Withdraw'],
  PUBLISH: ['发布', 'Publish'],
};
/** The actions each state allows (the service decides who may). */
const NEXT: Record<string, string[]> = {
  DRAFT: ['SUBMIT', 'WITHDRAW'],
  RETURNED: ['SUBMIT', 'WITHDRAW'],
  SUBMITTED: ['ACCEPT', 'RETURN', 'REJECT', 'WITHDRAW'],
  LEGALITY_REVIEW: ['CLEAR', 'ACCEPT', 'APPROVE', 'RETURN', 'REJECT'],
  APPROVED: ['PUBLISH', 'RETURN'],
};

/**
 * The change-request review panel (变更申请): a badge in the toolbar counting what the change feed
 * told since the panel was last opened, the caller's requests, and one request's checks, steps,
 * actions and "as if approved" view on the graph.
 */
export class ReviewPanel {
  private unseen = 0;
  private open: string | null = null;
  /**
   * The view last asked for (a list or a request): an answer that arrives after the reader moved on
   * (a new token, another request, back to the list) is dropped, not drawn over the newer view.
   */
  private view = 0;
  private stop: () => void = () => undefined;

  constructor(
    private readonly host: ReviewHost,
    private readonly badge: HTMLElement,
  ) {
    this.listen();
  }

  /** (Re)subscribes to the feed as the current caller. */
  private listen(): void {
    this.stop();
    this.stop = listenToFeed((event) => {
      this.unseen += 1;
      this.badge.textContent = String(this.unseen);
      this.badge.dataset['count'] = String(this.unseen);
      this.badge.hidden = false;
      if (this.open === event.id) void this.show(event.id);
    });
  }

  private clearBadge(): void {
    this.unseen = 0;
    this.badge.textContent = '';
    this.badge.dataset['count'] = '0';
    this.badge.hidden = true;
  }

  private tokenForm(): HTMLElement {
    const box = h('input', { type: 'password', 'data-testid': 'cr-token', placeholder: t('crToken'), value: currentToken() ?? '' }) as HTMLInputElement;
    const use = h('button', { type: 'button', 'data-testid': 'cr-token-use' }, t('crTokenUse'));
    use.addEventListener('click', () => {
      setToken(box.value.trim() || null);
      this.listen();
      void this.list();
    });
    return h('div', { class: 'cr-token' }, box, use);
  }

  /** The requests the caller may see, newest first. */
  async list(): Promise<void> {
    const view = ++this.view;
    this.open = null;
    this.clearBadge();
    const { panel } = this.host;
    panel.replaceChildren(h('h2', {}, t('crTitle')), this.tokenForm(), h('p', { class: 'muted' }, t('loading')));
    try {
      const requests = await listRequests(currentToken() !== null);
      if (view !== this.view) return;
      const items = requests.map((r) => {
        const item = h(
          'li',
          { class: 'cr-item', 'data-testid': 'cr-item', 'data-id': r.id, 'data-state': r.state },
          h('strong', {}, r.title),
          ' ',
          h('span', { class: 'muted' }, `${nameOf(STATES, r.state)}${r.overdue ? ` · ${t('crOverdue')}` : ''}`),
        );
        item.addEventListener('click', () => void this.show(r.id));
        return item;
      });
      panel.lastElementChild?.replaceWith(items.length > 0 ? h('ul', { 'data-testid': 'cr-list' }, items) : h('p', { class: 'muted', 'data-testid': 'cr-none' }, t('crNone')));
    } catch (error) {
      if (view === this.view) panel.lastElementChild?.replaceWith(this.error(error));
    }
  }

  private error(error: unknown): HTMLElement {
    return h('p', { class: 'notice error', 'data-testid': 'cr-error' }, `${t('error')}${errorText(error).text}`);
  }

  /** One request: what it is, its checks and steps, the actions of its state, and the what-if view. */
  async show(id: string): Promise<void> {
    const view = ++this.view;
    this.open = id;
    const request = await loadRequest(id, currentToken() !== null).catch(() => null);
    if (view !== this.view) return;
    if (request === null) return void this.host.panel.replaceChildren(h('p', { class: 'muted' }, t('crNone')));
    const comment = h('input', { type: 'text', 'data-testid': 'cr-comment', placeholder: t('crComment') }) as HTMLInputElement;
    const override = h('input', { type: 'text', 'data-testid': 'cr-override', placeholder: t('crOverride') }) as HTMLInputElement;
    const result = h('div', { 'data-testid': 'cr-result' });
    const buttons = (NEXT[request.state] ?? []).map((action) => {
      const button = h('button', { type: 'button', 'data-testid': `cr-action-${action}` }, nameOf(ACTIONS, action)) as HTMLButtonElement;
      button.addEventListener('click', () => {
        button.disabled = true;
        void transition(id, action, comment.value, override.value)
          .then(() => this.show(id))
          .catch((error: unknown) => {
            button.disabled = false;
            result.replaceChildren(this.error(error));
          });
      });
      return button;
    });
    const whatIf = h('button', { type: 'button', 'data-testid': 'cr-what-if' }, t('crWhatIf'));
    whatIf.addEventListener('click', () => {
      result.replaceChildren(h('p', { class: 'muted' }, t('whatIfComputing')));
      void whatIfOf(id)
        .then((impact) => result.replaceChildren(renderImpact(impact, this.host.highlight(affectedIds(impact)))))
        .catch((error: unknown) => result.replaceChildren(this.error(error)));
    });
    const back = h('button', { type: 'button', 'data-testid': 'cr-back' }, t('crBack'));
    back.addEventListener('click', () => {
      this.host.highlight(null);
      void this.list();
    });
    this.host.panel.replaceChildren(
      h(
        'section',
        { class: 'cr-detail', 'data-testid': 'cr-detail', 'data-state': request.state, 'data-id': request.id },
        h('h2', {}, request.title),
        h('p', { 'data-testid': 'cr-state' }, `${nameOf(STATES, request.state)}${request.legalCleared ? ` · ${t('crCleared')}` : ''}`),
        describe(request),
        ...checks(request),
        ...history(request),
        request.state in NEXT ? h('div', { class: 'cr-actions' }, comment, request.state === 'LEGALITY_REVIEW' ? override : null, h('div', {}, buttons)) : null,
        h('div', { class: 'what-if-buttons' }, whatIf, back),
        result,
      ),
    );
  }
}

function describe(r: ChangeRequestView): HTMLElement {
  const basis = [r.legalBasisDocNo, r.legalBasisDocument].filter(Boolean).join('，');
  return h(
    'ul',
    {},
    h('li', {}, `${t('crReason')}：${r.reason}`),
    h('li', {}, `${t('crBasis')}：${basis}`),
    h('li', {}, `${t('crEffective')}：${r.effectiveDate}`),
    h('li', {}, `${t('crProposer')}：${r.proposer}`),
    r.dueOn ? h('li', { 'data-testid': 'cr-due' }, `${t('crDue')}：${r.dueOn}${r.overdue ? `（${t('crOverdue')}）` : ''}`) : null,
    r.publishedVersion !== null ? h('li', { 'data-testid': 'cr-version' }, `${t('crVersion')}：${r.publishedVersion}`) : null,
  );
}

function checks(r: ChangeRequestView): HTMLElement[] {
  if (!r.checks) return [];
  const c = r.checks;
  return [
    h('h3', {}, t('crChecks')),
    h('p', { 'data-testid': 'cr-checks', 'data-errors': String(c.errorCount) }, t('crChecksSummary', { e: c.errorCount, w: c.warningCount, n: c.affectedRows })),
    ...c.findingsCreated.map((f) => h('div', { class: `issue ${f.severity === 'ERROR' ? 'error' : 'warning'}` }, h('strong', {}, f.kind), h('div', {}, currentLang() === 'zh' ? f.explanation : f.explanationEn))),
    r.override ? h('p', { class: 'notice' }, `${t('crOverride')}：${r.override}（${r.overrideBy ?? ''}）`) : null,
  ].filter((e): e is HTMLElement => e !== null);
}

/** A step's time in China's time zone (the audit keeps UTC). */
const chinaTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

function history(r: ChangeRequestView): HTMLElement[] {
  if (r.history === undefined) return [];
  return [
    h('h3', {}, t('crHistory')),
    h(
      'ol',
      { 'data-testid': 'cr-history' },
      r.history.map((s) => h('li', {}, `${chinaTime.format(new Date(s.at))} ${s.actor} ${nameOf(ACTIONS, s.action)} → ${nameOf(STATES, s.to)}${s.comment ? `：${s.comment}` : ''}`)),
    ),
  ];
}
